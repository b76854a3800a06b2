"""Step 4: keyboard-first review of the samples (A accept, X reject + reason, E edit, Ctrl+Z undo).

Every decision is written to the project at once and the cursor moves to the next row, so the
hands stay on the keyboard. Sample text is teacher output: it is shown only as plain text.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QPlainTextEdit, QPushButton, QTableView, QWidget)

from app.pages.base import Page, describe_error, message_label, show_message
from app.review_model import LABEL, REJECT_REASONS, STATUS, TEXT, ReviewModel, reject_reason_text
from core.errors import ShuleError
from core.project import Project

FILTERS = (None, "pending", "accepted", "rejected")
COUNTS_DELAY_MS = 150


class ReviewTable(QTableView):
    """A table that turns review keys into signals and leaves the others (arrows…) to Qt."""

    key = Signal(str)

    KEYS = {Qt.Key_A: "accept", Qt.Key_X: "reject", Qt.Key_E: "edit", Qt.Key_Escape: "escape",
            **{getattr(Qt, f"Key_{i}"): str(i) for i in range(1, len(REJECT_REASONS) + 1)}}

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = event.modifiers() in (Qt.NoModifier, Qt.KeypadModifier)
        name = self.KEYS.get(event.key()) if plain else None
        # The page's shortcuts handle these while the window is active; this covers the rest.
        if event.matches(QKeySequence.Undo):
            name = "undo"
        elif event.key() == Qt.Key_Z and event.modifiers() == Qt.ControlModifier | Qt.ShiftModifier:
            name = "redo"
        if name is None:
            super().keyPressEvent(event)
        else:
            self.key.emit(name)


class ReviewPage(Page):
    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.add_heading(self.tr("Review"),
                         self.tr("Keep the samples that are right and reject the others. "
                                 "A accepts, X rejects (then 1–6 for the reason), E edits the "
                                 "text, Ctrl+Z undoes and Ctrl+Shift+Z redoes, even after a "
                                 "restart; the next sample follows."))
        self.model = ReviewModel(self)

        self.filter_combo = QComboBox()
        for status, text in zip(FILTERS, (self.tr("All samples"), self.tr("Pending"),
                                          self.tr("Accepted"), self.tr("Rejected"))):
            self.filter_combo.addItem(text, status)
        self.filter_combo.currentIndexChanged.connect(self._apply_filter)
        self.counts = QLabel()
        self.counts.setTextFormat(Qt.PlainText)
        # Counting is one query over the whole project: once after a burst of keys, not per key.
        self._counts_timer = QTimer(self, singleShot=True, interval=COUNTS_DELAY_MS)
        self._counts_timer.timeout.connect(self._update_counts)

        self.table = ReviewTable()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.Stretch)
        header.resizeSection(LABEL, 140)
        header.resizeSection(STATUS, 170)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.key.connect(self._on_key)
        self.table.doubleClicked.connect(lambda _index: self.begin_edit())
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        # Page-wide, not window-wide: the keys act on the review the user is looking at.
        for keys, action in ((QKeySequence.Undo, self.undo),
                             (QKeySequence("Ctrl+Shift+Z"), self.redo)):
            QShortcut(keys, self, activated=action, context=Qt.WidgetWithChildrenShortcut)

        self.reason_bar = QWidget()
        reasons = QHBoxLayout(self.reason_bar)
        reasons.setContentsMargins(0, 0, 0, 0)
        reasons.addWidget(QLabel(self.tr("Why reject it?")))
        for i, (code, _words) in enumerate(REJECT_REASONS, start=1):
            button = QPushButton(f"{i} {reject_reason_text(code)}")
            button.clicked.connect(lambda _=False, c=code: self.reject(c))
            reasons.addWidget(button)
        cancel = QPushButton(self.tr("Esc keep it"))
        cancel.clicked.connect(self._hide_reasons)
        reasons.addWidget(cancel)
        reasons.addStretch(1)
        self.reason_bar.hide()

        self.detail = QPlainTextEdit()  # plain text only: teacher output is untrusted
        self.detail.setReadOnly(True)
        self.detail.setFixedHeight(90)
        for keys, slot in (("Ctrl+Return", self.save_edit), ("Escape", self.cancel_edit)):
            QShortcut(QKeySequence(keys), self.detail, activated=slot, context=Qt.WidgetShortcut)
        self.label_combo = QComboBox()
        self.label_combo.activated.connect(self._change_label)
        self.save_button = QPushButton(self.tr("Save text (Ctrl+Enter)"))
        self.save_button.clicked.connect(self.save_edit)
        self.cancel_button = QPushButton(self.tr("Cancel edit (Esc)"))
        self.cancel_button.clicked.connect(self.cancel_edit)
        self.error = message_label()

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.filter_combo)
        top.addStretch(1)
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.counts)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.reason_bar)
        edit_row = QHBoxLayout()
        edit_row.addWidget(QLabel(self.tr("Label")))
        edit_row.addWidget(self.label_combo)
        edit_row.addStretch(1)
        edit_row.addWidget(self.save_button)
        edit_row.addWidget(self.cancel_button)
        self.layout_.addWidget(self.detail)
        self.layout_.addLayout(edit_row)
        self.layout_.addWidget(self.error)
        self._set_editing(False)

    def title(self) -> str:
        return self.tr("Review")

    # ---- loading --------------------------------------------------------------------------------

    def shutdown(self) -> None:
        self._counts_timer.stop()

    def refresh(self) -> None:
        """Re-run the search (new samples may have arrived) and keep the cursor where it was."""
        row = max(self.table.currentIndex().row(), 0)
        self._hide_reasons()
        self._set_editing(False)
        self.label_combo.clear()
        if self.project is not None:
            self.label_combo.addItems(self.project.label_names)
            rtl = self.project.language.direction == "rtl"
            self.detail.setLayoutDirection(Qt.RightToLeft if rtl else Qt.LeftToRight)
        self.model.set_project(self.project)
        self._update_counts()
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), TEXT))
        else:
            self._show_current(QModelIndex())
        self.table.setFocus()

    def _apply_filter(self) -> None:
        self.model.search(self.filter_combo.currentData())
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, TEXT))
        self._show_current(self.table.currentIndex())
        self.table.setFocus()

    def _update_counts(self) -> None:
        self._counts_timer.stop()
        if self.project is None:
            self.counts.clear()
            return
        lines = [self.tr("{label}: {p} pending · {a} accepted · {r} rejected").format(
            label=label, p=c["pending"], a=c["accepted"], r=c["rejected"])
            for label, c in self.project.counts().items()]
        self.counts.setText("\n".join(lines))

    def current_row(self) -> int:
        return self.table.currentIndex().row()

    def _show_current(self, index: QModelIndex) -> None:
        self._set_editing(False)
        row = index.row()
        if row < 0 or row >= self.model.rowCount():
            self.detail.setPlainText("")
            self.label_combo.setEnabled(False)
            return
        sample = self.model.sample_at(row)
        self.detail.setPlainText(sample.text)
        self.label_combo.setEnabled(True)
        self.label_combo.setCurrentText(sample.label)

    # ---- decisions ------------------------------------------------------------------------------
    def _on_key(self, name: str) -> None:
        if name == "accept":
            self.accept()
        elif name == "reject":
            if self.current_row() >= 0:
                self.reason_bar.show()
        elif name == "edit":
            self.begin_edit()
        elif name == "escape":
            self._hide_reasons()
        elif name == "undo":
            self.undo()
        elif name == "redo":
            self.redo()
        elif self.reason_bar.isVisible():  # a digit while the reasons are shown
            self.reject(REJECT_REASONS[int(name) - 1][0])

    def accept(self) -> None:
        self._decide("accepted", None)

    def reject(self, reason: str) -> None:
        self._hide_reasons()
        self._decide("rejected", reason)

    def _decide(self, status: str, reason: Optional[str], advance: bool = True) -> None:
        row = self.current_row()
        if self.project is None or row < 0:
            return
        sample = self.model.sample_at(row)
        try:
            self.project.set_status([sample.id], status, reason)
        except ShuleError as e:
            show_message(self.error, describe_error(e))
            return
        self._after_change(row)
        if advance and row + 1 < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(row + 1, TEXT))

    def undo(self) -> None:
        """Undo the last review change (kept in the project file) and go back to its sample."""
        if self.project is not None:
            self._show_undone(self.project.undo())

    def redo(self) -> None:
        if self.project is not None:
            self._show_undone(self.project.redo())

    def _show_undone(self, action: Optional[dict]) -> None:
        if action is None:
            return
        rows = [self.model.ids.index(i) for i in action["ids"] if i in self.model.ids]
        for row in rows:
            self._after_change(row)
        if rows:
            self.table.setCurrentIndex(self.model.index(rows[0], TEXT))
            self._show_current(self.model.index(rows[0], TEXT))  # its text may have changed back

    def _after_change(self, row: int) -> None:
        show_message(self.error, "")
        self.model.row_changed(row)
        self._counts_timer.start()
        self.changed.emit()

    def _hide_reasons(self) -> None:
        self.reason_bar.hide()
        self.table.setFocus()

    # ---- editing --------------------------------------------------------------------------------
    def _set_editing(self, editing: bool) -> None:
        self.detail.setReadOnly(not editing)
        self.save_button.setVisible(editing)
        self.cancel_button.setVisible(editing)

    def begin_edit(self) -> None:
        if self.current_row() < 0:
            return
        self._set_editing(True)
        self.detail.setFocus()

    def save_edit(self) -> None:
        row = self.current_row()
        if self.project is None or row < 0 or self.detail.isReadOnly():
            return
        try:
            self.project.edit_sample(self.model.ids[row], text=self.detail.toPlainText())
        except ShuleError as e:
            show_message(self.error, describe_error(e))
            return
        self._set_editing(False)
        self._after_change(row)
        self.table.setFocus()

    def cancel_edit(self) -> None:
        self._show_current(self.table.currentIndex())
        self.table.setFocus()

    def _change_label(self) -> None:
        row = self.current_row()
        if self.project is None or row < 0:
            return
        label = self.label_combo.currentText()
        if label == self.model.sample_at(row).label:
            return
        try:
            self.project.edit_sample(self.model.ids[row], label=label)
        except ShuleError as e:
            show_message(self.error, describe_error(e))
            return
        self._after_change(row)
        self.table.setFocus()

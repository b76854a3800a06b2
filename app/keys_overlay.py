"""The review keys on screen: the hint line, the reason bar after X, and the ``?`` overlay.

The overlay is a semi-transparent layer over the review page with a panel in its middle listing
every action and its current keys; Esc, ? or a click outside the panel closes it.
"""

from __future__ import annotations

from typing import Optional, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout,
                               QWidget)

from app.review_keys import DECIDE, REASON, KeyMap, action_title, normalise, shown_actions
from app.review_model import REJECT_REASONS, reject_reason_text
from app.widgets import plain_label


def _bold(text: str) -> QLabel:
    label = plain_label(text, wrap=False)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class KeysOverlay(QWidget):
    """A layer over its parent listing the review keys; ``closed`` when it goes away."""

    closed = Signal()
    change_keys = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.hide()
        self.panel = QFrame(self)
        self.panel.setAutoFillBackground(True)
        self.panel.setFrameShape(QFrame.StyledPanel)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(18)
        heading = QLabel(self.tr("Review keys"))
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        heading.setFont(font)
        change = QPushButton(self.tr("Change keys…"))
        change.clicked.connect(self.change_keys.emit)
        close = QPushButton(self.tr("Close (Esc)"))
        close.clicked.connect(self.close_overlay)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(change)
        buttons.addWidget(close)
        layout = QVBoxLayout(self.panel)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(heading)
        layout.addLayout(self.grid)
        layout.addLayout(buttons)
        self._rows: list[tuple[str, str]] = []
        self._help_keys: list[QKeySequence] = []

    def open(self, keymap: KeyMap, labels: Sequence[str]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self._rows = []
        # Two columns: the deciding keys on the left, the reasons and the editing keys beside.
        self._section(0, 0, self.tr("Going through the samples"),
                      [(action_title(a, labels), keymap.text(a.id))
                       for a in shown_actions(labels) if a.mode == DECIDE])
        row = self._section(0, 2, self.tr("After X: why it is rejected"),
                            [(action_title(a, labels), keymap.text(a.id))
                             for a in shown_actions(labels) if a.mode == REASON])
        native = QKeySequence.NativeText
        self._section(row, 2, self.tr("While editing a text"),
                      [(self.tr("Save the text"), QKeySequence("Ctrl+Return").toString(native)),
                       (self.tr("Cancel the edit"), QKeySequence("Esc").toString(native))])
        self.grid.setColumnMinimumWidth(2, 40)
        self._help_keys = keymap.keys["help"]
        self.parentWidget().installEventFilter(self)  # follow its size while shown
        self._place()
        self.raise_()
        self.show()
        self.setFocus()

    def _section(self, row: int, column: int, title: str, entries: list[tuple[str, str]]) -> int:
        """A bold heading and one row per (title, keys) from grid ``row``, ``column``; returns
        the row after it."""
        header = _bold(title)
        header.setContentsMargins(0, 6, 0, 0)
        self.grid.addWidget(header, row, column, 1, 2)
        for title_text, keys in entries:
            row += 1
            keys_label = plain_label(keys or self.tr("(none)"), wrap=False)
            keys_label.setStyleSheet("font-family: monospace; font-weight: bold;")
            self.grid.addWidget(keys_label, row, column, Qt.AlignRight)
            self.grid.addWidget(plain_label(title_text, wrap=False), row, column + 1)
            self._rows.append((title_text, keys))
        return row + 1

    def rows(self) -> list[tuple[str, str]]:
        """(title, keys) as listed, for tests and screen readers."""
        return list(self._rows)

    def close_overlay(self) -> None:
        if self.isVisible():
            self.parentWidget().removeEventFilter(self)
            self.hide()
            self.closed.emit()

    def _place(self) -> None:
        self.setGeometry(self.parentWidget().rect())
        self.panel.adjustSize()
        size = self.panel.sizeHint().boundedTo(self.size())
        self.panel.resize(size)
        self.panel.move((self.width() - size.width()) // 2, (self.height() - size.height()) // 2)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Resize and self.isVisible():
            self._place()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 110))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self.panel.geometry().contains(event.position().toPoint()):
            self.close_overlay()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        combo = normalise(event.keyCombination())
        if event.key() == Qt.Key_Escape or any(normalise(k[0]) == combo for k in self._help_keys):
            self.close_overlay()
        else:
            event.accept()  # the page behind does not act while the keys are shown


def hint_line(keymap: KeyMap, n_labels: int) -> str:
    """"A accept   X reject   E edit   1–3 relabel …": the first key of the common actions."""
    def k(action_id: str) -> str:
        keys = keymap.keys.get(action_id)
        return keys[0].toString(QKeySequence.NativeText) if keys else ""

    def _tr(text: str) -> str:
        return QCoreApplication.translate("KeysOverlay", text)

    last = min(n_labels, 9)
    parts = [(k("accept"), _tr("accept")), (k("reject"), _tr("reject")), (k("edit"), _tr("edit")),
             (f"{k('relabel_1')}–{k(f'relabel_{last}')}" if last else "", _tr("relabel")),
             (k("skip"), _tr("skip")), (k("undo"), _tr("undo")), (k("help"), _tr("all keys"))]
    return "   ".join(f"{key} {words}" for key, words in parts if key)


class ReasonBar(QWidget):
    """"Why reject it? 1 wrong language 2 wrong label … Esc keep it", shown after X."""

    chosen = Signal(str)  # the reason code
    cancelled = Signal()

    COLUMNS = 2  # reasons side by side: narrow enough to leave the table its room

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setLayout(QGridLayout())
        self.layout().setContentsMargins(0, 0, 0, 0)
        self.hide()

    def set_keys(self, keymap: KeyMap) -> None:
        layout = self.layout()
        while layout.count():
            item = layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        question = _bold(self.tr("Why reject it?"))
        layout.addWidget(question, 0, 0)
        cancel = QPushButton(self.tr("Esc keep it"))
        cancel.setFocusPolicy(Qt.NoFocus)
        cancel.clicked.connect(self.cancelled.emit)
        layout.addWidget(cancel, 0, self.COLUMNS - 1)
        for i, (code, _words) in enumerate(REJECT_REASONS):
            button = QPushButton(f"{keymap.text('reason_' + code)}  {reject_reason_text(code)}")
            button.setStyleSheet("text-align: left; padding: 3px 8px;")
            button.setFocusPolicy(Qt.NoFocus)  # the keys stay with the table
            button.clicked.connect(lambda _=False, c=code: self.chosen.emit(c))
            layout.addWidget(button, 1 + i // self.COLUMNS, i % self.COLUMNS)

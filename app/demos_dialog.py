"""The examples a few-shot teacher sees, per label, and the user's say over them.

core.feedback chooses them (``choose_demonstrations``: pinned samples first, then a diverse pick
of accepted ones); the user pins a sample so it is always shown, or excludes it so it never is
(``set_demo_choice``, stored at once). ``DemosLine`` is the one line on the Generate page that
says how many there are and opens the dialog. Sample texts are shown only as table items: plain
text.
"""

from __future__ import annotations

from typing import Callable, Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout,
                               QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from app.pages.base import describe_error, message_label, show_message
from core.errors import ShuleError
from core.feedback import EXCLUDE, PIN, choose_demonstrations, demo_choices, set_demo_choice
from core.project import Project, Sample
from core.strategies import DEMONSTRATIONS_PER_LABEL

PINNED, EXCLUDED, LABEL, SOURCE, TEXT = range(5)
SOURCE_WORDS = {
    "imported": QT_TRANSLATE_NOOP("DemosDialog", "your example"),
    "annotated": QT_TRANSLATE_NOOP("DemosDialog", "your text, labelled by the teacher"),
    "generated": QT_TRANSLATE_NOOP("DemosDialog", "generated"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("DemosDialog", text)


class DemosDialog(QDialog):
    """Every label's examples (and the excluded samples, to take back), with Pin and Exclude."""

    #: A choice was stored: the page's line should count again.
    changed = Signal()

    def __init__(self, project: Project, seed: int = 0, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.project = project
        self.seed = seed
        self.setWindowTitle(self.tr("Examples the teacher sees"))
        self.resize(820, 520)
        self.ids: list[int] = []
        intro = QLabel(self.tr("With few-shot generation the teacher sees these accepted samples "
                               "as examples, {n} per label. Pin a sample to always show it; "
                               "exclude one to never show it. The rest are picked to differ "
                               "from each other, your own texts first.").format(
            n=DEMONSTRATIONS_PER_LABEL))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Pin"), self.tr("Exclude"), self.tr("Label"), self.tr("From"),
             self.tr("Text")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.NoSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemChanged.connect(self._item_changed)
        self.error = message_label()
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        """Choose again (a pin or an exclusion changes the pick) and show the result."""
        chosen = choose_demonstrations(self.project, DEMONSTRATIONS_PER_LABEL, self.seed)
        choices = demo_choices(self.project)
        excluded = [self.project.sample(i) for i, c in choices.items() if c == EXCLUDE]
        rows: list[Sample] = [s for label in self.project.label_names
                              for s in chosen.get(label, [])]
        rows += sorted(excluded, key=lambda s: (self.project.label_names.index(s.label)
                                                if s.label in self.project.label_names else 0,
                                                s.id))
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        self.ids = [s.id for s in rows]
        for row, sample in enumerate(rows):
            choice = choices.get(sample.id)
            for column, on in ((PINNED, choice == PIN), (EXCLUDED, choice == EXCLUDE)):
                item = QTableWidgetItem()
                item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsUserCheckable)
                item.setCheckState(Qt.Checked if on else Qt.Unchecked)
                self.table.setItem(row, column, item)
            source = SOURCE_WORDS.get(sample.source)
            self.table.setItem(row, LABEL, QTableWidgetItem(sample.label))
            self.table.setItem(row, SOURCE, QTableWidgetItem(_tr(source) if source
                                                             else sample.source))
            self.table.setItem(row, TEXT, QTableWidgetItem(" ".join(sample.text.split())))
        self.table.blockSignals(False)

    def row_of(self, sample_id: int) -> int:
        return self.ids.index(sample_id)

    def set_choice(self, sample_id: int, choice: Optional[str]) -> None:
        """Store a choice ("pin", "exclude" or None) and choose again."""
        try:
            set_demo_choice(self.project, [sample_id], choice)
        except ShuleError as e:
            show_message(self.error, describe_error(e))
            return
        show_message(self.error, "")
        self.refresh()
        self.changed.emit()

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() not in (PINNED, EXCLUDED):
            return
        on = item.checkState() == Qt.Checked
        choice = (PIN if item.column() == PINNED else EXCLUDE) if on else None
        self.set_choice(self.ids[item.row()], choice)


class DemosLine(QWidget):
    """"Examples the teacher sees: 6 per label (2 pinned) — Choose…"."""

    def __init__(self, seed: Callable[[], int], parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.seed = seed
        self.project: Optional[Project] = None
        self.dialog: Optional[DemosDialog] = None
        self.text = QLabel()
        self.text.setTextFormat(Qt.PlainText)
        self.text.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.clicked.connect(self.open_dialog)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 1)
        row.addWidget(self.choose_button, 0, Qt.AlignTop)

    def set_project(self, project: Optional[Project]) -> None:
        if project is not self.project and self.dialog is not None:
            self.dialog.close()  # it shows the old project's samples
            self.dialog.deleteLater()
            self.dialog = None
        self.project = project
        self.refresh()

    def refresh(self) -> None:
        project = self.project
        if project is None:
            self.text.clear()
            self.choose_button.setEnabled(False)
            return
        chosen = choose_demonstrations(project, DEMONSTRATIONS_PER_LABEL, self.seed())
        sizes = sorted(len(v) for v in chosen.values()) or [0]
        pinned = sum(1 for c in demo_choices(project).values() if c == PIN)
        per_label = (str(sizes[0]) if sizes[0] == sizes[-1] else f"{sizes[0]}–{sizes[-1]}")
        text = self.tr("Examples the teacher sees: {n} per label").format(n=per_label)
        if pinned:
            text += " " + self.tr("({n} pinned)").format(n=pinned)
        self.text.setText(text)
        self.choose_button.setEnabled(sizes[-1] > 0 or bool(demo_choices(project)))

    def open_dialog(self) -> None:
        if self.project is None:
            return
        if self.dialog is None:
            self.dialog = DemosDialog(self.project, self.seed(), self)
            self.dialog.changed.connect(self.refresh)
        else:
            self.dialog.seed = self.seed()
            self.dialog.refresh()
        self.dialog.open()

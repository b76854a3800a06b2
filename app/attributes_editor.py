"""The four lists the diverse strategy varies texts over: topics, scenarios, registers, styles.

One entry a line, edited as plain text. The teacher can propose them (the page runs that in its
task runner and hands the result to ``set_values``); Save stores them in the project.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QGridLayout, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
                               QVBoxLayout, QWidget)

from core.strategies import ATTRIBUTE_KINDS

KIND_WORDS = {
    "topics": (QT_TRANSLATE_NOOP("AttributesEditor", "Topics"),
               QT_TRANSLATE_NOOP("AttributesEditor", "What the texts are about")),
    "scenarios": (QT_TRANSLATE_NOOP("AttributesEditor", "Scenarios"),
                  QT_TRANSLATE_NOOP("AttributesEditor", "Who writes, where, to whom")),
    "registers": (QT_TRANSLATE_NOOP("AttributesEditor", "Registers"),
                  QT_TRANSLATE_NOOP("AttributesEditor", "Formal, casual, slang…")),
    "styles": (QT_TRANSLATE_NOOP("AttributesEditor", "Styles"),
               QT_TRANSLATE_NOOP("AttributesEditor", "A text message, a headline…")),
}


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


class AttributesEditor(QWidget):
    propose_requested = Signal()
    save_requested = Signal()

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.edits: dict[str, QPlainTextEdit] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for i, kind in enumerate(ATTRIBUTE_KINDS):
            title, hint = KIND_WORDS.get(kind, (kind, ""))
            label = QLabel(QCoreApplication.translate("AttributesEditor", title))
            edit = QPlainTextEdit()
            edit.setPlaceholderText(QCoreApplication.translate("AttributesEditor", hint))
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(80)
            edit.setMaximumHeight(130)
            edit.textChanged.connect(self._edited)
            self.edits[kind] = edit
            box = QVBoxLayout()
            box.addWidget(label)
            box.addWidget(edit)
            grid.addLayout(box, i // 2, i % 2)
        self.propose_button = QPushButton(self.tr("Ask the teacher to propose"))
        self.propose_button.clicked.connect(self.propose_requested)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save_requested)
        self.state = QLabel()
        self.state.setTextFormat(Qt.PlainText)
        self.state.setWordWrap(True)

        hint = QLabel(self.tr("One entry a line. Every label meets every combination before any "
                              "repeats."))
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.propose_button)
        row.addWidget(self.save_button)
        row.addWidget(self.state, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint)
        layout.addLayout(grid)
        layout.addLayout(row)
        self._modified = False
        self._loading = False

    def values(self) -> dict[str, list[str]]:
        return {kind: _lines(edit.toPlainText()) for kind, edit in self.edits.items()}

    def set_values(self, values: dict[str, list[str]], modified: bool = False) -> None:
        """Show ``values`` (missing kinds are emptied); ``modified``: they are not saved yet."""
        self._loading = True
        for kind, edit in self.edits.items():
            edit.setPlainText("\n".join(values.get(kind, [])))
        self._loading = False
        self.set_modified(modified)

    def is_modified(self) -> bool:
        return self._modified

    def is_empty(self) -> bool:
        return not any(self.values().values())

    def set_modified(self, modified: bool) -> None:
        self._modified = modified
        if modified:
            self.state.setText(self.tr("Not saved yet."))
        elif self.is_empty():
            self.state.setText(self.tr("None yet: ask the teacher, or type your own."))
        else:
            n = 1
            for values in self.values().values():
                n *= max(1, len(values))
            self.state.setText(self.tr("Saved: {n} combinations.").format(n=n))

    def set_busy(self, busy: bool) -> None:
        self.propose_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy)

    def _edited(self) -> None:
        if not self._loading:
            self.set_modified(True)

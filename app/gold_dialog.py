"""Gold examples on the review page: the "Add a gold example…" dialog and the overlap warning.

A gold example is a text the user vouches for with its label, kept apart as a test set: never
trained on, the student is measured against it. The dialog's text box follows the direction of
what is typed, and a problem (no text) is said in words next to the field. The warning line says
when gold texts are also among the training samples (training leaves those samples out).
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

from app.fonts import apply_text_direction, font_for_text
from app.glossary import explain
from app.pages.base import describe_error, message_label, show_message
from app.widgets import ERROR, colour, plain_label
from core.errors import ShuleError
from core.gold import add_gold
from core.project import Project


class GoldDialog(QDialog):
    added = Signal(int)  # the new gold sample's id

    def __init__(self, project: Project, parent: Optional[QWidget] = None,
                 label: Optional[str] = None) -> None:
        super().__init__(parent)
        self.project = project
        self.sample_id: Optional[int] = None
        self.setWindowTitle(self.tr("Add a gold example"))
        self._direction = project.language.direction
        intro = plain_label(self.tr(
            "A gold example is a text you know the right label for. Gold examples are never "
            "trained on: the student is tested on them, so type texts as your users write them."))
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("The text, as a user would write it"))
        self._base_font = self.text.font()
        self.text.textChanged.connect(self._text_changed)
        self.text_error = plain_label()
        self.text_error.setObjectName("error")
        self.text_error.setStyleSheet(f"color: {colour(ERROR)};")
        self.text_error.hide()
        self.label = QComboBox()
        self.label.addItems(project.label_names)
        if label in project.label_names:
            self.label.setCurrentText(label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.add_button = self.buttons.addButton(self.tr("Add"), QDialogButtonBox.AcceptRole)
        self.buttons.accepted.connect(self.add)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Text"), self.text)
        form.addRow("", self.text_error)
        form.addRow(self.tr("Label"), self.label)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(520, 320)
        self.text.setFocus()

    def _text_changed(self) -> None:
        text = self.text.toPlainText()
        apply_text_direction(self.text, text, self._direction)
        font, _message = font_for_text(self._base_font, text)
        if font != self.text.font():
            self.text.setFont(font)
        if self.text_error.isVisible():
            self.text_error.hide()

    def add(self) -> None:
        """Store the gold example; on a problem say it next to the text and stay open."""
        try:
            self.sample_id = add_gold(self.project, self.text.toPlainText(),
                                      self.label.currentText())
        except ShuleError as e:
            self.text_error.setText(describe_error(e))
            self.text_error.show()
            self.text.setFocus()
            return
        self.added.emit(self.sample_id)
        self.accept()


class GoldBar(QWidget):
    """The "Add a gold example…" button and, when there are any, the overlap warning."""

    added = Signal(int)

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.dialog: Optional[GoldDialog] = None
        self.button = QPushButton(self.tr("Add a gold example…"))
        explain(self.button, "gold")
        self.warning = message_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.warning)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addLayout(row)

    def open_dialog(self, project: Project, label: Optional[str] = None) -> GoldDialog:
        """Open the dialog (window-modal, not blocking); ``added`` follows a stored example."""
        self.dialog = GoldDialog(project, self.window(), label)
        self.dialog.added.connect(self.added.emit)
        self.dialog.open()
        return self.dialog

    def show_overlaps(self, n: int) -> None:
        """``n`` gold examples are also training candidates (0: no warning)."""
        show_message(self.warning, self.tr(
            "{n} gold examples also appear among the training samples: they are left out of "
            "training.").format(n=n) if n else "")

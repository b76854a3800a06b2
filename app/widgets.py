"""Small widgets shared by pages: a plain-text label and tooltip, a learning-rate spin box and a
folder field with Browse…."""

from __future__ import annotations

import math
from typing import Callable, Optional

from PySide6 import QtGui
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from app import dialogs


# Message colours for a light and a dark palette: each readable (contrast 4.5:1 or more) on
# that palette's window colour.
ERROR = ("#b3261e", "#ff8a80")
WARNING = ("#8a5300", "#ffcc80")
NOTICE_BACKGROUND = ("#fff4ce", "#4a3f10")


def dark_palette() -> bool:
    """Whether the system's theme (the application palette) is a dark one."""
    return QtGui.QGuiApplication.palette().window().color().lightness() < 128


def colour(pair: tuple[str, str]) -> str:
    """The colour of ``pair`` for the current theme."""
    return pair[1] if dark_palette() else pair[0]


def plain_label(text: str = "", wrap: bool = True) -> QLabel:
    """A label that never reads its text as HTML: label names and samples are the user's data."""
    label = QLabel(text)
    label.setTextFormat(Qt.PlainText)
    label.setWordWrap(wrap)
    return label


def plain_tooltip(text: str) -> str:
    """``text`` as a tooltip that shows it as it is. QToolTip takes a text for HTML when
    Qt.mightBeRichText says so ("<b>" in a label or folder name from a project file): such text
    is escaped; any other is left as it is, to wrap like every plain tooltip."""
    if text and QtGui.Qt.mightBeRichText(text):
        return QtGui.Qt.convertFromPlainText(text, QtGui.Qt.WhiteSpacePre)
    return text


class LearningRateBox(QDoubleSpinBox):
    """Shows 5e-05 rather than 0.000050; the arrows step through 1, 2, 5 × 10ⁿ."""

    STEPS = (1.0, 2.0, 5.0)

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setDecimals(12)  # QDoubleSpinBox rounds to this many decimals internally
        self.setRange(1e-7, 1e-1)

    def textFromValue(self, value: float) -> str:
        return f"{value:.3g}"

    def valueFromText(self, text: str) -> float:
        try:
            return float(text)
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int) -> object:
        try:
            value = float(text)
        except ValueError:
            return QValidator.Intermediate, text, pos
        ok = self.minimum() <= value <= self.maximum()
        return (QValidator.Acceptable if ok else QValidator.Intermediate), text, pos

    def stepBy(self, steps: int) -> None:
        # The ladder 1e-5, 2e-5, 5e-5, 1e-4…: index = 3 × decade + position in STEPS.
        value = self.value()
        decade = math.floor(math.log10(value))
        mantissa = value / 10 ** decade
        position = min(range(3), key=lambda i: abs(self.STEPS[i] - mantissa))
        index = 3 * decade + position + steps
        self.setValue(self.STEPS[index % 3] * 10 ** (index // 3))


class FolderField(QWidget):
    """A path field with a Browse… button that opens the native folder dialog."""

    chosen = Signal(str)  # after Browse… picked a folder, or Enter / leaving the field

    def __init__(self, dialog_title: Callable[[], str], placeholder: str = "",
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self._dialog_title = dialog_title
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setAccessibleName(placeholder)  # what a screen reader says for the field
        self.setFocusProxy(self.edit)  # a form label's buddy (Alt+letter) lands in the field
        self.edit.editingFinished.connect(lambda: self.chosen.emit(self.text()))
        self.button = QPushButton(self.tr("Browse…"))
        self.button.clicked.connect(self._browse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)

    def text(self) -> str:
        return self.edit.text().strip()

    def setText(self, text: str) -> None:
        self.edit.setText(text)

    def _browse(self) -> None:
        folder = dialogs.ask_folder(self, self._dialog_title(), self.text())
        if folder is not None:
            self.edit.setText(str(folder))
            self.chosen.emit(str(folder))

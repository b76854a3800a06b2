"""The list of steps on the left: one button per step, and under a closed step the reason why.

The reason is always visible (not a tooltip): a user who cannot click "Train" reads at once what
is missing ("Choose a teacher first").
"""

from __future__ import annotations

from typing import Optional, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QButtonGroup, QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from app.i18n import translated

# Colours from the palette, so the sidebar follows a light or a dark system theme.
STYLE = """
QFrame#sidebar { background: palette(alternate-base); border-right: 1px solid palette(mid); }
QPushButton { text-align: left; padding: 7px 10px; border: none; border-radius: 5px;
              color: palette(window-text); }
QPushButton:checked { background: palette(highlight); color: palette(highlighted-text); }
QPushButton:hover:!checked:enabled { background: palette(midlight); }
QPushButton:disabled { color: palette(mid); }
QPushButton:checked:disabled { background: palette(mid); color: palette(window-text); }
QLabel#reason { color: palette(window-text); padding: 0 10px 6px 30px; }
"""


class StepSidebar(QFrame):
    selected = Signal(int)

    def __init__(self, titles: Sequence[str], parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setStyleSheet(STYLE)
        self.setFixedWidth(250)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: list[QPushButton] = []
        self.titles = list(titles)
        self.reasons: list[QLabel] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 16, 10, 16)
        layout.setSpacing(2)
        brand = QLabel("Shule")
        font = QFont(brand.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        brand.setFont(font)
        brand.setContentsMargins(10, 0, 0, 12)
        layout.addWidget(brand)
        for i, title in enumerate(titles):
            button = QPushButton(f"{i + 1}.  " + title.replace("&", "&&"))  # "&" is no mnemonic here
            button.setCheckable(True)
            button.setFocusPolicy(Qt.NoFocus)  # keys stay with the page (review shortcuts)
            self.group.addButton(button, i)
            reason = QLabel()
            reason.setObjectName("reason")
            reason.setTextFormat(Qt.PlainText)
            reason.setWordWrap(True)
            reason.hide()
            layout.addWidget(button)
            layout.addWidget(reason)
            self.buttons.append(button)
            self.reasons.append(reason)
        layout.addStretch(1)
        self.group.idClicked.connect(self.selected)

    def set_state(self, index: int, reason: Optional[str]) -> None:
        """Open the step (reason None) or close it and show why."""
        self.buttons[index].setEnabled(reason is None)
        self.reasons[index].setText(translated(reason))
        self.reasons[index].setVisible(reason is not None)

    def set_marks(self, done: set[int], next_step: Optional[int]) -> None:
        """✓ after each step that is done; the step to do next in bold. Screen readers hear both."""
        for index, (button, title) in enumerate(zip(self.buttons, self.titles)):
            is_next = index == next_step and index not in done
            button.setText(f"{index + 1}.  " + title.replace("&", "&&")
                           + ("  ✓" if index in done else ""))
            font = button.font()
            font.setBold(is_next)
            button.setFont(font)
            button.setAccessibleDescription(
                self.tr("Done") if index in done else self.tr("Next step") if is_next else "")

    def is_open(self, index: int) -> bool:
        return self.buttons[index].isEnabled()

    def select(self, index: int) -> None:
        self.buttons[index].setChecked(True)

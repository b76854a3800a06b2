"""What every step page shares: the open project, a heading, message labels, error wording."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from app.i18n import translated
from app.widgets import ERROR, colour
from core.errors import ShuleError, message_of
from core.project import Project


class Page(QWidget):
    """One step of the workflow. The main window hands it the open project (or None)."""

    #: The project changed in a way that may open or close later steps (teacher set, samples…).
    changed = Signal()

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.project: Optional[Project] = None
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(24, 18, 24, 18)
        self.layout_.setSpacing(10)

    def title(self) -> str:
        raise NotImplementedError

    def add_heading(self, title: str, intro: str) -> None:
        heading = QLabel(title)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        text = QLabel(intro)
        text.setWordWrap(True)
        text.setTextFormat(Qt.PlainText)
        self.layout_.addWidget(heading)
        self.layout_.addWidget(text)

    def set_project(self, project: Optional[Project]) -> None:
        self.project = project
        self.refresh()

    def refresh(self) -> None:
        """Re-read everything shown from the project file."""

    def focus_first(self) -> None:
        """Give the page's first field or button the keyboard focus, unless the focus already is
        on the page (a step was opened from the keyboard: typing goes to the page, not to the
        one left behind)."""
        focus = QApplication.focusWidget()
        if focus is not None and self.isAncestorOf(focus):
            return
        widget = self.nextInFocusChain()
        while widget is not self and widget is not None:
            if (self.isAncestorOf(widget) and widget.isVisibleTo(self) and widget.isEnabled()
                    and widget.focusPolicy() & Qt.TabFocus):
                widget.setFocus(Qt.TabFocusReason)
                return
            widget = widget.nextInFocusChain()

    def shutdown(self) -> None:
        """Stop background work (the window is closing or another project is opened)."""


def message_label(error: bool = True) -> QLabel:
    """A label for a message next to a field: plain text (it may quote untrusted input)."""
    label = QLabel()
    label.setTextFormat(Qt.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    if error:
        label.setObjectName("error")
        label.setStyleSheet(f"color: {colour(ERROR)};")
    label.hide()
    return label


def show_message(label: QLabel, text: str) -> None:
    """Show ``text`` (a sentence from core is translated), or hide the label when it is empty."""
    label.setText(translated(text))
    label.setVisible(bool(text))


def describe_error(error: BaseException) -> str:
    """Words for an exception: core's ShuleError already is a sentence (translated here);
    anything else is a bug."""
    if isinstance(error, ShuleError):
        return translated(message_of(error))
    return QCoreApplication.translate(
        "Page", "Something went wrong ({kind}: {detail}). Please report this.").format(
        kind=type(error).__name__, detail=error)

"""The focused card of the review page: one sample, large and readable, editable in place.

Sample text is teacher output, so every label here that shows sample data is plain text: a
reply that looks like HTML is shown as the characters it is. The text runs in its own direction
(Arabic right to left, even in an English project) and in a font that can draw all its letters.
"""

from __future__ import annotations

from typing import Any, Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
                               QScrollArea, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget)

from app.fonts import apply_text_direction, font_for_text, load_bundled_fonts
from app.review_model import (ink_for, label_colour, reject_reason_text, source_text,
                              status_text)
from app.widgets import plain_label
from core.feedback import EXCLUDE, PIN
from core.project import Sample
from core.review_stats import teacher_name

TEXT_SCALE = 1.5  # the card's text against the base font
SMALL_SCALE = 0.9


class Chip(QLabel):
    """The label's name on a rounded patch of its colour (painted: no style sheet per sample)."""

    def __init__(self) -> None:
        super().__init__()
        self.setTextFormat(Qt.PlainText)
        self.setContentsMargins(10, 3, 10, 3)
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        self.colour = QColor("#888888")

    def set_colour(self, colour: QColor) -> None:
        if colour != self.colour:
            self.colour = colour
            palette = self.palette()
            palette.setColor(QPalette.WindowText, ink_for(colour))
            self.setPalette(palette)
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setPen(Qt.NoPen)
        painter.setBrush(self.colour)
        radius = self.height() / 2
        painter.drawRoundedRect(self.rect(), radius, radius)
        painter.end()
        super().paintEvent(event)


class CardEditor(QPlainTextEdit):
    """The text in edit mode: Ctrl+Enter saves, Esc cancels (keys of the editor, not shortcuts:
    they work whether or not the window is active)."""

    save = Signal()
    cancel = Signal()

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab moves on: no keyboard trap

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and event.modifiers() & Qt.ControlModifier:
            self.save.emit()
        elif event.key() == Qt.Key_Escape:
            self.cancel.emit()
        else:
            super().keyPressEvent(event)


class ReviewCard(QFrame):
    save_requested = Signal(str)
    cancel_requested = Signal()

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        load_bundled_fonts()  # once per run: Ethiopic, N'Ko, Tifinagh… for any sample
        self.setFrameShape(QFrame.StyledPanel)
        self.sample: Optional[Sample] = None
        self.default_direction = "ltr"

        self.chip = Chip()
        self.status = plain_label(wrap=False)
        self.position = plain_label(wrap=False)
        top = QHBoxLayout()
        top.addWidget(self.chip)
        top.addWidget(self.status, 1)
        top.addWidget(self.position)

        self.text_label = plain_label()
        self.text_label.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.text_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.text_label.setFocusPolicy(Qt.NoFocus)  # the keys stay with the table
        self.text_label.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Minimum)
        self.base_font = QFont(self.text_label.font())
        self.base_font.setPointSizeF(self.base_font.pointSizeF() * TEXT_SCALE)
        self.text_label.setFont(self.base_font)
        scroll = QScrollArea()
        scroll.setWidget(self.text_label)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setFocusPolicy(Qt.NoFocus)
        self.editor = CardEditor()
        self.editor.setFont(self.base_font)
        self.editor.save.connect(self._save)
        self.editor.cancel.connect(self.cancel_requested.emit)
        self.stack = QStackedWidget()
        self.stack.addWidget(scroll)
        self.stack.addWidget(self.editor)

        self.details = plain_label()
        self.reason = plain_label()
        self.font_note = plain_label()
        for small in (self.details, self.reason, self.font_note, self.position):
            font = small.font()
            font.setPointSizeF(font.pointSizeF() * SMALL_SCALE)
            small.setFont(font)
            small.setForegroundRole(QPalette.PlaceholderText)  # muted in light and dark palettes
        self.save_button = QPushButton(self.tr("Save (Ctrl+Enter)"))
        self.save_button.clicked.connect(self._save)
        self.cancel_button = QPushButton(self.tr("Cancel (Esc)"))
        self.cancel_button.clicked.connect(self.cancel_requested.emit)
        self.edit_buttons = QWidget()
        buttons = QHBoxLayout(self.edit_buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        self.edit_buttons.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.edit_buttons)
        layout.addWidget(self.reason)
        layout.addWidget(self.details)
        layout.addWidget(self.font_note)
        self.show_sample(None)

    # ---- showing --------------------------------------------------------------------------------
    def show_sample(self, sample: Optional[Sample], label_index: int = -1,
                    choice: Optional[str] = None, position: str = "") -> None:
        """Show ``sample`` (None: an empty card). Costs no query: all is in ``sample``."""
        self.end_edit()
        self.sample = sample
        if sample is None:
            self.chip.hide()
            self.status.setText("")
            self.position.setText("")
            self.text_label.setText(self.tr("No sample selected."))
            for label in (self.reason, self.details, self.font_note):
                label.hide()
            return
        self.chip.setText(sample.label)
        self.chip.set_colour(label_colour(label_index))
        self.chip.show()
        words = [status_text(sample.status)]
        if choice == PIN:
            words.append(self.tr("pinned as a teacher example"))
        elif choice == EXCLUDE:
            words.append(self.tr("excluded from the teacher's examples"))
        self.status.setText(" · ".join(words))
        self.position.setText(position)
        self._set_text(sample.text)
        reason = sample.reject_reason if sample.status == "rejected" else None
        self.reason.setText(self.tr("Rejected: {reason}").format(
            reason=reject_reason_text(reason)) if reason else "")
        self.reason.setVisible(bool(reason))
        self.details.setText("\n".join(self._details(sample)))
        self.details.setVisible(bool(self.details.text()))

    def _set_text(self, text: str) -> None:
        font, message = font_for_text(self.base_font, text)
        self.text_label.setFont(font)
        self.editor.setFont(font)
        self.text_label.setText(text)
        apply_text_direction(self.text_label, text, self.default_direction)
        self.font_note.setText(message or "")
        self.font_note.setVisible(bool(message))

    def _details(self, sample: Sample) -> list[str]:
        """The small print: where the sample came from and what the filters noted."""
        p: dict[str, Any] = sample.provenance if isinstance(sample.provenance, dict) else {}
        first = [source_text(sample.source)]
        if p.get("strategy"):
            first.append(self.tr("strategy: {s}").format(s=p["strategy"]))
        teacher = teacher_name(p.get("teacher"))
        if teacher:
            first.append(self.tr("teacher: {t}").format(t=teacher))
        lines = [" · ".join(first)]
        notes = []
        if p.get("self_checked"):
            notes.append(self.tr("checked by the teacher"))
        attributes = p.get("attributes")
        if isinstance(attributes, dict) and attributes:
            notes.append(", ".join(f"{k}: {v}" for k, v in attributes.items()))
        demos = p.get("demonstrations")
        if isinstance(demos, list) and demos:
            notes.append(self.tr("{n} examples shown to the teacher").format(n=len(demos)))
        if notes:
            lines.append(" · ".join(notes))
        return lines

    # ---- editing --------------------------------------------------------------------------------
    @property
    def editing(self) -> bool:
        return self.stack.currentWidget() is self.editor

    def begin_edit(self) -> bool:
        if self.sample is None:
            return False
        self.editor.setPlainText(self.sample.text)
        apply_text_direction(self.editor, self.sample.text, self.default_direction)
        self.stack.setCurrentWidget(self.editor)
        self.edit_buttons.show()
        self.editor.setFocus()
        self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)
        return True

    def end_edit(self) -> None:
        self.stack.setCurrentIndex(0)
        self.edit_buttons.hide()

    def _save(self) -> None:
        if self.editing:
            self.save_requested.emit(self.editor.toPlainText())

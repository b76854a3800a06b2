"""What the user's review adds to the next round: one note per frequent reject reason (and the
user's corrections), each with the exact words the teacher will read and why it is there.

core.feedback writes the notes; this panel only lets the user read them and switch each off. The
notes quote the project's labels and the user's corrected texts, so they are shown as plain text.
Notes that tighten a filter (the language check, near duplicates) say so.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.review_model import reject_reason_text
from core.feedback import (REASON_KEYS, GuidancePart, apply_filter_changes, guidance,
                           guidance_filter_changes)
from core.generation import GenerationConfig
from core.project import Project

KEY_REASONS = {key: reason for reason, key in REASON_KEYS.items()}  # "language" → "wrong_language"
#: What switching a note on also does to the checks (core.feedback.FILTER_CHANGES), in words.
FILTER_WORDS = {
    "language": QT_TRANSLATE_NOOP("GuidancePanel", "Texts in another language are also dropped "
                                                   "more readily."),
    "duplicate": QT_TRANSLATE_NOOP("GuidancePanel", "Texts much like an earlier one are also "
                                                    "dropped more readily."),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("GuidancePanel", text)


def why_text(part: GuidancePart) -> str:
    """"12 of 40 rejections: wrong language", or what the corrections are."""
    if part.key == "corrections":
        return (_tr("You corrected 1 generated text: the teacher sees before and after")
                if part.count == 1 else
                _tr("You corrected {n} generated texts: the teacher sees some before and after")
                .format(n=part.count))
    total = max(part.count, round(part.count / part.share)) if part.share > 0 else part.count
    reason = reject_reason_text(KEY_REASONS.get(part.key, part.key))
    return _tr("{n} of {total} rejections: {reason}").format(n=part.count, total=total,
                                                             reason=reason)


class GuidancePanel(QGroupBox):
    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(self.tr("What your reviews add to the next round"), parent)
        self.parts: list[GuidancePart] = []
        self.boxes: dict[str, QCheckBox] = {}
        self.texts: dict[str, QLabel] = {}
        self._off: set[str] = set()  # notes the user switched off, kept across refreshes
        self._project_path: Optional[str] = None
        intro = QLabel(self.tr("Notes for the teacher, written from your review. Each one is "
                               "added to every request; untick one to leave it out."))
        intro.setWordWrap(True)
        self.rows = QVBoxLayout()
        self.rows.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.rows)
        self.hide()

    def set_project(self, project: Optional[Project]) -> None:
        """Read the notes again (after more review); hidden when there are none."""
        path = str(project.path) if project is not None else None
        if path != self._project_path:
            self._off.clear()
            self._project_path = path
        self.set_parts(guidance(project) if project is not None else [])

    def set_parts(self, parts: list[GuidancePart]) -> None:
        def same(a: GuidancePart, b: GuidancePart) -> bool:
            return (a.key, a.text, a.count, a.share) == (b.key, b.text, b.count, b.share)

        if len(parts) == len(self.parts) and all(map(same, parts, self.parts)):
            return  # nothing new: keep the rows (and the focus)
        while self.rows.count():
            widget = self.rows.takeAt(0).widget()
            if widget is not None:
                widget.hide()  # at once: deleteLater waits for the event loop
                widget.deleteLater()
        self.parts = list(parts)
        self.boxes, self.texts = {}, {}
        for part in self.parts:
            self.rows.addWidget(self._row(part))
        self.setVisible(bool(self.parts))

    def _row(self, part: GuidancePart) -> QWidget:
        row = QWidget()
        box = QCheckBox(why_text(part))  # a check box's text is never rendered as markup
        box.setChecked(part.key not in self._off)
        box.toggled.connect(lambda on, key=part.key: self._toggled(key, on))
        words = f"“{part.text}”"
        if part.key in FILTER_WORDS:
            words += "\n" + _tr(FILTER_WORDS[part.key])
        text = QLabel(words)
        text.setTextFormat(Qt.PlainText)  # quotes the user's labels and corrected texts
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextSelectableByMouse)
        text.setEnabled(box.isChecked())  # greyed out while switched off
        indented = QHBoxLayout()
        indented.setContentsMargins(22, 0, 0, 4)
        indented.addWidget(text)
        column = QVBoxLayout(row)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(box)
        column.addLayout(indented)
        self.boxes[part.key], self.texts[part.key] = box, text
        return row

    def _toggled(self, key: str, on: bool) -> None:
        (self._off.discard if on else self._off.add)(key)
        self.texts[key].setEnabled(on)

    # ---- what goes into the config -------------------------------------------------------------
    def enabled_parts(self) -> list[GuidancePart]:
        return [p for p in self.parts if p.key not in self._off]

    def apply(self, config: GenerationConfig) -> GenerationConfig:
        """``config`` with the enabled notes and the stricter checks that go with them."""
        parts = self.enabled_parts()
        config = apply_filter_changes(config, guidance_filter_changes(parts))
        return replace(config, guidance=[p.text for p in parts])

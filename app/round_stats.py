"""One line per generation round: how it was made, how much of it the review kept, and why the
rest was rejected, so the user sees whether rounds get better (core.review_stats.rounds).

A compact list rather than a table: the Generate page's columns are narrow. Teacher names come
from the project (a file name, a model name): list items are plain text.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractItemView, QLabel, QListView, QListWidget, QVBoxLayout,
                               QWidget)

from app.review_model import reject_reason_text
from core.project import Project
from core.review_stats import Round, rounds

STRATEGY_NAMES = {
    "zero-shot": QT_TRANSLATE_NOOP("RoundStats", "zero-shot"),
    "few-shot": QT_TRANSLATE_NOOP("RoundStats", "few-shot"),
    "diverse": QT_TRANSLATE_NOOP("RoundStats", "diverse"),
}
VISIBLE_LINES = 6


def _tr(text: str) -> str:
    return QCoreApplication.translate("RoundStats", text)


def strategy_text(name: str) -> str:
    return _tr(STRATEGY_NAMES[name]) if name in STRATEGY_NAMES else name


def accepted_text(r: Round) -> str:
    """"75 % accepted (15 of 20 reviewed, 4 to review)", or that none is reviewed yet."""
    decided = r.accepted + r.rejected
    if r.rate is None:
        return _tr("not reviewed yet")
    text = _tr("{rate:.0%} accepted ({a} of {n} reviewed").format(rate=r.rate, a=r.accepted,
                                                                   n=decided)
    if r.pending:
        text += _tr(", {n} to review").format(n=r.pending)
    return text + ")"


def round_text(number: int, r: Round) -> str:
    """"Round 2 · few-shot · tiny.gguf: 10 made, 75 % accepted (…). Rejected: wrong language 2."."""
    how = " · ".join(part for part in (strategy_text(r.strategy), r.teacher) if part)
    text = _tr("Round {number}").format(number=number) + (f" · {how}" if how else "") + ": "
    text += _tr("{n} made").format(n=r.made) + ", " + accepted_text(r) + "."
    if r.top_reasons:
        text += " " + _tr("Rejected: {reasons}.").format(reasons=", ".join(
            f"{reject_reason_text(code)} {n}" for code, n in r.top_reasons))
    return text


class RoundStats(QWidget):
    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.rounds: list[Round] = []
        self.title = QLabel(self.tr("Rounds so far"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Earlier rounds"))
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.Adjust)  # re-wrap the lines when the page is resized
        self.list.setSelectionMode(QAbstractItemView.NoSelection)
        self.list.setFocusPolicy(Qt.NoFocus)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.list.setSpacing(2)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        line = self.list.fontMetrics().lineSpacing()
        self.list.setMaximumHeight(VISIBLE_LINES * line + 2 * self.list.frameWidth() + 6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        self.hide()

    def set_project(self, project: Optional[Project]) -> None:
        """Read the rounds again (after generating or reviewing); hidden before the first."""
        self.rounds = rounds(project) if project is not None else []
        self.list.clear()
        for number, r in enumerate(self.rounds, start=1):
            self.list.addItem(round_text(number, r))
        if self.rounds:
            self.list.scrollToBottom()  # the newest round
        self.setVisible(bool(self.rounds))

    def lines(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

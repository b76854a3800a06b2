"""Review progress: accepted samples against the target, per label, and acceptance rates.

``LabelBars`` paints one bar per label (accepted solid in the label's colour, pending lighter
after it, a tick at the target); ``ProgressPanel`` adds the "Target per label" box and a line
each of acceptance per strategy and per teacher. Text uses the palette's colours, so the chart
reads in light and dark themes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Sequence

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from app.pages.base import describe_error
from app.review_model import label_colour
from app.tasks import TaskRunner
from app.widgets import ERROR, colour
from core.errors import ShuleError
from core.gold import gold_overlaps
from core.project import Project
from core.review_stats import Acceptance, LabelProgress, acceptance_by, label_progress

TARGET_DELAY_MS = 500
#: Up to this many samples the numbers are read at once (a few ms); beyond, in a worker thread
#: with its own connection (on 100k samples the grouped queries take a few hundred ms).
SYNC_LIMIT = 5000
ROW_PADDING = 8
NAME_SHARE = 0.35  # at most this share of the width for the label names


class LabelBars(QWidget):
    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.progress: list[LabelProgress] = []
        self.setMinimumHeight(self._row_height())

    def set_progress(self, progress: Sequence[LabelProgress]) -> None:
        self.progress = list(progress)
        self.updateGeometry()
        self.update()

    def set_target(self, target: int) -> None:
        for p in self.progress:
            p.target = target
        self.update()

    def _row_height(self) -> int:
        return self.fontMetrics().height() + ROW_PADDING

    def sizeHint(self) -> QSize:
        return QSize(320, max(1, len(self.progress)) * self._row_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(200, max(1, len(self.progress)) * self._row_height())

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.progress:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        metrics = self.fontMetrics()
        text_colour = self.palette().color(QPalette.WindowText)
        track = QColor(text_colour)
        track.setAlpha(28)
        row_h = self._row_height()
        names_w = min(int(self.width() * NAME_SHARE),
                      max(metrics.horizontalAdvance(p.label) for p in self.progress) + 16)
        numbers_w = max(metrics.horizontalAdvance(f"{p.accepted} / {p.target}")
                        for p in self.progress) + 8
        bar_x = names_w
        bar_w = max(10, self.width() - names_w - numbers_w)
        scale = max(max(p.target, p.accepted + p.pending) for p in self.progress) or 1
        for i, p in enumerate(self.progress):
            y = i * row_h
            painter.setPen(text_colour)
            name = metrics.elidedText(p.label, Qt.ElideRight, names_w - 8)
            painter.drawText(QRectF(0, y, names_w - 8, row_h), Qt.AlignVCenter | Qt.AlignLeft, name)
            bar = QRectF(bar_x, y + 3, bar_w, row_h - 6)
            painter.setPen(Qt.NoPen)
            painter.setBrush(track)
            painter.drawRoundedRect(bar, 3, 3)
            colour = label_colour(i)
            accepted_w = bar_w * p.accepted / scale
            pending_w = bar_w * p.pending / scale
            lighter = QColor(colour)
            lighter.setAlpha(90)
            painter.setBrush(lighter)
            painter.drawRect(QRectF(bar_x + accepted_w, bar.y(), pending_w, bar.height()))
            painter.setBrush(colour)
            painter.drawRect(QRectF(bar_x, bar.y(), accepted_w, bar.height()))
            target_x = bar_x + bar_w * p.target / scale
            painter.setPen(text_colour)
            painter.drawLine(int(target_x), int(y + 1), int(target_x), int(y + row_h - 1))
            painter.drawText(QRectF(bar_x + bar_w + 8, y, numbers_w, row_h),
                             Qt.AlignVCenter | Qt.AlignLeft, f"{p.accepted} / {p.target}")


@dataclass
class ReviewStats:
    progress: list[LabelProgress]
    by_strategy: list[Acceptance]
    by_teacher: list[Acceptance]
    gold_overlaps: int  # gold examples whose text is also a training candidate's


def read_stats(project: Project) -> ReviewStats:
    pairs = gold_overlaps(project)
    return ReviewStats(label_progress(project), acceptance_by(project, "strategy"),
                       acceptance_by(project, "teacher"), len({gold for gold, _ in pairs}))


def read_stats_from(path: Path) -> ReviewStats:
    """``read_stats`` on a connection of its own (for a worker thread: one connection each)."""
    with Project.open(path) as project:
        return read_stats(project)


def rates_line(groups: Sequence[Acceptance]) -> str:
    """"few-shot 82 % · zero-shot 61 %": the share of decided samples accepted, per group."""
    parts = []
    for g in groups:
        rate = g.rate
        parts.append(f"{g.key} {rate * 100:.0f} %" if rate is not None else f"{g.key} –")
    return " · ".join(parts)


def plain(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.PlainText)  # strategy and teacher names come from provenance
    label.setWordWrap(True)
    return label


class ProgressPanel(QWidget):
    """Bars, the target box, the acceptance lines and a one-line count of every status."""

    target_changed = Signal(int)
    stats_ready = Signal(object)  # ReviewStats, or None without a project

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.project: Optional[Project] = None
        self.stats: Optional[ReviewStats] = None
        self.runner = TaskRunner(self)
        self.runner.finished.connect(self.show_stats)
        self.summary = plain()
        self.bars = LabelBars()
        self.target = QSpinBox()
        self.target.setAccessibleName(self.tr("Target per label"))
        self.target.setRange(1, 1_000_000)
        self.target.setSingleStep(10)
        self.target.setAccelerated(True)
        self._target_timer = QTimer(self, singleShot=True, interval=TARGET_DELAY_MS)
        self._target_timer.timeout.connect(self._save_target)
        self.target.valueChanged.connect(self._target_edited)
        self.by_strategy = plain()
        self.by_teacher = plain()
        self.error = plain()
        self.error.setStyleSheet(f"color: {colour(ERROR)};")
        self.error.hide()
        target_row = QHBoxLayout()
        target_row.addWidget(plain(self.tr("Target per label")))
        target_row.addWidget(self.target)
        target_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.summary)
        layout.addWidget(self.bars)
        layout.addLayout(target_row)
        layout.addWidget(self.by_strategy)
        layout.addWidget(self.by_teacher)
        layout.addWidget(self.error)
        for small in (self.by_strategy, self.by_teacher):
            small.setForegroundRole(QPalette.PlaceholderText)

    def set_project(self, project: Optional[Project]) -> None:
        self._target_timer.stop()
        self.runner.cancel()
        self.project = project
        self.refresh()

    def refresh(self) -> None:
        """Re-read the numbers: at once in a small project, else off the UI thread."""
        if self.project is None:
            self.runner.cancel()
            self.show_stats(None)
            return
        size = self.project.db.execute("SELECT MAX(id) FROM samples").fetchone()[0] or 0
        if size <= SYNC_LIMIT:
            self.runner.cancel()
            self.show_stats(read_stats(self.project))
        else:
            path = self.project.path
            self.runner.start(lambda _progress, _cancelled: read_stats_from(path))

    def show_stats(self, stats: Optional[ReviewStats]) -> None:
        self.stats = stats
        if stats is None:
            self.bars.set_progress([])
            for label in (self.summary, self.by_strategy, self.by_teacher):
                label.clear()
            self.stats_ready.emit(stats)
            return
        progress = stats.progress
        self.bars.set_progress(progress)
        totals = [sum(getattr(p, s) for p in progress) for s in ("pending", "accepted", "rejected")]
        self.summary.setText(self.tr("{p} pending · {a} accepted · {r} rejected").format(
            p=totals[0], a=totals[1], r=totals[2]))
        if progress and not self._target_timer.isActive():
            self.target.blockSignals(True)
            self.target.setValue(progress[0].target)
            self.target.blockSignals(False)
        strategy, teacher = rates_line(stats.by_strategy), rates_line(stats.by_teacher)
        self.by_strategy.setText(self.tr("Accepted, by strategy: {rates}").format(rates=strategy))
        self.by_teacher.setText(self.tr("Accepted, by teacher: {rates}").format(rates=teacher))
        self.by_strategy.setVisible(bool(strategy))
        self.by_teacher.setVisible(bool(teacher))
        self.stats_ready.emit(stats)

    def _target_edited(self, value: int) -> None:
        self.bars.set_target(value)
        self._target_timer.start()

    def _save_target(self) -> None:
        if self.project is None:
            return
        try:
            self.project.set_target_per_label(self.target.value())
        except ShuleError as e:
            self.error.setText(describe_error(e))
            self.error.show()
            return
        self.error.hide()
        self.target_changed.emit(self.target.value())
        self.refresh()

    def shutdown(self) -> None:
        """Write a target still waiting for its pause, then stop."""
        if self._target_timer.isActive():
            self._save_target()
        self._target_timer.stop()
        self.runner.cancel()

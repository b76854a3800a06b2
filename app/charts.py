"""Painted charts for the Train and Evaluate pages; here the live loss curve.

QPainter only: the GUI loads no plotting library (PySide6-Essentials has no QtCharts, and numpy
plotting stacks would slow the start). Text and grid lines take the palette's colours, so the
charts read in light and dark themes; sizes come from the font, so they scale on HiDPI screens.
The confusion matrix (app/heat_map.py) and the scoreboard bars (app/score_bars.py) are
re-exported here, so pages import every chart from ``app.charts``.
"""

from __future__ import annotations

import bisect
import math
from typing import Optional

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QToolTip, QWidget

from app.heat_map import ConfusionHeatMap, faint
from app.score_bars import ScoreBars

__all__ = ["ConfusionHeatMap", "LossPlot", "ScoreBars", "nice_step", "ticks"]

#: The curve keeps at most this many points however long the run: neighbours are merged into
#: buckets (mean drawn as the line, min–max as a band), so painting stays cheap at 100k steps.
MAX_BUCKETS = 1000
LOSS_COLOUR = QColor("#4e79a7")  # the label colours' blue and orange (app/review_model.py)
DEV_COLOUR = QColor("#f28e2b")


def nice_step(raw: float) -> float:
    """The 1, 2 or 5 × 10ⁿ at or above ``raw``: tick spacing people can read."""
    if raw <= 0 or not math.isfinite(raw):
        return 1.0
    power = 10 ** math.floor(math.log10(raw))
    return next(m for m in (1, 2, 5, 10) if raw / power <= m * (1 + 1e-9)) * power


def ticks(low: float, high: float, count: int) -> list[float]:
    """About ``count`` round values from ``low`` to ``high``."""
    step = nice_step((high - low) / max(1, count))
    first = math.ceil(low / step - 1e-9)
    return [round(i * step, 10) for i in range(first, math.floor(high / step + 1e-9) + 1)]


def tick_text(value: float, step: float) -> str:
    return f"{value:.{max(0, -math.floor(math.log10(step)))}f}"


class LossPlot(QWidget):
    """Training loss by step (left axis) and dev macro-F1 by epoch (right axis, 0–1)."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Training loss curve"))
        self.clear()

    def clear(self) -> None:
        """Forget the run, its total steps included (a new run sets its own)."""
        self.total_steps = 0
        self.loss_count = 0  # losses added, however few points they are drawn as
        self._stride = 1  # steps per bucket; doubles as the run outgrows MAX_BUCKETS
        self._buckets: dict[int, list[float]] = {}  # step // stride: [Σstep, Σloss, n, min, max]
        self._curve: Optional[list[tuple[float, float, float, float]]] = None
        self._dev: list[tuple[int, float]] = []
        self._low, self._high, self._last_step = math.inf, -math.inf, 0
        self.update()

    def set_total_steps(self, n: int) -> None:
        self.total_steps = max(0, int(n))
        self.update()

    def add_loss(self, step: int, loss: float) -> None:
        if not math.isfinite(loss):
            return  # a diverging run's nan or inf would wipe out the axis for every other point
        bucket = self._buckets.get(step // self._stride)
        if bucket is None:
            self._buckets[step // self._stride] = [step, loss, 1, loss, loss]
        else:
            bucket[0] += step
            bucket[1] += loss
            bucket[2] += 1
            bucket[3], bucket[4] = min(bucket[3], loss), max(bucket[4], loss)
        if len(self._buckets) > MAX_BUCKETS:
            self._coarsen()
        self.loss_count += 1
        self._low, self._high = min(self._low, loss), max(self._high, loss)
        self._last_step = max(self._last_step, step)
        self._curve = None
        self.update()  # queued: Qt paints once per frame, however many points arrive

    def add_dev(self, step: int, value: float) -> None:
        self._dev.append((step, min(max(float(value), 0.0), 1.0)))
        self._last_step = max(self._last_step, step)
        self.update()

    def _coarsen(self) -> None:
        self._stride *= 2
        merged: dict[int, list[float]] = {}
        for key in sorted(self._buckets):
            b = self._buckets[key]
            into = merged.setdefault(key // 2, [0, 0, 0, b[3], b[4]])
            into[0], into[1], into[2] = into[0] + b[0], into[1] + b[1], into[2] + b[2]
            into[3], into[4] = min(into[3], b[3]), max(into[4], b[4])
        self._buckets = merged

    def curve(self) -> list[tuple[float, float, float, float]]:
        """The drawn points: (mean step, mean loss, lowest loss, highest loss) per bucket."""
        if self._curve is None:
            self._curve = [(b[0] / b[2], b[1] / b[2], b[3], b[4])
                           for _, b in sorted(self._buckets.items())]
        return self._curve

    def dev_points(self) -> list[tuple[int, float]]:
        return sorted(self._dev)

    def x_range(self) -> tuple[float, float]:
        return 0.0, float(max(self.total_steps, self._last_step, 1))

    def y_range(self) -> tuple[float, float]:
        """The loss axis: from 0 (or the lowest loss) up to a round value above the highest."""
        if not self._buckets:
            return 0.0, 1.0
        low, high = min(0.0, self._low), self._high
        step = nice_step(max(high - low, 1e-9) / 4)
        return math.floor(low / step) * step, max(math.ceil(high / step) * step, low + step)

    def plot_rect(self) -> QRectF:
        metrics = self.fontMetrics()
        line = metrics.height()
        low, high = self.y_range()
        y_ticks = ticks(low, high, 4)
        step = y_ticks[1] - y_ticks[0] if len(y_ticks) > 1 else 1.0
        left = max((metrics.horizontalAdvance(tick_text(v, step)) for v in y_ticks), default=0) + 8
        right = metrics.horizontalAdvance("0.00") + 8
        return QRectF(left, line + 8, max(1, self.width() - left - right),
                      max(1, self.height() - 3 * line - 14))

    def _to_screen(self, plot: QRectF, x: float, y: float, y_range: tuple[float, float]) -> QPointF:
        x0, x1 = self.x_range()
        y0, y1 = y_range
        return QPointF(plot.left() + (x - x0) / (x1 - x0) * plot.width(),
                       plot.bottom() - (y - y0) / (y1 - y0) * plot.height())

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(line * 30, line * 16)

    def minimumSizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(line * 14, line * 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette, metrics = self.palette(), self.fontMetrics()
        text = palette.color(QPalette.WindowText)
        if not self._buckets and not self._dev:
            painter.setPen(faint(text, 160))
            painter.drawText(self.rect().adjusted(8, 8, -8, -8), Qt.AlignCenter | Qt.TextWordWrap,
                             self.tr("The loss curve appears here while the student trains."))
            return
        plot, line = self.plot_rect(), metrics.height()
        painter.fillRect(plot, palette.color(QPalette.Base))
        loss_range, rows = self.y_range(), max(2, int(plot.height() // (line * 2)))
        self._y_axis(painter, plot, loss_range, min(rows, 4), text, right=False)
        self._y_axis(painter, plot, (0.0, 1.0), min(rows, 5), text, right=True)
        x_ticks = ticks(*self.x_range(), max(2, int(plot.width() // (metrics.horizontalAdvance(
            "000000") * 1.5))))
        x_step = max(x_ticks[1] - x_ticks[0] if len(x_ticks) > 1 else 1.0, 1.0)
        for v in x_ticks:
            at = self._to_screen(plot, v, 0, loss_range).x()
            painter.setPen(faint(text, 35))
            painter.drawLine(QPointF(at, plot.top()), QPointF(at, plot.bottom()))
            painter.setPen(text)
            painter.drawText(QRectF(at - 40, plot.bottom() + 2, 80, line), Qt.AlignCenter,
                             tick_text(v, x_step))
        painter.drawText(QRectF(plot.left(), plot.bottom() + line + 4, plot.width(), line),
                         Qt.AlignCenter, self.tr("step"))
        painter.setPen(faint(text, 120))
        painter.drawRect(plot)
        self._paint_data(painter, plot, loss_range)
        self._paint_legend(painter, plot, text)

    def _y_axis(self, painter: QPainter, plot: QRectF, y_range: tuple[float, float], count: int,
                text: QColor, right: bool) -> None:
        """Tick labels left (loss, with grid lines) or right (dev macro-F1) of the plot."""
        values, line = ticks(*y_range, count), self.fontMetrics().height()
        step = values[1] - values[0] if len(values) > 1 else 1.0
        for v in values:
            at = self._to_screen(plot, 0, v, y_range).y()
            if not right:
                painter.setPen(faint(text, 35))
                painter.drawLine(QPointF(plot.left(), at), QPointF(plot.right(), at))
            painter.setPen(text)
            box = (QRectF(plot.right() + 4, at - line / 2, self.width() - plot.right() - 4, line)
                   if right else QRectF(0, at - line / 2, plot.left() - 6, line))
            painter.drawText(box, (Qt.AlignLeft if right else Qt.AlignRight) | Qt.AlignVCenter,
                             tick_text(v, step))

    def _paint_data(self, painter: QPainter, plot: QRectF, loss_range: tuple[float, float]) -> None:
        painter.save()
        painter.setClipRect(plot)
        painter.setRenderHint(QPainter.Antialiasing)
        curve = self.curve()
        if self._stride > 1:  # merged buckets: their spread as a band behind the mean
            band = [self._to_screen(plot, x, hi, loss_range) for x, _, _, hi in curve]
            band += [self._to_screen(plot, x, lo, loss_range) for x, _, lo, _ in reversed(curve)]
            painter.setPen(Qt.NoPen)
            painter.setBrush(faint(LOSS_COLOUR, 60))
            painter.drawPolygon(QPolygonF(band))
        painter.setBrush(Qt.NoBrush)
        painter.setPen(QPen(LOSS_COLOUR, 1.5))
        painter.drawPolyline(QPolygonF([self._to_screen(plot, x, y, loss_range)
                                        for x, y, _, _ in curve]))
        dev = [self._to_screen(plot, s, v, (0.0, 1.0)) for s, v in self.dev_points()]
        painter.setPen(QPen(DEV_COLOUR, 1.5))
        painter.drawPolyline(QPolygonF(dev))
        painter.setBrush(DEV_COLOUR)
        radius = max(2.5, self.fontMetrics().height() / 6)
        for point in dev:
            painter.drawEllipse(point, radius, radius)
        painter.restore()

    def _paint_legend(self, painter: QPainter, plot: QRectF, text: QColor) -> None:
        metrics, x = self.fontMetrics(), plot.left()
        mid = 4 + metrics.height() / 2
        for colour, name in ((LOSS_COLOUR, self.tr("loss")), (DEV_COLOUR, self.tr("dev macro-F1"))):
            painter.setPen(QPen(colour, 2))
            painter.drawLine(QPointF(x, mid), QPointF(x + 16, mid))
            painter.setPen(text)
            painter.drawText(QPointF(x + 20, 4 + metrics.ascent()), name)
            x += 20 + metrics.horizontalAdvance(name) + 16

    def tooltip_at(self, pos: QPoint) -> str:
        """The loss at the step under ``pos``, and a dev score drawn close to it."""
        curve = self.curve()
        plot = self.plot_rect()
        if not curve or not plot.contains(QPointF(pos)):
            return ""
        x0, x1 = self.x_range()
        step = x0 + (pos.x() - plot.left()) / plot.width() * (x1 - x0)
        xs = [x for x, _, _, _ in curve]
        i = bisect.bisect_left(xs, step)
        x, loss, _, _ = min(curve[max(0, i - 1):i + 1], key=lambda point: abs(point[0] - step))
        lines = [self.tr("step {step}: loss {loss}").format(step=round(x), loss=f"{loss:.3f}")]
        for s, v in self.dev_points():
            if abs(self._to_screen(plot, s, v, (0.0, 1.0)).x() - pos.x()) <= 8:
                lines.append(self.tr("dev macro-F1 {value} at step {step}").format(
                    value=f"{v:.2f}", step=s))
        return "\n".join(lines)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.ToolTip and isinstance(event, QHelpEvent):
            tip = self.tooltip_at(event.pos())
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

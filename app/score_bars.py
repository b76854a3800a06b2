"""The scoreboard as bars: macro-F1 per teacher and student on one 0–1 scale.

A dashed line at the best teacher's score shows at a glance which students beat it. Model names
are data: drawn and shown as plain text. Colours follow the palette (light and dark themes).
"""

from __future__ import annotations

from typing import Optional, Sequence

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from app.heat_map import faint
from app.widgets import plain_tooltip

TEACHER_COLOUR = QColor("#b07aa1")  # the label colours' purple (app/review_model.py)
STUDENT_COLOUR = QColor("#4e79a7")  # and blue
ROW_PADDING = 8
NAME_SHARE = 0.35  # at most this share of the width for the names


class ScoreBars(QWidget):
    """Macro-F1 per model on a 0–1 scale; a dashed line at the teacher's score."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, Optional[float], str]] = []  # name, macro-F1, kind
        self.setAccessibleName(self.tr("Scores: macro-F1 per model"))

    def set_rows(self, rows: Sequence[tuple[str, Optional[float], str]]) -> None:
        self.rows = [(name, None if v is None else min(max(float(v), 0.0), 1.0), kind)
                     for name, v, kind in rows]
        self.setAccessibleDescription("; ".join(self.row_text(i) for i in range(len(self.rows))))
        self.updateGeometry()
        self.update()

    def teacher_value(self) -> Optional[float]:
        """The best teacher's score: the one a student has to beat."""
        values = [v for _, v, kind in self.rows if kind == "teacher" and v is not None]
        return max(values) if values else None

    def row_text(self, i: int) -> str:
        name, value, kind = self.rows[i]
        kind_text = self.tr("teacher") if kind == "teacher" else self.tr("student")
        if value is None:
            return self.tr("{name} ({kind}): not scored yet").format(name=name, kind=kind_text)
        said = self.tr("{name} ({kind}): macro-F1 {value}").format(
            name=name, kind=kind_text, value=f"{value:.2f}")
        teacher = self.teacher_value()
        if kind != "teacher" and teacher is not None:
            said += " · " + self.tr("{delta} against the teacher").format(
                delta=f"{value - teacher:+.2f}")
        return said

    def _row_height(self) -> int:
        return self.fontMetrics().height() + ROW_PADDING

    def _bar_span(self) -> tuple[float, float]:
        """(x, width) of the 0–1 scale, right of the names, leaving room for a value after 1.0."""
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(name) for name, _, _ in self.rows), default=0)
        names_w = min(self.width() * NAME_SHARE, widest + 16)
        return names_w, max(10.0, self.width() - names_w - metrics.horizontalAdvance("0.00") - 12)

    def teacher_line_x(self) -> Optional[int]:
        value = self.teacher_value()
        if value is None:
            return None
        x, width = self._bar_span()
        return round(x + width * value)

    def row_at(self, pos: QPoint) -> Optional[int]:
        row = pos.y() // self._row_height()
        return row if 0 <= row < len(self.rows) else None

    def sizeHint(self) -> QSize:
        return QSize(360, (max(1, len(self.rows)) + 1) * self._row_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(200, (max(1, len(self.rows)) + 1) * self._row_height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        metrics, text = self.fontMetrics(), self.palette().color(QPalette.WindowText)
        if not self.rows:
            painter.setPen(faint(text, 160))
            painter.drawText(self.rect().adjusted(8, 8, -8, -8), Qt.AlignCenter | Qt.TextWordWrap,
                             self.tr("Scores appear here once a model is evaluated."))
            return
        painter.setRenderHint(QPainter.Antialiasing)
        row_h, (bar_x, bar_w) = self._row_height(), self._bar_span()
        for i, (name, value, kind) in enumerate(self.rows):
            y = i * row_h
            painter.setPen(text)
            painter.drawText(QRectF(0, y, bar_x - 8, row_h), Qt.AlignVCenter | Qt.AlignLeft,
                             metrics.elidedText(name, Qt.ElideRight, int(bar_x) - 8))
            track = QRectF(bar_x, y + 3, bar_w, row_h - 6)
            painter.setPen(Qt.NoPen)
            painter.setBrush(faint(text, 28))
            painter.drawRoundedRect(track, 3, 3)
            if value is None:  # grey words in the empty track
                painter.setPen(faint(text, 140))
                painter.drawText(track.adjusted(6, 0, 0, 0), Qt.AlignVCenter | Qt.AlignLeft,
                                 self.tr("not scored yet"))
                continue
            painter.setBrush(TEACHER_COLOUR if kind == "teacher" else STUDENT_COLOUR)
            painter.drawRoundedRect(QRectF(bar_x, track.y(), bar_w * value, track.height()), 3, 3)
            painter.setPen(text)
            painter.drawText(QRectF(bar_x + bar_w * value + 4, y, 60, row_h),
                             Qt.AlignVCenter | Qt.AlignLeft, f"{value:.2f}")
        line_x = self.teacher_line_x()
        if line_x is not None:
            painter.setRenderHint(QPainter.Antialiasing, False)  # a crisp one-pixel dash
            painter.setPen(QPen(text, 1, Qt.DashLine))
            painter.drawLine(line_x, 0, line_x, len(self.rows) * row_h)
        self._paint_legend(painter, len(self.rows) * row_h, row_h, text, line_x is not None)

    def _paint_legend(self, painter: QPainter, y: int, row_h: int, text: QColor,
                      with_line: bool) -> None:
        metrics, mid = self.fontMetrics(), y + row_h / 2
        entries: list[tuple[Optional[QColor], str]] = [
            (TEACHER_COLOUR, self.tr("teacher")), (STUDENT_COLOUR, self.tr("student"))]
        entries += [(None, self.tr("teacher's score"))] if with_line else []
        # Under the bars, or moved left as far as it takes to fit a narrow widget.
        needed = sum(28 + metrics.horizontalAdvance(name) for _, name in entries)
        x = max(0.0, min(self._bar_span()[0], self.width() - needed))
        for colour, name in entries:
            if colour is None:
                painter.setPen(QPen(text, 1, Qt.DashLine))
                painter.drawLine(QPointF(x + 5, mid - 6), QPointF(x + 5, mid + 6))
            else:
                painter.setPen(Qt.NoPen)
                painter.setBrush(colour)
                painter.drawRect(QRectF(x, mid - 5, 10, 10))
            painter.setPen(text)
            painter.drawText(QRectF(x + 14, y, metrics.horizontalAdvance(name) + 4, row_h),
                             Qt.AlignVCenter | Qt.AlignLeft, name)
            x += 14 + metrics.horizontalAdvance(name) + 14

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.ToolTip and isinstance(event, QHelpEvent):
            row = self.row_at(event.pos())
            if row is None:
                QToolTip.hideText()
            else:  # model names are data: shown as plain text
                QToolTip.showText(event.globalPos(), plain_tooltip(self.row_text(row)), self)
            return True
        return super().event(event)

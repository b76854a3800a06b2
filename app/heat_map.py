"""The confusion matrix of an evaluation, painted as a heat map.

Rows are the true labels, columns the predicted ones. A cell's colour deepens with its share of
its row (blue on the diagonal, orange off it), so a rare label's confusions stand out as much as a
common one's. Clicking a cell, or pressing Enter on the highlighted one, emits ``cellClicked`` so
the Evaluate page can list those examples. Label names are data: drawn and shown as plain text.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional, Sequence

from PySide6 import QtGui
from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (QColor, QFont, QFontMetrics, QHelpEvent, QKeyEvent, QMouseEvent,
                           QPainter, QPaintEvent, QPalette, QPen)
from PySide6.QtWidgets import QToolTip, QWidget

from app.review_model import ink_for
from app.widgets import plain_tooltip

DIAGONAL = QColor("#4e79a7")  # right answers: the first label colour's blue
OFF_DIAGONAL = QColor("#f28e2b")  # confusions: its orange
NAME_SHARE = 0.3  # at most this share of the width (row names) or height (column names)
GAP = 4


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved a share ``t`` of the way to ``b`` (opaque, so ``ink_for`` can judge it)."""
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * t,
                           a.greenF() + (b.greenF() - a.greenF()) * t,
                           a.blueF() + (b.blueF() - a.blueF()) * t)


def faint(colour: QColor, alpha: int) -> QColor:
    """``colour`` see-through: grid lines and muted text that follow the palette's text colour."""
    result = QColor(colour)
    result.setAlpha(alpha)
    return result


def scaled_font(font: QFont, factor: float) -> QFont:
    """``font`` at ``factor`` of its size, whether it was set in points or pixels (HiDPI-safe)."""
    smaller = QFont(font)
    if font.pointSizeF() > 0:
        smaller.setPointSizeF(font.pointSizeF() * factor)
    else:
        smaller.setPixelSize(max(1, round(font.pixelSize() * factor)))
    return smaller


@dataclass
class _Layout:
    left: float  # x of the grid
    top: float  # y of the grid
    cell: float  # side of a (square) cell
    names_w: float  # width of the row names' column
    header_h: float  # height of the column names' row
    rotated: bool  # column names stand upright when they do not fit across a cell


class ConfusionHeatMap(QWidget):
    cellClicked = Signal(str, str)  # true label, predicted label

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.labels: list[str] = []
        self.matrix: list[list[int]] = []
        self.current: tuple[int, int] = (0, 0)  # the highlighted cell (row, column)
        self._pressed: Optional[tuple[int, int]] = None
        self.setFocusPolicy(Qt.StrongFocus)
        self.setAccessibleName(self.tr("Confusion matrix: true labels by row, predicted by column"))

    def set_matrix(self, labels: Sequence[str], matrix: Sequence[Sequence[int]]) -> None:
        n = len(labels)
        if len(matrix) != n or any(len(row) != n for row in matrix):
            raise ValueError(f"a confusion matrix for {n} labels needs {n} rows of {n} counts")
        self.labels = list(labels)
        self.matrix = [[int(count) for count in row] for row in matrix]
        last = max(0, n - 1)
        self.current = (min(self.current[0], last), min(self.current[1], last))
        self._describe()
        self.updateGeometry()
        self.update()

    def share(self, row: int, col: int) -> float:
        """The cell's count as a share of its row (0 for a label with no examples)."""
        total = sum(self.matrix[row])
        return self.matrix[row][col] / total if total else 0.0

    def cell_text(self, row: int, col: int) -> str:
        return self.tr("true {true}, predicted {predicted}: {n} ({p} % of {true})").format(
            true=self.labels[row], predicted=self.labels[col], n=self.matrix[row][col],
            p=f"{self.share(row, col) * 100:.0f}")

    def _layout(self) -> _Layout:
        metrics = self.fontMetrics()
        n, line = max(1, len(self.labels)), metrics.height()
        widest = max((metrics.horizontalAdvance(name) for name in self.labels), default=0) + 8
        names_w = min(widest, self.width() * NAME_SHARE)
        left = line + GAP + names_w  # the "true" title, then the row names
        header_h = line + GAP
        cell = min((self.width() - left - 1) / n, (self.height() - line - header_h - 1) / n)
        # Names stand up when lying across a cell would elide them to fewer than ~8 characters.
        rotated = cell < min(widest, metrics.averageCharWidth() * 8 + 8)
        if rotated:
            header_h = min(widest, self.height() * NAME_SHARE)
            cell = min((self.width() - left - 1) / n, (self.height() - line - header_h - 1) / n)
        return _Layout(left, line + header_h, max(cell, 1.0), names_w, header_h, rotated)

    def cell_rect(self, row: int, col: int) -> QRect:
        lay = self._layout()
        x0, y0 = round(lay.left + col * lay.cell), round(lay.top + row * lay.cell)
        x1, y1 = round(lay.left + (col + 1) * lay.cell), round(lay.top + (row + 1) * lay.cell)
        return QRect(x0, y0, x1 - x0, y1 - y0)

    def cell_at(self, pos: QPoint) -> Optional[tuple[int, int]]:
        """(row, column) of the cell under ``pos``, or None outside the grid."""
        if not self.labels:
            return None
        lay = self._layout()
        col = math.floor((pos.x() - lay.left) / lay.cell)
        row = math.floor((pos.y() - lay.top) / lay.cell)
        n = len(self.labels)
        return (row, col) if 0 <= row < n and 0 <= col < n else None

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        line, n = metrics.height(), max(2, len(self.labels))
        names = min(max((metrics.horizontalAdvance(s) for s in self.labels), default=0) + 8, 200)
        side = min(n * line * 2, 560)
        return QSize(line + GAP + names + side, line * 2 + GAP + side).expandedTo(
            self.minimumSizeHint())

    def minimumSizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(line * 12, line * 10)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        text = palette.color(QPalette.WindowText)
        if not self.labels:
            painter.setPen(faint(text, 160))
            painter.drawText(self.rect().adjusted(8, 8, -8, -8), Qt.AlignCenter | Qt.TextWordWrap,
                             self.tr("The confusion matrix appears here after an evaluation."))
            return
        lay, n = self._layout(), len(self.labels)
        self._paint_names(painter, lay, text)
        base = palette.color(QPalette.Base)
        counts_font = self._counts_font(lay.cell)
        if counts_font is not None:
            painter.setFont(counts_font)
        zero = faint(text, 90)
        for r in range(n):
            for c in range(n):
                rect, count = self.cell_rect(r, c), self.matrix[r][c]
                hue = DIAGONAL if r == c else OFF_DIAGONAL
                fill = mix(base, hue, 0.12 + 0.88 * self.share(r, c)) if count else base
                painter.fillRect(rect, fill)
                if counts_font is not None:
                    painter.setPen(ink_for(fill) if count else zero)
                    painter.drawText(rect, Qt.AlignCenter, str(count))
        painter.setPen(faint(text, 40))
        painter.setBrush(Qt.NoBrush)
        span = n * lay.cell
        x, y = lay.left, lay.top
        for i in range(1, n):  # cell borders, so runs of empty cells still read as a grid
            at = i * lay.cell
            painter.drawLine(QPointF(x + at, y), QPointF(x + at, y + span))
            painter.drawLine(QPointF(x, y + at), QPointF(x + span, y + at))
        painter.drawRect(QRectF(lay.left, lay.top, span, span))
        if self.hasFocus():  # the keyboard's cell, in the palette's own selection colour
            painter.setPen(QPen(palette.color(QPalette.Highlight), 2))
            painter.drawRect(self.cell_rect(*self.current).adjusted(1, 1, -1, -1))

    def _counts_font(self, cell: float) -> Optional[QFont]:
        """The widget's font, or a smaller one, in which every count fits its cell; else None."""
        widest = str(max(max(row) for row in self.matrix))
        for factor in (1.0, 0.75):
            font = scaled_font(self.font(), factor)
            metrics = QFontMetrics(font)
            if metrics.height() <= cell and metrics.horizontalAdvance(widest) + 4 <= cell:
                return font
        return None  # too small to read: the tooltips still say it

    def _paint_names(self, painter: QPainter, lay: _Layout, text: QColor) -> None:
        n, line = len(self.labels), self.fontMetrics().height()
        painter.setPen(text)
        span = n * lay.cell
        painter.drawText(QRectF(lay.left, 0, span, line), Qt.AlignCenter, self.tr("predicted"))
        painter.save()
        painter.translate(0, lay.top + span / 2)
        painter.rotate(-90)
        painter.drawText(QRectF(-span / 2, 0, span, line), Qt.AlignCenter, self.tr("true"))
        painter.restore()
        # Small cells get a smaller font, and if even that overlaps, every k-th name only.
        font = self.font() if line <= lay.cell else scaled_font(self.font(), 0.8)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        every = max(1, math.ceil(metrics.height() / lay.cell))
        # A name's box is at least a line high: drawText clips to its box, and a cell may be less.
        tall = max(lay.cell, metrics.height())
        for i in range(0, n, every):
            offset = i * lay.cell
            name = metrics.elidedText(self.labels[i], Qt.ElideRight, int(lay.names_w) - 6)
            painter.drawText(QRectF(line + GAP, lay.top + offset + (lay.cell - tall) / 2,
                                    lay.names_w - 6, tall), Qt.AlignVCenter | Qt.AlignRight, name)
            x = lay.left + offset
            if lay.rotated:
                painter.save()
                painter.translate(x + lay.cell / 2, lay.top - 2)
                painter.rotate(-90)
                name = metrics.elidedText(self.labels[i], Qt.ElideRight, int(lay.header_h) - 6)
                painter.drawText(QRectF(0, -tall / 2, lay.header_h - 6, tall),
                                 Qt.AlignVCenter | Qt.AlignLeft, name)
                painter.restore()
            else:
                name = metrics.elidedText(self.labels[i], Qt.ElideRight, int(lay.cell) - 4)
                painter.drawText(QRectF(x, line, lay.cell, lay.header_h - 2),
                                 Qt.AlignHCenter | Qt.AlignBottom, name)
        painter.setFont(self.font())

    def _move_to(self, cell: tuple[int, int]) -> None:
        self.current = cell
        self._describe()
        self.update()

    def _describe(self) -> None:
        """Screen readers hear the highlighted cell as it moves."""
        self.setAccessibleDescription(self.cell_text(*self.current) if self.labels else "")

    def _emit(self, cell: tuple[int, int]) -> None:
        self.cellClicked.emit(self.labels[cell[0]], self.labels[cell[1]])

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed = self.cell_at(event.position().toPoint())
        if self._pressed is not None and event.button() == Qt.LeftButton:
            self._move_to(self._pressed)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        # A click is a press and a release on the same cell, as with a button.
        cell = self.cell_at(event.position().toPoint())
        if event.button() == Qt.LeftButton and cell is not None and cell == self._pressed:
            self._emit(cell)
        self._pressed = None
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        moves = {Qt.Key_Left: (0, -1), Qt.Key_Right: (0, 1),
                 Qt.Key_Up: (-1, 0), Qt.Key_Down: (1, 0)}
        key, last = event.key(), len(self.labels) - 1
        if self.labels and key in moves:
            dr, dc = moves[key]
            r, c = self.current
            self._move_to((min(max(r + dr, 0), last), min(max(c + dc, 0), last)))
        elif self.labels and key in (Qt.Key_Return, Qt.Key_Enter, Qt.Key_Space):
            self._emit(self.current)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QtGui.QFocusEvent) -> None:
        self.update()  # show the highlight
        super().focusInEvent(event)

    def focusOutEvent(self, event: QtGui.QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.ToolTip and isinstance(event, QHelpEvent):
            cell = self.cell_at(event.pos())
            if cell is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), plain_tooltip(self.cell_text(*cell)), self)
            return True
        return super().event(event)

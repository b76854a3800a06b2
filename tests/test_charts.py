"""The Train and Evaluate pages' charts: a live loss curve, a confusion heat map, scoreboard bars.

Each chart is painted offscreen and judged by its pixels and its public state: the curve stays
light with 20,000 steps, a click or Enter on a heat-map cell names its (true, predicted) pair, the
teacher's dashed line is where its score is, and a dark palette gives light text.
"""

from __future__ import annotations

import math
import random

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette

from app.charts import MAX_BUCKETS, ConfusionHeatMap, LossPlot, ScoreBars, nice_step, ticks
from app.widgets import plain_tooltip

SIZES = [(120, 90), (420, 260), (1200, 700)]
LABELS = ["positive", "negative", "neutral"]
MATRIX = [[50, 3, 2], [4, 40, 0], [1, 6, 30]]


def image(widget) -> QImage:
    picture = widget.grab()
    assert not picture.isNull()
    return picture.toImage()


def make(qtbot, cls, size=(420, 260)):
    widget = cls()
    qtbot.addWidget(widget)
    widget.resize(*size)
    return widget


def dark_palette() -> QPalette:
    palette = QPalette(QColor("#202020"))  # Qt derives light text from a dark button colour
    palette.setColor(QPalette.Base, QColor("#101010"))
    return palette


def lightness_counts(picture: QImage) -> tuple[int, int]:
    """(pixels near white, pixels near black), sampled every other pixel."""
    light = dark = 0
    for y in range(0, picture.height(), 2):
        for x in range(0, picture.width(), 2):
            value = picture.pixelColor(x, y).lightness()
            light += value > 200
            dark += value < 60
    return light, dark


def train(plot: LossPlot, steps: int) -> list[float]:
    rng = random.Random(5)
    losses = [2.0 * math.exp(-i / 3000) + rng.random() * 0.3 for i in range(steps)]
    for step, loss in enumerate(losses):
        plot.add_loss(step, loss)
    return losses


def test_tick_values_are_round_and_cover_the_range():
    assert nice_step(0.37) == pytest.approx(0.5) and nice_step(1300) == 2000 and nice_step(0) == 1
    assert ticks(0, 1, 5) == [0, 0.2, 0.4, 0.6, 0.8, 1.0]
    assert ticks(0, 20000, 4) == [0, 5000, 10000, 15000, 20000]


@pytest.mark.parametrize("size", SIZES + [(10, 10)])
def test_loss_plot_paints_the_curve_at_any_size(qtbot, size):
    plot = make(qtbot, LossPlot, size)
    empty = image(plot)
    plot.set_total_steps(500)
    train(plot, 300)
    plot.add_dev(250, 0.6)
    drawn = image(plot)
    assert drawn != empty or size == (10, 10)
    plot.clear()
    assert plot.loss_count == 0 and plot.total_steps == 0 and image(plot) == empty


def test_loss_plot_stays_light_with_twenty_thousand_steps(qtbot):
    plot = make(qtbot, LossPlot, (800, 400))
    plot.set_total_steps(25_000)
    losses = train(plot, 20_000)
    assert plot.loss_count == 20_000
    curve = plot.curve()
    assert MAX_BUCKETS // 2 <= len(curve) <= MAX_BUCKETS
    assert [x for x, *_ in curve] == sorted(x for x, *_ in curve)
    assert min(lo for *_, lo, _ in curve) == min(losses)
    assert max(hi for *_, hi in curve) == max(losses)
    x0, x1 = plot.x_range()
    assert x0 <= 0 and x1 == 25_000  # fixed by the run's total, not by the steps seen so far
    y0, y1 = plot.y_range()
    assert y0 <= min(losses) and y1 >= max(losses)
    assert not image(plot).isNull()


def test_loss_plot_widens_its_axis_past_the_announced_total(qtbot):
    plot = make(qtbot, LossPlot)
    plot.set_total_steps(100)
    plot.add_loss(0, 5.0)
    plot.add_loss(150, 7.5)
    plot.add_loss(160, float("nan"))  # a diverging step does not wreck the axis
    assert plot.loss_count == 2
    assert plot.x_range()[1] >= 150 and plot.y_range()[1] >= 7.5
    assert "step 150: loss 7.500" in plot.tooltip_at(QPoint(plot.plot_rect().right() - 1,
                                                             plot.plot_rect().center().y()))


def test_loss_plot_draws_dev_scores_on_their_own_axis(qtbot):
    plot = make(qtbot, LossPlot)
    plot.set_total_steps(300)
    train(plot, 300)
    without = image(plot)
    for epoch, score in enumerate((0.4, 0.55, 1.7), start=1):
        plot.add_dev(epoch * 100, score)
    assert plot.dev_points() == [(100, 0.4), (200, 0.55), (300, 1.0)]  # clamped to 0..1
    assert image(plot) != without


def test_loss_plot_repaints_once_for_a_burst_of_points(qtbot):
    plot = make(qtbot, LossPlot)
    painted = []
    original = plot.paintEvent
    plot.paintEvent = lambda event: (painted.append(1), original(event))
    plot.show()
    qtbot.waitExposed(plot)
    qtbot.wait(50)
    painted.clear()
    train(plot, 2000)
    assert not painted  # nothing painted synchronously per point
    qtbot.waitUntil(lambda: bool(painted))
    assert len(painted) <= 3


@pytest.mark.parametrize("size", SIZES)
def test_heat_map_paints_counts(qtbot, size):
    heat = make(qtbot, ConfusionHeatMap, size)
    empty = image(heat)
    heat.set_matrix(LABELS, MATRIX)
    assert image(heat) != empty


def test_heat_map_cells_map_clicks_to_true_and_predicted(qtbot):
    heat = make(qtbot, ConfusionHeatMap, (500, 400))
    heat.set_matrix(LABELS, MATRIX)
    heat.show()
    qtbot.waitExposed(heat)
    for row in range(3):
        for col in range(3):
            rect = heat.cell_rect(row, col)
            assert rect.width() > 10 and heat.cell_at(rect.center()) == (row, col)
            with qtbot.waitSignal(heat.cellClicked) as blocker:
                qtbot.mouseClick(heat, Qt.LeftButton, pos=rect.center())
            assert blocker.args == [LABELS[row], LABELS[col]]
            assert heat.current == (row, col)
    assert heat.cell_at(QPoint(1, 1)) is None
    corner = heat.cell_rect(2, 2).bottomRight()
    assert heat.cell_at(corner + QPoint(2, 2)) is None


def test_heat_map_keyboard_moves_the_highlight_and_enter_emits(qtbot):
    heat = make(qtbot, ConfusionHeatMap, (500, 400))
    heat.set_matrix(LABELS, MATRIX)
    heat.show()
    qtbot.waitExposed(heat)
    heat.activateWindow()
    qtbot.waitActive(heat)
    heat.setFocus()
    qtbot.waitUntil(heat.hasFocus)
    assert heat.focusPolicy() & Qt.TabFocus and heat.accessibleName()
    at_first_cell = image(heat)
    for key in (Qt.Key_Left, Qt.Key_Up, Qt.Key_Right, Qt.Key_Down, Qt.Key_Right, Qt.Key_Right,
                Qt.Key_Right):
        qtbot.keyClick(heat, key)
    assert heat.current == (1, 2)  # clamped at the edges
    assert heat.accessibleDescription() == "true negative, predicted neutral: 0 (0 % of negative)"
    with qtbot.waitSignal(heat.cellClicked) as blocker:
        qtbot.keyClick(heat, Qt.Key_Return)
    assert blocker.args == ["negative", "neutral"]
    assert image(heat) != at_first_cell


def test_heat_map_tooltip_text_and_shares(qtbot):
    heat = make(qtbot, ConfusionHeatMap)
    heat.set_matrix(["a", "<b>b</b>"], [[7, 3], [0, 0]])  # the second label was never seen
    assert heat.cell_text(0, 1) == "true a, predicted <b>b</b>: 3 (30 % of a)"
    assert heat.share(1, 0) == 0.0 and heat.cell_text(1, 1).endswith("0 (0 % of <b>b</b>)")
    shown = plain_tooltip(heat.cell_text(0, 1))
    assert "<b>" not in shown and "&lt;b&gt;" in shown  # a label name is never markup
    with pytest.raises(ValueError):
        heat.set_matrix(["a", "b"], [[1, 2]])


@pytest.mark.parametrize("size", [(300, 240), (700, 600), (1400, 1000)])
def test_heat_map_paints_thirty_long_labels(qtbot, size):
    heat = make(qtbot, ConfusionHeatMap, size)
    labels = [f"a rather long label name number {i}" for i in range(30)]
    rng = random.Random(30)
    heat.set_matrix(labels, [[rng.randint(0, 9) + 200 * (r == c) for c in range(30)]
                             for r in range(30)])
    drawn = image(heat)
    last = heat.cell_rect(29, 29)
    assert heat.rect().contains(last) and heat.cell_at(last.center()) == (29, 29)
    assert drawn.pixelColor(heat.cell_rect(29, 29).center()) != drawn.pixelColor(
        heat.cell_rect(29, 28).center())  # diagonal and confusion hues differ
    assert heat.sizeHint().width() >= heat.minimumSizeHint().width()


def test_score_bars_draw_the_teacher_line_and_unscored_models(qtbot):
    bars = make(qtbot, ScoreBars, (420, 140))
    empty = image(bars)
    rows = [("qwen teacher", 0.71, "teacher"), ("student 1", 0.75, "student"),
            ("student 2", None, "student")]
    bars.set_rows(rows)
    with_teacher = image(bars)
    assert with_teacher != empty and bars.teacher_value() == pytest.approx(0.71)
    line_x = bars.teacher_line_x()
    bars.set_rows([(name, None if kind == "teacher" else value, kind)
                   for name, value, kind in rows])
    assert bars.teacher_value() is None and bars.teacher_line_x() is None
    without_teacher = image(bars)
    column = [y for y in range(3 * bars.fontMetrics().height())
              if with_teacher.pixelColor(line_x, y) != without_teacher.pixelColor(line_x, y)]
    assert column  # the dashed line runs down the rows at the teacher's score
    bars.set_rows([("s", None, "student")])
    assert "not scored yet" in bars.row_text(0) and image(bars) != empty
    bars.set_rows(rows)
    assert bars.row_text(1) == "student 1 (student): macro-F1 0.75 · +0.04 against the teacher"
    assert bars.row_at(QPoint(5, 1)) == 0 and bars.row_at(QPoint(5, 10_000)) is None


def test_every_chart_reads_in_a_dark_palette(qtbot):
    plot = make(qtbot, LossPlot)
    train(plot, 200)
    heat = make(qtbot, ConfusionHeatMap)
    heat.set_matrix(LABELS, MATRIX)
    bars = make(qtbot, ScoreBars, (420, 140))
    bars.set_rows([("teacher", 0.7, "teacher"), ("student", 0.8, "student")])
    for widget in (plot, heat, bars):
        light_before, _ = lightness_counts(image(widget))
        widget.setPalette(dark_palette())
        text = widget.palette().color(QPalette.WindowText)
        assert text.lightness() - widget.palette().color(QPalette.Window).lightness() > 100
        light, dark = lightness_counts(image(widget))
        assert dark > light > 0  # a dark chart whose text and lines are drawn light
        assert light_before > light  # a light palette draws on light


def test_size_hints_are_sane(qtbot):
    for cls in (LossPlot, ConfusionHeatMap, ScoreBars):
        widget = make(qtbot, cls)
        hint, minimum = widget.sizeHint(), widget.minimumSizeHint()
        assert hint.width() >= minimum.width() > 0 and hint.height() >= minimum.height() > 0

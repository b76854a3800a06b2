"""One scored model in detail, for the Evaluate page: where it goes wrong on the gold set.

The confusion heat map (app/heat_map.py), a per-label table (precision, recall, F1, support) and
the gold texts it labelled wrongly. Clicking a heat-map cell lists that cell's texts (right answers
too, on the diagonal); "Show all" goes back to every mistake. Gold texts are the user's and label
names may come from a teacher's reply: every one is shown as plain text, laid out in its own
direction (Arabic, Hebrew, N'Ko… right to left).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton,
                               QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from app.charts import ConfusionHeatMap
from app.widgets import plain_label, plain_tooltip
from core.project import Evaluation, Project
from core.teacher_scoring import NO_ANSWER
from core.text_direction import direction_of


def read_only_table(columns: Sequence[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(list(columns))
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(QAbstractItemView.SingleSelection)
    table.setTabKeyNavigation(False)  # Tab leaves the table: keyboard users reach the next widget
    table.setAccessibleName(name)
    return table


@dataclass
class Answer:
    """One gold text as the model answered it."""
    sample_id: int
    text: str
    true: str
    predicted: str  # the confusion matrix's name for it: NO_ANSWER (or its variant) when empty


def no_answer_name(labels: Sequence[str], project_labels: Sequence[str]) -> str:
    """The confusion column for unusable replies: NO_ANSWER, spaced out if a label is called so."""
    return next((name for name in labels if name.strip() == NO_ANSWER
                 and name not in project_labels), NO_ANSWER)


def answers(project: Project, evaluation: Evaluation) -> list[Answer]:
    """Every gold text of ``evaluation`` that still exists: its text, label and the answer."""
    gold = {s.id: s for s in project.samples(source="gold")}
    missing = no_answer_name(evaluation.report.get("labels", []), project.label_names)
    out = []
    for sample_id, predicted in evaluation.predictions:
        sample = gold.get(sample_id)
        if sample is not None:  # a gold text deleted since: the evaluation is stale anyway
            out.append(Answer(sample_id, sample.text, sample.label, predicted or missing))
    return out


class ScoreDetails(QWidget):
    """Heat map | per-label table above the list of mistakes, for the selected scoreboard row."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.answers: list[Answer] = []
        self.default_direction = "ltr"  # the project language's: for texts with no letters
        self.pair: Optional[tuple[str, str]] = None  # the (true, predicted) cell being listed
        self.title = plain_label()
        self.heat_map = ConfusionHeatMap()
        self.heat_map.cellClicked.connect(self.show_pair)
        self.per_label = read_only_table(
            [self.tr("Label"), self.tr("Precision"), self.tr("Recall"), self.tr("F1"),
             self.tr("Support")], self.tr("Scores per label"))
        tips = (self.tr("Of the texts the model gave this label, the share that really have it."),
                self.tr("Of the texts that have this label, the share the model found."),
                self.tr("Precision and recall in one figure (their harmonic mean): 1.0 is "
                        "perfect."),
                self.tr("How many gold texts have this label."))
        for column, tip in enumerate(tips, start=1):
            self.per_label.horizontalHeaderItem(column).setToolTip(tip)
        self.per_label.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.list_title = plain_label()
        self.show_all_button = QPushButton(self.tr("Show all"))
        self.show_all_button.setToolTip(self.tr("List every gold text the model got wrong"))
        self.show_all_button.clicked.connect(lambda: self.show_pair(None, None))
        self.mistakes = read_only_table(
            [self.tr("Text"), self.tr("True label"), self.tr("Predicted")],
            self.tr("Gold texts the model labelled wrongly"))
        header = self.mistakes.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.Stretch)

        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.per_label, 1)
        row = QHBoxLayout()
        row.addWidget(self.list_title, 1)
        row.addWidget(self.show_all_button)
        column.addLayout(row)
        column.addWidget(self.mistakes, 2)
        split = QSplitter(Qt.Horizontal)
        split.addWidget(self.heat_map)
        split.addWidget(right)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(split, 1)
        self.show_evaluation(None, None, "")

    def show_evaluation(self, project: Optional[Project], evaluation: Optional[Evaluation],
                        name: str) -> None:
        """Fill everything from ``evaluation`` (None: empty, with ``name``'s reason as title)."""
        self.pair = None
        self.per_label.setRowCount(0)
        if project is None or evaluation is None:
            self.answers = []
            self.heat_map.set_matrix([], [])
            self.title.setText(
                self.tr("{name} is not scored yet.").format(name=name) if name
                else self.tr("Select a row of the scoreboard to see where it goes wrong."))
            self._fill_list()
            return
        report = evaluation.report
        self.default_direction = project.language.direction or "ltr"
        self.title.setText(self.tr("{name}: where it goes wrong").format(name=name))
        try:
            self.heat_map.set_matrix(report.get("labels", []), report.get("confusion", []))
        except ValueError:  # a report without a usable matrix: the tables still say a lot
            self.heat_map.set_matrix([], [])
        for label, figures in report.get("per_label", {}).items():
            self._add_row(self.per_label, [label] + [f"{figures.get(k, 0.0):.2f}" for k in (
                "precision", "recall", "f1")] + [str(figures.get("support", 0))], numbers=True)
        self.answers = answers(project, evaluation)
        self._fill_list()

    def show_pair(self, true: Optional[str], predicted: Optional[str]) -> None:
        """List the texts of one heat-map cell, or (None, None) every mistake."""
        self.pair = None if true is None or predicted is None else (true, predicted)
        self._fill_list()

    def shown(self) -> list[Answer]:
        if self.pair is None:
            return [a for a in self.answers if a.true != a.predicted]
        return [a for a in self.answers if (a.true, a.predicted) == self.pair]

    def _fill_list(self) -> None:
        shown = self.shown()
        if self.pair is None:
            self.list_title.setText(
                self.tr("Gold texts labelled wrongly: {n}").format(n=len(shown)))
        else:
            self.list_title.setText(self.tr("True {true}, predicted {predicted}: {n}").format(
                true=self.pair[0], predicted=self.pair[1], n=len(shown)))
        self.show_all_button.setEnabled(self.pair is not None)
        self.mistakes.setRowCount(0)
        for answer in shown:
            self._add_row(self.mistakes, [answer.text, answer.true, answer.predicted])

    def _add_row(self, table: QTableWidget, texts: Sequence[str], numbers: bool = False) -> None:
        """One row of plain-text items; a text (or label) runs in its own direction, figures
        (``numbers``: every column after the first) are right-aligned."""
        row = table.rowCount()
        table.insertRow(row)
        for column, text in enumerate(texts):
            item = QTableWidgetItem(" ".join(text.split()))  # item text is never read as HTML
            rtl = direction_of(text, self.default_direction) == "rtl"
            right = rtl or (numbers and column > 0)
            item.setTextAlignment((Qt.AlignRight if right else Qt.AlignLeft) | Qt.AlignVCenter)
            item.setToolTip(plain_tooltip(text))  # tooltips would guess "<b>" is markup
            table.setItem(row, column, item)

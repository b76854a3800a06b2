"""Step 6: score the teacher and the students on the user's own gold set — was it worth it?

The research behind Shule (DESIGN.md § 1) says a small student trained on a few hundred reviewed
synthetic samples beats the big teacher used directly as a classifier. This page lets the user
check that on texts they labelled themselves: "Score the teacher" (core.teacher_scoring) and
"Score students" (core.training.evaluate, one student after another) run in child processes
through the task runner; the scoreboard (core.scoreboard) is only read from the project, so it
shows at once. Selecting a row shows where that model goes wrong (app/score_details.py); below,
the learning curve and uncertain texts say whether more review would help (app/more_review.py).
"""

from __future__ import annotations

from typing import Any, Optional, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QPushButton, QSplitter, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from app.charts import ScoreBars
from app.export_table import size_text
from app.glossary import meaning
from app.i18n import translated
from app.more_review import MoreReview
from app.pages.base import Page, describe_error, message_label, show_message
from app.progress_panel import ProgressPanel
from app.review_model import source_text
from app.score_details import ScoreDetails, read_only_table
from app.widgets import plain_label
from app.tasks import TaskRunner
from core.errors import Cancelled
from core.project import Project
from core.scoreboard import QUICK_NAME, ScoreRow, compare, scoreboard
from core.teacher_scoring import evaluate_teacher
from core.training import evaluate

MODEL, KIND, F1, ACCURACY, TRAINING, SIZE, LATENCY, SCORED_ON = range(8)
MAX_ROWS_SHOWN = 8  # the scoreboard scrolls beyond this many rows


def _tr(text: str) -> str:
    return QCoreApplication.translate("EvaluatePage", text)


def training_text(row: ScoreRow) -> str:
    """"412 (380 generated, 32 annotated)"; empty for the teacher."""
    if row.n_train is None:
        return ""
    parts = ", ".join(f"{n} {source_text(source)}" for source, n in
                      sorted(row.sources.items(), key=lambda item: -item[1]))
    return f"{row.n_train} ({parts})" if parts else str(row.n_train)


def scored_on_text(row: ScoreRow) -> str:
    if not row.evaluated:
        return _tr("not scored yet")
    said = _tr("{n} gold texts").format(n=row.n_eval)
    return said + " — " + _tr("gold set changed since: score again") if row.stale else said


def row_cells(row: ScoreRow) -> list[str]:
    """The scoreboard's cells for one row, in column order."""
    teacher = row.kind == "teacher"
    if teacher:
        name = _tr("{name} (teacher)").format(name=translated(row.name))
    else:  # core names the quick student in English; a base is named by its folder
        name = _tr("Quick student") if row.name == QUICK_NAME else translated(row.name)
    unscored = _tr("not scored yet")
    return [name, _tr("teacher") if teacher else _tr("student"),
            unscored if row.macro_f1 is None else f"{row.macro_f1:.2f}",
            "—" if row.accuracy is None else f"{row.accuracy:.0%}",
            training_text(row) or "—",
            "—" if row.size_bytes is None else size_text(row.size_bytes),
            "—" if row.latency_ms is None else _tr("{ms} ms").format(ms=f"{row.latency_ms:.1f}"),
            scored_on_text(row)]


def verdict_text(rows: Sequence[ScoreRow]) -> str:
    """One or two sentences: does the best student beat the teacher on the current gold set?"""
    comparison = compare(rows)
    teacher, best, points = comparison.teacher, comparison.best, comparison.points
    if teacher is not None and best is not None and points is not None:
        t, s = teacher.macro_f1 or 0.0, best.macro_f1 or 0.0
        head = _tr("The best student, {name}, scores {s} against the teacher's {t}").format(
            name=best.name, s=f"{s:.2f}", t=f"{t:.2f}")
        if points == 1:
            said = head + _tr(": 1 point better.")
        elif points > 1:
            said = head + _tr(": {points} points better.").format(points=points)
        elif points == 0:
            said = head + _tr(": as good, not yet better. Review more samples or train a larger "
                              "student.")
        else:
            said = head + _tr(": not yet better than the teacher. Review more samples or train a "
                              "larger student.")
    elif teacher is not None:
        said = _tr("The teacher scores {t}. Score your students to compare them with it.").format(
            t=f"{teacher.macro_f1:.2f}")
    elif best is not None:
        said = _tr("The best student, {name}, scores {s}. Score the teacher to see whether the "
                   "student beats it.").format(name=best.name, s=f"{best.macro_f1:.2f}")
    else:
        said = _tr("Nothing is scored on the current gold set yet: score the teacher and your "
                   "students.")
    if any(r.stale for r in rows):
        said += " " + _tr("Rows marked “score again” were scored on an earlier gold set and are "
                          "left out of this comparison.")
    return said


class EvaluatePage(Page):
    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.rows: list[ScoreRow] = []
        self._done_text = ""  # what the status line says when the running task finishes
        self.add_heading(self.tr("Score"), self.tr(
            "Compare your students with the teacher on your gold examples — texts you labelled "
            "yourself. Score the teacher once, then score each new student; a student that beats "
            "the teacher is worth exporting."))
        self.no_gold = plain_label(self.tr(
            "There are no gold examples yet. On the Review page press “Add a gold example…” for "
            "a few texts of each label as your users write them, or import a file of labelled "
            "texts as gold examples (File › Import data…, or “shule import PROJECT FILE --as "
            "gold”)."))
        self.teacher_button = QPushButton(self.tr("Score the teacher"))
        self.teacher_button.setToolTip(self.tr("Ask the teacher to label every gold text, as if "
                                               "it were the classifier"))
        self.teacher_button.clicked.connect(self.score_teacher)
        self.students_button = QPushButton(self.tr("Score students"))
        self.students_button.setToolTip(self.tr("Score every student that has no score on the "
                                                "current gold set, one after another"))
        self.students_button.clicked.connect(self.score_students)
        self.reason = plain_label()  # why a button is disabled

        self.runner = TaskRunner(self)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(lambda e: show_message(self.error, describe_error(e)))
        self.runner.cancelled.connect(
            lambda: show_message(self.status, self.tr("Scoring stopped.")))
        self.runner.ended.connect(self.refresh)
        self.progress = ProgressPanel(self.runner)
        self.status = message_label(error=False)
        self.error = message_label()
        self.verdict = plain_label()
        self.verdict.setAccessibleName(self.tr("Verdict"))
        self.verdict.setWhatsThis(meaning("macro-F1"))
        self.verdict.setToolTip(self.tr("Scores are macro-F1 on your gold examples: the average, "
                                        "over labels, of how well each label is found; 1.0 is "
                                        "perfect. 10 points are 0.10."))
        font = QFont(self.verdict.font())
        font.setBold(True)
        self.verdict.setFont(font)

        self.bars = ScoreBars()
        self.bars.setToolTip(self.tr("macro-F1 per model; the dashed line is the teacher's score"))
        self.table = read_only_table(
            [self.tr("Model"), self.tr("Kind"), self.tr("macro-F1"), self.tr("Accuracy"),
             self.tr("Training samples"), self.tr("Size on disk"), self.tr("Time per text"),
             self.tr("Scored on")], self.tr("Scoreboard"))
        for column, tip in ((F1, self.tr("macro-F1: the average, over labels, of how well each "
                                         "label is found: 1.0 is perfect. A rare label counts as "
                                         "much as a common one.")),
                            (ACCURACY, self.tr("Accuracy: the share of gold texts given the right "
                                               "label.")),
                            (LATENCY, self.tr("Latency: how long the model takes to label one "
                                              "text on this computer.")),
                            (SIZE, self.tr("What the model takes on disk (the teacher's file, when "
                                           "it is local).")),
                            (TRAINING, self.tr("How many samples the student was trained on, by "
                                               "where they came from."))):
            self.table.horizontalHeaderItem(column).setToolTip(tip)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(MODEL, QHeaderView.Stretch)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.details = ScoreDetails()

        buttons = QHBoxLayout()
        buttons.addWidget(self.teacher_button)
        buttons.addWidget(self.students_button)
        buttons.addWidget(self.reason, 1)
        self.layout_.addWidget(self.no_gold)
        self.layout_.addLayout(buttons)
        for widget in (self.progress, self.status, self.error, self.verdict):
            self.layout_.addWidget(widget)
        top = QWidget()
        upper = QVBoxLayout(top)
        upper.setContentsMargins(0, 0, 0, 0)
        upper.addWidget(self.bars)
        upper.addWidget(self.table, 1)
        split = QSplitter(Qt.Vertical)
        split.addWidget(top)
        split.addWidget(self.details)
        split.setStretchFactor(1, 2)
        self.layout_.addWidget(split, 1)
        self.more = MoreReview()
        self.more.samples_added.connect(self.changed.emit)
        self.layout_.addWidget(self.more)

    def title(self) -> str:
        return self.tr("Score")

    # ---- scoring ------------------------------------------------------------------------------
    def to_score(self) -> list[ScoreRow]:
        """The students without an up-to-date score on the gold set."""
        return [r for r in self.rows if r.kind == "student" and (not r.evaluated or r.stale)]

    def score_teacher(self) -> None:
        if self.project is None or self.runner.is_running():
            return
        path = str(self.project.path)
        prefix = self.tr("Teacher: ")
        self._start(lambda progress, should_cancel: evaluate_teacher(
            path, lambda f, s="": progress(f, prefix + s), should_cancel),
            self.tr("Teacher scored."))

    def score_students(self) -> None:
        if self.project is None or self.runner.is_running():
            return
        path, ids = str(self.project.path), [r.subject for r in self.to_score()]
        if not ids:
            return
        # Worded here, on the UI thread; the worker only fills in core's status.
        prefixes = [self.tr("student {i} of {n} · ").format(i=i + 1, n=len(ids))
                    for i in range(len(ids))]

        def work(progress: Any, should_cancel: Any) -> int:
            for i, model_id in enumerate(ids):
                if should_cancel():
                    raise Cancelled()

                def part(fraction: float, status: str = "", i: int = i) -> None:
                    progress((i + fraction) / len(ids), prefixes[i] + status)

                evaluate(path, model_id, part, should_cancel)
            return len(ids)

        done = (self.tr("1 student scored.") if len(ids) == 1 else
                self.tr("{n} students scored.").format(n=len(ids)))
        self._start(work, done)

    def _start(self, work: Any, done: str) -> None:
        show_message(self.error, "")
        show_message(self.status, "")
        self.teacher_button.setEnabled(False)
        self.students_button.setEnabled(False)
        self._done_text = done
        self.runner.start(work)

    def _on_finished(self, _result: Any) -> None:
        show_message(self.status, self._done_text)
        self.changed.emit()

    # ---- showing ------------------------------------------------------------------------------
    def refresh(self) -> None:
        project = self.project
        self.rows = scoreboard(project) if project is not None else []
        has_gold = project is not None and bool(project.sample_ids(source="gold"))
        self.no_gold.setVisible(project is not None and not has_gold)
        self._update_buttons(project, has_gold)
        self.verdict.setText(verdict_text(self.rows) if project is not None else "")
        self.bars.set_rows([(r.name, r.macro_f1, r.kind) for r in self.rows])
        self._fill_table()
        self.more.refresh()

    def _update_buttons(self, project: Optional[Project], has_gold: bool) -> None:
        running = self.runner.is_running()
        students = [r for r in self.rows if r.kind == "student"]
        reasons = []
        if project is None:
            pass
        elif not has_gold:
            reasons.append(self.tr("Add gold examples first: there is nothing to score on."))
        else:
            if project.teacher is None:
                reasons.append(self.tr("Choose a teacher to score it."))
            if not students:
                reasons.append(self.tr("Train a student to score it."))
            elif not self.to_score():
                reasons.append(self.tr("Every student is scored on the current gold set."))
        self.teacher_button.setEnabled(
            has_gold and project is not None and project.teacher is not None and not running)
        self.students_button.setEnabled(has_gold and bool(self.to_score()) and not running)
        self.reason.setText(" ".join(reasons))

    def _fill_table(self) -> None:
        selected = self.selected_subject()
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for index, row in enumerate(self.rows):
            self.table.insertRow(index)
            for column, text in enumerate(row_cells(row)):
                item = QTableWidgetItem(text)  # model names are data: plain item text
                item.setData(Qt.UserRole, row.subject)
                if column not in (MODEL, KIND, TRAINING, SCORED_ON):
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                if row.kind == "teacher" or row.stale or not row.evaluated:
                    font = item.font()
                    font.setBold(row.kind == "teacher")
                    font.setItalic(row.stale or not row.evaluated)
                    item.setFont(font)
                self.table.setItem(index, column, item)
        self.table.blockSignals(False)
        self._fit_table()
        subjects = [r.subject for r in self.rows]
        if subjects:
            self.table.selectRow(subjects.index(selected) if selected in subjects else 0)
        self._show_selected()

    def _fit_table(self) -> None:
        """As tall as its rows (up to MAX_ROWS_SHOWN), so the details get the rest."""
        table = self.table
        rows = max(1, min(table.rowCount(), MAX_ROWS_SHOWN))
        header = table.verticalHeader()
        row_h = table.rowHeight(0) if table.rowCount() else header.defaultSectionSize()
        table.setMaximumHeight(table.horizontalHeader().sizeHint().height() + rows * row_h
                               + 2 * table.frameWidth()
                               + table.horizontalScrollBar().sizeHint().height())

    def selected_subject(self) -> Optional[str]:
        items = self.table.selectedItems()
        return items[0].data(Qt.UserRole) if items else None

    def _show_selected(self) -> None:
        subject = self.selected_subject()
        row = next((r for r in self.rows if r.subject == subject), None)
        if self.project is None or row is None:
            self.details.show_evaluation(None, None, "")
            return
        evaluation = self.project.latest_evaluation(row.subject, "gold") if row.evaluated else None
        self.details.show_evaluation(self.project, evaluation, row_cells(row)[MODEL])

    def set_project(self, project: Optional[Project]) -> None:
        self.runner.cancel()
        show_message(self.status, "")
        show_message(self.error, "")
        self.table.clearSelection()
        self.more.set_project(project)
        super().set_project(project)

    def shutdown(self) -> None:
        self.runner.cancel()
        self.more.shutdown()

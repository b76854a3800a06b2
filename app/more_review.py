"""Would more review help? Two actions under the scoreboard: the learning curve (the newest
student's kind trained on 25 / 50 / 100 % of the samples, core.learning_curve) and queueing the
imported texts the newest student is least sure about for review (core.active_learning).
Both run in child processes through this panel's own task runner.
"""

from __future__ import annotations

from typing import Any, Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.pages.base import describe_error, message_label, show_message
from app.progress_panel import ProgressPanel
from app.tasks import TaskRunner
from core.active_learning import DEFAULT_LIMIT, review_uncertain
from core.learning_curve import learning_curve
from core.project import Project

HELPFUL_GAIN = 0.01  # a gain below one point of macro-F1 is within the noise of a small gold set


class MoreReview(QGroupBox):
    samples_added = Signal()  # new pending samples wait on the Review page

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(self.tr("Would more review help?"), parent)
        self.project: Optional[Project] = None
        self.curve_button = QPushButton(self.tr("Draw the learning curve"))
        self.curve_button.setToolTip(self.tr(
            "Trains the newest student's kind again on a quarter, a half and all of your accepted "
            "samples and scores each: a curve still rising says more reviewed samples will help."))
        self.curve_button.clicked.connect(self.draw_curve)
        self.uncertain_button = QPushButton(self.tr("Review the texts the student is unsure about"))
        self.uncertain_button.setToolTip(self.tr(
            "Your imported texts that the newest student finds hardest become samples waiting for "
            "review, labelled with its best guess: correcting them teaches the next student most."))
        self.uncertain_button.clicked.connect(self.queue_uncertain)
        self.result = QLabel()
        self.result.setTextFormat(Qt.PlainText)
        self.result.setWordWrap(True)
        self.error = message_label()
        self.runner = TaskRunner(self)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(lambda e: show_message(self.error, describe_error(e)))
        self.runner.ended.connect(self.refresh)
        buttons = QHBoxLayout()
        buttons.addWidget(self.curve_button)
        buttons.addWidget(self.uncertain_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(ProgressPanel(self.runner))
        layout.addWidget(self.result)
        layout.addWidget(self.error)

    def set_project(self, project: Optional[Project]) -> None:
        self.runner.cancel()
        self.project = project
        self.result.clear()
        show_message(self.error, "")
        self.refresh()

    def refresh(self) -> None:
        project, idle = self.project, not self.runner.is_running()
        has_model = project is not None and bool(project.models())
        self.curve_button.setEnabled(idle and has_model)
        texts = bool(project.texts(unannotated=True)) if project is not None else False
        self.uncertain_button.setEnabled(idle and has_model and texts)
        if has_model and not texts:
            self.uncertain_button.setToolTip(self.tr("Import some of your own unlabelled texts "
                                                     "first (File ▸ Import data…)."))

    def draw_curve(self) -> None:
        if self.project is None or not self.project.models():
            return
        path, base = str(self.project.path), self.project.model().base
        show_message(self.error, "")

        def work(progress: Any, should_cancel: Any) -> tuple[str, dict[str, Any]]:
            return "curve", learning_curve(path, base, progress=progress, should_cancel=should_cancel)

        self.runner.start(work)
        self.refresh()

    def queue_uncertain(self) -> None:
        if self.project is None or not self.project.models():
            return
        path = str(self.project.path)
        show_message(self.error, "")

        def work(progress: Any, should_cancel: Any) -> tuple[str, dict[str, Any]]:
            return "uncertain", review_uncertain(path, None, DEFAULT_LIMIT, progress, should_cancel)

        self.runner.start(work)
        self.refresh()

    def _on_finished(self, outcome: tuple[str, dict[str, Any]]) -> None:
        kind, result = outcome
        if kind == "uncertain":
            self.result.setText(self.tr(
                "{added} texts the student is least sure about wait on the Review page, labelled "
                "with its best guess.").format(added=result["added"]))
            self.samples_added.emit()
            return
        points = " · ".join(self.tr("{share} of the samples ({n}): {f1}").format(
            share=f"{p['fraction']:.0%}", n=p["n_train"], f1=f"{p['macro_f1']:.2f}")
            for p in result["points"])
        gain = result.get("gain")
        if gain is None:
            advice = ""
        elif gain > HELPFUL_GAIN:
            advice = self.tr("The score still rises with more samples: reviewing more should help.")
        else:
            advice = self.tr("The score has levelled off: more of the same samples may not help "
                             "much; try new strategies or a larger student.")
        self.result.setText(self.tr("macro-F1 on the {on} set — {points}. {advice}").format(
            on=self.tr("gold") if result["on"] == "gold" else self.tr("held-out"),
            points=points, advice=advice))

    def shutdown(self) -> None:
        self.runner.cancel()

"""Step 5: train the student on the accepted samples, watching its loss curve.

The student is chosen in app/base_chooser.py (the quick student by default; pretrained bases with
their coverage verdict for the language); the numbers hide under "More settings"
(app/train_settings.py), "automatic" by default. Training runs in a child process
(core.training.train) through the page's task runner, which forwards the child's events to the
loss plot; the GUI process never imports torch. Cancel keeps the best epoch scored so far.
Where torch is missing (the frozen app without its training pack), Train with a pretrained
student shows app/training_pack_box.py instead of starting; once the pack is in, Train again.
"""

from __future__ import annotations

import time
from typing import Any, Optional

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QScrollArea, QSplitter, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from app.base_chooser import BaseChooser, base_display_name
from app.charts import LossPlot
from app.coverage_check import CoverageCheck
from app.i18n import translated
from app.pages.base import Page, describe_error, message_label, show_message
from app.progress_panel import ProgressPanel
from app.tasks import TaskRunner
from app.train_settings import TrainingSettings
from app.train_words import ending_text, metrics_text, outcome_text
from app.training_pack_box import TrainingPackBox
from app.widgets import WARNING, colour, plain_tooltip
from core import training_pack
from core.errors import Cancelled, ShuleError
from core.gold import gold_overlaps
from core.progress import wrap_progress
from core.project import ModelRecord
from core.training import QUICK, evaluate, train, training_readiness


class TrainPage(Page):
    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.add_heading(self.tr("Train"),
                         self.tr("Train a small model (the student) on your accepted samples. The "
                                 "quick student trains in seconds; a pretrained base that knows "
                                 "your language usually scores higher but takes longer."))
        self.chooser = BaseChooser()
        self.chooser.bases_changed.connect(lambda: self.coverage.update(self.project))
        self.base_error = self.chooser.error
        self.settings = TrainingSettings()
        self.epochs, self.learning_rate = self.settings.epochs, self.settings.learning_rate
        self.train_button = QPushButton(self.tr("Train"))
        self.train_button.clicked.connect(self.start_training)
        self.readiness = QLabel()
        self.readiness.setTextFormat(Qt.PlainText)
        self.readiness.setWordWrap(True)
        self.overlap = message_label(error=False)  # gold texts that are training samples too
        self.overlap.setStyleSheet(f"color: {colour(WARNING)};")
        # Offered when a pretrained student is chosen and PyTorch is missing (the frozen app).
        self.pack_box = TrainingPackBox()
        self.pack_box.installed.connect(self._on_pack_installed)

        self.runner = TaskRunner(self)
        self.runner.partial.connect(self._on_events)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        self.runner.cancelled.connect(self._on_cancelled)
        self.runner.stopped.connect(self._on_stopped)
        self.runner.ended.connect(self.refresh)
        self.coverage = CoverageCheck(self.chooser, self)
        self.progress = ProgressPanel(self.runner)
        self.plot = LossPlot()
        self.plot.setAccessibleDescription(self.tr("Training loss by step, and the score on the "
                                                   "held-out samples after each epoch"))
        self.result = QLabel()
        self.result.setTextFormat(Qt.PlainText)
        self.result.setWordWrap(True)
        self.error = message_label()

        columns = [self.tr("Model"), self.tr("Student"), self.tr("Trained"), self.tr("Samples"),
                   self.tr("Result"), self.tr("How it ended")]
        self.models_table = QTableWidget(0, len(columns))
        self.models_table.setHorizontalHeaderLabels(columns)
        self.models_table.setAccessibleName(self.tr("Trained models"))
        header = self.models_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.Stretch)
        self.models_table.verticalHeader().hide()
        self.models_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.models_table.setSelectionBehavior(QAbstractItemView.SelectRows)

        # Below the heading everything scrolls: with "More settings" open and a long list of
        # bases, a small window would otherwise squeeze the result line and the curve.
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        student = QLabel(self.tr("Student"))
        student.setStyleSheet("font-weight: bold;")
        column.addWidget(student)
        column.addWidget(self.chooser)
        column.addWidget(self.settings)
        row = QHBoxLayout()
        row.addWidget(self.readiness, 1)
        row.addWidget(self.train_button)
        column.addLayout(row)
        for widget in (self.pack_box, self.overlap, self.progress, self.result, self.error):
            column.addWidget(widget)
        split = QSplitter(Qt.Horizontal)
        split.setMinimumHeight(self.fontMetrics().height() * 18)
        column.addWidget(split, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setWidget(body)
        self.layout_.addWidget(scroll, 1)
        models = QWidget()
        listing = QVBoxLayout(models)
        listing.setContentsMargins(0, 0, 0, 0)
        listing.addWidget(QLabel(self.tr("Trained models")))
        listing.addWidget(self.models_table, 1)
        split.addWidget(self.plot)
        split.addWidget(models)
        split.setStretchFactor(1, 1)

    def title(self) -> str:
        return self.tr("Train")

    # ---- training ---------------------------------------------------------------------------------
    def start_training(self) -> None:
        if self.project is None or self.is_busy():
            return
        base = self.chooser.check()
        if base is None:
            return
        if base != QUICK and not training_pack.ready():
            self.pack_box.show_needed()  # the page goes on once the pack is in and Train is pressed
            return
        config = self.settings.config()
        path = str(self.project.path)
        has_gold = bool(self.project.sample_ids(source="gold"))
        show_message(self.error, "")
        self.result.clear()
        self.plot.clear()
        self.train_button.setEnabled(False)

        def work(progress: Any, should_cancel: Any, emit: Any) -> tuple[str, dict[str, Any]]:
            model_id = train(path, base, config, wrap_progress(progress, 0.0, 0.9 if has_gold else 1.0),
                             should_cancel, on_event=emit)
            if not has_gold or should_cancel():  # training already scored its held-out samples
                return model_id, {}
            try:
                return model_id, evaluate(path, model_id, wrap_progress(progress, 0.9, 1.0),
                                          should_cancel)
            except Cancelled:  # the model is saved: stopping its scoring loses only the figures
                return model_id, {}

        self.runner.start(work, partial=True)

    def _on_pack_installed(self) -> None:
        self.result.setText(self.tr("The training pack is installed: press Train to fine-tune "
                                    "the student."))
        self.refresh()

    def _on_events(self, events: list[Any]) -> None:
        """The child's progress events, throttled by the runner: loss per step, dev per epoch."""
        for event in events:
            if not isinstance(event, dict) or event.get("event") != "progress":
                continue
            total, step = event.get("total_steps"), event.get("step")
            if total and total != self.plot.total_steps:
                self.plot.set_total_steps(int(total))
            if step is None:
                continue
            if event.get("loss") is not None:
                self.plot.add_loss(int(step), float(event["loss"]))
            if event.get("dev_macro_f1") is not None:
                self.plot.add_dev(int(step), float(event["dev_macro_f1"]))

    def _on_finished(self, outcome: tuple[str, dict[str, Any]]) -> None:
        self._show_outcome(*outcome)

    def _show_outcome(self, model_id: str, metrics: dict[str, Any]) -> None:
        if self.project is None:
            return
        try:
            record = self.project.model(model_id)
        except ShuleError as e:
            show_message(self.error, describe_error(e))
            return
        self.result.setText(outcome_text(record, metrics))
        self.changed.emit()

    def _on_failed(self, error: BaseException) -> None:
        show_message(self.error, describe_error(error))

    def _on_cancelled(self) -> None:
        if self.runner.is_stopping():
            # The child finishes its step and may keep the best epoch: wait for its answer.
            self.result.setText(self.tr("Stopping: the student finishes its current step and keeps "
                                        "the best epoch scored so far, if there is one…"))
        else:
            self.result.setText(self.tr("Training stopped; nothing was saved."))

    def _on_stopped(self, kind: str, value: Any) -> None:
        if kind == "failed":
            show_message(self.error, describe_error(value))
            self.result.clear()
        elif kind == "finished" and value is not None:
            self._show_outcome(*value)
        else:
            self.result.setText(self.tr("Training stopped; nothing was saved."))
        self.refresh()

    def is_busy(self) -> bool:
        """Training, or a cancelled run still ending."""
        return self.runner.is_running() or self.runner.is_stopping()

    # ---- showing the project ----------------------------------------------------------------------
    def refresh(self) -> None:
        project = self.project
        reason = None if project is None else training_readiness(project)
        if project is not None and reason is None:
            accepted = sum(c["accepted"] for c in project.counts().values())
            self.readiness.setText(self.tr("Ready: {n} accepted samples; a fifth of each label is "
                                           "held out to measure the result.").format(n=accepted))
        else:
            self.readiness.setText(translated(reason))
        self._show_overlap()
        self.train_button.setEnabled(project is not None and reason is None and not self.is_busy())
        models: list[ModelRecord] = project.models() if project is not None else []
        self.chooser.set_history(list(dict.fromkeys(m.base for m in models if m.base != QUICK)))
        self.models_table.setRowCount(0)
        for record in reversed(models):  # newest first
            row = self.models_table.rowCount()
            self.models_table.insertRow(row)
            cells = (record.id, base_display_name(record.base),
                     time.strftime("%Y-%m-%d %H:%M", time.localtime(record.created_at)),
                     str(len(record.train_ids)), metrics_text(record.metrics),
                     ending_text(record.settings))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                # The base's folder in full; the quick student has none.
                item.setToolTip(plain_tooltip(record.base)
                                if column == 1 and record.base != QUICK else "")
                self.models_table.setItem(row, column, item)
        self.coverage.update(project)

    def _show_overlap(self) -> None:
        """Gold texts that are also training samples: training leaves those samples out."""
        pairs = gold_overlaps(self.project) if self.project is not None else []
        n = len({gold for gold, _sample in pairs})
        if n == 1:
            text = self.tr("1 gold example also appears among the training samples: it is left "
                           "out of training, so the score stays honest.")
        else:
            text = self.tr("{n} gold examples also appear among the training samples: they are "
                           "left out of training, so the score stays honest.").format(n=n)
        show_message(self.overlap, text if n else "")

    def set_project(self, project: Any) -> None:
        self.shutdown()
        self.result.clear()
        show_message(self.error, "")
        self.plot.clear()
        super().set_project(project)
        models = project.models() if project is not None else []
        if not (models and self.chooser.select(models[-1].base)):  # train again on the same base
            self.chooser.select(QUICK)

    def shutdown(self) -> None:
        self.runner.forget()  # a cancelled child still ends on its own; its outcome is not shown
        self.coverage.stop()
        self.pack_box.stop()

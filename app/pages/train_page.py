"""Step 5: fine-tune a small pretrained model (the student) on the accepted samples.

Training runs in a child process (core.training.train) through the page's task runner; the GUI
process never imports torch. The status line shows core's "step 12/40 · loss 0.69 · about 8 s left".
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any, Optional

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractItemView, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QWidget)

from app.pages.base import Page, describe_error, message_label, show_message
from app.progress_panel import ProgressPanel
from app.tasks import TaskRunner
from app.widgets import FolderField, LearningRateBox
from core.errors import ModelFolderError
from core.gold import gold_overlaps
from core.progress import wrap_progress
from core.project import ModelRecord
from core.training import TrainingConfig, check_base_dir, evaluate, train, training_readiness


def metrics_text(metrics: dict[str, Any]) -> str:
    """"accuracy 83 % · macro-F1 0.81 on 12 held-out samples", or why there are no figures."""
    tr = QCoreApplication.translate
    if not metrics or metrics.get("accuracy") is None:
        return tr("TrainPage", "no figures: too few samples were held out for evaluation")
    on = tr("TrainPage", "gold") if metrics.get("on") == "gold" else tr("TrainPage", "held-out")
    return tr("TrainPage", "accuracy {acc:.0%} · macro-F1 {f1:.2f} on {n} {on} samples").format(
        acc=metrics["accuracy"], f1=metrics.get("macro_f1", 0.0), n=metrics.get("n", "?"), on=on)


class TrainPage(Page):
    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.add_heading(self.tr("Train"),
                         self.tr("Fine-tune a small pretrained model on your accepted samples. "
                                 "Choose the folder of a downloaded model (with config.json, "
                                 "weights and tokenizer)."))
        defaults = TrainingConfig()
        self.base_field = FolderField(lambda: self.tr("Choose the base model folder"),
                                      self.tr("Folder of a pretrained model"))
        self.base_field.chosen.connect(self._check_base)
        self.base_error = message_label()
        self.epochs = QSpinBox()
        self.epochs.setRange(1, 200)
        self.epochs.setValue(defaults.epochs)
        self.epochs.setMaximumWidth(140)
        self.learning_rate = LearningRateBox()
        self.learning_rate.setValue(defaults.learning_rate)
        self.learning_rate.setMaximumWidth(140)
        self.train_button = QPushButton(self.tr("Train"))
        self.train_button.clicked.connect(self.start_training)
        self.readiness = QLabel()
        self.readiness.setTextFormat(Qt.PlainText)
        self.readiness.setWordWrap(True)
        self.overlap = message_label(error=False)  # gold texts that are training samples too
        self.overlap.setStyleSheet("color: #8a5300;")

        self.runner = TaskRunner(self)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(lambda e: show_message(self.error, describe_error(e)))
        self.runner.cancelled.connect(lambda: self.result.setText(self.tr("Training stopped.")))
        self.runner.ended.connect(self.refresh)
        self.progress = ProgressPanel(self.runner)
        self.result = QLabel()
        self.result.setTextFormat(Qt.PlainText)
        self.result.setWordWrap(True)
        self.error = message_label()

        self.models_table = QTableWidget(0, 4)
        self.models_table.setHorizontalHeaderLabels(
            [self.tr("Model"), self.tr("Base"), self.tr("Trained"), self.tr("Result")])
        header = self.models_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.Stretch)
        self.models_table.verticalHeader().hide()
        self.models_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.models_table.setSelectionBehavior(QAbstractItemView.SelectRows)

        form = QFormLayout()
        form.addRow(self.tr("Base model"), self.base_field)
        form.addRow("", self.base_error)
        form.addRow(self.tr("Epochs"), self.epochs)
        form.addRow(self.tr("Learning rate"), self.learning_rate)
        self.layout_.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.readiness, 1)
        row.addWidget(self.train_button)
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.overlap)
        self.layout_.addWidget(self.progress)
        self.layout_.addWidget(self.result)
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(QLabel(self.tr("Trained models")))
        self.layout_.addWidget(self.models_table, 1)

    def title(self) -> str:
        return self.tr("Train")

    def _check_base(self) -> Optional[Path]:
        text = self.base_field.text()
        if not text:
            show_message(self.base_error, "")
            return None
        try:
            folder = check_base_dir(text)
        except ModelFolderError as e:
            show_message(self.base_error, str(e))
            return None
        show_message(self.base_error, "")
        return folder

    def start_training(self) -> None:
        if self.project is None or self.runner.is_running():
            return
        if not self.base_field.text():
            show_message(self.base_error, self.tr("Choose the folder of a base model first."))
            return
        base = self._check_base()
        if base is None:
            return
        config = TrainingConfig(epochs=self.epochs.value(), learning_rate=self.learning_rate.value())
        path = str(self.project.path)
        has_gold = bool(self.project.sample_ids(source="gold"))
        show_message(self.error, "")
        self.result.clear()
        self.train_button.setEnabled(False)

        def work(progress: Any, should_cancel: Any) -> tuple[str, dict[str, Any]]:
            model_id = train(path, base, config, wrap_progress(progress, 0.0, 0.9), should_cancel)
            if not has_gold:  # training already scored the held-out samples; no second process
                return model_id, {}
            return model_id, evaluate(path, model_id, wrap_progress(progress, 0.9, 1.0), should_cancel)

        self.runner.start(work)

    def _on_finished(self, outcome: tuple[str, dict[str, Any]]) -> None:
        model_id, metrics = outcome
        assert self.project is not None
        record = self.project.model(model_id)
        self.result.setText(self.tr("Trained {model}: {figures}.").format(
            model=model_id, figures=metrics_text(metrics or record.metrics)))
        self.changed.emit()

    def refresh(self) -> None:
        project = self.project
        running = self.runner.is_running()
        reason = None if project is None else training_readiness(project)
        if project is not None and reason is None:
            accepted = sum(c["accepted"] for c in project.counts().values())
            self.readiness.setText(self.tr("Ready: {n} accepted samples; a fifth of each label is "
                                           "held out to measure the result.").format(n=accepted))
        else:
            self.readiness.setText(reason or "")
        self._show_overlap()
        self.train_button.setEnabled(project is not None and reason is None and not running)
        models: list[ModelRecord] = project.models() if project is not None else []
        if project is not None and not self.base_field.text() and models:
            self.base_field.setText(models[-1].base)  # train again on the same base
        self.models_table.setRowCount(0)
        for record in reversed(models):  # newest first
            row = self.models_table.rowCount()
            self.models_table.insertRow(row)
            cells = (record.id, Path(record.base).name,
                     time.strftime("%Y-%m-%d %H:%M", time.localtime(record.created_at)),
                     metrics_text(record.metrics))
            for column, text in enumerate(cells):
                self.models_table.setItem(row, column, QTableWidgetItem(text))

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
        self.runner.cancel()
        self.result.clear()
        show_message(self.error, "")
        self.base_field.setText("")
        super().set_project(project)

    def shutdown(self) -> None:
        self.runner.cancel()

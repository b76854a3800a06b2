"""Step 3: the teacher writes samples for every label; they appear here as they arrive.

Generation runs in a child process (core.generation.generate_in_child) through the page's task
runner; each stored sample comes back as a partial result. Samples are stored as "pending" for
review, so cancelling keeps everything already shown.
"""

from __future__ import annotations

from typing import Any, Optional

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QListWidget, QPushButton,
                               QSpinBox, QWidget)

from app.pages.base import Page, describe_error, message_label, show_message
from app.progress_panel import ProgressPanel
from app.tasks import TaskRunner
from core.generation import GenerationConfig, GenerationResult, generate_in_child
from core.project import Project


def discard_reason_text(reason: str) -> str:
    """Words for core.generation's discard reasons."""
    words = {
        "truncated": "cut off (too long)",
        "not_json": "not valid JSON",
        "schema": "wrong reply format",
        "unknown_label": "unknown label",
        "wrong_label": "wrong label",
        "empty": "empty text",
        "too_long": "text too long",
        "duplicate": "duplicate",
        "bad_characters": "unusable characters",
    }
    return QCoreApplication.translate("GeneratePage", words[reason]) if reason in words else reason


class GeneratePage(Page):
    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.add_heading(self.tr("Generate"),
                         self.tr("The teacher writes example texts for each label. Every reply is "
                                 "checked; samples that pass wait for your review."))
        defaults = GenerationConfig()
        self.per_label = QSpinBox()
        self.per_label.setRange(1, 1000)
        self.per_label.setValue(defaults.per_label)
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setValue(defaults.seed)
        self.generate_button = QPushButton(self.tr("Generate"))
        self.generate_button.clicked.connect(self.start_generation)

        self.runner = TaskRunner(self)
        self.runner.partial.connect(self._on_samples)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        self.runner.cancelled.connect(self._on_cancelled)
        self.runner.ended.connect(self._on_ended)
        self.progress = ProgressPanel(self.runner)

        self.samples_list = QListWidget()  # item text is plain text: safe for teacher output
        self.samples_list.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.PlainText)
        self.error = message_label()
        self._result_shown = False  # the summary holds a run's outcome, not the idle totals

        form = QFormLayout()
        form.addRow(self.tr("Samples per label"), self.per_label)
        form.addRow(self.tr("Seed"), self.seed)
        row = QHBoxLayout()
        row.addLayout(form)
        row.addStretch(1)
        row.addWidget(self.generate_button)
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.progress)
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(QLabel(self.tr("New samples")))
        self.layout_.addWidget(self.samples_list, 1)
        self.layout_.addWidget(self.summary)

    def title(self) -> str:
        return self.tr("Generate")

    def start_generation(self) -> None:
        if self.project is None or self.runner.is_running():
            return
        config = GenerationConfig(per_label=self.per_label.value(), seed=self.seed.value())
        path = str(self.project.path)
        self.samples_list.clear()
        show_message(self.error, "")
        self._result_shown = False
        self.summary.setText(self.tr("The teacher is writing…"))
        self.generate_button.setEnabled(False)

        def work(progress: Any, should_cancel: Any, emit: Any) -> GenerationResult:
            return generate_in_child(path, config, progress, should_cancel,
                                     on_sample=lambda i, label, text: emit((i, label, text)))

        self.runner.start(work, partial=True)

    def _on_samples(self, samples: list[tuple[int, str, str]]) -> None:
        for _id, label, text in samples:
            self.samples_list.addItem(f"[{label}]  {text}")
        self.samples_list.scrollToBottom()
        self.changed.emit()

    def _on_finished(self, result: GenerationResult) -> None:
        added = sum(result.added.values())
        parts = [self.tr("Added {n} samples").format(n=added)]
        if result.added:
            parts[0] += " (" + ", ".join(f"{k}: {v}" for k, v in result.added.items()) + ")"
        discarded = sum(result.discarded.values())
        if discarded:
            reasons = ", ".join(f"{discard_reason_text(k)}: {v}" for k, v in sorted(result.discarded.items()))
            parts.append(self.tr("discarded {n} replies ({reasons})").format(n=discarded, reasons=reasons))
        else:
            parts.append(self.tr("no reply was discarded"))
        parts.append(self.tr("{s:.0f} s").format(s=result.seconds))
        self.summary.setText(" · ".join(parts) + ". " + self.tr("Review them in the next step."))
        self._result_shown = True

    def _on_failed(self, error: BaseException) -> None:
        self._result_shown = True
        self.summary.setText("")
        show_message(self.error, describe_error(error))

    def _on_cancelled(self) -> None:
        self._result_shown = True
        self.summary.setText(self.tr("Stopped. The samples written so far are kept."))

    def _on_ended(self) -> None:
        self.generate_button.setEnabled(self.project is not None)
        self.changed.emit()  # the Review and Train steps may open now

    def set_project(self, project: Optional[Project]) -> None:
        self.runner.cancel()
        self.samples_list.clear()
        show_message(self.error, "")
        self._result_shown = False
        super().set_project(project)

    def refresh(self) -> None:
        project = self.project
        ready = project is not None and project.teacher is not None
        self.generate_button.setEnabled(ready and not self.runner.is_running())
        if project is None:
            self.summary.clear()
            return
        if self.runner.is_running():
            return
        if not self._result_shown:  # idle: say what the project holds
            totals = {s: 0 for s in ("pending", "accepted", "rejected")}
            for per_status in project.counts().values():
                for status, n in per_status.items():
                    totals[status] += n
            self.summary.setText(
                self.tr("This project has {p} samples waiting for review, {a} accepted and "
                        "{r} rejected.").format(p=totals["pending"], a=totals["accepted"],
                                                r=totals["rejected"]))

    def shutdown(self) -> None:
        self.runner.cancel()

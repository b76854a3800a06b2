"""Step 3: the teacher writes samples for every label; they appear here as they arrive.

Everything slow runs through the page's one task runner, one task at a time (the work itself is
in app.generation_tasks): generation in a child process, each stored sample coming back as a
partial result; continuing a run that stopped (the banner); the time estimate; the teacher's
proposed topics and styles; labelling the user's own texts. Settings live in
app.generation_options, the words for results in app.generation_words; importing is the import
dialog's (app.import_dialog); what the review feeds back is in app.guidance_panel and
app.round_stats. Samples are stored as "pending" for review, so cancelling keeps everything
already shown.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Optional

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QDoubleSpinBox, QGroupBox, QHBoxLayout, QLabel, QListWidget,
                               QPushButton, QScrollArea, QVBoxLayout, QWidget)

from app import dialogs
from app.discards_dialog import DiscardsDialog, discard_reason_text
from app.generation_options import GenerationOptions
from app.generation_tasks import annotate_task, estimate_task, generate_task, propose_task
from app.generation_words import annotation_summary, estimate_summary, generation_summary
from app.guidance_panel import GuidancePanel
from app.i18n import local_name
from app.import_dialog import ImportDialog, open_import_dialog
from app.import_tasks import imported_text
from app.pages.base import Page, describe_error, message_label, show_message
from app.progress_panel import ProgressPanel
from app.resume_banner import ResumeBanner
from app.round_stats import RoundStats
from app.tasks import TaskRunner
from core.annotation import AnnotationResult
from core.filters import FilterConfig, SampleFilter
from core.generation import GenerationConfig
from core.project import Project
from core.review_stats import label_progress

__all__ = ["GeneratePage", "discard_reason_text"]


class GeneratePage(Page):
    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.add_heading(self.tr("Generate"),
                         self.tr("The teacher writes example texts for each label. Every reply is "
                                 "checked; samples that pass wait for your review."))
        self.runner = TaskRunner(self)
        self.runner.partial.connect(self._on_samples)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        self.runner.cancelled.connect(self._on_cancelled)
        self.runner.ended.connect(self._on_ended)
        self.progress = ProgressPanel(self.runner)
        self._task = ""  # what the runner is doing: "generate", "estimate", "propose", …
        self._result_shown = False  # the summary holds a run's outcome, not the idle totals
        self._examples_note = ""  # "Imported 12 examples." until another project is opened
        self.discards_dialog: Optional[DiscardsDialog] = None
        self.import_dialog: Optional[ImportDialog] = None
        self.guidance = GuidancePanel()  # the review's notes for the teacher
        self.rounds = RoundStats()  # how each round fared in review

        # After Cancel the child process marks its job stopped a moment later: look again then.
        self._recheck = QTimer(self, interval=300)
        self._recheck.timeout.connect(self._recheck_interrupted)
        self._rechecks_left = 0
        self.banner = ResumeBanner()
        self.banner.continue_requested.connect(self.resume_generation)
        self.banner.dismiss_requested.connect(self.dismiss_interrupted)

        self.options = GenerationOptions()
        self.options.import_examples_requested.connect(self.import_examples)
        self.options.attributes.propose_requested.connect(self.propose_attributes)
        self.options.attributes.save_requested.connect(self.save_attributes)
        self.options.strategy_changed.connect(lambda _name: self._clear_estimate())
        self.per_label, self.seed = self.options.per_label, self.options.seed  # the main fields

        self.price = QDoubleSpinBox()
        self.price.setRange(0.0, 10_000.0)
        self.price.setDecimals(2)
        self.price.setSpecialValueText(self.tr("no price"))
        self.price.setToolTip(self.tr("What the online API charges per million tokens it writes; "
                                      "leave at “no price” for a free or local server."))
        self.price_label = QLabel(self.tr("Price per million tokens"))
        self.estimate_button = QPushButton(self.tr("Estimate time"))
        self.estimate_button.clicked.connect(self.start_estimate)
        self.estimate_result = QLabel()
        self.estimate_result.setTextFormat(Qt.PlainText)
        self.estimate_result.setWordWrap(True)
        self.generate_button = QPushButton(self.tr("Generate"))
        self.generate_button.setDefault(True)
        self.generate_button.clicked.connect(self.start_generation)

        self.annotate_button = QPushButton(self.tr("Label my own texts…"))
        self.annotate_button.clicked.connect(self.annotate_texts)
        self.annotate_waiting = QPushButton()
        self.annotate_waiting.clicked.connect(lambda: self._start_annotation(None))
        self.annotate_waiting.hide()

        self.samples_list = QListWidget()  # item text is plain text: safe for teacher output
        self.samples_list.setAccessibleName(self.tr("New samples"))
        self.samples_list.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.PlainText)
        self.discards_button = QPushButton(self.tr("Show discarded replies"))
        self.discards_button.clicked.connect(self.show_discards)
        self.error = message_label()

        self._layout()

    def _layout(self) -> None:
        settings = QWidget()
        column = QVBoxLayout(settings)
        column.setContentsMargins(0, 0, 8, 0)
        column.addWidget(self.options)
        column.addWidget(self.guidance)
        estimate_row = QHBoxLayout()
        estimate_row.addWidget(self.price_label)
        estimate_row.addWidget(self.price)
        estimate_row.addStretch(1)
        estimate_row.addWidget(self.estimate_button)
        column.addLayout(estimate_row)
        column.addWidget(self.estimate_result)
        own = QGroupBox(self.tr("Your own texts"))
        own_layout = QVBoxLayout(own)
        own_text = QLabel(self.tr("Have the teacher label texts you already have: a TXT file with "
                                  "one text per line, or a CSV file with a text column. They wait "
                                  "for your review like generated samples."))
        own_text.setWordWrap(True)
        own_layout.addWidget(own_text)
        own_row = QHBoxLayout()
        own_row.addWidget(self.annotate_button)
        own_row.addWidget(self.annotate_waiting)
        own_row.addStretch(1)
        own_layout.addLayout(own_row)
        column.addWidget(own)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(settings)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        scroll.setMinimumWidth(420)

        results = QVBoxLayout()
        go = QHBoxLayout()
        go.addWidget(QLabel(self.tr("New samples")))
        go.addStretch(1)
        go.addWidget(self.generate_button)
        results.addLayout(go)
        results.addWidget(self.progress)
        results.addWidget(self.error)
        results.addWidget(self.samples_list, 1)
        results.addWidget(self.summary)
        discards_row = QHBoxLayout()
        discards_row.addStretch(1)
        discards_row.addWidget(self.discards_button)
        results.addLayout(discards_row)
        results.addWidget(self.rounds)

        body = QHBoxLayout()
        body.addWidget(scroll, 5)
        body.addLayout(results, 6)
        self.layout_.addWidget(self.banner)
        self.layout_.addLayout(body, 1)

    def title(self) -> str:
        return self.tr("Generate")

    # ---- running tasks -----------------------------------------------------------------------
    def _start(self, task: str, fn: Callable[..., Any], partial: bool = False) -> bool:
        if self.project is None or self.runner.is_running():
            return False
        self._task = task
        show_message(self.error, "")
        self._set_busy(True)
        self.runner.start(fn, partial=partial)
        return True

    def _set_busy(self, busy: bool) -> None:
        ready = self.project is not None and self.project.teacher is not None and not busy
        for button in (self.generate_button, self.estimate_button, self.annotate_button,
                       self.annotate_waiting):
            button.setEnabled(ready)
        self.options.set_busy(busy or self.project is None)
        self.options.attributes.propose_button.setEnabled(ready)
        self.banner.set_busy(busy)

    def _prepare_strategy(self) -> bool:
        """Diverse generation reads the lists from the project: store what the editor shows."""
        editor = self.options.attributes
        if self.options.strategy() != "diverse":
            return True
        if editor.is_empty():
            show_message(self.error, self.tr("Diverse generation needs topics and styles: ask the "
                                             "teacher to propose them, or type your own."))
            return False
        return self.save_attributes() if editor.is_modified() else True

    def start_generation(self) -> None:
        if self.project is None or self.project.teacher is None or not self._prepare_strategy():
            return
        self._generate(self.generation_config(), None)

    def resume_generation(self, job_id: int) -> None:
        self._generate(GenerationConfig(), job_id)

    def _generate(self, config: GenerationConfig, resume: Optional[int]) -> None:
        work = generate_task(str(self.project.path), config, resume)
        if self._start("generate", work, partial=True):
            self.samples_list.clear()
            self._result_shown = False
            self.banner.hide()
            self.summary.setText(self.tr("The teacher is writing…"))

    def start_estimate(self) -> None:
        if self.project is None or self.project.teacher is None or not self._prepare_strategy():
            return
        config = self.generation_config()
        price = self.price.value() if self.options.is_remote() and self.price.value() > 0 else None
        work = estimate_task(str(self.project.path), config, price,
                             self.tr("Asking the teacher for a few test replies"))
        if self._start("estimate", work):
            self.estimate_result.setText(self.tr("Timing a few test requests…"))

    def propose_attributes(self) -> None:
        if self.project is None or self.project.teacher is None:
            return
        work = propose_task(str(self.project.path),
                            self.tr("The teacher is proposing topics and styles"))
        if self._start("propose", work):
            self.options.attributes.state.setText(self.tr("The teacher is thinking…"))

    def save_attributes(self) -> bool:
        if self.project is None:
            return False
        editor = self.options.attributes
        self.project.set_attributes(editor.values())
        editor.set_values(self.project.attributes)
        return True

    def generation_config(self) -> GenerationConfig:
        """The settings, with the review's notes the user left on (and their stricter checks)."""
        return self.guidance.apply(self.options.config())

    def import_examples(self) -> None:
        """The few-shot "Import examples…" button: the import dialog, as accepted samples."""
        if self.project is not None and not self.runner.is_running():
            self.import_dialog = open_import_dialog(self, self.project,
                                                    on_imported=self._on_imported)

    def _on_imported(self, n: int, kind: str) -> None:
        self._examples_note = imported_text(n, kind)
        self.refresh()
        self.changed.emit()

    def annotate_texts(self) -> None:
        if self.project is None or self.project.teacher is None:
            return
        file = dialogs.ask_texts_file(self)
        if file is not None:
            self._start_annotation(file)

    def _start_annotation(self, file: Optional[Path]) -> None:
        if self.project is None or self.project.teacher is None:
            return
        work = annotate_task(str(self.project.path), file, self.options.seed.value(),
                             self.tr("Reading your texts"), self.tr("Loading the teacher"))
        if self._start("annotate", work):
            self.samples_list.clear()
            self._result_shown = False
            self.summary.setText(self.tr("The teacher is labelling your texts…"))

    def dismiss_interrupted(self, job_id: int) -> None:
        if self.project is not None and not self.runner.is_running():
            self.project.abandon_job(job_id)  # no longer offered; its samples stay
            self.refresh()

    def show_discards(self) -> None:
        if self.project is None:
            return
        if self.discards_dialog is None:
            self.discards_dialog = DiscardsDialog(self.project, self)
        else:
            self.discards_dialog.refresh()
        self.discards_dialog.open()  # not exec(): nothing waits on it

    # ---- results -------------------------------------------------------------------------------
    def _on_samples(self, samples: list[tuple[int, str, str]]) -> None:
        for _id, label, text in samples:
            self.samples_list.addItem(f"[{label}]  {text}")
        self.samples_list.scrollToBottom()
        self.changed.emit()

    def _on_finished(self, value: Any) -> None:
        task, self._task = self._task, ""
        if task == "generate":
            self.summary.setText(generation_summary(value))
            self._result_shown = True
        elif task == "estimate":
            self.estimate_result.setText(estimate_summary(value))
        elif task == "propose":
            self.options.attributes.set_values(value, modified=True)
            self.options.attributes.state.setText(
                self.tr("Proposed by the teacher: change what you like, then Save."))
        elif task == "annotate":
            self._show_annotation(*value)

    def _show_annotation(self, imported: int, result: AnnotationResult) -> None:
        self.summary.setText(annotation_summary(imported, result))
        self._result_shown = True
        if self.project is not None:
            for sample in self.project.samples(source="annotated"):
                if sample.provenance.get("job_id") == result.job_id:
                    self.samples_list.addItem(f"[{sample.label}]  {sample.text}")

    def _on_failed(self, error: BaseException) -> None:
        task, self._task = self._task, ""
        show_message(self.error, describe_error(error))
        if task == "estimate":
            self.estimate_result.clear()
        elif task == "propose":
            self.options.attributes.set_modified(self.options.attributes.is_modified())
        elif task in ("generate", "annotate"):
            self._result_shown = True
            self.summary.setText("")

    def _on_cancelled(self) -> None:
        task, self._task = self._task, ""
        if task in ("generate", "annotate"):
            self._result_shown = True
            self.summary.setText(self.tr("Stopped. The samples written so far are kept."))
        if task == "generate":
            self._rechecks_left = 30
            self._recheck.start()
        elif task == "estimate":
            self.estimate_result.clear()
        elif task == "propose":
            self.options.attributes.set_modified(self.options.attributes.is_modified())

    def _on_ended(self) -> None:
        self._set_busy(False)
        self.refresh()
        self.changed.emit()  # the Review and Train steps may open now

    def _recheck_interrupted(self) -> None:
        self._rechecks_left -= 1
        if self.project is None or self.runner.is_running() or self._rechecks_left <= 0:
            self._recheck.stop()
            return
        self._show_banner()
        if self.banner.job_id is not None:
            self._recheck.stop()

    def _show_banner(self) -> None:
        project = self.project
        interrupted = project.interrupted_jobs() if project is not None else []
        ready = project is not None and project.teacher is not None
        self.banner.show_job(interrupted[-1] if interrupted and ready else None,
                             len(project.label_names) if project is not None else 0)

    def _clear_estimate(self) -> None:
        if self._task != "estimate":
            self.estimate_result.clear()

    # ---- the project ---------------------------------------------------------------------------
    def set_project(self, project: Optional[Project]) -> None:
        self.runner.cancel()
        self._recheck.stop()
        self.samples_list.clear()
        self.estimate_result.clear()
        show_message(self.error, "")
        self._result_shown = False
        self._examples_note = ""
        if self.discards_dialog is not None:  # it shows the old project's replies
            self.discards_dialog.close()
            self.discards_dialog.deleteLater()
            self.discards_dialog = None
        if project is not None:
            self.options.attributes.set_values(project.attributes)
            covered = SampleFilter(project.language, FilterConfig()).language_covered
            self.options.set_language_covered(
                covered, local_name(project.language.code, project.language.name))
            # Once every label has accepted samples, the next round learns from them by default.
            if all(p.accepted for p in label_progress(project)):
                self.options.set_strategy("few-shot")
        else:
            self.options.attributes.set_values({})
        super().set_project(project)

    def refresh(self) -> None:
        project = self.project
        running = self.runner.is_running()
        self._set_busy(running)
        kind = project.teacher.kind if project is not None and project.teacher else None
        self.options.set_teacher_kind(kind)
        remote = self.options.is_remote()
        self.price.setVisible(remote)
        self.price_label.setVisible(remote)
        if project is None:
            self.summary.clear()
            self.banner.show_job(None, 0)
            self.discards_button.setEnabled(False)
            self.options.set_examples(None)
            self.guidance.set_project(None)
            self.rounds.set_project(None)
            return
        if running:
            return
        self.options.set_examples(project, self._examples_note)
        self.guidance.set_project(project)
        self.rounds.set_project(project)
        self.discards_button.setEnabled(bool(project.discard_counts()))
        self._show_banner()
        waiting = len(project.texts(unannotated=True))
        self.annotate_waiting.setText(
            self.tr("Label the {n} texts still waiting").format(n=waiting))
        self.annotate_waiting.setVisible(waiting > 0)
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
        self._recheck.stop()
        if self.discards_dialog is not None:
            self.discards_dialog.close()

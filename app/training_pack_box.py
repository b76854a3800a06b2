"""The box that offers the training pack (core/training_pack.py) where fine-tuning needs it.

The frozen app ships without PyTorch and transformers; the Train page calls ``show_needed()``
when a pretrained student is chosen and the pack is missing. The box says what the pack is and
how big the version for this computer is, and installs it, from the internet or from a folder of
wheels (offline), through its own TaskRunner with a progress panel whose Cancel stops pip (core
then leaves nothing behind). When the pack is in place the box hides and emits ``installed``.

Which version fits (with NVIDIA GPU support or not) is core.training_pack.default_variant, which
runs nvidia-smi: the box asks it in the background and says both sizes until it answers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app import dialogs
from app.i18n import translated
from app.pages.base import describe_error, message_label, show_message
from app.progress_panel import ProgressPanel
from app.tasks import TaskRunner
from app.widgets import plain_label
from core import training_pack
from core.hardware import gigabytes


class TrainingPackBox(QGroupBox):
    installed = Signal()  # the pack is in place: fine-tuning can start

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Training pack"))
        self.variant: Optional[str] = None  # "cpu" or "cuda", once default_variant() has answered
        self.text = plain_label()
        self.install_button = QPushButton(self.tr("Install the training pack"))
        self.install_button.clicked.connect(lambda: self._install(None))
        self.wheels_button = QPushButton(self.tr("Install from a folder of wheels…"))
        self.wheels_button.setFlat(True)
        self.wheels_button.setToolTip(self.tr("Without internet: choose the wheels folder of "
                                              "Shule's offline bundle."))
        self.wheels_button.clicked.connect(self._install_from_wheels)
        self.note = message_label(error=False)
        self.error = message_label()

        self.runner = TaskRunner(self)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        self.runner.cancelled.connect(self._on_cancelled)
        self.runner.stopped.connect(self._on_stopped)
        self.progress = ProgressPanel(self.runner)
        self.detector = TaskRunner(self)  # default_variant() runs nvidia-smi
        self.detector.finished.connect(self._on_variant)

        buttons = QHBoxLayout()
        buttons.addWidget(self.install_button)
        buttons.addWidget(self.wheels_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        for widget in (self.progress, self.note, self.error):
            layout.addWidget(widget)
        self.hide()

    # ---- showing ----------------------------------------------------------------------------------
    def show_needed(self) -> None:
        """Say that fine-tuning needs the pack, and offer to install it."""
        if not self.is_busy():
            show_message(self.error, "")
            show_message(self.note, "")
            self._set_buttons()
        self._describe()
        if self.variant is None and not self.detector.is_running():
            self.detector.start(lambda progress, should_cancel: training_pack.default_variant())
        self.show()

    def _on_variant(self, variant: Any) -> None:
        self.variant = str(variant)
        self._describe()

    def _describe(self) -> None:
        what = self.tr("Fine-tuning a pretrained student needs Shule's training pack: PyTorch and "
                       "transformers, which Shule uses only to fine-tune pretrained students (the "
                       "quick student needs no pack).")
        if self.variant == "cuda":
            size = self.tr("This computer has an NVIDIA GPU, so Shule installs the pack with GPU "
                           "support: about 4 GB to download (without GPU support it would be "
                           "about 1 GB).")
        elif self.variant == "cpu":
            size = self.tr("This computer has no NVIDIA GPU, so Shule installs the pack without "
                           "GPU support: about 1 GB to download (with NVIDIA GPU support it would "
                           "be about 4 GB).")
        else:
            size = self.tr("It is about 1 GB to download, or about 4 GB with NVIDIA GPU support; "
                           "Shule picks the one that fits this computer.")
        disk = ""
        if self.variant in training_pack.NEEDS_BYTES:
            disk = self.tr("Installing it needs about {size} of free disk space.").format(
                size=translated(gigabytes(training_pack.NEEDS_BYTES[self.variant])))
        broken = ""
        if training_pack.installed() is not None:
            broken = self.tr("The pack installed earlier does not load: install it again.")
        self.text.setText(" ".join(part for part in (broken, what, size, disk) if part))

    # ---- installing -------------------------------------------------------------------------------
    def is_busy(self) -> bool:
        """Installing, or a cancelled install whose pip is still ending."""
        return self.runner.is_running() or self.runner.is_stopping()

    def _set_buttons(self) -> None:
        for button in (self.install_button, self.wheels_button):
            button.setEnabled(not self.is_busy())

    def _install_from_wheels(self) -> None:
        if self.is_busy():
            return
        folder = dialogs.ask_folder(self, self.tr("Choose the folder of wheels (the offline "
                                                  "bundle's wheels folder)"))
        if folder is not None:
            self._install(folder)

    def _install(self, wheels: Optional[Path]) -> None:
        if self.is_busy():
            return
        show_message(self.error, "")
        show_message(self.note, "")
        variant = self.variant  # plain values only: the worker holds no reference to a widget
        folder = Path(wheels) if wheels is not None else None

        def work(progress: Any, should_cancel: Any) -> Path:
            return training_pack.install(variant, folder, progress, should_cancel)

        self.runner.start(work)
        self._set_buttons()

    def _on_finished(self, folder: Any) -> None:
        self._set_buttons()
        self.hide()
        self.installed.emit()

    def _on_failed(self, error: BaseException) -> None:
        self._set_buttons()
        show_message(self.error, describe_error(error))

    def _on_cancelled(self) -> None:
        if self.runner.is_stopping():
            # pip is being stopped and its half-made folder removed: wait for the worker's answer.
            show_message(self.note, self.tr("Stopping the installation…"))
        else:
            show_message(self.note, self.tr("The installation stopped; nothing was installed."))
        self._set_buttons()

    def _on_stopped(self, kind: str, value: Any) -> None:
        if kind == "finished":  # pip ended before it was stopped
            self._on_finished(value)
            return
        show_message(self.note, self.tr("The installation stopped; nothing was installed."))
        self._set_buttons()

    def stop(self) -> None:
        """Stop an install and the GPU check (the window is closing)."""
        self.runner.cancel()
        self.detector.cancel()

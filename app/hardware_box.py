"""A small box that says what this computer offers: CPU, memory, GPU and free disk space.

core.hardware.detect runs nvidia-smi, which can take a moment, so it runs through a TaskRunner;
the box says "Looking at this computer…" until it is done and then emits ``detected``. The words
are core.hardware.describe's lines, shown as plain text.
"""

from __future__ import annotations

from typing import Any, Optional

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from app.i18n import translated
from app.pages.base import describe_error
from app.tasks import TaskRunner
from app.widgets import plain_label
from core.hardware import Hardware, describe, detect
from core.paths import models_dir


class HardwareBox(QGroupBox):
    detected = Signal(object)  # the Hardware found

    def __init__(self, hardware: Optional[Hardware] = None, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("This computer"))
        self.hardware: Optional[Hardware] = None
        self.text = plain_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        self.runner = TaskRunner(self)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        if hardware is not None:
            self._show(hardware)
        else:
            self.text.setText(self.tr("Looking at this computer…"))

    def start(self) -> None:
        """Detect the hardware in the background (once); the disk measured is models_dir()'s."""
        if self.hardware is not None or self.runner.is_running():
            return
        folder = str(models_dir())  # a plain value: the worker holds no reference to a widget
        self.runner.start(lambda progress, should_cancel: detect(folder))

    def _on_finished(self, hardware: Any) -> None:
        self._show(hardware)

    def _show(self, hardware: Hardware) -> None:
        self.hardware = hardware
        self.text.setText("\n".join(translated(line) for line in describe(hardware)))
        self.detected.emit(hardware)

    def _on_failed(self, error: BaseException) -> None:
        self.text.setText(self.tr("Shule could not look at this computer: {why}").format(
            why=describe_error(error)))

    def stop(self) -> None:
        self.runner.cancel()

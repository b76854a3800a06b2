"""A progress bar, a status line and a Cancel button that follow one TaskRunner.

The panel appears only when a task has run for ~0.5 s (Anki's progress.py), so quick tasks do not
flash it; the status text is whatever core reported ("step 12/40 · loss 0.69 · about 8 s left").
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from app.i18n import translated
from app.tasks import TaskRunner

SHOW_AFTER_MS = 500


class ProgressPanel(QWidget):
    def __init__(self, runner: TaskRunner, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.status = QLabel()
        self.status.setTextFormat(Qt.PlainText)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self._cancel)

        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status)

        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.setInterval(SHOW_AFTER_MS)
        self._show_timer.timeout.connect(self._show_if_running)
        runner.started.connect(self._on_started)
        runner.progress.connect(self._on_progress)
        runner.ended.connect(self._on_ended)
        self.hide()

    def _on_started(self) -> None:
        self.bar.setRange(0, 0)  # "busy" until core reports a first fraction (a child is starting)
        self.status.setText(self.tr("Starting…"))
        self.cancel_button.setEnabled(True)
        self._show_timer.start()

    def _show_if_running(self) -> None:
        if self.runner.is_running():
            self.show()

    def _on_progress(self, fraction: float, status: str) -> None:
        self.bar.setRange(0, 1000)
        self.bar.setValue(round(fraction * 1000))
        if status:
            self.status.setText(translated(status))

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.runner.cancel()

    def _on_ended(self) -> None:
        self._show_timer.stop()
        self.hide()

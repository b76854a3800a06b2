"""A progress bar, an estimate of the time left, a status line and a Cancel button that follow
one TaskRunner.

The panel appears only when a task has run for ~0.5 s (Anki's progress.py), so quick tasks do not
flash it; the status text is whatever core reported ("step 12/40 · loss 0.69"). The estimate is
the panel's own, for every task: the pace since the first reported fraction, carried on to the
end, once a second of it has been seen.
"""

from __future__ import annotations

import time
from typing import Optional

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from app.i18n import translated
from app.tasks import TaskRunner

SHOW_AFTER_MS = 500
ESTIMATE_AFTER_S = 1.0  # too early, the pace says little


class ProgressPanel(QWidget):
    def __init__(self, runner: TaskRunner, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.status = QLabel()
        self.status.setTextFormat(Qt.PlainText)
        self.estimate = QLabel()
        self.estimate.setTextFormat(Qt.PlainText)
        self._first: Optional[tuple[float, float]] = None  # (time, fraction) of the first report
        self.clock = time.monotonic
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self._cancel)

        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.estimate)
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
        self.estimate.clear()
        self._first = None
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
        now = self.clock()
        if self._first is None:
            self._first = (now, fraction)
            return
        started, at_first = self._first
        done, elapsed = fraction - at_first, now - started
        if elapsed >= ESTIMATE_AFTER_S and done > 0.005 and fraction < 1.0:
            self.estimate.setText(self.time_left_text(elapsed * (1.0 - fraction) / done))

    def time_left_text(self, seconds: float) -> str:
        if seconds < 90:
            return self.tr("about {n} s left").format(n=max(1, round(seconds)))
        if seconds < 2 * 3600:
            return self.tr("about {n} min left").format(n=round(seconds / 60))
        return self.tr("about {hours:.1f} h left").format(hours=seconds / 3600)

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.runner.cancel()

    def _on_ended(self) -> None:
        self._show_timer.stop()
        self.hide()

"""A banner offering to continue a generation run that stopped before it finished (cancelled,
stopped by teacher errors, or cut off by a crash, a kill or a power cut). Continue resumes the
same job; Dismiss stops offering it, keeping its samples."""

from __future__ import annotations

from typing import Any, Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.widgets import NOTICE_BACKGROUND, colour


class ResumeBanner(QFrame):
    continue_requested = Signal(int)  # the job id
    dismiss_requested = Signal(int)

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("resumeBanner")
        self.setFrameShape(QFrame.StyledPanel)
        self.setStyleSheet(f"#resumeBanner {{ background: {colour(NOTICE_BACKGROUND)}; "
                           "border: 1px solid #e0c060; border-radius: 4px; }")
        self.job_id: Optional[int] = None
        self.text = QLabel()
        self.text.setTextFormat(Qt.PlainText)
        self.text.setWordWrap(True)
        self.continue_button = QPushButton(self.tr("Continue"))
        self.continue_button.clicked.connect(lambda: self._emit(self.continue_requested))
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setToolTip(self.tr("Forget this run; its samples are kept."))
        self.dismiss_button.clicked.connect(lambda: self._emit(self.dismiss_requested))
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.continue_button)
        layout.addWidget(self.dismiss_button)
        self.hide()

    def show_job(self, job: Optional[dict[str, Any]], label_count: int) -> None:
        """Offer ``job`` (an entry of Project.interrupted_jobs()), or hide when None."""
        if job is None:
            self.job_id = None
            self.hide()
            return
        self.job_id = int(job["id"])
        made = sum(job.get("added", {}).values())
        params = job.get("params") or {}
        wanted = int(params.get("per_label", 0)) * label_count
        self.text.setText(self.tr("A generation run stopped before it finished ({n} of {total} "
                                  "samples made). Continue it?").format(n=made, total=wanted))
        self.show()

    def set_busy(self, busy: bool) -> None:
        self.continue_button.setEnabled(not busy)
        self.dismiss_button.setEnabled(not busy)

    def _emit(self, signal: Any) -> None:
        if self.job_id is not None:
            signal.emit(self.job_id)

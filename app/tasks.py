"""The one task runner for background work (Orange3's ConcurrentWidgetMixin, napari's thread_worker).

A page calls ``runner.start(fn)``; ``fn(progress, should_cancel)`` runs in a worker thread (with
``partial=True`` it also gets ``emit(item)`` for partial results such as generated samples).

The worker thread never touches a Qt object: it writes the latest progress, partial results and
its outcome into a small lock-guarded ``TaskState``. A ~100 ms QTimer on the UI thread reads that
state and emits the signals, so progress is throttled however often core reports it (Anki's
progress.py) and every signal arrives on the UI thread.

Starting a new task cancels the old one; whatever the old one still produces is dropped. A page
that must know how a cancelled task really ended (training may still save its best epoch, pip
removes its half-made folder) asks ``is_stopping()`` and listens to ``stopped``.
"""

from __future__ import annotations

import threading
from typing import Any, Callable, Optional

from PySide6.QtCore import QObject, QTimer, Signal

from core.errors import Cancelled

POLL_MS = 100


class TaskState:
    """What a worker shares with the UI thread: the cancel flag and its news since the last poll."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancel = threading.Event()
        self._progress: Optional[tuple[float, str]] = None
        self._partials: list[Any] = []
        self._outcome: Optional[tuple[str, Any]] = None  # ("finished"|"failed"|"cancelled", value)

    # ---- worker side ------------------------------------------------------------------------
    def progress(self, fraction: float, status: str = "") -> None:
        with self._lock:
            self._progress = (float(fraction), str(status))

    def should_cancel(self) -> bool:
        return self._cancel.is_set()

    def emit(self, item: Any) -> None:
        with self._lock:
            self._partials.append(item)

    def finish(self, kind: str, value: Any) -> None:
        with self._lock:
            self._outcome = (kind, value)

    # ---- UI side ----------------------------------------------------------------------------
    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def take(self) -> tuple[Optional[tuple[float, str]], list[Any], Optional[tuple[str, Any]]]:
        """Everything new since the last call (progress is only the latest value)."""
        with self._lock:
            news = (self._progress, self._partials, self._outcome)
            self._progress, self._partials = None, []
            return news


class TaskRunner(QObject):
    """Runs one background task at a time for a page and reports on the UI thread."""

    started = Signal()
    progress = Signal(float, object)  # object: a core UserText keeps its template for translation
    partial = Signal(list)  # the partial results that arrived since the last poll, in order
    finished = Signal(object)  # fn's return value
    failed = Signal(object)  # the exception
    cancelled = Signal()
    ended = Signal()  # after finished, failed or cancelled: for "stop showing the progress"
    # A cancelled task's worker has ended: ("finished"|"failed"|"cancelled", value). Not sent for a
    # task dropped by start() or forget().
    stopped = Signal(str, object)

    def __init__(self, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self._state: Optional[TaskState] = None
        self._ending: Optional[TaskState] = None  # cancelled, its worker not yet ended
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    def is_running(self) -> bool:
        return self._state is not None

    def is_stopping(self) -> bool:
        """A cancelled task's worker is still ending (``stopped`` will say how)."""
        return self._ending is not None

    def start(self, fn: Callable[..., Any], partial: bool = False) -> TaskState:
        """Run ``fn(progress, should_cancel[, emit])`` in a worker thread; cancel any earlier task."""
        self.cancel()
        self._ending = None
        state = TaskState()
        self._state = state
        args: tuple[Callable[..., Any], ...] = (state.progress, state.should_cancel)
        if partial:
            args += (state.emit,)

        def work() -> None:
            try:
                value = fn(*args)
            except Cancelled:
                state.finish("cancelled", None)
            except BaseException as e:  # noqa: BLE001 - every error goes to the UI, in words
                state.finish("failed", e)
            else:
                state.finish("finished", value)

        # A daemon thread: a task stuck in a library call must not keep the app from quitting
        # (child-process work stops on its own when our end of its stdin closes).
        threading.Thread(target=work, name="shule-task", daemon=True).start()
        self._timer.start()
        self.started.emit()
        return state

    def cancel(self) -> None:
        """Ask the running task to stop: its progress and partial results are no longer reported,
        and ``stopped`` tells how its worker ended."""
        state, self._state = self._state, None
        if state is None:
            return
        state.cancel()
        self._ending = state
        self.cancelled.emit()
        self.ended.emit()

    def forget(self) -> None:
        """Cancel, and drop whatever the task still produces (the page is going away)."""
        self.cancel()
        self._ending = None
        self._timer.stop()

    def _poll(self) -> None:
        ending = self._ending
        if ending is not None:
            outcome = ending.take()[2]
            if outcome is not None:
                self._ending = None
                self.stopped.emit(*outcome)
        state = self._state
        if state is None:
            if self._ending is None:
                self._timer.stop()
            return
        progress, partials, outcome = state.take()
        if progress is not None:
            self.progress.emit(*progress)
        if partials:
            self.partial.emit(partials)
        if outcome is None:
            return
        self._state = None
        if self._ending is None:
            self._timer.stop()
        kind, value = outcome
        if kind == "finished" and state.cancel_requested:  # its own cancel flag, set directly
            kind = "cancelled"
        if kind == "finished":
            self.finished.emit(value)
        elif kind == "failed":
            self.failed.emit(value)
        else:
            self.cancelled.emit()
        self.ended.emit()

"""Progress and cancellation for long-running core functions (Orange3's convention).

A long function takes ``progress(fraction, status)`` and ``should_cancel()``; both may be None.
``wrap_progress`` maps a sub-step onto its share of the bar; ``check_cancel`` raises ``Cancelled``.
Core knows nothing of threads or processes.
"""

from __future__ import annotations

from typing import Callable, Optional

from core.errors import Cancelled

Progress = Callable[[float, str], None]
CancelCheck = Callable[[], bool]


def report(progress: Optional[Progress], fraction: float, status: str = "") -> None:
    if progress is not None:
        progress(min(max(fraction, 0.0), 1.0), status)


def wrap_progress(progress: Optional[Progress], start: float, end: float) -> Optional[Progress]:
    """A callback for a sub-step that fills the part [start, end] of the parent's bar."""
    if progress is None:
        return None
    return lambda fraction, status="": progress(start + (end - start) * fraction, status)


def check_cancel(should_cancel: Optional[CancelCheck]) -> None:
    if should_cancel is not None and should_cancel():
        raise Cancelled()

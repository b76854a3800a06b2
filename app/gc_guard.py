"""Cyclic garbage collection on the GUI thread only.

Python's collector runs in whichever thread happens to allocate when a threshold is crossed. If
that is a task runner's worker thread and the garbage holds Qt widgets, their C++ destructors run
off the GUI thread and the process crashes. So automatic collection is switched off and a timer
on the GUI thread collects instead, generation by generation, as the thresholds would have.
"""

from __future__ import annotations

import gc
from typing import Optional

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500

_guard: Optional["GarbageCollector"] = None


class GarbageCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(INTERVAL_MS)

    def check(self) -> None:
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.threshold[generation]:
                gc.collect(generation)
                break


def install(app: QObject) -> GarbageCollector:
    """Once per application; later calls return the same guard."""
    global _guard
    if _guard is None or _guard.parent() is not app:
        _guard = GarbageCollector(app)
    return _guard

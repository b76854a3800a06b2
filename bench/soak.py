"""Soak: one app session that generates many samples with the in-process tiny teacher, takes many
review decisions from the keyboard and trains three students, while the window's memory (RSS)
and event-loop latency are sampled.

Event-loop latency: a 20 ms QTimer records how late each tick fires; a busy GUI thread shows up
as late ticks (p99 reported per phase). Memory: the process's RSS after each phase; the growth
from the end of the first phase (llama.cpp and Qt loaded) to the end must stay under
``RSS_GROWTH_BOUND_MB``.

    .venv/bin/python bench/soak.py [SAMPLES [DECISIONS]]    # defaults 10000 10000
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TICK_MS = 20
RSS_GROWTH_BOUND_MB = 150.0  # after warm-up: caches may fill, but no leak per sample or decision


class Sampler:
    """Lateness of a periodic timer on the GUI thread, and the process's RSS, per phase."""

    def __init__(self) -> None:
        import psutil
        from PySide6.QtCore import QTimer

        self.process = psutil.Process()
        self.late_ms: list[float] = []
        self.expected = time.perf_counter() + TICK_MS / 1000
        self.timer = QTimer(interval=TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.late_ms.append(max(0.0, (now - self.expected) * 1000))
        self.expected = now + TICK_MS / 1000

    def phase(self) -> dict[str, float]:
        late, self.late_ms = self.late_ms, []
        p99 = (statistics.quantiles(late, n=100, method="inclusive")[-1] if len(late) >= 2
               else (late or [0.0])[0])
        return {"rss_mb": self.process.memory_info().rss / 2**20, "loop_p99_ms": p99,
                "loop_max_ms": max(late, default=0.0), "ticks": len(late)}


def _spin_until(done: Callable[[], bool]) -> None:
    """Run the Qt event loop (as the app does while work runs elsewhere) until ``done()``."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    poll = QTimer(interval=50)
    poll.timeout.connect(lambda: loop.quit() if done() else None)
    poll.start()
    loop.exec()
    poll.stop()


def _in_thread(work: Callable[[], Any]) -> Any:
    """Run ``work`` off the GUI thread, as the app's TaskRunner does, keeping the loop alive."""
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["result"] = work()
        except BaseException as e:  # noqa: BLE001 - re-raised on the GUI thread
            box["error"] = e

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    _spin_until(lambda: not thread.is_alive())
    if "error" in box:
        raise box["error"]
    return box.get("result")


def soak(workdir: Path, gguf: Path, samples: int = 10_000, decisions: int = 10_000,
         trainings: int = 3) -> dict[str, Any]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.main_window import REVIEW, MainWindow
    from core.generation import GenerationConfig, generate
    from core.languages import find_language
    from core.project import Label, Project, TeacherConfig
    from core.teachers.gguf import GGUFTeacher
    from core.training import QUICK, train

    app = QApplication.instance() or QApplication([])
    path = workdir / "soak.shule"
    with Project.create(path, find_language("sw"), [Label("sports", "Games, teams and athletes"),
                                                    Label("health", "Illness and clinics")]) as p:
        p.set_teacher(TeacherConfig("gguf", str(gguf)))
    window = MainWindow()
    window.resize(1100, 720)
    window.show()
    window.open_project(path)
    sampler = Sampler()
    phases: dict[str, dict[str, float]] = {"start": sampler.phase()}

    # Generation with the teacher in this process (its own connection, like a job's).
    def make() -> dict[str, int]:
        teacher = GGUFTeacher(str(gguf), n_threads=1)
        try:
            with Project.open(path) as project:
                result = generate(project, teacher, GenerationConfig(
                    per_label=samples // 2, max_chars=60, seed=1))
                return dict(result.added)
        finally:
            teacher.close()

    added = _in_thread(make)
    window.open_project(path)  # re-read, as the app does when a job ends
    phases["generated"] = sampler.phase()

    # Review from the keyboard: accept two, reject one with a reason.
    window.show_step(REVIEW)
    page = window.pages[REVIEW]
    page.table.setFocus()
    made = 0
    for i in range(min(decisions, sum(added.values()))):
        if i % 3 == 2:
            QTest.keyClick(page.table, Qt.Key_X)
            QTest.keyClick(page.table, Qt.Key_1)
        else:
            QTest.keyClick(page.table, Qt.Key_A)
        made += 1
        app.processEvents()  # as a person's key presses arrive: the timer gets its turn after each
    app.processEvents()
    phases["reviewed"] = sampler.phase()

    for n in range(trainings):
        _in_thread(lambda: train(path, QUICK))
        phases[f"trained_{n + 1}"] = sampler.phase()

    with Project.open(path) as project:
        counts = project.counts()
        models = len(project.models())
    decided = sum(c.get("accepted", 0) + c.get("rejected", 0) for c in counts.values())
    window.close()
    sampler.timer.stop()
    warm = phases["generated"]["rss_mb"]
    end = phases[f"trained_{trainings}"]["rss_mb"] if trainings else phases["reviewed"]["rss_mb"]
    return {
        "samples_generated": sum(added.values()), "decisions_keyed": made, "decisions_stored": decided,
        "trainings": models, "phases": phases, "rss_growth_after_warmup_mb": end - warm,
        "rss_growth_bound_mb": RSS_GROWTH_BOUND_MB,
        "loop_p99_ms": max(ph["loop_p99_ms"] for ph in phases.values()),
    }


def main(argv: list[str]) -> int:
    samples = int(argv[1]) if len(argv) > 1 else 10_000
    decisions = int(argv[2]) if len(argv) > 2 else samples
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from tests.fixtures.tiny_gguf import make_tiny_gguf

    with tempfile.TemporaryDirectory() as tmp:
        result = soak(Path(tmp), make_tiny_gguf(Path(tmp) / "tiny.gguf"), samples, decisions)
    results = ROOT / "bench" / "results"
    results.mkdir(parents=True, exist_ok=True)
    target = results / "reliability.json"
    stored = json.loads(target.read_text()) if target.is_file() else {}
    stored["soak"] = result
    target.write_text(json.dumps(stored, indent=2) + "\n")
    print(json.dumps(result, indent=2))
    ok = (result["rss_growth_after_warmup_mb"] <= RSS_GROWTH_BOUND_MB
          and result["decisions_stored"] == result["decisions_keyed"])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))

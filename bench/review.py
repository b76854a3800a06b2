"""Review figures: the review page on a 100,000-sample project.

- review_open_100k_s: open the project file and show the review page, painted, on 100,000
  samples; the ratio is against the same on a 100-sample project (goal: at most 1.0 s).
- review_key_p95_ms: key press (A, accept) to the next sample painted, p95 over 500 decisions on
  that project (goal: at most 16 ms); the ratio is against repainting the page with no decision.

Qt runs offscreen, as in the tests; projects are written to a temporary folder.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from core.languages import find_language  # noqa: E402
from core.project import Label, NewSample, Project  # noqa: E402

LABELS = [Label("habari", "News about the country"), Label("michezo", "Sports and games"),
          Label("afya", "Health and clinics")]
WORDS = ("mvua kubwa imenyesha leo sokoni bei ya mahindi timu ya simba imeshinda mechi "
         "daktari amefika kliniki wagonjwa wengi wanasubiri").split()


def make_project(path: Path, n: int) -> Path:
    import random

    rng = random.Random(n)
    samples = (NewSample(" ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 30))),
                         LABELS[i % len(LABELS)].name,
                         provenance={"strategy": ("zero-shot", "few-shot", "diverse")[i % 3],
                                     "job_id": 1 + i // 1000})
               for i in range(n))
    with Project.create(path, find_language("sw"), LABELS) as project:
        project.add_samples(samples)
    return path


def _app():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def _open_and_show(path: Path) -> tuple[float, object, Project]:
    from PySide6.QtWidgets import QApplication

    from app.pages.review_page import ReviewPage

    start = time.perf_counter()
    project = Project.open(path)
    page = ReviewPage()
    page.resize(1200, 800)
    page.set_project(project)
    page.show()
    page.repaint()
    QApplication.processEvents()
    return time.perf_counter() - start, page, project


def _close(page, project: Project) -> None:
    page.shutdown()
    page.close()
    page.deleteLater()
    project.close()


def review_figures(runs: int = 5, decisions: int = 500) -> dict[str, dict]:
    _app()
    with tempfile.TemporaryDirectory() as tmp:
        big = make_project(Path(tmp) / "big.shule", 100_000)
        small = make_project(Path(tmp) / "small.shule", 100)
        opens: dict[str, list[float]] = {"big": [], "small": []}
        for _ in range(runs + 1):  # the first pair warms caches and is not counted
            for name, path in (("big", big), ("small", small)):
                seconds, page, project = _open_and_show(path)
                opens[name].append(seconds)
                _close(page, project)
        big_s, small_s = (statistics.median(opens[k][1:]) for k in ("big", "small"))
        key_ms, paint_ms = _key_latency(big, decisions)
    p95 = lambda xs: statistics.quantiles(xs, n=20)[-1]  # noqa: E731
    return {
        "review_open_100k_s": {
            "value": big_s / small_s, "open_100k_s": big_s, "open_100_s": small_s, "runs": runs,
            "baseline": "the same on a 100-sample project", "goal": "open_100k_s <= 1.0"},
        "review_key_p95_ms": {
            "value": p95(key_ms) / p95(paint_ms), "key_p95_ms": p95(key_ms),
            "key_median_ms": statistics.median(key_ms), "repaint_p95_ms": p95(paint_ms),
            "decisions": decisions, "baseline": "repainting the page with no decision",
            "goal": "key_p95_ms <= 16"},
    }


def _key_latency(path: Path, decisions: int) -> tuple[list[float], list[float]]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    _seconds, page, project = _open_and_show(path)
    page.table.setFocus()
    keys, paints = [], []
    for _ in range(decisions):
        start = time.perf_counter()
        QTest.keyClick(page.table, Qt.Key_A)
        page.repaint()
        QApplication.processEvents()
        keys.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        page.repaint()
        QApplication.processEvents()
        paints.append((time.perf_counter() - start) * 1000)
    accepted = project.db.execute("SELECT COUNT(*) FROM samples WHERE status = 'accepted'"
                                  ).fetchone()[0]
    _close(page, project)
    if accepted != decisions:  # the figure means nothing if the keys did not decide
        raise SystemExit(f"{decisions} A presses accepted {accepted} samples")
    return keys, paints

"""Shule's benchmark harness: each figure is a ratio against a baseline measured in the same run.

    python bench/run.py            # all figures -> bench/results/latest.json and latest.md

Later issues add figures by adding a function to FIGURES. Ratios, not seconds, so results from a
busy or a quiet machine can be compared.
"""

from __future__ import annotations

import importlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
RESULTS = ROOT / "bench" / "results"

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1100, 720); w.show()
QTimer.singleShot(0, app.quit)  # runs once the event loop is idle after the first paint
app.exec()
"""


def _time_process(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd[:3])} failed:\n{done.stderr.decode(errors='replace')}")
    return elapsed


def startup_ratio(runs: int = 7) -> dict:
    """Process start to main window shown and idle, over the same for a bare PySide6 window.
    Interleaved runs, so drift in machine load hits both sides alike; medians."""
    # An installed app starts from compiled bytecode: let the warm-up run write it (to a
    # folder of its own) even where PYTHONDONTWRITEBYTECODE is set, as it is on CI machines.
    cache = tempfile.mkdtemp(prefix="shule-bench-pycache-")
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               SHULE_EXIT_WHEN_IDLE="1", PYTHONPYCACHEPREFIX=cache)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    shule_cmd = [sys.executable, "-m", "app.launch", "gui"]
    bare_cmd = [sys.executable, "-c", BARE_WINDOW]
    _time_process(shule_cmd, env), _time_process(bare_cmd, env)  # warm the file cache
    shule, bare = [], []
    for _ in range(runs):
        shule.append(_time_process(shule_cmd, env))
        bare.append(_time_process(bare_cmd, env))
    shutil.rmtree(cache, ignore_errors=True)
    return {
        "value": statistics.median(shule) / statistics.median(bare),
        "shule_median_s": statistics.median(shule),
        "baseline_median_s": statistics.median(bare),
        "runs": runs,
        "baseline": "a bare PySide6 QMainWindow, same interpreter, interleaved; bytecode cached",
        "goal": "<= 3",
    }


def _generation(name: str) -> Callable[[], dict]:
    def measure() -> dict:
        import bench.generation as generation  # loads llama.cpp: only when asked for

        return getattr(generation, name)()

    return measure


_shared_cache: dict[str, dict[str, dict]] = {}


def _shared(module: str, function: str, name: str) -> Callable[[], dict]:
    """A figure that ``module.function()`` measures together with others from one expensive set-up
    (one 100k-sample project, one set of interleaved training runs, one fine-tuned model): the
    module is imported, and the set-up run, only when the first of them is asked for."""
    def measure() -> dict:
        if module not in _shared_cache:
            _shared_cache[module] = getattr(importlib.import_module(module), function)()
        return _shared_cache[module][name]

    return measure


FIGURES: dict[str, Callable[[], dict]] = {
    "startup_ratio": startup_ratio,
    "generation_overhead_ratio": _generation("generation_overhead_ratio"),
    "remote_throughput_ratio": _generation("remote_throughput_ratio"),
    "review_open_100k_s": _shared("bench.review", "review_figures", "review_open_100k_s"),
    "review_key_p95_ms": _shared("bench.review", "review_figures", "review_key_p95_ms"),
    "train_time_ratio": _shared("bench.training", "measure", "train_time_ratio"),
    "train_rss_ratio": _shared("bench.training", "measure", "train_rss_ratio"),
    "onnx_int8_speedup_b1": _shared("bench.export", "measure", "onnx_int8_speedup_b1"),
    "onnx_int8_size_ratio": _shared("bench.export", "measure", "onnx_int8_size_ratio"),
    "onnx_int8_f1_delta": _shared("bench.export", "measure", "onnx_int8_f1_delta"),
}


def main() -> int:
    only = set(sys.argv[1:])
    results = {
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "cpus": os.cpu_count()},
        "time": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "figures": {},
    }
    for name, measure in FIGURES.items():
        if only and name not in only:
            continue
        print(f"measuring {name} …", flush=True)
        results["figures"][name] = measure()
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "latest.json").write_text(json.dumps(results, indent=2) + "\n")
    lines = ["| figure | ratio | goal | detail |", "|---|---|---|---|"]
    for name, fig in results["figures"].items():
        detail = ", ".join(f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}"
                           for k, v in fig.items() if k not in ("value", "goal"))
        lines.append(f"| {name} | {fig['value']:.2f} | {fig.get('goal', '')} | {detail} |")
    table = "\n".join(lines) + "\n"
    (RESULTS / "latest.md").write_text(table)
    print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())

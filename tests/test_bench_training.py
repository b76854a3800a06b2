"""Smoke test of the training benchmark (bench/training.py): it runs end to end on a tiny model and
reports both figures. No timing assertions: timings belong to bench/run.py, not to the tests."""

from __future__ import annotations

import math

from bench.training import TINY_MODEL, measure


def test_training_benchmark_reports_both_ratios(tmp_path):
    # 5 steps, not 3: Shule records train_seconds to 0.01 s, and 3 tiny steps can round to 0.
    figures = measure(steps=5, batch_size=4, max_length=32, threads=1, runs=1, model=TINY_MODEL,
                      per_label=6, workdir=tmp_path)
    time_fig, rss_fig = figures["train_time_ratio"], figures["train_rss_ratio"]
    for fig in (time_fig, rss_fig):
        assert isinstance(fig["value"], float) and math.isfinite(fig["value"]) and fig["value"] > 0
        assert fig["steps"] == 5 and fig["batch_size"] == 4 and fig["threads"] == 1
    assert time_fig["goal"] == "<= 1.05" and rss_fig["goal"] == "<= 1.10"
    assert time_fig["shule_median_s"] > 0 and time_fig["baseline_median_s"] > 0
    assert rss_fig["shule_median_mb"] > 0 and rss_fig["baseline_median_mb"] > 0
    # The plain loop takes the very same steps as Shule: same batches, same losses.
    assert time_fig["max_loss_diff"] < 1e-4

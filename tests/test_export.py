"""ONNX export: the bundle predicts what PyTorch predicts, checks its own files, and runs without
torch (or the rest of Shule)."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from core.errors import ModelFolderError, ShuleError
from core.export import export
from core.export_job import CheckSet, compare_exports
from core.predict import Predictor
from core.project import Project
from tests.fixtures.projects import all_texts

ROOT = Path(__file__).resolve().parents[1]
ODD_TEXTS = ["", "rain " * 400, "ÜNICODE Ωμέγα 😀 雨", "the team", "clinic clinic clinic"]


@pytest.fixture(scope="module")
def exported(trained_project, tmp_path_factory):
    path, model_id = trained_project
    out = tmp_path_factory.mktemp("export") / "bundle"
    result = export(path, model_id, out, int8=True)
    return path, model_id, out, result


def pytorch_logits(model_dir: Path, texts: list[str], max_length: int) -> np.ndarray:
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    model = AutoModelForSequenceClassification.from_pretrained(model_dir).eval()
    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    rows = []
    with torch.inference_mode():
        for text in texts:  # one at a time: no padding at all on the PyTorch side
            enc = tokenizer([text], truncation=True, max_length=max_length, return_tensors="pt")
            rows.append(model(**enc).logits[0].numpy())
    return np.stack(rows)


BUNDLE_FILES = ["MODEL_CARD.md", "config.json", "labels.json", "manifest.json", "model.int8.onnx",
                "model.onnx", "predict.py", "tokenizer.json"]


def test_bundle_holds_what_predict_needs_and_a_manifest(exported):
    _, model_id, out, result = exported
    assert sorted(p.name for p in out.iterdir()) == BUNDLE_FILES
    assert not list(out.parent.glob(".*"))  # no temporary folder left beside it
    config = json.loads((out / "config.json").read_text())
    assert config["model_files"] == {"fp32": "model.onnx", "int8": "model.int8.onnx"}
    assert config["recommended"] == result["recommended"] in ("int8", "fp32")
    assert config["max_length"] == 32 and config["language"]["code"] == "en"
    assert config["student"] == "transformer"
    assert set(config["input_names"]) == {"input_ids", "attention_mask", "token_type_ids"}
    labels = json.loads((out / "labels.json").read_text())
    assert [l["name"] for l in labels] == ["weather", "sports", "health"]
    assert [l["id"] for l in labels] == [0, 1, 2] and labels[0]["description"] == "Texts about weather."
    assert result["model_id"] == model_id
    assert result["files"] == {p.name: p.stat().st_size for p in out.iterdir()}
    assert result["files"]["model.int8.onnx"] < result["files"]["model.onnx"]

    manifest = json.loads((out / "manifest.json").read_text())
    assert sorted(manifest["files"]) == [n for n in BUNDLE_FILES if n != "manifest.json"]
    for name, entry in manifest["files"].items():
        data = (out / name).read_bytes()
        assert entry == {"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    import onnxruntime

    import core
    assert manifest["shule_version"] == core.__version__ and manifest["opset"] == 18
    assert manifest["onnxruntime_version"] == onnxruntime.__version__
    assert manifest["cpu_flags"] == result["cpu_flags"] and manifest["verified_variants"] == ["fp32", "int8"]
    assert abs(manifest["created_at"] - config["exported_at"]) < 1
    assert (out / "predict.py").read_text() == (ROOT / "core" / "predict.py").read_text()
    card = (out / "MODEL_CARD.md").read_text()
    assert card.startswith("---") and "Texts about weather." in card


def test_export_measures_speed_and_says_what_to_copy(exported):
    result = exported[3]
    for variant in ("fp32", "int8"):
        speed = result["speed"][variant]
        assert speed["latency_ms_b1"] > 0 and speed["texts_per_s_b32"] > 0
        assert speed["size_bytes"] == result["files"][f"model{'.int8' if variant == 'int8' else ''}.onnx"]
    device = result["device"]
    model_file = "model.int8.onnx" if result["recommended"] == "int8" else "model.onnx"
    assert device["files"] == sorted(["config.json", "labels.json", "manifest.json", "predict.py",
                                      "tokenizer.json", model_file])
    assert device["install"] == "pip install onnxruntime numpy tokenizers"


def test_fp32_onnx_matches_pytorch(exported):
    path, _, out, result = exported
    check = result["verification"]
    assert check["fp32"]["max_abs_logit_diff"] <= 1e-4 and check["fp32"]["argmax_agreement"] == 1.0
    assert check["int8"]["argmax_agreement"] >= 0.9
    # No gold set here: the model's own held-out samples, with their labels, so F1 is reported.
    with Project.open(path) as project:
        held_out = project.model().eval_ids
    assert check["on"] == "held-out" and check["n_texts"] == len(held_out)
    assert check["fp32"]["macro_f1"] == check["reference_macro_f1"]
    assert check["int8"]["f1_delta_points"] == round(100 * (check["int8"]["macro_f1"] - check["fp32"]["macro_f1"]), 2)

    # The test's own check: PyTorch here, unpadded, against the bundle's predictor, batched.
    with Project.open(path) as project:
        model_dir = project.model_path(project.model())
    texts = all_texts() + ODD_TEXTS
    max_length = json.loads((out / "config.json").read_text())["max_length"]
    reference = pytorch_logits(model_dir, texts, max_length)
    onnx = Predictor(out, "fp32").logits(texts, batch_size=8)
    assert np.abs(onnx - reference).max() <= 1e-4
    assert (onnx.argmax(1) == reference.argmax(1)).all()
    int8 = Predictor(out, "int8").logits(texts)
    assert (int8.argmax(1) == onnx.argmax(1)).mean() >= 0.9


def test_predictor_gives_a_label_and_probabilities(exported):
    _, _, out, result = exported
    predictor = Predictor(out)
    assert predictor.variant == result["recommended"]
    assert predictor.labels == ["weather", "sports", "health"]
    rows = predictor.predict(ODD_TEXTS + ["heavy rain and storm tonight"], batch_size=2)
    assert len(rows) == len(ODD_TEXTS) + 1
    for row in rows:
        assert set(row["scores"]) == set(predictor.labels)
        assert abs(sum(row["scores"].values()) - 1) < 1e-5
        assert row["label"] == max(row["scores"], key=row["scores"].get)
    assert predictor.predict([]) == []


def test_predictor_runs_with_torch_and_transformers_blocked(exported):
    out = exported[2]
    script = f"""
import importlib.abc, json, sys, time
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("torch", "transformers", "optimum"):
            raise ImportError("blocked: " + name)
sys.meta_path.insert(0, Block())
start = time.perf_counter()
from core.predict import Predictor
imported = time.perf_counter() - start
rows = Predictor({str(out)!r}).predict(["the football match", "malaria clinic"])
print(json.dumps({{"import_s": imported, "total_s": time.perf_counter() - start, "rows": rows,
                  "heavy": sorted(m for m in ("torch", "transformers") if m in sys.modules)}}))
"""
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    info = json.loads(done.stdout)
    assert info["heavy"] == [] and len(info["rows"]) == 2
    assert info["import_s"] < 2.0, info  # ~0.2 s measured; torch alone takes ~1.5 s


def test_reexport_replaces_a_bundle_but_never_other_files(exported, tmp_path):
    path, model_id, first, _ = exported
    out = shutil.copytree(first, tmp_path / "bundle")  # the module's bundle stays as it was
    result = export(path, None, out, int8=False)  # None: the newest model
    assert sorted(p.name for p in out.iterdir()) == [n for n in BUNDLE_FILES if n != "model.int8.onnx"]
    assert result["recommended"] == "fp32" and "int8" not in result["verification"]
    assert list(result["speed"]) == ["fp32"]
    assert Predictor(out).variant == "fp32"
    with pytest.raises(ModelFolderError, match="no int8 version"):
        Predictor(out, "int8")

    other = tmp_path / "photos"
    other.mkdir()
    (other / "holiday.jpg").write_bytes(b"\xff\xd8")
    with pytest.raises(ShuleError, match="already holds other files"):
        export(path, model_id, other)
    assert [p.name for p in other.iterdir()] == ["holiday.jpg"]


def test_predictor_refuses_folders_that_are_not_bundles(exported, tmp_path):
    with pytest.raises(ModelFolderError, match="does not exist"):
        Predictor(tmp_path / "nothing")
    with pytest.raises(ModelFolderError, match="not an exported Shule model"):
        Predictor(tmp_path)
    broken = tmp_path / "broken"
    shutil.copytree(exported[2], broken)
    (broken / "tokenizer.json").unlink()
    with pytest.raises(ModelFolderError, match="missing tokenizer.json"):
        Predictor(broken)


@pytest.mark.parametrize("damage, message", [
    ("flip a byte in the model", "model.onnx .* has changed since the model was exported"),
    ("flip a byte in the int8 model", "model.int8.onnx .* has changed"),
    ("remove the labels", "missing labels.json"),
    ("swap in other labels", "labels.json .* has changed"),
    ("edit the settings", "config.json .* has changed"),
    ("remove the manifest", "no readable manifest.json"),
    ("unlisted model file", "model.onnx .* is not listed in manifest.json"),
])
def test_a_tampered_bundle_is_refused_with_a_reason(exported, tmp_path, damage, message):
    bundle = shutil.copytree(exported[2], tmp_path / "bundle")
    manifest = json.loads((bundle / "manifest.json").read_text())
    if damage.startswith("flip"):
        name = "model.int8.onnx" if "int8" in damage else "model.onnx"
        data = bytearray((bundle / name).read_bytes())
        data[len(data) // 2] ^= 0x01  # one bit, inside the weights: the file still loads
        (bundle / name).write_bytes(bytes(data))
        variant = "int8" if "int8" in damage else "fp32"
    else:
        variant = "fp32"
        if damage == "remove the labels":
            (bundle / "labels.json").unlink()
        elif damage == "swap in other labels":
            labels = json.loads((bundle / "labels.json").read_text())
            labels[0]["name"], labels[1]["name"] = labels[1]["name"], labels[0]["name"]
            (bundle / "labels.json").write_text(json.dumps(labels))
        elif damage == "edit the settings":
            config = json.loads((bundle / "config.json").read_text())
            config["max_length"] = 8
            (bundle / "config.json").write_text(json.dumps(config))
        elif damage == "remove the manifest":
            (bundle / "manifest.json").unlink()
        else:
            del manifest["files"]["model.onnx"]
            (bundle / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(ModelFolderError, match=message):
        Predictor(bundle, variant)
    # The bundle's own predict.py refuses it the same way: one sentence, exit status 2.
    done = subprocess.run([sys.executable, str(bundle / "predict.py"), "--variant", variant, "rain"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.startswith("predict.py: ") and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_int8_is_recommended_only_within_the_allowed_f1_loss():
    labels = ["a", "b"]
    check = CheckSet("gold", ["t1", "t2", "t3", "t4"], ["a", "b", "a", "b"])
    right = np.array([[1, 0], [0, 1], [1, 0], [0, 1]], dtype=np.float32)
    one_wrong = np.array([[1, 0], [0, 1], [0, 1], [0, 1]], dtype=np.float32)
    verification, warnings = compare_exports(right, right, one_wrong, check, labels, 1.0)
    assert verification["fp32"]["macro_f1"] == 1.0 and verification["int8"]["argmax_agreement"] == 0.75
    assert verification["int8"]["f1_delta_points"] == -26.67  # macro-F1 0.733 vs 1.0
    assert warnings == [{"code": "int8_f1_drop", "points": 26.67, "threshold": 1.0}]
    from core.export_job import recommend
    assert recommend(verification) == "fp32"
    verification, warnings = compare_exports(right, right, one_wrong, check, labels, 30.0)
    assert warnings == [] and recommend(verification) == "int8"  # the threshold is the user's
    verification, warnings = compare_exports(right, right, right, check, labels, 0.0)
    assert warnings == [] and recommend(verification) == "int8"
    # Without trusted labels: agreement decides, and a fp32 export that drifts is reported.
    unlabelled = CheckSet("samples", check.texts, None)
    verification, warnings = compare_exports(right, right + 0.01, one_wrong, unlabelled, labels, 1.0)
    assert verification["int8"]["f1_delta_points"] is None and recommend(verification) == "fp32"
    assert [w["code"] for w in warnings] == ["fp32_mismatch", "int8_disagrees"]


def test_the_quick_student_exports_to_the_same_predictor(tmp_path):
    from core.quick_model import QuickModel
    from core.training import QUICK, TrainingConfig, train
    from tests.fixtures.projects import make_project

    path = make_project(tmp_path / "p")
    model_id = train(path, QUICK, TrainingConfig(epochs=10))
    out = tmp_path / "bundle"
    result = export(path, model_id, out, int8=True)
    # No tokenizer: the n-gram settings are in config.json.
    assert sorted(p.name for p in out.iterdir()) == [n for n in BUNDLE_FILES if n != "tokenizer.json"]
    config = json.loads((out / "config.json").read_text())
    assert config["student"] == "quick" and config["input_names"] == ["ids"]
    assert result["verification"]["fp32"]["max_abs_logit_diff"] <= 1e-4
    assert result["verification"]["fp32"]["argmax_agreement"] == 1.0
    assert "tokenizers" not in result["device"]["install"]
    with Project.open(path) as project:
        model = QuickModel.load(project.model_path(project.model(model_id)))
    texts = all_texts() + ODD_TEXTS
    fp32 = Predictor(out, "fp32").logits(texts)
    assert np.abs(fp32 - model.predict_logits(texts)).max() <= 1e-4
    int8 = Predictor(out, "int8")
    assert (int8.logits(texts).argmax(1) == fp32.argmax(1)).mean() >= 0.95
    assert [r["label"] for r in Predictor(out).predict(["clinic"])] in (["weather"], ["sports"], ["health"])
    assert result["files"]["model.int8.onnx"] < result["files"]["model.onnx"] / 2


def test_the_export_hashes_each_model_file_once_beyond_its_manifest(tmp_path, monkeypatch):
    """Hashing a 90 MB model takes about a second: the export lists each model file in the
    manifest once (the final manifest reuses that hash) and loads one predictor per variant,
    which checks the file once and serves both the parity check and the timing."""
    from collections import Counter

    import torch

    from core import predict
    from core.export_job import export_job
    from core.training import QUICK, TrainingConfig, train
    from tests.fixtures.projects import make_project

    path = make_project(tmp_path / "p")
    model_id = train(path, QUICK, TrainingConfig(epochs=2))
    hashed: Counter[str] = Counter()
    real = predict.file_sha256

    def counting(file: Path) -> str:
        hashed[Path(file).name] += 1
        return real(file)

    monkeypatch.setattr(predict, "file_sha256", counting)
    threads = torch.get_num_threads()  # export_job sets torch's threads for its own process
    try:
        result = export_job({"project": str(path), "model_id": model_id, "out_dir": str(tmp_path / "b"),
                             "int8": True}, lambda *a, **k: None, lambda: False, lambda event: None)
    finally:
        torch.set_num_threads(threads)
    assert sorted(result["speed"]) == ["fp32", "int8"] and "int8" in result["verification"]
    assert hashed["model.onnx"] == 2 and hashed["model.int8.onnx"] == 2, hashed
    manifest = json.loads((tmp_path / "b" / "manifest.json").read_text())
    for name, entry in manifest["files"].items():  # the reused hashes are still the files' own
        data = (tmp_path / "b" / name).read_bytes()
        assert entry == {"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}

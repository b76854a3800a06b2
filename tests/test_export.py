"""ONNX export: the bundle predicts what PyTorch predicts, and runs without torch."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from core.errors import ModelFolderError, ShuleError
from core.export import export
from core.inference import Predictor
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


def test_bundle_holds_only_what_predict_needs(exported):
    _, model_id, out, result = exported
    assert sorted(p.name for p in out.iterdir()) == [
        "config.json", "labels.json", "model.int8.onnx", "model.onnx", "tokenizer.json"]
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
    assert result["files"]["model.int8.onnx"] < result["files"]["model.onnx"]


def test_fp32_onnx_matches_pytorch(exported):
    path, _, out, result = exported
    parity = result["parity"]
    assert parity["fp32_max_abs_logit_diff"] <= 1e-4 and parity["fp32_argmax_agreement"] == 1.0
    assert parity["n_texts"] == len(all_texts()) and parity["int8_argmax_agreement"] >= 0.9

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
from core.inference import Predictor
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
    path, model_id, out, _ = exported
    result = export(path, None, out, int8=False)  # None: the newest model
    assert sorted(p.name for p in out.iterdir()) == ["config.json", "labels.json", "model.onnx", "tokenizer.json"]
    assert result["recommended"] == "fp32" and "int8_argmax_agreement" not in result["parity"]
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
    broken.mkdir()
    for name in ("config.json", "labels.json", "model.onnx"):
        (broken / name).write_bytes((exported[2] / name).read_bytes())
    with pytest.raises(ModelFolderError, match="missing tokenizer.json"):
        Predictor(broken)


def test_the_quick_student_exports_to_the_same_predictor(tmp_path):
    from core.quick_model import QuickModel
    from core.training import QUICK, TrainingConfig, train
    from tests.fixtures.projects import make_project

    path = make_project(tmp_path / "p")
    model_id = train(path, QUICK, TrainingConfig(epochs=10))
    out = tmp_path / "bundle"
    result = export(path, model_id, out, int8=True)
    assert sorted(p.name for p in out.iterdir()) == [
        "config.json", "labels.json", "model.int8.onnx", "model.onnx"]  # no tokenizer: n-grams
    config = json.loads((out / "config.json").read_text())
    assert config["student"] == "quick" and config["input_names"] == ["ids"]
    assert result["parity"]["fp32_max_abs_logit_diff"] <= 1e-4
    assert result["parity"]["fp32_argmax_agreement"] == 1.0
    with Project.open(path) as project:
        model = QuickModel.load(project.model_path(project.model(model_id)))
    texts = all_texts() + ODD_TEXTS
    fp32 = Predictor(out, "fp32").logits(texts)
    assert np.abs(fp32 - model.predict_logits(texts)).max() <= 1e-4
    int8 = Predictor(out, "int8")
    assert (int8.logits(texts).argmax(1) == fp32.argmax(1)).mean() >= 0.95
    assert [r["label"] for r in Predictor(out).predict(["clinic"])] in (["weather"], ["sports"], ["health"])
    assert result["files"]["model.int8.onnx"] < result["files"]["model.onnx"] / 2

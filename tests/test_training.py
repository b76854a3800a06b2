"""Training a student through the real child process, on a tiny random base model."""

from __future__ import annotations

import json
import shutil

import pytest

from core.errors import Cancelled, ModelFolderError, NotReady
from core.project import Project
from core.training import TrainingConfig, auto_batch_size, check_base_dir, evaluate, train, training_readiness
from tests.fixtures.projects import TOY, add_samples, make_project

FAST = TrainingConfig(epochs=3, learning_rate=1e-3, threads=1)


def test_trained_model_is_registered_with_its_metrics(trained_project):
    path, model_id = trained_project
    with Project.open(path) as project:
        record = project.model()
        folder = project.model_path(record)
        n_accepted = len(project.sample_ids(status="accepted"))
    assert record.id == model_id and model_id.startswith("m-")
    assert {"config.json", "model.safetensors", "tokenizer.json"} <= {p.name for p in folder.iterdir()}
    assert not list(folder.glob("*.bin"))  # safetensors only, never pickle
    assert json.loads((folder / "config.json").read_text())["id2label"] == {"0": "weather", "1": "sports", "2": "health"}

    m = record.metrics
    assert m["on"] == "held-out"
    assert {"accuracy", "macro_f1", "per_label", "confusion", "n"} <= set(m)
    assert m["n"] == len(record.eval_ids) == 6  # round(8 * 0.2) = 2 per label
    assert 0 <= m["macro_f1"] <= 1 and 0 <= m["accuracy"] <= 1
    assert sorted(record.train_ids + record.eval_ids) == list(range(1, n_accepted + 1))
    assert not set(record.train_ids) & set(record.eval_ids)
    assert record.settings["labels"] == list(TOY) and record.settings["max_length"] == 128
    assert record.settings["batch_size_used"] == auto_batch_size(len(record.train_ids)) == 4
    assert record.base.endswith("tiny-bert")


def test_evaluate_uses_held_out_samples_without_gold(trained_project):
    path, model_id = trained_project
    report = evaluate(path)
    assert report["on"] == "held-out" and report["model_id"] == model_id
    assert report["n"] == 6 and len(report["confusion"]) == 3
    with Project.open(path) as project:
        assert report["accuracy"] == project.model().metrics["accuracy"]  # same model, same samples


def test_cancel_stops_training_and_leaves_no_model(tmp_path, tiny_base):
    path = make_project(tmp_path / "p")
    reports = []
    slow = TrainingConfig(epochs=500, learning_rate=1e-3, threads=1)  # far longer than the cancel takes
    with pytest.raises(Cancelled):
        train(path, tiny_base, slow, progress=lambda f, s: reports.append((f, s)),
              should_cancel=lambda: bool(reports))
    with Project.open(path) as project:
        assert project.models() == []
        leftovers = list(project.models_dir.iterdir()) if project.models_dir.exists() else []
    assert leftovers == []


def test_progress_reports_steps_loss_and_eta(tmp_path, tiny_base):
    path = make_project(tmp_path / "p")
    statuses, events = [], []
    train(path, tiny_base, FAST, progress=lambda f, s: statuses.append((f, s)), on_event=events.append)
    fractions = [f for f, _ in statuses]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    steps = [e for e in events if e.get("event") == "progress" and "step" in e]
    assert [e["step"] for e in steps] == list(range(1, steps[0]["total_steps"] + 1))
    assert all(e["loss"] > 0 and e["eta"] >= 0 for e in steps)
    assert any(s.startswith("step 1/") and "loss" in s and "left" in s for _, s in statuses)


def test_bad_base_folders_are_refused_in_one_sentence(tmp_path, tiny_base):
    with pytest.raises(ModelFolderError, match="does not exist"):
        check_base_dir(tmp_path / "nowhere")
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(ModelFolderError, match="config.json"):
        check_base_dir(empty)
    for missing, message in [("model.safetensors", "no model weights"), ("tokenizer.json", "no tokenizer")]:
        broken = tmp_path / f"no-{missing}"
        shutil.copytree(tiny_base, broken)
        (broken / missing).unlink()
        if missing == "tokenizer.json":
            (broken / "vocab.txt").unlink()
        with pytest.raises(ModelFolderError, match=message):
            check_base_dir(broken)
    assert check_base_dir(tiny_base) == tiny_base
    project = make_project(tmp_path / "p")
    with pytest.raises(ModelFolderError):  # checked before any process starts
        train(project, empty, FAST)


def test_too_few_accepted_samples_is_not_ready(tmp_path, tiny_base):
    # Pending samples and gold samples do not count; one label with 2 accepted is not enough.
    path = make_project(tmp_path / "p", status="pending")
    with Project.open(path) as project:
        assert "at least 2 labels" in training_readiness(project)
        add_samples(project, {"weather": TOY["weather"][:2], "sports": TOY["sports"][:1]})
        add_samples(project, {"sports": TOY["sports"][2:6]}, source="gold")
        assert training_readiness(project) is not None
    with pytest.raises(NotReady, match="at least 2 labels"):
        train(path, tiny_base, FAST)
    with Project.open(path) as project:
        add_samples(project, {"sports": TOY["sports"][6:7]})
        assert training_readiness(project) is None


def test_auto_batch_size_grows_with_the_data():
    assert [auto_batch_size(n) for n in (5, 20, 21, 100, 600, 601, 5000)] == [4, 4, 8, 16, 32, 64, 64]

"""Training a student through the real child process, on a tiny random base model."""

from __future__ import annotations

import json
import shutil

import pytest

from core.errors import Cancelled, ModelFolderError, NotReady
from core.project import Project
from core.training import (QUICK, TrainingConfig, auto_batch_size, auto_learning_rate, auto_max_length,
                           check_base_dir, evaluate, train, training_readiness)
from core.training_data import training_data
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
    settings = record.settings
    assert settings["labels"] == list(TOY)
    assert settings["max_length"] == 32  # the TOY texts are short: 95 % fit in 32 tokens
    assert settings["batch_size_used"] == auto_batch_size(len(record.train_ids)) == 4
    assert settings["learning_rate_used"] == 1e-3 and settings["seed"] == 0
    assert record.base.endswith("tiny-bert")
    # Enough to reproduce the run: the data's hash, the epochs, why it stopped, the versions.
    with Project.open(path) as project:
        data = training_data(project, 0.2, 0)
    assert settings["data_hash"] == data.hash and len(settings["data_hash"]) == 64
    assert [s.id for s in data.train] == record.train_ids
    assert settings["stopped"] in {"finished", "early"} and settings["device"] == "cpu"
    assert [h["epoch"] for h in settings["history"]] == list(range(1, settings["epochs_used"] + 1))
    assert record.metrics["macro_f1"] == max(h["dev_macro_f1"] for h in settings["history"])
    assert settings["torch"] and settings["transformers"] and settings["size_bytes"] > 0


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
    steps = [e for e in events if e.get("event") == "progress" and "loss" in e]
    assert [e["step"] for e in steps] == list(range(1, steps[0]["total_steps"] + 1))
    assert all(e["loss"] > 0 and e["eta"] >= 0 for e in steps)
    assert any("step 1/" in s and "loss" in s and "left" in s for _, s in statuses)
    dev = [e for e in events if "dev_macro_f1" in e]  # one per epoch, for the plot
    assert [e["epoch"] for e in dev] == [1, 2, 3] and all(0 <= e["dev_macro_f1"] <= 1 for e in dev)


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


def test_early_stopping_ends_a_run_that_stops_improving(tmp_path, tiny_base):
    # A learning rate of 0 cannot improve on the first epoch: patience 1 ends the run at epoch 2.
    path = make_project(tmp_path / "p")
    model_id = train(path, tiny_base, TrainingConfig(epochs=50, learning_rate=0.0, patience=1, threads=1))
    with Project.open(path) as project:
        settings = project.model(model_id).settings
    assert settings["stopped"] == "early" and settings["epochs_used"] == 2 and settings["best_epoch"] == 1


def test_cancel_after_an_epoch_keeps_the_best_model_so_far(tmp_path, tiny_base):
    path = make_project(tmp_path / "p")
    scored = []
    model_id = train(path, tiny_base, TrainingConfig(epochs=500, learning_rate=1e-3, threads=1),
                     on_event=lambda e: scored.append(e) if "dev_macro_f1" in e else None,
                     should_cancel=lambda: bool(scored))
    with Project.open(path) as project:
        record = project.model(model_id)
        assert project.model_path(record).is_dir()
    assert record.settings["stopped"] == "cancelled" and record.settings["best_epoch"] >= 1
    assert record.metrics["macro_f1"] == scored[0]["dev_macro_f1"] or record.settings["best_epoch"] > 1


def test_max_steps_bounds_a_run(tmp_path, tiny_base):
    path = make_project(tmp_path / "p")
    model_id = train(path, tiny_base, TrainingConfig(epochs=50, max_steps=3, learning_rate=1e-3, threads=1))
    with Project.open(path) as project:
        settings = project.model(model_id).settings
    assert settings["steps"] == 3 and settings["stopped"] == "max_steps"


def test_quick_student_trains_in_the_child_and_scores_its_dev_split(tmp_path):
    path = make_project(tmp_path / "p")
    events = []
    model_id = train(path, QUICK, TrainingConfig(epochs=5), on_event=events.append)
    with Project.open(path) as project:
        record = project.model(model_id)
        folder = project.model_path(record)
        data = training_data(project, 0.2, 0)
    assert record.base == QUICK and {p.name for p in folder.iterdir()} == {"quick.npz", "quick.json"}
    assert record.settings["student"] == QUICK and record.settings["epochs_used"] == 5
    assert record.settings["data_hash"] == data.hash and record.eval_ids == [s.id for s in data.dev]
    assert record.metrics["on"] == "held-out" and record.metrics["n"] == 6
    assert [e["epoch"] for e in events if "loss" in e] == [1, 2, 3, 4, 5]
    report = evaluate(path, model_id)
    assert report["accuracy"] == record.metrics["accuracy"] and report["latency_ms"] > 0


def test_the_data_hash_follows_every_edit(tmp_path):
    path = make_project(tmp_path / "p")
    with Project.open(path) as project:
        before = training_data(project, 0.2, 0)
        sample = before.train[0]
        project.edit_sample(sample.id, sample.text + " indeed")
        after = training_data(project, 0.2, 0)
        assert [s.id for s in after.train] == [s.id for s in before.train]
        assert after.hash != before.hash
        # The learning curve's smaller shares are nested and keep the same dev samples.
        half = training_data(project, 0.2, 0, train_fraction=0.5)
        assert half.dev == after.dev and {s.id for s in half.train} < {s.id for s in after.train}


def test_defaults_follow_the_model_and_the_data():
    assert auto_learning_rate(22_700_000) == 5e-5  # MiniLM-L6
    assert auto_learning_rate(278_000_000) == 2e-5  # XLM-R base
    assert auto_learning_rate(560_000_000) == 1e-5  # XLM-R large: the paper's rate
    assert auto_max_length([10] * 96 + [900] * 4) == 32  # a few long outliers are cut
    assert auto_max_length([100] * 100) == 112 and auto_max_length([5000] * 10) == 256


def test_a_killed_training_process_is_reported_and_leaves_the_project_intact(tmp_path, tiny_base):
    import os
    import signal

    from core.errors import JobFailed

    path = make_project(tmp_path / "p")
    killed = []

    def on_event(event):
        if event.get("event") == "progress" and "loss" in event and not killed:
            os.kill(child_pid[0], signal.SIGKILL)  # mid-training, as a crash or the OOM killer would
            killed.append(event["step"])

    child_pid = []

    def remember_pid(event):
        if event.get("event") == "started":
            child_pid.append(event["pid"])
        on_event(event)

    with pytest.raises(JobFailed, match="stopped unexpectedly"):
        train(path, tiny_base, TrainingConfig(epochs=500, learning_rate=1e-3, threads=1), on_event=remember_pid)
    assert killed
    with Project.open(path) as project:
        assert project.models() == [] and training_readiness(project) is None
        leftovers = list(project.models_dir.iterdir()) if project.models_dir.exists() else []
    assert leftovers == []
    assert train(path, QUICK).startswith("m-")  # and the next run works

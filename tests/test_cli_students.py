"""The student and score verbs of ``shule``, end to end: real child processes, the real tiny GGUF
teacher, real quick students."""

from __future__ import annotations

import json

import pytest

from core.cli import main
from core.gold import add_gold
from core.project import Project, TeacherConfig
from tests.fixtures.projects import make_project

GOLD = [("a storm with thunder and rain reached the coast", "weather"),
        ("the striker scored twice in the final match", "sports"),
        ("the nurse gave every child a vaccine at the clinic", "health"),
        ("snow and ice closed the mountain road", "weather"),
        ("our team lost the cup on penalties", "sports"),
        ("wash your hands to keep fever away", "health")]


def run_json(capsys, *argv: str) -> dict:
    capsys.readouterr()
    assert main([*argv, "--json", "--quiet"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.fixture
def project(tmp_path, tiny_gguf):
    path = make_project(tmp_path / "p")
    with Project.open(path) as p:
        p.set_teacher(TeacherConfig("gguf", str(tiny_gguf), {"n_threads": 1}))
        for text, label in GOLD:
            add_gold(p, text, label)
    return path


def test_train_evaluate_teacher_and_scoreboard(project, capsys):
    trained = run_json(capsys, "train", str(project), "--epochs", "8")  # the quick student by default
    assert trained["model_id"].startswith("m-") and trained["metrics"]["on"] == "held-out"

    student = run_json(capsys, "evaluate", str(project))
    assert student["on"] == "gold" and student["n"] == len(GOLD) and student["model_id"] == trained["model_id"]
    assert {"accuracy", "macro_f1", "per_label", "confusion", "latency_ms", "size_bytes"} <= set(student)
    assert set(student["per_label"]) == {"weather", "sports", "health"}
    assert sum(map(sum, student["confusion"])) == len(GOLD)

    teacher = run_json(capsys, "evaluate", str(project), "--teacher")
    assert teacher["subject"] == "teacher" and teacher["n"] == len(GOLD)
    assert {"accuracy", "macro_f1", "per_label", "confusion", "no_answer"} <= set(teacher)

    board = run_json(capsys, "scoreboard", str(project))
    assert [r["kind"] for r in board["rows"]] == ["teacher", "student"]
    assert board["rows"][1]["macro_f1"] == pytest.approx(student["macro_f1"])
    assert board["rows"][0]["macro_f1"] == pytest.approx(teacher["macro_f1"])
    assert isinstance(board["verdict"], str) and "teacher" in board["verdict"]

    capsys.readouterr()
    assert main(["evaluate", str(project), "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "macro-F1" in out and "precision" in out and "weather" in out


def test_learning_curve_trains_on_growing_shares(project, capsys):
    curve = run_json(capsys, "learning-curve", str(project))
    assert [p["fraction"] for p in curve["points"]] == [0.25, 0.5, 1.0]
    sizes = [p["n_train"] for p in curve["points"]]
    assert sizes == sorted(sizes) and sizes[0] < sizes[-1]
    assert curve["on"] == "gold" and curve["n_eval"] == len(GOLD)
    assert curve["gain"] == pytest.approx(curve["points"][2]["macro_f1"] - curve["points"][1]["macro_f1"])
    with Project.open(project) as p:
        assert p.models() == []  # curve models are not kept


def test_uncertain_texts_are_queued_for_review(project, capsys):
    texts = ["rain or shine the match goes on", "the doctor plays football on sundays",
             "hot sun, dry fields", "fever after the race", "clinic closed for the storm"]
    with Project.open(project) as p:
        p.add_texts(texts, "field.txt")
    run_json(capsys, "train", str(project), "--epochs", "5")
    result = run_json(capsys, "uncertain", str(project), "--limit", "3")
    assert result["ranked"] == 5 and result["added"] == 3
    with Project.open(project) as p:
        added = [p.sample(i) for i in result["sample_ids"]]
        assert all(s.status == "pending" and s.source == "annotated" for s in added)
        assert all(s.provenance["annotator"] == "student" and s.text in texts for s in added)
        margins = [s.provenance["margin"] for s in added]
        assert margins == sorted(margins)  # least certain first
        assert len(p.texts(unannotated=True)) == 2


def test_coverage_of_a_base_folder(project, capsys, tiny_base):
    report = run_json(capsys, "coverage", str(project), "--base", str(tiny_base))
    [entry] = report["bases"]
    assert entry["verdict"] == "good" and entry["unknown_rate"] < 0.01  # its vocabulary is TOY's
    assert report["recommendation"]


def test_train_refuses_a_missing_base_in_one_line(project, capsys, tmp_path):
    capsys.readouterr()
    assert main(["train", str(project), "--base", str(tmp_path / "nowhere")]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_a_training_job_is_written_and_an_unfinished_one_is_not_imported(project, capsys, tiny_base, tmp_path):
    job = tmp_path / "job"
    written = run_json(capsys, "train", str(project), "--base", str(tiny_base), "--export-job", str(job))
    assert written["n_train"] > 0 and (job / "train.py").is_file() and (job / "README.md").is_file()
    capsys.readouterr()
    assert main(["import-model", str(project), str(job)]) == 1
    assert "has not finished" in capsys.readouterr().err
    with Project.open(project) as p:
        assert p.models() == []

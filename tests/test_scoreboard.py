"""The scoreboard: the teacher beside every student on the gold set, and the one-line verdict."""

import time

import pytest

from core.gold import add_gold, gold_hash
from core.project import ModelRecord, Project
from core.scoreboard import QUICK_NAME, ScoreRow, scoreboard, verdict
from tests.fixtures.projects import TOY, make_project


def _report(macro_f1, n=3, **extra):
    return {"n": n, "accuracy": macro_f1, "macro_f1": macro_f1, "per_label": {}, "confusion": [],
            **extra}


@pytest.fixture
def project(tmp_path):
    with Project.open(make_project(tmp_path / "toy")) as p:
        for label, texts in TOY.items():
            add_gold(p, f"gold: {texts[0]}", label)
        yield p


def _add_student(project, model_id, base, created_at, train_ids):
    project.add_model(ModelRecord(model_id, base, model_id, created_at, {}, {}, train_ids, []))
    folder = project.models_dir / model_id
    folder.mkdir(parents=True)
    (folder / "model.bin").write_bytes(b"x" * 1000)


def test_teacher_first_then_students_newest_first(project, tmp_path):
    generated = project.sample_ids(source="generated")
    _add_student(project, "m-old", str(tmp_path / "xlm-roberta-base"), 1.0, generated[:10])
    _add_student(project, "m-quick", "quick", 2.0, generated)
    current = gold_hash(project)
    project.add_evaluation("teacher", "gold", _report(0.55, latency_ms=80.0,
                           teacher={"kind": "gguf", "file": "gemma-3-27b.gguf", "sha256": "ab"}),
                           [], current)
    project.add_evaluation("m-quick", "gold", _report(0.71, latency_ms=0.2), [], current)

    rows = scoreboard(project)
    assert [(r.subject, r.kind, r.name) for r in rows] == [
        ("teacher", "teacher", "gemma-3-27b"), ("m-quick", "student", QUICK_NAME),
        ("m-old", "student", "xlm-roberta-base")]
    teacher, quick, old = rows
    assert teacher.macro_f1 == 0.55 and teacher.latency_ms == 80.0 and teacher.n_train is None
    assert quick.evaluated and quick.n_eval == 3 and quick.size_bytes == 1000
    assert quick.n_train == len(generated) and quick.sources == {"generated": len(generated)}
    assert not old.evaluated and old.macro_f1 is None and old.n_train == 10
    assert verdict(rows) == ("The best student (Quick student, macro-F1 0.71) beats the teacher "
                             "(0.55) by 16 points.")


def test_editing_the_gold_set_makes_old_scores_stale(project):
    project.add_evaluation("teacher", "gold", _report(0.5), [], gold_hash(project))
    assert not scoreboard(project)[0].stale
    add_gold(project, "the referee ended the match", "sports")
    assert scoreboard(project)[0].stale
    gold_id = project.sample_ids(source="gold")[0]
    project.add_evaluation("teacher", "gold", _report(0.6), [], gold_hash(project))
    assert not scoreboard(project)[0].stale and scoreboard(project)[0].macro_f1 == 0.6
    project.edit_sample(gold_id, label="health")
    assert scoreboard(project)[0].stale


def _row(kind, f1, name="Quick student", stale=False, evaluated=True):
    return ScoreRow("teacher" if kind == "teacher" else name, kind, name, f1, f1, 10, None, {},
                    None, None, stale, evaluated)


def test_the_verdict_in_plain_words():
    teacher = _row("teacher", 0.55, "gemma")
    assert verdict([teacher, _row("student", 0.50, "xlm-r"), _row("student", 0.31)]) == (
        "The best student (xlm-r, macro-F1 0.50) does not yet beat the teacher (0.55): "
        "it is 5 points behind.")
    assert verdict([teacher, _row("student", 0.552)]) == (
        "The best student (Quick student, macro-F1 0.55) matches the teacher (0.55).")
    # Nothing to compare: no teacher score, no student score, or only stale ones.
    assert verdict([teacher]) is None
    assert verdict([_row("student", 0.9)]) is None
    assert verdict([teacher, _row("student", None, evaluated=False)]) is None
    assert verdict([teacher, _row("student", 0.9, stale=True)]) is None
    assert verdict([]) is None


def test_evaluations_are_kept_oldest_first(project):
    first = project.add_evaluation("m1", "held-out", _report(0.4), [(1, "sports")], "h1")
    time.sleep(0.01)
    second = project.add_evaluation("m1", "gold", _report(0.5), [(2, ""), (3, "health")], "h2")
    assert [e.id for e in project.evaluations("m1")] == [first, second]
    assert project.evaluations("nobody") == []
    latest = project.latest_evaluation("m1", "gold")
    assert latest.predictions == [(2, ""), (3, "health")] and latest.gold_hash == "h2"
    assert project.latest_evaluation("m1", "held-out").id == first
    assert project.latest_evaluation("m1") is not None and project.latest_evaluation("m2") is None

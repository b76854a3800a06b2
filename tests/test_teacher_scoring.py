"""The teacher used as a classifier on the user's gold set, with the real tiny GGUF teacher."""

import json

import pytest

from core.annotation import parse_label
from core.errors import NotReady, TeacherError
from core.gold import add_gold, gold_hash
from core.languages import find_language
from core.project import Label, Project, TeacherConfig
from core.teacher_scoring import (NO_ANSWER, evaluate_teacher, score_teacher, teacher_predictions,
                                  teacher_report)
from core.teachers.base import Reply
from core.teachers.gguf import GGUFTeacher
from core.teachers.remote import RemoteTeacher
from tests.fixtures.llama_server import ALIAS, llama_server

LABELS = [Label("sports", "Games and athletes"), Label("health", "Illness and clinics"),
          Label("farming", "Crops, animals and weather")]
NAMES = [l.name for l in LABELS]
GOLD = [("Timu imeshinda mechi ya fainali", "sports"), ("Kliniki inatoa chanjo bure", "health"),
        ("Mvua imenyesha shambani usiku", "farming"), ("Mchezaji alifunga mabao mawili", "sports"),
        ("Daktari alimpa mtoto dawa", "health")]
CANARY = "sk-canary-teacher-scoring-77a1"


@pytest.fixture
def project(tmp_path, tiny_gguf):
    p = Project.create(tmp_path / "score.shule", find_language("sw"), LABELS, task="radio SMS")
    p.set_teacher(TeacherConfig("gguf", str(tiny_gguf), {"n_threads": 1}))
    for text, label in GOLD:
        add_gold(p, text, label)
    yield p
    p.close()


@pytest.fixture
def teacher(tiny_gguf):
    t = GGUFTeacher(str(tiny_gguf), n_threads=1)
    yield t
    t.close()


def test_the_teachers_answers_are_labels_or_empty(project, teacher):
    gold = project.samples(source="gold")
    seen = []
    pred = teacher_predictions(project, teacher, gold, progress=lambda f, s: seen.append(f))
    assert len(pred) == len(gold) and set(pred) <= set(NAMES) | {""}
    assert seen[-1] == 1.0


@pytest.mark.parametrize("text, finish, label", [
    ('{"label": "health"}', "stop", "health"),
    ('{"label": "health"}', "length", None),    # cut off: not trusted even if it parses
    ('{"label": "politics"}', "stop", None),    # not one of the labels
    ('{"label": ["health"]}', "stop", None),
    ('{"lab', "stop", None),
    ('["health"]', "stop", None),
])
def test_a_reply_names_a_label_or_none(text, finish, label):
    assert parse_label(Reply(text, finish), NAMES) == label


def test_no_answer_counts_as_wrong_but_not_as_a_class():
    true = ["sports", "sports", "health", "farming"]
    pred = ["sports", "", "health", "farming"]
    report = teacher_report(NAMES, true, pred)
    assert report["no_answer"] == 1 and report["accuracy"] == 0.75
    assert report["labels"] == NAMES + [NO_ANSWER]
    assert report["confusion"][0] == [1, 0, 0, 1]  # one sports text went unanswered
    # sports: precision 1, recall 0.5 -> F1 2/3; health and farming 1; the sentinel is left out.
    assert report["macro_f1"] == pytest.approx((2 / 3 + 1 + 1) / 3)
    assert NO_ANSWER not in teacher_report(NAMES, true, ["sports"] * 4)["labels"]


def test_scoring_stores_an_evaluation_of_the_gold_set(project, teacher):
    evaluation = score_teacher(project, teacher)
    assert evaluation.subject == "teacher" and evaluation.on == "gold"
    assert evaluation.gold_hash == gold_hash(project)
    report = evaluation.report
    assert {"accuracy", "macro_f1", "per_label", "confusion", "n", "no_answer",
            "latency_ms", "teacher"} <= set(report)
    assert report["n"] == len(GOLD) and report["latency_ms"] > 0
    assert report["teacher"]["file"] == "tiny.gguf"
    gold_ids = project.sample_ids(source="gold")
    assert [i for i, _ in evaluation.predictions] == gold_ids
    assert report["no_answer"] == sum(1 for _, p in evaluation.predictions if p == "")
    assert sum(map(sum, report["confusion"])) == len(GOLD)
    assert project.latest_evaluation("teacher") == evaluation
    assert project.evaluations("teacher") == [evaluation]


def test_the_stored_report_never_holds_the_api_key(project, tiny_gguf, tmp_path):
    with llama_server(tiny_gguf, tmp_path / "log.txt", api_key=CANARY) as server:
        remote = RemoteTeacher(server.base_url, ALIAS, api_key=CANARY, max_retries=0)
        try:
            evaluation = score_teacher(project, remote)
        finally:
            remote.close()
    assert CANARY not in json.dumps(remote.describe())
    assert evaluation.report["teacher"]["model"] == ALIAS
    assert CANARY not in json.dumps(evaluation.report)
    project.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert CANARY.encode() not in project.path.read_bytes()


def test_scoring_in_a_child_process_end_to_end(project):
    events = []
    value = evaluate_teacher(project.path, progress=lambda f, s: events.append(f))
    stored = project.latest_evaluation("teacher")
    assert stored is not None and value["evaluation_id"] == stored.id
    assert value["n"] == len(GOLD) and 0.0 <= value["macro_f1"] <= 1.0
    assert "sha256" in value["teacher"] and events


def test_scoring_needs_gold_and_a_teacher(tmp_path, teacher):
    with Project.create(tmp_path / "empty.shule", find_language("sw"), LABELS) as p:
        with pytest.raises(NotReady, match="gold"):
            score_teacher(p, teacher)
        with pytest.raises(NotReady, match="gold"):
            evaluate_teacher(p.path)
        add_gold(p, "Timu imeshinda", "sports")
        with pytest.raises(TeacherError, match="teacher"):
            evaluate_teacher(p.path)
        assert p.evaluations() == []

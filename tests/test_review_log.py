"""Undo and redo of review decisions live in the project file: they survive closing the app."""

import sqlite3

from core.languages import find_language
from core.project import SCHEMA_VERSION, Label, NewSample, Project

LABELS = [Label("sports", "Games and athletes"), Label("health", "Illness and clinics")]


def _project(tmp_path):
    p = Project.create(tmp_path / "r.shule", find_language("sw"), LABELS)
    ids = p.add_samples([NewSample(f"Habari {i}", "sports") for i in range(4)])
    return p, ids


def state(p, i):
    s = p.sample(i)
    return s.status, s.reject_reason, s.text, s.label


def test_undo_and_redo_survive_reopening(tmp_path):
    p, ids = _project(tmp_path)
    p.set_status([ids[0]], "accepted")
    p.set_status([ids[1], ids[2]], "rejected", "wrong language")
    p.edit_sample(ids[3], text="Habari mpya")
    p.edit_sample(ids[3], label="health")
    path = p.path
    p.close()

    with Project.open(path) as p:  # a restart
        assert p.undo() == {"kind": "relabel", "ids": [ids[3]]}
        assert state(p, ids[3]) == ("pending", None, "Habari mpya", "sports")
        assert p.undo() == {"kind": "edit", "ids": [ids[3]]}
        assert p.undo() == {"kind": "rejected", "ids": [ids[1], ids[2]]}
        assert state(p, ids[1]) == ("pending", None, "Habari 1", "sports")
    with Project.open(path) as p:  # and again
        assert p.redo() == {"kind": "rejected", "ids": [ids[1], ids[2]]}
        assert state(p, ids[2]) == ("rejected", "wrong language", "Habari 2", "sports")
        assert p.redo()["kind"] == "edit"
        assert state(p, ids[3]) == ("pending", None, "Habari mpya", "sports")
        p.set_status([ids[3]], "accepted")  # a new decision: the undone relabel is gone for good
        assert p.redo() is None
        assert p.undo() == {"kind": "accepted", "ids": [ids[3]]}
        for _ in range(3):
            assert p.undo() is not None
        assert p.undo() is None  # back at the start
        assert [state(p, i)[0] for i in ids] == ["pending"] * 4


def test_a_decision_that_changes_nothing_is_not_logged(tmp_path):
    p, ids = _project(tmp_path)
    p.set_status([ids[0]], "pending")
    assert p.undo() is None
    p.close()


def test_an_older_project_file_is_upgraded_on_opening(tmp_path):
    p, ids = _project(tmp_path)
    path = p.path
    p.close()
    con = sqlite3.connect(path)  # make it look like a schema-1 file: no log, no texts, no pid
    con.executescript("DROP TABLE review_actions; DROP TABLE review_changes; DROP TABLE texts;"
                      "ALTER TABLE jobs DROP COLUMN pid;"
                      "UPDATE meta SET value = '1' WHERE key = 'schema_version';")
    con.commit()
    con.close()
    with Project.open(path) as p:
        assert p._meta("schema_version") == str(SCHEMA_VERSION)
        p.set_status([ids[0]], "accepted")
        assert p.undo() == {"kind": "accepted", "ids": [ids[0]]}
        assert p.texts() == [] and p.interrupted_jobs() == []


def test_bulk_decisions_beyond_sqlites_parameter_limit_are_one_undo(tmp_path):
    p = Project.create(tmp_path / "bulk.shule", find_language("sw"), LABELS)
    ids = p.add_samples([NewSample(f"Habari {i}", "sports") for i in range(40_000)])
    assert p.set_status(p.sample_ids(status="pending"), "accepted") == 40_000
    assert p.undo() == {"kind": "accepted", "ids": ids}
    assert p.sample_ids(status="pending") == ids
    p.close()

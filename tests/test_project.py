"""The project file: one SQLite file that keeps everything and refuses bad input whole."""

import sqlite3
from pathlib import Path

import pytest

from core.errors import InvalidTask, NotAProject, ProjectExists
from core.languages import find_language
from core.project import Label, NewSample, Project, TeacherConfig

LABELS = [Label("sports", "Games and athletes"), Label("health", "Illness and clinics")]


def test_create_and_reopen_restores_everything(tmp_path):
    path = tmp_path / "demo.shule"
    with Project.create(path, find_language("sw"), LABELS, task="Sort radio SMS") as p:
        p.set_teacher(TeacherConfig("gguf", "/models/x.gguf"))
        ids = p.add_samples([NewSample("Timu imeshinda", "sports"),
                             NewSample("Kliniki imefunguliwa", "health", status="accepted")])
        p.set_status([ids[0]], "rejected", "wrong label")
    with Project.open(path) as p:
        assert p.language.code == "sw" and p.task == "Sort radio SMS"
        assert p.labels == LABELS
        assert p.teacher == TeacherConfig("gguf", "/models/x.gguf")
        assert [(s.text, s.status, s.reject_reason) for s in p.samples()] == [
            ("Timu imeshinda", "rejected", "wrong label"), ("Kliniki imefunguliwa", "accepted", None)]
        assert p.counts()["health"]["accepted"] == 1


def test_name_without_suffix_gets_one(tmp_path):
    with Project.create(tmp_path / "demo", find_language("en"), LABELS) as p:
        assert p.path.name == "demo.shule"


@pytest.mark.parametrize("labels, message", [
    ([Label("only", "one label")], "at least 2 labels"),
    ([Label("a", "x"), Label("A", "y")], "appears twice"),
    ([Label("a", "x"), Label("", "y")], "has no name"),
    ([Label("a", "x"), Label("b", "  ")], "needs a one-line description"),
])
def test_bad_task_is_refused_and_writes_nothing(tmp_path, labels, message):
    with pytest.raises(InvalidTask, match=message):
        Project.create(tmp_path / "p.shule", find_language("en"), labels)
    assert list(tmp_path.iterdir()) == []


def test_existing_file_is_never_overwritten(tmp_path):
    path = tmp_path / "p.shule"
    Project.create(path, find_language("en"), LABELS).close()
    before = path.read_bytes()
    with pytest.raises(ProjectExists):
        Project.create(path, find_language("en"), LABELS)
    assert path.read_bytes() == before


def test_files_that_are_not_projects_are_refused(tmp_path):
    text = tmp_path / "notes.shule"
    text.write_text("hello")
    other_db = tmp_path / "other.shule"
    sqlite3.connect(other_db).execute("CREATE TABLE t (x)").connection.commit()
    for path in (text, other_db, tmp_path / "missing.shule"):
        with pytest.raises(NotAProject):
            Project.open(path)
    assert text.read_text() == "hello"


def test_a_bad_sample_in_a_batch_stores_none_of_it(tmp_path):
    with Project.create(tmp_path / "p.shule", find_language("en"), LABELS) as p:
        with pytest.raises(InvalidTask):
            p.add_samples([NewSample("fine", "sports"), NewSample("bad", "politics")])
        assert p.samples() == []


def test_newer_schema_is_refused_with_advice(tmp_path):
    path = tmp_path / "p.shule"
    Project.create(path, find_language("en"), LABELS).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    with pytest.raises(NotAProject, match="newer version of Shule"):
        Project.open(path)


def test_a_version_4_file_gains_the_evaluations_table_and_keeps_its_data(tmp_path):
    path = tmp_path / "old.shule"
    with Project.create(path, find_language("sw"), LABELS) as p:
        [sample_id] = p.add_samples([NewSample("Timu imeshinda", "sports", source="gold")])
    con = sqlite3.connect(path)  # what Shule 4 wrote: no evaluations table
    con.execute("DROP TABLE evaluations")
    con.execute("UPDATE meta SET value = '4' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    with Project.open(path) as p:
        assert p._meta("schema_version") == "5" and p.db["evaluations"].exists()
        assert [s.id for s in p.samples(source="gold")] == [sample_id]
        report = {"n": 1, "accuracy": 1.0, "macro_f1": 1.0}
        evaluation_id = p.add_evaluation("teacher", "gold", report, [(sample_id, "sports")], "h")
        assert p.latest_evaluation("teacher").id == evaluation_id
    with Project.open(path) as p:  # upgraded once, for good
        assert p.latest_evaluation("teacher").report == report


def test_opening_a_project_twice_keeps_the_first_connection_seeing_other_processes(tmp_path):
    """The GUI holds a project open while its worker threads open it again and child processes
    write to it: the GUI's connection must keep seeing those writes (POSIX lock safety)."""
    import subprocess
    import sys

    from tests.fixtures.projects import make_project

    path = make_project(tmp_path / "p")
    with Project.open(path) as window:
        before = len(window.sample_ids())
        for round_ in range(3):
            Project.open(path).close()  # a worker thread's short look
            code = (f"from core.project import Project, NewSample\n"
                    f"p = Project.open({str(path)!r})\n"
                    f"p.add_samples([NewSample('written by a child {round_}', 'weather')])\n"
                    f"p.close()\n")
            subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[1])
            assert len(window.sample_ids()) == before + round_ + 1
        window.add_samples([NewSample("written by the window", "sports")])
        assert window.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize("table", ["samples", "evaluations", "review_actions"])
def test_a_project_missing_a_table_is_refused_in_words(tmp_path, table):
    with Project.create(tmp_path / "p.shule", find_language("sw"),
                        [Label("a", "A thing"), Label("b", "B thing")]) as p:
        path = p.path
    with sqlite3.connect(path) as conn:
        conn.execute(f"DROP TABLE {table}")
    conn.close()
    with pytest.raises(NotAProject, match=f"p.shule is damaged: it lacks the {table} table"):
        Project.open(path)

"""Filters and full-text search over a project's samples, on real SQLite files."""

from __future__ import annotations

import sqlite3

import pytest

from core.errors import InvalidTask
from core.languages import find_language
from core.project import SCHEMA_VERSION, Label, NewSample, Project
from core.sample_query import SampleQuery, count, find_ids, reject_reasons, strategies

LABELS = [Label("habari", "News"), Label("michezo", "Sports")]


@pytest.fixture
def project(tmp_path):
    p = Project.create(tmp_path / "q.shule", find_language("sw"), LABELS)
    p.add_samples([
        NewSample("Mvua kubwa imenyesha Dodoma leo", "habari", provenance={"strategy": "diverse"}),
        NewSample("Timu ya Simba imeshinda mechi", "michezo", provenance={"strategy": "few-shot"}),
        NewSample("Bei ya mahindi imepanda sokoni", "habari", "imported", "accepted"),
        NewSample("Mchezaji wa Yanga ameumia", "michezo", "gold", "accepted"),
        NewSample("ሰላም ለዓለም ዜና", "habari", provenance={"strategy": "diverse"}),
    ])
    yield p
    p.close()


def test_filters_combine(project):
    assert find_ids(project) == [1, 2, 3, 4, 5]
    assert find_ids(project, SampleQuery(label="habari")) == [1, 3, 5]
    assert find_ids(project, SampleQuery(source="gold")) == [4]
    assert find_ids(project, SampleQuery(strategy="diverse", label="habari")) == [1, 5]
    assert find_ids(project, SampleQuery(status="accepted", label="michezo")) == [4]
    project.set_status([1, 2], "rejected", "wrong_language")
    assert find_ids(project, SampleQuery(reason="wrong_language", label="habari")) == [1]
    assert strategies(project) == ["diverse", "few-shot"]
    assert reject_reasons(project) == ["wrong_language"]
    assert count(project, SampleQuery(label="habari")) == 3


def test_search_finds_word_parts_in_any_script_and_follows_edits(project):
    assert find_ids(project, SampleQuery(search="simba")) == [2]  # case-insensitive
    assert find_ids(project, SampleQuery(search="imesh mechi")) == [2]  # every word, any part
    assert find_ids(project, SampleQuery(search="ለዓለም")) == [5]  # Ethiopic, no word list needed
    assert find_ids(project, SampleQuery(search="JI")) == [4]  # short: substring scan
    assert find_ids(project, SampleQuery(search='"Simba OR')) == []  # query syntax stays literal
    project.edit_sample(2, text="Azam wameshinda kombe")
    assert find_ids(project, SampleQuery(search="simba")) == []
    assert find_ids(project, SampleQuery(search="kombe")) == [2]
    project.undo()
    assert find_ids(project, SampleQuery(search="simba")) == [2]


def test_bulk_relabel_is_one_undoable_action(project):
    assert project.set_label([1, 3, 5], "michezo") == 3
    assert find_ids(project, SampleQuery(label="michezo")) == [1, 2, 3, 4, 5]
    assert project.undo() == {"kind": "relabel", "ids": [1, 3, 5]}
    assert find_ids(project, SampleQuery(label="habari")) == [1, 3, 5]
    with pytest.raises(InvalidTask):
        project.set_label([1], "siasa")


def test_target_per_label_is_kept(project, tmp_path):
    assert project.target_per_label == 100
    project.set_target_per_label(40)
    with Project.open(project.path) as again:
        assert again.target_per_label == 40
    with pytest.raises(InvalidTask):
        project.set_target_per_label(0)


def test_a_schema_3_project_gains_search_over_its_old_samples(tmp_path):
    path = tmp_path / "old.shule"
    Project.create(path, find_language("sw"), LABELS).close()
    con = sqlite3.connect(path)
    with con:  # take the file back to schema 3: no search index, no demo choices
        for trigger in ("insert", "delete", "update"):
            con.execute(f"DROP TRIGGER samples_fts_{trigger}")
        con.execute("DROP TABLE samples_fts")
        con.execute("DROP TABLE demo_choices")
        con.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
        con.execute("INSERT INTO samples (text, label, status, source, provenance, created_at,"
                    " updated_at) VALUES ('Simba wameshinda', 'michezo', 'pending', 'generated',"
                    " '{}', 0, 0)")
    con.close()
    with Project.open(path) as p:
        assert find_ids(p, SampleQuery(search="simba")) == [1]
        p.add_samples([NewSample("Simba tena", "michezo")])
        assert find_ids(p, SampleQuery(search="simba")) == [1, 2]
        assert p.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (str(SCHEMA_VERSION),)

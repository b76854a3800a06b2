"""A project file written by an older Shule opens in today's: it is upgraded after a backup copy
is written next to it, the upgrade is all or nothing, and a failed one leaves the project as it
was and says where the backup is.

tests/fixtures/schemas/vN.shule are real project files made by the Shule of each older schema
(see make_fixtures.py there). Every test works on a copy in tmp_path, with real SQLite files.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path
from typing import Iterator

import pytest

import core.migrations
import core.project
from core.errors import DiskFull, NotAProject
from core.languages import find_language
from core.project import SCHEMA_VERSION, Label, NewSample, Project
from tests.fixtures.small_disk import fill, small_disk

FIXTURES = Path(__file__).parent / "fixtures" / "schemas"
OLD_VERSIONS = [1, 2, 3, 4]
SAMPLE_COLUMNS = "id, text, label, status, source, reject_reason, provenance"


def old_project(tmp_path: Path, version: int, name: str = "radio.shule") -> Path:
    path = tmp_path / name
    shutil.copyfile(FIXTURES / f"v{version}.shule", path)
    return path


def query(path: Path, sql: str) -> list[tuple]:
    """Rows read with plain sqlite3, not Shule's code."""
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def schema_version(path: Path) -> str:
    return query(path, "SELECT value FROM meta WHERE key = 'schema_version'")[0][0]


def dump(path: Path) -> list[str]:
    """Everything in the file, schema and rows, as SQL text."""
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def tables(path: Path) -> dict[str, tuple[list[str], list[tuple]]]:
    """{table: (columns, rows)} for every ordinary table (not SQLite's or the search index's)."""
    sql = ("SELECT name FROM sqlite_master WHERE type = 'table'"
           " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'samples_fts%'")
    names = [n for (n,) in query(path, sql)]
    out = {}
    for name in names:
        columns = [c[1] for c in query(path, f'PRAGMA table_info("{name}")')]
        out[name] = columns, query(path, f'SELECT * FROM "{name}" ORDER BY rowid')
    return out


def files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("version", OLD_VERSIONS)
def test_every_older_project_file_is_upgraded_after_a_backup_and_keeps_its_data(tmp_path, version):
    path = old_project(tmp_path, version)
    assert schema_version(path) == str(version)
    samples = query(path, f"SELECT {SAMPLE_COLUMNS} FROM samples ORDER BY id")
    old_tables = tables(path)
    before = dump(path)
    assert {s[3] for s in samples} == {"pending", "accepted", "rejected"}
    assert {s[5] for s in samples} == {None, "wrong_label", "unnatural"}

    with Project.open(path) as p:
        assert p._meta("schema_version") == str(SCHEMA_VERSION)
        assert [(s.id, s.text, s.label, s.status, s.source, s.reject_reason, s.provenance)
                for s in p.samples()] == [(*s[:6], json.loads(s[6])) for s in samples]
        assert p.language.code == "sw" and p.label_names == ["sports", "health", "weather"]
        assert p.teacher.path == "/models/teacher.gguf"
        assert [m.id for m in p.models()] == ["m1"]
        # Nothing that was in the old file was lost (new columns aside).
        for name, (columns, rows) in old_tables.items():
            if name != "meta":
                old_columns = ", ".join(columns)
                assert query(path, f'SELECT {old_columns} FROM "{name}" ORDER BY rowid') == rows
        assert dict(query(path, "SELECT key, value FROM meta")) == {
            **dict(old_tables["meta"][1]), "schema_version": str(SCHEMA_VERSION)}
        # What the newer schemas added works on the upgraded file: search (also for old texts),
        # the review log with undo, stored evaluations.
        rain = p.db.execute("SELECT rowid FROM samples_fts WHERE samples_fts MATCH 'inanyesha'")
        assert [r[0] for r in rain] == [3]
        p.set_status([3], "rejected", "duplicate")
        assert p.undo() == {"kind": "rejected", "ids": [3]} and p.sample(3).status == "pending"
        p.add_evaluation("teacher", "gold", {"accuracy": 1.0}, [(8, "sports")], "hash")
        assert p.latest_evaluation("teacher").report == {"accuracy": 1.0}

    # The backup beside it is the old file, whole: it opens with plain sqlite3, in the old
    # version, with the same samples, and nothing else was left behind.
    backup = tmp_path / f"radio.shule.v{version}-backup"
    assert files(tmp_path) == ["radio.shule", backup.name]
    assert schema_version(backup) == str(version)
    assert query(backup, f"SELECT {SAMPLE_COLUMNS} FROM samples ORDER BY id") == samples
    assert dump(backup) == before
    assert query(backup, "PRAGMA integrity_check") == [("ok",)]

    # Upgraded once, for good: opening again makes no second backup.
    Project.open(path).close()
    assert files(tmp_path) == ["radio.shule", backup.name]


def test_an_early_schema_2_file_without_the_job_indexes_gets_them(tmp_path):
    # Files made between the commits that introduced schema 2 (96ae07c) and its job indexes
    # (eb7c6bf) say version 2 but lack the indexes that keep job progress fast.
    path = old_project(tmp_path, 2)
    con = sqlite3.connect(path)
    con.execute("DROP INDEX samples_job")
    con.execute("DROP INDEX discards_job")
    con.commit()
    con.close()
    Project.open(path).close()
    indexes = {n for (n,) in query(path, "SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"samples_job", "discards_job"} <= indexes


def test_a_current_project_is_never_backed_up(tmp_path):
    labels = [Label("sports", "Games and athletes"), Label("health", "Illness and clinics")]
    Project.create(tmp_path / "new.shule", find_language("sw"), labels).close()
    for _ in range(2):
        Project.open(tmp_path / "new.shule").close()
    assert files(tmp_path) == ["new.shule"]


def test_a_backup_already_there_is_never_overwritten(tmp_path):
    path = old_project(tmp_path, 3)
    older = tmp_path / "radio.shule.v3-backup"
    older.write_bytes(b"the user's own older backup")
    Project.open(path).close()
    assert older.read_bytes() == b"the user's own older backup"
    assert schema_version(tmp_path / "radio.shule.v3-backup-2") == "3"


def conflict(path: Path) -> None:
    """Put an object in the way of the last upgrade step: schema 5's index evaluations_subject
    cannot be made while a table has that name, so the upgrade fails after every step before it
    (and schema 5's own CREATE TABLE) has already run inside its transaction."""
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE evaluations_subject (note TEXT)")
    con.commit()
    con.close()


@pytest.mark.parametrize("version", OLD_VERSIONS)
def test_a_failed_upgrade_leaves_the_project_as_it_was_and_says_where_the_backup_is(
        tmp_path, version):
    path = old_project(tmp_path, version)
    conflict(path)
    before = dump(path)
    inode = path.stat().st_ino

    with pytest.raises(NotAProject) as failed:
        Project.open(path)
    backup = tmp_path / f"radio.shule.v{version}-backup"
    message = str(failed.value)
    assert message.startswith("Upgrading radio.shule to this version of Shule failed (")
    assert "the project is unchanged" in message and message.endswith(f"is at {backup}.")

    # Restored from the backup in place (through SQLite), with the old schema and every row.
    assert path.stat().st_ino == inode
    assert files(tmp_path) == ["radio.shule", backup.name]
    assert dump(path) == before and schema_version(path) == str(version)
    assert dump(backup) == before
    assert not query(path, "SELECT name FROM sqlite_master WHERE name = 'evaluations'")

    # Once the obstacle is gone, the upgrade goes through, with a backup of its own.
    con = sqlite3.connect(path)
    con.execute("DROP TABLE evaluations_subject")
    con.commit()
    con.close()
    with Project.open(path) as p:
        assert p._meta("schema_version") == str(SCHEMA_VERSION)
    assert files(tmp_path) == ["radio.shule", backup.name, f"{backup.name}-2"]


def test_a_failed_upgrade_leaves_a_working_file_under_a_connection_that_has_it_open(tmp_path):
    """Another program (another Shule window, a backup tool) has the project open while an
    upgrade fails: its connection goes on reading and writing the real project file, not a
    file replaced under it."""
    path = old_project(tmp_path, 4)
    conflict(path)
    before = dump(path)
    other = sqlite3.connect(path, timeout=30)
    try:
        count = other.execute("SELECT count(*) FROM samples").fetchone()[0]
        with pytest.raises(NotAProject, match="the project is unchanged"):
            Project.open(path)
        assert other.execute("SELECT count(*) FROM samples").fetchone()[0] == count
        with other:
            other.execute("INSERT INTO meta (key, value) VALUES ('note', 'written meanwhile')")
    finally:
        other.close()
    assert query(path, "SELECT value FROM meta WHERE key = 'note'") == [("written meanwhile",)]
    assert [line for line in dump(path) if "written meanwhile" not in line] == before


def test_any_error_in_an_upgrade_step_rolls_back_the_steps_before_it(tmp_path, monkeypatch):
    path = old_project(tmp_path, 2)
    before = dump(path)
    real = core.project._create_v5

    def create_v5_then_fail(db):
        real(db)
        assert db.conn.in_transaction and db["evaluations"].exists()
        raise KeyError("boom")

    monkeypatch.setattr(core.project, "_create_v5", create_v5_then_fail)
    with pytest.raises(NotAProject, match=r"failed \('boom'\), so the project is unchanged"):
        Project.open(path)
    assert dump(path) == before
    assert files(tmp_path) == ["radio.shule", "radio.shule.v2-backup"]


def test_a_file_upgraded_meanwhile_by_another_process_is_not_upgraded_or_backed_up_again(tmp_path):
    path = old_project(tmp_path, 3)
    Project.open(path).close()  # "another process" upgrades it after this one read version 3
    (tmp_path / "radio.shule.v3-backup").unlink()
    db = core.project._connect(path)
    try:
        assert core.migrations.upgrade(db, path, 3, SCHEMA_VERSION, core.project._upgrade) is None
        assert not db.conn.in_transaction
    finally:
        db.conn.close()
    assert files(tmp_path) == ["radio.shule"]


def test_a_newer_project_file_is_refused_and_nothing_is_written(tmp_path):
    path = old_project(tmp_path, 4)
    con = sqlite3.connect(path)
    con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    content = path.read_bytes()
    with pytest.raises(NotAProject, match="made by a newer version of Shule: update Shule"):
        Project.open(path)
    assert files(tmp_path) == ["radio.shule"] and path.read_bytes() == content


# ---- no room, no write permission -------------------------------------------------------------
def test_a_full_disk_while_backing_up_leaves_the_project_untouched(tmp_path):
    with small_disk(tmp_path / "disk", "512k") as disk:
        path = old_project(disk, 4)
        content = path.read_bytes()
        # Room for SQLite's shared-memory file (32 KB) while the project is open, not for a copy.
        filler = fill(disk, leave=48 * 1024)
        with pytest.raises(DiskFull, match=r"^There is not enough free disk space to back up "
                                              r"radio\.shule before upgrading it"):
            Project.open(path)
        assert files(disk) == ["filler", "radio.shule"] and path.read_bytes() == content

        filler.unlink()  # space freed: now it upgrades
        with Project.open(path) as p:
            assert p._meta("schema_version") == str(SCHEMA_VERSION)
        assert schema_version(disk / "radio.shule.v4-backup") == "4"


def test_a_full_disk_reported_by_sqlite_while_backing_up(tmp_path, monkeypatch):
    """The same without a small file system: the copy's own connection is capped at a few pages
    (SQLite's max_page_count), so SQLite fails as on a full disk (SQLITE_FULL)."""
    def capped(path):
        con = sqlite3.connect(str(path))
        con.execute("PRAGMA max_page_count = 4")
        return con

    monkeypatch.setattr(core.migrations, "_open_copy", capped)
    path = old_project(tmp_path, 1)
    content = path.read_bytes()
    with pytest.raises(DiskFull, match="not enough free disk space to back up radio.shule"):
        Project.open(path)
    assert files(tmp_path) == ["radio.shule"] and path.read_bytes() == content


@contextlib.contextmanager
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder this process cannot write to: chmod 0o555, or a read-only tmpfs for root (who
    may write anywhere chmod allows nothing)."""
    folder = tmp_path / "shared"
    folder.mkdir()
    path = old_project(folder, 3)
    folder.chmod(0o555)
    if not os.access(folder, os.W_OK):
        try:
            yield path
        finally:
            folder.chmod(0o755)
        return
    folder.chmod(0o755)
    with small_disk(tmp_path / "disk", "512k") as disk:
        shutil.copyfile(path, disk / path.name)
        if subprocess.run(["mount", "-o", "remount,ro", str(disk)]).returncode:
            pytest.skip("cannot make a read-only folder here")
        yield disk / path.name


def test_a_project_in_a_read_only_folder_gets_a_clear_message(tmp_path):
    with read_only_folder(tmp_path) as path:
        content = path.read_bytes()
        with pytest.raises(NotAProject, match=r"^radio\.shule is in a folder Shule cannot write to "
                                              r"\(.*\): copy the project to a folder you can"):
            Project.open(path)
        assert files(path.parent) == ["radio.shule"] and path.read_bytes() == content


def test_there_is_a_small_fixture_for_every_older_schema():
    """When SCHEMA_VERSION goes up, add the file of the version before it (make_fixtures.py)."""
    assert sorted(FIXTURES.glob("v*.shule")) == [FIXTURES / f"v{v}.shule" for v in OLD_VERSIONS]
    assert OLD_VERSIONS == list(range(1, SCHEMA_VERSION))
    for v in OLD_VERSIONS:
        path = FIXTURES / f"v{v}.shule"
        assert path.stat().st_size < 64 * 1024
        assert not Path(f"{path}-wal").exists()
        con = sqlite3.connect(f"file:{path}?immutable=1", uri=True)  # leave no -shm beside it
        try:
            version = con.execute("SELECT value FROM meta WHERE key = 'schema_version'")
            assert version.fetchone() == (str(v),)
        finally:
            con.close()


def test_adding_a_sample_after_the_upgrade_is_searchable(tmp_path):
    with Project.open(old_project(tmp_path, 1)) as p:
        [new] = p.add_samples([NewSample("Radi na ngurumo usiku", "weather")])
        found = p.db.execute("SELECT rowid FROM samples_fts WHERE samples_fts MATCH 'ngurumo'")
        assert [r[0] for r in found] == [new]


def test_the_window_says_an_older_project_was_upgraded_and_where_its_copy_is(qtbot, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from app.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    path = old_project(tmp_path, 3)
    assert window.open_project(path)
    [box] = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert box.textFormat() == Qt.PlainText
    assert "radio.shule was made by an earlier version of Shule" in box.text()
    assert str(tmp_path / "radio.shule.v3-backup") in box.text()
    box.accept()
    window.set_project(None)

    assert window.open_project(path)  # upgraded for good: no second notice
    assert not [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    window.set_project(None)


def test_the_command_line_says_an_older_project_was_upgraded_and_where_its_copy_is(tmp_path,
                                                                                    capsys):
    from core.cli import main

    path = old_project(tmp_path, 2)
    assert main(["status", str(path)]) == 0
    said = capsys.readouterr().err
    assert said.startswith("shule: radio.shule was made by an earlier version of Shule")
    assert f"kept at {tmp_path / 'radio.shule.v2-backup'}." in said
    assert main(["status", str(path)]) == 0
    assert "upgraded" not in capsys.readouterr().err

"""The disk fills up: while generating, reviewing, importing and exporting. Each time the user gets
one plain sentence (the disk is full, what was kept, free space and go on), nothing already saved
is lost, nothing is half-written, and the work goes on once space is freed.

A full disk is simulated three ways, all real (no mocks):
- SQLite's ``max_page_count``, set on every project connection through the documented test hook
  ``SHULE_TEST_MAX_PAGE_COUNT`` (core.project) — a child process's own connection included;
  SQLite then fails exactly as on a full disk (SQLITE_FULL, "database or disk is full");
- ``RLIMIT_FSIZE``, through the test hook ``SHULE_TEST_MAX_FILE_BYTES`` (core.worker) in a child
  process, or set here around an in-process call: writes past it fail with EFBIG;
- a really full file system (a small tmpfs, filled up), where the machine lets a test mount one
  (root on Linux); skipped elsewhere, the two hooks above cover the same code paths.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import sqlite3
from pathlib import Path
from typing import Iterator

import pytest

from core.cli import EXIT_ERROR, main
from core.errors import Cancelled, DiskFull, ShuleError, disk_full_as, is_disk_full
from core.export import export, zip_bundle
from core.generation import GenerationConfig, generate_in_child
from core.importing import import_file
from core.languages import find_language
from core.predict import Predictor
from core.project import TEST_MAX_PAGE_COUNT, Label, NewSample, Project, TeacherConfig
from core.worker import TEST_MAX_FILE_BYTES
from tests.fixtures.projects import make_project
from tests.fixtures.small_disk import fill, small_disk

LABELS = [Label("sports", "Games and athletes"), Label("health", "Illness and clinics")]
NAMES = [l.name for l in LABELS]
# check_language off: the tiny random teacher writes gibberish, and this is about storage.
CONFIG = GenerationConfig(per_label=20, max_chars=40, check_language=False)


@pytest.fixture
def project(tmp_path, tiny_gguf):
    p = Project.create(tmp_path / "gen.shule", find_language("sw"), LABELS)
    p.set_teacher(TeacherConfig("gguf", str(tiny_gguf)))
    yield p
    p.close()


def pages(project: Project) -> int:
    return project.db.execute("PRAGMA page_count").fetchone()[0]


def assert_sound(path: Path) -> None:
    """The file opens afresh, SQLite finds no damage, and the search index matches the samples
    (a half-written sample would leave the two apart)."""
    with Project.open(path) as p:
        assert p.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        p.db.execute("INSERT INTO samples_fts (samples_fts) VALUES ('integrity-check')")
        assert p.db.execute("SELECT COUNT(*) FROM samples_fts").fetchone()[0] == len(p.samples())


def state_of(project: Project, job_id: int) -> str:
    return project.db["jobs"].get(job_id)["state"]


@contextlib.contextmanager
def max_file_bytes(limit: int) -> Iterator[None]:
    """In this process: no file may grow past ``limit`` bytes (writes fail with EFBIG)."""
    resource = pytest.importorskip("resource")
    import signal

    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, old_handler)


def tree(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


# ---- telling a full disk from other failures --------------------------------------------------
def test_a_full_disk_is_recognised_however_it_is_reported(tmp_path):
    db = sqlite3.connect(tmp_path / "x.db")
    db.execute("CREATE TABLE t (x)")
    db.execute(f"PRAGMA max_page_count = {db.execute('PRAGMA page_count').fetchone()[0]}")
    with pytest.raises(sqlite3.OperationalError) as full_db:
        db.execute("INSERT INTO t VALUES (?)", [b"x" * 100_000])
    db.close()
    assert is_disk_full(full_db.value)
    for code in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        assert is_disk_full(OSError(code, os.strerror(code)))
    assert not is_disk_full(OSError(errno.EACCES, os.strerror(errno.EACCES)))
    assert not is_disk_full(sqlite3.OperationalError("database is locked"))
    try:  # a library that wraps the system's error in its own
        try:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        except OSError as e:
            raise RuntimeError("could not save the model") from e
    except RuntimeError as e:
        assert is_disk_full(e)
    assert is_disk_full(RuntimeError(f"write failed: {os.strerror(errno.ENOSPC)}"))
    assert not is_disk_full(Cancelled())
    with pytest.raises(DiskFull, match="^The disk is full, so X.$") as worded:
        with disk_full_as(lambda: "The disk is full, so X."):
            raise OSError(errno.ENOSPC, "No space left on device")
    assert isinstance(worded.value, ShuleError)
    with pytest.raises(ValueError):
        with disk_full_as(lambda: "never"):
            raise ValueError("not about space")


# ---- generation -------------------------------------------------------------------------------
def test_generation_in_a_child_stops_on_a_full_disk_keeps_every_sample_and_resumes(
        project, monkeypatch):
    # Room for a few samples only; the child process opens its own connection, with the limit.
    monkeypatch.setenv(TEST_MAX_PAGE_COUNT, str(pages(project) + 3))
    shown = []
    with pytest.raises(DiskFull) as stopped:
        generate_in_child(project.path, CONFIG,
                          on_sample=lambda i, label, text: shown.append((i, label, text)))
    [job] = project.interrupted_jobs()
    saved = project.samples()
    assert 0 < len(saved) < 2 * CONFIG.per_label, "the disk filled up part way"
    # Every sample the user was shown before the failure is in the project, as shown.
    assert [(s.id, s.label, s.text) for s in saved] == shown
    assert all(s.provenance["job_id"] == job["id"] for s in saved)
    assert job["state"] == "failed" and sum(job["added"].values()) == len(saved)
    message = str(stopped.value)
    assert message.startswith("The disk is full, so generation stopped; ")
    assert f"the {len(saved)} samples it made so far" in message
    assert all(f"{n} {k}" in message for n, k in job["added"].items())
    assert f"Free some space, then resume job {job['id']}" in message
    assert_sound(project.path)

    monkeypatch.delenv(TEST_MAX_PAGE_COUNT)  # space is freed
    result = generate_in_child(project.path, CONFIG, resume=job["id"])
    assert result.job_id == job["id"] and result.short == []
    assert state_of(project, job["id"]) == "done" and project.interrupted_jobs() == []
    after = project.samples()
    assert [(s.id, s.label, s.text) for s in after[:len(saved)]] == shown  # kept, not redone
    assert {n: len(project.samples(label=n)) for n in NAMES} == {n: 20 for n in NAMES}
    assert len({s.text for s in after}) == len(after)
    assert_sound(project.path)


def test_cli_generate_on_a_full_disk_says_so_and_resume_finishes_the_job(
        project, monkeypatch, capsys):
    path = str(project.path)
    monkeypatch.setenv(TEST_MAX_PAGE_COUNT, str(pages(project) + 2))
    assert main(["generate", path, "--per-label", "15", "--max-chars", "40", "--quiet"]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert err.startswith("shule: The disk is full, so generation stopped; ")
    assert "Free some space, then resume job 1 to make the rest." in err
    assert "Traceback" not in err
    kept = [(s.id, s.text) for s in project.samples()]
    assert kept and state_of(project, 1) == "failed"
    assert_sound(project.path)

    monkeypatch.delenv(TEST_MAX_PAGE_COUNT)
    assert main(["generate", path, "--resume", "--quiet"]) == 0, capsys.readouterr().err
    assert state_of(project, 1) == "done"
    assert [(s.id, s.text) for s in project.samples()][:len(kept)] == kept
    assert sum(project.job_progress(1)["added"].values()) > len(kept)


# ---- review decisions and imports: one transaction, all or nothing -----------------------------
def test_bulk_accept_on_a_full_disk_changes_nothing_then_works(project, monkeypatch):
    ids = project.add_samples(NewSample(f"maandishi ya mfano nambari {i}", NAMES[i % 2])
                              for i in range(400))
    project.set_status(ids[:3], "rejected", "other")  # an earlier decision, to undo later
    monkeypatch.setenv(TEST_MAX_PAGE_COUNT, str(pages(project)))
    with Project.open(project.path) as full:
        with pytest.raises(DiskFull, match=r"^The disk is full, so the last change to gen\.shule "
                                           r"was not saved; the project is as it was before it\. "
                                           r"Free some space, then try again\.$"):
            full.set_status(ids, "accepted")
        assert full.counts() == project.counts()  # this connection sees no half change either
    monkeypatch.delenv(TEST_MAX_PAGE_COUNT)
    assert project.counts() == {n: {"pending": 200 - (n == "sports") * 2 - (n == "health"),
                                    "accepted": 0,
                                    "rejected": 1 + (n == "sports")} for n in NAMES}
    assert_sound(project.path)

    assert project.set_status(ids, "accepted") == 400
    assert all(s.status == "accepted" for s in project.samples())
    assert project.undo()["ids"] == ids  # the accept is one undoable action…
    assert project.undo()["ids"] == ids[:3]  # …and the earlier one is still there
    assert project.undo() is None


def test_import_on_a_full_disk_imports_nothing_then_works(project, monkeypatch, tmp_path):
    csv = tmp_path / "mine.csv"
    csv.write_text("text,label\n" + "".join(f"habari ya leo nambari {i},{NAMES[i % 2]}\n"
                                            for i in range(500)), encoding="utf-8")
    monkeypatch.setenv(TEST_MAX_PAGE_COUNT, str(pages(project) + 2))
    with Project.open(project.path) as full:
        with pytest.raises(DiskFull, match=r"^The disk is full, so nothing was imported from "
                                           r"mine\.csv\. Free some space, then import it again\.$"):
            import_file(full, csv)
    monkeypatch.delenv(TEST_MAX_PAGE_COUNT)
    assert project.samples() == []
    assert_sound(project.path)
    assert import_file(project, csv) == 500


# ---- export: the bundle, the zip, the data ------------------------------------------------------
@pytest.fixture(scope="module")
def quick_model(tmp_path_factory):
    """(project path, model id): the TOY project with a quick student (trains in seconds)."""
    from core.training import train

    path = make_project(tmp_path_factory.mktemp("quick") / "toy")
    return path, train(path, "quick")


def hidden_leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}."))


def test_export_on_a_full_disk_keeps_the_previous_bundle_then_succeeds(
        quick_model, tmp_path, monkeypatch):
    path, model_id = quick_model
    out = tmp_path / "bundle"
    first = export(path, model_id, out)
    before = tree(out)
    expected = Predictor(out).predict(["heavy rain fell", "the team won the match"])

    # The model files are megabytes: no file may pass 1 MB in the export's child process.
    monkeypatch.setenv(TEST_MAX_FILE_BYTES, str(1_000_000))
    with pytest.raises(DiskFull) as failed:
        export(path, model_id, out)
    assert str(failed.value) == (f"The disk is full, so the model could not be exported to "
                                 f"{out.resolve()}; the bundle already there is unchanged. Free "
                                 "some space, then export again.")
    assert hidden_leftovers(out) == []
    assert tree(out) == before, "the earlier bundle is intact, byte for byte"
    assert Predictor(out).predict(["heavy rain fell", "the team won the match"]) == expected

    monkeypatch.delenv(TEST_MAX_FILE_BYTES)
    again = export(path, model_id, out)
    assert hidden_leftovers(out) == [] and again["files"] == tree_sizes(out)
    assert json.loads((out / "config.json").read_text())["exported_at"] > 0
    assert again["files"].keys() == first["files"].keys()
    assert Predictor(out).predict(["heavy rain fell", "the team won the match"]) == expected


def tree_sizes(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_size for p in sorted(folder.iterdir())}


def test_first_export_on_a_full_disk_leaves_nothing_behind(quick_model, tmp_path, monkeypatch):
    path, model_id = quick_model
    out = tmp_path / "new" / "bundle"
    monkeypatch.setenv(TEST_MAX_FILE_BYTES, str(1_000_000))
    with pytest.raises(DiskFull, match="nothing was left there. Free some space, then export again"):
        export(path, model_id, out, int8=False)
    assert not out.exists() and hidden_leftovers(out) == []


def test_zip_and_data_export_on_a_full_disk_keep_what_was_there(quick_model, tmp_path):
    from core.data_export import export_data

    path, model_id = quick_model
    bundle = tmp_path / "bundle"
    export(path, model_id, bundle, int8=False)
    target = tmp_path / "model.zip"
    target.write_bytes(b"an earlier zip")
    data = tmp_path / "data.csv"
    data.write_text("earlier data", encoding="utf-8")
    with Project.create(tmp_path / "big.shule", find_language("sw"), LABELS) as p:
        p.add_samples(NewSample(f"{i} " + "maneno " * 1000, NAMES[i % 2], status="accepted")
                      for i in range(100))  # a CSV of about 700 kB
        files = sorted(f.name for f in tmp_path.iterdir())
        with max_file_bytes(200_000):
            with pytest.raises(DiskFull, match=r"^The disk is full, so .*model\.zip could not be "
                                               r"written; the zip already there is unchanged\. "):
                zip_bundle(bundle, target)
            with pytest.raises(DiskFull, match=r"data\.csv could not be written; what was there "
                                               r"before is unchanged\. Free some space"):
                export_data(p, data)
        assert sorted(f.name for f in tmp_path.iterdir()) == files  # no partial files left
        assert target.read_bytes() == b"an earlier zip" and data.read_text() == "earlier data"
        assert export_data(p, data) == data and data.stat().st_size > 600_000
    assert zip_bundle(bundle, target) == target and target.stat().st_size > 1_000_000


# ---- a really full file system (where the machine lets a test mount one) -----------------------
@pytest.fixture
def disk(tmp_path) -> Iterator[Path]:
    with small_disk(tmp_path / "disk", "96m") as folder:
        yield folder


def test_generation_and_export_on_a_really_full_file_system(disk, tiny_gguf, quick_model):
    with Project.create(disk / "gen.shule", find_language("sw"), LABELS) as p:
        p.set_teacher(TeacherConfig("gguf", str(tiny_gguf)))
        filler = fill(disk, 160_000)
        shown = []
        with pytest.raises(DiskFull, match="^The disk is full, so generation stopped; "):
            generate_in_child(p.path, CONFIG, on_sample=lambda i, l, t: shown.append((i, l, t)))
        assert [(s.id, s.label, s.text) for s in p.samples()] == shown
        [job] = p.interrupted_jobs()
        filler.unlink()
        result = generate_in_child(p.path, CONFIG, resume=job["id"])
        assert result.short == [] and len(p.samples()) == 2 * CONFIG.per_label
        assert [(s.id, s.label, s.text) for s in p.samples()][:len(shown)] == shown
    assert_sound(disk / "gen.shule")
    # A closed project on a disk with no room at all: SQLite cannot create its -shm file.
    filler = fill(disk, 0)
    with pytest.raises(DiskFull, match="^The disk is full, so gen.shule cannot be opened"):
        Project.open(disk / "gen.shule")
    filler.unlink()
    Project.open(disk / "gen.shule").close()

    path, model_id = quick_model
    out = disk / "bundle"
    export(path, model_id, out, int8=False)
    before = tree(out)
    filler = fill(disk, 1_000_000)
    with pytest.raises(DiskFull, match="the bundle already there is unchanged"):
        export(path, model_id, out, int8=False)
    assert tree(out) == before and hidden_leftovers(out) == []
    filler.unlink()
    export(path, model_id, out, int8=False)
    assert hidden_leftovers(out) == [] and Predictor(out).predict(["heavy rain fell"])


def test_training_on_a_full_disk_registers_nothing_half_written_then_works(tmp_path, monkeypatch):
    from core.quick_model import QuickModel
    from core.training import train

    path = make_project(tmp_path / "toy")
    # The quick student's files are a few MB; 200 KB per file cannot hold them.
    monkeypatch.setenv(TEST_MAX_FILE_BYTES, str(200_000))
    with pytest.raises(DiskFull, match="^The disk is full, so the trained model could not be "
                                       "saved: no model was added") as failed:
        train(path, "quick")
    assert "\n" not in str(failed.value)
    with Project.open(path) as project:
        assert project.models() == []  # nothing registered, and no half-written folder left
        assert not project.models_dir.exists() or list(project.models_dir.iterdir()) == []
    monkeypatch.delenv(TEST_MAX_FILE_BYTES)
    model_id = train(path, "quick")
    with Project.open(path) as project:
        assert [m.id for m in project.models()] == [model_id]
        QuickModel.load(project.model_path(project.model(model_id)))
        assert not [p.name for p in project.models_dir.iterdir() if p.name.startswith(".")]

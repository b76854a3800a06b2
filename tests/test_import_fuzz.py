"""Whatever file a user picks, the import either works exactly or says why in one sentence.

Hypothesis writes random bytes, damaged workbooks and Parquet files, and random ragged tables;
every outcome must be a correct import or a ShuleError, and after an error the project holds
what it held before. The same for opening damaged project files, damaged byte by byte or in
structure (tables dropped, meta rows deleted, odd schema versions): an opened one must read.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
from pathlib import Path
from typing import Any, Iterable, Optional

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from core.errors import NotAProject, ShuleError
from core.importing import commit_import, import_file, plan_import
from core.languages import find_language
from core.project import SCHEMA_VERSION, TABLES, Label, NewSample, Project
from core.sample_query import SampleQuery, find_ids

# SHULE_FUZZ_EXAMPLES=2000 for a deeper search; the default keeps the file under ~15 s. The same
# examples every run (CI must not fail by chance); SHULE_FUZZ_RANDOM=1 draws new ones.
FUZZ = settings(max_examples=int(os.environ.get("SHULE_FUZZ_EXAMPLES", "60")), deadline=None,
                database=None, derandomize=not os.environ.get("SHULE_FUZZ_RANDOM"),
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])
SUFFIXES = [".csv", ".tsv", ".txt", ".jsonl", ".xlsx", ".parquet"]
LABELS = ["a", "b", "A", " b ", "c", "", "B"]


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    p = Project.create(tmp_path_factory.mktemp("fuzz") / "p.shule", find_language("sw"),
                       [Label("a", "First kind."), Label("b", "Second kind.")])
    yield p
    p.close()


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("files")


def counts(project: Project) -> tuple[int, int]:
    return len(project.sample_ids()), len(project.texts(unannotated=False))


def attempt(project: Project, path: Path, kind: str) -> Optional[Any]:
    """Plan and commit; any exception but ShuleError fails the test. Returns the plan or None."""
    before = counts(project)
    try:
        plan = plan_import(project, path, kind)
    except ShuleError as e:
        assert str(e) and "\n" not in str(e)
        assert counts(project) == before
        return None
    if not plan.ok:
        with pytest.raises(ShuleError):
            commit_import(project, plan)
        assert counts(project) == before
        return plan
    assert commit_import(project, plan) == plan.count
    samples, texts = counts(project)
    assert (samples - before[0], texts - before[1]) == (
        (0, plan.count) if kind == "unlabelled" else (plan.count, 0))
    return plan


# ---- random and damaged bytes --------------------------------------------------------------------
def valid_bytes(suffix: str) -> bytes:
    rows = [("Habari, \"rafiki\"\nyangu", "a"), ("Asubuhi", "b"), ("3.0", "B")]
    buf = io.BytesIO()
    if suffix == ".xlsx":
        import openpyxl

        book = openpyxl.Workbook()
        book.active.append(["text", "label"])
        for r in rows:
            book.active.append(list(r))
        book.save(buf)
    elif suffix == ".parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.table({"text": [r[0] for r in rows], "label": [r[1] for r in rows]}), buf)
    elif suffix == ".jsonl":
        buf.write("".join(json.dumps({"text": t, "label": l}) + "\n" for t, l in rows).encode())
    else:
        text = io.StringIO()
        csv.writer(text, dialect="excel-tab" if suffix == ".tsv" else "excel").writerows(
            [("text", "label"), *rows])
        buf.write(text.getvalue().encode("utf-16" if suffix == ".txt" else "utf-8"))
    return buf.getvalue()


@FUZZ
@given(suffix=st.sampled_from(SUFFIXES), data=st.binary(max_size=2000),
       kind=st.sampled_from(["samples", "gold", "unlabelled"]))
@example(suffix=".csv", data=b"text,label\n\x00\x00\x00,a\n", kind="samples")
@example(suffix=".txt", data=b"\xff\xfe\x00\xd8", kind="unlabelled")  # a lone UTF-16 surrogate
@example(suffix=".jsonl", data=b'{"text": "\\udc00", "label": "a"}\n[[[[[[', kind="samples")
def test_random_bytes_import_or_raise_shule_error(project, folder, suffix, data, kind):
    path = folder / f"random{suffix}"
    path.write_bytes(data)
    attempt(project, path, kind)


@FUZZ
@given(suffix=st.sampled_from(SUFFIXES), cut=st.floats(0, 1),
       flips=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)),
                      max_size=8))
def test_damaged_real_files_import_or_raise_shule_error(project, folder, suffix, cut, flips):
    raw = bytearray(valid_bytes(suffix))
    for where, value in flips:
        raw[int(where * len(raw))] = value
    path = folder / f"damaged{suffix}"
    path.write_bytes(bytes(raw[:max(1, int(cut * len(raw)))] if cut < 1 else raw))
    attempt(project, path, "samples")


# ---- random ragged tables: the outcome must be exactly right -------------------------------------
CELL = st.text(alphabet=st.sampled_from(list("ab AB,;\t\"'\n\r=éአ中🙂\u00a0\u2028x")), max_size=8)
ROW = st.lists(st.one_of(CELL, st.sampled_from(LABELS)), max_size=4)


def expected(rows: list[list[str]], first: int,
             width: int = 2) -> tuple[list[tuple[str, str, int]], list[int]]:
    """What a correct import makes of these rows under a "text,label[,…]" header of ``width``
    columns: (samples as (text, label, row), rows with problems)."""
    samples, problems = [], []
    for number, cells in enumerate(rows, start=first):
        if not any(c.strip() for c in cells):
            continue
        text = cells[0].strip() if cells else ""
        label = cells[1].strip() if len(cells) > 1 else ""
        if any(c.strip() for c in cells[width:]) or not text or label.casefold() not in ("a", "b"):
            problems.append(number)
        else:
            samples.append((text, label.casefold(), number))
    return samples, problems


def check(project: Project, path: Path, rows: list[list[str]], first: int, width: int = 2) -> None:
    plan = attempt(project, path, "samples")
    assert plan is not None
    samples, problems = expected(rows, first, width)
    assert [p.row for p in plan.problems] == problems
    assert [(s.text, s.label, s.provenance["row"]) for s in plan.samples] == samples


@FUZZ
@given(rows=st.lists(ROW, max_size=12), tsv=st.booleans(), encoding=st.sampled_from(
    ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"]))
def test_random_ragged_csv_and_tsv_tables(project, folder, rows, tsv, encoding):
    rows = [[c.replace("\x00", "") for c in r] for r in rows]
    text = io.StringIO()
    csv.writer(text, dialect="excel-tab" if tsv else "excel").writerows([["text", "label"], *rows])
    path = folder / ("ragged.tsv" if tsv else "ragged.csv")
    path.write_bytes(text.getvalue().encode(encoding))
    check(project, path, rows, first=2)


@FUZZ
@given(rows=st.lists(ROW, max_size=12))
def test_random_ragged_workbooks(project, folder, rows):
    import openpyxl
    from openpyxl.cell import WriteOnlyCell

    rows = [[c.replace("\r", "") for c in r] for r in rows]  # XML reads "\r" back as "\n"
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(["text", "label"])
    for r in rows:
        cells = [WriteOnlyCell(sheet, c) for c in r]
        for cell in cells:
            cell.data_type = "s"  # "=a" is a text here, not a formula
        sheet.append(cells)
    path = folder / "ragged.xlsx"
    book.save(path)
    check(project, path, rows, first=2)


@FUZZ
@given(rows=st.lists(st.tuples(st.one_of(st.none(), CELL, st.sampled_from(LABELS)),
                               st.one_of(st.none(), st.sampled_from(LABELS))), max_size=12))
def test_random_parquet_tables(project, folder, rows):
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = folder / "t.parquet"
    pq.write_table(pa.table({"text": pa.array([r[0] for r in rows], pa.string()),
                             "label": pa.array([r[1] for r in rows], pa.string())}), path)
    check(project, path, [[t or "", l or ""] for t, l in rows], first=1)


VALUE = st.one_of(st.none(), CELL, st.sampled_from(LABELS), st.integers(-5, 5), st.booleans())


@FUZZ
@given(objects=st.lists(st.dictionaries(st.sampled_from(["text", "label", "x"]), VALUE),
                        max_size=10))
def test_random_jsonl_objects(project, folder, objects):
    path = folder / "t.jsonl"
    lines = [json.dumps({"text": "kwanza", "label": "a"})] + [json.dumps(o) for o in objects]
    path.write_text("\n".join(lines), encoding="utf-8")

    def cell(v: Any) -> str:
        return "" if v is None else ("true" if v else "false") if isinstance(v, bool) else str(v)

    keys = ["text", "label"] + (["x"] if any("x" in o for o in objects) else [])
    rows = [["kwanza", "a"]] + [[cell(o.get(k)) for k in keys] for o in objects]
    check(project, path, rows, first=1, width=len(keys))


def test_a_100_mb_field_is_refused_in_words(project, folder):
    path = folder / "huge.csv"
    big = "x" * 100_000_000
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([["text"], [f"{big[:50_000_000]}\n,\"{big[:50_000_000]}"],
                                 ["Habari"]])
    before = project.texts()
    plan = plan_import(project, path, "unlabelled")
    assert not plan.ok and plan.texts == ["Habari"]
    assert [(p.row, "100,000,003 characters" in p.why) for p in plan.problems] == [(2, True)]
    assert len(plan.preview[0][0]) < 1000  # the dialog gets a glimpse, not 100 MB
    del plan
    with pytest.raises(ShuleError, match="at most 10,000"):
        import_file(project, path, "unlabelled")
    assert project.texts() == before


# ---- damaged project files -----------------------------------------------------------------------
@pytest.fixture(scope="module")
def project_bytes(tmp_path_factory) -> bytes:
    path = tmp_path_factory.mktemp("real") / "real.shule"
    with Project.create(path, find_language("sw"), [Label("a", "A."), Label("b", "B.")]) as p:
        p.add_samples(NewSample(f"Sentensi ya {i}", "ab"[i % 2]) for i in range(200))
        p.add_texts([f"maandishi {i}" for i in range(50)], "x.txt")
    return path.read_bytes()


def fresh_copy(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` after removing what an earlier attempt left beside it: its -wal
    and -shm files, upgrade backups (``NAME.shule.v3-backup``, ``-backup-2`` …) and hidden
    temporary files."""
    for old in [*path.parent.glob(f"{path.name}*"), *path.parent.glob(f".{path.name}*")]:
        old.unlink(missing_ok=True)
    path.write_bytes(data)
    return path


def read_everything(project: Project) -> None:
    """The reads the app's pages make of an open project; any exception fails the caller."""
    _ = project.labels, project.counts(), project.models()
    project.status()  # language, task, teacher, gold, discard counts and the above again
    project.samples()
    project.sample_ids(status="accepted")
    project.texts()
    project.texts(unannotated=False)
    project.interrupted_jobs()
    project.discards()
    project.evaluations()
    _ = project.target_per_label, project.attributes
    find_ids(project, SampleQuery(search="Sentensi"))  # the review page's search, in the index


def open_or_refuse(path: Path, read: bool = False) -> bool:
    """Open the project (and, with ``read``, read it as the pages do) or be refused with a
    ShuleError of one line. True when it opened."""
    try:
        project = Project.open(path)
    except ShuleError as e:
        assert str(e) and "\n" not in str(e), repr(e)
        return False
    try:
        if read:
            read_everything(project)
    finally:
        project.close()
    return True


@FUZZ
@given(cut=st.floats(0, 1), flips=st.lists(
    st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), max_size=20))
def test_damaged_project_files_open_or_are_refused(project_bytes, folder, cut, flips):
    raw = bytearray(project_bytes[:int(cut * len(project_bytes))])
    for where, value in flips:
        if raw:
            raw[int(where * len(raw))] = value
    open_or_refuse(fresh_copy(folder / "damaged.shule", bytes(raw)))


@FUZZ
@given(data=st.binary(max_size=5000))
def test_random_bytes_after_the_sqlite_magic_are_refused(folder, data):
    open_or_refuse(fresh_copy(folder / "random.shule", b"SQLite format 3\x00" + data))


# ---- structurally damaged project files: tables gone, meta rows gone, odd schema versions --------
#: The meta rows structural damage may delete, and the schema versions it may store.
META_KEYS = ("app", "schema_version", "language")
VERSIONS = (*(str(v) for v in range(SCHEMA_VERSION + 2)), "", "x", "-1", "2.5")


def table_names(path: Path) -> list[str]:
    """The tables in the database at ``path`` (SQLite's own aside), FTS5 shadow tables included."""
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                                           " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")]
    finally:
        conn.close()


def damage_structure(path: Path, drop: Iterable[str] = (), forget: Iterable[str] = (),
                     version: Optional[str] = None) -> None:
    """Damage the project file at ``path`` as a bad tool or a hand edit might, with plain SQLite:
    drop the tables named in ``drop``, store ``version`` (any string) as its schema_version, then
    delete the meta rows whose keys are in ``forget``. The meta steps are skipped when meta is
    gone. (bench/reliability.py draws these choices at random too.)"""
    conn = sqlite3.connect(path)
    try:
        with conn:
            virtual = {r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%'")}
            # A virtual table first: dropping it drops its shadow tables, while dropping a shadow
            # table first leaves a virtual table that SQLite can no longer drop.
            for name in sorted(drop, key=lambda n: n not in virtual):
                conn.execute(f'DROP TABLE IF EXISTS "{name}"')
            if "meta" in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}:
                if version is not None:
                    conn.execute("INSERT OR REPLACE INTO meta (key, value)"
                                 " VALUES ('schema_version', ?)", [version])
                conn.executemany("DELETE FROM meta WHERE key = ?", [(k,) for k in forget])
    finally:
        conn.close()


@pytest.fixture(scope="module")
def project_tables(project_bytes, folder) -> list[str]:
    names = table_names(fresh_copy(folder / "tables.shule", project_bytes))
    assert set(TABLES) <= set(names)
    return names


@FUZZ
@given(data=st.data())
def test_structurally_damaged_project_files_open_or_are_refused(project_bytes, project_tables,
                                                                 folder, data):
    drop = data.draw(st.lists(st.sampled_from(project_tables), unique=True), label="drop")
    forget = data.draw(st.lists(st.sampled_from(META_KEYS), unique=True), label="forget")
    version = data.draw(st.none() | st.sampled_from(VERSIONS), label="version")
    path = fresh_copy(folder / "structure.shule", project_bytes)
    damage_structure(path, drop, forget, version)
    opened = open_or_refuse(path, read=True)
    current = version in (None, str(SCHEMA_VERSION))
    if current and not forget and set(drop) & set(TABLES):
        assert not opened  # a current file missing a table it must have is refused
    if not forget and "meta" not in drop and version in VERSIONS[:SCHEMA_VERSION]:
        # An older file gets every table it lacks back, or it is refused.
        assert not opened or set(TABLES) <= set(table_names(path))


def test_a_current_project_missing_its_samples_table_is_refused_in_words(project_bytes, folder):
    path = fresh_copy(folder / "nosamples.shule", project_bytes)
    damage_structure(path, drop=["samples"])
    with pytest.raises(NotAProject, match=r"damaged: it lacks the samples table\."):
        Project.open(path)
    assert not list(folder.glob("nosamples.shule.v*-backup*"))  # nothing to upgrade, no backup


@pytest.mark.parametrize("drop, forget, words", [
    (["samples_fts"], [], "it lacks the samples_fts, samples_fts_data"),
    (["samples_fts_idx"], [], "it lacks the samples_fts_idx table"),
    ([], ["language"], "its language is missing or unreadable"),
])
def test_a_current_project_missing_its_search_index_or_language_is_refused_in_words(
        project_bytes, folder, drop, forget, words):
    path = fresh_copy(folder / "damaged.shule", project_bytes)
    damage_structure(path, drop, forget)
    with pytest.raises(NotAProject, match=f"^damaged.shule is damaged: {words}"):
        Project.open(path)


def test_an_older_project_missing_a_later_table_gets_it_back(project_bytes, folder):
    path = fresh_copy(folder / "old.shule", project_bytes)
    damage_structure(path, drop=["evaluations"], version="4")
    with Project.open(path) as project:
        assert project.evaluations() == [] and len(project.samples()) == 200
        read_everything(project)
    assert "evaluations" in table_names(path)
    backup = folder / "old.shule.v4-backup"
    assert backup.is_file() and "evaluations" not in table_names(backup)

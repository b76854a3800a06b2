"""A user brings their own data in: every format, every encoding, and the rows that go wrong.

Files are written with the real libraries (csv, openpyxl, pyarrow); projects are real SQLite files.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path

import pytest

from core.cli import main
from core.errors import ShuleError
from core.importing import commit_import, import_file, plan_import, read_columns
from core.languages import find_language
from core.project import Label, Project
from tests.fixtures.shared_data import SHARED_DATA

ROWS = [("Timu yetu imeshinda", "a"), ('Alisema "habari", kisha\nakaondoka', "b"),
        ("Bei ya, mahindi\timepanda", "a"), ("  Mvua  ", "B")]  # "B": matched to "b"
DATA = SHARED_DATA


@pytest.fixture
def project(tmp_path):
    p = Project.create(tmp_path / "p.shule", find_language("sw"),
                       [Label("a", "First kind."), Label("b", "Second kind.")])
    yield p
    p.close()


def counts(project: Project) -> tuple[int, int]:
    return len(project.samples()), len(project.texts(unannotated=False))


def write_delimited(path: Path, rows, header=("text", "label"), encoding="utf-8", **fmt):
    with open(path, "w", encoding=encoding, newline="") as f:
        writer = csv.writer(f, **fmt)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def write_xlsx(path: Path, rows, header=("text", "label")):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(list(header))
    for r in rows:
        sheet.append(list(r))
    book.save(path)
    return path


def write_parquet(path: Path, rows, header=("text", "label")):
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table({h: [r[i] for r in rows] for i, h in enumerate(header)}), path)
    return path


def write_jsonl(path: Path, rows, header=("text", "label")):
    path.write_text("".join(json.dumps(dict(zip(header, r)), ensure_ascii=False) + "\n"
                            for r in rows), encoding="utf-8")
    return path


WRITERS = {
    "csv": lambda p, rows: write_delimited(p, rows),
    "tsv": lambda p, rows: write_delimited(p, rows, dialect="excel-tab"),
    "jsonl": write_jsonl, "xlsx": write_xlsx, "parquet": write_parquet}


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_every_format_round_trips_with_quotes_newlines_and_label_case(project, tmp_path, fmt):
    path = WRITERS[fmt](tmp_path / f"data.{fmt}", ROWS)
    plan = plan_import(project, path)
    assert plan.ok and plan.columns == ["text", "label"] and plan.problem_count == 0
    assert (plan.text_column, plan.label_column) == ("text", "label")
    assert plan.preview[1][0] == 'Alisema "habari", kisha\nakaondoka'
    assert plan.by_label == {"a": 2, "b": 2}
    assert plan.summary() == f"4 samples will be imported from data.{fmt} (a: 2, b: 2)."
    assert counts(project) == (0, 0)  # planning writes nothing
    assert commit_import(project, plan) == 4
    got = project.samples(source="imported")
    assert [(s.text, s.label) for s in got] == [(t.strip(), l.lower()) for t, l in ROWS]
    assert got[0].status == "accepted"
    first_row = 1 if fmt in ("jsonl", "parquet") else 2
    assert [s.provenance for s in got][:2] == [{"file": f"data.{fmt}", "row": first_row},
                                              {"file": f"data.{fmt}", "row": first_row + 1}]


def test_txt_is_one_text_per_line_and_skips_blank_lines(project, tmp_path):
    path = tmp_path / "t.txt"
    path.write_bytes("Habari\r\n\r\n  Dawa ya malaria \nMwisho".encode())
    plan = plan_import(project, path, "unlabelled")
    assert plan.texts == ["Habari", "Dawa ya malaria", "Mwisho"] and plan.label_column is None
    assert plan.summary() == "3 texts will be imported from t.txt."
    assert commit_import(project, plan) == 3 and counts(project) == (0, 3)


@pytest.mark.parametrize("encoding,bom", [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"),
                                          ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
                                          ("utf-16-le", b""), ("utf-16-be", b"")])
def test_utf8_with_bom_and_utf16_with_and_without_bom(project, tmp_path, encoding, bom):
    text = "text,label\nአማርኛ ጽሑፍ,a\nمرحبا بالعالم,b\n"
    path = tmp_path / "enc.csv"
    path.write_bytes(bom + text.encode(encoding))
    assert import_file(project, path) == 2
    assert [s.text for s in project.samples()] == ["አማርኛ ጽሑፍ", "مرحبا بالعالم"]


def test_cp1252_is_refused_with_the_byte_offset(project, tmp_path):
    path = tmp_path / "old.csv"
    path.write_bytes("text,label\ncafé au lait,a\n".encode("cp1252"))
    with pytest.raises(ShuleError, match=r"not UTF-8 or UTF-16 text \(byte 14 .*save it as UTF-8"):
        plan_import(project, path)
    assert counts(project) == (0, 0)


def test_every_bad_row_is_named_and_nothing_is_written(project, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("text,label\nZuri,a\nExtra,a,oops\n,b\nSiasa,politics\nHakuna lebo,\n"
                    "\n,\nSawa,b,,\n", encoding="utf-8")
    import_file(project, write_delimited(tmp_path / "ok.csv", [("Kwanza", "a")]))
    before = counts(project)
    plan = plan_import(project, path)
    assert not plan.ok and plan.problem_count == 4
    assert [(p.row, p.why.split(" (")[0]) for p in plan.problems] == [
        (3, "has 3 cells but the header has 2 columns"), (4, "has no text"),
        (5, "has the label “politics”, which is not one of this project's labels"),
        (6, "has no label")]
    assert [s.text for s in plan.samples] == ["Zuri", "Sawa"]  # row 9: blank extra cells are fine
    assert plan.summary().startswith("4 rows of bad.csv cannot be imported: row 3 has 3 cells")
    with pytest.raises(ShuleError, match="Row 3 of bad.csv has 3 cells.* 3 more rows cannot "
                                         "be imported either: row 4 has no text; row 5 has the "
                                         "label “politics”"):
        import_file(project, path)
    with pytest.raises(ShuleError, match="Row 3"):
        commit_import(project, plan)
    assert counts(project) == before


def test_problems_are_capped_but_counted(project, tmp_path):
    path = write_delimited(tmp_path / "many.csv", [(f"t{i}", "zzz") for i in range(1500)])
    plan = plan_import(project, path)
    assert plan.problem_count == 1500 and len(plan.problems) == 1000
    assert "; and 1495 more; nothing will be imported" in plan.summary()
    with pytest.raises(ShuleError, match="1499 more rows cannot be imported either"):
        import_file(project, path)


def test_columns_are_guessed_or_chosen_and_a_missing_one_lists_the_columns(project, tmp_path):
    path = write_delimited(tmp_path / "c.csv", [("1", "Habari", "A")],
                           header=("id", "Tweet", "Sentiment"))
    plan = plan_import(project, path)
    assert (plan.text_column, plan.label_column) == ("Tweet", "Sentiment") and plan.ok
    header, preview = read_columns(path)
    assert header == ["id", "Tweet", "Sentiment"] and preview == [["1", "Habari", "A"]]
    with pytest.raises(ShuleError, match="no label column called “topic”; its columns are: "
                                         "“id”, “Tweet”, “Sentiment”"):
        plan_import(project, path, label_column="topic")
    one = write_delimited(tmp_path / "one.csv", [("Habari",), ("Asubuhi",)], header=("maandishi",))
    assert import_file(project, one, "unlabelled") == 2
    with pytest.raises(ShuleError, match="no label column"):
        plan_import(project, one)


def test_gold_is_always_accepted_and_pending_samples_stay_pending(project, tmp_path):
    path = write_delimited(tmp_path / "g.csv", [("Habari", "a"), ("Asubuhi", "b")])
    assert import_file(project, path, "gold", status="pending") == 2
    assert {(s.source, s.status) for s in project.samples()} == {("gold", "accepted")}
    assert import_file(project, path, "samples", status="pending") == 2
    assert {s.status for s in project.samples(source="imported")} == {"pending"}
    with pytest.raises(ShuleError, match="Import as one of"):
        plan_import(project, path, "everything")
    with pytest.raises(ShuleError, match="accepted or pending"):
        plan_import(project, path, status="rejected")


def test_spreadsheet_numbers_and_blank_rows(project, tmp_path):
    path = write_xlsx(tmp_path / "n.xlsx", [(3.0, "a"), (None, None), (2.5, "b"), (True, "a")])
    plan = plan_import(project, path)
    assert [s.text for s in plan.samples] == ["3", "2.5", "true"]
    assert [s.provenance["row"] for s in plan.samples] == [2, 4, 5]


def test_jsonl_lines_that_are_not_objects_are_problems_with_line_numbers(project, tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_text('{"text": "Habari", "label": "a", "extra": 1}\n\n[1, 2]\n{broken\n'
                    '{"text": "Asubuhi", "label": "b"}\n"\\ud800"\n', encoding="utf-8")
    plan = plan_import(project, path)
    assert [(p.row, p.why.split(" (")[0]) for p in plan.problems] == [
        (3, "is not a JSON object"), (4, "is not valid JSON"), (6, "is not a JSON object")]
    assert plan.columns == ["text", "label", "extra"] and len(plan.samples) == 2
    lone = tmp_path / "lone.jsonl"
    lone.write_text('{"text": "bad \\ud800", "label": "a"}\n', encoding="utf-8")
    assert plan_import(project, lone).problems[0].why == "has text that is not valid Unicode"
    lone.write_text('{"text": "sawa", "label": "x\\udc00", "\\ud800": 1}\n', encoding="utf-8")
    plan = plan_import(project, lone)
    assert plan.columns == ["text", "label", "?"] and "label “x?”" in plan.problems[0].why


@pytest.mark.parametrize("name,content,match", [
    ("empty.csv", b"", "is empty"), ("x.xlsx", b"PK\x03\x04 not a zip", "could not be read as an "
                                    "Excel"), ("x.parquet", b"PAR1 nope", "could not be read as a "
                                                                         "Parquet"),
    ("x.xls", b"\xd0\xcf\x11\xe0", "cannot read .xls files"),
    ("q.csv", b'text,label\n"open quote,a\n', None)])
def test_damaged_files_give_one_sentence(project, tmp_path, name, content, match):
    path = tmp_path / name
    path.write_bytes(content)
    if match is None:  # an unclosed quote swallows the rest: one text, no label
        plan = plan_import(project, path)
        assert plan.problems[0].why == "has no label"
        return
    with pytest.raises(ShuleError, match=match):
        plan_import(project, path)
    with pytest.raises(ShuleError, match="There is no file"):
        plan_import(project, tmp_path / "missing.csv")


def test_cli_dry_run_writes_nothing_then_import_writes(project, tmp_path, capsys):
    path = write_delimited(tmp_path / "d.csv", [("Habari", "a"), ("Asubuhi", "b")])
    project_path = str(project.path)
    assert main(["import", project_path, str(path), "--dry-run"]) == 0
    assert "Dry run, nothing written: 2 samples will be imported" in capsys.readouterr().out
    assert counts(project) == (0, 0)
    assert main(["import", project_path, str(path), "--as", "gold", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["imported"] == 2 and result["by_label"] == {"a": 1, "b": 1} and result["ok"]
    bad = write_delimited(tmp_path / "bad.csv", [("Habari", "zzz")])
    assert main(["import", project_path, str(bad), "--dry-run", "--json"]) == 1
    out = capsys.readouterr()
    assert json.loads(out.out)["problems"] == [
        {"row": 2, "why": "has the label “zzz”, which is not one of this project's labels (a, b)"}]
    assert out.err.startswith("shule: Row 2 of bad.csv has the label “zzz”")
    assert main(["import", project_path, str(bad)]) == 1
    assert counts(project) == (2, 0)
    assert main(["import", project_path, str(path), "--text-col", "text", "--label-col", "label",
                 "--status", "pending"]) == 0
    assert "Imported 2 samples from d.csv (a: 1, b: 1)." in capsys.readouterr().out


# ---- the real data sets in ../shared/data --------------------------------------------------------
def shared_files() -> list[Path]:
    if not DATA.is_dir():
        return []
    return sorted(p for p in DATA.rglob("*") if p.suffix in (".csv", ".tsv"))


def records(path: Path) -> list[dict[str, str]]:
    """The file's records, read independently of Shule with the csv module."""
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, dialect="excel-tab" if path.suffix == ".tsv" else "excel"))


@pytest.mark.skipif(not DATA.is_dir(), reason=f"the shared data folder {DATA} is missing")
@pytest.mark.parametrize("path", shared_files(), ids=lambda p: str(p.relative_to(DATA)))
def test_every_shared_data_file_imports_every_record(tmp_path, path):
    rows = records(path)
    label_key = next(k for k in ("label", "category") if k in rows[0])
    text_key = next(k for k in ("text", "tweet") if k in rows[0])
    names = sorted({r[label_key] for r in rows})
    with Project.create(tmp_path / "real.shule", find_language("en"),
                        [Label(n, f"Texts labelled {n}.") for n in names]) as project:
        plan = plan_import(project, path, "gold")
        assert plan.ok, plan.summary()
        assert len(plan.samples) == len(rows) > 0
        assert commit_import(project, plan) == len(rows)
        got = project.samples(source="gold")
        assert Counter(s.label for s in got) == Counter(r[label_key] for r in rows)
        assert [s.text for s in got] == [r[text_key].strip() for r in rows]
        assert got[-1].provenance == {"file": path.name, "row": plan.samples[-1].provenance["row"]}


@pytest.mark.skipif(not (DATA / "nusax-senti").is_dir(), reason="NusaX is not in the shared data")
def test_nusax_texts_keep_their_newlines(tmp_path):
    path = DATA / "nusax-senti" / "buginese" / "train.csv"
    multi = [r["text"].strip() for r in records(path) if "\n" in r["text"]]
    assert multi, "NusaX Buginese train has texts with newlines"
    with Project.create(tmp_path / "n.shule", find_language("en"),
                        [Label(n, n) for n in ("negative", "neutral", "positive")]) as project:
        plan = plan_import(project, path)
    assert set(multi) <= {s.text for s in plan.samples}
    # a row number is what a spreadsheet shows (a text with newlines is one row), not a line number
    assert plan.samples[-1].provenance["row"] == len(records(path)) + 1


@pytest.mark.skipif(not (DATA / "afrisenti").is_dir(), reason="AfriSenti is not in the shared data")
def test_afrisenti_tweets_starting_with_a_quote_do_not_swallow_later_rows(tmp_path):
    path = DATA / "afrisenti" / "kin" / "train.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    assert any(line.startswith('"') for line in lines)  # the trait under test
    with Project.create(tmp_path / "k.shule", find_language("rw"),
                        [Label(n, n) for n in ("negative", "neutral", "positive")]) as project:
        plan = plan_import(project, path)
    assert plan.ok and len(plan.samples) == len(lines) - 1  # one tweet per line, none merged
    assert [s.provenance["row"] for s in plan.samples] == list(range(2, len(lines) + 1))

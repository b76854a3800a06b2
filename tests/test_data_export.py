"""A user takes their data out: every format reads back with the same rows, the Hugging Face
folder has its splits and a dataset card, and no secret ever leaves the project."""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from core.cli import main
from core.data_export import data_splits, export_data
from core.errors import ShuleError
from core.languages import find_language
from core.project import Label, NewSample, Project, TeacherConfig

SECRET = "sk-live-do-not-leak-0123456789"


@pytest.fixture
def project(tmp_path):
    p = Project.create(tmp_path / "p.shule", find_language("sw"),
                       [Label("a", "Habari za michezo."), Label("b", "Habari za afya.")],
                       task="Sort radio SMS")
    texts = [f"Maandishi {i}, \"nukuu\"\nmstari wa pili" for i in range(40)]
    p.add_samples(NewSample(t, "ab"[i % 2], "generated", "accepted") for i, t in enumerate(texts))
    p.add_samples([NewSample("=1+1 si fomula", "a", "imported", "accepted"),
                   NewSample("Inasubiri", "a", "generated", "pending"),
                   NewSample("Imekataliwa", "b", "generated", "rejected"),
                   NewSample("Dhahabu moja", "a", "gold", "accepted"),
                   NewSample("Dhahabu mbili", "b", "gold", "accepted")])
    p.set_teacher(TeacherConfig("openai", "http://127.0.0.1:9/v1", {
        "base_url": "http://127.0.0.1:9/v1", "model": "qwen2.5-7b", "api_key_name": "x",
        "api_key": SECRET}))
    yield p
    p.close()


def expected(project: Project, gold: bool = True) -> list[tuple]:
    rows = [(s.text, s.label, s.source, s.id, "train") for s in project.samples(status="accepted")
            if s.source != "gold"]
    if gold:
        rows += [(s.text, s.label, "gold", s.id, "test") for s in project.samples(source="gold")]
    return rows


def read_back(path: Path) -> list[tuple]:
    if path.suffix == ".csv":
        with open(path, encoding="utf-8-sig", newline="") as f:
            rows = list(csv.DictReader(f))
    elif path.suffix == ".jsonl":
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    elif path.suffix == ".xlsx":
        import openpyxl

        book = openpyxl.load_workbook(path, read_only=True)
        header, *values = list(book.worksheets[0].iter_rows(values_only=True))
        rows = [dict(zip(header, v)) for v in values]
        book.close()
    else:
        import pyarrow.parquet as pq

        rows = pq.read_table(path).to_pylist()
    return [(r["text"], r["label"], r["source"], int(r["id"]), r["split"]) for r in rows]


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".xlsx", ".parquet"])
def test_every_flat_format_reads_back_with_the_same_rows(project, tmp_path, suffix):
    out = export_data(project, tmp_path / f"out{suffix}")  # the format comes from the suffix
    assert out == tmp_path / f"out{suffix}"
    assert read_back(out) == expected(project)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp left
    assert read_back(export_data(project, tmp_path / "nogold", suffix[1:], include_gold=False)
                     .with_suffix(suffix)) == expected(project, gold=False)


def test_the_exported_csv_imports_back_into_a_new_project(project, tmp_path):
    from core.importing import import_file

    out = export_data(project, tmp_path / "back.csv", include_gold=False)
    with Project.create(tmp_path / "q.shule", project.language, project.labels) as other:
        assert import_file(other, out) == len(expected(project, gold=False))
        assert Counter(s.label for s in other.samples()) == Counter(
            r[1] for r in expected(project, gold=False))


def test_hf_folder_has_splits_and_a_card_without_secrets(project, tmp_path):
    out = export_data(project, tmp_path / "hf", "hf", seed=3)
    assert sorted(p.name for p in out.iterdir()) == ["README.md", "test.jsonl", "train.jsonl",
                                                     "validation.jsonl"]
    read = {s: [json.loads(l) for l in (out / f"{s}.jsonl").read_text("utf-8").splitlines()]
            for s in ("train", "validation", "test")}
    accepted = {r[3] for r in expected(project, gold=False)}
    assert {r["id"] for r in read["train"]} | {r["id"] for r in read["validation"]} == accepted
    assert not {r["id"] for r in read["train"]} & {r["id"] for r in read["validation"]}
    # stratified: ~10 % of each label (21 "a" and 20 "b" accepted → 2 each)
    assert Counter(r["label"] for r in read["validation"]) == {"a": 2, "b": 2}
    assert [r["text"] for r in read["test"]] == ["Dhahabu moja", "Dhahabu mbili"]
    assert set(read["train"][0]) == {"text", "label", "source", "id"}

    card = (out / "README.md").read_text("utf-8")
    front = re.match(r"---\n(.*?)\n---\n", card, re.S)
    assert front
    import yaml

    meta = yaml.safe_load(front.group(1))
    assert meta["language"] == ["sw"] and meta["task_categories"] == ["text-classification"]
    assert meta["license"] == "other" and "set by the data owner" in card
    assert [f["split"] for f in meta["configs"][0]["data_files"]] == ["train", "validation", "test"]
    for needle in ("Swahili (`sw`)", "Latin (`Latn`)", "Sort radio SMS", "Habari za michezo.",
                   "| validation | 4 | 2 | 2 |", "| test | 2 | 1 | 1 |", "qwen2.5-7b",
                   "generated: 40", "imported: 1", "gold: 2", "biases"):
        assert needle in card, needle
    for secret in (SECRET, "api_key", "127.0.0.1", "sk-"):
        assert secret not in card
    assert not re.search(r"[A-Za-z0-9_\-]{24,}", card)  # nothing that looks like a token

    again = export_data(project, out, "hf", seed=3)  # replaces the folder in one step
    assert (again / "README.md").read_text("utf-8") == card
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_hf_without_gold_has_no_test_split_and_the_seed_decides_validation(project, tmp_path):
    out = export_data(project, tmp_path / "plain", include_gold=False)  # no suffix: hf
    assert not (out / "test.jsonl").exists() and (out / "validation.jsonl").is_file()
    assert "There is no gold test set" in (out / "README.md").read_text("utf-8")
    ids = [{r["id"] for r in data_splits(project, True, seed, validation=True)["validation"]}
           for seed in (0, 0, 1)]
    assert ids[0] == ids[1] != ids[2]


def test_gguf_teacher_is_named_by_file_only(project, tmp_path):
    project.set_teacher(TeacherConfig("gguf", str(tmp_path / "secret-folder" / "tiny.gguf")))
    card = (export_data(project, tmp_path / "g") / "README.md").read_text("utf-8")
    assert "`tiny.gguf`" in card and "secret-folder" not in card


def test_refusals_are_one_sentence(project, tmp_path):
    with pytest.raises(ShuleError, match="cannot tell the format"):
        export_data(project, tmp_path / "out.docx")
    with pytest.raises(ShuleError, match="Export data as one of"):
        export_data(project, tmp_path / "out.csv", "pdf")
    (tmp_path / "folder.csv").mkdir()
    with pytest.raises(ShuleError, match="is a folder"):
        export_data(project, tmp_path / "folder.csv")
    project.add_samples([NewSample("bad \x01 control", "a", "generated", "accepted")])
    with pytest.raises(ShuleError, match="export to CSV, JSONL or Parquet"):
        export_data(project, tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()
    with Project.create(tmp_path / "empty.shule", project.language, project.labels) as empty:
        with pytest.raises(ShuleError, match="nothing to export"):
            export_data(empty, tmp_path / "e.csv")


def test_cli_export_data(project, tmp_path, capsys):
    path = str(project.path)
    assert main(["export-data", path, str(tmp_path / "d.jsonl")]) == 0
    assert "Exported 43 samples (train: 41, test: 2) to" in capsys.readouterr().out
    assert main(["export-data", path, str(tmp_path / "hf"), "--format", "hf", "--no-gold",
                 "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["splits"] == {"train": 37, "validation": 4}
    assert not (tmp_path / "hf" / "test.jsonl").exists()
    assert main(["export-data", path, str(tmp_path / "d.docx")]) == 1
    assert capsys.readouterr().err.startswith("shule: Shule cannot tell the format")

"""Bringing data in and taking it out, as a user does it: File ▸ Import data… and File ▸ Export
data…, real files (csv, openpyxl, pyarrow), real projects. Only the native file dialogs are
replaced."""

from __future__ import annotations

import csv
import json

import openpyxl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from PySide6.QtCore import Qt  # conftest.py has set QT_QPA_PLATFORM=offscreen before this

import app.dialogs
from app.main_window import GENERATE, REVIEW
from core.gold import add_gold
from core.project import Project
from tests.fixtures.projects import make_project

YES_NO = {"yes": ["ndiyo kabisa", "ndiyo sana"], "no": ["hapana kabisa"]}


@pytest.fixture
def project_path(tmp_path):
    return make_project(tmp_path / "p", data=YES_NO)


def _write_csv(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


def _open_import(qtbot, window, monkeypatch, file):
    """File ▸ Import data…, choosing ``file``; returns the dialog once its plan is shown."""
    monkeypatch.setattr(app.dialogs, "ask_import_file", lambda parent, start="": file)
    window.import_action.trigger()
    dialog = window.data_dialog
    assert dialog is not None and dialog.isVisible()
    _wait_plan(qtbot, dialog)
    return dialog


def _wait_plan(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.planned is not None and not dialog.runner.is_running(),
                    timeout=10_000)


def _choose(qtbot, dialog, combo, name):
    combo.setCurrentIndex(combo.findData(name))
    _wait_plan(qtbot, dialog)


def _import(qtbot, dialog):
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as done:
        qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    return done.args


# ---- importing -------------------------------------------------------------------------------
def test_a_bad_row_blocks_the_import_until_the_right_label_column_is_chosen(
        qtbot, window, monkeypatch, project_path, tmp_path):
    file = _write_csv(tmp_path / "mine.csv", [
        ["text", "label", "answer"],
        ["ndiyo kweli", "yes", "yes"],
        ["<b>hapana</b> bwana", "no", "no"],  # markup in a cell is shown as it is
        ["labda kesho", "maybe", "no"],  # row 4: "maybe" is not a label
    ])
    assert window.open_project(project_path)
    before = window.project.sample_ids()
    dialog = _open_import(qtbot, window, monkeypatch, file)

    # The first rows, as plain text; the guessed columns preselected.
    assert dialog.preview.rowCount() == 3 and dialog.preview.columnCount() == 3
    assert [dialog.preview.horizontalHeaderItem(c).text() for c in range(3)] == [
        "text", "label", "answer"]
    assert dialog.preview.item(1, 0).text() == "<b>hapana</b> bwana"
    assert (dialog.text_column.currentData(), dialog.label_column.currentData()) == (
        "text", "label")
    # The problem in words, with its row number; nothing can be imported, nothing was written.
    assert dialog.problems.isVisible()
    problems = dialog.problems.toPlainText()
    assert problems.startswith("Row 4 has the label “maybe”, which is not one of this project's "
                               "labels (yes, no)")
    assert "1 row cannot be imported" in dialog.summary.text()
    assert not dialog.import_button.isEnabled() and dialog.import_button.text() == "Import"
    assert window.project.sample_ids() == before

    # The other column holds the right labels: now every row can go.
    _choose(qtbot, dialog, dialog.label_column, "answer")
    assert not dialog.problems.isVisible()
    assert dialog.import_button.isEnabled()
    assert dialog.import_button.text() == "Import 3 samples"
    assert "yes 1 · no 2" in dialog.summary.text()
    assert window.project.sample_ids() == before  # still nothing written before the click

    assert _import(qtbot, dialog) == [3, "samples"]
    new = [window.project.sample(i) for i in window.project.sample_ids() if i not in before]
    assert [(s.text, s.label, s.status, s.source) for s in new] == [
        ("ndiyo kweli", "yes", "accepted", "imported"),
        ("<b>hapana</b> bwana", "no", "accepted", "imported"),
        ("labda kesho", "no", "accepted", "imported")]
    assert window.statusBar().currentMessage() == "Imported 3 samples."


def test_import_as_samples_to_review_and_as_gold_from_excel(qtbot, window, monkeypatch,
                                                            project_path, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["sentence", "category"], ["leo ndiyo", "yes"], ["kesho hapana", "No"]):
        sheet.append(row)
    file = tmp_path / "gold.xlsx"
    book.save(file)
    assert window.open_project(project_path)
    counts = window.project.counts()

    dialog = _open_import(qtbot, window, monkeypatch, file)
    assert (dialog.text_column.currentData(), dialog.label_column.currentData()) == (
        "sentence", "category")
    dialog.set_kind("samples", "pending")
    _wait_plan(qtbot, dialog)
    assert dialog.import_button.text() == "Import 2 samples"
    dialog.set_kind("gold")
    _wait_plan(qtbot, dialog)
    assert dialog.import_button.text() == "Import 2 gold examples"
    assert _import(qtbot, dialog) == [2, "gold"]
    gold = window.project.samples(source="gold")
    assert [(s.text, s.label, s.status) for s in gold] == [("leo ndiyo", "yes", "accepted"),
                                                           ("kesho hapana", "no", "accepted")]
    assert window.project.counts() == counts  # kept apart from the training samples

    dialog = _open_import(qtbot, window, monkeypatch, file)
    dialog.set_kind("samples", "pending")
    _wait_plan(qtbot, dialog)
    assert _import(qtbot, dialog) == [2, "samples"]
    assert len(window.project.sample_ids(status="pending")) == 2
    qtbot.waitUntil(lambda: window.sidebar.is_open(REVIEW))


def test_import_unlabelled_texts_from_parquet_for_the_teacher(qtbot, window, monkeypatch,
                                                              project_path, tmp_path):
    file = tmp_path / "texts.parquet"
    pq.write_table(pa.table({"id": [1, 2, 3], "message": ["habari yako", "", "mvua leo"]}), file)
    assert window.open_project(project_path)
    dialog = _open_import(qtbot, window, monkeypatch, file)
    dialog.set_kind("unlabelled")
    _wait_plan(qtbot, dialog)
    assert not dialog.label_column.isEnabled()
    assert dialog.text_column.currentData() == "message"
    assert "has no text" in dialog.problems.toPlainText()  # the empty one
    assert not dialog.import_button.isEnabled()
    assert window.project.texts(unannotated=False) == []

    file2 = tmp_path / "texts2.parquet"
    pq.write_table(pa.table({"id": [1, 2], "message": ["habari yako", "mvua leo"]}), file2)
    dialog.set_file(file2)
    _wait_plan(qtbot, dialog)
    assert dialog.import_button.text() == "Import 2 texts"
    assert _import(qtbot, dialog) == [2, "unlabelled"]
    assert [t for _, t in window.project.texts()] == ["habari yako", "mvua leo"]
    assert window.statusBar().currentMessage() == "Imported 2 texts."


def test_a_file_that_cannot_be_read_is_explained_in_words(qtbot, window, monkeypatch,
                                                          project_path, tmp_path):
    file = tmp_path / "broken.xlsx"
    file.write_bytes(b"this is not a workbook")
    assert window.open_project(project_path)
    monkeypatch.setattr(app.dialogs, "ask_import_file", lambda parent, start="": file)
    window.import_action.trigger()
    dialog = window.data_dialog
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert "broken.xlsx could not be read as an Excel (.xlsx) workbook" in dialog.error.text()
    assert "Traceback" not in dialog.error.text() and not dialog.import_button.isEnabled()

    # A missing column: the columns are offered; choosing one makes a plan.
    file = _write_csv(tmp_path / "odd.csv", [["words", "kind"], ["ndiyo kweli", "yes"]])
    dialog.set_file(file)
    _wait_plan(qtbot, dialog)
    assert "has no text column" in dialog.summary.text()
    assert dialog.text_column.currentData() is None
    _choose(qtbot, dialog, dialog.text_column, "words")
    assert "has no label column" in dialog.summary.text()
    _choose(qtbot, dialog, dialog.label_column, "kind")
    assert dialog.import_button.text() == "Import 1 sample"


def test_generate_page_import_examples_opens_the_dialog(qtbot, window, monkeypatch,
                                                         project_path, tmp_path):
    file = _write_csv(tmp_path / "ex.csv", [["text", "label"], ["ndiyo ndiyo", "yes"]])
    assert window.open_project(project_path)
    window.show_step(GENERATE, force=True)
    page = window.pages[GENERATE]
    page.options.set_strategy("few-shot")
    monkeypatch.setattr(app.dialogs, "ask_import_file", lambda parent, start="": file)
    qtbot.mouseClick(page.options.import_button, Qt.LeftButton)
    dialog = page.import_dialog
    _wait_plan(qtbot, dialog)
    assert _import(qtbot, dialog) == [1, "samples"]
    line = page.options.examples_line.text()
    assert "Imported 1 sample." in line and "Your real examples: yes 1 · no 0." in line


# ---- exporting -------------------------------------------------------------------------------
def _read(path, fmt):
    if fmt == "csv":
        with open(path, encoding="utf-8-sig", newline="") as f:
            return [dict(r) for r in csv.DictReader(f)]
    if fmt == "jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    if fmt == "xlsx":
        rows = list(openpyxl.load_workbook(path, read_only=True).active.values)
        return [dict(zip(rows[0], r)) for r in rows[1:]]
    return pq.read_table(path).to_pylist()


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "xlsx", "parquet", "hf"])
def test_export_data_writes_each_format(qtbot, window, project_path, tmp_path, fmt):
    with Project.open(project_path) as p:
        add_gold(p, "=1+1 ndiyo", "yes")  # a formula-looking text stays text in Excel
    assert window.open_project(project_path)
    window.export_data_action.trigger()
    dialog = window.data_dialog
    assert dialog.isVisible() and dialog.what.text() == "3 accepted samples; 1 gold example."
    dialog.set_format(fmt)
    assert dialog.include_gold.isChecked()
    target = tmp_path / "out" / ("data" if fmt == "hf" else f"data.{fmt}")
    dialog.target.setText(str(target))
    with qtbot.waitSignal(dialog.runner.finished, timeout=20_000):
        qtbot.mouseClick(dialog.export_button, Qt.LeftButton)
    assert str(target) in dialog.result.text() and not dialog.error.isVisible()
    if fmt == "hf":
        assert {p.name for p in target.iterdir()} >= {"train.jsonl", "test.jsonl", "README.md"}
        test = _read(target / "test.jsonl", "jsonl")
        train = _read(target / "train.jsonl", "jsonl")
        validation = (_read(target / "validation.jsonl", "jsonl")
                      if (target / "validation.jsonl").exists() else [])
        assert len(train) + len(validation) == 3
        assert [r["text"] for r in test] == ["=1+1 ndiyo"]
        assert "# " in (target / "README.md").read_text(encoding="utf-8")
        return
    rows = _read(target, fmt)
    assert sorted((r["text"], r["label"], r["split"]) for r in rows) == [
        ("=1+1 ndiyo", "yes", "test"), ("hapana kabisa", "no", "train"),
        ("ndiyo kabisa", "yes", "train"), ("ndiyo sana", "yes", "train")]


def test_export_data_without_gold_and_by_choosing_a_file(qtbot, window, monkeypatch,
                                                         project_path, tmp_path):
    with Project.open(project_path) as p:
        add_gold(p, "ndiyo kabisa kabisa", "yes")
    assert window.open_project(project_path)
    window.export_data_action.trigger()
    dialog = window.data_dialog
    chosen = tmp_path / "picked.csv"
    monkeypatch.setattr(app.dialogs, "ask_export_target", lambda parent, fmt, start="": chosen)
    qtbot.mouseClick(dialog.choose_button, Qt.LeftButton)
    assert dialog.target.text() == str(chosen)
    dialog.set_format("jsonl")  # the name stays, the ending follows the format
    assert dialog.target.text() == str(tmp_path / "picked.jsonl")
    dialog.include_gold.setChecked(False)
    with qtbot.waitSignal(dialog.runner.finished, timeout=20_000):
        qtbot.mouseClick(dialog.export_button, Qt.LeftButton)
    rows = _read(tmp_path / "picked.jsonl", "jsonl")
    assert len(rows) == 3 and {r["split"] for r in rows} == {"train"}

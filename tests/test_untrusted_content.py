"""Untrusted content stays inert: teacher output, imported texts and whatever a project file holds.

- The app never renders such text as rich text: a project whose samples, label descriptions,
  discarded replies, gold texts, imported texts, attributes and teacher names carry HTML (bold,
  an <img> of a local file, a link, a table, an entity) and a right-to-left override is opened in
  the real main window; every page, the review card for every sample, the discards, examples,
  gold and import dialogs, the score details and the Try it page are walked widget by widget.
  Wherever a payload's marker word is visible, the markup around it must be visible too (so it
  was shown as text, not interpreted); a QLabel holding it must be Qt.PlainText; item views use
  the default delegates.
- Model weights load only from safetensors (or GGUF): the source never enables
  trust_remote_code, never unpickles, and a folder holding only a pickled pytorch_model.bin —
  one whose unpickling would write a file — is refused in words naming safetensors, with the
  file never written.
- A model record's path cannot lead outside the project's models folder.
"""

from __future__ import annotations

import ast
import csv
import json
import os
import pickle
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Iterator, Optional

import pytest

from core.errors import ModelFolderError, ShuleError
from core.gold import add_gold, gold_hash
from core.languages import find_language
from core.project import Label, ModelRecord, NewSample, Project, TeacherConfig
from tests.fixtures.projects import make_project

REPO = Path(__file__).resolve().parents[1]
SHULE = Path(sys.executable).with_name("shule")
SOURCE_DIRS = ("core", "app", "resources")

# Each payload ends in a marker word; wherever the word is visible, the markup before it must be
# visible as well — rendered as HTML, the markup would vanish (or fetch a file, or link away).
PAYLOADS = ["<b>ZQBOLD</b>", '<img src="file:///etc/passwd">ZQIMG', '<a href="http://x">ZQLINK</a>',
            "<table><tr><td>ZQCELL</td></tr></table>", "&amp;ZQAMP"]
LITERALS = {"ZQBOLD": "<b>ZQBOLD", "ZQIMG": '<img src="file:///etc/passwd">ZQIMG',
            "ZQLINK": '<a href="http://x">ZQLINK', "ZQCELL": "<td>ZQCELL", "ZQAMP": "&amp;ZQAMP",
            "ZQNAME": "<i>ZQNAME"}
RLO = "\u202e"  # right-to-left override
ALL = " ".join(PAYLOADS)
LABEL_A = "<i>ZQNAME</i>"  # a label name is the user's (or a shared project file's) words
LABEL_B = "health"
TEACHER_INFO = {"kind": "openai", "base_url": "http://127.0.0.1:9/v1",
                "model": f"model {PAYLOADS[0]}"}


def payload_text(i: int, words: str) -> str:
    return f"{words} {i} {PAYLOADS[i % len(PAYLOADS)]} {RLO}ecno"


# ---- the project ---------------------------------------------------------------------------------
def build_payload_project(folder: Path, base: Optional[Path] = None) -> Path:
    """A project whose every untrusted text carries HTML; one quick student trained and scored,
    and the teacher scored on the gold set (its answers stored as they would be)."""
    from core.feedback import PIN, set_demo_choice
    from core.teacher_scoring import teacher_report

    labels = [Label(LABEL_A, f"Games and teams {ALL}"),
              Label(LABEL_B, f"Clinics {PAYLOADS[4]} {PAYLOADS[0]} {RLO}kcis")]
    with Project.create(folder / "payload", find_language("sw"), labels,
                        task=f"Sort SMS {PAYLOADS[2]}") as p:
        p.set_teacher(TeacherConfig("openai", TEACHER_INFO["base_url"],
                                    {"base_url": TEACHER_INFO["base_url"],
                                     "model": TEACHER_INFO["model"]}))
        p.set_attributes({"topics": [PAYLOADS[0], PAYLOADS[2]], "styles": [PAYLOADS[1]],
                          "scenarios": [PAYLOADS[3]], "registers": [PAYLOADS[4]]})
        jobs = []
        for strategy in ("zero-shot", "few-shot"):
            job = p.start_job("generate", {"per_label": 5, "strategy": strategy})
            p.finish_job(job, "done")
            jobs.append((job, strategy))
        generated = p.add_samples(
            NewSample(payload_text(i, "timu mpira" if i % 2 else "kliniki dawa"),
                      LABEL_A if i % 2 else LABEL_B, "generated", "pending",
                      {"teacher": TEACHER_INFO, "strategy": jobs[i % 2][1], "job_id": jobs[i % 2][0],
                       "template": "generate_zero_shot", "attributes": {"topic": PAYLOADS[2]}})
            for i in range(12))
        p.set_status(generated[:8], "accepted")
        p.set_status(generated[8:9], "rejected", "wrong_language")
        p.set_status(generated[9:10], "rejected", f"reason {PAYLOADS[3]}")
        p.edit_sample(generated[0], text=f"corrected {PAYLOADS[1]} {PAYLOADS[0]}")
        set_demo_choice(p, [generated[1]], PIN)
        p.add_samples(NewSample(payload_text(i, "mfano wangu"), LABEL_A if i % 2 else LABEL_B,
                                "imported", "accepted", {"origin": f"mine {PAYLOADS[0]}.csv"})
                      for i in range(4))
        p.add_samples(NewSample(payload_text(i, "ujumbe wa shamba"), LABEL_A if i % 2 else LABEL_B,
                                "annotated", "pending",
                                {"annotator": "teacher", "teacher": TEACHER_INFO})
                      for i in range(3))
        p.add_texts([payload_text(i, "bado haijawekwa") for i in range(3)],
                    origin=f"field {PAYLOADS[0]}.txt")
        for i in range(6):
            add_gold(p, payload_text(i, "dhahabu" + " kweli" * i), LABEL_A if i % 2 else LABEL_B)
        for job, _ in jobs:
            p.add_discard(job, LABEL_A, "unknown_label",
                          f"label {PAYLOADS[0]!r} is not one of the project's labels",
                          json.dumps({"text": PAYLOADS[3], "label": PAYLOADS[0]}))
            p.add_discard(job, LABEL_B, "not_json", "Expecting value", f"Sure! {ALL} {RLO}enod")
            p.add_discard(job, LABEL_B, f"odd {PAYLOADS[3]}", PAYLOADS[2], PAYLOADS[4])
        gold = p.samples(source="gold")
        pred = [LABEL_B if s.label == LABEL_A else "" for s in gold]  # all wrong: all listed
        report = teacher_report(p.label_names, [s.label for s in gold], pred)
        report["teacher"] = TEACHER_INFO
        p.add_evaluation("teacher", "gold", report, [(s.id, x) for s, x in zip(gold, pred)],
                         gold_hash(p))
        path = p.path
    from core.export import export
    from core.training import QUICK, TrainingConfig, evaluate, train

    train(path, QUICK, TrainingConfig(epochs=3, threads=1))
    evaluate(path)
    export(path, None, folder / "bundle", int8=False)
    if base is not None:  # an earlier student of a base folder whose name carries markup
        named = shutil.copytree(base, folder / f"bert {LITERALS['ZQBOLD']}")
        with Project.open(path) as p:
            quick = p.models()[0]
            p.add_model(ModelRecord("m-named-base", str(named), "m-named-base", time.time(),
                                    {**quick.settings, "student": "transformer"}, quick.metrics,
                                    quick.train_ids, quick.eval_ids))
    return path


@pytest.fixture(scope="module")
def payload_project(tmp_path_factory, tiny_base) -> Path:
    return build_payload_project(tmp_path_factory.mktemp("untrusted"), tiny_base)


# ---- walking the widgets -------------------------------------------------------------------------
class Walk:
    """Every widget's visible text, checked for payloads shown as markup instead of as text."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.seen: dict[str, set[str]] = {}  # marker -> where it was visible
        self.widgets = 0

    def check(self, visible: str, where: str) -> None:
        for marker, literal in LITERALS.items():
            if marker in visible:
                self.seen.setdefault(marker, set()).add(where)
                if literal not in visible:
                    self.problems.append(f"{where} renders markup: {visible[:160]!r}")

    def tip(self, tip: Any, where: str) -> None:
        """A tooltip: QToolTip shows it as HTML whenever Qt.mightBeRichText guesses so."""
        from PySide6.QtGui import QTextDocumentFragment, Qt

        if not isinstance(tip, str) or not tip:
            return
        rich = Qt.mightBeRichText(tip)
        self.check(QTextDocumentFragment.fromHtml(tip).toPlainText() if rich else tip,
                   where + " (tooltip)")

    def label(self, w: Any, where: str) -> None:
        from PySide6 import QtGui
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QTextDocument

        text = w.text()
        if not any(marker in text for marker in LITERALS):
            return
        fmt = w.textFormat()
        if fmt == Qt.PlainText:
            self.check(text, where)
        elif fmt in (Qt.RichText, Qt.MarkdownText):  # allowed only if the app escaped it
            doc = QTextDocument()
            doc.setHtml(text) if fmt == Qt.RichText else doc.setMarkdown(text)
            self.check(doc.toPlainText(), where)
        else:
            rich = " (and Qt.mightBeRichText guesses HTML)" if QtGui.Qt.mightBeRichText(text) else ""
            self.problems.append(f"{where} shows untrusted text with AutoText{rich}: {text[:120]!r}")
            self.check(text, where)

    def view(self, w: Any, where: str) -> None:
        from PySide6.QtCore import QModelIndex, Qt
        from PySide6.QtWidgets import QComboBox, QHeaderView, QItemDelegate, QStyledItemDelegate

        model = w.model()
        if model is None or isinstance(w, QHeaderView):  # headers: read through their table
            return
        # A combo box's popup list draws with Qt's own private delegate; its texts are checked
        # as the combo box's items.
        in_combo = isinstance(w.parent(), QComboBox) or isinstance(
            w.parent() and w.parent().parent(), QComboBox)
        if not in_combo and type(w.itemDelegate()) not in (QStyledItemDelegate, QItemDelegate):
            self.problems.append(f"{where} draws items with {type(w.itemDelegate()).__name__}")
        rows = model.rowCount(QModelIndex())
        # List models keep columnCount private: count the valid indexes of the first row.
        columns = next((c for c in range(60) if not model.index(0, c).isValid()), 60) if rows else 0
        for c in range(columns):
            if w.itemDelegateForColumn(c) is not None:
                self.problems.append(f"{where} column {c} has its own delegate")
            head = model.headerData(c, Qt.Horizontal, Qt.DisplayRole)
            if isinstance(head, str):
                self.check(head, f"{where} header {c}")
        for r in range(min(rows, 300)):
            if w.itemDelegateForRow(r) is not None:
                self.problems.append(f"{where} row {r} has its own delegate")
            for c in range(columns):
                index = model.index(r, c)
                cell = model.data(index, Qt.DisplayRole)
                if isinstance(cell, str):
                    self.check(cell, f"{where} [{r},{c}]")
                self.tip(model.data(index, Qt.ToolTipRole), f"{where} [{r},{c}]")

    def walk(self, root: Any, name: str) -> None:
        from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QGroupBox,
                                       QLabel, QLineEdit, QPlainTextEdit, QTextEdit, QWidget)

        for w in [root, *root.findChildren(QWidget)]:
            self.widgets += 1
            where = f"{name}/{type(w).__name__}{'#' + w.objectName() if w.objectName() else ''}"
            if isinstance(w, QLabel):
                self.label(w, where)
            elif isinstance(w, QTextEdit):  # QTextBrowser too: what it shows, not its source
                self.check(w.toPlainText(), where)
            elif isinstance(w, QPlainTextEdit):
                self.check(w.toPlainText(), where)
            elif isinstance(w, QLineEdit):
                self.check(w.text(), where)
            elif isinstance(w, QAbstractButton):
                self.check(w.text(), where)
            elif isinstance(w, QGroupBox):
                self.check(w.title(), where)
            if isinstance(w, QComboBox):
                for i in range(w.count()):
                    self.check(w.itemText(i), f"{where} item {i}")
                    self.tip(w.itemData(i, 3), f"{where} item {i}")  # Qt.ToolTipRole
            elif isinstance(w, QAbstractItemView):
                self.view(w, where)
            self.tip(w.toolTip(), where)
            self.tip(w.whatsThis(), where + " (what's this)")
            if w.isWindow():
                self.check(w.windowTitle(), where + " (title)")


def test_the_walk_finds_markup_that_qt_would_render(qtbot):
    """The checker itself: each way Qt could render a payload as HTML is caught, and the plain
    ways of showing it are not."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import (QLabel, QPlainTextEdit, QStyledItemDelegate, QTableView,
                                   QTextEdit, QVBoxLayout, QWidget)

    from app.widgets import plain_tooltip

    class Custom(QStyledItemDelegate):
        pass

    kept: list[QWidget] = []  # a widget is reused: its box must outlive the call

    def problems(*widgets: QWidget) -> list[str]:
        box = QWidget()
        kept.append(box)
        qtbot.addWidget(box)
        layout = QVBoxLayout(box)
        for w in widgets:
            layout.addWidget(w)
        walk = Walk()
        walk.walk(box, "box")
        return walk.problems

    def label(text: str, fmt: Qt.TextFormat) -> QLabel:
        w = QLabel(text)
        w.setTextFormat(fmt)
        return w

    auto = problems(label(f"a {PAYLOADS[0]}", Qt.AutoText))
    assert len(auto) == 1 and "AutoText" in auto[0] and "mightBeRichText" in auto[0]
    assert problems(label(f"a {PAYLOADS[2]}", Qt.RichText))
    assert problems(label(f"a {PAYLOADS[4]}", Qt.RichText))  # the entity would become "&"
    assert not problems(label(f"a {ALL}", Qt.PlainText))
    rich = QTextEdit()
    rich.setHtml(f"a {PAYLOADS[3]}")
    assert problems(rich)
    plain = QPlainTextEdit(f"a {ALL}")
    assert not problems(plain)
    tipped = QLabel("x")
    tipped.setToolTip(f"folder {PAYLOADS[1]}")
    assert problems(tipped)
    tipped.setToolTip(plain_tooltip(f"folder {ALL}"))
    assert not problems(tipped)
    model = QStandardItemModel(1, 1)
    model.setItem(0, 0, QStandardItem(f"a {ALL}"))
    view = QTableView()
    view.setModel(model)
    assert not problems(view)
    model.item(0, 0).setToolTip(f"a {PAYLOADS[0]}")
    assert problems(view)
    model.item(0, 0).setToolTip("")
    view.setItemDelegate(Custom(view))
    assert problems(view)


def wait_idle(qtbot, runner, timeout: int = 60_000) -> None:
    qtbot.waitUntil(lambda: not runner.is_running(), timeout=timeout)


@pytest.mark.slow
def test_the_app_shows_untrusted_text_as_text_everywhere(payload_project, qtbot, window, tmp_path):
    from PySide6.QtWidgets import QApplication

    from app.demos_dialog import DemosLine
    from app.import_dialog import ImportDialog
    from app.pages.evaluate_page import EvaluatePage
    from app.pages.generate_page import GeneratePage
    from app.pages.review_page import ReviewPage
    from app.pages.teacher_page import TeacherPage
    from app.pages.try_page import TryPage
    from app.review_model import TEXT

    def page(kind: type) -> Any:
        return next(p for p in window.pages if isinstance(p, kind))

    page(TeacherPage).discovery_ports = {}  # the project has a teacher: nothing to look for
    walk = Walk()
    assert window.open_project(payload_project)

    def everything(step: str) -> None:
        QApplication.processEvents()
        for top in QApplication.topLevelWidgets():
            if top.isVisible() or top is window:
                walk.walk(top, f"{step}:{type(top).__name__}")

    for index in range(len(window.pages)):
        window.show_step(index, force=True)
        qtbot.wait(100)
        everything(f"page {index}")

    # Generate: both strategies' panels, the examples the teacher sees, the discarded replies.
    generate: GeneratePage = page(GeneratePage)
    window.show_step(window.pages.index(generate), force=True)
    for strategy in ("few-shot", "diverse", "zero-shot"):
        generate.options.set_strategy(strategy)
        everything(f"generate {strategy}")
    demos = generate.findChild(DemosLine)
    generate.options.set_strategy("few-shot")
    demos.open_dialog()
    qtbot.waitUntil(lambda: demos.dialog is not None and demos.dialog.isVisible(), timeout=5000)
    everything("examples dialog")
    demos.dialog.close()
    generate.show_discards()
    discards = generate.discards_dialog
    qtbot.waitUntil(lambda: discards.isVisible(), timeout=5000)
    assert discards.model.rowCount() == 6
    for row in range(discards.model.rowCount()):
        discards.table.selectRow(row)
        everything(f"discards row {row}")
    discards.table.selectRow(1)
    assert ALL in discards.raw.toPlainText()  # the whole reply, as the teacher wrote it
    discards.close()

    # Review: the card of every sample, the editor, the gold dialog with a typed text.
    review: ReviewPage = page(ReviewPage)
    window.show_step(window.pages.index(review), force=True)
    qtbot.wait(200)
    assert review.model.rowCount() >= 20
    for row in range(review.model.rowCount()):
        review.table.setCurrentIndex(review.model.index(row, TEXT))
        walk.walk(review.card, f"review card {row}")
    review.table.setCurrentIndex(review.model.index(0, TEXT))
    review.begin_edit()
    walk.walk(review.card, "review card editing")
    review.cancel_edit()
    walk.walk(review, "review page")
    review.add_gold()
    dialog = review.gold.dialog
    qtbot.waitUntil(lambda: dialog.isVisible(), timeout=5000)
    dialog.text.setPlainText(f"dhahabu mpya {ALL}")
    dialog.label.setCurrentText(LABEL_A)
    everything("gold dialog")
    dialog.reject()

    # Score: each scoreboard row's details, and one heat-map cell's texts.
    scores: EvaluatePage = page(EvaluatePage)
    window.show_step(window.pages.index(scores), force=True)
    assert scores.table.rowCount() == 3  # the teacher and two students
    details = scores.details
    teacher_row = None
    for row in range(scores.table.rowCount()):
        scores.table.selectRow(row)
        everything(f"score row {row}")
        if details.mistakes.rowCount() == 6:  # the teacher got every gold text wrong
            teacher_row = row
    assert teacher_row is not None
    scores.table.selectRow(teacher_row)
    details.show_pair(LABEL_A, LABEL_B)
    everything("score details cell")
    assert any("dhahabu" in details.mistakes.item(r, 0).text()
               for r in range(details.mistakes.rowCount()))

    # Try it: a bundle whose label names carry markup, and a typed text that does too.
    try_page: TryPage = page(TryPage)
    window.show_step(window.pages.index(try_page), force=True)
    assert try_page.load_bundle(payload_project.parent / "bundle")
    try_page.try_box.input.setPlainText(f"timu {ALL}")
    try_page.try_box.predict_now()
    everything("try it")

    # File ▸ Import data…: a file whose texts, labels and column names carry markup.
    data = tmp_path / f"mine {PAYLOADS[0][:3]}.csv"
    with data.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow([f"text {PAYLOADS[0]}", "label"])
        writer.writerow([f"ujumbe {ALL}", LABEL_A])
        writer.writerow([payload_text(1, "ujumbe"), f"unknown {PAYLOADS[2]}"])
    importer = ImportDialog(window.project, window)
    importer.set_file(data)
    importer.show()
    wait_idle(qtbot, importer.runner)
    qtbot.waitUntil(lambda: importer.preview.rowCount() == 2, timeout=10_000)
    everything("import dialog")
    importer.label_column.setCurrentIndex(importer.label_column.findData("label"))
    wait_idle(qtbot, importer.runner)
    everything("import dialog, labels chosen")
    importer.reject()
    QApplication.processEvents()
    assert window.project.samples(source="imported")[0].text.startswith("mfano")  # nothing added

    assert not walk.problems, "\n".join(walk.problems[:40])
    # The walk did see every payload, on many widgets: the checks above were not vacuous.
    assert set(walk.seen) == set(LITERALS), set(LITERALS) - set(walk.seen)
    places = set().union(*walk.seen.values())
    for where in ("discards", "review card", "score details", "try it", "import dialog",
                  "gold dialog", "examples dialog", "generate diverse"):
        assert any(p.startswith(where) for p in places), where
    assert walk.widgets > 2000


# ---- the source: no remote code, no pickles ------------------------------------------------------
def source_files(suffixes: tuple[str, ...] = (".py",)) -> list[Path]:
    return sorted(p for d in SOURCE_DIRS for p in (REPO / d).rglob("*")
                  if p.is_file() and p.suffix in suffixes and "__pycache__" not in p.parts)


def calls(tree: ast.AST) -> Iterator[tuple[str, ast.Call]]:
    """(dotted name of the callee, call) for every call in ``tree``."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            parts, f = [], node.func
            while isinstance(f, ast.Attribute):
                parts.append(f.attr)
                f = f.value
            if isinstance(f, ast.Name):
                parts.append(f.id)
            yield ".".join(reversed(parts)), node


def keyword(call: ast.Call, name: str) -> Optional[ast.expr]:
    return next((k.value for k in call.keywords if k.arg == name), None)


def is_const(node: Optional[ast.expr], value: Any) -> bool:
    return isinstance(node, ast.Constant) and node.value is value


def test_trust_remote_code_is_never_enabled():
    texts = source_files((".py", ".json", ".jinja", ".toml", ".cfg", ".txt", ".md", ".sh"))
    assert len(texts) > 50
    for path in texts:
        text = path.read_text(encoding="utf-8", errors="replace")
        assert not re.search(r"trust_remote_code\W{1,4}(True|true|1)\b", text), path
        assert "--trust-remote-code" not in text, path
    for path in source_files():
        for name, call in calls(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            value = keyword(call, "trust_remote_code")
            if value is not None:
                assert is_const(value, False), f"{path}:{call.lineno} {name}"
            assert not any(k.arg is None for k in call.keywords
                           if name.endswith(("from_pretrained", "main_export", "pipeline"))), \
                f"{path}:{call.lineno}: {name}(**kwargs) could carry trust_remote_code"


def test_every_model_load_says_no_remote_code_and_safetensors_only():
    loads = []
    for path in source_files():
        for name, call in calls(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if name.endswith("from_pretrained") or name.endswith("main_export"):
                loads.append((path, call.lineno, name))
                assert is_const(keyword(call, "trust_remote_code"), False), \
                    f"{path}:{call.lineno} {name} without trust_remote_code=False"
            if name.endswith("from_pretrained") and "Model" in name:  # the weights themselves
                assert is_const(keyword(call, "use_safetensors"), True), \
                    f"{path}:{call.lineno} {name} without use_safetensors=True"
            if name.endswith("main_export"):  # optimum loads the folder itself: checked first
                source = path.read_text(encoding="utf-8")
                assert "check_safe_weights(model_dir)" in source, path
    files = {p.relative_to(REPO).as_posix() for p, _, _ in loads}
    assert {"core/student.py", "core/export_job.py", "resources/training_job/train.py"} <= files


UNPICKLERS = ("pickle", "_pickle", "cPickle", "dill", "cloudpickle", "joblib", "torch", "marshal",
              "shelve")


def unpickling_calls(source: str, filename: str = "<source>") -> list[str]:
    """Calls in ``source`` that can run code hidden in data: pickle.load(s) and its kin,
    torch.load, numpy.load with allow_pickle, yaml.load, eval, exec."""
    found = []
    for name, call in calls(ast.parse(source, filename)):
        module, _, function = name.rpartition(".")
        allow_pickle = keyword(call, "allow_pickle")
        if (module.split(".")[-1] in UNPICKLERS and function in ("load", "loads", "Unpickler", "open")
                or name in ("np.load", "numpy.load") and allow_pickle is not None
                and not is_const(allow_pickle, False)
                or name.endswith("yaml.load") or name in ("eval", "exec")):
            found.append(f"{filename}:{call.lineno} {name}")
    for n, line in enumerate(source.splitlines(), 1):
        if re.match(r"\s*(import|from) (pickle|_pickle|dill|cloudpickle|joblib|shelve)\b", line):
            found.append(f"{filename}:{n} {line.strip()}")
    return found


def test_nothing_is_ever_unpickled():
    # The check finds what it looks for…
    bad = ("import pickle\nimport numpy as np\nimport torch\npickle.loads(b)\ntorch.load(f)\n"
           "np.load(f, allow_pickle=True)\nx = eval(s)\n")
    assert len(unpickling_calls(bad)) == 5
    assert not unpickling_calls("import numpy as np\nnp.load(f)\nnp.load(f, allow_pickle=False)\n")
    # …and core/, app/ and resources/ hold none of it.
    found = [hit for path in source_files()
             for hit in unpickling_calls(path.read_text(encoding="utf-8"), str(path))]
    assert not found, found


def test_the_gui_never_asks_qt_for_html():
    """No rich-text entry points at all in app/: markup can only come from a plain-text widget."""
    found = []
    for path in sorted((REPO / "app").rglob("*.py")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"\b(setHtml|insertHtml|appendHtml|setMarkdown|QTextBrowser|"
                         r"setOpenExternalLinks|Qt\.RichText|Qt\.MarkdownText|TextFormat\.RichText)\b",
                         line):
                found.append(f"{path.name}:{n}: {line.strip()}")
    assert not found, found


# ---- pickled weights -----------------------------------------------------------------------------
class _WritesAFile:
    """Unpickling this calls open(marker, "w"): the marker's existence means code ran."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (open, (str(self.marker), "w"))


def pickled_model_folder(folder: Path, marker: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "config.json").write_text(json.dumps({
        "model_type": "bert", "architectures": ["BertForSequenceClassification"],
        "vocab_size": 30, "hidden_size": 8, "num_hidden_layers": 1, "num_attention_heads": 1,
        "intermediate_size": 8, "id2label": {"0": "weather", "1": "sports", "2": "health"},
        "label2id": {"weather": 0, "sports": 1, "health": 2}}))
    (folder / "tokenizer.json").write_text("{}")
    (folder / "vocab.txt").write_text("[PAD]\n[UNK]\n[CLS]\n[SEP]\nrain\n")
    (folder / "pytorch_model.bin").write_bytes(pickle.dumps(_WritesAFile(marker), protocol=2))
    return folder


def run_shule(*args: Any) -> subprocess.CompletedProcess:
    return subprocess.run([str(SHULE), *map(str, args)], cwd=REPO, capture_output=True, text=True,
                          timeout=300)


def test_a_pickled_base_is_refused_and_never_unpickled(tmp_path):
    from core.training import check_base_dir

    marker = tmp_path / "code-ran"
    base = pickled_model_folder(tmp_path / "pickled-base", marker)
    with pytest.raises(ModelFolderError, match="safetensors") as refused:
        check_base_dir(base)
    assert "pytorch_model.bin" in str(refused.value)
    project = make_project(tmp_path / "p")
    done = run_shule("train", project, "--base", base)
    assert done.returncode == 1 and "safetensors" in done.stderr, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    # A copy beside real safetensors weights would be a different matter; alone it is refused.
    with Project.open(project) as p:
        assert p.models() == []
    assert not marker.exists()


@pytest.mark.slow
def test_a_trained_model_swapped_for_a_pickle_is_refused_and_never_unpickled(tmp_path):
    """A project's model folder whose weights became a pickle (a shared, tampered project):
    scoring and exporting refuse it in words; the pickle never runs."""
    marker = tmp_path / "code-ran"
    project = make_project(tmp_path / "p")
    with Project.open(project) as p:
        pickled_model_folder(p.models_dir / "m-pickled", marker)
        p.add_model(ModelRecord("m-pickled", "some-bert", "m-pickled", time.time(),
                                {"student": "transformer", "labels": p.label_names,
                                 "max_length": 32}, {}, [], p.sample_ids()[:6]))
    scored = run_shule("evaluate", project, "--model", "m-pickled")
    assert scored.returncode == 1 and "safetensors" in scored.stderr, scored.stderr
    exported = run_shule("export", project, "--model", "m-pickled", "--out", tmp_path / "bundle",
                         "--no-int8")
    assert exported.returncode == 1 and "safetensors" in exported.stderr, exported.stderr
    assert not (tmp_path / "bundle").exists()
    assert not marker.exists()


# ---- paths stored in a project -------------------------------------------------------------------
@pytest.fixture(scope="module")
def trained_toy(tmp_path_factory) -> Path:
    from core.training import QUICK, TrainingConfig, train

    path = make_project(tmp_path_factory.mktemp("paths") / "toy")
    train(path, QUICK, TrainingConfig(epochs=2, threads=1))
    return path


def escaping_records(project: Path, outside: Path) -> list[ModelRecord]:
    """Records naming ``outside`` (a real copy of the project's model) by a relative path that
    climbs out of the models folder and by an absolute one."""
    with Project.open(project) as p:
        real = p.models()[0]
        shutil.copytree(p.model_path(real), outside)
        relative = os.path.relpath(outside, p.models_dir)  # "../elsewhere/stolen-model"
        records = [ModelRecord(f"m-escape-{kind}", real.base, where, time.time(), real.settings,
                               real.metrics, real.train_ids, real.eval_ids)
                   for kind, where in (("relative", str(relative)), ("absolute", str(outside)),
                                       ("dotdot", ".."))]
        for record in records:
            p.add_model(record)
        return records


@pytest.mark.slow
def test_a_model_record_cannot_point_outside_the_models_folder(trained_toy, tmp_path):
    project = tmp_path / "copy.shule"
    shutil.copy(trained_toy, project)
    shutil.copytree(trained_toy.with_name(trained_toy.stem + ".models"),
                    project.with_name("copy.models"))
    outside = tmp_path / "elsewhere" / "stolen-model"
    records = escaping_records(project, outside)
    with Project.open(project) as p:
        inside = p.models_dir.resolve()
        for record in records:
            try:
                folder = p.model_path(record).resolve()
            except ShuleError:
                continue
            assert folder.parent == inside, (record.path, folder)
    for record in records[:2]:  # the copy outside is a working model: following it would work
        scored = run_shule("evaluate", project, "--model", record.id)
        assert scored.returncode == 1, scored.stdout
        exported = run_shule("export", project, "--model", record.id, "--out",
                             tmp_path / f"bundle-{record.id}", "--no-int8")
        assert exported.returncode == 1 and not (tmp_path / f"bundle-{record.id}").exists()
    assert sorted(p.name for p in outside.iterdir())  # still there, untouched


@pytest.mark.slow
def test_model_records_written_by_shule_stay_inside_the_models_folder(trained_toy):
    with Project.open(trained_toy) as p:
        inside = p.models_dir.resolve()
        for record in p.models():
            assert Path(record.path).name == record.path and record.path not in ("", ".", "..")
            assert p.model_path(record).resolve().parent == inside

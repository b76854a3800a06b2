"""The interface in its users' languages.

- Completeness: with a pseudo-translation loaded (every translated string comes back wrapped in
  ⟦ ⟧), every page of a filled project is walked and each visible text, tooltip, placeholder,
  header, menu entry and accessible name must be wrapped — English left bare was not marked for
  translation. The project's own data is in Amharic (Ethiopic script), so it never looks English.
- The shipped .ts files: well-formed, one per language the issue names, and no translation that
  drops or invents a {placeholder}.
- Loading: .qm and .ts, from the shipped folder and the user's folder (the user's wins); Arabic
  turns the layout right to left; switching the language at run time remakes the window in it
  with the same project and step.
"""

from __future__ import annotations

import importlib.util
import json
import re
import threading
import xml.etree.ElementTree as ElementTree
from xml.sax.saxutils import escape
from pathlib import Path

import pytest
from PySide6.QtCore import (QAbstractItemModel, QAbstractListModel, QAbstractTableModel,
                            QCoreApplication, QModelIndex, Qt, QTranslator)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox,
                               QGroupBox, QHeaderView, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QTableView,
                               QTabWidget, QTextEdit, QTreeView, QWidget)

from app import i18n
from core import RESOURCES
from core.catalogue import teachers
from core.coverage import recommended_bases
from core.languages import find_language
from core.project import Label, NewSample, Project, TeacherConfig
from tests.fixtures.projects import make_project

TRANSLATIONS = RESOURCES / "translations"
SHIPPED = ("fr", "sw", "es", "pt", "ar")

LABELS = [Label("ስፖርት", "ስለ ስፖርት የሚናገሩ ጽሑፎች"), Label("ጤና", "ስለ ጤና የሚናገሩ ጽሑፎች")]
SAMPLES = {
    "ስፖርት": ["ቡድኑ ጨዋታውን አሸነፈ", "ሯጮቹ ወርቅ አገኙ", "ኳስ ጨዋታ ዛሬ ምሽት ነው",
             "አሰልጣኙ አዲስ ተጫዋች መረጠ", "ደጋፊዎቹ በደስታ ጮኹ", "ውድድሩ በአቻ ተጠናቀቀ",
             "ቡድኑ ለፍጻሜ ደረሰ", "ተጫዋቹ ሁለት ግብ አስቆጠረ"],
    "ጤና": ["ክሊኒኩ ነፃ ምርመራ ይሰጣል", "እጅዎን በሳሙና ይታጠቡ", "ነርሷ ለልጁ ክትባት ሰጠች",
           "ሐኪሙ ትኩሳትን አከመ", "ውሃውን አፍልተው ይጠጡ", "ሆስፒታሉ አዲስ ክፍል ከፈተ",
           "እናቶች ቫይታሚን ያገኛሉ", "ሳል መድኃኒት ያስፈልገዋል"],
}
GOLD = [("ቡድኑ ዛሬ አሸነፈ", "ስፖርት"), ("ሐኪሙ መድኃኒት ሰጠ", "ጤና"), ("ሯጩ ወርቅ አገኘ", "ስፖርት"),
        ("ክትባት ለልጆች", "ጤና")]

MARK = re.compile(r"⟦[^⟦⟧]*⟧")
# Words that are the same in every language: names of programs, formats and keys.
NAMES = {"Shule", "GGUF", "ONNX", "int8", "fp32", "CPU", "GPU", "RAM", "VRAM", "CUDA", "MB", "GB",
         "KB", "kB", "TB", "Ollama", "LM", "Studio", "vLLM", "llama", "cpp", "OpenAI", "API", "URL",
         "Ctrl", "Shift", "Alt", "Esc", "Enter", "Return", "Space", "Del", "Delete", "Tab", "Home",
         "End", "PgUp", "PgDown", "Up", "Down", "Left", "Right", "Backspace", "Ins", "Hugging",
         "Face", "Amharic", "am", "macro", "F1", "PyTorch", "SSE", "SSE2", "SSE3", "SSSE3",
         "SSE4", "AVX", "AVX2", "AVX512", "AVX512F", "FMA", "NEON", "F16C", "BERT", "XLM", "MiniLM"}


class PseudoTranslator(QTranslator):
    """Every string that goes through Qt's translation comes back wrapped in ⟦ ⟧; the ones Shule
    asked for (not Qt's own classes) are noted."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        if not re.match(r"Q[A-Z]", context or ""):
            self.asked.add((context, source))
        return f"⟦{source}⟧"

    def isEmpty(self) -> bool:
        return False


def bare_english(text: str) -> list[str]:
    """The words of ``text`` that are English outside any ⟦ ⟧ (paths and numbers aside)."""
    previous = None
    while previous != text:  # ⟦a ⟦b⟧ c⟧: a translated sentence with a translated part
        previous, text = text, MARK.sub(" ", text)
    text = re.sub(r"\S*[/\\]\S*", " ", text)  # paths
    text = re.sub(r"\S+\.(shule|gguf|onnx|json|csv|jsonl|txt|zip|ts|qm)\b", " ", text)
    text = re.sub(r"\bm-\d{8}-\d{6}-\w+", " ", text)  # model ids
    words = re.findall(r"[A-Za-z][A-Za-z0-9]+", text)
    return [w for w in words if w not in NAMES]


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for each text a person sees or a screen reader says under ``root``."""
    found: list[tuple[str, str]] = []
    widgets = [root] + root.findChildren(QWidget)  # hidden ones too: they show in other states
    for w in widgets:
        where = f"{type(w).__name__} {w.objectName()!s}".strip()
        texts = [w.toolTip(), w.accessibleName(), w.accessibleDescription()]
        if w is root:
            texts.append(w.windowTitle())
        if isinstance(w, (QLabel, QAbstractButton)) and not isinstance(w, QAbstractItemView):
            texts.append(w.text())
        if isinstance(w, QGroupBox):
            texts.append(w.title())
        if isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)):
            texts.append(w.placeholderText())
        if isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
        header = w.horizontalHeader() if isinstance(w, QTableView) else (
            w.header() if isinstance(w, QTreeView) else None)
        if header is not None and not header.isHidden():
            texts += [str(w.model().headerData(c, Qt.Horizontal) or "")
                      for c in range(header.count())]
        if isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView) and w.model():
            texts += cell_texts(w.model())
        for action in w.actions():
            texts += [action.text(), action.toolTip()]
            if action.menu() is not None:
                texts += [a.text() for a in action.menu().actions()]
        found += [(where, t) for t in texts if t]
    return found


def cell_texts(model: QAbstractItemModel) -> list[str]:
    """What the cells of a list, table or tree show, and their tooltips (first 50 rows)."""
    texts: list[str] = []
    pending = [QModelIndex()]
    while pending:
        parent = pending.pop()
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
        tree = not isinstance(model, (QAbstractListModel, QAbstractTableModel))
        for row in range(min(model.rowCount(parent), 50)):
            for column in range(columns):
                index = model.index(row, column, parent)
                for role in (Qt.DisplayRole, Qt.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        texts.append(value)
                if tree and column == 0 and model.hasChildren(index):
                    pending.append(index)
    return texts


def catalogue_data() -> list[str]:
    """Words that are the catalogues' data, quoted from model cards in English: names,
    publishers, licences, the cards' words about languages."""
    data = [base.name for base in recommended_bases()]
    for t in teachers():
        data += [t.name, t.publisher, t.quantization, t.languages_note, t.strengths, t.licence,
                 ", ".join(t.languages),
                 t.notes]
    return sorted((d for d in data if d), key=len, reverse=True)  # longest first


def untranslated(root: QWidget) -> list[str]:
    names = {name for _, name in i18n.interface_languages()}  # each language in its own words
    data = catalogue_data()

    def bare(text: str) -> list[str]:
        if text in names:
            return []
        for quoted in data:
            text = text.replace(quoted, " ")
        return bare_english(text)

    return sorted({f"{where}: {text!r}" for where, text in shown_texts(root) if bare(text)})


@pytest.fixture
def pseudo(qapp):
    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


@pytest.fixture(scope="module")
def amharic_project(tmp_path_factory, tiny_gguf) -> Path:
    """An Amharic project with every page filled: samples in each state, a gold set, a teacher,
    a trained quick student and its scores."""
    from core.training import evaluate, train

    folder = tmp_path_factory.mktemp("amharic")
    with Project.create(folder / "የጽሑፍ-መደርደሪያ", find_language("am"), LABELS,
                        task="የጽሑፍ መልእክቶችን በርዕስ መደርደር") as project:
        ids = project.add_samples(NewSample(text, label, status="accepted")
                                  for label, texts in SAMPLES.items() for text in texts)
        project.set_status(ids[:2], "pending")
        project.set_status(ids[2:3], "rejected", "wrong_label")
        project.add_samples(NewSample(text, label, source="gold", status="accepted")
                            for text, label in GOLD)
        project.set_teacher(TeacherConfig("gguf", str(tiny_gguf)))
        path = project.path
    model_id = train(path)
    evaluate(path, model_id)
    return path


def ts_messages(path: Path) -> dict[tuple[str, str], ElementTree.Element]:
    """(context, source) → the <translation> element, for each message of a .ts file."""
    found = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message.find("translation")
    return found


def test_every_visible_string_of_every_page_is_marked_for_translation(qtbot, pseudo,
                                                                      amharic_project):
    from app.main_window import REVIEW, MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert untranslated(window) == [], "the empty window"
    assert window.open_project(amharic_project)
    problems: dict[str, list[str]] = {}
    for step, page in enumerate(window.pages):
        window.show_step(step, force=True)
        qtbot.wait(50)
        left = untranslated(window)
        if left:
            problems[type(page).__name__] = left
    # The dialogs the pages open, and the review keys over the Review page.
    from app.demos_dialog import DemosDialog
    from app.discards_dialog import DiscardsDialog
    from app.export_data_dialog import ExportDataDialog
    from app.gold_dialog import GoldDialog
    from app.import_dialog import ImportDialog
    from app.review_keys import KeyMap, KeysDialog

    project = window.project
    labels = [label.name for label in project.labels]
    for dialog in (ImportDialog(project, window), ExportDataDialog(project, window),
                   DemosDialog(project, 0, window), DiscardsDialog(project, window),
                   GoldDialog(project, window), KeysDialog(KeyMap(), labels, window)):
        dialog.show()
        qtbot.wait(20)
        left = untranslated(dialog)
        if left:
            problems[type(dialog).__name__] = left
        dialog.close()
    window.show_step(REVIEW)
    window.pages[REVIEW].show_keys()
    left = untranslated(window)
    if left:
        problems["KeysOverlay"] = left
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())
    # Every string the pages asked to translate is in the files translators work on.
    known = ts_messages(TRANSLATIONS / "shule_fr.ts")
    missing = sorted(pseudo.asked - set(known))
    assert missing == [], "\n".join(map(repr, missing))


def test_the_first_run_guide_and_the_model_manager_are_marked_for_translation(qtbot, pseudo):
    from app.first_run import TEACHER_STEP, FirstRunGuide
    from app.model_manager import ModelManager

    guide = FirstRunGuide()
    qtbot.addWidget(guide)
    guide.show()
    assert untranslated(guide) == []
    guide.show_step(TEACHER_STEP)
    assert untranslated(guide) == []
    manager = ModelManager()
    qtbot.addWidget(manager)
    manager.show()
    assert untranslated(manager) == []


def test_the_check_finds_english_that_was_not_marked(qtbot, pseudo):
    widget = QWidget()
    qtbot.addWidget(widget)
    QLabel(QCoreApplication.translate("Test", "Marked"), widget)
    widget.show()
    assert untranslated(widget) == []
    QLabel("Left bare", widget).show()
    assert untranslated(widget) == ["QLabel: 'Left bare'"]
    assert bare_english("⟦Added {n}⟧ /tmp/x/ye.shule 12 ስፖርት GGUF") == []
    assert bare_english("⟦Trained⟧ on 3 samples") == ["on", "samples"]


# ---- the shipped translation files ---------------------------------------------------------
def translation_tool():
    """packaging/translations.py (``packaging`` is also a PyPI package's name: load it by path)."""
    spec = importlib.util.spec_from_file_location(
        "shule_translations_tool", RESOURCES.parent / "packaging" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fields(text: str) -> list[str]:
    return sorted(re.findall(r"\{[^{}]*\}", text))


def test_the_translation_files_hold_every_string_of_the_code_and_keep_its_fields(tmp_path):
    tool = translation_tool()
    assert sorted(p.stem for p in TRANSLATIONS.glob("shule_*.ts")) == sorted(
        f"shule_{code}" for code in SHIPPED)
    fresh = tmp_path / "shule_xx.ts"
    tool.update([fresh])
    wanted = set(ts_messages(fresh))
    assert len(wanted) > 600 and any(ctx == "core" for ctx, _ in wanted)
    for code in SHIPPED:
        messages = ts_messages(TRANSLATIONS / f"shule_{code}.ts")
        assert set(messages) == wanted, f"run `make translations`: shule_{code}.ts is behind"
        for (context, source), translation in messages.items():
            text = translation.text or ""  # drafts too: unfinished ones are shown as well
            if text:
                assert fields(text) == fields(source), (code, context, source, text)


def error_classes(core: Path) -> set[str]:
    """ShuleError and every class in core that derives from it, by name."""
    bases = {m[1]: m[2] for p in core.rglob("*.py")
             for m in re.finditer(r"class (\w+)\((\w+)\)", p.read_text(encoding="utf-8"))}
    found = {"ShuleError"}
    while True:
        more = {name for name, base in bases.items() if base in found} - found
        if not more:
            return found
        found |= more


def test_core_says_what_reaches_a_person_in_translatable_sentences():
    """Every user_text template is a literal the tool can collect, and every error a person may
    see is raised with a sentence made by user_text (not an f-string, a literal or str(e))."""
    import ast

    core = RESOURCES.parent / "core"
    templates, problems = translation_tool().core_templates()
    assert problems == [] and len(templates) > 300
    errors = error_classes(core)
    assert {"TeacherError", "DiskFull", "KeyFileUnsafe"} <= errors
    bare = []
    for path in sorted(core.rglob("*.py")):
        if path.name.startswith("cli") or path.name == "predict.py":  # English on purpose:
            continue  # the command line, and the predictor copied alone into every bundle
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                continue
            func = node.exc.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            first = node.exc.args[0] if node.exc.args else None
            if name in errors and (
                    first is None or isinstance(first, (ast.Constant, ast.JoinedStr, ast.BinOp))
                    or (isinstance(first, ast.Call) and getattr(first.func, "id", "") == "str")):
                bare.append(f"{path.name}:{node.lineno}")
    assert bare == []


def test_a_sentence_from_a_job_child_stays_translatable(tmp_path):
    """Errors, progress and results cross the process boundary with their templates."""
    from core.errors import TeacherError
    from core.jobs import run_in_child
    from core.user_text import UserText, decode, encode, user_text

    inner = user_text("{n} rows", n=3)
    value = {"a": [user_text("{what} failed: {why}", what=inner, why="x")], "b": 1}
    back = decode(json.loads(json.dumps(encode(value))))
    assert back == value and isinstance(back["a"][0], UserText)
    assert isinstance(back["a"][0].fields["what"], UserText)
    assert back["a"][0].template == "{what} failed: {why}"
    path = make_project(tmp_path / "p")
    with pytest.raises(TeacherError) as refused:  # no teacher: the child refuses, in a sentence
        run_in_child("score_teacher", {"project": str(path)})
    said = refused.value.args[0]
    assert isinstance(said, UserText) and said.template and str(said) == str(refused.value)


# ---- loading, direction, switching ------------------------------------------------------------
TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{code}">
<context><name>MainWindow</name>
  <message><source>&amp;File</source><translation>{file}</translation></message>
  <message><source>&amp;Settings</source><translation>{settings}</translation></message>
  <message><source>No project open</source><translation type="unfinished"></translation></message>
</context>
<context><name>core</name>
  <message><source>{{name}} is not a Shule project.</source>
    <translation>{not_a_project}</translation></message>
</context>
</TS>
"""


def ts_text(code: str, **translations: str) -> str:
    return TS.format(code=code, **{k: escape(v) for k, v in translations.items()})


@pytest.fixture
def folders(tmp_path, monkeypatch, qapp):
    """An empty shipped folder and user folder; English again afterwards."""
    shipped, user = tmp_path / "shipped", tmp_path / "user"
    shipped.mkdir()
    monkeypatch.setattr(i18n, "BUNDLED", shipped)
    monkeypatch.setattr(i18n, "user_folder", lambda: user)
    yield shipped, user
    i18n.apply_language(qapp, "en")


def compile_ts(ts: Path, qm: Path) -> None:
    translation_tool().compile_all(qm.parent, ts.parent)
    assert qm.is_file()


def test_translations_load_from_qm_and_ts_and_the_users_file_wins(qapp, folders, tmp_path):
    from core.errors import NotAProject
    from core.user_text import user_text

    shipped, user = folders
    source = tmp_path / "src" / "shule_fr.ts"
    source.parent.mkdir()
    source.write_text(ts_text("fr_FR", file="&Fichier", settings="&Réglages",
                                not_a_project="{name} n'est pas un projet Shule."),
                      encoding="utf-8")
    compile_ts(source, shipped / "shule_fr.qm")  # shipped compiled, as the package has it
    assert [code for code, _ in i18n.interface_languages()] == ["en", "fr"]
    assert i18n.apply_language(qapp, "fr") == "fr"

    def tr(text: str) -> str:
        return QCoreApplication.translate("MainWindow", text)

    assert (tr("&File"), tr("&Settings"), tr("No project open")) == (
        "&Fichier", "&Réglages", "No project open")  # unfinished: English
    error = NotAProject(user_text("{name} is not a Shule project.", name="notes.txt"))
    assert str(error) == "notes.txt is not a Shule project."  # the CLI and the logs: English
    from app.pages.base import describe_error

    assert describe_error(error) == "notes.txt n'est pas un projet Shule."

    user.mkdir()  # a community's fix, as a .ts source dropped in by hand
    (user / "shule_fr.ts").write_text(ts_text("fr", file="&Dossier", settings="",
                                                not_a_project="{name} : pas un projet."),
                                      encoding="utf-8")
    i18n.apply_language(qapp, "fr")
    assert (tr("&File"), tr("&Settings")) == ("&Dossier", "&Réglages")  # the rest: shipped
    assert describe_error(error) == "notes.txt : pas un projet."
    (user / "shule_fr.ts").write_text("<TS><context>broken", encoding="utf-8")
    i18n.apply_language(qapp, "fr")  # a damaged file is skipped, not fatal
    assert tr("&File") == "&Fichier"
    assert i18n.apply_language(qapp, "xx") == "en" and tr("&File") == "&File"


def test_a_translation_that_breaks_a_field_shows_the_english_sentence(qapp, folders):
    from core.user_text import user_text

    shipped, _ = folders
    (shipped / "shule_fr.ts").write_text(ts_text("fr", file="&Fichier", settings="",
                                                 not_a_project="{nom} n'est pas un projet."),
        encoding="utf-8")
    i18n.apply_language(qapp, "fr")
    said = i18n.translated(user_text("{name} is not a Shule project.", name="a.txt"))
    assert said == "a.txt is not a Shule project."


def test_arabic_turns_the_layout_right_to_left_and_english_back(qtbot, qapp, folders):
    from app.main_window import MainWindow

    shipped, _ = folders
    (shipped / "shule_ar.ts").write_text(ts_text("ar", file="&ملف", settings="&الإعدادات",
                                                 not_a_project="{name} ليس مشروعا."),
        encoding="utf-8")
    i18n.apply_language(qapp, "ar")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert qapp.layoutDirection() == Qt.RightToLeft and window.isRightToLeft()
    assert window.sidebar.isRightToLeft() and window.pages[0].isRightToLeft()
    # The sidebar is on the right: the side a right-to-left reader starts from.
    assert window.sidebar.mapTo(window, window.sidebar.rect().topLeft()).x() > window.width() / 2
    assert window.menuBar().actions()[0].text() == "&ملف"
    i18n.apply_language(qapp, "en")
    assert qapp.layoutDirection() == Qt.LeftToRight


def test_switching_the_language_remakes_the_window_with_the_same_project_and_step(
        qtbot, qapp, folders, tmp_path):
    from app.main_window import GENERATE, REVIEW, MainWindow
    from core import settings

    shipped, _ = folders
    (shipped / "shule_sw.ts").write_text(ts_text("sw", file="&Faili", settings="&Mipangilio",
                                                 not_a_project="{name} si mradi."),
        encoding="utf-8")
    path = make_project(tmp_path / "p", status="pending")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_project(path) and window.current_step() == REVIEW
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Settings")
    offered = {a.data(): a for a in window.language_actions.actions()}
    assert set(offered) == {"en", "sw"} and offered["en"].isChecked()
    assert menu is not None

    with qtbot.waitSignal(window.language_switched) as switched:
        offered["sw"].trigger()  # Settings ▸ Interface language ▸ Kiswahili
    new = switched.args[0]
    qtbot.addWidget(new)
    assert new is not window and not window.isVisible() and new.isVisible()
    assert new.menuBar().actions()[0].text() == "&Faili"
    assert new.project is not None and new.project.path == path
    assert new.current_step() == REVIEW
    assert settings.get("interface_language") == "sw"
    assert {a.data() for a in new.language_actions.actions() if a.isChecked()} == {"sw"}

    # While work runs, the language waits: nothing is remade, and the user is told why.
    release = threading.Event()
    runner = new.pages[GENERATE].runner
    runner.start(lambda progress, should_cancel: release.wait(10))
    assert new.switch_language("en") is new and new.isVisible()
    notice = new.findChild(QMessageBox)
    assert notice is not None and new.pages[GENERATE].title() in notice.text()
    assert {a.data() for a in new.language_actions.actions() if a.isChecked()} == {"sw"}
    release.set()
    qtbot.waitUntil(lambda: not runner.is_running(), timeout=5000)
    last = new.switch_language("en")
    qtbot.addWidget(last)
    assert last is not new and last.menuBar().actions()[0].text() == "&File"


def test_the_tour_draws_the_pages_in_the_language_asked_for(tmp_path):
    import os
    import subprocess
    import sys

    def tour(out: Path, *extra: str) -> subprocess.CompletedProcess:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        return subprocess.run([sys.executable, "-m", "app.tour", str(out), *extra],
                              cwd=RESOURCES.parent, env=env, capture_output=True, text=True,
                              timeout=300)

    english, arabic = tour(tmp_path / "en"), tour(tmp_path / "ar", "--language", "ar")
    assert english.returncode == 0 and arabic.returncode == 0, arabic.stderr
    names = [Path(line).name for line in arabic.stdout.split()]
    assert names == [Path(line).name for line in english.stdout.split()] and len(names) == 8
    from PySide6.QtGui import QImage

    for name in names:  # Arabic: the sidebar (its own colour) moves from the left to the right
        en, ar = QImage(str(tmp_path / "en" / name)), QImage(str(tmp_path / "ar" / name))
        middle = en.height() // 2
        left_en, right_en = en.pixelColor(3, middle), en.pixelColor(en.width() - 3, middle)
        left_ar, right_ar = ar.pixelColor(3, middle), ar.pixelColor(ar.width() - 3, middle)
        assert left_en != right_en and (left_ar, right_ar) == (right_en, left_en), name
    refused = tour(tmp_path / "xx", "--language", "xx")
    assert refused.returncode == 2 and "no translation for 'xx'" in refused.stderr


def test_the_language_field_names_languages_in_the_interface_language(qtbot, qapp):
    from app.main_window import MainWindow

    i18n.apply_language(qapp, "fr")
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        page = window.language_page
        qtbot.keyClicks(page.language_edit, "amharique")
        assert page._completions.stringList()[0] == "amharique (am) — አማርኛ"
        assert page.chosen_language().code == "am"
    finally:
        i18n.apply_language(qapp, "en")

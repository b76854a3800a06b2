"""The GUI as a user meets it: real widgets offscreen, the real core, real project files.

Only the native file dialogs are replaced (by functions returning a path). The full-chain test
drives a random-weight GGUF teacher and a tiny random BERT student through every page.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt  # conftest.py has set QT_QPA_PLATFORM=offscreen before this

import app.dialogs
from app.main_window import EXPORT, GENERATE, LANGUAGE, REVIEW, TEACHER, TRAIN, TRY, MainWindow
from app.tasks import TaskRunner
from core.errors import Cancelled
from core.project import Project, TeacherConfig
from tests.fixtures.projects import TOY, make_project

REPO = Path(__file__).resolve().parents[1]
HEAVY = ("torch", "transformers", "optimum")


def _run_python(code_or_args: list[str], timeout: float = 120) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, *code_or_args], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=timeout)


def _fill_labels(page, labels: list[tuple[str, str]]) -> None:
    table = page.labels_table
    while table.rowCount() < len(labels):
        page.add_label_row()
    for row, (name, description) in enumerate(labels):
        table.item(row, 0).setText(name)
        table.item(row, 1).setText(description)


def _create_project(qtbot, window, monkeypatch, target: Path, language: str,
                    labels: list[tuple[str, str]]) -> None:
    monkeypatch.setattr(app.dialogs, "ask_new_project_path", lambda parent, start="": target)
    page = window.language_page
    page.language_edit.clear()
    qtbot.keyClicks(page.language_edit, language)
    _fill_labels(page, labels)
    qtbot.mouseClick(page.create_button, Qt.LeftButton)


# ---- (a) no project: every later step is closed and says why --------------------------------
def test_without_a_project_later_steps_are_closed_with_a_reason(window):
    assert window.current_step() == LANGUAGE
    assert window.sidebar.is_open(LANGUAGE)
    for step in range(TEACHER, EXPORT + 1):
        assert not window.sidebar.buttons[step].isEnabled()
        reason = window.sidebar.reasons[step]
        assert reason.isVisible() and reason.text() == "Create or open a project first"
    assert window.sidebar.is_open(TRY)  # any exported model can be tried without a project
    window.sidebar.buttons[TRAIN].click()  # a closed step cannot be opened
    assert window.current_step() == LANGUAGE


# ---- (b) creating a project through the Language & task page ---------------------------------
def test_create_project_then_reopen_restores_it(qtbot, window, monkeypatch, tmp_path):
    page = window.language_page
    qtbot.keyClicks(page.language_edit, "swa")
    completions = page._completions.stringList()
    assert "Swahili (sw) — Kiswahili" in completions  # autocomplete by name
    page.language_edit.clear()
    qtbot.keyClicks(page.language_edit, "sw")
    assert page._completions.stringList()[0] == "Swahili (sw) — Kiswahili"  # and by code

    labels = [("news", "Reports of recent events"), ("sport", "Games, teams and athletes")]
    _create_project(qtbot, window, monkeypatch, tmp_path / "demo", "Swahili", labels)
    path = tmp_path / "demo.shule"
    assert path.is_file()
    assert window.project is not None and window.project.path == path
    assert window.current_step() == TEACHER and window.sidebar.is_open(TEACHER)
    assert window.sidebar.reasons[GENERATE].text() == "Choose a teacher first"
    assert "Latin" in page.language_info.text() and "left to right" in page.language_info.text()

    again = MainWindow()
    qtbot.addWidget(again)
    monkeypatch.setattr(app.dialogs, "ask_open_project_path", lambda parent, start="": path)
    again.ask_open_project()  # File › Open project…
    assert again.project is not None and again.project.path == path
    shown = again.language_page
    assert shown.language_edit.text() == "Swahili (sw) — Kiswahili"
    assert shown.language_edit.isReadOnly()
    assert [(l.name, l.description) for l in shown.entered_labels()] == labels


def test_language_field_shows_script_and_direction(qtbot, window):
    page = window.language_page
    qtbot.keyClicks(page.language_edit, "Arabic")
    qtbot.waitUntil(lambda: "right to left" in page.language_info.text(), timeout=3000)
    assert "Arabic (Arab)" in page.language_info.text()
    page.language_edit.clear()
    qtbot.keyClicks(page.language_edit, "am")  # a code
    qtbot.waitUntil(lambda: "Ethiopic" in page.language_info.text(), timeout=3000)


def test_opening_something_else_says_why(window, tmp_path):
    other = tmp_path / "notes.shule"
    other.write_text("not a project")
    assert not window.open_project(other)
    assert window.project is None and window.current_step() == LANGUAGE


@pytest.mark.parametrize("language, labels, where, words", [
    ("Qwertyish", [("a", "first"), ("b", "second")], "language_error", "No language called"),
    ("Swahili", [("only", "the one label")], "labels_error", "at least 2 labels"),
    ("Swahili", [("news", "one"), ("News", "two")], "labels_error", "appears twice"),
    ("Swahili", [("news", "one"), ("sport", "")], "labels_error", "needs a one-line description"),
])
def test_create_project_errors_are_shown_next_to_the_field(qtbot, window, monkeypatch, tmp_path,
                                                            language, labels, where, words):
    _create_project(qtbot, window, monkeypatch, tmp_path / "bad", language, labels)
    message = getattr(window.language_page, where)
    assert message.isVisible() and words in message.text()
    assert list(tmp_path.iterdir()) == []  # nothing half-written
    assert window.project is None


def test_existing_file_is_not_overwritten(qtbot, window, monkeypatch, tmp_path):
    existing = make_project(tmp_path / "taken")
    before = existing.read_bytes()
    _create_project(qtbot, window, monkeypatch, existing, "Swahili", [("a", "x"), ("b", "y")])
    assert window.language_page.create_error.isVisible()
    assert "already exists" in window.language_page.create_error.text()
    assert existing.read_bytes() == before and window.project is None


# ---- the task runner ------------------------------------------------------------------------
def test_task_runner_delivers_partials_result_errors_and_cancels(qtbot):
    runner = TaskRunner()
    seen: list = []
    runner.partial.connect(seen.extend)

    def count(progress, should_cancel, emit):
        for i in range(5):
            progress(i / 5, f"item {i}")
            emit(i)
        return "done"

    with qtbot.waitSignal(runner.finished, timeout=5000) as finished:
        runner.start(count, partial=True)
    assert finished.args == ["done"] and seen == [0, 1, 2, 3, 4] and not runner.is_running()

    with qtbot.waitSignal(runner.failed, timeout=5000) as failed:
        runner.start(lambda progress, should_cancel: 1 / 0)
    assert isinstance(failed.args[0], ZeroDivisionError)

    stopped = threading.Event()

    def wait_for_cancel(progress, should_cancel):
        while not should_cancel():
            time.sleep(0.01)
        stopped.set()
        raise Cancelled()

    runner.start(wait_for_cancel)
    with qtbot.waitSignal(runner.cancelled, timeout=5000):
        with qtbot.waitSignal(runner.finished, timeout=5000) as second:
            runner.start(lambda progress, should_cancel: 42)  # a new task cancels the old one
    assert second.args == [42] and stopped.wait(5)


def test_a_cancelled_task_says_how_its_worker_really_ended(qtbot):
    runner = TaskRunner()
    ended: list = []
    runner.stopped.connect(lambda kind, value: ended.append((kind, value)))
    release = threading.Event()

    def saves_its_best_so_far(progress, should_cancel, emit):
        while not should_cancel():
            emit("step")
            time.sleep(0.01)
        release.wait(5)  # still writing after the cancel
        return "best epoch"

    runner.start(saves_its_best_so_far, partial=True)
    late: list = []
    runner.partial.connect(late.extend)
    with qtbot.waitSignal(runner.cancelled, timeout=1000):
        runner.cancel()
    assert runner.is_stopping() and not runner.is_running()
    qtbot.wait(300)
    assert ended == [] and runner.is_stopping()  # no answer while the worker still works
    release.set()
    qtbot.waitUntil(lambda: ended == [("finished", "best epoch")], timeout=5000)
    assert not runner.is_stopping() and late == []  # the cancelled task's partials are dropped

    release.clear()
    runner.start(saves_its_best_so_far, partial=True)
    runner.forget()  # the page is going away: nothing more is said about the task
    release.set()
    qtbot.wait(300)
    assert ended == [("finished", "best epoch")] and not runner.is_stopping()


# ---- (c) the GUI never loads torch ------------------------------------------------------------
def test_visiting_every_page_never_imports_torch():
    code = (
        "import sys, tempfile\nfrom pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\napp = QApplication([])\n"
        "from app.main_window import MainWindow\nfrom app.tour import make_demo_project\n"
        "w = MainWindow(); w.show()\n"
        "assert w.open_project(make_demo_project(Path(tempfile.mkdtemp())))\n"
        "for i in range(len(w.pages)):\n    w.show_step(i, force=True); app.processEvents()\n"
        "import core.predict  # what Try it loads\n"
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    done = _run_python(["-c", code])
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"


# ---- bad files for the teacher and the base model: a sentence next to the field -------------
def test_bad_teacher_and_base_folders_are_explained_next_to_the_field(qtbot, window, tmp_path):
    path = make_project(tmp_path / "p")  # accepted samples: Train is open
    assert window.open_project(path)
    window.sidebar.buttons[TEACHER].click()
    teacher = window.pages[TEACHER]
    not_gguf = tmp_path / "model.gguf"
    not_gguf.write_text("not a model")
    for bad, words in ((tmp_path / "missing.gguf", "There is no model file"),
                       (not_gguf, "is not a GGUF model file")):
        teacher.path_edit.setText(str(bad))
        qtbot.mouseClick(teacher.save_button, Qt.LeftButton)
        assert words in teacher.error.text() and teacher.error.isVisible()
        with Project.open(path) as p:
            assert p.teacher is None  # nothing saved

    train = window.pages[TRAIN]
    window.sidebar.buttons[TRAIN].click()
    no_weights = tmp_path / "base"
    no_weights.mkdir()
    (no_weights / "config.json").write_text('{"model_type": "bert"}')
    assert train.chooser.add_folder(no_weights) is None
    assert "has no model weights" in train.base_error.text() and train.base_error.isVisible()
    assert train.chooser.spec() == "quick"  # the unusable folder is not offered
    assert not train.runner.is_running()
    with Project.open(path) as p:
        assert p.models() == []


# ---- (d) keyboard review ---------------------------------------------------------------------
def test_review_keys_decide_and_move_on(qtbot, window, tmp_path):
    path = make_project(tmp_path / "p", status="pending")
    assert window.open_project(path)
    assert window.current_step() == REVIEW  # pending samples: that is where the work is
    page = window.pages[REVIEW]
    table, ids = page.table, list(page.model.ids)
    assert page.current_row() == 0 and len(ids) == sum(len(v) for v in TOY.values())

    def status(i: int) -> tuple[str, str | None]:
        with Project.open(path) as p:
            s = p.sample(ids[i])
            return s.status, s.reject_reason

    qtbot.keyClick(table, Qt.Key_A)
    assert status(0) == ("accepted", None) and page.current_row() == 1
    qtbot.keyClick(table, Qt.Key_X)
    assert page.reason_bar.isVisible() and status(1) == ("pending", None)
    qtbot.keyClick(table, Qt.Key_3)
    assert status(1) == ("rejected", "unnatural") and page.current_row() == 2
    assert not page.reason_bar.isVisible()
    qtbot.keyClick(table, Qt.Key_X)
    qtbot.keyClick(table, Qt.Key_Escape)  # changed my mind: nothing happens
    assert status(2) == ("pending", None) and page.current_row() == 2

    page.undo()  # Ctrl+Z: the rejection is taken back and the cursor returns to it
    assert status(1) == ("pending", None) and page.current_row() == 1
    qtbot.waitUntil(lambda: "1 accepted" in page.counts.text(), timeout=2000)

    qtbot.keyClick(table, Qt.Key_E)  # edit the text inline
    assert page.card.editing
    page.card.editor.setPlainText("a better sentence about the weather")
    qtbot.mouseClick(page.card.save_button, Qt.LeftButton)
    with Project.open(path) as p:
        assert p.sample(ids[1]).text == "a better sentence about the weather"

    # A restart: undo and redo come from the project file, not from the window's memory.
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.open_project(path)
    review = again.pages[REVIEW]
    again.show()
    qtbot.waitExposed(again)
    again.activateWindow()
    qtbot.waitActive(again)
    review.table.setFocus()
    qtbot.keyClick(review.table, Qt.Key_Z, Qt.ControlModifier)  # the edit is taken back
    with Project.open(path) as p:
        assert p.sample(ids[1]).text != "a better sentence about the weather"
    assert review.current_row() == review.model.ids.index(ids[1])
    assert review.card.text_label.text() != "a better sentence about the weather"
    qtbot.keyClick(review.table, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)  # and redone
    with Project.open(path) as p:
        assert p.sample(ids[1]).text == "a better sentence about the weather"
    assert review.card.text_label.text() == "a better sentence about the weather"


# ---- (e) the screenshot tour -----------------------------------------------------------------
def test_tour_writes_one_png_per_page(tmp_path):
    done = _run_python(["-m", "app.tour", str(tmp_path / "shots")])
    assert done.returncode == 0, done.stderr
    written = [Path(line) for line in done.stdout.split()]
    assert len(written) == 8 and all(p.parent == tmp_path / "shots" for p in written)
    for png in written:
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_self_test_drives_every_step_through_the_window_and_names_a_failing_one(tmp_path,
                                                                               tiny_gguf):
    keep = tmp_path / "kept"
    done = _run_python(["-m", "app.launch", "self-test", "--teacher", str(tiny_gguf), "--keep",
                        str(keep)], timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    steps = [line.split()[1] for line in done.stdout.splitlines() if line.startswith("ok ")]
    assert steps == ["Language", "Teacher:", "Generate:", "Review:", "Train:", "Export:", "Try"]
    assert "font.db" not in done.stderr  # Qt's font fallback notes are filtered out
    with Project.open(keep / "self-test.shule") as p:
        counts = p.counts()
        assert sum(c["accepted"] for c in counts.values()) == len(p.sample_ids()) > 0
        assert len(p.models()) == 1
    assert any((keep / "bundle").glob("*.onnx"))

    junk = tmp_path / "junk.gguf"
    junk.write_bytes(b"not a model" * 100)
    done = _run_python(["-m", "app.launch", "self-test", "--teacher", str(junk)])
    assert done.returncode == 1
    assert "FAIL the teacher was refused: junk.gguf is not a GGUF model file." in done.stderr


def test_cancel_generation_keeps_what_was_written(qtbot, window, tmp_path, tiny_gguf):
    path = make_project(tmp_path / "c", data={"yes": ["ndiyo"], "no": ["hapana"]})
    with Project.open(path) as p:
        p.set_teacher(TeacherConfig("gguf", str(tiny_gguf)))
    assert window.open_project(path)
    window.show_step(GENERATE)
    page = window.pages[GENERATE]
    page.per_label.setValue(200)
    qtbot.mouseClick(page.generate_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: page.samples_list.count() > 0 and page.progress.isVisible(),
                    timeout=60_000)
    with qtbot.waitSignal(page.runner.cancelled, timeout=5000):
        qtbot.mouseClick(page.progress.cancel_button, Qt.LeftButton)
    assert not page.progress.isVisible() and page.generate_button.isEnabled()
    assert page.summary.text().startswith("Stopped")
    time.sleep(0.5)  # the child finishes the reply it is on, then stops
    assert len(window.project.sample_ids()) >= 2 + page.samples_list.count()


# ---- (f) the whole story: create → teacher → generate → review → train → export → try ----------
def test_full_chain_through_the_gui(qtbot, window, monkeypatch, tmp_path, tiny_gguf):
    heavy_before = {m for m in HEAVY if m in sys.modules}
    # The random teacher picks among label names by their tokens; with these two it writes both.
    labels = [("yes", "Texts that agree"), ("no", "Texts that disagree")]
    _create_project(qtbot, window, monkeypatch, tmp_path / "chain", "Swahili", labels)
    assert window.project is not None and window.current_step() == TEACHER

    teacher = window.pages[TEACHER]
    teacher.path_edit.setText(str(tmp_path / "missing.gguf"))
    qtbot.mouseClick(teacher.save_button, Qt.LeftButton)
    assert teacher.error.isVisible() and "no model file" in teacher.error.text()
    teacher.path_edit.setText(str(tiny_gguf))
    qtbot.mouseClick(teacher.save_button, Qt.LeftButton)
    assert not teacher.error.isVisible()
    qtbot.waitUntil(lambda: window.sidebar.is_open(GENERATE), timeout=2000)

    window.sidebar.buttons[GENERATE].click()
    generate = window.pages[GENERATE]
    generate.per_label.setValue(3)
    with qtbot.waitSignal(generate.runner.finished, timeout=120_000):
        qtbot.mouseClick(generate.generate_button, Qt.LeftButton)
    n_samples = len(window.project.sample_ids())
    assert n_samples >= 4 and generate.samples_list.count() == n_samples
    assert generate.samples_list.item(0).text().startswith(("[yes]", "[no]"))
    assert generate.summary.text().startswith(f"Added {n_samples} samples")
    qtbot.waitUntil(lambda: window.sidebar.is_open(REVIEW), timeout=2000)

    window.sidebar.buttons[REVIEW].click()
    review = window.pages[REVIEW]
    for _ in range(n_samples):
        qtbot.keyClick(review.table, Qt.Key_A)
    counts = window.project.counts()
    assert sum(c["accepted"] for c in counts.values()) == n_samples
    qtbot.waitUntil(lambda: window.sidebar.is_open(TRAIN), timeout=2000)

    texts = [s.text for s in window.project.samples()]
    base = tmp_path / "tiny-base"
    made = _run_python(["-c", "import json, sys; from tests.fixtures.tiny_bert import "
                              "make_tiny_base; make_tiny_base(sys.argv[1], json.loads(sys.argv[2]))",
                        str(base), json.dumps(texts)])  # torch only in a child, as in the app
    assert made.returncode == 0, made.stderr
    window.sidebar.buttons[TRAIN].click()
    train = window.pages[TRAIN]
    assert train.chooser.add_folder(tmp_path / "nowhere") is None
    assert train.base_error.isVisible() and not train.runner.is_running()
    assert train.chooser.add_folder(base) is not None and train.chooser.spec() == str(base)
    train.epochs.setValue(3)
    train.learning_rate.setValue(1e-3)
    with qtbot.waitSignal(train.runner.finished, timeout=180_000):
        qtbot.mouseClick(train.train_button, Qt.LeftButton)
    shown = train.result.text()
    figures = re.search(r"accuracy (\d+)% · macro-F1 ([\d.]+) on (\d+) held-out samples", shown)
    assert figures, shown
    assert 0 <= int(figures[1]) <= 100 and 0.0 <= float(figures[2]) <= 1.0
    assert train.models_table.rowCount() == 1
    qtbot.waitUntil(lambda: window.sidebar.is_open(EXPORT), timeout=2000)

    window.sidebar.buttons[EXPORT].click()
    export = window.pages[EXPORT]
    assert export.model_combo.count() == 1
    export.out_field.setText(str(tmp_path / "bundle"))
    assert export.int8.isChecked()
    with qtbot.waitSignal(export.runner.finished, timeout=180_000):
        qtbot.mouseClick(export.export_button, Qt.LeftButton)
    assert "Exported to" in export.summary.text() and export.table.rowCount() == 2
    assert (tmp_path / "bundle" / "config.json").is_file()

    qtbot.mouseClick(export.try_button, Qt.LeftButton)
    assert window.current_step() == TRY
    try_box = window.pages[TRY].try_box
    assert try_box.input.isEnabled()
    qtbot.keyClicks(try_box.input, "habari za michezo leo")
    qtbot.waitUntil(lambda: try_box.prediction.text() in {"yes", "no"}, timeout=5000)
    shares = [float(bar.format().rstrip("%")) for bar in try_box.bars.values()]
    assert len(shares) == 2 and 99.5 <= sum(shares) <= 100.5
    assert {m for m in HEAVY if m in sys.modules} == heavy_before  # the GUI process stayed light


def test_qt_calls_leave_the_interpreter_intact(qtbot):
    """PySide6 6.12.0 dropped a reference to None on every void call until Python aborted; the
    GUI makes such calls ten times a second while a task runs."""
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("x")
        label.setEnabled(True)
    assert sys.getrefcount(None) >= before - 10


def test_garbage_is_collected_on_the_gui_thread_only(window, qtbot):
    import gc

    assert not gc.isenabled()  # automatic collection could run in a task's worker thread
    threshold = gc.get_threshold()[0]
    kept = [[] for _ in range(threshold * 3)]  # tracked objects: the young generation fills up
    assert gc.get_count()[0] > threshold
    qtbot.waitUntil(lambda: gc.get_count()[0] < threshold, timeout=3000)  # the GUI timer ran
    assert len(kept) == threshold * 3

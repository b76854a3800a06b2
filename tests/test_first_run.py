"""The first start of Shule: the guide asks for the interface language and a teacher, and a new
project's Teacher page then starts with that teacher filled in.

Real widgets offscreen, real settings files in a temporary config folder, a real stand-in model
server on 127.0.0.1 (tests/fixtures/fault_server.py) for the "server on this computer" option.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

import app.dialogs
from app.first_run import TEACHER_STEP, FirstRunGuide, first_run_wanted
from app.i18n import interface_languages
from app.main_window import TEACHER
from app.pages.teacher_page import GGUF, SERVER
from core import settings
from tests.fixtures.fault_server import FaultServer
from tests.fixtures.projects import make_project

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Empty settings and models folders, as on a computer Shule has never run on."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("SHULE_MODELS_DIR", str(tmp_path / "models"))
    monkeypatch.delenv("SHULE_CATALOGUE", raising=False)
    return tmp_path


def guide(qtbot, ports=None) -> FirstRunGuide:
    dialog = FirstRunGuide()
    dialog.discovery_ports = {} if ports is None else ports  # never the usual ports in tests
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def next_step(qtbot, dialog: FirstRunGuide) -> None:
    qtbot.mouseClick(dialog.next_button, Qt.LeftButton)
    assert dialog.stack.currentIndex() == TEACHER_STEP


def new_project_teacher_page(window, folder: Path):
    window.pages[TEACHER].discovery_ports = {}
    window.open_project(make_project(folder / "p", {"news": [], "sport": []}))
    assert window.project.teacher is None and window.current_step() == TEACHER
    return window.pages[TEACHER]


def test_the_guide_is_wanted_once_and_never_in_tests(home):
    assert first_run_wanted({}) is True  # nothing stored yet
    assert first_run_wanted({"SHULE_NO_FIRST_RUN": "1"}) is False
    assert first_run_wanted({"SHULE_EXIT_WHEN_IDLE": "1"}) is False  # the start-up benchmark
    assert first_run_wanted() is False  # conftest sets SHULE_NO_FIRST_RUN for the whole session
    settings.update(first_run_done=True)
    assert first_run_wanted({}) is False


def _start_gui(home: Path) -> str:
    """Start Shule as a user does; report whether the guide is open, then close it."""
    code = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication(sys.argv[:1])\n"
        "def look():\n"
        "    from app.first_run import FirstRunGuide\n"
        "    shown = [w for w in QApplication.topLevelWidgets()\n"
        "             if isinstance(w, FirstRunGuide) and w.isVisible()]\n"
        "    print('guides shown:', len(shown))\n"
        "    for w in shown:\n"
        "        w.reject()\n"
        "    app.quit()\n"
        "QTimer.singleShot(300, look)\n"
        "from app.main_window import run_gui\n"
        "run_gui()\n")
    env = {k: v for k, v in os.environ.items() if k not in ("SHULE_NO_FIRST_RUN", "SHULE_EXIT_WHEN_IDLE")}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), SHULE_MODELS_DIR=str(home / "models"))
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_first_start_shows_the_guide_and_the_next_does_not(home):
    assert "guides shown: 1" in _start_gui(home)
    assert settings.get("first_run_done") is True  # closing it counts as done
    assert "guides shown: 0" in _start_gui(home)


def test_later_finishes_the_guide_without_a_teacher(qtbot, home):
    dialog = guide(qtbot)
    assert dialog.language_combo.currentText() == "English"
    assert dialog.skip_button.isVisible() and not dialog.finish_button.isVisible()
    next_step(qtbot, dialog)
    assert "The teacher is a large language model" in " ".join(
        label.text() for label in dialog.findChildren(QLabel))
    qtbot.waitUntil(lambda: "No model server" in dialog.server_status.text(), timeout=10_000)
    qtbot.waitUntil(lambda: dialog.hardware_box.text.text().startswith("CPU: "), timeout=20_000)
    assert not dialog.finish_button.isEnabled()  # nothing chosen yet
    assert dialog.choice_label.text() == "No teacher chosen yet."

    qtbot.mouseClick(dialog.later_button, Qt.LeftButton)
    assert not dialog.isVisible()
    assert settings.load() == {"first_run_done": True, "interface_language": "en"}


def test_skip_on_the_first_step_is_done_too(qtbot, home):
    dialog = guide(qtbot)
    qtbot.mouseClick(dialog.skip_button, Qt.LeftButton)
    assert settings.get("first_run_done") is True and settings.get("default_teacher") is None


def test_translations_found_are_offered(tmp_path):
    folder = tmp_path / "translations"
    folder.mkdir()
    (folder / "shule_sw.qm").write_bytes(b"")
    (folder / "qtbase_sw.qm").write_bytes(b"")
    languages = interface_languages((folder,))
    assert [code for code, _ in languages] == ["en", "sw"]
    assert languages[1][1] == "Kiswahili (sw)"
    assert interface_languages((tmp_path / "none",)) == [("en", "English")]


def test_a_gguf_file_becomes_the_teacher_new_projects_start_with(qtbot, home, window, monkeypatch,
                                                                tiny_gguf):
    mine = home / "my models" / "mine.gguf"
    mine.parent.mkdir()
    shutil.copy(tiny_gguf, mine)
    monkeypatch.setattr(app.dialogs, "ask_gguf_file", lambda parent, start="": mine)
    dialog = guide(qtbot)
    next_step(qtbot, dialog)
    qtbot.mouseClick(dialog.file_button, Qt.LeftButton)
    assert str(mine.resolve()) in dialog.choice_label.text() and dialog.finish_button.isEnabled()
    qtbot.mouseClick(dialog.finish_button, Qt.LeftButton)

    assert settings.get("first_run_done") is True
    assert settings.get("default_teacher") == {"kind": "gguf", "path": str(mine.resolve())}
    assert settings.get("teacher_files") == [str(mine.resolve())]  # used where it is
    assert not (home / "models").exists()  # not copied

    page = new_project_teacher_page(window, home)
    assert page.kind() == GGUF and page.path_edit.text() == str(mine.resolve())
    assert "usual teacher is filled in" in page.current.text()
    assert window.project.teacher is None  # filled in, not saved: the user confirms
    qtbot.mouseClick(page.save_button, Qt.LeftButton)
    assert window.project.teacher.kind == "gguf" and window.project.teacher.path == str(mine.resolve())


def test_a_server_on_this_computer_becomes_the_teacher_new_projects_start_with(qtbot, home, window):
    with FaultServer(ollama=True, models=("gemma3:4b", "aya-expanse:8b")) as ollama, \
            FaultServer(api_key="secret") as locked:
        dialog = guide(qtbot, ports={"ollama": ollama.port, "openai": locked.port})
        next_step(qtbot, dialog)
        qtbot.waitUntil(lambda: dialog.server_list.count() == 3, timeout=10_000)
    items = [dialog.server_list.item(i) for i in range(3)]
    assert items[0].text() == f"gemma3:4b — Ollama at {ollama.base_url}"
    assert "needs an API key" in items[2].text() and not items[2].flags() & Qt.ItemIsSelectable
    dialog.server_list.setCurrentRow(1)
    assert "aya-expanse:8b" in dialog.choice_label.text()
    qtbot.mouseClick(dialog.finish_button, Qt.LeftButton)

    assert settings.get("default_teacher") == {"kind": "server", "base_url": ollama.base_url,
                                               "model": "aya-expanse:8b"}
    page = new_project_teacher_page(window, home)
    assert page.kind() == SERVER
    assert page.server.base_url() == ollama.base_url and page.server.model() == "aya-expanse:8b"


def test_download_a_recommended_model_opens_the_manager(qtbot, home, tiny_gguf):
    models = home / "models"
    models.mkdir()
    shutil.copy(tiny_gguf, models / "Qwen3-4B-Q4_K_M.gguf")  # as if downloaded before
    dialog = guide(qtbot)
    next_step(qtbot, dialog)
    qtbot.mouseClick(dialog.download_button, Qt.LeftButton)
    manager = dialog.manager
    assert manager.isVisible() and manager.table.rowCount() > 0  # Shule's own catalogue
    manager.select_entry("qwen3-4b-q4_k_m")
    qtbot.mouseClick(manager.use_button, Qt.LeftButton)
    path = str((models / "Qwen3-4B-Q4_K_M.gguf").resolve())
    assert dialog.choice == {"kind": "gguf", "path": path}
    qtbot.mouseClick(dialog.finish_button, Qt.LeftButton)
    assert settings.get("default_teacher") == {"kind": "gguf", "path": path}


def test_choosing_a_language_in_the_guide_remakes_the_window_in_it(qtbot, home, window, qapp):
    from app import i18n
    from app.first_run import open_first_run_guide

    first = open_first_run_guide(window)
    first.discovery_ports = {}
    first.language_combo.setCurrentIndex(first.language_combo.findData("sw"))
    with qtbot.waitSignal(window.language_switched) as switched:
        qtbot.mouseClick(first.next_button, Qt.LeftButton)
    try:
        new = switched.args[0]
        qtbot.addWidget(new)
        assert new.menuBar().actions()[0].text() == "&Faili" and not window.isVisible()
        guide_now = new.first_run_guide  # deletes itself when closed
        assert guide_now.isVisible() and guide_now.stack.currentIndex() == TEACHER_STEP
        assert guide_now.windowTitle() not in ("", "Welcome to Shule")  # in Swahili now
        assert guide_now.language() == "sw" and settings.get("interface_language") == "sw"
        assert settings.get("first_run_done") is not True  # the guide goes on in the new window
        qtbot.mouseClick(guide_now.later_button, Qt.LeftButton)
        assert settings.get("first_run_done") is True
    finally:
        i18n.apply_language(qapp, "en")

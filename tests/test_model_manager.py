"""The model manager as a user meets it: the recommended teachers, downloading one (with a pause,
and a resume after Shule was closed), using it, and GGUF files already on this computer.

A stand-in Hugging Face hub on 127.0.0.1 (tests/fixtures/hub_server.py) serves a small real GGUF
file; a catalogue in a temporary folder lists it, plus one model far too big for any computer
whose name is an HTML tag (catalogue text is untrusted: it must show literally).
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

import app.dialogs
import app.model_manager
import core.downloads
from app.main_window import TEACHER
from app.model_manager import FIT, LANGUAGES, LICENCE, NAME, STATE, ModelManager
from core import settings
from core.downloads import part_path, partial
from core.hardware import GB, Gpu, Hardware
from core.project import Project
from tests.fixtures.hub_server import HubServer
from tests.fixtures.projects import make_project

REPO = "shule-test/tiny-teacher-GGUF"
FILE = "tiny-teacher-Q4_K_M.gguf"
HUGE_NAME = "<b>x</b> Huge"


def catalogue_entry(**changes) -> dict:
    entry = {
        "id": "tiny", "name": "Tiny teacher", "publisher": "Shule tests", "parameters_b": 0.1,
        "quantization": "F32", "repo": REPO, "file": FILE, "revision": "main", "size_bytes": None,
        "sha256": None, "ram_gb": 0.5, "vram_gb": 0.5, "context": 4096, "languages": ["sw", "en"],
        "languages_note": "Swahili and English, says nobody.", "strengths": "Small and fast.",
        "licence": "apache-2.0", "licence_url": "https://example.org/licence",
        "commercial_use": True, "card_url": "https://example.org/tiny", "notes": "For tests only."}
    entry.update(changes)
    return entry


@pytest.fixture
def hub(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tiny_gguf: Path):
    """The stand-in hub serving the tiny GGUF, and every Shule folder in tmp_path."""
    data = tiny_gguf.read_bytes()
    server = HubServer().start()
    server.add_repo(REPO, extra={FILE: data})
    catalogue = tmp_path / "teachers.json"
    catalogue.write_text(json.dumps({"format": 1, "teachers": [
        catalogue_entry(size_bytes=len(data), sha256=hashlib.sha256(data).hexdigest()),
        catalogue_entry(id="huge", name=HUGE_NAME, file="huge.gguf", ram_gb=10000.0,
                        vram_gb=9000.0, commercial_use=False, licence="cc-by-nc-4.0",
                        languages=["ar", "zh", "cs", "nl", "en", "fr", "de", "el"]),
    ]}))
    monkeypatch.setenv("HF_ENDPOINT", server.url)
    monkeypatch.setenv("SHULE_CATALOGUE", str(catalogue))
    monkeypatch.setenv("SHULE_MODELS_DIR", str(tmp_path / "models"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    for name in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(core.downloads, "CHUNK_BYTES", 16 * 1024)  # many chunks even in a small file
    server.data = data
    server.dest = tmp_path / "models" / FILE
    yield server
    server.stop()


def laptop(gpu: bool = False) -> Hardware:
    return Hardware(cores=4, cpu_flags=["avx2"], ram_bytes=16 * GB,
                    gpus=[Gpu("Test GPU", 24 * GB)] if gpu else [], free_disk_bytes=100 * GB,
                    disk_path="/tmp")


def manager(qtbot, hardware=None) -> ModelManager:
    dialog = ModelManager(hardware=hardware)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def cell(dialog: ModelManager, entry_id: str, column: int):
    row = [e.id for e in dialog.entries].index(entry_id)
    return dialog.table.item(row, column)


def test_a_download_shows_progress_and_ends_downloaded(qtbot, hub):
    dialog = manager(qtbot, laptop())
    assert cell(dialog, "tiny", STATE).text() == "Not downloaded"
    assert cell(dialog, "tiny", FIT).text() == "Runs on the CPU, slowly"
    assert "no NVIDIA GPU" in cell(dialog, "tiny", FIT).toolTip()
    dialog.select_entry("tiny")
    assert dialog.download_button.isEnabled() and not dialog.use_button.isEnabled()
    seen: list[str] = []
    dialog.runner.progress.connect(lambda fraction, status: seen.append(status))

    qtbot.mouseClick(dialog.download_button, Qt.LeftButton)
    assert dialog.bar.isVisible() and not dialog.download_button.isEnabled()
    qtbot.waitUntil(lambda: cell(dialog, "tiny", STATE).text() == "Downloaded", timeout=20_000)

    assert hub.dest.read_bytes() == hub.data
    assert seen and " of " in seen[-1] and "KB" in seen[-1]  # core's words: "512 of 512 KB"
    assert dialog.status.text() == f"Downloaded {FILE}."
    assert not dialog.bar.isVisible() and not dialog.error.isVisible()
    assert dialog.use_button.isEnabled() and not dialog.download_button.isEnabled()
    assert dialog.local_paths() == [str(hub.dest.resolve())]  # and it is on this computer now


def pause_midway(qtbot, dialog: ModelManager, hub, monkeypatch) -> tuple[int, int]:
    """Start the download; the line breaks after 100,000 bytes and core waits a minute before
    trying again; Pause there. Returns partial()'s (bytes on disk, total)."""
    hub.drop_after(FILE, 100_000)
    monkeypatch.setattr(core.downloads, "RETRY_WAIT_S", 60.0)
    dialog.select_entry("tiny")
    qtbot.mouseClick(dialog.download_button, Qt.LeftButton)
    part = part_path(hub.dest)
    qtbot.waitUntil(lambda: part.is_file() and part.stat().st_size >= 6 * 16 * 1024, timeout=20_000)
    assert dialog.pause_button.isEnabled()
    qtbot.mouseClick(dialog.pause_button, Qt.LeftButton)
    assert cell(dialog, "tiny", STATE).text() == "Pausing…" and not dialog.pause_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.runner.is_running(), timeout=10_000)
    have = partial(hub.dest)
    assert have is not None and have[1] == len(hub.data) and not hub.dest.exists()
    return have


def test_pause_keeps_the_part_and_a_new_manager_resumes_it(qtbot, hub, monkeypatch):
    dialog = manager(qtbot, laptop())
    done, total = pause_midway(qtbot, dialog, hub, monkeypatch)
    percent = done * 100 // total
    assert 0 < percent < 100
    assert cell(dialog, "tiny", STATE).text() == f"Paused at {percent} %"
    assert "Paused" in dialog.status.text()
    dialog.close()

    again = manager(qtbot, laptop())  # as after a restart of Shule
    assert cell(again, "tiny", STATE).text() == f"Paused at {percent} %"
    again.select_entry("tiny")
    assert again.resume_button.isEnabled() and again.discard_button.isEnabled()
    assert not again.download_button.isEnabled() and not again.use_button.isEnabled()
    qtbot.mouseClick(again.resume_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: cell(again, "tiny", STATE).text() == "Downloaded", timeout=20_000)

    assert hashlib.sha256(hub.dest.read_bytes()).hexdigest() == hashlib.sha256(hub.data).hexdigest()
    ranges = [r.headers["range"] for r in hub.file_gets(FILE)
              if "range" in r.headers and r.path.startswith("/cdn/")]
    assert ranges == [f"bytes={done}-"], "the resume asked only for the missing bytes"
    assert partial(hub.dest) is None


def test_discard_partial_removes_the_part(qtbot, hub, monkeypatch):
    dialog = manager(qtbot, laptop())
    pause_midway(qtbot, dialog, hub, monkeypatch)
    assert dialog.discard_button.isEnabled()
    qtbot.mouseClick(dialog.discard_button, Qt.LeftButton)
    assert partial(hub.dest) is None and not part_path(hub.dest).exists()
    assert cell(dialog, "tiny", STATE).text() == "Not downloaded"
    assert dialog.download_button.isEnabled() and not dialog.resume_button.isEnabled()


def test_a_download_problem_is_said_in_words(qtbot, hub, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    dialog = manager(qtbot, laptop())
    dialog.select_entry("tiny")
    qtbot.mouseClick(dialog.download_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert "Downloads are switched off" in dialog.error.text()
    assert cell(dialog, "tiny", STATE).text() == "Not downloaded"


def test_use_this_model_emits_chosen_and_stores_the_default_teacher(qtbot, hub, tiny_gguf):
    hub.dest.parent.mkdir(parents=True)
    shutil.copy(tiny_gguf, hub.dest)  # downloaded in an earlier session
    dialog = manager(qtbot, laptop())
    assert cell(dialog, "tiny", STATE).text() == "Downloaded"
    dialog.select_entry("tiny")
    with qtbot.waitSignal(dialog.chosen) as chosen:
        qtbot.mouseClick(dialog.use_button, Qt.LeftButton)
    assert chosen.args == [str(hub.dest.resolve())]
    assert settings.get("default_teacher") == {"kind": "gguf", "path": str(hub.dest.resolve())}
    assert not dialog.isVisible()


def test_a_gguf_on_disk_is_listed_and_used_in_place_never_copied(qtbot, hub, tmp_path, monkeypatch,
                                                                tiny_gguf):
    mine = tmp_path / "my models" / "mine.gguf"
    mine.parent.mkdir()
    shutil.copy(tiny_gguf, mine)
    not_gguf = tmp_path / "notes.gguf"
    not_gguf.write_text("hello")
    dialog = manager(qtbot, laptop())
    assert dialog.local_paths() == []

    monkeypatch.setattr(app.dialogs, "ask_gguf_file", lambda parent, start="": not_gguf)
    qtbot.mouseClick(dialog.add_file_button, Qt.LeftButton)
    assert dialog.error.isVisible() and "not a GGUF model file" in dialog.error.text()
    assert settings.get("teacher_files") is None

    monkeypatch.setattr(app.dialogs, "ask_gguf_file", lambda parent, start="": mine)
    qtbot.mouseClick(dialog.add_file_button, Qt.LeftButton)
    assert not dialog.error.isVisible()
    assert settings.get("teacher_files") == [str(mine.resolve())]
    assert dialog.local_paths() == [str(mine.resolve())]
    item = dialog.local_list.item(0)
    assert "used where it is" in item.text() and str(mine.parent) in item.text()
    models = tmp_path / "models"
    assert not models.exists() or not list(models.rglob("*.gguf")), "nothing was copied"

    again = manager(qtbot, laptop())  # remembered
    assert again.local_paths() == [str(mine.resolve())]
    again.select_file(mine.resolve())
    with qtbot.waitSignal(again.chosen) as chosen:
        qtbot.mouseClick(again.use_file_button, Qt.LeftButton)
    assert chosen.args == [str(mine.resolve())]
    assert settings.get("default_teacher") == {"kind": "gguf", "path": str(mine.resolve())}

    third = manager(qtbot, laptop())
    third.select_file(mine.resolve())
    qtbot.mouseClick(third.forget_button, Qt.LeftButton)  # forgets it; the file stays
    assert third.local_paths() == [] and settings.get("teacher_files") == [] and mine.is_file()


def test_too_big_models_say_so_and_catalogue_text_is_plain(qtbot, hub):
    dialog = manager(qtbot)  # the real hardware, detected in the background
    qtbot.waitUntil(lambda: cell(dialog, "huge", FIT).text() != "Checking…", timeout=20_000)
    assert dialog.hardware_box.text.text().startswith("CPU: ")
    assert cell(dialog, "huge", FIT).text() == "Too big for this computer"
    assert "10000 GB of memory" in cell(dialog, "huge", FIT).toolTip()
    assert cell(dialog, "huge", LICENCE).text() == "cc-by-nc-4.0 (non-commercial)"
    assert cell(dialog, "huge", LANGUAGES).text() == "ar, zh, cs, nl, en, … (8 in all)"
    assert cell(dialog, "tiny", LANGUAGES).text() == "sw, en"

    name = cell(dialog, "huge", NAME)
    assert name.text() == HUGE_NAME  # the tag shows as it is
    assert "&lt;b&gt;x&lt;/b&gt;" in name.toolTip()  # and the tooltip escapes it
    dialog.select_entry("huge")
    assert dialog.details.toPlainText().startswith(HUGE_NAME)
    for label in dialog.findChildren(QLabel):
        assert label.textFormat() == Qt.PlainText, label.text()

    fast = manager(qtbot, laptop(gpu=True))
    assert cell(fast, "tiny", FIT).text() == "Runs well on your GPU"
    assert "Test GPU" in fast.hardware_box.text.text()


def test_open_model_card_opens_the_catalogue_link(qtbot, hub, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(app.model_manager, "open_link", lambda url: opened.append(url) or True)
    dialog = manager(qtbot, laptop())
    dialog.select_entry("tiny")
    qtbot.mouseClick(dialog.card_button, Qt.LeftButton)
    assert opened == ["https://example.org/tiny"]


def test_only_web_links_are_opened():
    assert app.model_manager.open_link("file:///etc/passwd") is False
    assert app.model_manager.open_link("javascript:alert(1)") is False


def test_the_teacher_page_and_the_menu_open_the_manager(qtbot, hub, window, tmp_path, tiny_gguf):
    hub.dest.parent.mkdir(parents=True)
    shutil.copy(tiny_gguf, hub.dest)
    window.pages[TEACHER].discovery_ports = {}  # no port scan
    window.open_project(make_project(tmp_path / "p", {"news": [], "sport": []}))
    page = window.pages[TEACHER]
    assert window.current_step() == TEACHER and window.project.teacher is None

    qtbot.mouseClick(page.models_button, Qt.LeftButton)
    dialog = page.models_dialog
    assert dialog.isVisible()
    dialog.select_entry("tiny")
    qtbot.mouseClick(dialog.use_button, Qt.LeftButton)
    assert window.project.teacher is not None
    assert window.project.teacher.kind == "gguf"
    assert window.project.teacher.path == str(hub.dest.resolve())
    assert page.path_edit.text() == str(hub.dest.resolve()) and not page.error.isVisible()
    with Project.open(window.project.path) as stored:
        assert stored.teacher.path == str(hub.dest.resolve())

    window.models_action.trigger()  # File › Models…
    assert window.models_dialog.isVisible()
    window.models_dialog.close()

"""The training pack (core/training_pack.py) and the box that offers it on the Train page.

Real pip from this venv installs a tiny hand-made wheel (``shulepackprobe``) from a folder with
``--no-index``: no network. ``REQUIREMENTS`` is pointed at the probe and ``XDG_DATA_HOME`` at a
temporary folder, so the real install, replace, cancel and remove paths run end to end. The GUI
tests use the real Train page; only ``ready()`` is replaced (this venv has torch, and what is
under test is the page's reaction to its absence) and the native folder dialog.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt  # conftest.py has set QT_QPA_PLATFORM=offscreen before this

import app.dialogs
from app.main_window import TRAIN
from core import training_pack
from core.errors import Cancelled, DiskFull, ShuleError
from core.training import QUICK
from tests.fixtures.projects import make_project

REPO = Path(__file__).resolve().parents[1]
PROBE = "shulepackprobe"
INSTALL_TIMEOUT_MS = 120_000


def _record_line(name: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}"


def make_wheel(folder: Path, version: str) -> Path:
    """A minimal, valid pure-Python wheel whose module says its own version."""
    info = f"{PROBE}-{version}.dist-info"
    files = {
        f"{PROBE}/__init__.py": f'VERSION = "{version}"\n'.encode(),
        f"{info}/METADATA": (f"Metadata-Version: 2.1\nName: {PROBE}\nVersion: {version}\n"
                             "Summary: a probe for Shule's training pack tests\n").encode(),
        f"{info}/WHEEL": (b"Wheel-Version: 1.0\nGenerator: shule-tests\nRoot-Is-Purelib: true\n"
                          b"Tag: py3-none-any\n"),
    }
    record = "\n".join([*(_record_line(n, d) for n, d in files.items()), f"{info}/RECORD,,"]) + "\n"
    path = folder / f"{PROBE}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(name, data)
        z.writestr(f"{info}/RECORD", record)
    return path


@pytest.fixture(scope="module")
def wheels(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("wheels")
    make_wheel(folder, "1.0")
    make_wheel(folder, "2.0")
    return folder


@pytest.fixture
def probe_pack(monkeypatch, tmp_path):
    """The pack's requirements are the probe (version 1.0); data_dir() is a fresh folder; the pack
    needs 1 byte of disk. sys.path and the probe's module are restored afterwards."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setattr(training_pack, "REQUIREMENTS", (f"{PROBE}==1.0",))
    monkeypatch.setattr(training_pack, "NEEDS_BYTES", {"cpu": 1, "cuda": 1})
    path = list(sys.path)
    yield training_pack.pack_dir()
    sys.path[:] = path
    sys.modules.pop(PROBE, None)


def _leftovers(pack: Path) -> list[str]:
    """What lies beside the pack other than the pack itself (temporary and .old folders)."""
    parent = pack.parent
    return sorted(p.name for p in parent.iterdir() if p.name != pack.name) if parent.exists() else []


# ---- core --------------------------------------------------------------------------------------
def test_install_from_a_folder_of_wheels_activate_and_replace(probe_pack, wheels, monkeypatch):
    reports: list[tuple[float, str]] = []
    folder = training_pack.install(variant="cpu", wheels=wheels,
                                   progress=lambda f, s="": reports.append((f, s)))
    assert folder == probe_pack and (folder / PROBE / "__init__.py").is_file()
    record = training_pack.installed()
    assert record["variant"] == "cpu" and record["from"] == "wheels"
    assert record["torch"] == training_pack.TORCH_VERSION
    assert _leftovers(probe_pack) == []
    assert reports and reports[-1][0] == 1.0

    assert str(probe_pack) not in sys.path
    assert training_pack.activate() and sys.path[-1] == str(probe_pack)
    training_pack.activate()  # only once on the path
    assert sys.path.count(str(probe_pack)) == 1
    import shulepackprobe

    assert shulepackprobe.VERSION == "1.0"
    assert Path(shulepackprobe.__file__).resolve().parent.parent == probe_pack.resolve()

    # Installing again replaces the whole pack, only once the new one is complete.
    (probe_pack / "stale.txt").write_text("from the old pack")
    monkeypatch.setattr(training_pack, "REQUIREMENTS", (f"{PROBE}==2.0",))
    training_pack.install(variant="cpu", wheels=wheels)
    assert not (probe_pack / "stale.txt").exists() and _leftovers(probe_pack) == []
    init = (probe_pack / PROBE / "__init__.py").read_text()
    assert init == 'VERSION = "2.0"\n' and training_pack.installed()["from"] == "wheels"


def test_a_wheel_missing_from_the_folder_is_explained_and_leaves_nothing(probe_pack, wheels,
                                                                        monkeypatch):
    monkeypatch.setattr(training_pack, "REQUIREMENTS", (f"{PROBE}==9.9",))
    with pytest.raises(ShuleError) as caught:
        training_pack.install(variant="cpu", wheels=wheels)
    assert "folder of wheels lacks" in str(caught.value) and PROBE in str(caught.value)
    assert not probe_pack.exists() and _leftovers(probe_pack) == []
    assert training_pack.installed() is None


def test_a_missing_folder_of_wheels_and_an_unknown_variant_are_explained(probe_pack, tmp_path):
    with pytest.raises(ShuleError, match="no folder of wheels"):
        training_pack.install(variant="cpu", wheels=tmp_path / "nowhere")
    with pytest.raises(ShuleError, match="choose cpu or cuda"):
        training_pack.install(variant="rocm", wheels=tmp_path)
    assert not probe_pack.exists() and _leftovers(probe_pack) == []


def test_cancelling_stops_pip_and_leaves_nothing(probe_pack, wheels):
    with pytest.raises(Cancelled):
        training_pack.install(variant="cpu", wheels=wheels, should_cancel=lambda: True)
    assert not probe_pack.exists() and _leftovers(probe_pack) == []
    assert training_pack.installed() is None


def test_a_full_disk_is_said_before_pip_runs(probe_pack, wheels, monkeypatch):
    monkeypatch.setattr(training_pack, "NEEDS_BYTES", {"cpu": 1 << 60, "cuda": 1 << 60})
    with pytest.raises(DiskFull) as caught:
        training_pack.install(variant="cpu", wheels=wheels)
    assert "free disk space" in str(caught.value)
    assert not probe_pack.exists() and _leftovers(probe_pack) == []


def test_remove(probe_pack, wheels):
    assert training_pack.remove() is False
    training_pack.install(variant="cpu", wheels=wheels)
    assert training_pack.installed() is not None
    assert training_pack.remove() is True
    assert not probe_pack.exists() and training_pack.installed() is None
    assert training_pack.activate() is False


def test_the_not_ready_message_says_what_to_do():
    words = training_pack.not_ready_message()
    assert "training pack" in words and "quick student needs no pack" in words.lower()


# ---- CLI ---------------------------------------------------------------------------------------
def _cli(*args: str) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, "-m", "core.cli", "training-pack", *args], cwd=REPO,
                          capture_output=True, text=True, timeout=120, env=dict(os.environ))
    assert done.returncode == 0, done.stderr
    return done


def test_the_cli_says_the_status_and_removes_a_pack(probe_pack, wheels):
    status = json.loads(_cli("--json").stdout)  # XDG_DATA_HOME is the test's: nothing installed
    assert status == {"ready": True, "installed": None, "folder": str(probe_pack)}  # torch is here
    training_pack.install(variant="cpu", wheels=wheels)
    status = json.loads(_cli("status", "--json").stdout)
    assert status["installed"]["variant"] == "cpu" and status["installed"]["from"] == "wheels"
    assert "(cpu, torch" in _cli().stdout
    assert _cli("remove").stdout.strip() == "The training pack is removed."
    assert not probe_pack.exists()
    assert _cli("remove").stdout.strip() == "No training pack is installed."


# ---- the Train page ----------------------------------------------------------------------------
@pytest.fixture
def no_torch_page(window, tmp_path, tiny_base, probe_pack, monkeypatch):
    """The Train page of a project, with the tiny pretrained base chosen, on a computer whose
    Python lacks torch as far as the page can tell."""
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hub-cache"))
    monkeypatch.setattr(training_pack, "ready", lambda: False)
    monkeypatch.setattr(training_pack, "default_variant", lambda: "cpu")
    path = make_project(tmp_path / "p")
    assert window.open_project(path)
    window.show_step(TRAIN, force=True)
    page = window.pages[TRAIN]
    assert page.chooser.add_folder(tiny_base) is not None
    assert page.chooser.spec() == str(tiny_base)
    return page


def _press_train_and_see_the_box(qtbot, page) -> None:
    assert not page.pack_box.isVisible()
    qtbot.mouseClick(page.train_button, Qt.LeftButton)
    box = page.pack_box
    assert box.isVisible() and not page.runner.is_running() and not page.is_busy()
    assert page.project.models() == [] and page.train_button.isEnabled()
    qtbot.waitUntil(lambda: box.variant == "cpu", timeout=10_000)
    text = box.text.text()
    assert text.startswith("Fine-tuning a pretrained student needs Shule's training pack: "
                           "PyTorch and transformers")
    assert "quick student needs no pack" in text and "without GPU support: about 1 GB" in text
    assert "about 4 GB" in text
    assert box.text.textFormat() == Qt.PlainText
    assert box.install_button.text() == "Install the training pack" and box.install_button.isEnabled()


def test_train_with_a_pretrained_base_offers_the_pack_and_installs_it_offline(
        qtbot, no_torch_page, probe_pack, wheels, monkeypatch):
    page = no_torch_page
    box = page.pack_box
    _press_train_and_see_the_box(qtbot, page)

    # A folder that lacks the wheels: the reason in words, the box stays.
    empty = probe_pack.parent.parent / "empty-wheels"
    empty.mkdir(parents=True)
    monkeypatch.setattr(app.dialogs, "ask_folder", lambda parent, title, start="": empty)
    qtbot.mouseClick(box.wheels_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not box.is_busy(), timeout=INSTALL_TIMEOUT_MS)
    assert box.error.isVisible() and "folder of wheels lacks" in box.error.text()
    assert box.isVisible() and not probe_pack.exists()

    # Closing the folder chooser does nothing.
    monkeypatch.setattr(app.dialogs, "ask_folder", lambda parent, title, start="": None)
    qtbot.mouseClick(box.wheels_button, Qt.LeftButton)
    assert not box.is_busy()

    monkeypatch.setattr(app.dialogs, "ask_folder", lambda parent, title, start="": wheels)
    with qtbot.waitSignal(box.installed, timeout=INSTALL_TIMEOUT_MS):
        qtbot.mouseClick(box.wheels_button, Qt.LeftButton)
        assert not box.install_button.isEnabled() and not box.wheels_button.isEnabled()
    assert not box.isVisible() and not box.error.isVisible()
    assert (probe_pack / PROBE / "__init__.py").is_file()
    assert training_pack.installed()["from"] == "wheels" and _leftovers(probe_pack) == []
    # Training does not start by itself: the page says to press Train.
    assert not page.runner.is_running() and page.train_button.isEnabled()
    assert page.result.text().startswith("The training pack is installed: press Train")


def test_the_install_button_installs_from_the_index_and_cancel_leaves_nothing(
        qtbot, no_torch_page, probe_pack, wheels, monkeypatch):
    page = no_torch_page
    box = page.pack_box
    # The "index" is the local folder of wheels: the same code path as the internet install.
    local = ["--no-index", "--find-links", str(wheels)]
    monkeypatch.setattr(training_pack, "INDEXES", {"cpu": local, "cuda": local})
    _press_train_and_see_the_box(qtbot, page)

    qtbot.mouseClick(box.install_button, Qt.LeftButton)
    assert box.runner.is_running() and box.is_busy()
    box.progress.cancel_button.click()  # shown only after 0.5 s; its button works at once
    assert box.note.text() == "Stopping the installation…" and not box.install_button.isEnabled()
    assert box.runner.is_stopping() and not box.runner.is_running()
    qtbot.waitUntil(lambda: not box.is_busy(), timeout=INSTALL_TIMEOUT_MS)
    assert box.note.text() == "The installation stopped; nothing was installed."
    assert box.isVisible() and box.install_button.isEnabled() and not box.error.isVisible()
    assert not probe_pack.exists() and _leftovers(probe_pack) == []

    with qtbot.waitSignal(box.installed, timeout=INSTALL_TIMEOUT_MS):
        qtbot.mouseClick(box.install_button, Qt.LeftButton)
    assert not box.isVisible() and training_pack.installed()["from"] == "index"
    assert _leftovers(probe_pack) == []


def test_the_quick_student_never_shows_the_box(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(training_pack, "ready", lambda: False)
    path = make_project(tmp_path / "p")
    assert window.open_project(path)
    window.show_step(TRAIN, force=True)
    page = window.pages[TRAIN]
    assert page.chooser.spec() == QUICK
    qtbot.mouseClick(page.train_button, Qt.LeftButton)
    assert page.runner.is_running() and not page.pack_box.isVisible()
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=INSTALL_TIMEOUT_MS)
    assert not page.pack_box.isVisible() and not page.error.isVisible(), page.error.text()
    assert len(page.project.models()) == 1

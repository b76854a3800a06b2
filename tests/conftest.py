"""Shared test fixtures. Heavy ones are session-scoped: a tiny GGUF teacher, a tiny base model and
one trained project."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

# Before any Qt import: widgets render offscreen, no display needed.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["SHULE_NO_FIRST_RUN"] = "1"  # the first-run guide never opens in tests
# Settings, downloaded models and the training pack of a user of its own: a developer's real
# ~/.config/shule (a default teacher, say) must not change what the tests see, nor they it.
_USER = Path(tempfile.mkdtemp(prefix="shule-test-user-"))
atexit.register(shutil.rmtree, _USER, True)
os.environ["XDG_CONFIG_HOME"] = str(_USER / "config")
os.environ["XDG_DATA_HOME"] = str(_USER / "data")
os.environ.pop("SHULE_MODELS_DIR", None)

from tests.fixtures.projects import all_texts, make_project
from tests.fixtures.tiny_bert import make_tiny_base


@pytest.fixture(scope="session")
def tiny_gguf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny random-weight LLaMA teacher in GGUF format (about 0.5 MB), written offline."""
    from tests.fixtures.tiny_gguf import make_tiny_gguf

    return make_tiny_gguf(tmp_path_factory.mktemp("teacher") / "tiny.gguf")


@pytest.fixture(scope="session")
def tiny_base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A random tiny BERT base folder without a classification head, its tokenizer fitted to TOY."""
    return make_tiny_base(tmp_path_factory.mktemp("base") / "tiny-bert", all_texts(), vocab_size=300)


@pytest.fixture(scope="session")
def trained_project(tmp_path_factory: pytest.TempPathFactory, tiny_base: Path) -> tuple[Path, str]:
    """(project path, model id): the TOY project with one student trained through core.training."""
    from core.training import TrainingConfig, train

    path = make_project(tmp_path_factory.mktemp("trained") / "toy")
    model_id = train(path, tiny_base, TrainingConfig(epochs=15, learning_rate=1e-3, threads=1))
    return path, model_id


@pytest.fixture
def window(qtbot):
    """Shule's main window, shown offscreen; destroyed on the GUI thread afterwards."""
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    from app.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    # Left to the cyclic collector, the window could be destroyed in a task's worker thread, and
    # Qt widgets destroyed off the GUI thread crash the process.
    w.close()
    w.deleteLater()
    del w
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    gc.collect()

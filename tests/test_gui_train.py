"""The Train page as a user meets it: choose a student, train it with a live curve, cancel.

Real widgets offscreen, the real core (training in a child process), real project files and a
tiny random BERT base. Only the native folder dialog is replaced, and the Hugging Face cache points
at an empty folder so that what the list shows does not depend on this computer.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt  # conftest.py has set QT_QPA_PLATFORM=offscreen before this

import app.dialogs
from app.main_window import TRAIN
from app.train_settings import AUTO, AUTO_RATE, TrainingSettings, build_config
from app.train_words import ending_text, outcome_text
from core.coverage import recommended_bases
from core.project import ModelRecord, Project
from core.training import QUICK, TrainingConfig
from tests.fixtures.projects import make_project

TRAINING_TIMEOUT_MS = 120_000


@pytest.fixture(autouse=True)
def empty_hub_cache(monkeypatch, tmp_path):
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hub-cache"))


def _open_train(window, path: Path):
    assert window.open_project(path)
    window.show_step(TRAIN, force=True)
    assert window.current_step() == TRAIN
    return window.pages[TRAIN]


def _train(qtbot, page) -> None:
    qtbot.mouseClick(page.train_button, Qt.LeftButton)
    assert page.runner.is_running() and not page.train_button.isEnabled()
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=TRAINING_TIMEOUT_MS)


def _models(path: Path) -> list[ModelRecord]:
    with Project.open(path) as project:
        return project.models()


# ---- the choice -------------------------------------------------------------------------------
def test_the_quick_student_is_the_default_and_more_settings_are_folded(qtbot, window, tmp_path):
    page = _open_train(window, make_project(tmp_path / "p"))
    chooser = page.chooser
    assert chooser.spec() == QUICK and chooser.rows[QUICK].radio.isChecked()
    assert chooser.rows[QUICK].radio.text().startswith("Quick student — character n-grams")
    assert chooser.accessibleName() and page.plot.accessibleName()
    assert not page.settings.panel.isVisible()  # a first-time user sees the choice and Train
    qtbot.mouseClick(page.settings.toggle, Qt.LeftButton)
    assert page.settings.panel.isVisible() and page.settings.epochs.text() == "automatic"
    # Nothing is downloaded: the catalogue is listed greyed, with its size and licence.
    assert chooser.missing_names() == [b.name for b in recommended_bases()]
    label = chooser.missing.findChildren(type(chooser.recommendation))[0]
    assert not label.isEnabled() and "licence" in label.toolTip()
    assert "not downloaded: type its id" in label.toolTip().lower()
    qtbot.waitUntil(lambda: "quick student" in chooser.recommendation.text(), timeout=5000)


def test_a_bad_folder_is_explained_and_not_offered(qtbot, window, tmp_path):
    page = _open_train(window, make_project(tmp_path / "p"))
    no_weights = tmp_path / "base"
    no_weights.mkdir()
    (no_weights / "config.json").write_text('{"model_type": "bert"}')
    assert page.chooser.add_folder(no_weights) is None
    assert "has no model weights" in page.chooser.error.text() and page.chooser.error.isVisible()
    assert list(page.chooser.rows) == [QUICK] and page.chooser.spec() == QUICK


def test_a_typed_hub_id_is_chosen_for_download(qtbot, window, tmp_path):
    page = _open_train(window, make_project(tmp_path / "p"))
    assert page.chooser.use_hub_id("FacebookAI/xlm-roberta-base")
    assert page.chooser.spec() == "FacebookAI/xlm-roberta-base"
    assert "XLM-R base" not in page.chooser.missing_names()  # it is in the list now
    assert not page.chooser.use_hub_id("not an id at all!")
    assert page.chooser.error.isVisible()


# ---- coverage -----------------------------------------------------------------------------------
def test_coverage_verdict_and_recommendation_for_the_tiny_base(qtbot, window, tmp_path, tiny_base):
    page = _open_train(window, make_project(tmp_path / "p"))
    folder = page.chooser.add_folder(tiny_base)
    assert folder is not None and page.chooser.spec() == str(tiny_base)
    # Its tokenizer was fitted on these very texts: a good fit.
    qtbot.waitUntil(lambda: page.chooser.verdict_of(str(tiny_base)) == "good", timeout=20_000)
    row = page.chooser.rows[str(tiny_base)]
    assert "splits English words into" in row.detail.text() and row.detail.isVisible()
    assert row.radio.toolTip() == row.detail.text()
    assert page.chooser.recommendation.text().startswith("tiny-bert covers English best")
    window.show_step(TRAIN, force=True)  # shown again: the added folder stays listed and chosen
    assert page.chooser.spec() == str(tiny_base)


def test_without_texts_the_coverage_check_says_so(qtbot, window, tmp_path, tiny_base):
    page = _open_train(window, make_project(tmp_path / "p", data={"yes": [], "no": []}))
    page.chooser.add_folder(tiny_base)
    qtbot.waitUntil(lambda: "no English texts yet" in page.chooser.recommendation.text(),
                    timeout=20_000)
    assert page.chooser.verdict_of(str(tiny_base)) == ""
    assert not page.train_button.isEnabled()


# ---- settings -----------------------------------------------------------------------------------
def test_automatic_settings_become_none_in_the_config():
    assert build_config() == TrainingConfig()
    auto = build_config(AUTO, AUTO_RATE, AUTO)
    assert (auto.epochs, auto.learning_rate, auto.batch_size) == (None, None, None)
    chosen = build_config(5, 1e-3, 16, patience=4)
    assert (chosen.epochs, chosen.learning_rate, chosen.batch_size, chosen.patience) == (5, 1e-3, 16, 4)


def test_the_settings_boxes_start_automatic_and_step_out_of_it(qtbot):
    settings = TrainingSettings()
    qtbot.addWidget(settings)
    config = settings.config()
    assert (config.epochs, config.learning_rate, config.batch_size) == (None, None, None)
    assert settings.learning_rate.text() == "automatic" and settings.batch_size.text() == "automatic"
    settings.learning_rate.stepBy(1)
    settings.epochs.stepBy(3)
    assert settings.config().learning_rate == pytest.approx(2e-5) and settings.config().epochs == 3
    settings.epochs.stepBy(-3)
    assert settings.config().epochs is None


def test_how_a_run_ended_is_put_in_words():
    def record(**settings) -> ModelRecord:
        return ModelRecord("m1", "/bases/xlmr", "m1", 0.0, {"patience": 3, **settings},
                           {"accuracy": 0.8, "macro_f1": 0.71, "n": 6, "on": "held-out"}, [1], [2])

    cancelled = record(stopped="cancelled", best_epoch=2, epochs_used=3)
    assert outcome_text(cancelled, {}) == ("Stopped: kept the best model so far (epoch 2, dev "
                                           "macro-F1 0.71).")
    assert ending_text(cancelled.settings) == "cancelled, kept epoch 2"
    early = record(stopped="early", best_epoch=2, epochs_used=5)
    assert outcome_text(early, {}).startswith("Stopped early at epoch 5: the dev score had not "
                                              "improved for 3 epochs; kept epoch 2. Trained m1:")
    assert ending_text(early.settings) == "stopped early at epoch 5"
    assert ending_text({}) == "finished"  # the quick student records no "stopped"


# ---- training -----------------------------------------------------------------------------------
def test_training_the_quick_student_registers_a_model_and_draws_the_curve(qtbot, window, tmp_path):
    path = make_project(tmp_path / "p")
    page = _open_train(window, path)
    _train(qtbot, page)
    assert not page.error.isVisible(), page.error.text()
    models = _models(path)
    assert len(models) == 1 and models[0].base == QUICK
    assert page.result.text().startswith(f"Trained {models[0].id}: accuracy")
    assert page.plot.loss_count > 0 and page.plot.total_steps > 0
    table = page.models_table
    assert table.rowCount() == 1
    cells = [table.item(0, c).text() for c in range(table.columnCount())]
    assert cells[0] == models[0].id and cells[1] == "Quick student"
    assert cells[3] == str(len(models[0].train_ids)) and cells[5] == "finished"
    assert page.train_button.isEnabled()


def test_training_a_base_from_another_folder_plots_dev_scores(qtbot, window, tmp_path, tiny_base,
                                                              monkeypatch):
    path = make_project(tmp_path / "p")
    page = _open_train(window, path)
    monkeypatch.setattr(app.dialogs, "ask_folder", lambda parent, title, start="": tiny_base)
    qtbot.mouseClick(page.chooser.other_button, Qt.LeftButton)
    assert page.chooser.spec() == str(tiny_base)
    page.settings.epochs.setValue(3)
    page.settings.learning_rate.setValue(1e-3)
    _train(qtbot, page)
    assert not page.error.isVisible(), page.error.text()
    models = _models(path)
    assert len(models) == 1 and Path(models[0].base).name == "tiny-bert"
    assert models[0].settings["epochs_used"] <= 3
    dev = page.plot.dev_points()
    assert dev and all(0.0 <= f1 <= 1.0 for _, f1 in dev)
    assert len(dev) == models[0].settings["epochs_used"] and page.plot.loss_count > 0
    assert page.models_table.item(0, 1).text() == "tiny-bert"
    # Opened again, the project offers the same base, chosen.
    window.set_project(None)
    page = _open_train(window, path)
    assert page.chooser.spec() == models[0].base


def test_cancelling_right_after_start_saves_nothing_and_leaves_the_page_usable(qtbot, window,
                                                                                tmp_path):
    path = make_project(tmp_path / "p")
    page = _open_train(window, path)
    qtbot.mouseClick(page.train_button, Qt.LeftButton)
    page.progress.cancel_button.click()  # the panel shows only after 0.5 s; its button works
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=60_000)
    assert page.result.text() == "Training stopped; nothing was saved."
    assert _models(path) == [] and page.train_button.isEnabled() and not page.progress.isVisible()
    _train(qtbot, page)  # and it trains again
    assert len(_models(path)) == 1 and page.models_table.rowCount() == 1, page.error.text()


def test_cancelling_after_an_epoch_keeps_the_best_model(qtbot, window, tmp_path, tiny_base):
    path = make_project(tmp_path / "p")
    page = _open_train(window, path)
    page.chooser.add_folder(tiny_base)
    page.settings.epochs.setValue(200)  # long enough to be cancelled by hand
    page.settings.patience.setValue(50)
    page.settings.learning_rate.setValue(1e-4)
    qtbot.mouseClick(page.train_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(page.plot.dev_points()), timeout=TRAINING_TIMEOUT_MS)
    page.progress.cancel_button.click()
    assert page.result.text().startswith("Stopping")
    assert not page.train_button.isEnabled()  # until the child has kept its model and ended
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=60_000)
    models = _models(path)
    assert len(models) == 1 and models[0].settings["stopped"] == "cancelled", page.result.text()
    best = models[0].settings["best_epoch"]
    assert page.result.text() == (f"Stopped: kept the best model so far (epoch {best}, dev "
                                  f"macro-F1 {models[0].metrics['macro_f1']:.2f}).")
    assert page.models_table.item(0, 5).text() == f"cancelled, kept epoch {best}"
    assert page.train_button.isEnabled()


def test_a_crashing_child_is_reported_in_words(qtbot, window, tmp_path, tiny_base):
    path = make_project(tmp_path / "p")
    page = _open_train(window, path)
    broken = tmp_path / "broken-base"
    broken.mkdir()
    for name in ("config.json", "tokenizer.json", "tokenizer_config.json"):
        (broken / name).write_bytes((tiny_base / name).read_bytes())
    (broken / "model.safetensors").write_bytes(b"not weights")  # passes the folder check only
    assert page.chooser.add_folder(broken) is not None
    _train(qtbot, page)
    assert page.error.isVisible() and page.error.text()
    assert "Please report this" not in page.error.text()  # core's error, not a bug in the GUI
    assert _models(path) == [] and page.train_button.isEnabled()

"""The user's judgement flowing back into generation, as the user sees it on the Generate and
Train pages: the review's notes for the teacher, the examples the teacher sees, each round's
outcome, and gold texts that are training samples too. Real projects; the generation test runs
the tiny random-weight GGUF teacher."""

from __future__ import annotations

from dataclasses import asdict

import pytest
from PySide6.QtCore import Qt  # conftest.py has set QT_QPA_PLATFORM=offscreen before this

from app.demos_dialog import EXCLUDED, PINNED
from app.main_window import GENERATE, TRAIN
from core.feedback import demo_choices
from core.generation import GenerationConfig
from core.gold import add_gold
from core.project import NewSample, Project, TeacherConfig
from tests.fixtures.projects import TOY, make_project

YES_NO = {"yes": ["ndiyo kabisa"], "no": ["hapana kabisa"]}
TEACHER = {"kind": "gguf", "file": "tiny.gguf"}


def _round(project: Project, strategy: str, texts: dict[str, list[str]]) -> list[int]:
    """A finished generation job and its pending samples, as core.generation stores them."""
    job_id = project.start_job("generate", asdict(GenerationConfig(strategy=strategy)))
    ids = project.add_samples(
        NewSample(text, label, "generated", "pending",
                  {"strategy": strategy, "job_id": job_id, "teacher": TEACHER})
        for label, items in texts.items() for text in items)
    project.finish_job(job_id, "done")
    return ids


def _open(window, path, step=GENERATE):
    assert window.open_project(path)
    window.show_step(step, force=True)
    return window.pages[step]


@pytest.fixture
def rejected_path(tmp_path):
    """Four generated texts, three of them rejected as not in the project's language."""
    path = make_project(tmp_path / "p", data=YES_NO)
    with Project.open(path) as p:
        ids = _round(p, "zero-shot", {"yes": ["yes indeed", "ndiyo", "oui oui"],
                                      "no": ["no way"]})
        p.set_status([ids[0], ids[2], ids[3]], "rejected", "wrong_language")
        p.set_status([ids[1]], "accepted")
    return path


# ---- guidance ----------------------------------------------------------------------------------
def test_rejections_become_a_note_the_user_can_read_and_switch_off(qtbot, window, rejected_path):
    page = _open(window, rejected_path)
    panel = page.guidance
    assert panel.isVisibleTo(page)
    assert [p.key for p in panel.parts] == ["language"]
    box = panel.boxes["language"]
    assert box.text() == "3 of 3 rejections: wrong language" and box.isChecked()
    note = panel.parts[0].text
    assert "Write only in English" in note
    shown = panel.texts["language"]
    assert shown.textFormat() == Qt.PlainText and note in shown.text()

    config = page.generation_config()
    assert config.guidance == [note]
    assert config.check_language and config.language_min_probability == 0.8  # stricter check
    page.options.per_label.setValue(7)
    assert page.generation_config().per_label == 7  # the page's other settings still apply

    box.setChecked(False)  # the user leaves the note out
    config = page.generation_config()
    assert config.guidance == [] and config.language_min_probability == 0.9
    assert not shown.isEnabled()
    page.refresh()  # a refresh keeps the user's choice
    assert not panel.boxes["language"].isChecked() and page.generation_config().guidance == []


def test_no_guidance_no_panel(qtbot, window, tmp_path):
    path = make_project(tmp_path / "q", data=YES_NO)
    with Project.open(path) as p:
        ids = _round(p, "zero-shot", {"yes": ["a", "b"]})
        p.set_status(ids, "rejected", "wrong_language")  # only 2: not enough for a note
    page = _open(window, path)
    assert not page.guidance.isVisibleTo(page) and page.generation_config().guidance == []


def test_generation_sends_the_notes_left_on(qtbot, window, rejected_path, tiny_gguf):
    with Project.open(rejected_path) as p:
        p.set_teacher(TeacherConfig("gguf", str(tiny_gguf)))
    page = _open(window, rejected_path)
    page.options.per_label.setValue(1)
    with qtbot.waitSignal(page.runner.finished, timeout=120_000) as done:
        qtbot.mouseClick(page.generate_button, Qt.LeftButton)
    params = window.project.job_params(done.args[0].job_id)
    assert params["guidance"] == [page.guidance.parts[0].text]
    assert params["language_min_probability"] == 0.8
    # The new round is listed under the first.
    assert len(page.rounds.lines()) == 2 and page.rounds.lines()[1].startswith("Round 2 ·")


# ---- demonstrations ----------------------------------------------------------------------------
def test_choosing_the_examples_the_teacher_sees(qtbot, window, tmp_path):
    path = make_project(tmp_path / "toy")  # 8 accepted samples per label
    page = _open(window, path)
    page.options.set_strategy("few-shot")
    line = page.options.demos
    assert line.isVisibleTo(page)
    assert line.text.text() == "Examples the teacher sees: 6 per label"
    qtbot.mouseClick(line.choose_button, Qt.LeftButton)
    dialog = line.dialog
    assert dialog.isVisible() and dialog.table.rowCount() == 18
    texts = {dialog.table.item(r, 4).text() for r in range(18)}
    assert texts <= {t for items in TOY.values() for t in items}

    pinned, excluded = dialog.ids[0], dialog.ids[1]
    dialog.table.item(dialog.row_of(pinned), PINNED).setCheckState(Qt.Checked)
    assert demo_choices(window.project) == {pinned: "pin"}
    dialog.table.item(dialog.row_of(excluded), EXCLUDED).setCheckState(Qt.Checked)
    assert demo_choices(window.project) == {pinned: "pin", excluded: "exclude"}
    assert line.text.text() == "Examples the teacher sees: 6 per label (1 pinned)"
    # The excluded one is no longer among the examples but stays listed, to take back.
    assert dialog.ids[:18].count(excluded) == 0 and dialog.ids[-1] == excluded
    assert dialog.table.item(dialog.row_of(pinned), PINNED).checkState() == Qt.Checked
    assert dialog.table.item(dialog.row_of(excluded), EXCLUDED).checkState() == Qt.Checked

    dialog.table.item(dialog.row_of(excluded), EXCLUDED).setCheckState(Qt.Unchecked)
    dialog.table.item(dialog.row_of(pinned), PINNED).setCheckState(Qt.Unchecked)
    assert demo_choices(window.project) == {}
    assert dialog.table.rowCount() == 18
    dialog.close()


# ---- rounds ----------------------------------------------------------------------------------
def test_round_lines_show_how_much_each_round_kept(qtbot, window, tmp_path):
    path = make_project(tmp_path / "r", data=YES_NO)
    with Project.open(path) as p:
        first = _round(p, "zero-shot", {"yes": ["a1", "a2", "a3"], "no": ["a4"]})
        second = _round(p, "few-shot", {"yes": ["b1"], "no": ["b2"]})
        p.set_status(first[:3], "accepted")
        p.set_status(first[3:], "rejected", "unnatural")
    page = _open(window, path)
    assert page.rounds.isVisibleTo(page)
    lines = page.rounds.lines()
    assert lines[0].startswith("Round 1 · zero-shot · tiny.gguf: 4 made, 75% accepted "
                               "(3 of 4 reviewed). Rejected: unnatural")
    assert lines[1] == "Round 2 · few-shot · tiny.gguf: 2 made, not reviewed yet."

    window.project.set_status(second[:1], "accepted")
    window.project.set_status(second[1:], "rejected", "wrong_language")
    page.refresh()
    assert page.rounds.lines()[1] == ("Round 2 · few-shot · tiny.gguf: 2 made, 50% accepted "
                                      "(1 of 2 reviewed). Rejected: wrong language 1.")


def test_no_rounds_no_list(qtbot, window, tmp_path):
    page = _open(window, make_project(tmp_path / "s", data=YES_NO))
    assert not page.rounds.isVisibleTo(page)


# ---- gold on the Train page ------------------------------------------------------------------
def test_train_page_warns_about_gold_texts_among_the_training_samples(qtbot, window, tmp_path):
    path = make_project(tmp_path / "t")
    page = _open(window, path, TRAIN)
    assert not page.overlap.isVisible()
    add_gold(window.project, "Heavy rain fell on the village all night!", "weather")
    page.refresh()
    assert page.overlap.isVisible()
    assert page.overlap.text() == ("1 gold example also appears among the training samples: it "
                                   "is left out of training, so the score stays honest.")
    add_gold(window.project, "the clinic gives free malaria tests", "health")
    add_gold(window.project, "a text nobody trains on", "health")
    page.refresh()
    assert page.overlap.text().startswith("2 gold examples also appear among the training "
                                          "samples: they are left out of training")


def test_accepted_samples_make_few_shot_the_next_round_default(qtbot, window, tmp_path):
    pending = make_project(tmp_path / "pending", data=YES_NO, status="pending")
    assert _open(window, pending).generation_config().strategy == "zero-shot"
    with Project.open(pending) as p:
        p.set_status(p.sample_ids(), "accepted")  # now every label has accepted samples
    page = _open(window, pending)
    assert page.generation_config().strategy == "few-shot"

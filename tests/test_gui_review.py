"""The review workbench as a reviewer uses it: keys, filters, bulk decisions, the card, gold.

Real widgets offscreen over real project files; after each key the test reads the project file
itself, not the page. Key maps are written to a settings file under tmp_path, never the user's.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel

import app.bulk_actions
from app.pages.review_page import ReviewPage
from app.review_keys import ACTIONS, KeyMap
from app.review_model import TEXT
from core.feedback import EXCLUDE, PIN, demo_choices
from core.languages import find_language
from core.project import Label, NewSample, Project
from core.sample_query import SampleQuery
from tests.fixtures.projects import TOY, make_project

HTML = "<b>x</b><img src=y><a href='z'>w</a>"


@pytest.fixture(autouse=True)
def own_settings(tmp_path):
    """Any QSettings() made during the test lives under tmp_path."""
    for fmt in (QSettings.NativeFormat, QSettings.IniFormat):
        QSettings.setPath(fmt, QSettings.UserScope, str(tmp_path / "settings"))
    yield


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "keys.ini"), QSettings.IniFormat)


@pytest.fixture
def open_page(qtbot, settings):
    """open_page(path) → a shown ReviewPage on the project at ``path``; closed afterwards."""
    made: list[tuple[ReviewPage, Project]] = []

    def open_(path: Path) -> ReviewPage:
        project = Project.open(path)
        page = ReviewPage(keymap=KeyMap(settings))
        qtbot.addWidget(page)
        page.resize(1100, 700)
        page.show()
        qtbot.waitExposed(page)
        page.set_project(project)
        made.append((page, project))
        return page

    yield open_
    for page, project in made:
        page.shutdown()
        page.set_project(None)
        project.close()


def _sample(path: Path, sample_id: int):
    with Project.open(path) as p:
        return p.sample(sample_id)


def _project(tmp_path: Path, texts: dict[str, list[str]], language: str = "en") -> Path:
    labels = [Label(name, f"Texts about {name}.") for name in texts]
    with Project.create(tmp_path / "p", find_language(language), labels) as project:
        project.add_samples(NewSample(t, label) for label, ts in texts.items() for t in ts)
        return project.path


def test_a_key_session_is_written_and_undone_from_the_file(qtbot, open_page, tmp_path):
    path = make_project(tmp_path / "p", status="pending")
    page = open_page(path)
    table, ids = page.table, list(page.model.ids)
    assert page.current_row() == 0 and page.card.text_label.text() == TOY["weather"][0]

    qtbot.keyClick(table, Qt.Key_A)  # accept: the next sample follows
    assert _sample(path, ids[0]).status == "accepted" and page.current_row() == 1
    qtbot.keyClick(table, Qt.Key_X)  # reject: first the reason
    assert page.reason_bar.isVisible() and _sample(path, ids[1]).status == "pending"
    qtbot.keyClick(table, Qt.Key_3)
    s = _sample(path, ids[1])
    assert (s.status, s.reject_reason) == ("rejected", "unnatural") and page.current_row() == 2
    assert not page.reason_bar.isVisible()

    qtbot.keyClick(table, Qt.Key_E)  # edit on the card, Ctrl+Enter saves
    assert page.card.editing
    page.card.editor.selectAll()
    qtbot.keyClicks(page.card.editor, "rain again over the hills")
    qtbot.keyClick(page.card.editor, Qt.Key_Return, Qt.ControlModifier)
    assert _sample(path, ids[2]).text == "rain again over the hills"
    assert not page.card.editing and page.card.text_label.text() == "rain again over the hills"

    qtbot.keyClick(table, Qt.Key_2)  # relabel as the 2nd label; the cursor stays
    assert _sample(path, ids[2]).label == "sports" and page.current_row() == 2
    qtbot.keyClick(table, Qt.Key_Space)  # skip: no decision
    assert page.current_row() == 3 and _sample(path, ids[3]).status == "pending"
    qtbot.keyClick(table, Qt.Key_Backspace)  # undo the relabel, back on its sample
    assert _sample(path, ids[2]).label == "weather" and page.current_row() == 2
    qtbot.keyClick(table, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)  # redo
    assert _sample(path, ids[2]).label == "sports"
    assert page.card.chip.text() == "sports"

    # Closed and opened again: undo and redo come from the project file.
    page.set_project(None)
    page.project = None
    again = open_page(path)
    qtbot.keyClick(again.table, Qt.Key_Backspace)  # the relabel
    assert _sample(path, ids[2]).label == "weather"
    qtbot.keyClick(again.table, Qt.Key_Z, Qt.ControlModifier)  # the edit
    assert _sample(path, ids[2]).text == TOY["weather"][2]
    assert again.current_row() == 2 and again.card.text_label.text() == TOY["weather"][2]
    qtbot.keyClick(again.table, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert _sample(path, ids[2]).text == "rain again over the hills"
    assert again.card.text_label.text() == "rain again over the hills"
    qtbot.waitUntil(lambda: "1 accepted · 1 rejected" in again.counts.text(), timeout=2000)


def test_filters_and_search_narrow_the_rows(qtbot, open_page, tmp_path):
    path = make_project(tmp_path / "p", status="pending")
    page = open_page(path)
    with Project.open(path) as p:
        rain = [s.id for s in p.samples() if "rain" in s.text]
        football = [s.id for s in p.samples() if "football" in s.text]
    assert len(rain) == 6 and len(football) == 1  # "rain" is in "trained" too

    page.filters.search.setText("rain")  # full-text search, after a short pause
    qtbot.waitUntil(lambda: page.model.ids == rain, timeout=2000)
    assert page.rows_label.text() == "6 samples match"
    page.filters.search.setText("ootba")  # any part of a word (FTS5 trigrams)
    qtbot.waitUntil(lambda: page.model.ids == football, timeout=2000)

    page.filters.set_query(SampleQuery(search="rain"))
    page.table.setCurrentIndex(page.model.index(0, TEXT))
    qtbot.keyClick(page.table, Qt.Key_A)
    page.filters.status.setCurrentIndex(page.filters.status.findData("accepted"))
    assert page.model.ids == rain[:1]
    page.filters.set_query(SampleQuery(label="health"))
    assert len(page.model.ids) == len(TOY["health"])
    page.filters.set_query(SampleQuery(source="gold"))
    assert page.model.ids == [] and page.card.sample is None
    page.filters.clear()
    assert len(page.model.ids) == sum(len(v) for v in TOY.values())


def test_search_keys_focus_and_release(qtbot, open_page, tmp_path):
    page = open_page(make_project(tmp_path / "p", status="pending"))
    with qtbot.waitActive(page):
        page.activateWindow()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key_F, Qt.ControlModifier)
    assert QApplication.focusWidget() is page.filters.search
    qtbot.keyClicks(page.filters.search, "rain")
    qtbot.keyClick(page.filters.search, Qt.Key_Escape)  # back to the table, search done
    assert QApplication.focusWidget() is page.table and len(page.model.ids) == 6


def _select_rows(page: ReviewPage, first: int, last: int) -> None:
    model = page.model
    selection = QItemSelection(model.index(first, 0), model.index(last, model.columnCount() - 1))
    page.table.selectionModel().select(selection, QItemSelectionModel.ClearAndSelect
                                       | QItemSelectionModel.Rows)


def test_bulk_decisions_ask_first_and_undo_in_one_step(qtbot, open_page, tmp_path, monkeypatch):
    path = make_project(tmp_path / "p", status="pending")
    page = open_page(path)
    ids = page.model.ids[:5]
    asked: list[str] = []
    answer = {"yes": False}

    def fake_confirm(parent, text: str) -> bool:
        asked.append(text)
        return answer["yes"]

    monkeypatch.setattr(app.bulk_actions, "confirm", fake_confirm)
    _select_rows(page, 0, 4)
    assert page.bulk.isVisible() and page.bulk.count.text().startswith("5")
    qtbot.keyClick(page.table, Qt.Key_A)  # refused: nothing changes
    assert asked == ["Accept 5 samples?"]
    assert all(_sample(path, i).status == "pending" for i in ids)

    answer["yes"] = True
    qtbot.keyClick(page.table, Qt.Key_A)
    assert all(_sample(path, i).status == "accepted" for i in ids)
    assert _sample(path, page.model.ids[5]).status == "pending"
    qtbot.keyClick(page.table, Qt.Key_X)
    qtbot.keyClick(page.table, Qt.Key_2)
    assert asked[-1] == "Reject 5 samples as “wrong label”?"
    assert all(_sample(path, i).reject_reason == "wrong_label" for i in ids)
    qtbot.keyClick(page.table, Qt.Key_3)  # relabel them all
    assert all(_sample(path, i).label == "health" for i in ids)
    qtbot.keyClick(page.table, Qt.Key_Backspace)  # one undo step: the whole relabel
    assert all(_sample(path, i).label == "weather" for i in ids)
    qtbot.keyClick(page.table, Qt.Key_Backspace)
    assert all(_sample(path, i).status == "accepted" for i in ids)

    _select_rows(page, 0, 4)
    page.bulk.chosen.emit("demo", PIN)  # the bar's "Pin as examples"
    assert asked[-1].startswith("Pin 5 samples")
    with Project.open(path) as p:
        assert demo_choices(p) == {i: PIN for i in ids}


def test_pin_and_exclude_one_sample(qtbot, open_page, tmp_path):
    path = make_project(tmp_path / "p")
    page = open_page(path)
    first = page.model.ids[0]
    qtbot.keyClick(page.table, Qt.Key_P)
    with Project.open(path) as p:
        assert demo_choices(p) == {first: PIN}
    assert "pinned" in page.card.status.text()
    qtbot.keyClick(page.table, Qt.Key_P, Qt.ShiftModifier)
    with Project.open(path) as p:
        assert demo_choices(p) == {first: EXCLUDE}
    assert "excluded" in page.card.status.text()
    qtbot.keyClick(page.table, Qt.Key_P, Qt.ShiftModifier)  # again: neither
    with Project.open(path) as p:
        assert demo_choices(p) == {}


def test_remapped_keys_change_what_a_key_does(qtbot, open_page, tmp_path, settings):
    path = make_project(tmp_path / "p", status="pending")
    page = open_page(path)
    page.edit_keys()
    dialog = page.keys_dialog
    dialog.set_key("accept", "X")  # X already rejects: refused, said in words
    assert "Reject" in dialog.message.text() and page.keymap.text("accept") == "A"
    dialog.set_key("accept", "K")
    dialog.accept()
    assert page.keymap.text("accept") == "K" and "K accept" in page.hints.text()
    first, second = page.model.ids[:2]
    qtbot.keyClick(page.table, Qt.Key_A)  # no longer a review key
    assert _sample(path, first).status == "pending"
    qtbot.keyClick(page.table, Qt.Key_K)
    assert _sample(path, first).status == "accepted" and page.current_row() == 1
    assert KeyMap(settings).text("accept") == "K"  # stored

    page.edit_keys()
    page.keys_dialog.restore_defaults()
    page.keys_dialog.accept()
    qtbot.keyClick(page.table, Qt.Key_A)
    assert _sample(path, second).status == "accepted"
    assert KeyMap(settings).text("accept") == "A"


def test_question_mark_lists_every_key(qtbot, open_page, tmp_path):
    page = open_page(make_project(tmp_path / "p", status="pending"))
    qtbot.keyClick(page.table, Qt.Key_Question, Qt.ShiftModifier)
    assert page.overlay.isVisible()
    listed = dict(page.overlay.rows())
    labels = list(TOY)
    for action in ACTIONS:
        if action.id.startswith("relabel_"):
            n = int(action.arg)
            if n <= len(labels):
                assert listed[f"Relabel as “{labels[n - 1]}”"] == str(n)
        else:
            assert listed[action.title] == page.keymap.text(action.id)
    assert "Save the text" in listed
    qtbot.keyClick(page.overlay, Qt.Key_Escape)
    assert not page.overlay.isVisible()


def test_untrusted_text_is_shown_literally(qtbot, open_page, tmp_path):
    page = open_page(_project(tmp_path, {"yes": [HTML], "no": ["plain"]}))
    card = page.card
    assert card.text_label.text() == HTML and card.text_label.textFormat() == Qt.PlainText
    assert all(label.textFormat() == Qt.PlainText for label in card.findChildren(QLabel))
    assert page.model.index(0, TEXT).data() == HTML


def test_each_sample_runs_in_its_own_direction(qtbot, open_page, tmp_path):
    texts = {"ar": ["مرحبا بكم في القرية"], "en": ["hello there"]}
    page = open_page(_project(tmp_path, texts))
    assert page.card.text_label.layoutDirection() == Qt.RightToLeft
    assert page.model.index(0, TEXT).data(Qt.TextAlignmentRole) & Qt.AlignRight
    qtbot.keyClick(page.table, Qt.Key_Space)
    assert page.card.text_label.layoutDirection() == Qt.LeftToRight
    assert page.model.index(1, TEXT).data(Qt.TextAlignmentRole) & Qt.AlignLeft


def test_an_amharic_sample_is_drawn_in_a_font_that_has_its_letters(qtbot, open_page, tmp_path):
    fonts = pytest.importorskip("app.fonts")
    text = "ሰላም ለዓለም፣ ዝናብ ዘነበ"
    page = open_page(_project(tmp_path, {"weather": [text], "other": ["x y z"]}, "am"))
    assert page.card.text_label.text() == text
    assert fonts.missing_glyphs(page.card.text_label.font(), text) == []


def test_progress_bars_and_target(qtbot, open_page, tmp_path):
    path = make_project(tmp_path / "p", status="pending")
    page = open_page(path)
    bars = page.progress.bars
    assert [p.label for p in bars.progress] == list(TOY) and bars.progress[0].pending == 8
    qtbot.keyClick(page.table, Qt.Key_A)
    qtbot.waitUntil(lambda: bars.progress[0].accepted == 1, timeout=2000)
    assert "%" in page.progress.by_strategy.text() or not page.progress.by_strategy.isVisible()
    page.progress.target.setValue(40)
    qtbot.waitUntil(lambda: Project.open(path).target_per_label == 40, timeout=3000)
    assert all(p.target == 40 for p in bars.progress)


def test_gold_examples_and_their_overlap_warning(qtbot, open_page, tmp_path):
    path = make_project(tmp_path / "p")
    page = open_page(path)
    assert not page.gold.warning.isVisible()
    page.add_gold()
    dialog = page.gold.dialog
    qtbot.mouseClick(dialog.add_button, Qt.LeftButton)  # no text: said next to the field
    assert dialog.isVisible() and dialog.text_error.isVisible()
    dialog.text.setPlainText(TOY["sports"][0].upper())  # the same text as a training sample
    dialog.label.setCurrentText("sports")
    qtbot.mouseClick(dialog.add_button, Qt.LeftButton)
    assert not dialog.isVisible() and dialog.sample_id is not None
    assert page.gold.warning.isVisible() and page.gold.warning.text().startswith(
        "1 gold examples also appear among the training samples")
    page.filters.set_query(SampleQuery(source="gold"))
    assert page.model.ids == [dialog.sample_id]


def test_large_projects_count_off_the_ui_thread(qtbot, open_page, tmp_path, monkeypatch):
    import app.label_bars

    monkeypatch.setattr(app.label_bars, "SYNC_LIMIT", 0)  # as if it had 100k samples
    page = open_page(make_project(tmp_path / "p", status="pending"))
    assert page.progress.runner.is_running() and page.counts.text() == ""
    qtbot.waitUntil(lambda: page.counts.text() == "24 pending · 0 accepted · 0 rejected",
                    timeout=5000)
    qtbot.keyClick(page.table, Qt.Key_A)
    qtbot.waitUntil(lambda: page.counts.text().startswith("23 pending · 1 accepted"), timeout=5000)

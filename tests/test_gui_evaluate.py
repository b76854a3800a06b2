"""The Score page as a user meets it: was the student worth it, on my own gold examples?

Real widgets offscreen, real project files, the real tiny GGUF teacher and a real quick student
scored in child processes: no mocks.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from app.main_window import EVALUATE
from app.pages.evaluate_page import (ACCURACY, F1, LATENCY, MODEL, SCORED_ON, TRAINING,
                                     verdict_text)
from core.gold import add_gold
from core.project import Project, TeacherConfig
from core.scoreboard import ScoreRow, scoreboard
from core.training import QUICK, TrainingConfig, train
from tests.fixtures.projects import make_project

BOLD = "<b>bold</b> rain and wind over the hills"
ARABIC = "المطر يهطل على القرية"
GOLD = [("thunder and rain in the evening", "weather"), (BOLD, "weather"), (ARABIC, "weather"),
        ("the team won the cup at the stadium", "sports"), ("a goal in the last minute", "sports"),
        ("the clinic has malaria medicine", "health"), ("a nurse checked the fever", "health")]


@pytest.fixture(scope="module")
def student_project(tmp_path_factory, tiny_gguf):
    """The TOY project with the tiny teacher, a quick student and a gold set; nothing scored."""
    path = make_project(tmp_path_factory.mktemp("evaluate") / "toy")
    with Project.open(path) as p:
        p.set_teacher(TeacherConfig("gguf", str(tiny_gguf), {"n_threads": 1}))
        for text, label in GOLD:
            add_gold(p, text, label)
    model_id = train(path, QUICK, TrainingConfig(epochs=5, threads=1))
    return path, model_id


def _open(window, path):
    assert window.open_project(path)
    window.show_step(EVALUATE, force=True)
    assert window.current_step() == EVALUATE
    return window.pages[EVALUATE]


def _cells(table, row):
    return [table.item(row, c).text() for c in range(table.columnCount())]


def test_without_gold_the_page_explains_and_disables(qtbot, window, tmp_path, tiny_gguf):
    path = make_project(tmp_path / "p")
    assert window.open_project(path)
    assert not window.sidebar.is_open(EVALUATE)  # nothing to score: no teacher, no student
    assert window.sidebar.reasons[EVALUATE].text() == "Choose a teacher or train a student first"
    window.project.set_teacher(TeacherConfig("gguf", str(tiny_gguf)))
    window.update_steps()
    assert window.sidebar.is_open(EVALUATE)
    window.sidebar.buttons[EVALUATE].click()
    page = window.pages[EVALUATE]
    assert page.no_gold.isVisible() and "Add a gold example" in page.no_gold.text()
    assert "--as gold" in page.no_gold.text()
    assert not page.teacher_button.isEnabled() and not page.students_button.isEnabled()
    assert "Add gold examples first" in page.reason.text()
    assert page.table.rowCount() == 0
    assert page.verdict.text().startswith("Nothing is scored")


def test_score_teacher_and_students_then_look_at_the_mistakes(qtbot, window, student_project):
    path, model_id = student_project
    page = _open(window, path)
    assert not page.no_gold.isVisible()
    assert page.teacher_button.isEnabled() and page.students_button.isEnabled()
    assert page.table.rowCount() == 1 and "not scored yet" in _cells(page.table, 0)[F1]

    with qtbot.waitSignal(page.runner.finished, timeout=120_000):
        qtbot.mouseClick(page.teacher_button, Qt.LeftButton)
    assert page.status.text() == "Teacher scored."
    with qtbot.waitSignal(page.runner.finished, timeout=120_000):
        qtbot.mouseClick(page.students_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not page.runner.is_running() and page.teacher_button.isEnabled(),
                    timeout=5000)
    assert page.status.text() == "1 student scored."
    # The window's own connection must see what the child process wrote.
    assert window.project.latest_evaluation(model_id, "gold") is not None, (
        "the window's project connection no longer sees the project file's new rows")
    assert not page.students_button.isEnabled()  # every student is scored on this gold set
    assert "Every student is scored" in page.reason.text()

    # The scoreboard shows what core.scoreboard reads from the project.
    rows = scoreboard(window.project)
    assert [r.kind for r in rows] == ["teacher", "student"] and not any(r.stale for r in rows)
    assert page.table.rowCount() == 2
    for index, row in enumerate(rows):
        cells = _cells(page.table, index)
        assert cells[F1] == f"{row.macro_f1:.2f}" and cells[ACCURACY] == f"{row.accuracy:.0%}"
        assert cells[LATENCY] == f"{row.latency_ms:.1f} ms"
        assert cells[SCORED_ON] == f"{len(GOLD)} gold texts"
    teacher, student = _cells(page.table, 0), _cells(page.table, 1)
    assert teacher[MODEL] == "tiny (teacher)" and student[MODEL] == "Quick student"
    assert student[TRAINING] == f"{rows[1].n_train} ({rows[1].n_train} generated)"
    assert [name for name, _, _ in page.bars.rows] == ["tiny", "Quick student"]
    assert page.verdict.text().startswith("The best student, Quick student, scores "
                                          f"{rows[1].macro_f1:.2f} against the teacher's "
                                          f"{rows[0].macro_f1:.2f}")

    # Selecting the student shows its heat map, its per-label table and its answers.
    page.table.selectRow(1)
    details = page.details
    evaluation = window.project.latest_evaluation(model_id, "gold")
    report = evaluation.report
    assert details.heat_map.labels == report["labels"]
    assert details.heat_map.matrix == report["confusion"]
    per_label = [_cells(details.per_label, r) for r in range(details.per_label.rowCount())]
    assert [r[0] for r in per_label] == list(report["per_label"])
    assert per_label[0][1:] == [f"{report['per_label'][per_label[0][0]][k]:.2f}" for k in (
        "precision", "recall", "f1")] + [str(report["per_label"][per_label[0][0]]["support"])]
    predicted = dict(evaluation.predictions)
    wrong = sum(1 for s in window.project.samples(source="gold") if predicted[s.id] != s.label)
    assert details.mistakes.rowCount() == wrong
    assert not details.show_all_button.isEnabled()

    # Clicking the cell of the bold text's (true, predicted) pair lists exactly that cell's texts.
    bold = next(s for s in window.project.samples(source="gold") if s.text == BOLD)
    row, col = report["labels"].index("weather"), report["labels"].index(predicted[bold.id])
    qtbot.mouseClick(details.heat_map, Qt.LeftButton,
                     pos=details.heat_map.cell_rect(row, col).center())
    assert details.pair == ("weather", predicted[bold.id])
    shown = [_cells(details.mistakes, r) for r in range(details.mistakes.rowCount())]
    assert len(shown) == report["confusion"][row][col]
    assert all(r[1:] == ["weather", predicted[bold.id]] for r in shown)
    texts = [details.mistakes.item(r, 0) for r in range(details.mistakes.rowCount())]
    assert BOLD in [item.text() for item in texts]  # literally, tags and all
    for label in page.findChildren(QLabel):
        if "<b>" in label.text():
            assert label.textFormat() == Qt.PlainText
    arabic = [item for item in texts if item.text() == ARABIC]
    if arabic:  # the Arabic text runs right to left when it is in this cell
        assert arabic[0].textAlignment() & Qt.AlignRight
    qtbot.mouseClick(details.show_all_button, Qt.LeftButton)
    assert details.pair is None and details.mistakes.rowCount() == wrong

    # The teacher's row: its unusable replies are named "(no answer)".
    page.table.selectRow(0)
    teacher_eval = window.project.latest_evaluation("teacher", "gold")
    assert details.heat_map.matrix == teacher_eval.report["confusion"]
    no_answers = sum(1 for _, p in teacher_eval.predictions if p == "")
    listed = [details.mistakes.item(r, 2).text() for r in range(details.mistakes.rowCount())]
    assert listed.count("(no answer)") == no_answers

    # A new gold example: both scores are out of date and say so.
    add_gold(window.project, "sunny and dry all week", "weather")
    page.refresh()
    assert all("gold set changed since: score again" in _cells(page.table, r)[SCORED_ON]
               for r in range(2))
    assert page.students_button.isEnabled()
    assert page.verdict.text().startswith("Nothing is scored on the current gold set")
    assert "score again" in page.verdict.text()
    assert page.selected_subject() == "teacher"  # the selection survives a refresh


def test_the_verdict_in_words():
    def row(kind, f1, name="Quick student", stale=False):
        return ScoreRow(kind, kind, name, f1, f1, 10, None, stale=stale)

    teacher = row("teacher", 0.55, "gemma")
    assert verdict_text([teacher, row("student", 0.71)]) == (
        "The best student, Quick student, scores 0.71 against the teacher's 0.55: "
        "16 points better.")
    assert "not yet better than the teacher" in verdict_text([teacher, row("student", 0.40)])
    assert verdict_text([teacher]).startswith("The teacher scores 0.55. Score your students")
    assert verdict_text([row("student", 0.6)]).endswith("Score the teacher to see whether the "
                                                         "student beats it.")
    stale = verdict_text([teacher, row("student", 0.9, stale=True)])
    assert stale.startswith("The teacher scores 0.55") and "earlier gold set" in stale


def test_tables_and_charts_have_names_and_take_the_keyboard(window, student_project):
    page = _open(window, student_project[0])
    widgets: list[QWidget] = [page.table, page.bars, page.details.heat_map,
                              page.details.per_label, page.details.mistakes]
    assert all(w.accessibleName() for w in widgets)
    for w in (page.table, page.details.heat_map, page.details.per_label, page.details.mistakes,
              page.teacher_button, page.students_button, page.details.show_all_button):
        assert w.focusPolicy() & Qt.TabFocus
    tip = page.table.horizontalHeaderItem(F1).toolTip()
    assert "average, over labels" in tip and "1.0 is perfect" in tip


def test_would_more_review_help(qtbot, window, tmp_path):
    """The learning curve and the uncertain texts, from the Score page, in child processes."""
    path = make_project(tmp_path / "p")
    with Project.open(path) as p:
        for text, label in GOLD:
            add_gold(p, text, label)
        p.add_texts(["rain at the match", "fever in the team", "wind and sun"], "field.txt")
    train(path, QUICK, TrainingConfig(epochs=5))
    page = _open(window, path)
    more = page.more
    assert more.curve_button.isEnabled() and more.uncertain_button.isEnabled()

    more.curve_button.click()
    qtbot.waitUntil(lambda: not more.runner.is_running(), timeout=120_000)
    text = more.result.text()
    assert "25%" in text and "100%" in text and "gold" in text, text
    assert not more.error.isVisible()

    with qtbot.waitSignal(more.samples_added, timeout=120_000):
        more.uncertain_button.click()
    qtbot.waitUntil(lambda: not more.runner.is_running(), timeout=10_000)
    assert "3 texts" in more.result.text()
    assert not more.uncertain_button.isEnabled()  # every imported text is queued now
    with Project.open(path) as p:
        assert len(p.sample_ids(status="pending")) == 3

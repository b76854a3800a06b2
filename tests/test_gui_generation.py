"""The Generate and Teacher pages as a user meets them: real widgets offscreen, the real core, the
tiny random-weight GGUF teacher (gibberish texts, everything else real) and llama.cpp's own
OpenAI-compatible server on 127.0.0.1. Only the native file dialogs are replaced."""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import asdict

import keyring
import pytest
from keyring.backends import fail
# conftest.py has set QT_QPA_PLATFORM=offscreen before this
from PySide6.QtCore import QPoint, Qt

import app.dialogs
from app.discards_dialog import REASON_WORDS, discard_reason_text
from app.main_window import GENERATE, TEACHER
from app.pages.teacher_page import GGUF, SERVER
from core.generation import GenerationConfig
from core.project import NewSample, Project, TeacherConfig
from tests.fixtures.llama_server import llama_server
from tests.fixtures.projects import make_project

CANARY = "sk-canary-gui-5c2e8a71"
YES_NO = {"yes": ["ndiyo kabisa"], "no": ["hapana kabisa"]}  # the tiny teacher writes both


@pytest.fixture
def project_path(tmp_path, tiny_gguf):
    path = make_project(tmp_path / "p", data=YES_NO)
    with Project.open(path) as p:
        p.set_teacher(TeacherConfig("gguf", str(tiny_gguf)))
    return path


def _open_generate(window, path):
    assert window.open_project(path)
    window.show_step(GENERATE)
    assert window.current_step() == GENERATE
    return window.pages[GENERATE]


def _click_and_wait(qtbot, page, button, timeout=60_000):
    with qtbot.waitSignal(page.runner.finished, timeout=timeout):
        qtbot.mouseClick(button, Qt.LeftButton)


def _choose(qtbot, radio) -> None:
    """Click a radio button on its circle (a click far right of its text misses it)."""
    qtbot.mouseClick(radio, Qt.LeftButton, pos=QPoint(8, radio.height() // 2))
    assert radio.isChecked()


def _shown(page, widget) -> bool:
    return widget.isVisibleTo(page)


# ---- strategies and their options -------------------------------------------------------------
def test_strategy_switching_shows_only_the_options_that_apply(qtbot, window, project_path):
    page = _open_generate(window, project_path)
    options = page.options
    assert options.strategy() == "few-shot"  # every label has accepted samples to show
    _choose(qtbot, options.strategy_buttons["zero-shot"])
    assert not _shown(page, options.few_shot_panel) and not _shown(page, options.diverse_panel)
    assert not _shown(page, options.concurrency) and not _shown(page, page.price)  # a GGUF file

    _choose(qtbot, options.strategy_buttons["few-shot"])
    assert _shown(page, options.few_shot_panel) and not _shown(page, options.diverse_panel)
    assert "No imported examples yet" in options.examples_line.text()
    assert "yes 1 · no 1" in options.examples_line.text()

    _choose(qtbot, options.strategy_buttons["diverse"])
    assert _shown(page, options.diverse_panel) and not _shown(page, options.few_shot_panel)
    assert _shown(page, options.per_request) and _shown(page, options.attributes)

    assert not _shown(page, options.checks_panel)
    qtbot.mouseClick(options.checks_toggle, Qt.LeftButton)  # the collapsible Checks section
    assert _shown(page, options.checks_panel)
    options.per_request.setValue(4)
    options.self_check.setChecked(True)
    options.strictness.setCurrentIndex(options.strictness.findData(0.6))
    config = options.config()
    assert (config.strategy, config.per_request, config.self_check) == ("diverse", 4, True)
    assert config.near_duplicate_threshold == 0.6 and config.concurrency is None

    # A server teacher: requests at once and a price for the estimate appear.
    window.project.set_teacher(TeacherConfig("openai", settings={
        "base_url": "http://127.0.0.1:9/v1", "model": "m"}))
    page.refresh()
    assert _shown(page, options.concurrency) and _shown(page, page.price)
    options.concurrency.setValue(6)
    assert options.config().concurrency == 6


def test_estimate_shows_requests_and_minutes(qtbot, window, project_path):
    page = _open_generate(window, project_path)
    page.options.per_label.setValue(5)
    before = window.project.sample_ids()
    _click_and_wait(qtbot, page, page.estimate_button)
    text = page.estimate_result.text()
    assert re.match(r"About \d+ requests, about \d+ minutes?\.", text), text
    assert "Cost" not in text  # no price for a local model
    assert not page.error.isVisible()
    assert window.project.sample_ids() == before  # test replies are not stored


# ---- generating, then why replies were discarded ---------------------------------------------
def test_generation_reports_discards_in_words_and_shows_replies_literally(qtbot, window,
                                                                           project_path):
    page = _open_generate(window, project_path)
    page.options.per_label.setValue(1)
    # The tiny teacher's double-check replies cannot be read: a sure way to get discards.
    page.options.self_check.setChecked(True)
    with qtbot.waitSignal(page.runner.finished, timeout=120_000) as done:
        qtbot.mouseClick(page.generate_button, Qt.LeftButton)
    result = done.args[0]
    assert page.samples_list.count() == sum(result.added.values())
    assert result.discarded, "expected the tiny teacher's checks to fail"
    summary = page.summary.text()
    n = sum(result.discarded.values())
    assert f"discarded {n} replies (" in summary
    for reason, count in result.discarded.items():
        assert f"{discard_reason_text(reason)}: {count}" in summary  # in words…
        assert f"{reason}:" not in summary  # …never the machine name
    if result.short:
        assert "fewer samples than asked for" in summary

    # An untrusted reply with markup in it, as the teacher might write one.
    window.project.add_discard(result.job_id, "yes", "wrong_language",
                               "looks like Dutch", "<b>x</b> <img src=x>")
    page.refresh()
    assert page.discards_button.isEnabled()
    qtbot.mouseClick(page.discards_button, Qt.LeftButton)
    dialog = page.discards_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.model.rowCount() == 1 + sum(result.discarded.values())
    reasons = [dialog.model.item(r, 0).text() for r in range(dialog.model.rowCount())]
    assert "not in the project's language" in reasons
    assert not any(r in REASON_WORDS for r in reasons)  # every reason in words

    dialog.set_reason("wrong_language")  # the reason filter
    assert dialog.model.rowCount() == 1
    assert dialog.model.item(0, 3).text() == "<b>x</b> <img src=x>"
    assert dialog.raw.toPlainText() == "<b>x</b> <img src=x>"  # literally, never rendered
    assert dialog.model.item(0, 2).text() == "looks like Dutch"
    dialog.set_reason(None)
    assert dialog.model.rowCount() == 1 + sum(result.discarded.values())
    dialog.close()


def test_a_strategy_that_is_not_ready_says_what_to_do(qtbot, window, tmp_path, tiny_gguf):
    path = make_project(tmp_path / "new", data=YES_NO, status="pending")  # no real examples
    with Project.open(path) as p:
        p.set_teacher(TeacherConfig("gguf", str(tiny_gguf)))
    page = _open_generate(window, path)
    _choose(qtbot, page.options.strategy_buttons["diverse"])
    qtbot.mouseClick(page.generate_button, Qt.LeftButton)  # no topics or styles yet
    assert not page.runner.is_running()
    assert page.error.isVisible() and "ask the teacher to propose them" in page.error.text()

    _choose(qtbot, page.options.strategy_buttons["few-shot"])
    assert page.options.examples_line.text().startswith("No examples yet")
    with qtbot.waitSignal(page.runner.failed, timeout=60_000):
        qtbot.mouseClick(page.generate_button, Qt.LeftButton)
    assert page.error.isVisible() and "needs real examples" in page.error.text()
    assert page.generate_button.isEnabled()


# ---- the diverse strategy's topics and styles --------------------------------------------------
def test_teacher_proposes_attributes_the_user_edits_and_saves(qtbot, window, project_path):
    page = _open_generate(window, project_path)
    _choose(qtbot, page.options.strategy_buttons["diverse"])
    editor = page.options.attributes
    assert editor.is_empty()
    _click_and_wait(qtbot, page, editor.propose_button)
    proposed = editor.values()
    assert sum(len(v) for v in proposed.values()) > 0
    assert editor.is_modified() and "Proposed by the teacher" in editor.state.text()
    assert window.project.attributes == {}  # nothing stored before Save

    editor.edits["topics"].setPlainText("market day\n  school   trip \n\nfootball")
    editor.edits["styles"].setPlainText("a text message")
    qtbot.mouseClick(editor.save_button, Qt.LeftButton)
    stored = window.project.attributes
    assert stored["topics"] == ["market day", "school trip", "football"]
    assert stored["styles"] == ["a text message"]
    assert not editor.is_modified() and editor.state.text().startswith("Saved")

    # Diverse generation uses them; several texts per request.
    page.options.per_label.setValue(2)
    page.options.per_request.setValue(2)
    with qtbot.waitSignal(page.runner.finished, timeout=120_000) as done:
        qtbot.mouseClick(page.generate_button, Qt.LeftButton)
    job_id = done.args[0].job_id
    used = [s.provenance["attributes"] for s in window.project.samples(source="generated")
            if s.provenance.get("job_id") == job_id]
    assert len(used) == sum(done.args[0].added.values()) > 0
    assert all(u["topic"] in stored["topics"] and u["style"] == "a text message" for u in used)


def test_few_shot_examples_are_imported_from_a_file(qtbot, window, project_path, monkeypatch,
                                                    tmp_path):
    """The few-shot "Import examples…" button opens the import dialog (tests/test_gui_data.py
    covers the dialog itself)."""
    page = _open_generate(window, project_path)
    _choose(qtbot, page.options.strategy_buttons["few-shot"])
    bad = tmp_path / "bad.csv"
    bad.write_text("text,label\nndiyo sana,yes\nlabda,maybe\n", encoding="utf-8")
    monkeypatch.setattr(app.dialogs, "ask_import_file", lambda parent, start="": bad)
    qtbot.mouseClick(page.options.import_button, Qt.LeftButton)
    dialog = page.import_dialog
    qtbot.waitUntil(lambda: dialog.planned is not None and not dialog.runner.is_running(),
                    timeout=10_000)
    assert dialog.problems.toPlainText().startswith("Row 3 has the label “maybe”")
    assert not dialog.import_button.isEnabled()

    good = tmp_path / "good.csv"
    good.write_text("text,label\nndiyo sana,yes\nndiyo ndiyo,yes\nhapana bwana,no\n",
                    encoding="utf-8")
    dialog.set_file(good)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    line = page.options.examples_line.text()
    assert "Imported 3 samples." in line and "Your real examples: yes 2 · no 1." in line
    assert not page.error.isVisible()


# ---- an interrupted run ------------------------------------------------------------------------
def _interrupted_job(path, per_label: int = 2) -> int:
    """A generation job left 'running' by a process that no longer exists, with one sample."""
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    with Project.open(path) as p:
        job_id = p.start_job("generate", asdict(GenerationConfig(per_label=per_label)))
        with p.db.conn:
            p.db.conn.execute("UPDATE jobs SET pid = ? WHERE id = ?", [dead.pid, job_id])
        p.add_samples([NewSample("ndiyo kweli", "yes", "generated", "pending",
                                 {"job_id": job_id})])
        assert [j["id"] for j in p.interrupted_jobs()] == [job_id]
    return job_id


def test_interrupted_run_is_offered_and_continued(qtbot, window, project_path):
    job_id = _interrupted_job(project_path)
    assert window.open_project(project_path)
    assert window.current_step() == GENERATE  # where the banner is
    page = window.pages[GENERATE]
    banner = page.banner
    assert banner.isVisible() and banner.job_id == job_id
    assert banner.text.text() == ("A generation run stopped before it finished (1 of 4 samples "
                                  "made). Continue it?")
    with qtbot.waitSignal(page.runner.finished, timeout=120_000) as done:
        qtbot.mouseClick(banner.continue_button, Qt.LeftButton)
    result = done.args[0]
    assert result.job_id == job_id
    assert not banner.isVisible()
    progress = window.project.job_progress(job_id)["added"]
    assert progress.get("yes", 0) <= 2 and progress.get("no", 0) <= 2
    assert sum(progress.values()) == 1 + sum(result.added.values())
    assert window.project.interrupted_jobs() == []


def test_dismissing_an_interrupted_run_keeps_its_samples(qtbot, window, project_path):
    _interrupted_job(project_path)
    page = _open_generate(window, project_path)
    assert page.banner.isVisible()
    qtbot.mouseClick(page.banner.dismiss_button, Qt.LeftButton)
    assert not page.banner.isVisible() and window.project.interrupted_jobs() == []
    assert len(window.project.sample_ids(status="pending")) == 1


def test_a_cancelled_run_is_offered_to_continue(qtbot, window, project_path):
    page = _open_generate(window, project_path)
    page.options.per_label.setValue(50)
    qtbot.mouseClick(page.generate_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: page.samples_list.count() > 0, timeout=60_000)
    with qtbot.waitSignal(page.runner.cancelled, timeout=5000):
        qtbot.mouseClick(page.progress.cancel_button, Qt.LeftButton)
    assert page.summary.text().startswith("Stopped")
    # Once the child process has stopped, the run is offered to be continued.
    qtbot.waitUntil(lambda: page.banner.isVisible(), timeout=10_000)
    made = re.search(r"\((\d+) of 100 samples made\)", page.banner.text.text())
    assert made and int(made[1]) >= page.samples_list.count()
    qtbot.mouseClick(page.banner.dismiss_button, Qt.LeftButton)
    assert not page.banner.isVisible() and window.project.interrupted_jobs() == []


# ---- the user's own texts --------------------------------------------------------------------
def test_label_my_own_texts(qtbot, window, project_path, monkeypatch, tmp_path):
    texts = tmp_path / "mine.txt"
    texts.write_text("habari ya asubuhi\nmvua inanyesha leo\n\nndiyo kabisa\n", encoding="utf-8")
    monkeypatch.setattr(app.dialogs, "ask_texts_file", lambda parent, start="": texts)
    page = _open_generate(window, project_path)
    with qtbot.waitSignal(page.runner.finished, timeout=120_000) as done:
        qtbot.mouseClick(page.annotate_button, Qt.LeftButton)
    imported, result = done.args[0]
    assert imported == 3
    # "ndiyo kabisa" is already a sample: a duplicate, not labelled twice.
    assert result.discarded.get("duplicate") == 1
    annotated = window.project.samples(source="annotated")
    assert len(annotated) == sum(result.added.values()) == 3 - sum(result.discarded.values())
    assert all(s.status == "pending" and s.label in ("yes", "no") for s in annotated)
    assert page.samples_list.count() == len(annotated)
    summary = page.summary.text()
    assert summary.startswith("Read 3 texts. Labelled ") and "same as an earlier text: 1" in summary
    assert not page.annotate_waiting.isVisible()

    # Texts imported earlier but not labelled yet (a run that was stopped) are offered.
    window.project.add_texts(["leo ni siku nzuri", "sitaki chai"], origin="notes.txt")
    page.refresh()
    assert page.annotate_waiting.isVisible()
    assert page.annotate_waiting.text() == "Label the 2 texts still waiting"
    with qtbot.waitSignal(page.runner.finished, timeout=120_000) as done:
        qtbot.mouseClick(page.annotate_waiting, Qt.LeftButton)
    assert done.args[0][0] == 0 and sum(done.args[0][1].added.values()) == 2
    assert not page.annotate_waiting.isVisible()


# ---- the Teacher page: a model server --------------------------------------------------------
@pytest.fixture(scope="module")
def llama(tiny_gguf, tmp_path_factory):
    """llama-cpp-python's own server with the tiny teacher, asking for an API key."""
    with llama_server(tiny_gguf, tmp_path_factory.mktemp("llama") / "server.log",
                      api_key=CANARY) as server:
        yield server


@pytest.fixture
def no_keyring(tmp_path, monkeypatch):
    """No system keyring (a headless machine): keys go to a private file under tmp_path."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    old = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield tmp_path / "config" / "shule" / "keys.json"
    keyring.set_keyring(old)


def test_server_teacher_found_tested_and_saved_without_its_key(qtbot, window, llama, no_keyring,
                                                               tmp_path):
    path = make_project(tmp_path / "remote", data=YES_NO)
    page = window.pages[TEACHER]
    page.discovery_ports = {"llamacpp": llama.port}
    assert window.open_project(path)
    assert window.current_step() == TEACHER
    server = page.server
    # Looked for servers by itself, in the background, the first time the page was shown.
    qtbot.waitUntil(lambda: server.found_list.count() == 1, timeout=10_000)
    assert page.found_hint.isVisible() and "llama.cpp server" in page.found_hint.text()
    assert server.found_list.item(0).text() == (f"llama.cpp server — {llama.base_url} — "
                                                "needs an API key")

    page.set_kind(SERVER)
    assert page.stack.currentWidget() is server and not page.found_hint.isVisible()
    server.found_list.setCurrentRow(0)
    assert server.base_url() == llama.base_url
    assert server.key_edit.echoMode() == server.key_edit.EchoMode.Password
    qtbot.keyClicks(server.key_edit, CANARY)
    with qtbot.waitSignal(page.runner.finished, timeout=60_000):
        qtbot.mouseClick(server.test_button, Qt.LeftButton)
    report = server.report.toPlainText()
    assert f"The server at {llama.base_url} answers." in report
    assert "It accepted the API key." in report and CANARY not in report
    assert [server.model_combo.itemText(i) for i in range(server.model_combo.count())] == ["tiny"]
    assert server.model() == "tiny"

    with qtbot.waitSignal(page.runner.finished, timeout=10_000):
        qtbot.mouseClick(page.save_button, Qt.LeftButton)
    teacher = window.project.teacher
    assert teacher.kind == "openai"
    assert teacher.settings["base_url"] == llama.base_url and teacher.settings["model"] == "tiny"
    assert "api_key" not in teacher.settings and teacher.settings["api_key_name"]
    assert CANARY.encode() not in path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or CANARY.encode() not in wal.read_bytes()
    assert page.warning.isVisible() and "No system keyring" in page.warning.text()
    assert CANARY in no_keyring.read_text()  # kept for the teacher, in the private file
    assert server.api_key() == "" and "A key for this server is stored" in server.key_note.text()
    qtbot.waitUntil(lambda: window.sidebar.is_open(GENERATE), timeout=2000)

    # The saved teacher works: the estimate loads the key from the key store, not the project.
    window.show_step(GENERATE)
    generate = window.pages[GENERATE]
    assert generate.options.concurrency.isVisible() and generate.price.isVisible()
    generate.options.per_label.setValue(4)
    generate.price.setValue(2.5)
    _click_and_wait(qtbot, generate, generate.estimate_button)
    assert re.search(r"About \d+ requests, about \d+ minutes?\. Cost: about \d+\.\d\d",
                     generate.estimate_result.text()), generate.estimate_result.text()


def test_gguf_teacher_still_chosen_by_file(qtbot, window, tmp_path, tiny_gguf):
    path = make_project(tmp_path / "g", data=YES_NO)
    page = window.pages[TEACHER]
    page.discovery_ports = {}  # nothing to look at
    assert window.open_project(path)
    assert page.kind() == GGUF
    page.path_edit.setText(str(tiny_gguf))
    qtbot.mouseClick(page.save_button, Qt.LeftButton)
    assert window.project.teacher.kind == "gguf" and not page.error.isVisible()
    shown = page.current.text()  # what the file's header says, in words
    assert "shule-tiny-random-llama" in shown and "F32" in shown and "context 4,096" in shown
    page.set_kind(SERVER)
    qtbot.mouseClick(page.save_button, Qt.LeftButton)  # nothing typed: a sentence, nothing saved
    assert page.error.isVisible() and "address" in page.error.text()
    assert window.project.teacher.kind == "gguf"

"""A first-time user with only a keyboard: from an empty window to an exported model.

Every key goes to whatever widget has the focus, as a real keyboard's would; a widget is reached
only by pressing Tab (so the focus order must lead there), a step only by its Go-menu shortcut.
The one native dialog on the way (where to save the project) is answered by a function, as in the
other GUI tests.
"""

from __future__ import annotations


from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

import app.dialogs
from app.main_window import EXPORT, GENERATE, LANGUAGE, REVIEW, TEACHER, TRAIN, TRY, MainWindow
from app.shortcuts_dialog import ShortcutsDialog, menu_shortcuts

TAB_LIMIT = 80


def focused() -> QWidget:
    """Where a key goes: an open popup (a completion list) first, as with a real keyboard."""
    active = QApplication.activeWindow()
    if QApplication.activePopupWidget() is None and active is not None and not active.isVisible():
        # The offscreen platform can leave activation on a completion list that has closed (its
        # activation arrives late); a desktop's window manager hands it back to the window.
        window = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, MainWindow) and w.isVisible())
        window.activateWindow()
        QApplication.processEvents()
    widget = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifiers)


def type_text(text: str) -> None:
    QTest.keyClicks(focused(), text)


def close_completions() -> None:
    """Esc, if a completion list is open after typing: what was typed stands."""
    if QApplication.activePopupWidget() is not None:
        press(Qt.Key_Escape)
    assert QApplication.activePopupWidget() is None


def tab_to(target: QWidget) -> None:
    """Press Tab until ``target`` (or a widget inside it) has the focus."""
    for _ in range(TAB_LIMIT):
        widget = focused()
        if widget is target or target.isAncestorOf(widget):
            return
        press(Qt.Key_Tab)
    chain = []
    for _ in range(12):
        w = focused()
        chain.append(f"{type(w).__name__}<{type(w.parent()).__name__}")
        press(Qt.Key_Tab)
    raise AssertionError(f"Tab never reaches {type(target).__name__} "
                         f"{getattr(target, 'text', lambda: '')()!r}; it goes {chain}")


def go_to(qtbot, window: MainWindow, step: int) -> None:
    """Go ▸ step: Ctrl+1 … Ctrl+8, once the step is open (the window re-checks after a change)."""
    qtbot.waitUntil(window.step_actions[step].isEnabled, timeout=2000)
    press(Qt.Key(Qt.Key_1 + step), Qt.ControlModifier)
    assert window.current_step() == step


def wait_for(qtbot, runner, timeout: int) -> None:
    with qtbot.waitSignal(runner.finished, timeout=timeout):
        press(Qt.Key_Space)  # the focused button


def test_a_keyboard_only_user_goes_from_an_empty_window_to_an_exported_model(
        qtbot, monkeypatch, tmp_path, tiny_gguf):
    monkeypatch.setattr(app.dialogs, "ask_new_project_path",
                        lambda parent, start="": tmp_path / "keys")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.current_step() == LANGUAGE

    # Language & task: the language, two labels in the table, then Create.
    page = window.language_page
    tab_to(page.language_edit)
    type_text("Swahili")
    close_completions()
    tab_to(page.labels_table)
    for name, description in (("yes", "Texts that agree"), ("no", "Texts that disagree")):
        if page.labels_table.currentRow() < 0 or page.labels_table.rowCount() == 0:
            break
        type_text(name)
        press(Qt.Key_Tab)
        type_text(description)
        press(Qt.Key_Tab)
    labels = [(page.labels_table.item(r, 0).text(), page.labels_table.item(r, 1).text())
              for r in range(page.labels_table.rowCount())]
    assert labels[:2] == [("yes", "Texts that agree"), ("no", "Texts that disagree")]
    tab_to(page.create_button)
    press(Qt.Key_Space)
    assert window.project is not None and window.current_step() == TEACHER

    # Teacher: a GGUF on disk.
    teacher = window.pages[TEACHER]
    tab_to(teacher.path_edit)
    type_text(str(tiny_gguf))
    close_completions()
    tab_to(teacher.save_button)
    press(Qt.Key_Space)
    assert window.project.teacher is not None and window.project.teacher.path == str(tiny_gguf)

    # Generate: three per label.
    go_to(qtbot, window, GENERATE)
    generate = window.pages[GENERATE]
    tab_to(generate.per_label)
    press(Qt.Key_A, Qt.ControlModifier)
    type_text("3")
    assert generate.per_label.value() == 3
    tab_to(generate.generate_button)
    wait_for(qtbot, generate.runner, 120_000)
    n_samples = len(window.project.sample_ids())
    assert n_samples >= 4

    # Review: accept each with A.
    go_to(qtbot, window, REVIEW)
    review = window.pages[REVIEW]
    tab_to(review.table)
    for _ in range(n_samples):
        press(Qt.Key_A)
    assert sum(c["accepted"] for c in window.project.counts().values()) == n_samples

    # Train the quick student (the default).
    go_to(qtbot, window, TRAIN)
    train = window.pages[TRAIN]
    tab_to(train.train_button)
    wait_for(qtbot, train.runner, 180_000)
    assert len(window.project.models()) == 1

    # Export to a folder typed in, then try it.
    go_to(qtbot, window, EXPORT)
    export = window.pages[EXPORT]
    tab_to(export.out_field)
    press(Qt.Key_A, Qt.ControlModifier)
    type_text(str(tmp_path / "bundle"))
    tab_to(export.export_button)
    wait_for(qtbot, export.runner, 180_000)
    assert any((tmp_path / "bundle").glob("*.onnx"))
    go_to(qtbot, window, TRY)
    try_box = window.pages[TRY].try_box
    tab_to(try_box.input)
    type_text("habari za leo")
    qtbot.waitUntil(lambda: try_box.prediction.text() in {"yes", "no"}, timeout=5000)


def test_the_shortcuts_list_shows_the_menus_and_the_review_keys(qtbot, window):
    found = dict(menu_shortcuts(window.menuBar()))
    assert found["Go ▸ Review"] == "Ctrl+4"
    assert found["Help ▸ Keyboard shortcuts"] == "Ctrl+/"
    assert found["File ▸ Open project…"] == "Ctrl+O"
    window.pages[REVIEW].keymap.set_keys("accept", [QKeySequence("K")])
    dialog = ShortcutsDialog(window.menuBar(), window.pages[REVIEW].keymap, ["yes", "no"], window)
    qtbot.addWidget(dialog)
    rows = {dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text()
            for r in range(dialog.table.rowCount())}
    assert rows["Accept"] == "K"  # the key the user chose, not the default
    assert rows["Relabel as “no”"] == "2" and rows["Go ▸ Train"] == "Ctrl+5"


def test_closed_steps_cannot_be_reached_by_their_shortcut(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.language_page.language_edit.setFocus()
    press(Qt.Key_5, Qt.ControlModifier)  # Train, with no project
    assert window.current_step() == LANGUAGE and not window.step_actions[TRAIN].isEnabled()
    press(Qt.Key_8, Qt.ControlModifier)  # Try it needs no project
    assert window.current_step() == TRY


def test_technical_terms_are_explained_where_they_first_appear(qtbot, window):
    from app.glossary import TERMS, meaning
    from app.main_window import EVALUATE

    teacher, export = window.pages[TEACHER], window.pages[EXPORT]
    review, evaluate = window.pages[REVIEW], window.pages[EVALUATE]
    where = {"GGUF": [teacher.gguf_radio, teacher.path_edit], "int8": [export.int8],
             "ONNX": [export.export_button], "gold": [review.gold.button]}
    for term, widgets in where.items():
        for widget in widgets:
            assert meaning(term) in widget.toolTip() and widget.whatsThis() == meaning(term)
    assert evaluate.verdict.whatsThis() == meaning("macro-F1")
    assert set(where) | {"macro-F1"} == set(TERMS)
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    whats_this = next(a for a in help_menu.actions() if a.text() == "&What's this?")
    assert whats_this.shortcut().toString() == "Shift+F1"


def test_the_sidebar_says_what_is_done_and_what_comes_next(qtbot, window, tmp_path, tiny_gguf):
    from core.project import Project, TeacherConfig
    from tests.fixtures.projects import make_project

    sidebar = window.sidebar
    assert sidebar.buttons[LANGUAGE].accessibleDescription() == "Next step"
    assert sidebar.buttons[LANGUAGE].font().bold() and "✓" not in sidebar.buttons[LANGUAGE].text()
    path = make_project(tmp_path / "p", status="pending")
    with Project.open(path) as project:
        project.set_teacher(TeacherConfig("gguf", str(tiny_gguf)))
    assert window.open_project(path)
    done = [i for i, b in enumerate(sidebar.buttons) if b.text().endswith("✓")]
    assert done == [LANGUAGE, TEACHER, GENERATE]  # samples are there, none reviewed yet
    assert [b.accessibleDescription() for b in sidebar.buttons][:5] == [
        "Done", "Done", "Done", "Next step", ""]
    assert sidebar.buttons[REVIEW].font().bold()
    window.project.set_status(window.project.sample_ids(), "accepted")
    window.update_steps()
    assert sidebar.buttons[REVIEW].text().endswith("✓")
    assert sidebar.buttons[TRAIN].accessibleDescription() == "Next step"


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two #rrggbb colours."""
    def luminance(hex_colour: str) -> float:
        channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_a_dark_system_theme_is_followed_and_messages_stay_readable(qtbot, qapp):
    from PySide6.QtGui import QColor, QPalette

    from app.widgets import ERROR, WARNING

    light = qapp.palette()
    dark = QPalette(light)
    for role, value in ((QPalette.Window, "#2b2b2b"), (QPalette.WindowText, "#e8e8e8"),
                        (QPalette.Base, "#1e1e1e"), (QPalette.AlternateBase, "#333333"),
                        (QPalette.Text, "#e8e8e8"), (QPalette.Button, "#3a3a3a"),
                        (QPalette.ButtonText, "#e8e8e8"), (QPalette.Mid, "#5a5a5a"),
                        (QPalette.Midlight, "#444444")):
        dark.setColor(role, QColor(value))
    for pair in (ERROR, WARNING):  # each readable on its theme's window colour
        assert contrast(pair[0], "#efefef") >= 4.5 and contrast(pair[1], "#2b2b2b") >= 4.5
    qapp.setPalette(dark)
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        error = window.language_page.language_error
        assert ERROR[1] in error.styleSheet()
        shot = window.sidebar.grab().toImage()
        background = shot.pixelColor(shot.width() // 2, shot.height() - 5)
        assert background.lightness() < 100  # the sidebar is dark too
        window.close()
    finally:
        qapp.setPalette(light)


def test_every_field_on_every_page_has_a_name_a_screen_reader_can_say(qtbot, window, tmp_path):
    from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox,
                                   QComboBox, QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
                                   QTextEdit)

    from app.tour import make_demo_project

    assert window.open_project(make_demo_project(tmp_path))
    fields = (QLineEdit, QAbstractSpinBox, QComboBox, QAbstractItemView, QPlainTextEdit,
              QTextEdit)
    nameless = []
    for step, page in enumerate(window.pages):
        window.show_step(step, force=True)
        buddies = {label.buddy() for label in window.findChildren(QLabel) if label.buddy()}
        for widget in page.findChildren(QWidget):
            if not widget.isVisibleTo(page) or isinstance(widget, QHeaderView):
                continue
            inner = isinstance(widget, QLineEdit) and isinstance(
                widget.parent(), (QAbstractSpinBox, QComboBox))  # the box's own editor
            if isinstance(widget, fields) and not inner and not widget.accessibleName() \
                    and widget not in buddies:
                nameless.append(f"{type(page).__name__}: {type(widget).__name__}")
            if isinstance(widget, QAbstractButton) and not widget.text() \
                    and not widget.accessibleName():
                nameless.append(f"{type(page).__name__}: a {type(widget).__name__} with no text")
    assert nameless == []


def test_every_task_shows_the_time_left_and_can_be_cancelled(qtbot):
    import threading

    from app.progress_panel import ProgressPanel
    from app.tasks import TaskRunner

    runner = TaskRunner()
    panel = ProgressPanel(runner)
    qtbot.addWidget(panel)
    stop = threading.Event()

    def steady(progress, should_cancel):  # a tenth every 0.2 s: about 2 s in all
        for step in range(1, 40):
            progress(step / 40, "")
            if should_cancel() or stop.wait(0.05):
                return None
        return None

    runner.start(steady)
    qtbot.waitUntil(panel.isVisible, timeout=3000)
    qtbot.waitUntil(lambda: panel.estimate.text().endswith(" left"), timeout=10_000)
    with qtbot.waitSignal(runner.cancelled, timeout=2000):
        panel.cancel_button.click()
    assert not panel.isVisible()

    # The estimate itself, on a clock the test sets: 0.1 → 0.3 in 2 s leaves 0.7 at 0.1 a second.
    now = [100.0]
    panel.clock = lambda: now[0]
    panel._on_started()
    panel._on_progress(0.1, "")
    now[0] = 100.5
    panel._on_progress(0.2, "")
    assert panel.estimate.text() == ""  # half a second says too little
    now[0] = 102.0
    panel._on_progress(0.3, "")
    assert panel.estimate.text() == "about 7 s left"
    assert panel.time_left_text(600) == "about 10 min left"
    assert panel.time_left_text(3 * 3600) == "about 3.0 h left"
    stop.set()

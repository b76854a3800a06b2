"""The main window: the step sidebar, one page per step, and the File and Settings menus.

The window owns the open project (one Project per thread: this one is the UI thread's). Pages read
it and write small changes directly; heavy work gets the project's path and runs in a child
process. Whenever a page reports a change, the window re-checks which steps are open.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QLoggingCategory, Qt, QTimer, Signal
from PySide6.QtGui import QActionGroup, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QMainWindow, QMessageBox,
                               QStackedWidget, QWhatsThis, QWidget)

from app import dialogs, fonts, gc_guard, i18n
from app.pages.base import Page, describe_error
from app.pages.evaluate_page import EvaluatePage
from app.pages.export_page import ExportPage
from app.pages.generate_page import GeneratePage
from app.pages.language_page import LanguagePage
from app.pages.review_page import ReviewPage
from app.pages.teacher_page import TeacherPage
from app.pages.train_page import TrainPage
from app.pages.try_page import TryPage
from app.step_sidebar import StepSidebar
from app.tasks import TaskRunner
from core import RESOURCES, settings
from core.errors import ShuleError
from core.project import ModelRecord, Project
from core.training import training_readiness

LANGUAGE, TEACHER, GENERATE, REVIEW, TRAIN, EVALUATE, EXPORT, TRY = range(8)
STEPS_DELAY_MS = 200

_windows: set["MainWindow"] = set()  # the window shown: a language switch replaces it


class MainWindow(QMainWindow):
    language_switched = Signal(object)  # the new window, made in the new language

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        gc_guard.install(QApplication.instance())  # task threads must never free widgets
        self.project: Optional[Project] = None
        self.language_page = LanguagePage()
        self.export_page, self.try_page = ExportPage(), TryPage()
        self.pages: list[Page] = [self.language_page, TeacherPage(), GeneratePage(), ReviewPage(),
                                  TrainPage(), EvaluatePage(), self.export_page, self.try_page]
        self.stack = QStackedWidget()
        # Re-checking the steps queries the project; after a burst of review keys do it once.
        self._steps_timer = QTimer(self, singleShot=True, interval=STEPS_DELAY_MS)
        self._steps_timer.timeout.connect(self.update_steps)
        for page in self.pages:
            self.stack.addWidget(page)
            page.changed.connect(self._steps_timer.start)
        self.sidebar = StepSidebar([page.title() for page in self.pages])
        self.sidebar.selected.connect(self.show_step)
        self.language_page.project_created.connect(self.open_project)
        # A new export is loaded in Try it at once; "Try it…" on the Export page goes there.
        self.export_page.exported.connect(self.try_page.load_bundle)
        self.export_page.try_requested.connect(lambda: self.show_step(TRY))

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.project_label = QLabel()  # permanent: showMessage() texts vanish on hover
        self.project_label.setTextFormat(Qt.PlainText)
        self.statusBar().addWidget(self.project_label, 1)
        self._make_menus()
        self.resize(1100, 720)
        self.set_project(None)

    def _make_menus(self) -> None:
        from app.export_data_dialog import ExportDataDialog
        from app.import_dialog import open_import_dialog
        from app.import_tasks import imported_text

        def imported(n: int, kind: str) -> None:
            self.statusBar().showMessage(imported_text(n, kind), 10_000)
            self.show_step(self.current_step(), force=True)  # re-read what the page shows
            self.update_steps()

        def import_data() -> None:
            if self.project is not None:
                self.data_dialog = open_import_dialog(self, self.project, on_imported=imported)

        def export_data() -> None:
            if self.project is not None:
                self.data_dialog = ExportDataDialog(self.project, self)
                self.data_dialog.setAttribute(Qt.WA_DeleteOnClose)
                self.data_dialog.open()

        menu = self.menuBar().addMenu(self.tr("&File"))
        menu.addAction(self.tr("&New project"), QKeySequence.New, self.new_project)
        menu.addAction(self.tr("&Open project…"), QKeySequence.Open, self.ask_open_project)
        menu.addSeparator()
        self.import_action = menu.addAction(self.tr("&Import data…"), import_data)
        self.export_data_action = menu.addAction(self.tr("&Export data…"), export_data)
        menu.aboutToShow.connect(lambda: [a.setEnabled(self.project is not None) for a in (
            self.import_action, self.export_data_action)])
        menu.addSeparator()
        self.models_action = menu.addAction(self.tr("&Models…"), self.open_models)
        menu.addSeparator()
        menu.addAction(self.tr("&Quit"), QKeySequence.Quit, self.close)

        menu = self.menuBar().addMenu(self.tr("&Settings"))
        languages = menu.addMenu(self.tr("Interface &language"))
        self.language_actions = QActionGroup(self)
        current = i18n.current_language()
        for code, name in i18n.interface_languages():
            action = languages.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            self.language_actions.addAction(action)
        self.language_actions.triggered.connect(
            lambda action: self.switch_language(str(action.data())))

        # The steps from the keyboard: the sidebar's buttons take no focus (the review keys).
        menu = self.menuBar().addMenu(self.tr("&Go"))
        self.step_actions = []
        for index, page in enumerate(self.pages):
            action = menu.addAction(page.title().replace("&", "&&"),
                                    lambda i=index: self.show_step(i))
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            self.step_actions.append(action)

        menu = self.menuBar().addMenu(self.tr("&Help"))
        menu.addAction(self.tr("&Keyboard shortcuts"), QKeySequence("Ctrl+/"),
                       self.show_shortcuts)
        # Then a click on a field or button explains it (technical terms: app/glossary.py).
        menu.addAction(self.tr("&What's this?"), QKeySequence("Shift+F1"),
                       QWhatsThis.enterWhatsThisMode)

    def show_shortcuts(self) -> None:
        from app.shortcuts_dialog import ShortcutsDialog

        labels = [label.name for label in self.project.labels] if self.project else []
        self.shortcuts_dialog = ShortcutsDialog(self.menuBar(), self.pages[REVIEW].keymap,
                                                labels, self)
        self.shortcuts_dialog.setAttribute(Qt.WA_DeleteOnClose)
        self.shortcuts_dialog.open()

    def open_models(self) -> None:
        """The teacher models: recommended ones to download, and GGUF files on this computer."""
        from app.model_manager import ModelManager

        self.models_dialog = ModelManager(self)
        self.models_dialog.setAttribute(Qt.WA_DeleteOnClose)
        self.models_dialog.chosen.connect(lambda path: self.statusBar().showMessage(self.tr(
            "New projects start with the teacher {name}.").format(name=Path(path).name), 10_000))
        self.models_dialog.open()

    # ---- projects -------------------------------------------------------------------------------
    def new_project(self) -> None:
        """Close the open project and show the empty Language & task form."""
        self.set_project(None)

    def ask_open_project(self) -> None:
        start = str(self.project.path.parent) if self.project is not None else ""
        path = dialogs.ask_open_project_path(self, start)
        if path is not None:
            self.open_project(path)

    def open_project(self, path: Path | str) -> bool:
        try:
            project = Project.open(path)
        except ShuleError as e:
            self.show_error(describe_error(e))
            return False
        self.set_project(project)
        if project.backup is not None:
            self.show_notice(self.tr(
                "{name} was made by an earlier version of Shule, so it has been upgraded. A copy "
                "of it as it was is kept at {backup}; the earlier Shule can open that copy.").format(
                name=project.path.name, backup=project.backup))
        return True

    def set_project(self, project: Optional[Project]) -> None:
        for page in self.pages:
            page.shutdown()
        if self.project is not None:
            self.project.close()
        self.project = project
        for page in self.pages:
            page.set_project(project)
        self.update_steps()
        if project is None:
            self.setWindowTitle("Shule")
            self.project_label.setText(self.tr("No project open"))
        else:
            self.setWindowTitle(f"{project.path.stem} — Shule")
            self.project_label.setText(str(project.path))
        self.show_step(self.next_step())

    def show_error(self, text: str) -> None:
        self._message(QMessageBox.Warning, text)

    def show_notice(self, text: str) -> None:
        self._message(QMessageBox.Information, text)

    def _message(self, icon: QMessageBox.Icon, text: str) -> None:
        box = QMessageBox(icon, self.tr("Shule"), text, QMessageBox.Ok, self)
        box.setTextFormat(Qt.PlainText)
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.open()  # not exec(): nothing waits on it

    # ---- steps ----------------------------------------------------------------------------------
    def step_reasons(self, counts: dict[str, dict[str, int]],
                     models: list[ModelRecord]) -> list[Optional[str]]:
        """For each step, None when it can be used, else one line saying what to do first
        (``counts`` and ``models`` are the open project's, read once by update_steps)."""
        project = self.project
        # Try it needs no project: any exported model folder loads there.
        if project is None:
            return [None] + [self.tr("Create or open a project first")] * (TRY - 1) + [None]
        has_samples = any(sum(c.values()) for c in counts.values()) or bool(
            project.sample_ids(source="gold"))
        return [
            None,
            None,
            None if project.teacher is not None else self.tr("Choose a teacher first"),
            None if has_samples else self.tr("Generate or import samples first"),
            training_readiness(project),
            None if project.teacher is not None or models
            else self.tr("Choose a teacher or train a student first"),
            None if models else self.tr("Train a student first"),
            None,
        ]

    def update_steps(self) -> None:
        self._steps_timer.stop()
        project = self.project
        # Runs after every burst of review keys: counts() is one GROUP BY, read once here.
        counts = project.counts() if project is not None else {}
        models = project.models() if project is not None else []
        for index, reason in enumerate(self.step_reasons(counts, models)):
            self.sidebar.set_state(index, reason)
            self.step_actions[index].setEnabled(reason is None)
        self.sidebar.set_marks(self.done_steps(counts, models),
                               self.next_step() if project else LANGUAGE)

    def done_steps(self, counts: dict[str, dict[str, int]],
                   models: list[ModelRecord]) -> set[int]:
        """The steps whose work is done (Export and Try it can always be done again)."""
        project = self.project
        if project is None:
            return set()
        done = {LANGUAGE} | ({TEACHER} if project.teacher is not None else set())
        if sum(sum(c.values()) for c in counts.values()):
            done.add(GENERATE)
            if not sum(c.get("pending", 0) for c in counts.values()):
                done.add(REVIEW)
        if models:
            done.add(TRAIN)
            if project.latest_evaluation(models[-1].id) is not None:
                done.add(EVALUATE)
        return done

    def next_step(self) -> int:
        """Where a user picks up: the first step with something left to do."""
        project = self.project
        if project is None:
            return LANGUAGE
        if project.teacher is not None and any(
                job.get("state", "running") == "running" for job in project.interrupted_jobs()):
            return GENERATE  # a run was cut off (a crash): its banner offers to continue it
        if project.sample_ids(status="pending"):
            return REVIEW
        if project.models():
            return EXPORT
        if self.sidebar.is_open(TRAIN):
            return TRAIN
        return GENERATE if project.teacher is not None else TEACHER

    def show_step(self, index: int, force: bool = False) -> None:
        """Show a step's page (refreshed from the project); closed steps only with ``force``."""
        if not force and not self.sidebar.is_open(index):
            return
        self.stack.setCurrentIndex(index)
        self.sidebar.select(index)
        self.pages[index].refresh()
        self.pages[index].focus_first()

    def current_step(self) -> int:
        return self.stack.currentIndex()

    # ---- the interface language -----------------------------------------------------------------
    def busy_steps(self) -> list[str]:
        """The steps whose work is running (or still stopping)."""
        def busy(page: Page) -> bool:
            runners = [getattr(page, name, None) for name in ("runner", "zip_runner")]
            pack = getattr(page, "pack_box", None)
            return any(isinstance(r, TaskRunner) and (r.is_running() or r.is_stopping())
                       for r in runners) or (pack is not None and pack.is_busy())
        return [page.title() for page in self.pages if busy(page)]

    def switch_language(self, code: str) -> "MainWindow":
        """Show the interface in ``code``: the window is made again in that language, with the
        same project and step open. Returns the window now shown (this one while work runs)."""
        busy = self.busy_steps()
        if busy:
            self.show_notice(self.tr(
                "Shule can change its language once this work has ended: {steps}. Wait for it or "
                "stop it, then choose the language again.").format(steps=", ".join(busy)))
            for action in self.language_actions.actions():
                action.setChecked(action.data() == i18n.current_language())
            return self
        settings.update(interface_language=code)
        i18n.apply_language(QApplication.instance(), code)
        path = self.project.path if self.project is not None else None
        step, geometry = self.current_step(), self.saveGeometry()
        window = MainWindow()
        window.restoreGeometry(geometry)
        self.close()  # closes the project: the new window opens it again
        window.show()
        if path is not None:
            window.open_project(path)
        window.show_step(step)
        _windows.discard(self)
        _windows.add(window)
        self.deleteLater()
        self.language_switched.emit(window)
        return window

    def closeEvent(self, event: QCloseEvent) -> None:
        # Stops background work and timers, and leaves no page holding a closed project.
        self.set_project(None)
        super().closeEvent(event)


def make_application() -> QApplication:
    """The one QApplication, set up as the window expects: names, icon, translations, fonts."""
    existing = QApplication.instance()
    if existing is not None:
        return existing
    app = QApplication(sys.argv)  # Qt's own options (-platform, -style) still work
    app.setApplicationName("Shule")
    app.setOrganizationName("Shule")
    app.setDesktopFileName("shule")  # installer/linux's shule.desktop: its icon in the task bar
    app.setWindowIcon(QIcon(str(RESOURCES / "icons" / "shule.png")))
    i18n.apply_language(app, i18n.chosen_language())
    fonts.load_bundled_fonts()  # Ethiopic, N'Ko, Tifinagh, Ol Chiki, Vai: resources/fonts
    # Qt's fallback notes each font it tries and rejects for a script: noise, not a problem.
    QLoggingCategory.setFilterRules("qt.text.font.db=false")
    return app


def run_gui(project_path: Optional[str] = None) -> int:
    app = make_application()
    window = MainWindow()
    _windows.add(window)
    window.show()
    if project_path:
        window.open_project(project_path)
    from app.first_run import first_run_wanted, open_first_run_guide

    if first_run_wanted():  # not when SHULE_NO_FIRST_RUN is set, nor once it was done
        window.first_run_guide = open_first_run_guide(window)
    if os.environ.get("SHULE_EXIT_WHEN_IDLE"):
        # For bench/run.py's startup figure: quit as soon as the loop is idle after the first paint.
        QTimer.singleShot(0, app.quit)
    return app.exec()

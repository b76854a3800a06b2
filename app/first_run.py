"""The guide shown the first time Shule starts: the interface language, then a teacher.

Step 1 chooses the interface language (English, plus each ``resources/translations/shule_*.qm``
found), stored as settings "interface_language". Step 2 says what a teacher is and offers: a model
server found on this computer (core.teachers.discovery, in a TaskRunner), a GGUF file already on
this computer (used where it is, never copied), a recommended model to download (the
ModelManager), or "Later". The choice is stored as settings "default_teacher", which a new
project's Teacher page fills in. Finishing, "Later", "Skip" or closing the window all set
"first_run_done", so the guide appears once.

``first_run_wanted()`` is the decision run_gui makes: not when SHULE_NO_FIRST_RUN is set (tests,
the tour) or SHULE_EXIT_WHEN_IDLE (the start-up benchmark), nor once "first_run_done" is true.
"""

from __future__ import annotations

import os
from typing import Any, Mapping, Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QHBoxLayout, QListWidget, QListWidgetItem,
                               QPushButton, QStackedWidget, QVBoxLayout, QWidget)

from app import dialogs, i18n
from app.hardware_box import HardwareBox
from app.pages.base import describe_error, message_label, show_message
from app.tasks import TaskRunner
from app.widgets import plain_label, plain_tooltip
from core import settings
from core.errors import TeacherError
from core.teachers.discovery import Found

LANGUAGE_STEP, TEACHER_STEP = range(2)
SERVER_ROLE = Qt.UserRole


def first_run_wanted(environ: Optional[Mapping[str, str]] = None) -> bool:
    """Whether run_gui should show the guide."""
    env = os.environ if environ is None else environ
    if env.get("SHULE_NO_FIRST_RUN") or env.get("SHULE_EXIT_WHEN_IDLE"):
        return False
    return settings.get("first_run_done") is not True


class FirstRunGuide(QDialog):
    language_chosen = Signal(str)  # Next with another language than the one shown

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.replaced = False  # the window was made again in the chosen language, with a new guide
        self.setWindowTitle(self.tr("Welcome to Shule"))
        self.resize(760, 600)
        #: The default teacher chosen so far (settings "default_teacher"), or None.
        self.choice: Optional[dict[str, str]] = None
        #: Ports to look at (kind → port); None: each server's usual port. Tests set their own.
        self.discovery_ports: Optional[dict[str, int]] = None
        self._looked = False
        self.manager: Any = None

        self.stack = QStackedWidget()
        self.stack.addWidget(self._language_step())
        self.stack.addWidget(self._teacher_step())

        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.clicked.connect(self.reject)
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.clicked.connect(lambda: self.show_step(LANGUAGE_STEP))
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(lambda: self.show_step(TEACHER_STEP))
        self.later_button = QPushButton(self.tr("Later"))
        self.later_button.setToolTip(self.tr("Choose a teacher later, on a project's Teacher "
                                             "page."))
        self.later_button.clicked.connect(self.later)
        self.finish_button = QPushButton(self.tr("Finish"))
        self.finish_button.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.skip_button)
        row.addWidget(self.back_button)
        row.addStretch(1)
        for button in (self.next_button, self.later_button, self.finish_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addLayout(row)
        self.show_step(LANGUAGE_STEP)

    # ---- step 1: the interface language --------------------------------------------------------
    def _language_step(self) -> QWidget:
        page = QWidget()
        self.language_combo = QComboBox()
        for code, name in i18n.interface_languages():
            self.language_combo.addItem(name, code)
        index = self.language_combo.findData(i18n.current_language())
        self.language_combo.setCurrentIndex(max(index, 0))
        column = QVBoxLayout(page)
        column.addWidget(plain_label(self.tr(
            "Shule makes a text classifier for your language: a teacher model writes example "
            "texts, you check them, and Shule trains a small model that runs on any computer.")))
        column.addWidget(plain_label(self.tr("Which language should Shule's windows and buttons "
                                             "use?")))
        column.addWidget(self.language_combo)
        column.addWidget(plain_label(self.tr("A change takes effect the next time Shule starts.")))
        column.addStretch(1)
        return page

    def language(self) -> str:
        return str(self.language_combo.currentData() or "en")

    # ---- step 2: a teacher ---------------------------------------------------------------------
    def _teacher_step(self) -> QWidget:
        page = QWidget()
        self.hardware_box = HardwareBox()
        self.server_list = QListWidget()  # item text is plain text: names come from the servers
        self.server_list.setMaximumHeight(120)
        self.server_list.currentItemChanged.connect(self._pick_server)
        self.server_status = plain_label()
        self.look_button = QPushButton(self.tr("Look again"))
        self.look_button.clicked.connect(self.find_servers)
        self.file_button = QPushButton(self.tr("A GGUF file already on this computer…"))
        self.file_button.clicked.connect(self.choose_file)
        self.download_button = QPushButton(self.tr("Download a recommended model…"))
        self.download_button.clicked.connect(self.open_manager)
        self.choice_label = plain_label()
        self.error = message_label()
        self.runner = TaskRunner(self)
        self.runner.finished.connect(self._on_found)
        self.runner.failed.connect(self._on_failed)
        self.runner.ended.connect(self._on_ended)

        servers_row = QHBoxLayout()
        servers_row.addWidget(self.server_status, 1)
        servers_row.addWidget(self.look_button, 0, Qt.AlignTop)
        files_row = QHBoxLayout()
        files_row.addWidget(self.file_button)
        files_row.addWidget(self.download_button)
        files_row.addStretch(1)
        column = QVBoxLayout(page)
        column.addWidget(plain_label(self.tr(
            "The teacher is a large language model that writes example texts in your language; "
            "Shule runs it on this computer or talks to a model server. Choose one now, or later "
            "on a project's Teacher page.")))
        column.addWidget(self.hardware_box)
        column.addLayout(servers_row)
        column.addWidget(self.server_list)
        column.addLayout(files_row)
        column.addWidget(self.choice_label)
        column.addWidget(self.error)
        column.addStretch(1)
        return page

    def show_step(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        first = step == LANGUAGE_STEP
        self.skip_button.setVisible(first)
        self.next_button.setVisible(first)
        self.back_button.setVisible(not first)
        self.later_button.setVisible(not first)
        self.finish_button.setVisible(not first)
        if not first:
            settings.update(interface_language=self.language())
            if self.language() != i18n.current_language():
                self.language_chosen.emit(self.language())
                if self.replaced:  # a guide in the new language goes on in a new window
                    return
            self.hardware_box.start()
            if not self._looked:
                self.find_servers()
        self._update_choice()

    def find_servers(self) -> None:
        from core.teachers.discovery import discover

        ports = dict(self.discovery_ports) if self.discovery_ports is not None else None
        self._looked = True
        self.look_button.setEnabled(False)
        self.server_status.setText(self.tr("Looking for model servers on this computer (Ollama, "
                                           "LM Studio, a llama.cpp server, vLLM)…"))
        self.runner.start(lambda progress, should_cancel: discover(ports=ports))

    def _on_ended(self) -> None:
        self.look_button.setEnabled(True)

    def _on_found(self, found: Any) -> None:
        self.show_servers(list(found or []))

    def _on_failed(self, error: BaseException) -> None:
        self.show_servers([])
        show_message(self.error, describe_error(error))

    def show_servers(self, found: list[Found]) -> None:
        """One line per model a server offers; servers that want a key or have no model are
        listed but cannot be chosen here."""
        self.server_list.blockSignals(True)
        self.server_list.clear()
        for server in found:
            where = self.tr("{name} at {url}").format(name=server.name, url=server.base_url)
            if server.needs_key or not server.models:
                why = (self.tr("needs an API key: set it up on a project's Teacher page")
                       if server.needs_key else self.tr("no model loaded"))
                item = QListWidgetItem(f"{where} — {why}", self.server_list)
                item.setFlags(Qt.NoItemFlags)
                continue
            for model in server.models:
                item = QListWidgetItem(f"{model} — {where}", self.server_list)
                item.setData(SERVER_ROLE, (server.base_url, model))
                item.setToolTip(plain_tooltip(f"{model}\n{server.base_url}"))
        self.server_list.blockSignals(False)
        self.server_list.setVisible(bool(found))
        if found:
            self.server_status.setText(self.tr("Model servers on this computer (choose a model):"))
        else:
            self.server_status.setText(self.tr("No model server is running on this computer. "
                                               "Use a GGUF model file instead, or download one."))

    def _pick_server(self, item: Optional[QListWidgetItem], _previous: Any = None) -> None:
        value = item.data(SERVER_ROLE) if item is not None else None
        if value:
            base_url, model = value
            self.choice = {"kind": "server", "base_url": base_url, "model": model}
            show_message(self.error, "")
            self._update_choice()

    def choose_file(self) -> None:
        from core.teacher_files import remember_teacher_file

        chosen = dialogs.ask_gguf_file(self)
        if chosen is None:
            return
        try:
            path = remember_teacher_file(chosen)  # used where it is: not copied
        except TeacherError as e:
            show_message(self.error, describe_error(e))
            return
        self.use_gguf(str(path))

    def open_manager(self) -> None:
        from app.model_manager import ModelManager

        self.manager = ModelManager(self, hardware=self.hardware_box.hardware)
        self.manager.setAttribute(Qt.WA_DeleteOnClose)
        self.manager.chosen.connect(self.use_gguf)
        self.manager.open()

    def use_gguf(self, path: str) -> None:
        self.choice = {"kind": "gguf", "path": path}
        show_message(self.error, "")
        self.server_list.clearSelection()
        self._update_choice()

    def _update_choice(self) -> None:
        choice = self.choice
        if choice is None:
            text = self.tr("No teacher chosen yet.")
        elif choice["kind"] == "server":
            text = self.tr("Your teacher: the model {model} on the server at {url}.").format(
                model=choice["model"], url=choice["base_url"])
        else:
            text = self.tr("Your teacher: the model file {path}.").format(path=choice["path"])
        self.choice_label.setText(text)
        self.finish_button.setEnabled(choice is not None)

    # ---- the end -------------------------------------------------------------------------------
    def later(self) -> None:
        self.choice = None
        self.accept()

    def done(self, result: int) -> None:
        """Finish, Later, Skip or closing: the guide is not shown again."""
        self.runner.cancel()
        self.hardware_box.stop()
        changes: dict[str, Any] = {"first_run_done": True, "interface_language": self.language()}
        if result == QDialog.Accepted and self.choice is not None:
            changes["default_teacher"] = dict(self.choice)
        settings.update(**changes)
        super().done(result)


def open_first_run_guide(window: Any, step: int = LANGUAGE_STEP) -> FirstRunGuide:
    """Show the guide over the main window without blocking (the window stays usable behind it).
    Choosing another interface language makes the window again in it, and the guide goes on
    there at the teacher step."""
    guide = FirstRunGuide(window)
    guide.setAttribute(Qt.WA_DeleteOnClose)

    def switch(code: str) -> None:
        new_window = window.switch_language(code)
        if new_window is window:
            return
        guide.replaced = True
        guide.runner.cancel()
        guide.hardware_box.stop()
        new_window.first_run_guide = open_first_run_guide(new_window, TEACHER_STEP)

    guide.language_chosen.connect(switch)
    if step != LANGUAGE_STEP:
        guide.show_step(step)
    guide.open()
    return guide

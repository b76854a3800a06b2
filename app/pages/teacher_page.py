"""Step 2: the teacher, the large language model that writes the samples.

Two kinds: a GGUF model file on this computer (checked — it exists and starts like a GGUF file —
then saved; the model itself is loaded only when generating), or a model server that speaks the
OpenAI API: Ollama, LM Studio, llama.cpp's server, vLLM on this computer, or an online API.

Everything that talks to a server, and the keyring, runs through the page's task runner: finding
servers on this computer (done once by itself the first time the page is shown to a project
without a teacher), "Test connection", and saving the API key. The key goes to core.secrets (the
OS keyring, else a private file, with a warning); the project stores only the key's name.

A project without a teacher starts with the user's usual teacher filled in (settings
"default_teacher", from the first-run guide or the model manager), to confirm with "Use this
teacher". "Recommended models…" opens the model manager; the model chosen there is used at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Optional

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (QButtonGroup, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QRadioButton, QStackedWidget, QVBoxLayout, QWidget)

from app import dialogs
from app.glossary import explain
from app.pages.base import Page, describe_error, message_label, show_message
from app.progress_panel import ProgressPanel
from app.server_teacher_form import ServerTeacherForm
from app.tasks import TaskRunner
from core.errors import TeacherError
from core.project import TeacherConfig
from core.teachers.gguf import check_gguf

GGUF, SERVER = 0, 1


def _server_url(text: str) -> str:
    """The address as it is stored: normalised, without user:password@ or a query."""
    from core.teachers.remote import normalise_base_url, public_url

    return public_url(normalise_base_url(text))


class TeacherPage(Page):
    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self._summaries: dict[str, str] = {}  # GGUF path -> what its header says
        self.add_heading(self.tr("Teacher"),
                         self.tr("Choose the large language model that writes example texts for "
                                 "each label: a GGUF model file on this computer, or a model "
                                 "server. A model that knows your language well gives better "
                                 "samples."))
        self.gguf_radio = QRadioButton(self.tr("A model file on this computer (GGUF)"))
        self.server_radio = QRadioButton(self.tr("A model server (Ollama, LM Studio, llama.cpp "
                                                 "server, vLLM, or an online API)"))
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.gguf_radio, GGUF)
        self.kind_group.addButton(self.server_radio, SERVER)
        self.gguf_radio.setChecked(True)
        self.kind_group.idToggled.connect(self._kind_toggled)
        self.found_hint = message_label(error=False)

        # a GGUF file
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("Model file"))
        self.path_edit.setPlaceholderText(self.tr("Path to a .gguf model file"))
        for widget in (self.gguf_radio, self.path_edit):
            explain(widget, "GGUF")
        self.path_edit.returnPressed.connect(self.save_teacher)
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.clicked.connect(self._browse)
        self.models_button = QPushButton(self.tr("Recommended models…"))
        self.models_button.setToolTip(self.tr("Download a recommended teacher model, or choose "
                                              "one already on this computer."))
        self.models_button.clicked.connect(self.open_models)
        self.models_dialog: Any = None
        gguf_panel = QWidget()
        column = QVBoxLayout(gguf_panel)  # the row at the top: the stack is as tall as the server form
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Model file")))
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        row.addWidget(self.models_button)
        column.addLayout(row)
        column.addStretch(1)

        # a server
        self.server = ServerTeacherForm()
        self.server.find_requested.connect(self.find_servers)
        self.server.test_requested.connect(self.test_connection)
        self.server.submitted.connect(self.save_teacher)
        #: Ports to look at (kind → port); None: each server's usual port. Tests set their own.
        self.discovery_ports: Optional[dict[str, int]] = None
        self._discovered = False

        self.stack = QStackedWidget()
        self.stack.addWidget(gguf_panel)
        self.stack.addWidget(self.server)
        self.save_button = QPushButton(self.tr("Use this teacher"))
        self.save_button.clicked.connect(self.save_teacher)
        self.runner = TaskRunner(self)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        self.runner.cancelled.connect(self._on_cancelled)
        self.runner.ended.connect(self._on_ended)
        self.progress = ProgressPanel(self.runner)
        self._task = ""
        self.error = message_label()
        self.warning = message_label(error=False)  # where the API key went, when not the keyring
        self.current = message_label(error=False)

        self.layout_.addWidget(self.gguf_radio)
        self.layout_.addWidget(self.server_radio)
        self.layout_.addWidget(self.found_hint)
        self.layout_.addWidget(self.stack)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        self.layout_.addLayout(save_row)
        self.layout_.addWidget(self.progress)
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.warning)
        self.layout_.addWidget(self.current)
        self.layout_.addStretch(1)
        self._kind_toggled(GGUF, True)

    def title(self) -> str:
        return self.tr("Teacher")

    def kind(self) -> int:
        return self.kind_group.checkedId()

    def set_kind(self, kind: int) -> None:
        self.kind_group.button(kind).setChecked(True)

    def _kind_toggled(self, kind: int, checked: bool) -> None:
        if checked:
            self.stack.setCurrentIndex(kind)
            show_message(self.error, "")
            self._update_found_hint()

    # ---- background tasks ----------------------------------------------------------------------
    def _start(self, task: str, fn: Callable[..., Any]) -> None:
        self.runner.cancel()  # first: its cancelled/ended signals concern the old task
        self._task = task
        show_message(self.error, "")
        self.server.set_busy(True)
        self.runner.start(fn)

    def find_servers(self) -> None:
        from core.teachers.discovery import discover

        ports = dict(self.discovery_ports) if self.discovery_ports is not None else None
        self._discovered = True
        self.server.found_status.setText(self.tr("Looking for servers on this computer…"))
        self._start("find", lambda progress, should_cancel: discover(ports=ports))

    def test_connection(self) -> None:
        from core.teachers.connection import test_connection

        base_url, model, key = self.server.base_url(), self.server.model(), self.server.api_key()
        if not base_url:
            show_message(self.error, self.tr("Type the server's address first, or choose a "
                                             "server found on this computer."))
            return
        stored = self._stored_key_name(base_url) if not key else None

        def work(progress: Any, should_cancel: Any) -> Any:
            api_key = key
            if stored:
                from core.secrets import load_key

                api_key = load_key(stored)
            return test_connection(base_url, model, api_key)

        self.server.show_report([self.tr("Asking the server…")])
        self._start("test", work)

    def _stored_key_name(self, base_url: str) -> Optional[str]:
        """The key name this project's teacher uses, when it is the same server."""
        teacher = self.project.teacher if self.project is not None else None
        if teacher is None or teacher.kind != "openai":
            return None
        name = teacher.settings.get("api_key_name")
        try:
            same = _server_url(teacher.settings.get("base_url") or teacher.path) == \
                _server_url(base_url)
        except ValueError:
            same = False
        return name if same else None

    def _on_finished(self, value: Any) -> None:
        task, self._task = self._task, ""
        if task == "find":
            self.server.show_found(value)
            self._update_found_hint()
        elif task == "test":
            self.server.show_report(value.lines)
            if value.models:
                self.server.set_models(value.models, self.server.model() or value.model)
        elif task == "save":
            self._store_server(*value)

    def _on_failed(self, error: BaseException) -> None:
        task, self._task = self._task, ""
        show_message(self.error, describe_error(error))
        if task == "find":
            self.server.show_found(None)
        elif task == "test":
            self.server.show_report([])

    def _on_cancelled(self) -> None:
        task, self._task = self._task, ""
        if task == "find":
            self.server.show_found(self.server.found or None)
        elif task == "test":
            self.server.show_report([])

    def _on_ended(self) -> None:
        self.server.set_busy(False)

    def _update_found_hint(self) -> None:
        found = self.server.found
        if found and self.kind() == GGUF:
            names = ", ".join(dict.fromkeys(f.name for f in found))
            show_message(self.found_hint, self.tr(
                "Shule found a model server on this computer: {names}. Choose “A model server” "
                "to use it.").format(names=names))
        else:
            show_message(self.found_hint, "")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        project = self.project
        if (not self._discovered and project is not None and project.teacher is None
                and not self.runner.is_running()):
            self._discovered = True
            QTimer.singleShot(0, self.find_servers)  # in the background, after the page is drawn

    # ---- saving --------------------------------------------------------------------------------
    def _browse(self) -> None:
        start = str(Path(self.path_edit.text()).parent) if self.path_edit.text() else ""
        path = dialogs.ask_gguf_file(self, start)
        if path is not None:
            self.path_edit.setText(str(path))
            self.save_teacher()

    def open_models(self) -> None:
        """The model manager; the model the user picks there becomes this project's teacher."""
        from app.model_manager import ModelManager

        self.models_dialog = ModelManager(self)
        self.models_dialog.setAttribute(Qt.WA_DeleteOnClose)
        self.models_dialog.chosen.connect(self.use_model_file)
        self.models_dialog.open()

    def use_model_file(self, path: str) -> None:
        self.set_kind(GGUF)
        self.path_edit.setText(path)
        self.save_teacher()

    def save_teacher(self) -> None:
        if self.project is None:
            return
        if self.kind() == SERVER:
            self._save_server()
            return
        text = self.path_edit.text().strip()
        if not text:
            show_message(self.error, self.tr("Choose a model file first."))
            return
        try:
            path = check_gguf(Path(text).expanduser())
            self._model_summary(path)  # a damaged header is refused before it is saved
        except TeacherError as e:
            show_message(self.error, describe_error(e))
            return
        show_message(self.error, "")
        self.project.set_teacher(TeacherConfig(kind="gguf", path=str(path.resolve())))
        self.refresh()
        self.changed.emit()

    def _save_server(self) -> None:
        base_url, model, key = self.server.base_url(), self.server.model(), self.server.api_key()
        if not base_url:
            show_message(self.error, self.tr("Type the server's address first, or choose a "
                                             "server found on this computer."))
            return
        if not model:
            show_message(self.error, self.tr("Type or choose the model's name."))
            return
        try:
            url = _server_url(base_url)
        except ValueError:
            show_message(self.error, self.tr("“{address}” is not a web address.").format(
                address=base_url))
            return
        from core.secrets import key_name_for

        name = key_name_for(url)
        kept = self._stored_key_name(url)

        def work(progress: Any, should_cancel: Any) -> tuple[str, str, Optional[str], str]:
            from core.secrets import load_key, store_key

            if key:
                return url, model, name, store_key(name, key) or ""
            if kept:  # the key stored earlier for this server stays in use
                return url, model, kept, ""
            return url, model, name if load_key(name) else None, ""

        show_message(self.warning, "")
        self._start("save", work)

    def _store_server(self, url: str, model: str, key_name: Optional[str], warning: str) -> None:
        if self.project is None:
            return
        settings: dict[str, Any] = {"base_url": url, "model": model}
        if key_name:
            settings["api_key_name"] = key_name  # only the name: the key is in core.secrets
        self.project.set_teacher(TeacherConfig(kind="openai", settings=settings))
        self.server.key_edit.clear()
        show_message(self.warning, warning)
        self.refresh()
        self.changed.emit()

    # ---- the project ---------------------------------------------------------------------------
    def set_project(self, project: Any) -> None:
        self.runner.cancel()
        self._discovered = False
        show_message(self.warning, "")
        self.server.show_report([])
        super().set_project(project)

    def refresh(self) -> None:
        show_message(self.error, "")
        teacher = self.project.teacher if self.project is not None else None
        if teacher is None:
            self.path_edit.clear()
            self.server.set_values("", "", False)
            if self._fill_default_teacher():
                show_message(self.current, self.tr(
                    "No teacher chosen yet. Your usual teacher is filled in: check it, then "
                    "click “Use this teacher”."))
            else:
                show_message(self.current, self.tr("No teacher chosen yet."))
            return
        if teacher.kind == "openai":
            self.set_kind(SERVER)
            url = teacher.settings.get("base_url") or teacher.path
            model = teacher.settings.get("model", "")
            self.server.set_values(url, model, bool(teacher.settings.get("api_key_name")))
            show_message(self.current, self.tr("This project's teacher: the model {model} on the "
                                               "server at {url}.").format(model=model, url=url))
            return
        self.set_kind(GGUF)
        self.path_edit.setText(teacher.path)
        try:
            about = self._model_summary(Path(teacher.path))
        except TeacherError as e:  # moved or damaged since it was chosen
            about = describe_error(e)
        show_message(self.current, self.tr("This project's teacher: {path}\n{about}").format(
            path=teacher.path, about=about))

    def _fill_default_teacher(self) -> bool:
        """Fill in settings "default_teacher" (chosen in the first-run guide or the model
        manager) for a project without a teacher; nothing is saved until the user confirms."""
        from core import settings

        default = settings.get("default_teacher")
        if not isinstance(default, dict):
            return False
        if default.get("kind") == "gguf" and isinstance(default.get("path"), str):
            self.set_kind(GGUF)
            self.path_edit.setText(default["path"])
            return True
        if (default.get("kind") == "server" and isinstance(default.get("base_url"), str)
                and isinstance(default.get("model"), str)):
            self.set_kind(SERVER)
            self.server.set_values(default["base_url"], default["model"], False)
            return True
        return False

    def _model_summary(self, path: Path) -> str:
        """Name, parameters, quantization, context and size, read from the file's header once."""
        key = str(path.resolve())
        if key not in self._summaries:
            from core.teachers.gguf_info import gguf_info

            self._summaries[key] = gguf_info(path).summary
        return self._summaries[key]

    def shutdown(self) -> None:
        self.runner.cancel()

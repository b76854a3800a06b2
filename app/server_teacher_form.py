"""The fields of a server teacher: servers found on this computer, the address, the model and
an API key.

Only fields live here; the Teacher page runs discovery, "Test connection" and saving through its
task runner. What a server says (model names, its test report) is shown as plain text only. The
key field echoes as a password and its text goes to core.secrets, never into the project.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
                               QVBoxLayout, QWidget)

from core.teachers.discovery import Found


class ServerTeacherForm(QWidget):
    find_requested = Signal()
    test_requested = Signal()
    submitted = Signal()  # Enter in the address or key field

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.found: list[Found] = []
        self.found_list = QListWidget()  # item text is plain text: names come from the servers
        self.found_list.setMaximumHeight(110)
        self.found_list.currentRowChanged.connect(self._pick_found)
        self.find_button = QPushButton(self.tr("Find servers on this computer"))
        self.find_button.clicked.connect(self.find_requested)
        self.found_status = QLabel()
        self.found_status.setTextFormat(Qt.PlainText)
        self.found_status.setWordWrap(True)

        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText(self.tr("for example http://127.0.0.1:11434/v1 or "
                                                 "https://api.openai.com/v1"))
        self.url_edit.returnPressed.connect(self.submitted)
        self.model_combo = QComboBox()
        self.model_combo.setEditable(True)
        self.model_combo.setInsertPolicy(QComboBox.NoInsert)
        self.model_combo.lineEdit().setPlaceholderText(self.tr("the model's name on the server"))
        self.key_edit = QLineEdit()
        self.key_edit.setEchoMode(QLineEdit.Password)
        self.key_edit.returnPressed.connect(self.submitted)
        self.key_edit.setPlaceholderText(self.tr("only for online APIs"))
        self.key_note = QLabel()
        self.key_note.setTextFormat(Qt.PlainText)
        self.key_note.setWordWrap(True)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_requested)
        self.report = QPlainTextEdit()  # the server's findings, as plain text
        self.report.setTabChangesFocus(True)  # Tab moves on: no keyboard trap
        self.report.setReadOnly(True)
        self.report.setMaximumHeight(140)
        self.report.hide()

        find_row = QHBoxLayout()
        find_row.addWidget(self.found_status, 1)
        find_row.addWidget(self.find_button, 0, Qt.AlignTop)
        form = QFormLayout()
        form.addRow(self.tr("Server address"), self.url_edit)
        form.addRow(self.tr("Model"), self.model_combo)
        form.addRow(self.tr("API key"), self.key_edit)
        form.addRow("", self.key_note)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(find_row)
        layout.addWidget(self.found_list)
        layout.addLayout(form)
        layout.addLayout(test_row)
        layout.addWidget(self.report)
        self.show_found(None)

    # ---- values --------------------------------------------------------------------------------
    def base_url(self) -> str:
        return self.url_edit.text().strip()

    def model(self) -> str:
        return self.model_combo.currentText().strip()

    def api_key(self) -> str:
        return self.key_edit.text().strip()

    def set_values(self, base_url: str, model: str, key_stored: bool) -> None:
        self.url_edit.setText(base_url)
        self.set_models([], model)
        self.key_edit.clear()
        self.key_note.setText(self.tr("A key for this server is stored on this computer; type a "
                                      "new one to replace it.") if key_stored else "")
        self.key_note.setVisible(key_stored)

    def set_models(self, models: list[str], current: Optional[str] = None) -> None:
        """Fill the model list; keep what is typed unless it is empty."""
        current = self.model() if current is None else current
        self.model_combo.clear()
        self.model_combo.addItems(models)
        self.model_combo.setEditText(current or (models[0] if models else ""))

    def set_busy(self, busy: bool) -> None:
        self.find_button.setEnabled(not busy)
        self.test_button.setEnabled(not busy)

    # ---- discovery -----------------------------------------------------------------------------
    def show_found(self, found: Optional[list[Found]]) -> None:
        """None: not looked yet; a list: what discovery found (may be empty)."""
        self.found = list(found or [])
        self.found_list.blockSignals(True)
        self.found_list.clear()
        for server in self.found:
            if server.needs_key:
                detail = self.tr("needs an API key")
            elif len(server.models) == 1:
                detail = self.tr("model {name}").format(name=server.models[0])
            else:
                detail = self.tr("{n} models").format(n=len(server.models))
            QListWidgetItem(f"{server.name} — {server.base_url} — {detail}", self.found_list)
        self.found_list.blockSignals(False)
        self.found_list.setVisible(bool(self.found))
        if found is None:
            self.found_status.setText(self.tr("Shule can look for Ollama, LM Studio, a llama.cpp "
                                              "server or vLLM running on this computer."))
        elif not self.found:
            self.found_status.setText(self.tr("No model server is running on this computer. Start "
                                              "one, or type the address of an online API."))
        else:
            self.found_status.setText(self.tr("Found on this computer (choose one):"))

    def _pick_found(self, row: int) -> None:
        if 0 <= row < len(self.found):
            server = self.found[row]
            self.url_edit.setText(server.base_url)
            self.set_models(server.models, "")

    # ---- test connection -----------------------------------------------------------------------
    def show_report(self, lines: list[str]) -> None:
        self.report.setPlainText("\n".join(lines))
        self.report.setVisible(bool(lines))

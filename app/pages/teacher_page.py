"""Step 2: the teacher, a local GGUF model file that writes the samples.

The file is checked (it exists and starts like a GGUF file) before it is saved in the project;
loading the model itself happens only when generating, in a child process.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from app import dialogs
from app.pages.base import Page, message_label, show_message
from core.errors import TeacherError
from core.project import TeacherConfig
from core.teachers.gguf import check_gguf


class TeacherPage(Page):
    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.add_heading(self.tr("Teacher"),
                         self.tr("Choose the large language model that writes example texts for "
                                 "each label: a GGUF model file on this computer. A model that "
                                 "knows your language well gives better samples."))
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("Path to a .gguf model file"))
        self.path_edit.returnPressed.connect(self.save_teacher)
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.clicked.connect(self._browse)
        self.save_button = QPushButton(self.tr("Use this teacher"))
        self.save_button.clicked.connect(self.save_teacher)
        self.error = message_label()
        self.current = QLabel()
        self.current.setTextFormat(Qt.PlainText)
        self.current.setWordWrap(True)

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Model file")))
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        row.addWidget(self.save_button)
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.current)
        self.layout_.addStretch(1)

    def title(self) -> str:
        return self.tr("Teacher")

    def _browse(self) -> None:
        start = str(Path(self.path_edit.text()).parent) if self.path_edit.text() else ""
        path = dialogs.ask_gguf_file(self, start)
        if path is not None:
            self.path_edit.setText(str(path))
            self.save_teacher()

    def save_teacher(self) -> None:
        if self.project is None:
            return
        text = self.path_edit.text().strip()
        if not text:
            show_message(self.error, self.tr("Choose a model file first."))
            return
        try:
            path = check_gguf(Path(text).expanduser())
        except TeacherError as e:
            show_message(self.error, str(e))
            return
        show_message(self.error, "")
        self.project.set_teacher(TeacherConfig(kind="gguf", path=str(path.resolve())))
        self.refresh()
        self.changed.emit()

    def refresh(self) -> None:
        show_message(self.error, "")
        teacher = self.project.teacher if self.project is not None else None
        if teacher is None:
            self.path_edit.clear()
            self.current.setText(self.tr("No teacher chosen yet."))
            return
        self.path_edit.setText(teacher.path)
        self.current.setText(self.tr("This project's teacher: {path}").format(path=teacher.path))

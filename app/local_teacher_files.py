"""The teacher GGUF files already on this computer, as a section of the model manager.

The list shows the GGUF files in models_dir() and those the user chose where they are
(core.teacher_files: used in place, never copied). "Add a GGUF file on disk…" remembers one more,
"Remove from the list" forgets one the user added (the file itself stays), and "Use this model"
emits ``use_requested(path)``; the dialog around it makes the file the default teacher.

Problems are not shown here: ``message(text)`` carries them (an empty text when the last action
went well) to the dialog's message label. Paths are shown only as plain list text and tooltips.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout,
                               QWidget)

from app import dialogs
from app.pages.base import describe_error
from app.widgets import plain_label, plain_tooltip
from core.errors import TeacherError
from core.paths import models_dir
from core.teacher_files import forget_teacher_file, local_teacher_files, remember_teacher_file

PATH_ROLE = Qt.UserRole
IN_PLACE_ROLE = Qt.UserRole + 1


class LocalTeacherFiles(QWidget):
    use_requested = Signal(str)  # the GGUF file's path, after "Use this model"
    message = Signal(str)  # a problem in words, or "" when the last action went well

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.files = QListWidget()  # item text is plain text
        self.files.setMaximumHeight(100)
        self.files.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("Add a GGUF file on disk…"))
        self.add_button.clicked.connect(self.add_file)
        self.forget_button = QPushButton(self.tr("Remove from the list"))
        self.forget_button.setToolTip(self.tr("Shule forgets the file; the file itself is left "
                                              "where it is."))
        self.forget_button.clicked.connect(self.forget_selected_file)
        self.use_button = QPushButton(self.tr("Use this model"))
        self.use_button.clicked.connect(self.use_selected_file)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.forget_button)
        row.addStretch(1)
        row.addWidget(self.use_button)
        self.note = plain_label(self.tr(
            "Files you add are used where they are; Shule does not copy them. Downloaded models "
            "are kept in {folder}.").format(folder=models_dir()))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.files)
        layout.addLayout(row)
        layout.addWidget(self.note)
        self.refresh()

    def refresh(self) -> None:
        """List the files again (some may have come or gone), keeping the selection."""
        current = self.selected_file()
        self.files.clear()
        for path, in_place in local_teacher_files():
            if not path.is_file():
                text = self.tr("{name} — missing from {folder}").format(name=path.name,
                                                                       folder=path.parent)
            elif in_place:
                text = self.tr("{name} — used where it is, in {folder}").format(
                    name=path.name, folder=path.parent)
            else:
                text = self.tr("{name} — downloaded").format(name=path.name)
            item = QListWidgetItem(text, self.files)
            item.setData(PATH_ROLE, str(path))
            item.setData(IN_PLACE_ROLE, in_place)
            item.setToolTip(plain_tooltip(str(path)))
            if current is not None and path == current:
                self.files.setCurrentItem(item)
        self._update_buttons()

    def paths(self) -> list[str]:
        return [self.files.item(i).data(PATH_ROLE) for i in range(self.files.count())]

    def selected_file(self) -> Optional[Path]:
        item = self.files.currentItem()
        return Path(item.data(PATH_ROLE)) if item is not None else None

    def select_file(self, path: Path | str) -> None:
        for i in range(self.files.count()):
            if self.files.item(i).data(PATH_ROLE) == str(path):
                self.files.setCurrentRow(i)

    def _update_buttons(self) -> None:
        path = self.selected_file()
        self.use_button.setEnabled(path is not None and path.is_file())
        item = self.files.currentItem()
        self.forget_button.setEnabled(item is not None and bool(item.data(IN_PLACE_ROLE)))

    def add_file(self) -> None:
        chosen = dialogs.ask_gguf_file(self.window())
        if chosen is None:
            return
        try:
            path = remember_teacher_file(chosen)
        except TeacherError as e:
            self.message.emit(describe_error(e))
            return
        self.message.emit("")
        self.refresh()
        self.select_file(path)

    def forget_selected_file(self) -> None:
        item = self.files.currentItem()
        if item is not None and item.data(IN_PLACE_ROLE):
            forget_teacher_file(item.data(PATH_ROLE))
            self.refresh()

    def use_selected_file(self) -> None:
        path = self.selected_file()
        if path is not None:
            self.use_requested.emit(str(path))

"""Step 1: the language, what the classifier is for, and its labels; "Create project…".

Nothing is written until every field passes core's checks and the user picked a file name; each
problem is shown next to its field. With a project open the page shows what the project holds.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemDelegate, QAbstractItemView, QCompleter, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
                               QPushButton, QTableWidget, QTableWidgetItem, QWidget)

from app import dialogs, i18n
from app.pages.base import Page, describe_error, message_label, show_message
from core.errors import InvalidTask, LanguageNotFound, ShuleError
from core.languages import Language, find_language, search_languages
from core.project import Label, Project, validate_labels

EMPTY_LABEL_ROWS = 3


class LabelsTable(QTableWidget):
    """Tab moves from cell to cell, and from the last cell on to the next button (Shift+Tab from
    the first cell back out): a plain table keeps Tab to itself, a trap for keyboard users."""

    def _at_edge(self, forward: bool) -> bool:
        index = self.currentIndex()
        if not index.isValid():
            return True
        if forward:
            return index.row() == self.rowCount() - 1 and index.column() == self.columnCount() - 1
        return index.row() == 0 and index.column() == 0

    def focusNextPrevChild(self, next: bool) -> bool:
        if self._at_edge(next):
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        moving = hint in (QAbstractItemDelegate.EditNextItem, QAbstractItemDelegate.EditPreviousItem)
        forward = hint == QAbstractItemDelegate.EditNextItem
        leaving = moving and self._at_edge(forward)
        super().closeEditor(editor, QAbstractItemDelegate.NoHint if leaving else hint)
        if leaving:
            QWidget.focusNextPrevChild(self, forward)


class LanguagePage(Page):
    #: A new project file was written; the main window opens it.
    project_created = Signal(Path)

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.add_heading(self.tr("Language & task"),
                         self.tr("Name the language your texts are written in, say what the "
                                 "classifier is for, and list the labels it should choose from."))
        self._suggestions: dict[str, Language] = {}

        self.language_edit = QLineEdit()
        self.language_edit.setPlaceholderText(self.tr("Type a language name or code, e.g. Swahili or sw"))
        self._completions = QStringListModel(self)
        completer = QCompleter(self._completions, self)
        # core already ranked the matches (codes, names, autonyms): show them as they are.
        completer.setCompletionMode(QCompleter.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(12)
        self.language_edit.setCompleter(completer)
        self.language_edit.textEdited.connect(self._on_language_typed)
        completer.activated.connect(self._show_language_facts)
        self.language_info = QLabel()
        self.language_info.setTextFormat(Qt.PlainText)
        self.language_error = message_label()
        self._facts_timer = QTimer(self, singleShot=True, interval=250)
        self._facts_timer.timeout.connect(self._show_language_facts)

        self.task_edit = QPlainTextEdit()
        self.task_edit.setTabChangesFocus(True)  # Tab moves on: no keyboard trap
        self.task_edit.setPlaceholderText(
            self.tr("What should the classifier do? e.g. Sort SMS reports from farmers by topic."))
        self.task_edit.setFixedHeight(64)

        self.labels_table = LabelsTable(0, 2)
        self.labels_table.setAccessibleName(self.tr("Labels"))
        self.labels_table.setHorizontalHeaderLabels([self.tr("Label"), self.tr("Description")])
        self.labels_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.labels_table.setColumnWidth(0, 180)
        self.labels_table.verticalHeader().hide()
        self.labels_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.add_label_button = QPushButton(self.tr("Add label"))
        self.add_label_button.clicked.connect(lambda: self.add_label_row())
        self.remove_label_button = QPushButton(self.tr("Remove label"))
        self.remove_label_button.clicked.connect(self._remove_label_row)
        self.labels_error = message_label()

        self.create_button = QPushButton(self.tr("Create project…"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_project)
        self.create_error = message_label()
        self.open_note = QLabel(self.tr("This is the open project's language, task and labels. "
                                        "To start another project, use File › New project."))
        self.open_note.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language_edit)
        form.addRow("", self.language_info)
        form.addRow("", self.language_error)
        form.addRow(self.tr("Task"), self.task_edit)
        self.layout_.addLayout(form)
        self.layout_.addWidget(QLabel(self.tr("Labels")))
        self.layout_.addWidget(self.labels_table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_label_button)
        buttons.addWidget(self.remove_label_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        self.layout_.addLayout(buttons)
        self.layout_.addWidget(self.labels_error)
        self.layout_.addWidget(self.create_error)
        self.layout_.addWidget(self.open_note)
        self.refresh()

    def title(self) -> str:
        return self.tr("Language & task")

    # ---- the language field ---------------------------------------------------------------------
    def _on_language_typed(self, text: str) -> None:
        matches = search_languages(text, limit=20)
        ui = i18n.current_language()  # names in the interface language where CLDR has them
        self._suggestions = {lang.label_in(ui): lang for lang in matches}
        self._completions.setStringList(list(self._suggestions))
        show_message(self.language_error, "")
        self._facts_timer.start()

    def chosen_language(self) -> Language:
        """The language in the field: a completer choice, else core's look-up by name or code."""
        text = self.language_edit.text().strip()
        return self._suggestions.get(text) or find_language(text)

    def _show_language_facts(self) -> None:
        try:
            lang = self.chosen_language()
        except LanguageNotFound:
            self.language_info.setText("")
            return
        self.language_info.setText(self._facts(lang))

    def _facts(self, lang: Language) -> str:
        direction = (self.tr("written right to left") if lang.direction == "rtl"
                     else self.tr("written left to right"))
        return self.tr("Script: {script} ({code}) · {direction}").format(
            script=lang.script_name, code=lang.script, direction=direction)

    # ---- the labels table -----------------------------------------------------------------------
    def add_label_row(self, name: str = "", description: str = "") -> None:
        row = self.labels_table.rowCount()
        self.labels_table.insertRow(row)
        self.labels_table.setItem(row, 0, QTableWidgetItem(name))
        self.labels_table.setItem(row, 1, QTableWidgetItem(description))

    def _remove_label_row(self) -> None:
        rows = sorted({i.row() for i in self.labels_table.selectedIndexes()}, reverse=True)
        for row in rows or [self.labels_table.rowCount() - 1]:
            if row >= 0:
                self.labels_table.removeRow(row)

    def entered_labels(self) -> list[Label]:
        """The labels typed so far; rows left completely empty are ignored."""
        labels = []
        for row in range(self.labels_table.rowCount()):
            cells = [self.labels_table.item(row, c) for c in (0, 1)]
            name, description = (c.text().strip() if c else "" for c in cells)
            if name or description:
                labels.append(Label(name, description))
        return labels

    # ---- creating -------------------------------------------------------------------------------
    def create_project(self) -> None:
        for label in (self.language_error, self.labels_error, self.create_error):
            show_message(label, "")
        try:
            language = self.chosen_language()
        except LanguageNotFound as e:
            show_message(self.language_error, describe_error(e))
            return
        try:  # the same check Project.create makes, before asking for a file name
            labels = validate_labels(self.entered_labels())
        except InvalidTask as e:
            show_message(self.labels_error, describe_error(e))
            return
        path = dialogs.ask_new_project_path(self, self.tr("{name} classifier").format(name=language.name))
        if path is None:
            return
        try:
            project = Project.create(path, language, labels, self.task_edit.toPlainText())
        except InvalidTask as e:
            show_message(self.labels_error, describe_error(e))
            return
        except (ShuleError, OSError) as e:
            show_message(self.create_error, describe_error(e) if isinstance(e, ShuleError) else str(e))
            return
        created = project.path
        project.close()
        self.project_created.emit(created)

    # ---- showing the open project ---------------------------------------------------------------
    def refresh(self) -> None:
        project = self.project
        editable = project is None
        self.language_edit.setReadOnly(not editable)
        self.task_edit.setReadOnly(not editable)
        self.labels_table.setEditTriggers(
            QAbstractItemView.AllEditTriggers if editable else QAbstractItemView.NoEditTriggers)
        for button in (self.add_label_button, self.remove_label_button, self.create_button):
            button.setVisible(editable)
        self.open_note.setVisible(not editable)
        for label in (self.language_error, self.labels_error, self.create_error):
            show_message(label, "")
        self.labels_table.setRowCount(0)
        if project is None:
            self.language_edit.clear()
            self.language_info.clear()
            self.task_edit.clear()
            for _ in range(EMPTY_LABEL_ROWS):
                self.add_label_row()
            return
        language = project.language
        label = language.label_in(i18n.current_language())
        self.language_edit.setText(label)
        self._suggestions = {label: language}
        self.language_info.setText(self._facts(language))
        self.task_edit.setPlainText(project.task)
        for label in project.labels:
            self.add_label_row(label.name, label.description)

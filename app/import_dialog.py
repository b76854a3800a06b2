"""Import data: the file's first rows, which column holds what, what to import the rows as, and
every row that cannot be imported — all shown before anything is written.

core.importing does the work in two steps: ``plan_import`` reads and checks every row and writes
nothing; ``commit_import`` writes a plan in one transaction. Both run in the dialog's task runner
(a 100 MB file takes a while), each with its own Project (a Project is per thread). A new plan is
made whenever the mapping or the kind changes. Cells and problems quote the user's file: they are
shown only as plain text (table items, a QPlainTextEdit).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QComboBox, QDialog,
                               QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QPlainTextEdit, QPushButton, QRadioButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from app import dialogs
from app.i18n import translated
from app.import_tasks import Planned, commit_task, count_words, plan_task
from app.pages.base import describe_error, message_label, show_message
from app.progress_panel import ProgressPanel
from app.tasks import TaskRunner
from core.importing import ImportPlan
from core.project import Project

#: (kind, status, words): the choices under "Import as".
KINDS = (
    ("samples", "accepted", QT_TRANSLATE_NOOP(
        "ImportDialog", "Labelled samples, already checked: they count as accepted")),
    ("samples", "pending", QT_TRANSLATE_NOOP(
        "ImportDialog", "Labelled samples to review: they wait in the Review step")),
    ("gold", "accepted", QT_TRANSLATE_NOOP(
        "ImportDialog", "Gold examples: kept apart, used only to score the student")),
    ("unlabelled", "accepted", QT_TRANSLATE_NOOP(
        "ImportDialog", "Unlabelled texts: the teacher labels them in the Generate step")),
)
PREVIEW_HEIGHT = 190
PROBLEM_LINES = 6


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


class ImportDialog(QDialog):
    #: (how many were written, the kind: "samples" | "gold" | "unlabelled")
    imported = Signal(int, str)

    def __init__(self, project: Project, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import data"))
        self.resize(820, 640)
        self.project_path = str(project.path)
        self.start_folder = str(project.path.parent)
        self.file: Optional[Path] = None
        self.planned: Optional[Planned] = None
        self._task = ""  # "plan" | "commit"
        self.runner = TaskRunner(self)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        self.runner.cancelled.connect(self._on_cancelled)
        self.runner.ended.connect(self._update_button)
        self.progress = ProgressPanel(self.runner)

        self.file_label = QLabel(self.tr("No file chosen yet."))
        self.file_label.setTextFormat(Qt.PlainText)
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.preview = QTableWidget(0, 0)
        self.preview.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.preview.setSelectionMode(QAbstractItemView.NoSelection)
        self.preview.setWordWrap(False)
        self.preview.verticalHeader().hide()  # its 1, 2, 3 would not be the file's row numbers
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.setMinimumHeight(PREVIEW_HEIGHT)
        self.text_column, self.label_column = QComboBox(), QComboBox()
        for combo in (self.text_column, self.label_column):
            combo.setMinimumContentsLength(16)
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.currentIndexChanged.connect(lambda _i: self.replan())
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: list[QRadioButton] = []
        for index, (_kind, _status, words) in enumerate(KINDS):
            button = QRadioButton(_tr(words))
            self.kind_group.addButton(button, index)
            self.kind_buttons.append(button)
        self.kind_buttons[0].setChecked(True)
        self.kind_group.idToggled.connect(lambda _id, on: on and self._kind_changed())
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.PlainText)
        self.summary.setWordWrap(True)
        self.problems = QPlainTextEdit()  # row problems quote the file: plain text only
        self.problems.setTabChangesFocus(True)  # Tab moves on: no keyboard trap
        self.problems.setReadOnly(True)
        self.problems.hide()
        self.error = message_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"),
                                                    QDialogButtonBox.AcceptRole)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        self._layout()

    def _layout(self) -> None:
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)
        mapping = QFormLayout()
        mapping.addRow(self.tr("Text column"), self.text_column)
        mapping.addRow(self.tr("Label column"), self.label_column)
        kinds = QGroupBox(self.tr("Import as"))
        kinds_layout = QVBoxLayout(kinds)
        for button in self.kind_buttons:
            kinds_layout.addWidget(button)
        middle = QHBoxLayout()
        middle.addLayout(mapping, 2)
        middle.addWidget(kinds, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(QLabel(self.tr("The first rows of the file")))
        layout.addWidget(self.preview, 1)
        layout.addLayout(middle)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    # ---- choices -------------------------------------------------------------------------------
    def kind(self) -> tuple[str, str]:
        """(kind, status) as chosen under "Import as"."""
        kind, status, _words = KINDS[max(0, self.kind_group.checkedId())]
        return kind, status

    def set_kind(self, kind: str, status: str = "accepted") -> None:
        index = next(i for i, (k, s, _w) in enumerate(KINDS) if (k, s) == (kind, status))
        self.kind_buttons[index].setChecked(True)

    def choose_file(self) -> None:
        file = dialogs.ask_import_file(self, self.start_folder)
        if file is not None:
            self.set_file(file)

    def set_file(self, file: Path) -> None:
        """Read ``file`` afresh: the columns are guessed again."""
        self.file = Path(file)
        self.start_folder = str(self.file.parent)
        self.file_label.setText(self.file.name)
        self._fill_columns([], None, None)
        self.replan()

    def _kind_changed(self) -> None:
        self.label_column.setEnabled(self.kind()[0] != "unlabelled")
        self.replan()

    # ---- planning ------------------------------------------------------------------------------
    def replan(self) -> None:
        """Check every row again with the current choices (in the background); writes nothing."""
        if self.file is None or self.signalsBlocked() or self._task == "commit":
            return
        kind, status = self.kind()
        self.planned = None
        self.runner.start(plan_task(self.project_path, self.file, kind,
                                    self.text_column.currentData(),
                                    self.label_column.currentData(), status,
                                    self.tr("Reading {file}").format(file=self.file.name)))
        self._task = "plan"  # after start(): it reports the old task's end first
        show_message(self.error, "")
        self.summary.setText(self.tr("Reading {file}…").format(file=self.file.name))
        self.problems.hide()
        self._update_button()

    def _fill_columns(self, columns: list[str], text: Optional[str], label: Optional[str]) -> None:
        for combo, chosen in ((self.text_column, text), (self.label_column, label)):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(choose a column)"), None)
            for name in columns:
                combo.addItem(name, name)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
            combo.blockSignals(False)

    def _show_preview(self, columns: list[str], rows: list[list[str]], plan: Optional[ImportPlan]) -> None:
        self.preview.clear()
        self.preview.setColumnCount(len(columns))
        self.preview.setRowCount(len(rows))
        mapped = {plan.text_column, plan.label_column} if plan is not None else set()
        for column, name in enumerate(columns):
            item = QTableWidgetItem(name)
            font = item.font()
            font.setBold(name in mapped)
            item.setFont(font)
            self.preview.setHorizontalHeaderItem(column, item)
        for row, cells in enumerate(rows):
            for column, cell in enumerate(cells[:len(columns)]):
                self.preview.setItem(row, column, QTableWidgetItem(" ".join(cell.split())))
        self.preview.resizeColumnsToContents()
        for column in range(len(columns)):
            self.preview.setColumnWidth(column, min(self.preview.columnWidth(column), 360))

    def _show_plan(self, planned: Planned) -> None:
        self.planned = planned
        plan = planned.plan
        text = plan.text_column if plan else self.text_column.currentData()
        label = plan.label_column if plan and plan.label_column else self.label_column.currentData()
        self._fill_columns(planned.columns, text, label)  # the guess, or what the user chose
        self._show_preview(planned.columns, planned.preview, plan)
        if plan is None:
            self.summary.setText(planned.error)
            self.problems.hide()
            return
        self.summary.setText(self._summary(plan))
        lines = [self.tr("Row {row} {why}.").format(row=p.row, why=translated(p.why)) for p in plan.problems]
        if plan.problem_count > len(plan.problems):
            lines.append(self.tr("… and {n} more rows.").format(
                n=plan.problem_count - len(plan.problems)))
        self.problems.setPlainText("\n".join(lines))
        shown = min(len(lines), PROBLEM_LINES)  # as high as a few problems; the rest scroll
        self.problems.setFixedHeight(shown * self.problems.fontMetrics().lineSpacing()
                                     + 2 * self.problems.frameWidth() + 12)
        self.problems.setVisible(bool(lines))

    def _summary(self, plan: ImportPlan) -> str:
        name = plan.path.name
        if plan.problem_count:
            return (self.tr("1 row cannot be imported:") if plan.problem_count == 1 else
                    self.tr("{n} rows cannot be imported:").format(n=plan.problem_count)) + " " + \
                self.tr("nothing is imported until every row can be. Fix the file, or choose "
                        "other columns.")
        if not plan.count:
            return self.tr("Nothing to import: {file} has no rows with text.").format(file=name)
        text = self.tr("Ready: {n} rows of {file} can be imported.").format(n=plan.count,
                                                                          file=name)
        if plan.by_label:
            text += " " + " · ".join(f"{label} {n}" for label, n in plan.by_label.items())
        return text

    def _update_button(self) -> None:
        plan = self.planned.plan if self.planned is not None else None
        ready = plan is not None and plan.ok and not self.runner.is_running()
        self.import_button.setEnabled(ready)
        self.import_button.setText(
            self.tr("Import {what}").format(what=count_words(plan.kind, plan.count))
            if plan is not None and plan.ok else self.tr("Import"))
        writing = self._task == "commit"  # a commit runs to its end: no Cancel, no changes
        for widget in (self.choose_button, self.text_column, self.label_column, *self.kind_buttons,
                       self.buttons.button(QDialogButtonBox.Cancel), self.progress.cancel_button):
            widget.setEnabled(not writing)
        if self._task != "commit":
            self.label_column.setEnabled(self.kind()[0] != "unlabelled")

    # ---- importing -----------------------------------------------------------------------------
    def start_import(self) -> None:
        """Write the plan the user has seen (the Import button); nothing is written before."""
        plan = self.planned.plan if self.planned is not None else None
        if plan is None or not plan.ok or self.runner.is_running():
            return
        self.runner.start(commit_task(self.project_path, plan))
        self._task = "commit"
        show_message(self.error, "")
        self.summary.setText(self.tr("Importing…"))
        self._update_button()

    def _on_finished(self, value: Any) -> None:
        task, self._task = self._task, ""
        if task == "plan":
            self._show_plan(value)
        elif task == "commit":
            kind = self.planned.plan.kind if self.planned and self.planned.plan else "samples"
            self.imported.emit(int(value), kind)
            self.accept()

    def _on_failed(self, error: BaseException) -> None:
        task, self._task = self._task, ""
        show_message(self.error, describe_error(error))
        if task == "plan":
            self.planned = None
            self.summary.clear()
            self._show_preview([], [], None)
        else:
            self.summary.setText(self.tr("Nothing was imported."))

    def _on_cancelled(self) -> None:
        if self._task == "plan":
            self._task = ""
            self.summary.setText(self.tr("Stopped reading the file. Choose it again to import it."))

    def reject(self) -> None:
        if self._task != "commit":  # Esc while writing: let the one transaction finish
            self.runner.cancel()
            super().reject()


def open_import_dialog(parent: QWidget, project: Project, kind: str = "samples",
                       status: str = "accepted",
                       on_imported: Optional[Callable[[int, str], None]] = None
                       ) -> Optional[ImportDialog]:
    """Ask for a file, then open the dialog for it (window-modal; deleted when closed). None when
    the user chose no file."""
    file = dialogs.ask_import_file(parent, str(project.path.parent))
    if file is None:
        return None
    dialog = ImportDialog(project, parent)
    dialog.setAttribute(Qt.WA_DeleteOnClose)
    if on_imported is not None:
        dialog.imported.connect(on_imported)
    dialog.set_kind(kind, status)
    dialog.set_file(file)
    dialog.open()
    return dialog

"""Export data: the accepted samples (and the gold examples) as a file or a Hugging Face dataset
folder, written by core.data_export in the dialog's task runner."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget)

from app import dialogs
from app.pages.base import describe_error, message_label, show_message
from app.progress_panel import ProgressPanel
from app.tasks import TaskRunner
from core.data_export import SUFFIXES, export_data
from core.project import Project

#: (format, name, what the result holds)
FORMATS = (
    ("csv", QT_TRANSLATE_NOOP("ExportDataDialog", "CSV"),
     QT_TRANSLATE_NOOP("ExportDataDialog", "One table with the columns text, label, source, id "
                                           "and split; opens in any spreadsheet.")),
    ("jsonl", QT_TRANSLATE_NOOP("ExportDataDialog", "JSON Lines"),
     QT_TRANSLATE_NOOP("ExportDataDialog", "One JSON object per line, with text, label, source, "
                                           "id and split.")),
    ("xlsx", QT_TRANSLATE_NOOP("ExportDataDialog", "Excel workbook"),
     QT_TRANSLATE_NOOP("ExportDataDialog", "One sheet with the columns text, label, source, id "
                                           "and split.")),
    ("parquet", QT_TRANSLATE_NOOP("ExportDataDialog", "Parquet"),
     QT_TRANSLATE_NOOP("ExportDataDialog", "A compact column file for pandas, Polars or Spark.")),
    ("hf", QT_TRANSLATE_NOOP("ExportDataDialog", "Hugging Face dataset folder"),
     QT_TRANSLATE_NOOP("ExportDataDialog", "A folder with train, validation and test files and a "
                                           "dataset card (README.md), ready to upload.")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportDataDialog", text)


def default_target(project_path: Path, fmt: str) -> Path:
    stem = project_path.stem
    return project_path.parent / (f"{stem}-dataset" if fmt == "hf" else f"{stem}-data.{fmt}")


def export_task(project_path: str, out: Path, fmt: str, include_gold: bool) -> Callable[..., Path]:
    def work(progress: Any, should_cancel: Any) -> Path:
        return export_data(project_path, out, fmt, include_gold=include_gold)

    return work


class ExportDataDialog(QDialog):
    def __init__(self, project: Project, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export data"))
        self.resize(640, 300)
        self.project_path = project.path
        accepted = sum(c["accepted"] for c in project.counts().values())  # gold not counted
        gold = len(project.sample_ids(source="gold"))
        self._has_gold = gold > 0
        self.runner = TaskRunner(self)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(lambda e: show_message(self.error, describe_error(e)))
        self.runner.ended.connect(self._set_busy)
        self.progress = ProgressPanel(self.runner)

        self.what = QLabel((self.tr("1 accepted sample") if accepted == 1 else self.tr(
            "{n} accepted samples").format(n=accepted)) + "; " + (
            self.tr("1 gold example") if gold == 1 else self.tr("{n} gold examples").format(
                n=gold)) + ".")
        self.format = QComboBox()
        for fmt, name, _about in FORMATS:
            self.format.addItem(_tr(name), fmt)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.include_gold = QCheckBox(self.tr("Include the gold examples (as the test split)"))
        self.include_gold.setChecked(self._has_gold)
        self.include_gold.setEnabled(self._has_gold)
        self.target = QLineEdit(str(default_target(self.project_path, "csv")))
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.clicked.connect(self.choose_target)
        self.result = QLabel()
        self.result.setTextFormat(Qt.PlainText)  # a path the user typed
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.error = message_label()
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.export_button = buttons.addButton(self.tr("Export"), QDialogButtonBox.AcceptRole)
        self.export_button.setEnabled(accepted + gold > 0)
        buttons.accepted.connect(self.start_export)
        buttons.rejected.connect(self.reject)

        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(self.choose_button)
        form = QFormLayout()
        form.addRow(self.tr("Data"), self.what)
        form.addRow(self.tr("Format"), self.format)
        form.addRow("", self.about)
        form.addRow("", self.include_gold)
        form.addRow(self.tr("Save to"), target_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.result)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self._format_changed()

    def fmt(self) -> str:
        return str(self.format.currentData())

    def set_format(self, fmt: str) -> None:
        self.format.setCurrentIndex(self.format.findData(fmt))

    def _format_changed(self, _index: int = 0) -> None:
        fmt = self.fmt()
        self.about.setText(_tr(next(about for f, _n, about in FORMATS if f == fmt)))
        text = self.target.text().strip()
        current = Path(text) if text else None
        defaults = {default_target(self.project_path, f) for f, _n, _a in FORMATS}
        if current is None or current in defaults:
            self.target.setText(str(default_target(self.project_path, fmt)))
            return
        # Keep the folder and the name the user chose; the ending follows the format.
        stem = current.stem if current.suffix.lower() in SUFFIXES else current.name
        self.target.setText(str(current.with_name(stem if fmt == "hf" else f"{stem}.{fmt}")))

    def choose_target(self) -> None:
        chosen = dialogs.ask_export_target(self, self.fmt(), self.target.text())
        if chosen is not None:
            self.target.setText(str(chosen))
            self._format_changed()  # the ending the format needs

    def start_export(self) -> None:
        text = self.target.text().strip()
        if not text or self.runner.is_running():
            show_message(self.error, "" if text else self.tr("Choose where to save the data."))
            return
        show_message(self.error, "")
        self.result.clear()
        self.runner.start(export_task(str(self.project_path), Path(text), self.fmt(),
                                      self.include_gold.isChecked()))
        self._set_busy()

    def _set_busy(self) -> None:
        busy = self.runner.is_running()
        for widget in (self.export_button, self.format, self.target, self.choose_button):
            widget.setEnabled(not busy)
        self.include_gold.setEnabled(not busy and self._has_gold)

    def _on_finished(self, path: Path) -> None:
        if self.fmt() == "hf":
            self.result.setText(self.tr("Written to the folder {path} (train, validation and "
                                        "test files and README.md).").format(path=path))
        else:
            self.result.setText(self.tr("Written to {path}.").format(path=path))

    def done(self, result: int) -> None:
        self.runner.cancel()  # an export still running finishes in the background
        super().done(result)

"""Step 7: export a trained student as an offline ONNX bundle and see what each version is worth.

Export (ONNX, optional int8, checks against the trained model, speed) runs in a child process
through the task runner. Afterwards a table compares the full (fp32) and small (int8) versions,
warnings are put in words, a box says what a field device needs, and the bundle can be opened or
saved as one zip. The new bundle is announced with ``exported`` (the window loads it in Try it).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QGroupBox,
                               QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget)

from app import dialogs
from app.export_table import ExportTable, device_texts, summary_text, warnings_text
from app.glossary import explain
from app.pages.base import Page, describe_error, message_label, show_message
from app.progress_panel import ProgressPanel
from app.tasks import TaskRunner
from app.train_words import metrics_text
from app.widgets import FolderField
from core import export as exporting
from core.project import Project

def _selectable(monospace: bool = False) -> QLabel:
    label = message_label(error=False)  # plain, wrapped, selectable: commands are copied from it
    if monospace:
        label.setFont(QFontDatabase.systemFont(QFontDatabase.FixedFont))
    return label


class ExportPage(Page):
    #: An export finished: the bundle's folder.
    exported = Signal(str)
    #: The user asked to try the exported model (the window shows the Try it step).
    try_requested = Signal()

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.add_heading(self.tr("Export"),
                         self.tr("Save a trained model as a folder that runs offline on any "
                                 "computer with onnxruntime, and see how fast and how good each "
                                 "version of it is."))
        self.bundle_dir: Optional[Path] = None
        self.model_combo = QComboBox()
        self.model_combo.currentIndexChanged.connect(self._suggest_folder)
        self.out_field = FolderField(lambda: self.tr("Choose where to save the exported model"),
                                     self.tr("Folder for the exported model"))
        self.int8 = QCheckBox(self.tr("Also make a small int8 version (faster on CPUs)"))
        self.int8.setChecked(True)
        explain(self.int8, "int8")
        self.max_drop = QDoubleSpinBox()
        self.max_drop.setAccessibleName(self.tr("Largest accuracy loss allowed for int8"))
        self.max_drop.setRange(0.0, 100.0)
        self.max_drop.setDecimals(1)
        self.max_drop.setSingleStep(0.5)
        self.max_drop.setValue(1.0)
        self.max_drop.setSuffix(self.tr(" points of macro-F1"))
        self.max_drop.setToolTip(self.tr(
            "Macro-F1 says how well a model labels texts: the share it gets right, averaged over "
            "the labels so that a rare label counts as much as a common one (100 points is "
            "perfect). If the small version scores more points lower than this, Shule recommends "
            "the full one."))
        self.int8.toggled.connect(self.max_drop.setEnabled)
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.clicked.connect(self.start_export)
        explain(self.export_button, "ONNX")
        self._suggested = ""

        self.runner = TaskRunner(self)
        self.runner.finished.connect(self.show_result)
        self.runner.failed.connect(lambda e: show_message(self.error, describe_error(e)))
        self.runner.cancelled.connect(lambda: self.summary.setText(self.tr("Export stopped.")))
        self.runner.ended.connect(lambda: self.export_button.setEnabled(self.project is not None))
        self.progress = ProgressPanel(self.runner)
        self.zip_runner = TaskRunner(self)
        self.zip_runner.finished.connect(lambda path: self.zip_message.setText(
            self.tr("Saved {path}.").format(path=path)))
        self.zip_runner.failed.connect(lambda e: show_message(self.error, describe_error(e)))
        self.zip_runner.ended.connect(self._update_buttons)
        self.summary = _selectable()
        self.table = ExportTable()
        self.warnings = message_label()
        self.device = QGroupBox(self.tr("For a field device"))
        self.device_files, self.device_install, self.device_run = (
            _selectable(), _selectable(True), _selectable(True))
        device_form = QFormLayout(self.device)
        device_form.addRow(self.device_files)
        device_form.addRow(self.tr("Install once:"), self.device_install)
        device_form.addRow(self.tr("Then run:"), self.device_run)
        self.open_button = QPushButton(self.tr("Open folder"))
        self.open_button.clicked.connect(self.open_folder)
        self.zip_button = QPushButton(self.tr("Save as zip…"))
        self.zip_button.clicked.connect(self._ask_zip)
        self.try_button = QPushButton(self.tr("Try it…"))
        self.try_button.clicked.connect(self.try_requested)
        self.zip_message = _selectable()
        self.error = message_label()

        form = QFormLayout()
        form.addRow(self.tr("Model"), self.model_combo)
        form.addRow(self.tr("Save to"), self.out_field)
        form.addRow("", self.int8)
        drop_row = QHBoxLayout()
        drop_row.addWidget(self.max_drop)
        drop_row.addStretch(1)
        form.addRow(self.tr("The small version may lose at most"), drop_row)
        self.layout_.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.export_button)
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.progress)
        self.layout_.addWidget(self.error)
        self.outcome = QWidget()
        outcome = QVBoxLayout(self.outcome)
        outcome.setContentsMargins(0, 0, 0, 0)
        for widget in (self.summary, self.table, self.warnings, self.device):
            outcome.addWidget(widget)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.zip_button, self.try_button):
            buttons.addWidget(button)
        buttons.addWidget(self.zip_message, 1)
        outcome.addLayout(buttons)
        self.layout_.addWidget(self.outcome)
        self.layout_.addStretch(1)
        self.clear_result()

    def title(self) -> str:
        return self.tr("Export")

    def _suggest_folder(self) -> None:
        """Propose a folder beside the project, unless the user already typed their own."""
        model_id = self.model_combo.currentData()
        if self.project is None or model_id is None:
            return
        if self.out_field.text() in ("", self._suggested):
            stem = self.project.path.stem
            self._suggested = str(self.project.path.with_name(f"{stem}-{model_id}"))
            self.out_field.setText(self._suggested)

    def start_export(self) -> None:
        model_id = self.model_combo.currentData()
        if self.project is None or model_id is None or self.runner.is_running():
            return
        out = self.out_field.text()
        if not out:
            show_message(self.error, self.tr("Choose a folder to save the exported model in."))
            return
        path, int8, max_drop = str(self.project.path), self.int8.isChecked(), self.max_drop.value()
        show_message(self.error, "")
        self.clear_result()
        self.export_button.setEnabled(False)
        self.runner.start(lambda progress, should_cancel: exporting.export(
            path, model_id, Path(out), int8, progress, should_cancel, max_f1_drop=max_drop))

    # ---- the outcome ----------------------------------------------------------------------------
    def clear_result(self) -> None:
        self.bundle_dir = None
        self.summary.clear()
        self.zip_message.clear()
        show_message(self.warnings, "")
        self.outcome.hide()
        self._update_buttons()

    def show_result(self, result: dict[str, Any]) -> None:
        """Show what core.export returned: the table, warnings, the device box; announce it."""
        self.bundle_dir = Path(result.get("out_dir") or self.out_field.text())
        self.summary.setText(summary_text(result))
        self.table.set_result(result)
        self.table.setVisible(self.table.rowCount() > 0)
        show_message(self.warnings, warnings_text(result))
        device = device_texts(result)
        if device is not None:
            for label, text in zip((self.device_files, self.device_install, self.device_run), device):
                label.setText(text)
        self.device.setVisible(device is not None)
        self.outcome.show()
        self._update_buttons()
        self.exported.emit(str(self.bundle_dir))

    def _update_buttons(self) -> None:
        ready = self.bundle_dir is not None
        self.open_button.setEnabled(ready)
        self.try_button.setEnabled(ready)
        self.zip_button.setEnabled(ready and not self.zip_runner.is_running())

    def open_folder(self) -> bool:
        return self.bundle_dir is not None and dialogs.show_folder(self.bundle_dir)

    def _ask_zip(self) -> None:
        if self.bundle_dir is None:
            return
        start = str(self.bundle_dir.with_name(self.bundle_dir.name + ".zip"))
        path = dialogs.ask_zip_path(self, start)
        if path is not None:
            self.save_zip(path)

    def save_zip(self, zip_path: Path | str) -> bool:
        """Write the exported bundle as one zip file (in the background); False when there is none."""
        bundle, target = self.bundle_dir, Path(zip_path)
        if bundle is None or self.zip_runner.is_running():
            return False
        show_message(self.error, "")
        self.zip_message.setText(self.tr("Saving {path}…").format(path=target))
        self.zip_button.setEnabled(False)
        self.zip_runner.start(lambda progress, should_cancel: exporting.zip_bundle(bundle, target))
        return True

    # ---- the project ----------------------------------------------------------------------------
    def refresh(self) -> None:
        current = self.model_combo.currentData()
        self.model_combo.blockSignals(True)
        self.model_combo.clear()
        models = self.project.models() if self.project is not None else []
        for record in reversed(models):  # newest first: usually the one to export
            self.model_combo.addItem(f"{record.id} · {metrics_text(record.metrics)}", record.id)
        index = self.model_combo.findData(current)
        self.model_combo.setCurrentIndex(max(index, 0))
        self.model_combo.blockSignals(False)
        self._suggest_folder()
        self.export_button.setEnabled(bool(models) and not self.runner.is_running())

    def set_project(self, project: Optional[Project]) -> None:
        self.runner.cancel()
        self.zip_runner.cancel()
        self.clear_result()
        show_message(self.error, "")
        self.out_field.setText("")
        self._suggested = ""
        super().set_project(project)

    def shutdown(self) -> None:
        self.runner.cancel()
        self.zip_runner.cancel()

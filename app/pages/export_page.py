"""Step 6: export a trained student as an offline ONNX bundle, and try it.

Export (ONNX, optional int8, parity checks) runs in a child process through the task runner. The
"Try it" box then loads the new bundle with core.inference, which never needs torch.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel,
                               QPushButton, QWidget)

from app.pages.base import Page, describe_error, message_label, show_message
from app.train_words import metrics_text
from app.progress_panel import ProgressPanel
from app.tasks import TaskRunner
from app.try_it import TryItBox
from app.widgets import FolderField
from core.export import export
from core.project import Project


def size_text(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000
    return str(n)


def parity_text(result: dict[str, Any]) -> str:
    """What the export measured, in words: does ONNX (and int8) predict like the trained model?"""
    tr = QCoreApplication.translate
    parity = result.get("parity", {})
    lines = [tr("ExportPage", "Exported to {folder}.").format(folder=result.get("out_dir", ""))]
    if "fp32_argmax_agreement" in parity:
        lines.append(tr("ExportPage", "ONNX model: same label as the trained model on {agree:.0%} "
                        "of {n} test texts (largest score difference {diff:.2g}).").format(
            agree=parity["fp32_argmax_agreement"], n=parity.get("n_texts", "?"),
            diff=parity.get("fp32_max_abs_logit_diff", 0.0)))
    if "int8_argmax_agreement" in parity:
        lines.append(tr("ExportPage", "Small int8 model: same label as the full model on "
                        "{agree:.0%} (largest score difference {diff:.2g}).").format(
            agree=parity["int8_argmax_agreement"], diff=parity.get("int8_max_abs_logit_diff", 0.0)))
    if result.get("recommended"):
        lines.append(tr("ExportPage", "Recommended for devices: {variant}.").format(
            variant=result["recommended"]))
    files = result.get("files", {})
    if files:
        lines.append(tr("ExportPage", "Files: {files}.").format(
            files=", ".join(f"{name} {size_text(size)}" for name, size in files.items())))
    return "\n".join(lines)


class ExportPage(Page):
    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.add_heading(self.tr("Export & try"),
                         self.tr("Save a trained model as a folder that runs offline on any "
                                 "computer with onnxruntime, then type sentences to try it."))
        self.model_combo = QComboBox()
        self.model_combo.currentIndexChanged.connect(self._suggest_folder)
        self.out_field = FolderField(lambda: self.tr("Choose where to save the exported model"),
                                     self.tr("Folder for the exported model"))
        self.int8 = QCheckBox(self.tr("Also make a small int8 version (faster on CPUs)"))
        self.int8.setChecked(True)
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.clicked.connect(self.start_export)
        self._suggested = ""

        self.runner = TaskRunner(self)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(lambda e: show_message(self.error, describe_error(e)))
        self.runner.cancelled.connect(lambda: self.result.setText(self.tr("Export stopped.")))
        self.runner.ended.connect(lambda: self.export_button.setEnabled(self.project is not None))
        self.progress = ProgressPanel(self.runner)
        self.result = QLabel()
        self.result.setTextFormat(Qt.PlainText)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.error = message_label()
        self.try_box = TryItBox()

        form = QFormLayout()
        form.addRow(self.tr("Model"), self.model_combo)
        form.addRow(self.tr("Save to"), self.out_field)
        form.addRow("", self.int8)
        self.layout_.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.export_button)
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.progress)
        self.layout_.addWidget(self.result)
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.try_box)
        self.layout_.addStretch(1)

    def title(self) -> str:
        return self.tr("Export & try")

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
        path, int8 = str(self.project.path), self.int8.isChecked()
        show_message(self.error, "")
        self.result.clear()
        self.export_button.setEnabled(False)
        self.runner.start(lambda progress, should_cancel: export(
            path, model_id, Path(out), int8, progress, should_cancel))

    def _on_finished(self, result: dict[str, Any]) -> None:
        self.result.setText(parity_text(result))
        self.try_box.load_bundle(result.get("out_dir", self.out_field.text()))

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
        self.result.clear()
        show_message(self.error, "")
        self.out_field.setText("")
        self._suggested = ""
        super().set_project(project)

    def shutdown(self) -> None:
        self.runner.cancel()

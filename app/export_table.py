"""What an export measured, for the Export page: the fp32/int8 table and the words around it.

core.export returns figures and warning codes; this module turns them into a read-only table (one
row per variant: size, speed, agreement, macro-F1, which one Shule recommends) and plain sentences
that go through Qt's translation.
"""

from __future__ import annotations

from typing import Any, Optional

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

VARIANTS = ("fp32", "int8")
SIZE, LATENCY, THROUGHPUT, AGREEMENT, F1, RECOMMENDED = range(6)
#: Where a cell's raw figure is kept (bytes, ms, texts/s, share, F1), for tests and copying.
RAW = Qt.UserRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportTable", text)


def size_text(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000
    return str(n)


def variant_name(variant: str) -> str:
    return {"fp32": _tr("Full (fp32)"), "int8": _tr("Small (int8)")}.get(variant, variant)


def model_size(result: dict[str, Any], variant: str) -> Optional[int]:
    """Bytes of the variant's model (with any external weight files)."""
    size = result.get("speed", {}).get(variant, {}).get("size_bytes")
    return None if size is None else int(size)


def summary_text(result: dict[str, Any]) -> str:
    """"Exported to … Checked on 204 gold texts." """
    lines = [_tr("Exported to {folder}.").format(folder=result.get("out_dir", ""))]
    verification = result.get("verification", {})
    n, on = verification.get("n_texts"), verification.get("on")
    if n is not None:
        kinds = {"gold": _tr("Checked on {n} gold examples (labelled by you)."),
                 "held-out": _tr("Checked on {n} held-out samples the model did not learn from."),
                 "samples": _tr("Checked on {n} unlabelled texts: they show whether the versions "
                                "agree, not how good they are (no macro-F1).")}
        lines.append(kinds.get(on, kinds["held-out"]).format(n=n))
    return "\n".join(lines)


def warning_text(warning: dict[str, Any]) -> str:
    """One warning code from core, in plain words."""
    code = warning.get("code")
    if code == "int8_f1_drop":
        return _tr("The small model scores {points:.1f} points lower than the full model (more "
                   "than the {threshold:.1f} you allow): Shule recommends the full model.").format(
            points=float(warning.get("points", 0.0)), threshold=float(warning.get("threshold", 0.0)))
    if code == "int8_disagrees":
        return _tr("The small model gives another label than the full model on {share:.0%} of the "
                   "test texts: Shule recommends the full model.").format(
            share=1.0 - float(warning.get("agreement", 1.0)))
    if code == "fp32_mismatch":
        return _tr("The exported model's scores differ from the trained model's by up to {diff:.2g}: "
                   "the export may be faulty. Export again; if this stays, please report it.").format(
            diff=float(warning.get("max_abs_logit_diff", 0.0)))
    details = ", ".join(f"{k} {v}" for k, v in warning.items() if k != "code")
    return _tr("Warning from the export: {code} ({details}).").format(code=code, details=details)


def warnings_text(result: dict[str, Any]) -> str:
    return "\n".join(warning_text(w) for w in result.get("warnings", []) if isinstance(w, dict))


def device_texts(result: dict[str, Any]) -> Optional[tuple[str, str, str]]:
    """(files to copy, install command, run command) for a field device, None when not known."""
    device = result.get("device")
    if not isinstance(device, dict) or not device.get("files"):
        return None
    files = _tr("Copy these files from {folder} to the device, into one folder: {files}.").format(
        folder=result.get("out_dir", ""), files=", ".join(map(str, device["files"])))
    return files, str(device.get("install", "")), str(device.get("run", ""))


class ExportTable(QTableWidget):
    """One row per exported variant; plain, read-only items."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(0, 6, parent)
        self.setHorizontalHeaderLabels([
            _tr("File size"), _tr("Time per text"), _tr("Texts per second"), _tr("Same label"),
            _tr("Macro-F1"), _tr("Recommended")])
        tips = [
            _tr("Size of the model file: what a device must store and load."),
            _tr("Milliseconds to label one text on this computer (one text at a time)."),
            _tr("Texts labelled per second on this computer, 32 at a time."),
            _tr("How often this version gives the same label: the full model against the trained "
                "model, the small model against the full model."),
            _tr("How well the version labels the test texts, from 0 to 1, averaged over the labels "
                "so that rare labels count as much as common ones. — : the texts had no labels."),
            _tr("The version Shule suggests for devices."),
        ]
        for column, tip in enumerate(tips):
            self.horizontalHeaderItem(column).setToolTip(tip)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.NoSelection)
        self.setFocusPolicy(Qt.NoFocus)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.variants: list[str] = []

    def row_of(self, variant: str) -> int:
        return self.variants.index(variant)

    def set_result(self, result: dict[str, Any]) -> None:
        verification = result.get("verification", {})
        speed = result.get("speed", {})
        recommended = result.get("recommended")
        self.variants = [v for v in VARIANTS if v in speed or v in verification]
        self.setRowCount(len(self.variants))
        self.setVerticalHeaderLabels([variant_name(v) for v in self.variants])
        for row, variant in enumerate(self.variants):
            check = verification.get(variant, {})
            timing = speed.get(variant, {})
            size = model_size(result, variant)
            latency, rate = timing.get("latency_ms_b1"), timing.get("texts_per_s_b32")
            agreement, f1 = check.get("argmax_agreement"), check.get("macro_f1")
            against = _tr("vs the trained model") if variant == "fp32" else _tr("vs the full model")
            f1_text = "—" if f1 is None else f"{f1:.3f}"
            delta = check.get("f1_delta_points")
            if f1 is not None and delta is not None:
                f1_text += " " + _tr("({delta:+.1f} points)").format(delta=delta)
            cells = [
                ("—" if size is None else size_text(size), size),
                ("—" if latency is None else _tr("{ms} ms").format(
                    ms=f"{latency:.2f}" if latency < 1 else f"{latency:.1f}"), latency),
                ("—" if rate is None else f"{rate:,.0f}", rate),
                ("—" if agreement is None else f"{agreement:.1%} {against}", agreement),
                (f1_text, f1),
                (_tr("✓ Recommended") if variant == recommended else "", variant == recommended),
            ]
            for column, (text, raw) in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(RAW, raw)
                item.setFlags(Qt.ItemIsEnabled)  # read-only, nothing to select or drag
                if variant == recommended:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.setItem(row, column, item)
        self.resizeRowsToContents()
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(self.rowCount()))
        self.setFixedHeight(height + 2)

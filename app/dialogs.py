"""Native file dialogs, one small function each, so tests can replace them with monkeypatch.

Each returns a path, or None when the user cancelled (``show_folder`` opens the file manager).
Pages call them as ``dialogs.ask_…`` (module attribute look-up), which is what makes
``monkeypatch.setattr(app.dialogs, "ask_…", fake)`` work.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


def ask_new_project_path(parent: Optional[QWidget], start: str = "") -> Optional[Path]:
    name, _ = QFileDialog.getSaveFileName(
        parent, _tr("Create project"), start, _tr("Shule projects (*.shule)"))
    return Path(name) if name else None


def ask_open_project_path(parent: Optional[QWidget], start: str = "") -> Optional[Path]:
    name, _ = QFileDialog.getOpenFileName(
        parent, _tr("Open project"), start, _tr("Shule projects (*.shule);;All files (*)"))
    return Path(name) if name else None


def ask_gguf_file(parent: Optional[QWidget], start: str = "") -> Optional[Path]:
    name, _ = QFileDialog.getOpenFileName(
        parent, _tr("Choose a teacher model"), start, _tr("GGUF models (*.gguf);;All files (*)"))
    return Path(name) if name else None


def ask_folder(parent: Optional[QWidget], title: str, start: str = "") -> Optional[Path]:
    name = QFileDialog.getExistingDirectory(parent, title, start)
    return Path(name) if name else None


def ask_texts_file(parent: Optional[QWidget], start: str = "") -> Optional[Path]:
    """Unlabelled texts for the teacher to label: TXT (one a line) or CSV/TSV with a text column."""
    name, _ = QFileDialog.getOpenFileName(
        parent, _tr("Choose your texts"), start,
        _tr("Texts (*.txt *.csv *.tsv);;All files (*)"))
    return Path(name) if name else None


def ask_import_file(parent: Optional[QWidget], start: str = "") -> Optional[Path]:
    """A file to import: samples, gold examples or unlabelled texts, in any format core reads."""
    name, _ = QFileDialog.getOpenFileName(
        parent, _tr("Import data"), start,
        _tr("Tables and texts (*.csv *.tsv *.jsonl *.json *.xlsx *.parquet *.txt);;"
            "CSV or TSV (*.csv *.tsv);;JSON Lines (*.jsonl *.json);;Excel (*.xlsx);;"
            "Parquet (*.parquet);;Text, one per line (*.txt);;All files (*)"))
    return Path(name) if name else None


def ask_export_target(parent: Optional[QWidget], fmt: str, start: str = "") -> Optional[Path]:
    """Where to export the data: a file for csv/jsonl/xlsx/parquet, a new folder for "hf"."""
    filters = {"csv": _tr("CSV (*.csv)"), "jsonl": _tr("JSON Lines (*.jsonl)"),
               "xlsx": _tr("Excel (*.xlsx)"), "parquet": _tr("Parquet (*.parquet)"),
               "hf": _tr("A new folder (*)")}
    name, _ = QFileDialog.getSaveFileName(parent, _tr("Export data"), start,
                                          filters.get(fmt, _tr("All files (*)")))
    return Path(name) if name else None


def ask_zip_path(parent: Optional[QWidget], start: str = "") -> Optional[Path]:
    """Where to save an exported model as one .zip file (".zip" is added when left out)."""
    name, _ = QFileDialog.getSaveFileName(parent, _tr("Save the exported model as a zip file"),
                                          start, _tr("Zip files (*.zip)"))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".zip" else path.with_name(path.name + ".zip")


def show_folder(folder: Path | str) -> bool:
    """Open a folder in the system's file manager; False when none could be started."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

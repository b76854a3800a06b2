"""Teacher models: the recommended ones to download, and the GGUF files already on this computer.

The table lists core.catalogue's teachers: size, memory needed, whether each suits this computer
(core.catalogue.fit on the hardware the HardwareBox found), languages, licence and whether it is
downloaded, paused part-way or not downloaded. A download runs through a TaskRunner; Pause asks
core to stop (it raises Cancelled and keeps the ``.part``), and Resume — in this session or after a
restart — continues from the bytes on disk. Closing the window pauses a running download.

"Models on this computer" (app.local_teacher_files) lists the GGUF files in models_dir() and those
the user chose where they are (core.teacher_files: used in place, never copied). "Use this model",
there or in the table, stores the file as settings "default_teacher" and emits ``chosen(path)``.

Everything from the catalogue is untrusted text: it is shown only in table items, plain-text
labels, a read-only plain-text box and plain tooltips.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any, Callable, Optional

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout,
                               QHeaderView, QPlainTextEdit, QProgressBar, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from app.hardware_box import HardwareBox
from app.i18n import translated
from app.local_teacher_files import LocalTeacherFiles
from app.pages.base import describe_error, message_label, show_message
from app.tasks import TaskRunner, TaskState
from app.widgets import plain_label, plain_tooltip
from core.catalogue import TeacherEntry, download_bytes, fit, local_path, teachers
from core.downloads import discard_partial, download_teacher, partial
from core.errors import Cancelled, ShuleError, TeacherError
from core.hardware import Hardware, gigabytes
from core.teacher_files import use_as_default

NAME, STATE, FIT, SIZE, MEMORY, LANGUAGES, LICENCE = range(7)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ModelManager", text)


def fit_words(level: str) -> str:
    return {"good": _tr("Runs well on your GPU"), "slow": _tr("Runs on the CPU, slowly"),
            "too_big": _tr("Too big for this computer")}.get(level, level)


def open_link(url: str) -> bool:
    """Open a web page in the browser (tests replace this). Only http(s) addresses."""
    if not url.lower().startswith(("https://", "http://")):
        return False
    return QDesktopServices.openUrl(QUrl(url))


# ---- one download at a time per file, across dialogs --------------------------------------------

_locks: dict[str, threading.Lock] = {}
_locks_lock = threading.Lock()


def _file_lock(dest: Path) -> threading.Lock:
    with _locks_lock:
        return _locks.setdefault(str(dest), threading.Lock())


def download_work(entry: TeacherEntry) -> Callable[..., str]:
    """The task: wait for an earlier download of the same file to stop, then download."""
    lock = _file_lock(local_path(entry))

    def work(progress: Any, should_cancel: Any) -> str:
        while not lock.acquire(timeout=0.1):
            if should_cancel():
                raise Cancelled()
        try:
            return str(download_teacher(entry, progress, should_cancel))
        finally:
            lock.release()

    return work


# ---- the dialog ------------------------------------------------------------------------------

class ModelManager(QDialog):
    chosen = Signal(str)  # the GGUF file's path, after "Use this model"

    def __init__(self, parent: Optional[QWidget] = None, hardware: Optional[Hardware] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Teacher models"))
        self.resize(1100, 780)
        self.entries: list[TeacherEntry] = []
        self._downloading: Optional[str] = None  # the id of the entry being downloaded
        self._pausing = False
        self._percent = 0
        self._task: Optional[TaskState] = None

        intro = plain_label(self.tr(
            "The teacher is a large language model that writes example texts in your language. "
            "Download one of the recommended models, or use a GGUF model file you already have. "
            "A model that fits in your GPU's memory runs fast; on the CPU it works, slowly."))
        self.hardware_box = HardwareBox(hardware)
        self.hardware_box.detected.connect(self._on_hardware)

        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([
            self.tr("Model"), self.tr("State"), self.tr("On this computer"),
            self.tr("Size on disk"), self.tr("Memory needed"), self.tr("Languages"),
            self.tr("Licence")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.details = QPlainTextEdit()  # the selected model's notes, as plain text
        self.details.setTabChangesFocus(True)  # Tab moves on: no keyboard trap
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(120)

        self.download_button = QPushButton(self.tr("Download"))
        self.pause_button = QPushButton(self.tr("Pause"))
        self.resume_button = QPushButton(self.tr("Resume"))
        self.discard_button = QPushButton(self.tr("Discard partial"))
        self.card_button = QPushButton(self.tr("Open model card"))
        self.use_button = QPushButton(self.tr("Use this model"))
        self.download_button.clicked.connect(self.download_selected)
        self.resume_button.clicked.connect(self.download_selected)
        self.pause_button.clicked.connect(self.pause)
        self.discard_button.clicked.connect(self.discard_selected)
        self.card_button.clicked.connect(self.open_card)
        self.use_button.clicked.connect(self.use_selected)
        actions = QHBoxLayout()
        for button in (self.download_button, self.pause_button, self.resume_button,
                       self.discard_button, self.card_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.use_button)

        self.runner = TaskRunner(self)
        self.runner.progress.connect(self._on_progress)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        self.runner.ended.connect(self._on_ended)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.hide()
        self.status = plain_label()  # core's words: "34 of 1,100 MB · 5.2 MB/s · about 4 min left"
        self.error = message_label()

        self.local_files = LocalTeacherFiles()  # the GGUF files on this computer
        self.local_files.use_requested.connect(self.use_file)
        self.local_files.message.connect(lambda text: show_message(self.error, text))
        # The section's widgets, by the names they had when they lived here.
        self.local_list = self.local_files.files
        self.add_file_button = self.local_files.add_button
        self.forget_button = self.local_files.forget_button
        self.use_file_button = self.local_files.use_button
        self.local_note = self.local_files.note

        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.hardware_box)
        layout.addWidget(self._heading(self.tr("Recommended models")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(actions)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self._heading(self.tr("Models on this computer")))
        layout.addWidget(self.local_files)
        layout.addWidget(buttons)

        self.load_catalogue()
        self.hardware_box.start()

    @staticmethod
    def _heading(text: str) -> Any:
        label = plain_label(text, wrap=False)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    # ---- the catalogue -----------------------------------------------------------------------
    def load_catalogue(self) -> None:
        try:
            self.entries = teachers()
        except ShuleError as e:
            self.entries = []
            show_message(self.error, describe_error(e))
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            for column in range(7):
                self.table.setItem(row, column, QTableWidgetItem())
            self._cell(row, NAME, entry.name, f"{entry.name} — {entry.publisher} · "
                       f"{entry.parameters_b:g} B · {entry.quantization}")
            self._cell(row, SIZE, translated(gigabytes(download_bytes(entry))))
            self._cell(row, MEMORY, self.tr("RAM {ram} GB; GPU {vram} GB").format(
                ram=f"{entry.ram_gb:g}", vram=f"{entry.vram_gb:g}"))
            self._cell(row, LANGUAGES, self._languages(entry),
                       "\n\n".join(x for x in (", ".join(entry.languages), entry.languages_note) if x))
            licence = entry.licence if entry.commercial_use else self.tr(
                "{licence} (non-commercial)").format(licence=entry.licence)
            self._cell(row, LICENCE, licence, entry.licence_url)
        self._refresh_rows()
        if self.entries:
            self.table.selectRow(0)

    def _languages(self, entry: TeacherEntry) -> str:
        codes = entry.languages
        if not codes:
            return self.tr("see the note")
        if len(codes) <= 6:
            return ", ".join(codes)
        return self.tr("{some}, … ({n} in all)").format(some=", ".join(codes[:5]), n=len(codes))

    def _cell(self, row: int, column: int, text: str, tooltip: str = "") -> None:
        item = self.table.item(row, column)
        item.setText(text)  # item text is never read as HTML
        item.setToolTip(plain_tooltip(tooltip))

    def fit_of(self, entry: TeacherEntry) -> Any:
        hardware = self.hardware_box.hardware
        return fit(entry, hardware) if hardware is not None else None

    def state_text(self, entry: TeacherEntry) -> str:
        if entry.id == self._downloading:
            if self._pausing:
                return self.tr("Pausing…")
            return self.tr("Downloading… {percent} %").format(percent=self._percent)
        dest = local_path(entry)
        if dest.is_file():
            return self.tr("Downloaded")
        have = partial(dest)
        if have is None:
            return self.tr("Not downloaded")
        done, total = have
        total = total or entry.size_bytes
        if total:
            return self.tr("Paused at {percent} %").format(percent=min(99, done * 100 // total))
        return self.tr("Paused ({size} downloaded)").format(size=translated(gigabytes(done)))

    def _refresh_rows(self) -> None:
        for row, entry in enumerate(self.entries):
            verdict = self.fit_of(entry)
            if verdict is None:
                self._cell(row, FIT, self.tr("Checking…"))
            else:
                self._cell(row, FIT, fit_words(verdict.level), translated(verdict.reason))
            self._cell(row, STATE, self.state_text(entry))
        self._show_details()
        self._update_buttons()

    def _on_hardware(self, hardware: Any) -> None:
        self._refresh_rows()

    def selected_entry(self) -> Optional[TeacherEntry]:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        row = min(rows) if rows else -1
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def select_entry(self, entry_id: str) -> None:
        for row, entry in enumerate(self.entries):
            if entry.id == entry_id:
                self.table.selectRow(row)

    def _selection_changed(self) -> None:
        self._show_details()
        self._update_buttons()

    def _show_details(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            self.details.setPlainText("")
            return
        verdict = self.fit_of(entry)
        parts = [f"{entry.name} — {entry.publisher}"]
        if verdict is not None:
            parts.append(translated(verdict.reason))
        parts += [entry.strengths, entry.languages_note, entry.notes]
        self.details.setPlainText("\n\n".join(p for p in parts if p))

    def _update_buttons(self) -> None:
        entry = self.selected_entry()
        busy = self.runner.is_running()
        dest = local_path(entry) if entry is not None else None
        downloaded = dest is not None and dest.is_file()
        paused = dest is not None and not downloaded and partial(dest) is not None
        this_one = entry is not None and entry.id == self._downloading
        self.download_button.setEnabled(entry is not None and not busy and not downloaded
                                        and not paused)
        self.resume_button.setEnabled(not busy and paused)
        self.pause_button.setEnabled(busy and this_one and not self._pausing)
        self.discard_button.setEnabled(not busy and paused)
        self.use_button.setEnabled(not busy and downloaded)
        self.card_button.setEnabled(entry is not None and bool(entry.card_url))

    # ---- downloading -------------------------------------------------------------------------
    def download_selected(self) -> None:
        """Download, or resume, the selected model."""
        entry = self.selected_entry()
        if entry is None or self.runner.is_running():
            return
        show_message(self.error, "")
        self._downloading, self._pausing, self._percent = entry.id, False, 0
        self.status.setText(self.tr("Starting…"))
        self.bar.setRange(0, 0)
        self.bar.show()
        self._task = self.runner.start(download_work(entry))
        self._refresh_rows()

    def pause(self) -> None:
        """Ask core to stop after the current chunk; the part stays on disk for Resume."""
        if self._task is None or not self.runner.is_running():
            return
        self._pausing = True
        self._task.cancel()  # the runner reports "cancelled" once the download has really stopped
        self.status.setText(self.tr("Pausing…"))
        self._refresh_rows()

    def discard_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None or self.runner.is_running():
            return
        discard_partial(local_path(entry))
        self.status.setText("")
        self._refresh_rows()

    def _on_progress(self, fraction: float, status: str) -> None:
        self.bar.setRange(0, 1000)
        self.bar.setValue(round(fraction * 1000))
        self._percent = min(100, int(fraction * 100))
        if status:
            self.status.setText(status)
        for row, entry in enumerate(self.entries):
            if entry.id == self._downloading:
                self._cell(row, STATE, self.state_text(entry))

    def _on_finished(self, path: Any) -> None:
        name = Path(str(path)).name
        self.status.setText(self.tr("Downloaded {name}.").format(name=name))

    def _on_failed(self, error: BaseException) -> None:
        self.status.setText("")
        show_message(self.error, describe_error(error))

    def _on_ended(self) -> None:
        entry = next((e for e in self.entries if e.id == self._downloading), None)
        if self._pausing and entry is not None and not local_path(entry).is_file():
            self.status.setText(self.tr("Paused. Resume continues where it stopped, now or "
                                        "after Shule is started again."))
        self._downloading, self._pausing, self._task = None, False, None
        self.bar.hide()
        self._refresh_rows()
        self.refresh_local()

    # ---- choosing ----------------------------------------------------------------------------
    def open_card(self) -> None:
        entry = self.selected_entry()
        if entry is not None and entry.card_url:
            open_link(entry.card_url)

    def use_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self.use_file(local_path(entry))

    def use_file(self, path: Path | str) -> None:
        """Make ``path`` the default teacher, say so with ``chosen`` and close."""
        try:
            path = use_as_default(path)
        except TeacherError as e:
            show_message(self.error, describe_error(e))
            return
        show_message(self.error, "")
        self.chosen.emit(str(path))
        self.accept()

    # ---- models on this computer (app.local_teacher_files) --------------------------------------
    def refresh_local(self) -> None:
        self.local_files.refresh()

    def local_paths(self) -> list[str]:
        return self.local_files.paths()

    def selected_file(self) -> Optional[Path]:
        return self.local_files.selected_file()

    def select_file(self, path: Path | str) -> None:
        self.local_files.select_file(path)

    def add_file(self) -> None:
        self.local_files.add_file()

    def forget_selected_file(self) -> None:
        self.local_files.forget_selected_file()

    def use_selected_file(self) -> None:
        self.local_files.use_selected_file()

    # ---- the window ------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.hardware_box.start()  # again, if closing stopped it half-way
        if not self.runner.is_running():  # files may have come or gone since it was last shown
            self._refresh_rows()
            self.refresh_local()

    def done(self, result: int) -> None:
        self.runner.cancel()  # a running download pauses: its part stays for Resume
        self.hardware_box.stop()
        super().done(result)

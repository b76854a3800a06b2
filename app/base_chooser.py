"""Choosing the student: the quick student, a pretrained base on this computer, or one to download.

The list starts with the quick student (the default: character n-grams, trains in seconds, works
for any script), then the recommended bases found in the Hugging Face cache and the folders the
user added, each with its coverage verdict for the project's language (a coloured word, the
sentence below it). The catalogue's bases that are not on this computer are listed greyed, their
size and licence in a tooltip. "Other model folder…" adds a folder; a Hugging Face id can be typed
(``core.hub`` downloads it when training starts).

Names shown come from folders and ids (data): every label here is plain text.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QRadioButton, QVBoxLayout, QWidget)

from app import dialogs
from app.i18n import translated
from app.pages.base import describe_error, message_label, show_message
from app.widgets import plain_tooltip
from core.coverage import StudentBase, local_bases, recommended_bases
from core.errors import ModelFolderError
from core.hub import is_hub_id
from core.training import QUICK, check_base_dir

VERDICT_COLOURS = {"good": "#1b7f3b", "usable": "#8a5300", "poor": "#b3261e"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("BaseChooser", text)


def folder_name(folder: Path) -> str:
    """A folder's name, or the model id for a snapshot in the Hugging Face cache."""
    if folder.parent.name == "snapshots" and folder.parent.parent.name.startswith("models--"):
        return folder.parent.parent.name[len("models--"):].replace("--", "/")
    return folder.name


def base_display_name(base: str) -> str:
    """What the models table calls a model's student: "Quick student", a hub id or a folder name."""
    if base == QUICK:
        return _tr("Quick student")
    path = Path(base)
    return folder_name(path) if path.is_absolute() or path.exists() else base


def _plain(text: str) -> str:
    return text.replace("&", "&&")  # a button's "&" marks a shortcut key


@dataclass
class Choice:
    spec: str  # QUICK, a folder path or a hub id: what core.training.train takes as the base
    name: str  # shown, and the name coverage reports use
    kind: str  # "quick" | "folder" | "hub"
    folder: Optional[Path] = None
    catalogue: Optional[StudentBase] = None


class _Row(QWidget):
    def __init__(self, choice: Choice, text: str, detail: str) -> None:
        super().__init__()
        self.choice = choice
        self.radio = QRadioButton(_plain(text))
        self.radio.setAccessibleName(text)
        self.radio.setToolTip(plain_tooltip(str(choice.folder)) if choice.folder else "")
        self.verdict = QLabel()
        self.verdict.setTextFormat(Qt.PlainText)
        self.detail = QLabel(detail)
        self.detail.setTextFormat(Qt.PlainText)
        self.detail.setWordWrap(True)
        self.detail.setVisible(bool(detail))
        grid = QGridLayout(self)
        grid.setVerticalSpacing(0)
        grid.addWidget(self.radio, 0, 0)
        grid.addWidget(self.verdict, 0, 1)
        grid.setColumnStretch(2, 1)
        grid.addWidget(self.detail, 1, 0, 1, 3)
        grid.setContentsMargins(0, 0, 0, 2)
        self.detail.setIndent(self.radio.sizeHint().height())


class BaseChooser(QWidget):
    """The student to train. ``spec()`` is what goes to core.training.train as the base."""

    changed = Signal(str)  # the chosen spec
    bases_changed = Signal()  # folders were added: the coverage check must run again

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Student"))
        self.group = QButtonGroup(self)
        self.group.buttonToggled.connect(self._toggled)
        self.rows: dict[str, _Row] = {}
        self._added: list[Path] = []  # folders the user added in this session
        self._history: list[Path] = []  # bases of the open project's earlier models
        self._hub_ids: list[str] = []
        self._report: Optional[dict[str, Any]] = None  # the last coverage report shown
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(2)
        self.missing_title = QLabel(self.tr("Recommended, not on this computer (type an id below "
                                            "to download one):"))
        self.missing_title.setWordWrap(True)
        self.missing = QWidget()
        self.missing_layout = QGridLayout(self.missing)
        self.missing_layout.setContentsMargins(18, 0, 0, 0)
        self.other_button = QPushButton(self.tr("Other model folder…"))
        self.other_button.clicked.connect(self.choose_other_folder)
        self.hub_edit = QLineEdit()
        self.hub_edit.setPlaceholderText(self.tr("or a Hugging Face model id, e.g. "
                                                 "FacebookAI/xlm-roberta-base"))
        self.hub_edit.setAccessibleName(self.tr("Hugging Face model id"))
        self.hub_edit.returnPressed.connect(lambda: self.use_hub_id(self.hub_edit.text()))
        self.hub_button = QPushButton(self.tr("Use this id"))
        self.hub_button.clicked.connect(lambda: self.use_hub_id(self.hub_edit.text()))
        self.recommendation = QLabel()
        self.recommendation.setTextFormat(Qt.PlainText)
        self.recommendation.setWordWrap(True)
        self.recommendation.setAccessibleName(self.tr("Recommendation"))
        self.error = message_label()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(self.rows_layout)
        layout.addWidget(self.missing_title)
        layout.addWidget(self.missing)
        row = QHBoxLayout()
        row.addWidget(self.other_button)
        row.addWidget(self.hub_edit, 1)
        row.addWidget(self.hub_button)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.recommendation)
        self.reload()

    # ---- the list ---------------------------------------------------------------------------------
    def choices(self) -> list[Choice]:
        catalogue = {b.name: b for b in recommended_bases()}
        found = [Choice(QUICK, self.tr("Quick student"), "quick")]
        seen: set[Path] = set()
        for name, folder in local_bases():
            found.append(Choice(str(folder), name, "folder", folder, catalogue.get(name)))
            seen.add(folder.resolve())
        names = {c.name for c in found}
        for folder in self._history + self._added:
            if folder.resolve() in seen:
                continue
            seen.add(folder.resolve())
            name = folder_name(folder)
            if name in names:
                name = f"{name} ({folder.parent.name})"
            names.add(name)
            found.append(Choice(str(folder), name, "folder", folder))
        by_id = {b.id: b for b in catalogue.values()}
        found += [Choice(i, i, "hub", catalogue=by_id.get(i)) for i in self._hub_ids]
        return found

    def reload(self) -> None:
        """Rebuild the list from the cache, the added folders and ids; keep the selection."""
        current = self.spec()
        for row in self.rows.values():
            self.group.removeButton(row.radio)
            self.rows_layout.removeWidget(row)
            row.hide()  # gone now, not only once the event loop deletes it
            row.deleteLater()
        self.rows = {}
        choices = self.choices()
        for choice in choices:
            row = _Row(choice, *self._texts(choice))
            self.rows[choice.spec] = row
            self.group.addButton(row.radio)
            self.rows_layout.addWidget(row)
            row.show()  # now, not when the event loop gets to it
        self._fill_missing({c.name for c in choices} | {c.spec for c in choices})
        self.select(current if current in self.rows else QUICK)
        if self._report is not None:
            self.show_coverage(self._report)  # the rebuilt rows keep their verdicts

    def _texts(self, choice: Choice) -> tuple[str, str]:
        if choice.kind == "quick":
            return (self.tr("Quick student — character n-grams, trains in seconds on any computer, "
                            "works for any script"), "")
        if choice.kind == "hub":
            size = choice.catalogue.size_mb if choice.catalogue else None
            return choice.name, (self.tr("Downloaded when training starts (about {mb} MB).").format(
                mb=size) if size else self.tr("Downloaded when training starts."))
        return choice.name, str(choice.folder)

    def _fill_missing(self, present: set[str]) -> None:
        while self.missing_layout.count():
            item = self.missing_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        missing = [b for b in recommended_bases() if b.name not in present and b.id not in present]
        for i, base in enumerate(missing):
            label = QLabel(base.name)
            label.setTextFormat(Qt.PlainText)
            label.setEnabled(False)  # greyed: it cannot be chosen until it is downloaded
            label.setToolTip(self.tr(
                "{name} ({id}): {params:.0f} M parameters, {mb} MB, licence {licence}. {languages}. "
                "{notes}\nNot downloaded: type its id to download.").format(
                name=base.name, id=base.id, params=base.parameters / 1e6, mb=base.size_mb,
                licence=base.licence, languages=base.languages, notes=base.notes))
            label.setAccessibleName(label.toolTip())
            self.missing_layout.addWidget(label, i // 3, i % 3)
            label.show()
        self.missing_title.setVisible(bool(missing))
        self.missing.setVisible(bool(missing))

    def missing_names(self) -> list[str]:
        items = (self.missing_layout.itemAt(i) for i in range(self.missing_layout.count()))
        return [item.widget().text() for item in items if item.widget() is not None]

    # ---- choosing ---------------------------------------------------------------------------------
    def spec(self) -> str:
        button = self.group.checkedButton()
        for spec, row in self.rows.items():
            if row.radio is button:
                return spec
        return QUICK

    def select(self, spec: str) -> bool:
        """Choose a listed spec (a folder also by any path that leads to it); False if not listed."""
        row = self.rows.get(spec)
        if row is None and spec != QUICK and Path(spec).is_dir():
            target = Path(spec).resolve()
            row = next((r for r in self.rows.values()
                        if r.choice.folder is not None and r.choice.folder.resolve() == target), None)
        if row is None:
            return False
        row.radio.setChecked(True)
        return True

    def _toggled(self, button: Any, checked: bool) -> None:
        if checked:
            show_message(self.error, "")
            self.changed.emit(self.spec())

    def add_folder(self, path: Path | str) -> Optional[Path]:
        """Add and choose a model folder; None (and a sentence under the list) if it is unusable."""
        try:
            folder = check_base_dir(path)
        except ModelFolderError as e:
            show_message(self.error, describe_error(e))
            return None
        known = {Path(spec).resolve(): spec for spec, row in self.rows.items()
                 if row.choice.kind == "folder"}
        if folder.resolve() not in known:
            self._added.append(folder)
            self.reload()
            self.bases_changed.emit()
        self.select(known.get(folder.resolve(), str(folder)))
        show_message(self.error, "")
        return folder

    def set_history(self, folders: Sequence[Path | str]) -> None:
        """Folders to offer without choosing them: the bases of the project's earlier models."""
        usable = []
        for path in folders:
            try:
                usable.append(check_base_dir(path))
            except ModelFolderError:
                continue  # moved or deleted since: not offered
        if [str(f) for f in usable] != [str(f) for f in self._history]:
            self._history = usable
            self.reload()
            self.bases_changed.emit()

    def choose_other_folder(self) -> None:
        folders = self._history + self._added
        start = str(folders[-1]) if folders else ""
        folder = dialogs.ask_folder(self, self.tr("Choose the folder of a pretrained model"), start)
        if folder is not None:
            self.add_folder(folder)

    def use_hub_id(self, text: str) -> bool:
        """Choose a Hugging Face model id (it is downloaded when training starts)."""
        text = text.strip()
        if not text:
            return False
        if Path(text).expanduser().is_dir():
            return self.add_folder(text) is not None
        for spec, row in self.rows.items():  # already on this computer: use that copy
            if row.choice.catalogue is not None and row.choice.catalogue.id == text:
                return self.select(spec)
        if not is_hub_id(text):
            show_message(self.error, self.tr("{text} is neither a model folder nor a Hugging Face "
                                             "model id (such as FacebookAI/xlm-roberta-base)."
                                             ).format(text=text))
            return False
        if text not in self._hub_ids:
            self._hub_ids.append(text)
            self.reload()
        self.hub_edit.clear()
        return self.select(text)

    def check(self) -> Optional[str]:
        """The chosen spec, checked again just before training; None with a sentence if unusable."""
        spec = self.spec()
        if self.rows[spec].choice.kind == "folder":
            try:
                check_base_dir(spec)
            except ModelFolderError as e:
                show_message(self.error, describe_error(e))
                return None
        return spec

    # ---- coverage ---------------------------------------------------------------------------------
    def coverage_bases(self) -> list[tuple[str, Path]]:
        """(name, folder) of each listed folder whose tokenizer the coverage check can read."""
        return [(row.choice.name, row.choice.folder) for row in self.rows.values()
                if row.choice.folder is not None and any(
                    (row.choice.folder / f).is_file() for f in ("tokenizer.json", "vocab.txt"))]

    def show_coverage(self, report: dict[str, Any]) -> None:
        """Each base's verdict next to its name, its sentence below; the recommendation last."""
        self._report = report
        words = {"good": self.tr("good"), "usable": self.tr("usable"), "poor": self.tr("poor")}
        by_name = {entry["base"]: entry for entry in report.get("bases", [])}
        for row in self.rows.values():
            entry = by_name.get(row.choice.name)
            verdict = entry["verdict"] if entry else ""
            row.verdict.setText(words.get(verdict, ""))
            row.verdict.setStyleSheet(f"color: {VERDICT_COLOURS.get(verdict, 'palette(text)')};"
                                      " font-weight: bold;")
            if entry is not None:
                sentence = translated(entry["sentence"])
                row.detail.setText(sentence)
                row.detail.show()
                row.radio.setToolTip(plain_tooltip(sentence))  # it names the base
                row.radio.setAccessibleDescription(f"{words[verdict]}: {sentence}")
        self.recommendation.setText(translated(report.get("recommendation", "")))

    def verdict_of(self, spec: str) -> str:
        row = self.rows.get(spec)
        return row.verdict.text() if row is not None else ""

    def show_coverage_note(self, text: str) -> None:
        """No verdicts (no texts yet, or the check is running): say why."""
        self._report = None
        for row in self.rows.values():
            row.verdict.clear()
        self.recommendation.setText(text)

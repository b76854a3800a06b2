"""The review table: its model (the ordered sample ids of a query, rows fetched lazily) and view.

Anki's browser DataModel pattern: a search keeps only the ids; ``data()`` loads a row from the
project the first time it is painted and keeps a small cache, so a project with 100k samples
opens instantly. A new filter re-runs the search; a decision refreshes just its row, which stays
in place (the list does not jump while the user works through it).
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any, Callable, NamedTuple, Optional

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex,
                            QObject, Qt)
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from core.feedback import EXCLUDE, PIN, demo_choices
from core.project import REJECT_REASONS as REASON_CODES
from core.project import Project, Sample
from core.sample_query import SampleQuery, find_ids
from core.text_direction import direction_of

CACHE_ROWS = 500
TEXT, LABEL, STATUS, SOURCE = range(4)
# Translucent, so that they tint the base colour of a light or a dark palette alike.
STATUS_COLOURS = {"accepted": QColor(46, 160, 67, 48), "rejected": QColor(214, 57, 57, 48)}

#: Why a sample was rejected: stored code (core's list) and the words shown (keys 1–6 pick them
#: in this order).
REJECT_REASONS = tuple(zip(REASON_CODES, (
    QT_TRANSLATE_NOOP("ReviewModel", "wrong language"),
    QT_TRANSLATE_NOOP("ReviewModel", "wrong label"),
    QT_TRANSLATE_NOOP("ReviewModel", "unnatural or translated-sounding"),
    QT_TRANSLATE_NOOP("ReviewModel", "duplicate"), QT_TRANSLATE_NOOP("ReviewModel", "harmful"),
    QT_TRANSLATE_NOOP("ReviewModel", "other"))))
SOURCE_WORDS = {"generated": QT_TRANSLATE_NOOP("ReviewModel", "generated"),
                "annotated": QT_TRANSLATE_NOOP("ReviewModel", "annotated"),
                "imported": QT_TRANSLATE_NOOP("ReviewModel", "imported"),
                "gold": QT_TRANSLATE_NOOP("ReviewModel", "gold")}
STATUS_WORDS = {"pending": QT_TRANSLATE_NOOP("ReviewModel", "pending"),
                "accepted": QT_TRANSLATE_NOOP("ReviewModel", "accepted"),
                "rejected": QT_TRANSLATE_NOOP("ReviewModel", "rejected")}
# Label colours (Tableau 10): each readable with black or white text on light and dark palettes.
LABEL_COLOURS = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1",
                 "#ff9da7", "#9c755f", "#bab0ac")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewModel", text)


def reject_reason_text(code: str) -> str:
    words = dict(REJECT_REASONS)
    return _tr(words[code]) if code in words else code


def status_text(status: str) -> str:
    return _tr(STATUS_WORDS.get(status, status))


def source_text(source: str) -> str:
    return _tr(SOURCE_WORDS.get(source, source))


def label_colour(index: int) -> QColor:
    """A stable colour for the label at ``index`` in the project's label list."""
    return QColor(LABEL_COLOURS[index % len(LABEL_COLOURS)]) if index >= 0 else QColor("#888888")


def ink_for(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background``."""
    r, g, b = background.redF(), background.greenF(), background.blueF()
    return QColor("#000000") if 0.299 * r + 0.587 * g + 0.114 * b > 0.55 else QColor("#ffffff")


_ROLES = frozenset({Qt.DisplayRole, Qt.BackgroundRole, Qt.DecorationRole, Qt.TextAlignmentRole})


class _Row(NamedTuple):
    sample: Sample
    direction: str  # "rtl" / "ltr", from the text itself
    align: int  # Qt.TextAlignmentRole of the text column
    display: tuple[str, str, str, str]  # the four columns
    icon: QIcon  # the label's colour
    background: Optional[QColor]  # the status column's tint


class ReviewModel(QAbstractTableModel):
    def __init__(self, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.project: Optional[Project] = None
        self.query = SampleQuery()
        self.ids: list[int] = []
        self.choices: dict[int, str] = {}  # sample id → PIN or EXCLUDE (a small table)
        self.default_direction = "ltr"
        self._labels: dict[str, int] = {}
        self._cache: OrderedDict[int, _Row] = OrderedDict()  # oldest loaded first
        self._icons: dict[int, QIcon] = {}
        self._rows: Optional[dict[int, int]] = None  # id → row, built when first asked

    def set_project(self, project: Optional[Project]) -> None:
        self.project = project
        self.default_direction = project.language.direction if project is not None else "ltr"
        self._labels = {n: i for i, n in enumerate(project.label_names)} if project else {}
        self.search(self.query)

    def search(self, query: SampleQuery = SampleQuery()) -> None:
        """Re-run the query: the ids of the samples it selects, in the order stored."""
        self.beginResetModel()
        self.query = query
        self.ids = find_ids(self.project, query) if self.project is not None else []
        self.choices = demo_choices(self.project) if self.project is not None else {}
        self._cache.clear()
        self._rows = None
        self.endResetModel()

    def row_of(self, sample_id: int) -> int:
        """The row showing ``sample_id``, or -1 when the current search does not select it."""
        if self._rows is None:
            self._rows = {i: row for row, i in enumerate(self.ids)}
        return self._rows.get(sample_id, -1)

    def label_index(self, label: str) -> int:
        return self._labels.get(label, -1)

    def _load(self, row: int) -> "_Row":
        sample_id = self.ids[row]
        entry = self._cache.get(sample_id)
        if entry is None:
            assert self.project is not None
            entry = self._cache[sample_id] = self._row(self.project.sample(sample_id))
            if len(self._cache) > CACHE_ROWS:
                self._cache.popitem(last=False)
        return entry

    def _row(self, sample: Sample) -> "_Row":
        """Everything the table shows of a sample, worked out once when the row is loaded."""
        direction = direction_of(sample.text, self.default_direction)
        align = int((Qt.AlignRight if direction == "rtl" else Qt.AlignLeft) | Qt.AlignVCenter)
        display = (" ".join(sample.text.split()), sample.label, self._status(sample),
                   source_text(sample.source))
        return _Row(sample, direction, align, display, self._icon(self.label_index(sample.label)),
                    STATUS_COLOURS.get(sample.status))

    def _icon(self, index: int) -> QIcon:
        icon = self._icons.get(index)
        if icon is None:  # one per label (a QColor decoration is a new pixmap per paint)
            pixmap = QPixmap(12, 12)
            pixmap.fill(label_colour(index))
            icon = self._icons[index] = QIcon(pixmap)
        return icon

    def sample_at(self, row: int) -> Sample:
        return self._load(row).sample

    def direction_at(self, row: int) -> str:
        """"rtl" or "ltr": how this row's text runs, read from the text itself."""
        return self._load(row).direction

    def row_changed(self, row: int) -> None:
        """The sample in ``row`` was changed in the project: load it again when painted."""
        if 0 <= row < len(self.ids):
            self._cache.pop(self.ids[row], None)
            self.dataChanged.emit(self.index(row, 0), self.index(row, SOURCE))

    def rows_changed(self, rows: list[int]) -> None:
        """Many rows changed (a bulk decision): reload them all, with one signal when many."""
        if len(rows) <= 50:
            for row in rows:
                self.row_changed(row)
        elif self.ids:
            self._cache.clear()
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.ids) - 1, SOURCE))

    def set_choices(self, ids: list[int], choice: Optional[str]) -> None:
        """Pinned / excluded as teacher examples changed for ``ids`` (already written)."""
        for i in ids:
            if choice is None:
                self.choices.pop(i, None)
            else:
                self.choices[i] = choice
            self.row_changed(self.row_of(i))

    # ---- QAbstractTableModel --------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole) -> Any:
        # Qt asks for a dozen roles per cell and paint: answer the ones not used without a look-up.
        if role not in _ROLES or not index.isValid():
            return None
        column = index.column()
        if role == Qt.DisplayRole:
            return self._load(index.row()).display[column]
        if role == Qt.TextAlignmentRole:
            return self._load(index.row()).align if column == TEXT else None
        if role == Qt.DecorationRole:
            return self._load(index.row()).icon if column == LABEL else None
        return self._load(index.row()).background if column == STATUS else None

    def _status(self, sample: Sample) -> str:
        words = status_text(sample.status)
        if sample.status == "rejected" and sample.reject_reason:
            words += f" ({reject_reason_text(sample.reject_reason)})"
        choice = self.choices.get(sample.id)
        if choice == PIN:
            words += " · " + _tr("pinned")
        elif choice == EXCLUDE:
            words += " · " + _tr("excluded")
        return words

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.DisplayRole) -> Any:
        if role != Qt.DisplayRole:
            return None
        if orientation == Qt.Vertical:
            return str(section + 1)
        return (_tr("Text"), _tr("Label"), _tr("Status"), _tr("Source"))[section]


class ReviewTable(QTableView):
    """The sample table; review keys go to ``key_handler`` first, the rest (arrows…) to Qt."""

    key_handler: Optional[Callable[[QKeyEvent], bool]] = None

    def __init__(self, model: ReviewModel, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.ElideRight)
        header = self.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.Stretch)
        for column, width in ((LABEL, 120), (STATUS, 130), (SOURCE, 80)):
            header.resizeSection(column, width)
        self.verticalHeader().setDefaultSectionSize(24)
        self.verticalHeader().hide()
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)  # the text column gives way

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.key_handler is None or not self.key_handler(event):
            super().keyPressEvent(event)

    def keyboardSearch(self, search: str) -> None:
        """Off: a letter that is not a review key must not jump to another row."""

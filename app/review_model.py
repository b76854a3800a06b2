"""The review table's model: the ordered sample ids of a query, rows fetched lazily.

Anki's browser DataModel pattern: a search keeps only the ids; ``data()`` loads a row from the
project the first time it is painted and keeps a small cache, so a project with 100k samples
opens instantly. A new filter re-runs the search; a decision refreshes just its row, which stays
in place (the list does not jump while the user works through it).
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any, Optional

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor

from core.project import Project, Sample

CACHE_ROWS = 500
TEXT, LABEL, STATUS = range(3)
STATUS_COLOURS = {"accepted": QColor("#e3f4e1"), "rejected": QColor("#fbe3e1")}


#: Why a sample was rejected: stored code and the words shown (keys 1–6 pick them in this order).
REJECT_REASONS = (
    ("wrong_language", "wrong language"),
    ("wrong_label", "wrong label"),
    ("unnatural", "unnatural"),
    ("duplicate", "duplicate"),
    ("harmful", "harmful"),
    ("other", "other"),
)


def reject_reason_text(code: str) -> str:
    words = dict(REJECT_REASONS)
    return QCoreApplication.translate("ReviewModel", words[code]) if code in words else code


def status_text(status: str) -> str:
    words = {"pending": "pending", "accepted": "accepted", "rejected": "rejected"}
    return QCoreApplication.translate("ReviewModel", words.get(status, status))


class ReviewModel(QAbstractTableModel):
    def __init__(self, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.project: Optional[Project] = None
        self.status_filter: Optional[str] = None
        self.ids: list[int] = []
        self._cache: OrderedDict[int, Sample] = OrderedDict()
        self._rtl = False

    def set_project(self, project: Optional[Project]) -> None:
        self.project = project
        self._rtl = project is not None and project.language.direction == "rtl"
        self.search(self.status_filter)

    def search(self, status: Optional[str] = None) -> None:
        """Re-run the query: all samples, or only those with ``status``, in the order stored."""
        self.beginResetModel()
        self.status_filter = status
        self.ids = self.project.sample_ids(status=status) if self.project is not None else []
        self._cache.clear()
        self.endResetModel()

    def sample_at(self, row: int) -> Sample:
        sample_id = self.ids[row]
        sample = self._cache.get(sample_id)
        if sample is None:
            assert self.project is not None
            sample = self.project.sample(sample_id)
            self._cache[sample_id] = sample
            if len(self._cache) > CACHE_ROWS:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(sample_id)
        return sample

    def row_changed(self, row: int) -> None:
        """The sample in ``row`` was changed in the project: load it again when painted."""
        self._cache.pop(self.ids[row], None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, STATUS))

    # ---- QAbstractTableModel --------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.DisplayRole:
            sample = self.sample_at(index.row())
            column = index.column()
            if column == TEXT:  # one line in the table; the full text is in the detail pane
                return " ".join(sample.text.split())
            if column == LABEL:
                return sample.label
            return status_text(sample.status) + (
                f" ({reject_reason_text(sample.reject_reason)})" if sample.status == "rejected" and sample.reject_reason else "")
        if role == Qt.BackgroundRole:
            return STATUS_COLOURS.get(self.sample_at(index.row()).status)
        if role == Qt.TextAlignmentRole and index.column() == TEXT and self._rtl:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole) -> Any:
        if role != Qt.DisplayRole:
            return None
        if orientation == Qt.Vertical:
            return str(section + 1)
        names = (QCoreApplication.translate("ReviewModel", "Text"),
                 QCoreApplication.translate("ReviewModel", "Label"),
                 QCoreApplication.translate("ReviewModel", "Status"))
        return names[section]

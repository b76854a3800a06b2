"""Discarded teacher replies: why each one was dropped, in words, and the reply itself.

Replies are untrusted teacher output. They are only ever shown as plain text: table items (the
default delegate draws text, never markup; no tooltips, which Qt would guess as rich text) and a
read-only QPlainTextEdit.
"""

from __future__ import annotations

from typing import Any, Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelection, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox,
                               QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit, QSplitter,
                               QTableView, QVBoxLayout, QWidget)

from core.project import Project

#: Every reason core records (core.filters, core.generation, core.annotation), in words.
REASON_WORDS = {
    # core.filters
    "bad_characters": QT_TRANSLATE_NOOP("DiscardReason", "unusable characters"),
    "empty": QT_TRANSLATE_NOOP("DiscardReason", "empty text"),
    "too_short": QT_TRANSLATE_NOOP("DiscardReason", "text too short"),
    "too_long": QT_TRANSLATE_NOOP("DiscardReason", "text too long"),
    "duplicate": QT_TRANSLATE_NOOP("DiscardReason", "same as an earlier text"),
    "near_duplicate": QT_TRANSLATE_NOOP("DiscardReason", "almost the same as an earlier text"),
    "copies_example": QT_TRANSLATE_NOOP("DiscardReason", "copies one of your examples"),
    "wrong_script": QT_TRANSLATE_NOOP("DiscardReason", "written in the wrong script"),
    "wrong_language": QT_TRANSLATE_NOOP("DiscardReason", "not in the project's language"),
    # core.generation
    "truncated": QT_TRANSLATE_NOOP("DiscardReason", "cut off (too long)"),
    "not_json": QT_TRANSLATE_NOOP("DiscardReason", "not valid JSON"),
    "schema": QT_TRANSLATE_NOOP("DiscardReason", "wrong reply format"),
    "unknown_label": QT_TRANSLATE_NOOP("DiscardReason", "unknown label"),
    "wrong_label": QT_TRANSLATE_NOOP("DiscardReason", "wrong label"),
    "surplus": QT_TRANSLATE_NOOP("DiscardReason", "not needed: the label already had enough"),
    "teacher_error": QT_TRANSLATE_NOOP("DiscardReason", "the teacher did not answer"),
    "self_check_label": QT_TRANSLATE_NOOP("DiscardReason",
                                          "the teacher's check: does not fit the label"),
    "self_check_language": QT_TRANSLATE_NOOP("DiscardReason",
                                             "the teacher's check: not in the language"),
    "self_check_unreadable": QT_TRANSLATE_NOOP("DiscardReason",
                                               "the teacher's check could not be read"),
    # core.annotation
    "unreadable_label": QT_TRANSLATE_NOOP("DiscardReason",
                                          "the teacher's label could not be read"),
}


def discard_reason_text(reason: str) -> str:
    """Words for a discard reason; an unknown reason is shown as it is."""
    if reason in REASON_WORDS:
        return QCoreApplication.translate("DiscardReason", REASON_WORDS[reason])
    return reason


def discard_counts_text(counts: dict[str, int]) -> str:
    """"text too long: 3, wrong label: 1", most frequent first."""
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], discard_reason_text(kv[0])))
    return ", ".join(f"{discard_reason_text(k)}: {v}" for k, v in ordered)


def _first_line(text: str, limit: int = 120) -> str:
    line = " ".join((text or "").split())
    return line[:limit] + ("…" if len(line) > limit else "")


class DiscardsDialog(QDialog):
    """The newest discarded replies of a project (core keeps them all; 500 are shown)."""

    LIMIT = 500

    def __init__(self, project: Project, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.project = project
        self.setWindowTitle(self.tr("Discarded replies"))
        self.resize(900, 560)
        self.rows: list[dict[str, Any]] = []

        self.reason_filter = QComboBox()
        self.reason_filter.currentIndexChanged.connect(self.reload)
        self.count = QLabel()
        self.count.setTextFormat(Qt.PlainText)
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Why"), self.tr("Label"), self.tr("Detail"), self.tr("Reply")])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.raw = QPlainTextEdit()  # plain text: the reply is shown exactly as the teacher wrote it
        self.raw.setTabChangesFocus(True)  # Tab moves on: no keyboard trap
        self.raw.setReadOnly(True)
        self.raw.setPlaceholderText(self.tr("Choose a row to see the whole reply."))
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.reason_filter, 1)
        top.addWidget(self.count)
        split = QSplitter(Qt.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.raw)
        split.setSizes([340, 180])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        """Re-read the reasons and replies (a run may have added some), keeping the filter."""
        reason = self.reason_filter.currentData()
        self._fill_filter()
        self.reason_filter.blockSignals(True)
        self.reason_filter.setCurrentIndex(max(0, self.reason_filter.findData(reason)))
        self.reason_filter.blockSignals(False)
        self.reload()

    def _fill_filter(self) -> None:
        counts = self.project.discard_counts()
        self.reason_filter.blockSignals(True)
        self.reason_filter.clear()
        self.reason_filter.addItem(
            self.tr("Every reason ({n})").format(n=sum(counts.values())), None)
        for reason, n in sorted(counts.items(), key=lambda kv: -kv[1]):
            self.reason_filter.addItem(f"{discard_reason_text(reason)} ({n})", reason)
        self.reason_filter.blockSignals(False)

    def set_reason(self, reason: Optional[str]) -> None:
        """Show only one reason (None: all)."""
        index = self.reason_filter.findData(reason)
        self.reason_filter.setCurrentIndex(max(0, index))

    def reload(self) -> None:
        self.rows = self.project.discards(self.reason_filter.currentData(), limit=self.LIMIT)
        self.model.removeRows(0, self.model.rowCount())
        for row in self.rows:
            cells = [discard_reason_text(row["reason"] or ""), row["label"] or "",
                     row["detail"] or "", _first_line(row["raw"] or "")]
            items = []
            for cell in cells:
                item = QStandardItem(cell)
                item.setEditable(False)
                items.append(item)
            self.model.appendRow(items)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        self.table.setColumnWidth(2, 260)
        shown = len(self.rows)
        self.count.setText(self.tr("the newest {n}").format(n=shown) if shown >= self.LIMIT
                           else self.tr("{n} shown").format(n=shown))
        self.raw.clear()
        if self.rows:
            self.table.selectRow(0)

    def _show_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.raw.clear()
            return
        row = self.rows[rows[0].row()]
        raw = row["raw"] or ""
        self.raw.setPlainText(raw if raw else self.tr("(no reply: {detail})").format(
            detail=row["detail"] or ""))

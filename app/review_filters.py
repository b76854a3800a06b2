"""The review page's filter bar: status, label, source, strategy, reject reason and a search box.

Its ``changed`` signal carries a ``SampleQuery``; the page hands it to the table's model, which
asks core for the ids only. Typing in the search box waits for a pause (~200 ms) before
searching; Esc there hands the keyboard back to the table.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QToolButton, QWidget

from app.review_model import REJECT_REASONS, reject_reason_text, source_text, status_text
from core.project import SOURCES, STATUSES, Project
from core.sample_query import SampleQuery, reject_reasons, strategies

SEARCH_DELAY_MS = 200
COMBO_CHARS = 9


class SearchBox(QLineEdit):
    escaped = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key_Escape:
            self.escaped.emit()
        elif event.key() in (Qt.Key_Down, Qt.Key_Return, Qt.Key_Enter):
            self.escaped.emit()  # down to the results
        else:
            super().keyPressEvent(event)


class ReviewFilters(QWidget):
    changed = Signal(object)  # SampleQuery
    done = Signal()  # Esc in the search box: back to the table

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.search = SearchBox()
        self.search.setPlaceholderText(self.tr("Search the texts…"))
        self.search.setAccessibleName(self.tr("Search the texts"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(180)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.escaped.connect(self._search_done)

        self.status = self._combo(self.tr("Any status"), self.tr("Show the samples with status"))
        self.label = self._combo(self.tr("Any label"), self.tr("Show the samples with label"))
        self.source = self._combo(self.tr("Any source"), self.tr("Show the samples from"))
        self.strategy = self._combo(self.tr("Any strategy"),
                                    self.tr("Show the samples written with strategy"))
        self.reason = self._combo(self.tr("Any reason"),
                                  self.tr("Show the samples rejected for reason"))
        for status in STATUSES:
            self.status.addItem(status_text(status), status)
        for source in SOURCES:
            self.source.addItem(source_text(source), source)
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("Show all"))
        self.clear_button.setToolTip(self.tr("Clear the search and every filter"))
        self.clear_button.clicked.connect(self.clear)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 2)
        for combo in self.combos():
            layout.addWidget(combo, 1)
        layout.addWidget(self.clear_button)

    def _combo(self, any_text: str, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)  # for screen readers: the combo has no label beside it
        combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(COMBO_CHARS)
        combo.addItem(any_text, None)
        combo.currentIndexChanged.connect(self._emit)
        return combo

    def combos(self) -> list[QComboBox]:
        return [self.status, self.label, self.source, self.strategy, self.reason]

    # ---- the project's choices ------------------------------------------------------------------
    def set_project(self, project: Optional[Project]) -> None:
        """Fill the menus that depend on the project (labels, strategies, reasons in use),
        keeping what was chosen where it still exists. Emits nothing."""
        labels = project.label_names if project is not None else []
        used_strategies = strategies(project) if project is not None else []
        used_reasons = reject_reasons(project) if project is not None else []
        known = [code for code, _words in REJECT_REASONS]
        reasons = known + [r for r in used_reasons if r not in known]
        self._refill(self.label, [(name, name) for name in labels])
        self._refill(self.strategy, [(name, name) for name in used_strategies])
        self._refill(self.reason, [(reject_reason_text(code), code) for code in reasons])

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    # ---- the query ------------------------------------------------------------------------------
    def query(self) -> SampleQuery:
        return SampleQuery(status=self.status.currentData(), label=self.label.currentData(),
                           source=self.source.currentData(), strategy=self.strategy.currentData(),
                           reason=self.reason.currentData(), search=self.search.text().strip())

    def set_query(self, query: SampleQuery) -> None:
        """Show ``query`` in the bar (values the menus lack are ignored), then emit it."""
        for combo, value in zip(self.combos(), (query.status, query.label, query.source,
                                                query.strategy, query.reason)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0) if value else 0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.setText(query.search)
        self.search.blockSignals(False)
        self._emit()

    def clear(self) -> None:
        self.set_query(SampleQuery())

    def focus_search(self) -> None:
        self.search.setFocus(Qt.ShortcutFocusReason)
        self.search.selectAll()

    def flush(self) -> None:
        """Search now for what is typed (no waiting for the pause)."""
        if self._search_timer.isActive():
            self._emit()

    def _search_done(self) -> None:
        self.flush()
        self.done.emit()

    def _emit(self) -> None:
        self._search_timer.stop()
        self.changed.emit(self.query())

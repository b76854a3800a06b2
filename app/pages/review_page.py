"""Step 4: the review workbench — a table of every sample beside a card for the one in hand.

Keyboard first (app/review_keys.py declares the keys; ? shows them): A accepts, X rejects (then
a reason key), E edits on the card, 1–9 relabel, Space skips, Backspace or Ctrl+Z undoes, even
after a restart. Every decision is written at once and the next sample follows immediately;
the counts and bars catch up after a burst of keys. With several rows selected the same keys act
on the selection, after a confirmation. Sample text is teacher output: shown as plain text only.
"""

from __future__ import annotations

from typing import Callable, Optional

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QPalette, QShortcut
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QPushButton, QSplitter, QVBoxLayout,
                               QWidget)

from app import bulk_actions, gc_guard
from app.bulk_actions import ACCEPT, DEMO, REJECT, RELABEL, BulkBar
from app.gold_dialog import GoldBar
from app.keys_overlay import KeysOverlay, ReasonBar, hint_line
from app.label_bars import ProgressPanel
from app.pages.base import Page, describe_error, message_label, show_message
from app.review_card import ReviewCard
from app.widgets import plain_label
from app.review_filters import ReviewFilters
from app.review_keys import DECIDE, REASON, KeyMap, KeysDialog
from app.review_model import TEXT, ReviewModel, ReviewTable
from core.errors import ShuleError
from core.feedback import EXCLUDE, PIN, set_demo_choice
from core.sample_query import SampleQuery

STATS_DELAY_MS = 150  # counts and bars: once after a burst of keys, not per key


class ReviewPage(Page):
    """Filters on top; the table of samples beside the card of the current one; progress below."""

    def __init__(self, parent: Optional[QWidget] = None, keymap: Optional[KeyMap] = None) -> None:
        super().__init__(parent)
        gc_guard.install(QApplication.instance())  # the counts are read in a worker thread
        self.add_heading(self.tr("Review"), self.tr(
            "Keep the samples that are right and reject the others: the next one follows at once. "
            "Select rows to decide them together; press ? for every key."))
        self.keymap = keymap if keymap is not None else KeyMap()
        self.model = ReviewModel(self)
        self.filters = ReviewFilters()
        self.filters.changed.connect(self._apply_query)
        self.filters.done.connect(lambda: self.table.setFocus())
        self.rows_label = plain_label(wrap=False)

        self.table = ReviewTable(self.model)
        self.table.setAccessibleName(self.tr("Samples"))
        self.table.key_handler = self._handle_key
        self.table.doubleClicked.connect(lambda _index: self.begin_edit())
        self.table.selectionModel().currentRowChanged.connect(lambda _now, _old: self._show_current())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.bulk = BulkBar()
        self.bulk.chosen.connect(self._bulk)

        self.card = ReviewCard()
        self.card.save_requested.connect(self.save_edit)
        self.card.cancel_requested.connect(self.cancel_edit)
        self.reason_bar = ReasonBar()
        self.reason_bar.chosen.connect(self.reject)
        self.reason_bar.cancelled.connect(self._hide_reasons)
        self.hints = plain_label()
        self.hints.setForegroundRole(QPalette.PlaceholderText)
        self.error = message_label()
        self.progress = ProgressPanel()
        self.progress.target_changed.connect(lambda _n: self.changed.emit())
        self.progress.stats_ready.connect(
            lambda stats: self.gold.show_overlaps(stats.gold_overlaps if stats else 0))
        self.counts = self.progress.summary
        self.gold = GoldBar()
        self.gold.button.clicked.connect(self.add_gold)
        self.gold.added.connect(self._gold_added)
        self.keys_button = QPushButton(self.tr("Keys…"))
        self.keys_button.clicked.connect(self.edit_keys)
        self.overlay = KeysOverlay(self)
        self.overlay.closed.connect(lambda: self.table.setFocus())
        self.overlay.change_keys.connect(self.edit_keys)
        self._stats_timer = QTimer(self, singleShot=True, interval=STATS_DELAY_MS)
        self._stats_timer.timeout.connect(self._update_stats)
        self._shortcuts: list[QShortcut] = []
        self.keys_dialog: Optional[KeysDialog] = None
        self._layout()
        self._keys_changed()

    def _layout(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        column.addWidget(self.bulk)
        column.addWidget(self.rows_label)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.card, 3)
        column.addWidget(self.reason_bar)
        hints = QHBoxLayout()
        hints.addWidget(self.hints, 1)
        hints.addWidget(self.keys_button, 0, Qt.AlignTop)
        column.addLayout(hints)
        column.addWidget(self.error)
        column.addWidget(self.progress)
        column.addWidget(self.gold)
        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([600, 420])
        self.layout_.addWidget(self.filters)
        self.layout_.addWidget(splitter, 1)

    def title(self) -> str:
        return self.tr("Review")

    # ---- loading --------------------------------------------------------------------------------
    def shutdown(self) -> None:
        self._stats_timer.stop()
        self.progress.shutdown()

    def refresh(self) -> None:
        """Re-run the search (new samples may have arrived), keeping the current sample."""
        current = self.current_id()
        self._hide_reasons()
        self.card.default_direction = self.project.language.direction if self.project else "ltr"
        self.filters.set_project(self.project)
        self.bulk.set_labels(self.project.label_names if self.project else [])
        self.model.query = self.filters.query()
        self.model.set_project(self.project)
        self._restore(current, 0)
        self.progress.set_project(self.project)  # large projects: read in a worker thread
        self._keys_changed()
        self.table.setFocus()

    def _apply_query(self, query: SampleQuery) -> None:
        current, row = self.current_id(), max(self.current_row(), 0)
        self.model.search(query)
        self._restore(current, row)
        if not self.filters.search.hasFocus():
            self.table.setFocus()

    def _restore(self, sample_id: Optional[int], row: int) -> None:
        """Put the cursor back on ``sample_id`` if the search still shows it, else near ``row``."""
        n = self.model.rowCount()
        if sample_id is not None and self.model.row_of(sample_id) >= 0:
            row = self.model.row_of(sample_id)
        if n:
            self.table.setCurrentIndex(self.model.index(min(row, n - 1), TEXT))
            self.table.scrollTo(self.table.currentIndex())
        self._show_current()
        total = self.project is not None and not self.model.query.is_filtered
        self.rows_label.setText(self.tr("{n} samples").format(n=n) if total else
                                self.tr("{n} samples match").format(n=n))

    def _update_stats(self) -> None:
        self._stats_timer.stop()
        self.progress.refresh()

    # ---- where we are ---------------------------------------------------------------------------
    def current_row(self) -> int:
        return self.table.currentIndex().row()

    def current_id(self) -> Optional[int]:
        row = self.current_row()
        return self.model.ids[row] if 0 <= row < self.model.rowCount() else None

    def selected_ids(self) -> list[int]:
        """The selected samples when more than one row is selected, else []."""
        rows = self.table.selectionModel().selectedRows()
        if len(rows) < 2:
            return []
        return [self.model.ids[i.row()] for i in sorted(rows, key=QModelIndex.row)]

    def _show_current(self) -> None:
        """The card follows the current row: one row read (usually cached), no counting."""
        self.reason_bar.hide()  # a reason key must not reject a sample the user has not seen
        row = self.current_row()
        if self.project is None or not 0 <= row < self.model.rowCount():
            self.card.show_sample(None)
            return
        sample = self.model.sample_at(row)
        self.card.show_sample(sample, self.model.label_index(sample.label),
                              self.model.choices.get(sample.id),
                              f"{row + 1} / {self.model.rowCount()}")

    def _selection_changed(self) -> None:
        self.bulk.set_count(len(self.table.selectionModel().selectedRows()))

    # ---- keys -----------------------------------------------------------------------------------
    def _handle_key(self, event: QKeyEvent) -> bool:
        """A key pressed in the table: True when it was a review key (and was acted on)."""
        mode = REASON if self.reason_bar.isVisible() else DECIDE
        if mode == REASON and event.key() == Qt.Key_Escape:
            self._hide_reasons()
            return True
        action = self.keymap.action_for(event, mode)
        if action is None:
            return False
        self.run_action(action)
        return True

    def run_action(self, action: str) -> None:
        simple = {"accept": self.accept, "reject": self.ask_reason, "edit": self.begin_edit,
                  "skip": self.skip, "undo": self.undo, "redo": self.redo,
                  "search": self.filters.focus_search, "help": self.show_keys,
                  "pin": lambda: self.toggle_demo(PIN),
                  "exclude": lambda: self.toggle_demo(EXCLUDE)}
        if action in simple:
            simple[action]()
        elif action.startswith("reason_"):
            self.reject(action[len("reason_"):])
        elif action.startswith("relabel_"):
            n = int(action[len("relabel_"):])
            if self.project is not None and n <= len(self.project.label_names):
                self.relabel(self.project.label_names[n - 1])

    def _keys_changed(self) -> None:
        """Show the current keys (hint line, reason buttons) and rebind the page shortcuts."""
        n = len(self.project.label_names) if self.project is not None else 0
        self.hints.setText(hint_line(self.keymap, n))
        self.reason_bar.set_keys(self.keymap)
        for shortcut in self._shortcuts:
            shortcut.setEnabled(False)
            shortcut.deleteLater()
        self._shortcuts = [
            QShortcut(key, self, activated=lambda a=action: self.run_action(a),
                      context=Qt.WidgetWithChildrenShortcut)
            for action, keys in self.keymap.shortcut_keys().items() for key in keys]

    def show_keys(self) -> None:
        self.overlay.open(self.keymap, self.project.label_names if self.project else [])

    def edit_keys(self) -> None:
        self.overlay.close_overlay()
        labels = self.project.label_names if self.project else []
        self.keys_dialog = KeysDialog(self.keymap, labels, self)
        self.keys_dialog.accepted.connect(self._keys_changed)
        self.keys_dialog.finished.connect(lambda _r: self.table.setFocus())
        self.keys_dialog.open()

    # ---- decisions ------------------------------------------------------------------------------
    def accept(self) -> None:
        if not self._bulk(ACCEPT, None):
            self._decide(lambda i: self.project.set_status([i], "accepted"))

    def ask_reason(self) -> None:
        if self.current_row() >= 0:
            self.reason_bar.show()

    def reject(self, reason: str) -> None:
        self._hide_reasons()
        if not self._bulk(REJECT, reason):
            self._decide(lambda i: self.project.set_status([i], "rejected", reason))

    def relabel(self, label: str) -> None:
        if not self._bulk(RELABEL, label):
            row = self.current_row()
            if row >= 0 and self.model.sample_at(row).label != label:
                self._decide(lambda i: self.project.edit_sample(i, label=label), advance=False)

    def toggle_demo(self, choice: str) -> None:
        """P pins the sample as an example for the teacher (Shift+P excludes it); again undoes."""
        ids = self.selected_ids() or ([self.current_id()] if self.current_id() is not None else [])
        if ids:
            again = all(self.model.choices.get(i) == choice for i in ids)
            self.set_demo(ids, None if again else choice)

    def set_demo(self, ids: list[int], choice: Optional[str]) -> None:
        """Pin, exclude or release (None) ``ids`` as the teacher's examples; asks first for many."""
        if self.project is None or not ids:
            return
        try:
            if len(ids) > 1:
                if not bulk_actions.apply(self, self.project, ids, DEMO, choice):
                    return
            else:
                set_demo_choice(self.project, ids, choice)
        except ShuleError as e:
            show_message(self.error, describe_error(e))
            return
        self.model.set_choices(ids, choice)
        self._show_current()

    def skip(self) -> None:
        row = self.current_row()
        if row + 1 < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(row + 1, TEXT))

    def _decide(self, change: Callable[[int], object], advance: bool = True) -> None:
        row = self.current_row()
        if self.project is None or row < 0:
            return
        try:
            change(self.model.ids[row])
        except ShuleError as e:
            show_message(self.error, describe_error(e))
            return
        self._after_change([row])
        if advance and row + 1 < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(row + 1, TEXT))
        else:
            self._show_current()

    def _bulk(self, action: str, arg: Optional[str]) -> bool:
        """With several rows selected, do ``action`` to all of them (after asking): True when
        the selection was the target, whether or not the user went ahead."""
        ids = self.selected_ids()
        if len(ids) < 2 or self.project is None:
            return False
        if action == DEMO:
            self.set_demo(ids, arg)
            return True
        try:
            done = bulk_actions.apply(self, self.project, ids, action, arg)
        except ShuleError as e:
            show_message(self.error, describe_error(e))
            return True
        if done:
            self._after_change([self.model.row_of(i) for i in ids])
            self._show_current()
        self.table.setFocus()
        return True

    def undo(self) -> None:
        """Undo the last review change (kept in the project file) and go back to its sample."""
        if self.project is not None:
            self._show_undone(self.project.undo())

    def redo(self) -> None:
        if self.project is not None:
            self._show_undone(self.project.redo())

    def _show_undone(self, action: Optional[dict]) -> None:
        if action is None:
            return
        rows = [r for r in (self.model.row_of(i) for i in action["ids"]) if r >= 0]
        self._after_change(rows)
        if rows:
            self.table.setCurrentIndex(self.model.index(rows[0], TEXT))
        self._show_current()  # its text may have changed back

    def _after_change(self, rows: list[int]) -> None:
        show_message(self.error, "")
        self.model.rows_changed(rows)
        self._stats_timer.start()
        self.changed.emit()

    def _hide_reasons(self) -> None:
        self.reason_bar.hide()
        self.table.setFocus()

    # ---- editing and gold -----------------------------------------------------------------------
    def begin_edit(self) -> None:
        self._hide_reasons()
        self.card.begin_edit()

    def save_edit(self, text: str) -> None:
        row = self.current_row()
        if self.project is None or row < 0:
            return
        try:
            self.project.edit_sample(self.model.ids[row], text=text)
        except ShuleError as e:
            show_message(self.error, describe_error(e))
            return
        self._after_change([row])
        self._show_current()
        self.table.setFocus()

    def cancel_edit(self) -> None:
        self._show_current()
        self.table.setFocus()

    def add_gold(self) -> None:
        if self.project is None:
            return
        row = self.current_row()
        self.gold.open_dialog(self.project, self.model.sample_at(row).label if row >= 0 else None)

    def _gold_added(self, _sample_id: int) -> None:
        self.refresh()
        self.changed.emit()

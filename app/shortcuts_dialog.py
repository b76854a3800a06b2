"""Help ▸ Keyboard shortcuts: every key the window answers to, in one list.

The menus' shortcuts are read from the menu bar itself and the review keys from the Review page's
key map, so the list cannot fall behind what the keys really do (a changed review key shows
here as changed).
"""

from __future__ import annotations

from typing import Optional, Sequence

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QMenuBar,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from app.review_keys import KeyMap, action_title, shown_actions
from app.widgets import plain_label


def menu_shortcuts(bar: QMenuBar) -> list[tuple[str, str]]:
    """(where ▸ what, keys) for each menu entry that has a shortcut, in menu order."""
    found: list[tuple[str, str]] = []

    def walk(actions: Sequence[QAction], path: str) -> None:
        for action in actions:
            title = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            if action.menu() is not None:
                walk(action.menu().actions(), f"{path}{title} ▸ ")
            elif not action.shortcut().isEmpty():
                found.append((path + title, action.shortcut().toString(QKeySequence.NativeText)))

    walk(bar.actions(), "")
    return found


class ShortcutsDialog(QDialog):
    def __init__(self, bar: QMenuBar, keymap: KeyMap, labels: Sequence[str],
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(620, 560)
        rows = [(self.tr("Everywhere"), "")] + menu_shortcuts(bar)
        rows += [(self.tr("On the Review page"), "")] + [
            (action_title(action, labels), keymap.text(action.id))
            for action in shown_actions(labels) if keymap.text(action.id)]
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Keys")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeToContents)
        for row, (what, keys) in enumerate(rows):
            item = QTableWidgetItem(what)
            if not keys:  # a heading row
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.table.setItem(row, 0, item)
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr(
            "Every step can be reached from the keyboard: Tab moves between fields and buttons, "
            "Space or Enter presses a button. On the Review page, press ? to see its keys and "
            "change them.")))
        layout.addWidget(self.table)
        layout.addWidget(buttons)

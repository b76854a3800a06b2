"""The review page's keys, declared once: action id, default keys, title (Picard-style options),
and the dialog that remaps them.

The user may remap them (stored in QSettings, group "review_keys", with a version so that a
later release can upgrade old maps). Keys act in a mode: "decide" while going through samples,
"reason" after X, while the page asks why a sample is rejected. The same key may mean one thing
in each mode (3 relabels, or rejects as "unnatural"); within a mode a key means one thing only,
and the dialog refuses a key another action of the same mode already uses, saying which.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QKeyCombination, QSettings, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QGridLayout, QKeySequenceEdit,
                               QScrollArea, QVBoxLayout, QWidget)

from app.review_model import REJECT_REASONS, reject_reason_text
from app.widgets import ERROR, colour, plain_label

GROUP = "review_keys"
VERSION = 1
MAX_LABEL_KEYS = 9
DECIDE, REASON = "decide", "reason"
COMMAND_MODIFIERS = Qt.ControlModifier | Qt.AltModifier | Qt.MetaModifier


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewKeys", text)


@dataclass(frozen=True)
class KeyAction:
    id: str
    defaults: tuple[str, ...]  # QKeySequence portable text, one key each
    title_source: str  # English; translated when shown
    mode: str = DECIDE
    arg: Optional[str] = None  # the reason code, or the label position (1-based) as text

    @property
    def title(self) -> str:
        if self.id.startswith("relabel_"):
            return _tr("Relabel as label {n}").format(n=self.arg)
        if self.mode == REASON:
            return _tr("Reason: {reason}").format(reason=reject_reason_text(self.arg or ""))
        return _tr(self.title_source)


ACTIONS: tuple[KeyAction, ...] = (
    KeyAction("accept", ("A",), QT_TRANSLATE_NOOP("ReviewKeys", "Accept")),
    KeyAction("reject", ("X",), QT_TRANSLATE_NOOP("ReviewKeys", "Reject (then the reason)")),
    KeyAction("edit", ("E",), QT_TRANSLATE_NOOP("ReviewKeys", "Edit the text")),
    KeyAction("skip", ("Space",), QT_TRANSLATE_NOOP("ReviewKeys", "Skip to the next sample")),
    KeyAction("undo", ("Backspace", "Ctrl+Z"), QT_TRANSLATE_NOOP("ReviewKeys", "Undo")),
    KeyAction("redo", ("Ctrl+Shift+Z",), QT_TRANSLATE_NOOP("ReviewKeys", "Redo")),
    KeyAction("search", ("Ctrl+F",), QT_TRANSLATE_NOOP("ReviewKeys", "Search the texts")),
    KeyAction("pin", ("P",),
              QT_TRANSLATE_NOOP("ReviewKeys", "Pin / unpin as a teacher example")),
    KeyAction("exclude", ("Shift+P",),
              QT_TRANSLATE_NOOP("ReviewKeys", "Exclude / include as a teacher example")),
    KeyAction("help", ("?", "F1"), QT_TRANSLATE_NOOP("ReviewKeys", "Show the keys")),
    *(KeyAction(f"relabel_{n}", (str(n),), "Relabel", DECIDE, str(n))
      for n in range(1, MAX_LABEL_KEYS + 1)),
    *(KeyAction(f"reason_{code}", (str(n),), "Reason", REASON, code)
      for n, (code, _words) in enumerate(REJECT_REASONS, start=1)),
)
BY_ID = {a.id: a for a in ACTIONS}
# Upgrade hooks: stored version → function(settings) bringing the group to the next version.
UPGRADES: dict[int, object] = {}


def action_title(action: KeyAction, labels: Sequence[str]) -> str:
    """The title shown for an action; relabel keys name the label they give."""
    if action.id.startswith("relabel_") and action.arg and int(action.arg) <= len(labels):
        return _tr("Relabel as “{label}”").format(label=labels[int(action.arg) - 1])
    return action.title


def shown_actions(labels: Sequence[str]) -> list[KeyAction]:
    """Every action, less the relabel keys of label positions this project does not have."""
    return [a for a in ACTIONS
            if not (a.id.startswith("relabel_") and int(a.arg or 0) > len(labels))]


def open_settings() -> QSettings:
    """The user's settings (tests replace this, or pass their own QSettings)."""
    return QSettings()


def normalise(combo: QKeyCombination) -> QKeyCombination:
    """Shift is part of "?" or "!" already (the layout decides): drop it for such keys, and the
    keypad modifier everywhere, so that a key matches however the keyboard produced it."""
    key, mods = combo.key(), combo.keyboardModifiers() & ~Qt.KeypadModifier
    code = int(key.value) if hasattr(key, "value") else int(key)
    if 0x21 <= code <= 0x7E and not (0x41 <= code <= 0x5A):
        mods &= ~Qt.ShiftModifier
    return QKeyCombination(mods, key)


def key_text(sequence: QKeySequence, native: bool = True) -> str:
    return sequence.toString(QKeySequence.NativeText if native else QKeySequence.PortableText)


class KeyMap:
    """The current keys of every action, read from (and written to) ``settings``."""

    def __init__(self, settings: Optional[QSettings] = None) -> None:
        self.settings = settings if settings is not None else open_settings()
        self.keys: dict[str, list[QKeySequence]] = {}
        self._lookup: dict[tuple[str, int], str] = {}
        self.load()

    # ---- reading and writing --------------------------------------------------------------------
    def load(self) -> None:
        s = self.settings
        s.beginGroup(GROUP)
        try:
            version = int(s.value("version", VERSION) or VERSION)
            while version < VERSION and version in UPGRADES:
                UPGRADES[version](s)  # type: ignore[operator]
                version += 1
            stored = {a.id: s.value(a.id) for a in ACTIONS if s.contains(a.id)}
        finally:
            s.endGroup()
        self.keys = {}
        for action in ACTIONS:
            raw = stored.get(action.id)
            texts = action.defaults if raw is None else _as_list(raw)
            self.keys[action.id] = [QKeySequence(t) for t in texts if QKeySequence(t).count()]
        self._index()

    def save(self) -> None:
        s = self.settings
        s.beginGroup(GROUP)
        s.setValue("version", VERSION)
        for action in ACTIONS:
            texts = [key_text(k, native=False) for k in self.keys[action.id]]
            if texts == list(action.defaults):
                s.remove(action.id)
            else:
                s.setValue(action.id, "\t".join(texts))  # one string: no list-type surprises
        s.endGroup()
        s.sync()

    def clone(self) -> "KeyMap":
        """A copy to edit (a dialog's working copy); saving it writes the same settings."""
        other = KeyMap.__new__(KeyMap)
        other.settings = self.settings
        other.keys = {a: list(k) for a, k in self.keys.items()}
        other._index()
        return other

    def adopt(self, other: "KeyMap") -> None:
        """Take ``other``'s keys (a dialog's working copy the user said OK to)."""
        self.keys = {a: list(k) for a, k in other.keys.items()}
        self._index()

    def restore_defaults(self) -> None:
        self.keys = {a.id: [QKeySequence(t) for t in a.defaults] for a in ACTIONS}
        self._index()

    # ---- asking ---------------------------------------------------------------------------------
    def conflict(self, action_id: str, sequence: QKeySequence) -> Optional[str]:
        """The id of another action of the same mode that already uses ``sequence``."""
        mode = BY_ID[action_id].mode
        combo = normalise(sequence[0])
        for other in ACTIONS:
            if other.id != action_id and other.mode == mode and any(
                    normalise(k[0]) == combo for k in self.keys[other.id]):
                return other.id
        return None

    def set_keys(self, action_id: str, sequences: list[QKeySequence]) -> Optional[str]:
        """Give ``action_id`` these keys; refused (returns the clashing action id) on a clash."""
        for sequence in sequences:
            clash = self.conflict(action_id, sequence)
            if clash is not None:
                return clash
        self.keys[action_id] = [s for s in sequences if s.count()]
        self._index()
        return None

    def action_for(self, event: QKeyEvent, mode: str = DECIDE) -> Optional[str]:
        combo = normalise(event.keyCombination())
        return self._lookup.get((mode, combo.toCombined()))

    def text(self, action_id: str) -> str:
        """The keys of an action as the user sees them ("Backspace, Ctrl+Z"); "" when none."""
        return ", ".join(key_text(k) for k in self.keys.get(action_id, []))

    def shortcut_keys(self) -> dict[str, list[QKeySequence]]:
        """Keys with Ctrl/Alt/Meta or function keys: these work anywhere on the page, even while
        another field has the focus (plain letters there are typing)."""
        out: dict[str, list[QKeySequence]] = {}
        for action in ACTIONS:
            if action.mode != DECIDE:
                continue
            for k in self.keys[action.id]:
                combo = k[0]
                if combo.keyboardModifiers() & COMMAND_MODIFIERS or \
                        Qt.Key_F1.value <= combo.key().value <= Qt.Key_F35.value:
                    out.setdefault(action.id, []).append(k)
        return out

    def _index(self) -> None:
        self._lookup = {}
        for action in ACTIONS:
            for k in self.keys[action.id]:
                self._lookup.setdefault((action.mode, normalise(k[0]).toCombined()), action.id)


def _as_list(raw: object) -> list[str]:
    if isinstance(raw, (list, tuple)):
        return [str(r) for r in raw]
    return [t for t in str(raw).split("\t") if t] if raw else []


class KeysDialog(QDialog):
    """Remap the review keys: two key fields per action; a clash is refused with a message."""

    def __init__(self, keymap: KeyMap, labels: Sequence[str],
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Review keys"))
        self.keymap = keymap
        self.work = keymap.clone()
        self.edits: dict[str, list[QKeySequenceEdit]] = {}
        grid = QGridLayout()
        for row, action in enumerate(shown_actions(labels)):
            grid.addWidget(plain_label(action_title(action, labels)), row, 0)
            edits = []
            for column in (1, 2):
                edit = QKeySequenceEdit()
                edit.setMaximumSequenceLength(1)
                edit.setClearButtonEnabled(True)
                edit.editingFinished.connect(lambda a=action.id: self._changed(a))
                edit.keySequenceChanged.connect(lambda _s, a=action.id: self._cleared(a))
                grid.addWidget(edit, row, column)
                edits.append(edit)
            self.edits[action.id] = edits
        inner = QWidget()
        inner.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        self.message = plain_label("")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {colour(ERROR)};")
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel
                                   | QDialogButtonBox.RestoreDefaults)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.RestoreDefaults).clicked.connect(self.restore_defaults)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("Click a field and press the new key. The same key may "
                                        "serve one action while deciding and one reason after X.")))
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(560, 620)
        self._fill()

    def _fill(self) -> None:
        for action_id, edits in self.edits.items():
            keys = self.work.keys[action_id]
            for i, edit in enumerate(edits):
                edit.blockSignals(True)
                edit.setKeySequence(keys[i] if i < len(keys) else QKeySequence())
                edit.blockSignals(False)

    def _wanted(self, action_id: str) -> list[QKeySequence]:
        return [e.keySequence() for e in self.edits[action_id] if e.keySequence().count()]

    def _changed(self, action_id: str) -> None:
        """Try the keys now in ``action_id``'s fields; put the old ones back on a clash."""
        clash = self.work.set_keys(action_id, self._wanted(action_id))
        if clash is None:
            self.message.clear()
            return
        taken = [k for k in self._wanted(action_id) if self.work.conflict(action_id, k) == clash]
        self.message.setText(self.tr("{key} already does “{action}”: choose another key, or "
                                     "change that one first.").format(
            key=key_text(taken[0]) if taken else "", action=BY_ID[clash].title))
        self._fill()

    def _cleared(self, action_id: str) -> None:
        if not any(e.keySequence().count() for e in self.edits[action_id]):
            self.work.set_keys(action_id, [])

    def set_key(self, action_id: str, key: str, which: int = 0) -> None:
        """Type ``key`` into an action's field (what a user does; used by tests too)."""
        self.edits[action_id][which].setKeySequence(QKeySequence(key))
        self._changed(action_id)

    def restore_defaults(self) -> None:
        self.work.restore_defaults()
        self.message.clear()
        self._fill()

    def accept(self) -> None:
        self.keymap.adopt(self.work)
        self.keymap.save()
        super().accept()

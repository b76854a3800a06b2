"""Decisions on many samples at once: the selection bar and the confirmation before each.

With more than one row selected, the review keys (A, X + reason, 1–9, P, Shift+P) and the bar's
buttons act on the whole selection, after a question that says how many ("Accept 37 samples?").
Each is one step in the project's undo log. ``confirm`` is a module function so that tests can
replace it (``monkeypatch.setattr(app.bulk_actions, "confirm", …)``), like app/dialogs.py.
"""

from __future__ import annotations

from typing import Optional, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QMessageBox, QPushButton, QWidget

from app.review_model import REJECT_REASONS, reject_reason_text
from core.feedback import EXCLUDE, PIN, set_demo_choice
from core.project import Project

ACCEPT, REJECT, RELABEL, DEMO = "accept", "reject", "relabel", "demo"


def _tr(text: str) -> str:
    return QCoreApplication.translate("BulkActions", text)


def confirm(parent: Optional[QWidget], text: str) -> bool:
    """Ask a yes/no question; True when the user said yes."""
    box = QMessageBox(QMessageBox.Question, _tr("Review"), text,
                      QMessageBox.Yes | QMessageBox.Cancel, parent)
    box.setTextFormat(Qt.PlainText)
    box.setDefaultButton(QMessageBox.Yes)
    return box.exec() == QMessageBox.Yes


def question(action: str, n: int, arg: Optional[str] = None) -> str:
    if action == ACCEPT:
        return _tr("Accept {n} samples?").format(n=n)
    if action == REJECT:
        return _tr("Reject {n} samples as “{reason}”?").format(
            n=n, reason=reject_reason_text(arg or ""))
    if action == RELABEL:
        return _tr("Relabel {n} samples as “{label}”?").format(n=n, label=arg)
    if arg == PIN:
        return _tr("Pin {n} samples as examples for the teacher?").format(n=n)
    if arg == EXCLUDE:
        return _tr("Exclude {n} samples from the teacher's examples?").format(n=n)
    return _tr("Let the teacher's examples be chosen as usual for {n} samples?").format(n=n)


def apply(parent: Optional[QWidget], project: Project, ids: Sequence[int], action: str,
          arg: Optional[str] = None) -> bool:
    """Ask, then do ``action`` to every sample in ``ids`` (one undo step). False when the user
    said no. Raises ShuleError (core's words) when the project refuses."""
    ids = list(ids)
    if not ids or not confirm(parent, question(action, len(ids), arg)):
        return False
    if action == ACCEPT:
        project.set_status(ids, "accepted")
    elif action == REJECT:
        project.set_status(ids, "rejected", arg)
    elif action == RELABEL:
        assert arg is not None
        project.set_label(ids, arg)
    elif action == DEMO:
        set_demo_choice(project, ids, arg)
    else:
        raise ValueError(action)
    return True


class BulkBar(QWidget):
    """"37 selected: Accept · Reject… · Relabel… · Teacher examples…", shown while more than
    one row is selected."""

    chosen = Signal(str, object)  # action, argument (reason code, label name, demo choice)

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.count = QLabel()
        self.count.setTextFormat(Qt.PlainText)
        accept = QPushButton(self.tr("Accept"))
        accept.clicked.connect(lambda: self.chosen.emit(ACCEPT, None))
        reject = QPushButton(self.tr("Reject…"))
        reasons = QMenu(reject)
        for i, (code, _words) in enumerate(REJECT_REASONS, start=1):
            action = reasons.addAction(f"{i} {reject_reason_text(code)}")
            action.triggered.connect(lambda _=False, c=code: self.chosen.emit(REJECT, c))
        reject.setMenu(reasons)
        self.relabel = QPushButton(self.tr("Relabel…"))
        self.relabel.setMenu(QMenu(self.relabel))
        examples = QPushButton(self.tr("Teacher examples…"))
        examples.setMenu(QMenu(examples))
        for text, choice in ((self.tr("Pin as examples for the teacher"), PIN),
                             (self.tr("Exclude from the teacher's examples"), EXCLUDE),
                             (self.tr("Neither: chosen as usual"), None)):
            action = examples.menu().addAction(text)
            action.triggered.connect(lambda _=False, c=choice: self.chosen.emit(DEMO, c))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.count)
        for button in (accept, reject, self.relabel, examples):
            layout.addWidget(button)
        layout.addStretch(1)
        self.hide()

    def set_labels(self, labels: Sequence[str]) -> None:
        menu = self.relabel.menu()
        menu.clear()
        for i, name in enumerate(labels, start=1):
            shown = name.replace("&", "&&")  # not a mnemonic: "pests & disease"
            action = menu.addAction(f"{i} {shown}" if i <= 9 else shown)
            action.triggered.connect(lambda _=False, n=name: self.chosen.emit(RELABEL, n))

    def set_count(self, n: int) -> None:
        self.count.setText(self.tr("{n} selected:").format(n=n))
        self.setVisible(n > 1)

"""What the import dialog runs in its task runner, and the words for what an import brings in.

``plan_task`` and ``commit_task`` return the ``fn(progress, should_cancel)`` the runner calls in
its worker thread; each opens its own Project there (a Project is per thread). Status texts come
in already translated: a worker never calls Qt.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, NamedTuple, Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from core.errors import ShuleError, message_of
from core.importing import ImportPlan, commit_import, plan_import, read_columns
from core.project import Project


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


#: kind: (one, many), for "Import 120 samples" and "Imported 120 samples."
WHAT = {
    "samples": (QT_TRANSLATE_NOOP("ImportDialog", "1 sample"),
                QT_TRANSLATE_NOOP("ImportDialog", "{n} samples")),
    "gold": (QT_TRANSLATE_NOOP("ImportDialog", "1 gold example"),
             QT_TRANSLATE_NOOP("ImportDialog", "{n} gold examples")),
    "unlabelled": (QT_TRANSLATE_NOOP("ImportDialog", "1 text"),
                   QT_TRANSLATE_NOOP("ImportDialog", "{n} texts")),
}


def count_words(kind: str, n: int) -> str:
    """"120 samples", "1 gold example", "30 texts"."""
    one, many = WHAT[kind]
    return _tr(one) if n == 1 else _tr(many).format(n=n)


def imported_text(n: int, kind: str) -> str:
    """"Imported 120 samples.": what to say once an import is written."""
    return _tr("Imported {what}.").format(what=count_words(kind, n))


class Planned(NamedTuple):
    """A plan, or (when a column is missing) only the file's columns and why nothing can go."""

    columns: list[str]
    preview: list[list[str]]
    plan: Optional[ImportPlan]
    error: str


def plan_task(project_path: str, file: Path, kind: str, text_column: Optional[str],
              label_column: Optional[str], status: str, reading: str) -> Callable[..., Planned]:
    def work(progress: Any, should_cancel: Any) -> Planned:
        progress(0.0, reading)
        with Project.open(project_path) as project:
            try:
                plan = plan_import(project, file, kind, text_column, label_column, status)
                return Planned(plan.columns, plan.preview, plan, "")
            except ShuleError as e:
                error = message_of(e)  # still translatable: the dialog shows it
        columns, preview = read_columns(file)  # a file that cannot be read at all fails here
        return Planned(columns, preview, None, error)

    return work


def commit_task(project_path: str, plan: ImportPlan) -> Callable[..., int]:
    def work(progress: Any, should_cancel: Any) -> int:
        with Project.open(project_path) as project:
            return commit_import(project, plan)

    return work

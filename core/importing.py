"""Bringing the user's own texts in: labelled samples, gold examples, or unlabelled texts.

Two steps, so the app can show what will happen before anything is written: ``plan_import``
reads and checks every row and writes nothing; ``commit_import`` writes the plan in one
transaction, and only when every row is usable. ``import_file`` does both. The readers (CSV, TSV,
TXT, JSONL, XLSX, Parquet; UTF-8 or UTF-16) live in ``core.table_formats``.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from core.errors import ShuleError, disk_full_as
from core.project import NewSample, Project
from core.table_formats import RowProblem, Table, printable, read_table
from core.user_text import user_text

__all__ = ["ImportPlan", "RowProblem", "commit_import", "import_file", "plan_import",
           "read_columns"]

TEXT_COLUMNS = ("text", "sentence", "tweet", "message", "content")
LABEL_COLUMNS = ("label", "category", "class", "sentiment", "intent")
#: Longer texts are documents, not messages: no student reads past a few hundred tokens, and
#: the search index and the review card would pay for every character.
MAX_TEXT_CHARS = 10_000
KINDS = ("samples", "gold", "unlabelled")
IMPORT_STATUSES = ("accepted", "pending")
PREVIEW_ROWS = 20
PREVIEW_CHARS = 500  # a preview cell is cut here: a dialog needs a glimpse, not 100 MB
MAX_PROBLEMS = 1000  # problems kept in a plan; problem_count counts them all
SHOWN_PROBLEMS = 5  # problems named in a message


@dataclass
class ImportPlan:
    """What importing a file would do. Built by ``plan_import``; written by ``commit_import``."""

    path: Path
    kind: str  # "samples" | "gold" | "unlabelled"
    columns: list[str]  # the file's header
    text_column: Optional[str]
    label_column: Optional[str]
    status: str  # "accepted" | "pending" (samples only; gold is always accepted)
    preview: list[list[str]] = field(default_factory=list)  # first data rows, cells cut short
    samples: list[NewSample] = field(default_factory=list)  # kinds samples and gold
    texts: list[str] = field(default_factory=list)  # kind unlabelled
    problems: list[RowProblem] = field(default_factory=list)  # the first MAX_PROBLEMS
    problem_count: int = 0
    by_label: dict[str, int] = field(default_factory=dict)

    @property
    def count(self) -> int:
        return len(self.texts) if self.kind == "unlabelled" else len(self.samples)

    @property
    def ok(self) -> bool:
        return self.problem_count == 0 and self.count > 0

    @property
    def what(self) -> str:
        one = self.count == 1
        return {"samples": "sample" if one else "samples", "gold": "gold example" if one else
                "gold examples", "unlabelled": "text" if one else "texts"}[self.kind]

    def summary(self) -> str:
        """One sentence: what would be imported, or why nothing can be."""
        name = self.path.name
        if self.problem_count == 1:
            return user_text("1 row of {file} cannot be imported: {problems}; nothing will be "
                             "imported until they are fixed.", file=name,
                             problems=self._named_problems())
        if self.problem_count:
            return user_text("{n} rows of {file} cannot be imported: {problems}; nothing will be "
                             "imported until they are fixed.", n=self.problem_count, file=name,
                             problems=self._named_problems())
        if not self.count:
            return user_text("Nothing to import: {file} has no rows with text.", file=name)
        return self._will_import(", ".join(f"{k}: {v}" for k, v in self.by_label.items()))

    def _will_import(self, labels: str) -> str:
        n, name, one = self.count, self.path.name, self.count == 1
        if self.kind == "unlabelled":
            if one:
                return user_text("{n} text will be imported from {file}.", n=n, file=name)
            return user_text("{n} texts will be imported from {file}.", n=n, file=name)
        if self.kind == "gold":
            if one:
                return (user_text("{n} gold example will be imported from {file} ({labels}).",
                                  n=n, file=name, labels=labels) if labels else
                        user_text("{n} gold example will be imported from {file}.", n=n, file=name))
            return (user_text("{n} gold examples will be imported from {file} ({labels}).",
                              n=n, file=name, labels=labels) if labels else
                    user_text("{n} gold examples will be imported from {file}.", n=n, file=name))
        if one:
            return (user_text("{n} sample will be imported from {file} ({labels}).",
                              n=n, file=name, labels=labels) if labels else
                    user_text("{n} sample will be imported from {file}.", n=n, file=name))
        return (user_text("{n} samples will be imported from {file} ({labels}).",
                          n=n, file=name, labels=labels) if labels else
                user_text("{n} samples will be imported from {file}.", n=n, file=name))

    def error(self) -> str:
        """The message for a plan that cannot be written: the first problems and how many."""
        if not self.problem_count:
            return self.summary()
        first, name = self.problems[0], self.path.name
        more = self.problem_count - 1
        if more == 1:
            return user_text("Row {row} of {file} {why}. 1 more row cannot be imported either: "
                             "{problems}. Nothing was imported: fix the file and try again.",
                             row=first.row, file=name, why=first.why,
                             problems=self._named_problems(skip=1))
        if more:
            return user_text("Row {row} of {file} {why}. {more} more rows cannot be imported "
                             "either: {problems}. Nothing was imported: fix the file and try "
                             "again.", row=first.row, file=name, why=first.why, more=more,
                             problems=self._named_problems(skip=1))
        return user_text("Row {row} of {file} {why}. Nothing was imported: fix the file and try "
                         "again.", row=first.row, file=name, why=first.why)

    def _named_problems(self, skip: int = 0) -> str:
        """The problems from ``skip`` on, as in “row 3 has no text; row 5 has no label; and 12
        more”, each part translatable."""
        text = ""
        for p in self.problems[skip:skip + SHOWN_PROBLEMS]:
            text = (user_text("{problems}; row {row} {why}", problems=text, row=p.row, why=p.why)
                    if text else user_text("row {row} {why}", row=p.row, why=p.why))
        left = self.problem_count - skip - len(self.problems[skip:skip + SHOWN_PROBLEMS])
        return user_text("{problems}; and {n} more", problems=text, n=left) if left > 0 else text


def read_columns(path: Path | str) -> tuple[list[str], list[list[str]]]:
    """The file's header and its first rows (cells cut short), for a column-mapping dialog."""
    table = read_table(path, limit=PREVIEW_ROWS)
    return table.header, _preview(table)


def plan_import(project: Project, path: Path | str, kind: str = "samples",
                text_column: Optional[str] = None, label_column: Optional[str] = None,
                status: str = "accepted") -> ImportPlan:
    """Read and check every row of ``path``; writes nothing. Raises ShuleError when the file
    cannot be read at all or a column is missing; unusable rows become ``plan.problems``."""
    if kind not in KINDS:
        raise ShuleError(user_text("Import as one of: {kinds}.", kinds=", ".join(KINDS)))
    if status not in IMPORT_STATUSES:
        raise ShuleError(user_text("Imported samples can be accepted or pending, not “{status}”.",
                                   status=status))
    path = Path(path)
    table = read_table(path)
    text_at = _column(table, text_column, TEXT_COLUMNS, path.name, "text")
    label_at = None if kind == "unlabelled" else _column(
        table, label_column, LABEL_COLUMNS, path.name, "label")
    plan = ImportPlan(path, kind, table.header, table.header[text_at],
                      None if label_at is None else table.header[label_at],
                      "accepted" if kind == "gold" else status, _preview(table))
    for p in table.problems:
        _problem(plan, p.row, p.why)
    names = project.label_names
    folded = {n.casefold(): n for n in names}
    width = len(table.header)
    for number, cells in table.rows:
        if len(cells) > width and any(c.strip() for c in cells[width:]):
            _problem(plan, number, user_text(
                "has {cells} cells but the header has {columns} columns (is a comma or tab "
                "inside a text without quotes?)", cells=len(cells), columns=width))
            continue
        text = cells[text_at].strip() if text_at < len(cells) else ""
        if not text:
            _problem(plan, number, user_text("has no text"))
            continue
        if len(text) > MAX_TEXT_CHARS:
            _problem(plan, number, user_text(
                "has a text of {n:,} characters; a text to classify can have at most {most:,}: "
                "shorten or split it", n=len(text), most=MAX_TEXT_CHARS))
            continue
        if text != printable(text):
            _problem(plan, number, user_text("has text that is not valid Unicode"))
            continue
        if label_at is None:
            plan.texts.append(text)
            continue
        raw = cells[label_at].strip() if label_at < len(cells) else ""
        label = raw if raw in names else folded.get(raw.casefold())
        if not raw:
            _problem(plan, number, user_text("has no label"))
        elif label is None:
            _problem(plan, number, user_text(
                "has the label “{label}”, which is not one of this project's labels ({labels})",
                label=printable(raw), labels=", ".join(names)))
        else:
            plan.samples.append(NewSample(text, label, "gold" if kind == "gold" else "imported",
                                          plan.status, {"file": path.name, "row": number}))
    plan.problems.sort(key=lambda p: p.row)
    counts = Counter(s.label for s in plan.samples)
    plan.by_label = {n: counts[n] for n in names if counts[n]}
    return plan


def commit_import(project: Project, plan: ImportPlan) -> int:
    """Write a checked plan in one transaction; returns how many samples or texts were added."""
    if not plan.ok:
        raise ShuleError(plan.error())
    try:
        with disk_full_as(lambda: user_text(
                "The disk is full, so nothing was imported from {file}. Free some space, then "
                "import it again.", file=plan.path.name)):
            if plan.kind == "unlabelled":
                return len(project.add_texts(plan.texts, origin=plan.path.name))
            return len(project.add_samples(plan.samples))
    except sqlite3.Error as e:
        raise ShuleError(user_text("Could not write to {name} ({error}); nothing was imported.",
                                   name=project.path.name, error=str(e))) from e


def import_file(project: Project, path: Path | str, kind: str = "samples",
                text_column: Optional[str] = None, label_column: Optional[str] = None,
                status: str = "accepted") -> int:
    """Import ``path`` as labelled samples (source "imported"), gold examples, or unlabelled
    texts; returns how many. Nothing is written unless every row is usable."""
    return commit_import(project, plan_import(project, path, kind, text_column, label_column,
                                              status))


def _column(table: Table, wanted: Optional[str], defaults: tuple[str, ...], name: str,
            what: str) -> int:
    lowered = [h.strip().casefold() for h in table.header]
    pick = wanted.strip().casefold() if wanted else next(
        (c for c in defaults if c in lowered), None)
    if pick is None and not wanted and what == "text" and len(lowered) == 1:
        return 0
    if pick not in lowered:
        raise ShuleError(_no_column(name, what, wanted or defaults[0],
                                    ", ".join(f"“{h}”" for h in table.header)))
    return lowered.index(pick)


def _no_column(name: str, what: str, column: str, columns: str) -> str:
    """The file ``name`` has no ``what`` ("text" or "label") column called ``column``; its
    ``columns`` are these ("" when it has none)."""
    if what == "text":
        if columns:
            return user_text("{file} has no text column called “{column}”; its columns are: "
                             "{columns}.", file=name, column=column, columns=columns)
        return user_text("{file} has no text column called “{column}”; its columns are: none.",
                         file=name, column=column)
    if columns:
        return user_text("{file} has no label column called “{column}”; its columns are: "
                         "{columns}.", file=name, column=column, columns=columns)
    return user_text("{file} has no label column called “{column}”; its columns are: none.",
                     file=name, column=column)


def _problem(plan: ImportPlan, row: int, why: str) -> None:
    plan.problem_count += 1
    if len(plan.problems) < MAX_PROBLEMS:
        plan.problems.append(RowProblem(row, why))


def _preview(table: Table) -> list[list[str]]:
    return [[c if len(c) <= PREVIEW_CHARS else c[:PREVIEW_CHARS] + "…" for c in cells]
            for _, cells in table.rows[:PREVIEW_ROWS]]


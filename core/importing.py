"""Bringing the user's own texts in: labelled samples, gold examples, or unlabelled texts.

Reads TXT (one text per line), CSV and TSV (UTF-8, UTF-8 with BOM, UTF-16; quoted fields may hold
newlines). An import is all or nothing: the first row that cannot be used stops it with a message
naming the row, and nothing is written.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from core.errors import ShuleError
from core.project import NewSample, Project

TEXT_COLUMNS = ("text", "sentence", "tweet", "message", "content")
LABEL_COLUMNS = ("label", "category", "class", "sentiment", "intent")
KINDS = ("samples", "gold", "unlabelled")


@dataclass
class Table:
    header: list[str]
    rows: list[tuple[int, list[str]]]  # (row number in the file, cells)

    def column(self, wanted: Optional[str], defaults: tuple[str, ...], name: str,
               what: str) -> int:
        lowered = [h.strip().casefold() for h in self.header]
        pick = wanted.casefold() if wanted else next((c for c in defaults if c in lowered), None)
        if pick is None and not wanted and what == "text" and len(lowered) == 1:
            return 0
        if pick not in lowered:
            raise ShuleError(f"{name} has no {what} column called “{wanted or defaults[0]}”; its "
                             f"columns are: {', '.join(self.header)}.")
        return lowered.index(pick)


def decode(raw: bytes, name: str) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ShuleError(f"{name} is not UTF-8 text (byte {e.start}): save it as UTF-8 and try "
                         "again.") from e


def read_table(path: Path | str) -> Table:
    """A CSV/TSV file with a header row, or a TXT file as a one-column table called "text"."""
    path = Path(path)
    try:
        text = decode(path.read_bytes(), path.name)
    except OSError as e:
        raise ShuleError(f"Could not read {path}: {e.strerror or e}.") from e
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".tsv"):
        return Table(["text"], [(i, [line.strip()]) for i, line in
                                enumerate(text.splitlines(), start=1) if line.strip()])
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""),
                               dialect="excel-tab" if suffix == ".tsv" else "excel"))
    except csv.Error as e:
        raise ShuleError(f"{path.name} is not valid {suffix[1:].upper()}: {e}.") from e
    if not rows:
        raise ShuleError(f"{path.name} is empty.")
    # csv.reader numbers lines, not rows; a row number is what a spreadsheet user sees.
    return Table(rows[0], [(n, r) for n, r in enumerate(rows[1:], start=2)
                           if any(c.strip() for c in r)])


def import_file(project: Project, path: Path | str, kind: str = "samples",
                text_column: Optional[str] = None, label_column: Optional[str] = None,
                status: str = "accepted") -> int:
    """Import ``path`` as labelled samples (source "imported"), gold examples, or unlabelled
    texts; returns how many. Nothing is written unless every row is usable."""
    if kind not in KINDS:
        raise ShuleError(f"Import as one of: {', '.join(KINDS)}.")
    path = Path(path)
    table = read_table(path)
    at = table.column(text_column, TEXT_COLUMNS, path.name, "text")
    texts: list[tuple[int, str, list[str]]] = []
    for number, row in table.rows:
        if at >= len(row) or not row[at].strip():
            raise ShuleError(f"Row {number} of {path.name} has no text.")
        texts.append((number, row[at].strip(), row))
    if kind == "unlabelled":
        return len(project.add_texts((t for _, t, _ in texts), origin=path.name))
    label_at = table.column(label_column, LABEL_COLUMNS, path.name, "label")
    labels = set(project.label_names)
    samples = []
    for number, text, row in texts:
        label = row[label_at].strip() if label_at < len(row) else ""
        if label not in labels:
            raise ShuleError(f"Row {number} of {path.name} has the label “{label}”, which is not "
                             f"one of this project's labels ({', '.join(project.label_names)}).")
        samples.append(NewSample(text, label, "gold" if kind == "gold" else "imported",
                                 "accepted" if kind == "gold" else status,
                                 {"file": path.name, "row": number}))
    return len(project.add_samples(samples))

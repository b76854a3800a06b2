"""Reading the user's table files: TXT, CSV, TSV, JSONL (and JSON arrays), XLSX and Parquet.

Every reader gives a ``Table``: the header, the data rows as text cells with the row number the
user sees (a spreadsheet's numbering, header = row 1; a line number for TXT and JSONL; the record
number for Parquet), and the rows that could not be read at all. Anything unexpected while
reading becomes a ShuleError with one sentence; no other exception leaves this module. openpyxl
and pyarrow are imported only when such a file is read, so the app starts fast.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, Callable, Optional

from core.errors import ShuleError
from core.user_text import user_text

FORMATS = {".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".txt": "txt", ".jsonl": "jsonl",
           ".ndjson": "jsonl", ".json": "jsonl", ".xlsx": "xlsx", ".xlsm": "xlsx",
           ".parquet": "parquet", ".pq": "parquet"}
UNREADABLE = (".xls", ".ods", ".doc", ".docx", ".pdf", ".zip", ".gz")
SUPPORTED = "CSV, TSV, TXT, JSONL, XLSX or Parquet"
CSV_FIELD_LIMIT = 1 << 30  # a 100 MB text in one cell still reads


@dataclass
class RowProblem:
    row: int
    why: str  # a phrase after "row N", in plain words (a user_text): "has no text"


@dataclass
class Table:
    header: list[str]
    rows: list[tuple[int, list[str]]]  # (row number the user sees, cells)
    problems: list[RowProblem] = field(default_factory=list)  # rows that could not be read


def format_of(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in UNREADABLE:
        raise ShuleError(user_text(
            "Shule cannot read {suffix} files: save {name} as CSV, TSV, TXT, JSONL, XLSX or "
            "Parquet and try again.", suffix=suffix, name=path.name))
    return FORMATS.get(suffix, "txt")  # a file without a known suffix is read as plain text


def read_table(path: Path | str, limit: Optional[int] = None) -> Table:
    """Read ``path`` by its suffix; ``limit`` stops after that many data rows (for previews)."""
    path = Path(path)
    kind = format_of(path)
    reader: Callable[[Path, Optional[int]], Table] = {
        "csv": _read_delimited, "tsv": _read_delimited, "txt": _read_txt, "jsonl": _read_jsonl,
        "xlsx": _read_xlsx, "parquet": _read_parquet}[kind]
    try:
        return reader(path, limit)
    except ShuleError:
        raise
    except FileNotFoundError as e:
        raise ShuleError(user_text("There is no file at {path}.", path=path)) from e
    except IsADirectoryError as e:
        raise ShuleError(user_text("{path} is a folder, not a file: choose a file to import.",
                                   path=path)) from e
    except OSError as e:  # pyarrow's damaged-file errors are OSErrors too, over several lines
        detail = " ".join(str(e.strerror or e).split())[:200]
        raise ShuleError(user_text("Could not read {name}: {error}.", name=path.name,
                                   error=detail)) from e
    except MemoryError as e:
        raise ShuleError(user_text(
            "{name} is too big to read into memory: split it into smaller files and import them "
            "one by one.", name=path.name)) from e
    except Exception as e:  # openpyxl, pyarrow, zipfile and XML parsers raise many kinds
        detail = " ".join(str(e).split())[:200]
        raise ShuleError(_unreadable(path.name, kind, detail)) from e


def _unreadable(name: str, kind: str, detail: str) -> str:
    """Why a file of this ``kind`` could not be read, with the library's ``detail`` (or none)."""
    if kind == "xlsx":
        if detail:
            return user_text("{name} could not be read as an Excel (.xlsx) workbook ({error}): "
                             "check the file, or save it as CSV, TSV, TXT, JSONL, XLSX or Parquet.",
                             name=name, error=detail)
        return user_text("{name} could not be read as an Excel (.xlsx) workbook: check the file, "
                         "or save it as CSV, TSV, TXT, JSONL, XLSX or Parquet.", name=name)
    if kind == "parquet":
        if detail:
            return user_text("{name} could not be read as a Parquet file ({error}): check the "
                             "file, or save it as CSV, TSV, TXT, JSONL, XLSX or Parquet.",
                             name=name, error=detail)
        return user_text("{name} could not be read as a Parquet file: check the file, or save it "
                         "as CSV, TSV, TXT, JSONL, XLSX or Parquet.", name=name)
    if detail:
        return user_text("{name} could not be read as a {format} file ({error}): check the file, "
                         "or save it as CSV, TSV, TXT, JSONL, XLSX or Parquet.", name=name,
                         format=kind.upper(), error=detail)
    return user_text("{name} could not be read as a {format} file: check the file, or save it as "
                     "CSV, TSV, TXT, JSONL, XLSX or Parquet.", name=name, format=kind.upper())


# ---- text files ----------------------------------------------------------------------------------
def decode(raw: bytes, name: str) -> str:
    """UTF-8 (with or without BOM) or UTF-16 (with a BOM, or found by where the NUL bytes are)."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return _decode(raw[3:], "utf-8", name, 3)
    if raw.startswith(b"\xff\xfe"):
        return _decode(raw[2:], "utf-16-le", name, 2)
    if raw.startswith(b"\xfe\xff"):
        return _decode(raw[2:], "utf-16-be", name, 2)
    guess, strong = _utf16_without_bom(raw)
    if guess and strong:  # mostly Latin text: valid UTF-8 too (NUL is), so UTF-16 goes first
        try:
            return raw.decode(guess)
        except UnicodeDecodeError:
            pass
    try:
        return _decode(raw, "utf-8", name, 0)
    except ShuleError:
        if guess and not strong:  # e.g. Chinese or Amharic in UTF-16: NULs only in newlines
            try:
                return raw.decode(guess)
            except UnicodeDecodeError:
                pass
        raise


def _utf16_without_bom(raw: bytes) -> tuple[Optional[str], bool]:
    """Latin letters, digits and punctuation (a header, commas, newlines) stored as UTF-16 have a
    NUL in every other byte: in odd places for little-endian, even places for big-endian.
    Returns the likely encoding, and whether NULs are common enough to be sure."""
    sample = raw[:65536]
    if len(sample) < 2 or len(raw) % 2:
        return None, False
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    pairs = len(sample) // 2
    if odd and even <= odd // 20:
        return "utf-16-le", odd >= pairs // 8
    if even and odd <= even // 20:
        return "utf-16-be", even >= pairs // 8
    return None, False


def _decode(raw: bytes, encoding: str, name: str, offset: int) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as e:
        raise ShuleError(user_text(
            "{name} is not UTF-8 or UTF-16 text (byte {byte} does not fit): save it as UTF-8 and "
            "try again.", name=name, byte=e.start + offset)) from e


def _read_text(path: Path) -> str:
    return decode(path.read_bytes(), path.name)


def _read_txt(path: Path, limit: Optional[int]) -> Table:
    rows = []
    for number, line in enumerate(re.split(r"\r\n|\r|\n", _read_text(path)), start=1):
        if line.strip():
            rows.append((number, [line.strip()]))
            if limit is not None and len(rows) >= limit:
                break
    return Table(["text"], rows)


def _read_delimited(path: Path, limit: Optional[int]) -> Table:
    text = _read_text(path)
    tsv = format_of(path) == "tsv"
    if csv.field_size_limit() < CSV_FIELD_LIMIT:
        csv.field_size_limit(CSV_FIELD_LIMIT)
    reader = csv.reader(io.StringIO(text, newline=""), dialect="excel-tab" if tsv else "excel")
    header: Optional[list[str]] = None
    rows: list[tuple[int, list[str]]] = []
    number = 0
    try:
        for number, cells in enumerate(reader, start=1):
            if header is None:
                header = [c.strip() for c in cells]
            elif any(c.strip() for c in cells):
                rows.append((number, cells))
                if limit is not None and len(rows) >= limit:
                    break
    except csv.Error as e:
        raise ShuleError(user_text(
            "{name} is not valid {format} near row {row} ({error}): check its quotes.",
            name=path.name, format="TSV" if tsv else "CSV", row=number + 1, error=str(e))) from e
    if header is None:
        raise ShuleError(user_text("{name} is empty.", name=path.name))
    return Table(header, rows)


def _read_jsonl(path: Path, limit: Optional[int]) -> Table:
    """One JSON object per line (JSON Lines); a .json file may also hold one array of objects."""
    text = _read_text(path)
    objects: list[tuple[int, Any]] = []
    problems: list[RowProblem] = []
    stripped = text.lstrip()
    if path.suffix.lower() == ".json" and stripped.startswith("["):
        try:
            items = json.loads(stripped)
        except (ValueError, RecursionError) as e:
            raise ShuleError(user_text("{name} is not valid JSON ({error}).", name=path.name,
                                       error=str(e))) from e
        objects = list(enumerate(items, start=1))
    else:
        for number, line in enumerate(re.split(r"\r\n|\r|\n", text), start=1):
            if not line.strip():
                continue
            try:
                objects.append((number, json.loads(line)))
            except (ValueError, RecursionError) as e:
                problems.append(RowProblem(number, user_text("is not valid JSON ({error})",
                                                             error=str(e))))
    header: dict[str, None] = {}
    for _, item in objects:
        if isinstance(item, dict):
            header.update((printable(str(k)), None) for k in item)
    rows = []
    for number, item in objects:
        if not isinstance(item, dict):
            problems.append(RowProblem(number, user_text("is not a JSON object ({example})",
                                                         example='{"text": …, "label": …}')))
            continue
        values = {printable(str(k)): v for k, v in item.items()}
        cells = [cell_text(values.get(k)) for k in header]
        if any(c.strip() for c in cells):
            rows.append((number, cells))
    problems.sort(key=lambda p: p.row)
    if not header and not problems:
        raise ShuleError(user_text("{name} is empty.", name=path.name))
    return Table(list(header), rows[:limit] if limit is not None else rows, problems)


# ---- binary formats -----------------------------------------------------------------------------
def _read_xlsx(path: Path, limit: Optional[int]) -> Table:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        if not book.worksheets:
            raise ShuleError(user_text("{name} has no sheets.", name=path.name))
        header: Optional[list[str]] = None
        rows: list[tuple[int, list[str]]] = []
        for number, values in enumerate(book.worksheets[0].iter_rows(values_only=True), start=1):
            cells = [cell_text(v) for v in values]
            if header is None:
                header = [c.strip() for c in cells]
                while header and not header[-1]:
                    header.pop()
            elif any(c.strip() for c in cells):
                rows.append((number, cells))
                if limit is not None and len(rows) >= limit:
                    break
    finally:
        book.close()
    if not header:
        raise ShuleError(user_text(
            "The first sheet of {name} is empty: put the column names in row 1.", name=path.name))
    return Table(header, rows)


def _read_parquet(path: Path, limit: Optional[int]) -> Table:
    import pyarrow.parquet as pq

    table = pq.read_table(path)
    if limit is not None:
        table = table.slice(0, limit)
    header = [str(name) for name in table.column_names]
    columns = [[cell_text(v) for v in table.column(i).to_pylist()] for i in range(len(header))]
    rows = []
    for i in range(table.num_rows):
        cells = [column[i] for column in columns]
        if any(c.strip() for c in cells):
            rows.append((i + 1, cells))
    return Table(header, rows)


def printable(text: str) -> str:
    """``text`` with lone surrogates (JSON's "\\ud800") replaced, so a message can print it."""
    return text.encode("utf-8", "replace").decode("utf-8")


def cell_text(value: Any) -> str:
    """A cell as the text a user would see: 3.0 → "3", empty → "", nested values as JSON."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isfinite(value) and value == int(value) and abs(value) < 1e16:
            return str(int(value))
        return "" if math.isnan(value) else repr(value)
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    if isinstance(value, (list, dict, tuple)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)

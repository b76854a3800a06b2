"""Taking a project's data out: CSV, JSONL, XLSX, Parquet, or a Hugging Face datasets folder.

Flat files hold the accepted samples (split "train") and the gold examples (split "test"), with
the columns text, label, source, id, split. The "hf" folder holds train.jsonl, validation.jsonl
(about 10 % of the accepted samples, stratified by label, seeded), test.jsonl (the gold set) and
a README.md dataset card. Everything is written beside ``out`` first and renamed into place, so a
crash never leaves a half-written file under the finished name.
"""

from __future__ import annotations

import csv
import json
import os
import random
import shutil
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any, Callable, Optional

from core.errors import ShuleError, disk_full_error
from core.project import Project
from core.user_text import user_text

FORMATS = ("csv", "jsonl", "xlsx", "parquet", "hf")
SUFFIXES = {".csv": "csv", ".jsonl": "jsonl", ".xlsx": "xlsx", ".parquet": "parquet"}
COLUMNS = ("text", "label", "source", "id")
VALIDATION_FRACTION = 0.1
EXCEL_CELL_LIMIT = 32767  # characters Excel keeps in one cell
Row = dict[str, Any]


def export_data(project: Project | os.PathLike | str, out: os.PathLike | str,
                fmt: Optional[str] = None, include_gold: bool = True, seed: int = 0) -> Path:
    """Write the project's accepted samples (and gold examples) to ``out``; returns the path.
    ``fmt`` None picks the format from ``out``'s suffix (no suffix: the "hf" folder)."""
    out = Path(out)
    if fmt is None:
        fmt = SUFFIXES.get(out.suffix.lower(), "hf" if not out.suffix else "")
        if not fmt:
            raise ShuleError(user_text(
                "Shule cannot tell the format from “{name}”: end the name in .csv, .jsonl, "
                ".xlsx or .parquet, or give no suffix for a Hugging Face folder.", name=out.name))
    if fmt not in FORMATS:
        raise ShuleError(user_text("Export data as one of: {formats}.",
                                   formats=", ".join(FORMATS)))
    if fmt != "hf" and not out.suffix:
        out = out.with_name(f"{out.name}.{fmt}")
    if not isinstance(project, Project):
        with Project.open(project) as opened:
            return export_data(opened, out, fmt, include_gold, seed)
    splits = data_splits(project, include_gold, seed, validation=fmt == "hf")
    if not any(splits.values()):
        raise ShuleError(user_text("There is nothing to export yet: accept some samples first."))
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "hf":
            _write_folder(out, lambda folder: _write_hf(folder, project, splits))
        else:
            rows = [{**r, "split": split} for split, part in splits.items() for r in part]
            {"csv": _write_csv, "jsonl": _write_jsonl, "xlsx": _write_xlsx,
             "parquet": _write_parquet}[fmt](out, rows)
    except OSError as e:
        full = disk_full_error(e, user_text(
            "The disk is full, so {path} could not be written; what was there before is "
            "unchanged. Free some space, then export again.", path=out) if out.exists() else
            user_text("The disk is full, so {path} could not be written; nothing was left there. "
                      "Free some space, then export again.", path=out))
        raise full or ShuleError(user_text("Could not write {path}: {error}.", path=out,
                                           error=str(e.strerror or e))) from e
    return out


def data_splits(project: Project, include_gold: bool = True, seed: int = 0,
                validation: bool = False) -> dict[str, list[Row]]:
    """{"train": accepted non-gold samples, "validation": ~10 % of them per label (only when
    ``validation``), "test": gold examples not rejected (only when ``include_gold``)}."""
    accepted = [_row(s) for s in project.samples(status="accepted") if s.source != "gold"]
    splits: dict[str, list[Row]] = {"train": accepted}
    if validation:
        rng = random.Random(seed)
        held: set[int] = set()
        for label in project.label_names:
            ids = [r["id"] for r in accepted if r["label"] == label]
            n = max(1, round(len(ids) * VALIDATION_FRACTION)) if len(ids) >= 3 else 0
            held.update(rng.sample(ids, n))
        splits = {"train": [r for r in accepted if r["id"] not in held],
                  "validation": [r for r in accepted if r["id"] in held]}
    if include_gold:
        splits["test"] = [_row(s) for s in project.samples(source="gold")
                          if s.status != "rejected"]
    return splits


def _row(sample: Any) -> Row:
    return {"text": sample.text, "label": sample.label, "source": sample.source, "id": sample.id}


# ---- atomic writes ------------------------------------------------------------------------------
def _write_file(out: Path, write: Callable[[Path], None]) -> None:
    if out.is_dir():
        raise ShuleError(user_text("{path} is a folder: choose a file name to export to.",
                                   path=out))
    fd, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        write(tmp)
        _usual_permissions(tmp, 0o666)  # mkstemp makes files only their owner can read
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _write_folder(out: Path, write: Callable[[Path], None]) -> None:
    if out.exists() and not out.is_dir():
        raise ShuleError(user_text(
            "{path} is a file: choose a folder name to export the data set to.", path=out))
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent))
    try:
        write(tmp)
        _usual_permissions(tmp, 0o777)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if not out.exists():
        os.replace(tmp, out)
        return
    # A folder cannot be replaced in one step: move the old one aside, put the new one in place.
    old = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".old", dir=out.parent))
    try:
        os.replace(out, old / out.name)
        try:
            os.replace(tmp, out)
        except BaseException:
            os.replace(old / out.name, out)
            raise
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        try:
            old.rmdir()  # only when empty: the old data set is never deleted on failure
        except OSError:
            pass
        raise
    shutil.rmtree(old, ignore_errors=True)


def _usual_permissions(path: Path, mode: int) -> None:
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, mode & ~umask)


def _write_csv(out: Path, rows: list[Row]) -> None:
    def write(tmp: Path) -> None:
        # With a BOM, Excel reads the UTF-8 correctly; csv, pandas and Shule skip it.
        with open(tmp, "w", encoding="utf-8-sig", newline="") as f:
            writer = csv.DictWriter(f, [*COLUMNS, "split"])
            writer.writeheader()
            writer.writerows(rows)

    _write_file(out, write)


def _jsonl(path: Path, rows: list[Row]) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def _write_jsonl(out: Path, rows: list[Row]) -> None:
    _write_file(out, lambda tmp: _jsonl(tmp, rows))


def _write_xlsx(out: Path, rows: list[Row]) -> None:
    import openpyxl
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    for r in rows:
        if len(r["text"]) > EXCEL_CELL_LIMIT or ILLEGAL_CHARACTERS_RE.search(r["text"]):
            raise ShuleError(user_text(
                "Sample {id} is too long for an Excel cell or holds control characters Excel "
                "cannot store: export to CSV, JSONL or Parquet.", id=r["id"]))

    def write(tmp: Path) -> None:
        book = openpyxl.Workbook(write_only=True)
        sheet = book.create_sheet("data")
        sheet.append([*COLUMNS, "split"])
        for r in rows:
            cells = []
            for column in (*COLUMNS, "split"):
                cell = WriteOnlyCell(sheet, r[column])
                if isinstance(r[column], str):
                    cell.data_type = "s"  # a text starting with "=" stays text, not a formula
                cells.append(cell)
            sheet.append(cells)
        book.save(tmp)

    _write_file(out, write)


def _write_parquet(out: Path, rows: list[Row]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([("text", pa.string()), ("label", pa.string()), ("source", pa.string()),
                        ("id", pa.int64()), ("split", pa.string())])
    table = pa.Table.from_pylist(rows, schema=schema)
    _write_file(out, lambda tmp: pq.write_table(table, tmp))


# ---- the Hugging Face folder ---------------------------------------------------------------------
def _write_hf(folder: Path, project: Project, splits: dict[str, list[Row]]) -> None:
    for split, rows in splits.items():
        if rows or split != "test":
            _jsonl(folder / f"{split}.jsonl", rows)
    (folder / "README.md").write_text(dataset_card(project, splits), encoding="utf-8")


def dataset_card(project: Project, splits: dict[str, list[Row]]) -> str:
    """A Hugging Face dataset card: YAML front matter, then what the data is and where it came
    from. The teacher is named by kind and model only: never a key, a setting or a server URL."""
    language, labels = project.language, project.labels
    present = [s for s in ("train", "validation", "test") if splits.get(s)]
    total = sum(len(splits[s]) for s in present)
    size = next(name for limit, name in ((1_000, "n<1K"), (10_000, "1K<n<10K"),
                                         (100_000, "10K<n<100K"), (10**12, "n>100K"))
                if total < limit)
    task = project.task or "Text classification"
    yaml = ["---", "language:", f"- {_yaml(language.code)}",
            "license: other  # set by the data owner",
            "license_name: set-by-the-data-owner",
            "task_categories:", "- text-classification", "size_categories:", f"- {size}",
            f"pretty_name: {_yaml(f'{language.name} — {task}'[:120])}", "tags:", "- shule",
            "- synthetic", "configs:", "- config_name: default", "  data_files:"]
    for split in present:
        yaml += [f"  - split: {split}", f"    path: {split}.jsonl"]
    yaml.append("---")

    sources = Counter(r["source"] for s in present for r in splits[s])
    body = [
        f"# {language.name} text classification: {task}", "",
        "Made with Shule from samples written by a teacher language "
        "model and reviewed by a person, together with any texts the data owner imported.", "",
        "## Language", "",
        f"- {language.name} (`{language.code}`)"
        + (f", {language.autonym}" if language.autonym and language.autonym != language.name
           else ""),
        f"- Script: {language.script_name} (`{language.script}`), written "
        f"{'right to left' if language.direction == 'rtl' else 'left to right'}", "",
        "## Task", "", f"{task}. Each row has `text` and `label`; `source` says where the text "
        "came from (generated, annotated, imported, gold) and `id` is its id in the project.", "",
        "## Labels", "", "| label | description |", "|---|---|",
        *(f"| {_cell(l.name)} | {_cell(l.description)} |" for l in labels), "",
        "## Splits", "", "| split | rows | " + " | ".join(_cell(l.name) for l in labels) + " |",
        "|---|---|" + "---|" * len(labels)]
    for split in present:
        per = Counter(r["label"] for r in splits[split])
        body.append(f"| {split} | {len(splits[split])} | "
                    + " | ".join(str(per[l.name]) for l in labels) + " |")
    body += ["", "`train` and `validation` hold reviewed (accepted) samples; `validation` is "
             "about 10 % of them, drawn per label. `test` is the gold set: real examples "
             "the data owner supplied, never used for training." if "test" in present else
             "`train` and `validation` hold reviewed (accepted) samples; `validation` is about "
             "10 % of them, drawn per label. There is no gold test set.", "",
             "## Sources", "", *(f"- {k}: {v}" for k, v in sorted(sources.items())), "",
             "## Teacher", "", _teacher_line(project), "",
             "## Bias and limitations", "",
             "Synthetic texts can carry the teacher model's biases, errors and blind spots, and "
             "may read less naturally than text people wrote. Check the data against real "
             "examples before relying on a model trained on it.", "",
             "## License", "", "other — set by the data owner.", ""]
    return "\n".join(yaml + [""] + body)


def _teacher_line(project: Project) -> str:
    teacher = project.teacher
    if teacher is None:
        return "No teacher model was set for this project."
    if teacher.kind == "gguf":
        return f"A local GGUF model run in-process: `{Path(teacher.path).name}`."
    model = str(teacher.settings.get("model") or "unnamed model")
    return f"A model on an OpenAI-compatible server (`{teacher.kind}`): `{_cell(model)}`."


def _yaml(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a valid YAML scalar


def _cell(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")

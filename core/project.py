"""One project = one SQLite file: language, task, teacher, samples, discards, jobs and models.

Every change is one transaction, so a crash never leaves half of it. A new project is written to
a temporary file and renamed into place, so a failed creation leaves nothing behind.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Optional, Sequence

from core import review_log
from core.errors import (DiskFull, InvalidTask, NotAProject, ProjectExists, ShuleError,
                         disk_full_error)
from core.languages import Language
from core.user_text import user_text

if TYPE_CHECKING:  # sqlite_utils costs ~0.2 s to import: loaded when a project is opened
    import sqlite_utils

# 2: unlabelled texts, job owner pid; 3: review log; 4: search, demo choices; 5: evaluations
SCHEMA_VERSION = 5
SUFFIX = ".shule"
STATUSES = ("pending", "accepted", "rejected")
SOURCES = ("generated", "annotated", "imported", "gold")
#: Why a reviewer rejects a sample (the app's reason keys, in this order).
REJECT_REASONS = ("wrong_language", "wrong_label", "unnatural", "duplicate", "harmful", "other")
DEFAULT_TARGET = 100  # accepted samples per label: a few hundred in all, as in the paper


@dataclass(frozen=True)
class Label:
    name: str
    description: str


@dataclass
class TeacherConfig:
    """Which teacher generates samples. ``kind`` is "gguf" for now; later kinds add fields."""

    kind: str
    path: str = ""
    settings: dict[str, Any] = field(default_factory=dict)


@dataclass
class Sample:
    id: int
    text: str
    label: str
    status: str
    source: str
    reject_reason: Optional[str]
    provenance: dict[str, Any]
    created_at: float
    updated_at: float


@dataclass
class NewSample:
    text: str
    label: str
    source: str = "generated"
    status: str = "pending"
    provenance: dict[str, Any] = field(default_factory=dict)


@dataclass
class ModelRecord:
    id: str
    base: str
    path: str
    created_at: float
    settings: dict[str, Any]
    metrics: dict[str, Any]
    train_ids: list[int]
    eval_ids: list[int]


@dataclass
class Evaluation:
    """One scoring of a subject ("teacher" or a model id) on a set of samples ("gold" or
    "held-out"). ``gold_hash`` (core.gold.gold_hash) tells whether the gold set has changed since."""

    id: int
    subject: str
    on: str
    created_at: float
    #: core.metrics.classification_report plus extras ("latency_ms", "size_bytes", "teacher", …).
    report: dict[str, Any]
    #: (sample id, predicted label); "" when the subject gave no usable answer.
    predictions: list[tuple[int, str]]
    gold_hash: str


def validate_labels(labels: Sequence[Label]) -> list[Label]:
    """Clean up label names and descriptions; raise InvalidTask with one sentence if unusable."""
    cleaned: list[Label] = []
    seen: set[str] = set()
    for label in labels:
        name = " ".join(label.name.split())
        description = " ".join(label.description.split())
        if not name:
            raise InvalidTask(user_text("A label has no name: give every label a short name."))
        if not description:
            raise InvalidTask(user_text(
                "Label “{label}” needs a one-line description of what belongs in it.", label=name))
        if name.casefold() in seen:
            raise InvalidTask(user_text(
                "The label “{label}” appears twice: label names must be different.", label=name))
        seen.add(name.casefold())
        cleaned.append(Label(name, description))
    if len(cleaned) < 2:
        raise InvalidTask(user_text("A classifier needs at least 2 labels: add another label."))
    return cleaned


class _Connection(sqlite3.Connection):
    """A connection whose transactions (``with conn:``) report a full disk as DiskFull, in one
    place for every change a project makes. SQLite has rolled the transaction back by then."""

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> bool:
        try:
            super().__exit__(exc_type, exc, tb)  # commit, or roll back; never swallows ``exc``
        except BaseException as e:  # the commit failed (SQLite rolled it back), or the rollback
            self._raise_if_disk_full(e)
            raise
        if exc is not None:
            self._raise_if_disk_full(exc)
        return False

    def _raise_if_disk_full(self, error: BaseException) -> None:
        if isinstance(error, DiskFull):
            return  # already worded by whoever raised it
        full = disk_full_error(error, user_text(
            "The disk is full, so the last change to {name} was not saved; the project is as it "
            "was before it. Free some space, then try again.", name=Path(self.shule_path).name))
        if full is not None:
            raise full from error


#: Test hook, never set in normal use: cap every project connection at this many pages of the
#: database file (SQLite's max_page_count), so a test can fill "the disk" in a child process too.
TEST_MAX_PAGE_COUNT = "SHULE_TEST_MAX_PAGE_COUNT"


def _connect(path: Path) -> sqlite_utils.Database:
    import sqlite_utils

    conn = sqlite3.connect(str(path), timeout=30, check_same_thread=False, factory=_Connection)
    conn.shule_path = str(path)
    conn.execute("PRAGMA busy_timeout = 30000")
    if os.environ.get(TEST_MAX_PAGE_COUNT):
        conn.execute(f"PRAGMA max_page_count = {int(os.environ[TEST_MAX_PAGE_COUNT])}")
    return sqlite_utils.Database(conn)


class Project:
    """An open project file. Cheap to open; open one per thread."""

    def __init__(self, path: Path, db: sqlite_utils.Database):
        self.path = path
        self.db = db
        #: Set when this open upgraded the file from an older Shule: the copy made before it.
        self.backup: Optional[Path] = None

    # ---- creating and opening ------------------------------------------------------------------
    @classmethod
    def create(cls, path: os.PathLike | str, language: Language, labels: Sequence[Label],
               task: str = "") -> "Project":
        path = Path(path)
        if path.suffix != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        if path.exists():
            raise ProjectExists(user_text(
                "{path} already exists: choose another name or open it instead.", path=path))
        labels = validate_labels(labels)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=".shule-new-", suffix=SUFFIX, dir=path.parent)
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            db = _connect(tmp)
            with db.conn:
                _create_schema(db)
                now = time.time()
                db["meta"].insert_all(
                    [
                        {"key": "app", "value": "shule"},
                        {"key": "schema_version", "value": str(SCHEMA_VERSION)},
                        {"key": "created_at", "value": str(now)},
                        {"key": "language", "value": json.dumps(asdict(language))},
                        {"key": "task", "value": " ".join(task.split())},
                    ]
                )
                db["labels"].insert_all(
                    {"name": l.name, "description": l.description, "position": i}
                    for i, l in enumerate(labels)
                )
            db.conn.close()
            os.replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return cls.open(path)

    @classmethod
    def open(cls, path: os.PathLike | str) -> "Project":
        """Open a project file. One written by an older Shule is upgraded first, after a backup
        copy of it is written beside it (``NAME.shule.v3-backup`` for schema 3; see
        core.migrations); the backup is kept after a successful upgrade, so the user can go back
        to the older Shule. If the upgrade fails, the project is left as it was and NotAProject
        says where the backup is. A newer project file is refused and nothing is written."""
        path = Path(path)
        if not path.is_file():
            raise NotAProject(user_text("There is no project file at {path}.", path=path))
        # No header check with open(): on POSIX, closing any other handle on the file drops this
        # process's SQLite locks, and another process may then delete the WAL under a connection
        # the GUI still holds. SQLite itself refuses a file that is not a database (below).
        db = _connect(path)
        try:
            meta = {row["key"]: row["value"] for row in db["meta"].rows} if db["meta"].exists() else {}
        except (sqlite3.DatabaseError, UnicodeDecodeError) as e:  # damaged pages or text
            meta = {}
            if isinstance(e, sqlite3.OperationalError):  # or SQLite cannot write beside it
                from core.migrations import write_error

                denied = write_error(path)
                if denied is not None:
                    db.conn.close()
                    raise denied from e
        if meta.get("app") != "shule" or not str(meta.get("schema_version", "0")).isdecimal():
            db.conn.close()
            raise NotAProject(user_text("{name} is not a Shule project file.", name=path.name))
        version = int(meta.get("schema_version", "0"))
        if version > SCHEMA_VERSION:
            db.conn.close()
            raise NotAProject(user_text(
                "{name} was made by a newer version of Shule: update Shule to open it.",
                name=path.name))
        try:
            db.conn.execute("PRAGMA journal_mode = WAL")
            # In WAL mode NORMAL never corrupts the file; a power cut may lose the last commits only.
            db.conn.execute("PRAGMA synchronous = NORMAL")
        except (sqlite3.DatabaseError, UnicodeDecodeError) as e:
            db.conn.close()
            from core.migrations import write_error

            raise write_error(path) or NotAProject(user_text(
                "{name} could not be opened ({error}): it may be damaged, or in use by another "
                "program.", name=path.name, error=str(e))) from e
        backup = None
        if version < SCHEMA_VERSION:
            from core.migrations import upgrade

            backup = upgrade(db, path, version, SCHEMA_VERSION, _upgrade)  # closes db if it raises
        damage = _damage(db)
        if damage:  # damaged, or edited by hand: better said now than as a crash on some page
            db.conn.close()
            raise NotAProject(user_text("{name} is damaged: {damage}. Open a backup copy of it "
                                        "instead, if you have one.", name=path.name, damage=damage))
        project = cls(path, db)
        project.backup = backup
        return project

    def close(self) -> None:
        self.db.conn.close()

    def __enter__(self) -> "Project":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def models_dir(self) -> Path:
        """Trained students live in a folder beside the project file."""
        return self.path.with_name(self.path.stem + ".models")

    # ---- language, task, teacher ---------------------------------------------------------------
    def _meta(self, key: str) -> Optional[str]:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def _set_meta(self, key: str, value: str) -> None:
        with self.db.conn:
            self.db["meta"].upsert({"key": key, "value": value}, pk="key")

    @property
    def language(self) -> Language:
        return Language(**json.loads(self._meta("language") or "{}"))

    @property
    def task(self) -> str:
        """What the classifier is for, in the user's words (may be empty)."""
        return self._meta("task") or ""

    @property
    def labels(self) -> list[Label]:
        rows = self.db.execute("SELECT name, description FROM labels ORDER BY position").fetchall()
        return [Label(name, description) for name, description in rows]

    @property
    def label_names(self) -> list[str]:
        return [l.name for l in self.labels]

    @property
    def teacher(self) -> Optional[TeacherConfig]:
        raw = self._meta("teacher")
        return TeacherConfig(**json.loads(raw)) if raw else None

    def set_teacher(self, config: TeacherConfig) -> None:
        self._set_meta("teacher", json.dumps(asdict(config)))

    # ---- samples --------------------------------------------------------------------------------
    def add_samples(self, samples: Iterable[NewSample]) -> list[int]:
        """Store samples in one transaction; returns their ids in order."""
        labels = set(self.label_names)
        now = time.time()
        ids: list[int] = []
        with self.db.conn:
            for s in samples:
                if s.label not in labels:
                    raise InvalidTask(user_text("“{label}” is not one of this project's labels.",
                                                label=s.label))
                if s.status not in STATUSES or s.source not in SOURCES:
                    raise ValueError(f"bad status/source {s.status!r}/{s.source!r}")
                cur = self.db.conn.execute(
                    "INSERT INTO samples (text, label, status, source, provenance, created_at,"
                    " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [s.text, s.label, s.status, s.source, json.dumps(s.provenance), now, now],
                )
                ids.append(int(cur.lastrowid))
        return ids

    def sample(self, sample_id: int) -> Sample:
        row = self.db.execute(f"SELECT {_SAMPLE_COLUMNS} FROM samples WHERE id = ?", [sample_id]).fetchone()
        if row is None:
            raise ShuleError(user_text("There is no sample with id {id}.", id=sample_id))
        return _sample(row)

    def samples(
        self, status: Optional[str] = None, label: Optional[str] = None, source: Optional[str] = None
    ) -> list[Sample]:
        where, params = _where(status=status, label=label, source=source)
        rows = self.db.execute(f"SELECT {_SAMPLE_COLUMNS} FROM samples {where} ORDER BY id", params)
        return [_sample(r) for r in rows.fetchall()]

    def sample_ids(self, status: Optional[str] = None, source: Optional[str] = None) -> list[int]:
        where, params = _where(status=status, source=source)
        return [r[0] for r in self.db.execute(f"SELECT id FROM samples {where} ORDER BY id", params)]

    def set_status(self, ids: Sequence[int], status: str, reason: Optional[str] = None) -> int:
        """Accept or reject samples (``reason`` only for rejections). Returns how many changed."""
        if status not in STATUSES:
            raise ValueError(status)
        self._check_ids(ids)
        conn = self.db.conn
        with conn:
            before = review_log.snapshot(conn, ids)
            cur = conn.executemany(
                "UPDATE samples SET status = ?, reject_reason = ?, updated_at = ? WHERE id = ?",
                [(status, reason if status == "rejected" else None, time.time(), i) for i in ids],
            )
            review_log.record(conn, status, before, review_log.snapshot(conn, ids))
        return cur.rowcount

    def edit_sample(self, sample_id: int, text: Optional[str] = None, label: Optional[str] = None) -> None:
        self._check_ids([sample_id])
        if label is not None and label not in self.label_names:
            raise InvalidTask(user_text("“{label}” is not one of this project's labels.", label=label))
        if text is not None and not text.strip():
            raise InvalidTask(user_text("A sample's text cannot be empty."))
        conn = self.db.conn
        with conn:
            before = review_log.snapshot(conn, [sample_id])
            if text is not None:
                conn.execute("UPDATE samples SET text = ? WHERE id = ?", [text, sample_id])
            if label is not None:
                conn.execute("UPDATE samples SET label = ? WHERE id = ?", [label, sample_id])
            conn.execute("UPDATE samples SET updated_at = ? WHERE id = ?", [time.time(), sample_id])
            review_log.record(conn, "edit" if text is not None else "relabel", before,
                              review_log.snapshot(conn, [sample_id]))

    def set_label(self, ids: Sequence[int], label: str) -> int:
        """Relabel samples (one undoable action however many). Returns how many changed."""
        if label not in self.label_names:
            raise InvalidTask(user_text("“{label}” is not one of this project's labels.", label=label))
        self._check_ids(ids)
        conn = self.db.conn
        with conn:
            before = review_log.snapshot(conn, ids)
            cur = conn.executemany("UPDATE samples SET label = ?, updated_at = ? WHERE id = ?",
                                   [(label, time.time(), i) for i in ids])
            review_log.record(conn, "relabel", before, review_log.snapshot(conn, ids))
        return cur.rowcount

    def undo(self) -> Optional[dict[str, Any]]:
        """Undo the last review change, even one made before the app was last closed.
        Returns {"kind", "ids"} of what was undone, or None when there is nothing to undo."""
        with self.db.conn:
            return review_log.undo(self.db.conn)

    def redo(self) -> Optional[dict[str, Any]]:
        """Redo the review change undone last; None when there is none."""
        with self.db.conn:
            return review_log.redo(self.db.conn)

    def _check_ids(self, ids: Sequence[int]) -> None:
        known = review_log.snapshot(self.db.conn, ids)
        missing = [i for i in ids if i not in known]
        if missing:
            raise ShuleError(user_text("There is no sample with id {id}.", id=missing[0]))

    def counts(self) -> dict[str, dict[str, int]]:
        """{label: {status: count}} over non-gold samples, every label and status present."""
        out = {name: {s: 0 for s in STATUSES} for name in self.label_names}
        rows = self.db.execute(
            "SELECT label, status, COUNT(*) FROM samples WHERE source != 'gold' GROUP BY label, status"
        )
        for label, status, n in rows:
            out.setdefault(label, {s: 0 for s in STATUSES})[status] = n
        return out

    # ---- discards and jobs ----------------------------------------------------------------------
    def add_discard(self, job_id: Optional[int], label: str, reason: str, detail: str, raw: str) -> None:
        with self.db.conn:
            self.db["discards"].insert(
                {"job_id": job_id, "label": label, "reason": reason, "detail": detail,
                 "raw": raw, "created_at": time.time()}
            )

    def discards(self, reason: Optional[str] = None, limit: int = 500) -> list[dict[str, Any]]:
        """The newest discarded replies (raw teacher output: untrusted, show as plain text)."""
        where, params = _where(reason=reason)
        rows = self.db.execute(
            f"SELECT id, job_id, label, reason, detail, raw, created_at FROM discards {where}"
            f" ORDER BY id DESC LIMIT ?", [*params, limit])
        keys = ("id", "job_id", "label", "reason", "detail", "raw", "created_at")
        return [dict(zip(keys, r)) for r in rows.fetchall()]

    def discard_counts(self) -> dict[str, int]:
        rows = self.db.execute("SELECT reason, COUNT(*) FROM discards GROUP BY reason ORDER BY reason")
        return {reason: n for reason, n in rows}

    def start_job(self, kind: str, params: dict[str, Any]) -> int:
        """Record a job as running in this process (its pid tells a crash from a live job)."""
        with self.db.conn:
            return int(self.db["jobs"].insert(
                {"kind": kind, "params": json.dumps(params), "state": "running",
                 "created_at": time.time(), "finished_at": None, "pid": os.getpid()}
            ).last_pk)

    def finish_job(self, job_id: int, state: str) -> None:
        with self.db.conn:
            self.db["jobs"].update(job_id, {"state": state, "finished_at": time.time()})

    def job_params(self, job_id: int) -> dict[str, Any]:
        return json.loads(self.db["jobs"].get(job_id)["params"])

    def resume_job(self, job_id: int) -> None:
        """Mark a stopped job as running again, in this process."""
        with self.db.conn:
            self.db["jobs"].update(job_id, {"state": "running", "pid": os.getpid(),
                                            "finished_at": None})

    def abandon_job(self, job_id: int) -> None:
        """The user chose not to continue a stopped job; it is no longer offered."""
        self.finish_job(job_id, "abandoned")

    def interrupted_jobs(self, kind: str = "generate") -> list[dict[str, Any]]:
        """Jobs that stopped before finishing and can be continued: cancelled or failed ones, and
        ones left 'running' by a process that no longer exists (a crash or kill -9)."""
        rows = self.db.execute(
            "SELECT id, params, pid, state, created_at FROM jobs WHERE kind = ?"
            " AND state IN ('running', 'cancelled', 'failed') ORDER BY id", [kind]).fetchall()
        return [{"id": i, "params": json.loads(p), "state": st, "created_at": t,
                 **self.job_progress(i)}
                for i, p, pid, st, t in rows if st != "running" or not _alive(pid)]

    def job_progress(self, job_id: int) -> dict[str, Any]:
        """What a generation job has produced so far: samples per label and replies used."""
        added = dict(self.db.execute(
            "SELECT label, COUNT(*) FROM samples WHERE json_extract(provenance, '$.job_id') = ?"
            " GROUP BY label", [job_id]).fetchall())
        discarded = self.db.execute("SELECT COUNT(*) FROM discards WHERE job_id = ?",
                                    [job_id]).fetchone()[0]
        return {"added": added, "attempts": sum(added.values()) + discarded}

    # ---- unlabelled texts (for the teacher to annotate) ----------------------------------------
    def add_texts(self, texts: Iterable[str], origin: str) -> list[int]:
        """Store the user's unlabelled texts in one transaction; blank lines are skipped."""
        now = time.time()
        rows = [(t.strip(), origin, now) for t in texts if t and t.strip()]
        with self.db.conn:
            ids = []
            for row in rows:
                cur = self.db.conn.execute(
                    "INSERT INTO texts (text, origin, created_at) VALUES (?, ?, ?)", row)
                ids.append(int(cur.lastrowid))
        return ids

    def texts(self, unannotated: bool = True) -> list[tuple[int, str]]:
        where = "WHERE sample_id IS NULL" if unannotated else ""
        return [(i, t) for i, t in self.db.execute(f"SELECT id, text FROM texts {where} ORDER BY id")]

    def mark_annotated(self, text_id: int, sample_id: Optional[int]) -> None:
        """Link a text to the sample its annotation became (-1: the teacher's answer was unusable)."""
        with self.db.conn:
            self.db.conn.execute("UPDATE texts SET sample_id = ? WHERE id = ?",
                                 [-1 if sample_id is None else sample_id, text_id])

    @property
    def target_per_label(self) -> int:
        """How many accepted samples the user wants for each label."""
        return int(self._meta("target_per_label") or DEFAULT_TARGET)

    def set_target_per_label(self, n: int) -> None:
        if n < 1:
            raise InvalidTask(user_text("The target must be at least 1 sample per label."))
        self._set_meta("target_per_label", str(int(n)))

    # ---- generation attributes (the "diverse" strategy) -----------------------------------------
    @property
    def attributes(self) -> dict[str, list[str]]:
        """Topics, scenarios, registers and styles to vary generated texts over (user-editable)."""
        return json.loads(self._meta("attributes") or "{}")

    def set_attributes(self, attributes: dict[str, list[str]]) -> None:
        clean = {k: [" ".join(v.split()) for v in vs if v.strip()] for k, vs in attributes.items()}
        self._set_meta("attributes", json.dumps({k: v for k, v in clean.items() if v}))

    # ---- models ---------------------------------------------------------------------------------
    def add_model(self, record: ModelRecord) -> None:
        with self.db.conn:
            self.db["models"].insert(
                {"id": record.id, "base": record.base, "path": record.path,
                 "created_at": record.created_at, "settings": json.dumps(record.settings),
                 "metrics": json.dumps(record.metrics), "train_ids": json.dumps(record.train_ids),
                 "eval_ids": json.dumps(record.eval_ids)}
            )

    def models(self) -> list[ModelRecord]:
        rows = self.db.execute(f"SELECT {_MODEL_COLUMNS} FROM models ORDER BY created_at").fetchall()
        return [_model(r) for r in rows]

    def model(self, model_id: Optional[str] = None) -> ModelRecord:
        """The model with this id, or the newest one when ``model_id`` is None."""
        models = self.models()
        if not models:
            raise ShuleError(user_text("This project has no trained model yet: train a student first."))
        if model_id is None:
            return models[-1]
        for m in models:
            if m.id == model_id:
                return m
        raise ShuleError(user_text("This project has no model called {model}.", model=model_id))

    def model_path(self, record: ModelRecord) -> Path:
        """The model's folder, always directly inside models_dir. A record whose path is absolute
        or climbs out (a project file made or edited elsewhere) names a folder that never exists,
        so it reads as "the files are missing" and nothing outside is ever read."""
        if Path(record.path).name != record.path or record.path in ("", ".", ".."):
            return self.models_dir / ".refused-path"
        return self.models_dir / record.path

    # ---- evaluations (the scoreboard) -----------------------------------------------------------
    def add_evaluation(self, subject: str, on: str, report: dict[str, Any],
                       predictions: Sequence[tuple[int, str]], gold_hash: str) -> int:
        """Store one evaluation; returns its id. Old ones are kept: they are the history."""
        with self.db.conn:
            cur = self.db.conn.execute(
                "INSERT INTO evaluations (subject, on_set, created_at, report, predictions,"
                " gold_hash) VALUES (?, ?, ?, ?, ?, ?)",
                [subject, on, time.time(), json.dumps(report),
                 json.dumps([[int(i), str(p)] for i, p in predictions]), gold_hash])
            return int(cur.lastrowid)

    def evaluations(self, subject: Optional[str] = None) -> list[Evaluation]:
        """Every evaluation (of one subject when given), oldest first."""
        where, params = _where(subject=subject)
        rows = self.db.execute(f"SELECT {_EVALUATION_COLUMNS} FROM evaluations {where}"
                               " ORDER BY created_at, id", params).fetchall()
        return [_evaluation(r) for r in rows]

    def latest_evaluation(self, subject: str, on: str = "gold") -> Optional[Evaluation]:
        row = self.db.execute(
            f"SELECT {_EVALUATION_COLUMNS} FROM evaluations WHERE subject = ? AND on_set = ?"
            " ORDER BY created_at DESC, id DESC LIMIT 1", [subject, on]).fetchone()
        return _evaluation(row) if row else None

    # ---- summary --------------------------------------------------------------------------------
    def status(self) -> dict[str, Any]:
        counts = self.counts()
        return {
            "path": str(self.path),
            "language": asdict(self.language),
            "task": self.task,
            "labels": [asdict(l) for l in self.labels],
            "teacher": asdict(self.teacher) if self.teacher else None,
            "counts": counts,
            "totals": {s: sum(c[s] for c in counts.values()) for s in STATUSES},
            "gold": len(self.sample_ids(source="gold")),
            "discards": self.discard_counts(),
            "models": [{"id": m.id, "base": m.base, "metrics": m.metrics} for m in self.models()],
        }


_SAMPLE_COLUMNS = "id, text, label, status, source, reject_reason, provenance, created_at, updated_at"
_MODEL_COLUMNS = "id, base, path, created_at, settings, metrics, train_ids, eval_ids"
_EVALUATION_COLUMNS = "id, subject, on_set, created_at, report, predictions, gold_hash"


def _sample(row: Sequence[Any]) -> Sample:
    return Sample(row[0], row[1], row[2], row[3], row[4], row[5], json.loads(row[6] or "{}"), row[7], row[8])


def _model(row: Sequence[Any]) -> ModelRecord:
    return ModelRecord(row[0], row[1], row[2], row[3], json.loads(row[4]), json.loads(row[5]),
                       json.loads(row[6]), json.loads(row[7]))


def _evaluation(row: Sequence[Any]) -> Evaluation:
    return Evaluation(row[0], row[1], row[2], row[3], json.loads(row[4]),
                      [(int(i), str(p)) for i, p in json.loads(row[5])], row[6] or "")


def _where(**filters: Optional[str]) -> tuple[str, list[str]]:
    clauses = [f"{k} = ?" for k, v in filters.items() if v is not None]
    params = [v for v in filters.values() if v is not None]
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), params


#: The tables every project of SCHEMA_VERSION has, its full-text index (and the tables SQLite
#: keeps it in) included.
TABLES = ("meta", "labels", "samples", "discards", "jobs", "models", "texts", "review_actions",
          "review_changes", "demo_choices", "evaluations", "samples_fts", "samples_fts_data",
          "samples_fts_idx", "samples_fts_docsize", "samples_fts_config")


def _damage(db: sqlite_utils.Database) -> str:
    """What an opened, upgraded project file lacks that every page relies on; "" if nothing."""
    missing = [name for name in TABLES if name not in set(db.table_names())]
    if missing:
        if len(missing) > 1:
            return user_text("it lacks the {tables} tables", tables=", ".join(missing))
        return user_text("it lacks the {table} table", table=missing[0])
    row = db.execute("SELECT value FROM meta WHERE key = 'language'").fetchone()
    try:
        Language(**json.loads(row[0]))
    except (TypeError, ValueError):  # no row, not JSON, not an object, missing fields
        return user_text("its language is missing or unreadable")
    return ""


def _create_schema(db: sqlite_utils.Database) -> None:
    db["meta"].create({"key": str, "value": str}, pk="key")
    db["labels"].create({"id": int, "name": str, "description": str, "position": int}, pk="id")
    db["labels"].create_index(["name"], unique=True)
    db["samples"].create(
        {"id": int, "text": str, "label": str, "status": str, "source": str, "reject_reason": str,
         "provenance": str, "created_at": float, "updated_at": float},
        pk="id", not_null={"text", "label", "status", "source"},
    )
    db["samples"].create_index(["status"])
    db["samples"].create_index(["label"])
    db["discards"].create(
        {"id": int, "job_id": int, "label": str, "reason": str, "detail": str, "raw": str,
         "created_at": float}, pk="id",
    )
    db["jobs"].create(
        {"id": int, "kind": str, "params": str, "state": str, "created_at": float,
         "finished_at": float}, pk="id",
    )
    _create_v2(db)
    _create_v3(db)
    _create_v4(db)
    _create_v5(db)
    db["models"].create(
        {"id": str, "base": str, "path": str, "created_at": float, "settings": str,
         "metrics": str, "train_ids": str, "eval_ids": str}, pk="id",
    )


def _create_v2(db: sqlite_utils.Database) -> None:
    # Each _create_vN adds what schema N added, and is idempotent (IF NOT EXISTS): a new project
    # runs them all (_create_schema), an older one those it lacks (_upgrade).
    if not db["texts"].exists():
        db["texts"].create({"id": int, "text": str, "origin": str, "created_at": float,
                            "sample_id": int}, pk="id", not_null={"text"})
    if "pid" not in db["jobs"].columns_dict:
        db["jobs"].add_column("pid", int)
    # job_progress counts a job's samples; without this it scans every sample's provenance.
    db.execute("CREATE INDEX IF NOT EXISTS samples_job ON samples"
               " (json_extract(provenance, '$.job_id'))")
    db.execute("CREATE INDEX IF NOT EXISTS discards_job ON discards (job_id)")


def _create_v3(db: sqlite_utils.Database) -> None:
    if not db["review_actions"].exists():
        db["review_actions"].create({"id": int, "kind": str, "created_at": float, "undone": int},
                                    pk="id")
    if not db["review_changes"].exists():
        db["review_changes"].create({"action_id": int, "sample_id": int, "before": str,
                                     "after": str})
    db.execute("CREATE INDEX IF NOT EXISTS review_changes_action ON review_changes (action_id)")


def _create_v4(db: sqlite_utils.Database) -> None:
    # Full-text search for the review page. Trigram tokens find any substring in any script,
    # including those written without spaces between words.
    if not db["samples_fts"].exists():
        db.execute("CREATE VIRTUAL TABLE samples_fts USING fts5(text, content='samples',"
                   " content_rowid='id', tokenize='trigram')")
        db.execute("INSERT INTO samples_fts (samples_fts) VALUES ('rebuild')")
    db.execute("CREATE TRIGGER IF NOT EXISTS samples_fts_insert AFTER INSERT ON samples BEGIN"
               " INSERT INTO samples_fts (rowid, text) VALUES (new.id, new.text); END")
    db.execute("CREATE TRIGGER IF NOT EXISTS samples_fts_delete AFTER DELETE ON samples BEGIN"
               " INSERT INTO samples_fts (samples_fts, rowid, text)"
               " VALUES ('delete', old.id, old.text); END")
    db.execute("CREATE TRIGGER IF NOT EXISTS samples_fts_update AFTER UPDATE OF text ON samples"
               " BEGIN INSERT INTO samples_fts (samples_fts, rowid, text)"
               " VALUES ('delete', old.id, old.text);"
               " INSERT INTO samples_fts (rowid, text) VALUES (new.id, new.text); END")
    db.execute("CREATE INDEX IF NOT EXISTS samples_source ON samples (source)")
    # Covers counts() and the review page's per-label progress: no table rows read.
    db.execute("CREATE INDEX IF NOT EXISTS samples_label_status ON samples (label, status, source)")
    db.execute("CREATE INDEX IF NOT EXISTS samples_strategy ON samples"
               " (json_extract(provenance, '$.strategy'))")
    # The user's say over which accepted samples the teacher sees as examples.
    db.execute("CREATE TABLE IF NOT EXISTS demo_choices (sample_id INTEGER PRIMARY KEY,"
               " choice TEXT NOT NULL)")


def _create_v5(db: sqlite_utils.Database) -> None:
    # Stored scores of the teacher and the students; "on" is an SQL keyword, hence on_set.
    db.execute("CREATE TABLE IF NOT EXISTS evaluations (id INTEGER PRIMARY KEY, subject TEXT NOT NULL,"
               " on_set TEXT NOT NULL, created_at REAL, report TEXT, predictions TEXT,"
               " gold_hash TEXT)")
    db.execute("CREATE INDEX IF NOT EXISTS evaluations_subject ON evaluations (subject, on_set)")


def _upgrade(db: sqlite_utils.Database, version: int) -> None:
    """Bring an older project file's schema up to SCHEMA_VERSION, all or nothing.

    Project.open runs it through core.migrations.upgrade, inside the transaction that follows
    the backup; on its own it is one transaction (a savepoint inside an open one)."""
    with db.atomic():
        # All of them, not only those newer than ``version``: each is idempotent, and a file
        # then also gets what its own version's code forgot (early schema-2 files lack the two
        # job indexes).
        for create in (_create_v2, _create_v3, _create_v4, _create_v5):
            create(db)
        db.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION)])


def _alive(pid: Optional[int]) -> bool:
    # psutil, not os.kill(pid, 0): on Windows that call terminates the process.
    import psutil

    return bool(pid) and (pid == os.getpid() or psutil.pid_exists(pid))

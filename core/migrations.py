"""Upgrading a project file written by an older Shule, with a backup copy made first.

Before the upgrade, the whole project file is copied next to it as ``NAME.shule.v3-backup`` (for a
file of schema version 3). If that name is taken, the copy becomes ``NAME.shule.v3-backup-2``,
``-3`` and so on: an older backup is never overwritten. The copy is made with SQLite's online
backup API, so it includes what is committed but still in the ``-wal`` file, into a temporary
name that is renamed only once the copy is complete: a crash never leaves half a backup that
looks finished. The copy is a plain single-file database (not in WAL mode), so it opens anywhere.

The upgrade then runs in one transaction. If anything in it fails, the transaction is rolled back,
the backup is copied back into the project file through SQLite (page by page, under SQLite's
locks, so another process that has the project open keeps a valid file under it), and the user
is told that the upgrade failed, that the project is unchanged and where the backup is.

A successful upgrade keeps the backup: it is the project as the older Shule left it, so a user
can go back to that version of Shule (copy the backup to a name ending in ``.shule`` and open it
there: today's Shule would upgrade it again). The backup holds the project file only; an
upgrade does not touch the trained models in ``NAME.models/``. A project that needs no upgrade
is never backed up.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Optional

from core.errors import DiskFull, NotAProject, ShuleError, is_disk_full
from core.user_text import user_text

if TYPE_CHECKING:
    import sqlite_utils

# Less free space than this beside a project, and SQLite cannot even open it (its -shm file).
MIN_FREE_BYTES = 1 << 20


def upgrade(db: sqlite_utils.Database, path: Path, version: int, target: int,
            steps: Callable[[sqlite_utils.Database, int], None]) -> Optional[Path]:
    """Back up the project at ``path`` (an open connection ``db`` of schema ``version``), then run
    ``steps(db, version)`` (which also records the new schema version) in one transaction.

    Returns the backup's path, or None when another process upgraded the file first. On any
    failure ``db`` is closed and NotAProject says why; the project file is as it was."""
    conn = db.conn
    try:
        # No other connection writes until this is done. Another process may have upgraded the
        # file since it was opened here: read its version again under the lock.
        conn.execute("BEGIN IMMEDIATE")
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        version = int(row[0]) if row and str(row[0]).isdecimal() else version
        if version >= target:
            conn.execute("ROLLBACK")
            return None
        backup = write_backup(path, version)
    except BaseException as e:
        _close(conn)
        if not isinstance(e, Exception):
            raise
        raise _backup_error(path, e) from e
    try:
        steps(db, version)
        conn.execute("COMMIT")
    except BaseException as e:
        _close(conn)
        _restore(backup, path)
        if not isinstance(e, Exception):
            raise
        raise NotAProject(user_text(
            "Upgrading {name} to this version of Shule failed ({error}), so the project is "
            "unchanged; a backup copy of it is at {backup}.", name=path.name, error=str(e),
            backup=backup)) from e
    return backup


def backup_path(path: Path, version: int) -> Path:
    """Where the backup of ``path`` (a file of schema ``version``) goes: the first free name."""
    base = path.with_name(f"{path.name}.v{version}-backup")
    candidate, n = base, 2
    while os.path.lexists(candidate):
        candidate, n = base.with_name(f"{base.name}-{n}"), n + 1
    return candidate


def write_backup(path: Path, version: int) -> Path:
    """Copy the committed state of the project at ``path`` to ``backup_path(path, version)``.

    The caller may hold a write transaction on the project (it should, so nothing changes
    between the copy and the upgrade): the copy is read through a connection of its own, which
    WAL lets read while another writes."""
    final = backup_path(path, version)
    fd, name = tempfile.mkstemp(prefix=f".{final.name}-", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        source = sqlite3.connect(str(path), timeout=30)
        try:
            copy = _open_copy(tmp)
            try:
                source.backup(copy)
                # The copy carries the project's WAL flag: make it one plain file.
                copy.execute("PRAGMA journal_mode = DELETE")
            finally:
                copy.close()
        finally:
            source.close()
        shutil.copymode(path, tmp)
        _fsync(tmp)
        os.replace(tmp, final)
        _fsync(path.parent)
    except BaseException:
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(f"{tmp}{suffix}").unlink(missing_ok=True)
        raise
    return final


def _open_copy(path: Path) -> sqlite3.Connection:
    # A plain connection, not a project's: the copy is written once and closed.
    return sqlite3.connect(str(path))


def write_error(path: Path) -> Optional[ShuleError]:
    """What to do when ``path`` or its folder cannot be written, or its disk is full; None if
    neither (the error then had another cause). SQLite writes beside an open project (its -wal
    and -shm files), and an upgrade writes a backup there."""
    if not os.access(path.parent, os.W_OK):
        return NotAProject(user_text(
            "{name} is in a folder Shule cannot write to ({folder}): copy the project to a "
            "folder you can write to and open it from there.", name=path.name, folder=path.parent))
    if not os.access(path, os.W_OK):
        return NotAProject(user_text(
            "{name} is read-only: allow changes to the file, or open a copy of it.",
            name=path.name))
    if shutil.disk_usage(path.parent).free < MIN_FREE_BYTES:
        return DiskFull(user_text(
            "The disk is full, so {name} cannot be opened: free some space, then open it again.",
            name=path.name))
    return None


def _backup_error(path: Path, e: Exception) -> ShuleError:
    if is_disk_full(e):
        return DiskFull(user_text(
            "There is not enough free disk space to back up {name} before upgrading it to this "
            "version of Shule (the copy needs about {mb:.1f} MB), so the project was left as it "
            "was: free some space, then open it again.", name=path.name, mb=_megabytes(path)))
    if isinstance(e, OSError) or (isinstance(e, sqlite3.Error) and "readonly" in str(e)):
        denied = write_error(path)
        if denied is not None:
            return denied
    if isinstance(e, sqlite3.Error) and ("locked" in str(e) or not isinstance(
            e, sqlite3.OperationalError)):
        return NotAProject(user_text(
            "{name} could not be opened ({error}): it may be damaged, or in use by another "
            "program.", name=path.name, error=str(e)))
    return NotAProject(user_text(
        "Shule could not back up {name} in {folder} before upgrading it to this version "
        "({error}), so the project was left as it was.", name=path.name, folder=path.parent,
        error=str(e)))


def _restore(backup: Path, path: Path) -> None:
    """Copy ``backup`` back into the project file with SQLite's backup API. Not a file copy and
    rename: a process that still has the project open would keep reading the replaced file, or
    lose its -wal under it. The transaction was rolled back already; this undoes anything an
    upgrade step did outside it."""
    try:
        source = sqlite3.connect(str(backup))
        try:
            target = sqlite3.connect(str(path), timeout=30)
            try:
                source.backup(target)  # waits while another connection writes
            finally:
                target.close()
        finally:
            source.close()
    except sqlite3.Error:
        pass  # the rollback left the project as it was, even without the copy


def _close(conn: sqlite3.Connection) -> None:
    try:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
    except sqlite3.Error:
        pass  # closing rolls back what is left
    conn.close()


def _megabytes(path: Path) -> float:
    size = sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists())
    return max(size / 1e6, 0.1)


def _fsync(path: Path) -> None:
    """Make a finished file, or a rename in a folder, survive a power cut (best effort: Windows
    cannot open a folder)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)

"""Typed errors for problems a user can fix.

Each one's ``str()`` is a single sentence in the user's words; the GUI and the CLI show it as it
is. Anything else that escapes core is a bug.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from contextlib import contextmanager
from typing import Callable, Iterator

from core.user_text import UserText


class ShuleError(Exception):
    """A problem the user can fix; the message says what it is and, where possible, what to do."""


class LanguageNotFound(ShuleError):
    pass


class InvalidTask(ShuleError):
    pass


class NotAProject(ShuleError):
    pass


class ProjectExists(ShuleError):
    pass


class TeacherError(ShuleError):
    pass


class ModelFolderError(ShuleError):
    pass


class NotReady(ShuleError):
    """A step was asked for before the steps it needs were done."""


class JobFailed(ShuleError):
    """Work in a child process stopped with an error."""


class DiskFull(ShuleError):
    """The disk (or the user's quota on it) is full. The message says what was kept, that
    nothing was half-written, and to free space and try (or resume) again."""


class Cancelled(Exception):
    """The user asked to stop; work done so far is kept."""


#: errno values that mean "no room": no space left, over quota, file bigger than allowed.
_NO_ROOM = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
_NO_ROOM_WORDS = tuple(os.strerror(e) for e in _NO_ROOM) + ("database or disk is full",)


def is_disk_full(exc: BaseException) -> bool:
    """Whether ``exc``, or an exception that led to it, is a full disk: SQLite's SQLITE_FULL, an
    OSError with ENOSPC, EDQUOT or EFBIG, a DiskFull already, or a library's error that only
    repeats the system's words for one of those."""
    if isinstance(exc, (Cancelled, KeyboardInterrupt)):
        return False  # the user stopped it, whatever was going wrong at the time
    seen: set[int] = set()
    e: BaseException | None = exc
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        if isinstance(e, DiskFull):
            return True
        code = getattr(e, "sqlite_errorcode", None) if isinstance(e, sqlite3.Error) else None
        if isinstance(e, OSError) and e.errno is not None:
            if e.errno in _NO_ROOM:
                return True
        elif code is not None:
            if code & 0xFF == sqlite3.SQLITE_FULL:
                return True
        elif not isinstance(e, ShuleError) and any(w in str(e) for w in _NO_ROOM_WORDS):
            return True
        e = e.__cause__ if e.__cause__ is not None else (
            None if e.__suppress_context__ else e.__context__)
    return False


def message_of(exc: BaseException) -> str:
    """What ``exc`` says: the UserText it was raised with (still translatable), else ``str(exc)``."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, UserText) else str(exc)


def disk_full_error(exc: BaseException, message: str) -> DiskFull | None:
    """``DiskFull(message)`` when ``exc`` is a full disk (see ``is_disk_full``), else None."""
    return DiskFull(message) if is_disk_full(exc) else None


@contextmanager
def disk_full_as(message: Callable[[], str]) -> Iterator[None]:
    """Turn a full disk inside the block into ``DiskFull(message())``, worded for what the block
    was doing (``message`` is called only then, so it can count what was saved)."""
    try:
        yield
    except BaseException as e:
        if not is_disk_full(e):
            raise
        raise DiskFull(message()) from e

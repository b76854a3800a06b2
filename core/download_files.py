"""The files of an unfinished download, and hashing a file.

A download of ``dest`` writes its bytes to ``dest.part`` and keeps what is known about it (the url,
the expected sha256 and size, the server's validator) in ``dest.part.json`` beside it; core.downloads
continues from these. ``partial`` says how far such a download got, ``discard_partial`` deletes it,
and ``hash_file`` gives the sha256 of a file's bytes, reporting progress as it reads.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any, Optional

from core.progress import CancelCheck, Progress, check_cancel, report

HASH_BLOCK = 8 << 20


# ---- the part on disk -------------------------------------------------------------------------

def part_path(dest: Path) -> Path:
    """The unfinished download of ``dest``."""
    dest = Path(dest)
    return dest.with_name(dest.name + ".part")


def sidecar_path(dest: Path) -> Path:
    """What is known about the unfinished download of ``dest`` (JSON)."""
    dest = Path(dest)
    return dest.with_name(dest.name + ".part.json")


def _read_sidecar(dest: Path) -> Optional[dict[str, Any]]:
    try:
        data = json.loads(sidecar_path(dest).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and isinstance(data.get("url"), str) else None


def _write_sidecar(dest: Path, info: dict[str, Any]) -> None:
    path = sidecar_path(dest)
    fd, tmp = tempfile.mkstemp(prefix=".download-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(info, f)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _known_size(value: Any) -> Optional[int]:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None


def partial(dest: Path) -> Optional[tuple[int, Optional[int]]]:
    """(bytes on disk, total size if known) of an unfinished download of ``dest`` that a later
    ``download`` would continue; None when there is none."""
    part = part_path(dest)
    info = _read_sidecar(dest)
    if info is None or not part.is_file():
        return None
    return part.stat().st_size, _known_size(info.get("size"))


def discard_partial(dest: Path) -> None:
    """Delete the unfinished download of ``dest``, if any."""
    part_path(dest).unlink(missing_ok=True)
    sidecar_path(dest).unlink(missing_ok=True)


# ---- hashing ----------------------------------------------------------------------------------

def hash_file(path: Path, progress: Optional[Progress] = None, should_cancel: Optional[CancelCheck] = None,
              status: str = "", total: Optional[int] = None) -> "hashlib._Hash":
    """The sha256 of ``path``'s bytes so far, reported as ``status`` with fraction of ``total``."""
    digest = hashlib.sha256()
    total = total or path.stat().st_size or 1
    done = 0
    with path.open("rb") as f:
        for block in iter(lambda: f.read(HASH_BLOCK), b""):
            check_cancel(should_cancel)
            digest.update(block)
            done += len(block)
            report(progress, done / total, status)
    return digest


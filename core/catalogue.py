"""The curated list of teacher models a user can download: ``resources/teachers.json``.

``teachers()`` reads it into ``TeacherEntry`` values (a damaged list raises ShuleError in words);
``fit(entry, hw)`` says whether a model suits this computer ("good" on a GPU, "slow" on the CPU,
"too_big"); ``download_url`` and ``local_path`` say where it comes from and goes to.

``SHULE_CATALOGUE`` names another teachers.json to read instead: for tests, and for
organisations that keep their own list of approved models.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional
from urllib.parse import quote

from core import RESOURCES
from core.errors import ShuleError
from core.hardware import GB, Hardware, best_gpu, gigabytes
from core.hub import hub_endpoint
from core.paths import models_dir
from core.user_text import user_text

CATALOGUE_ENV = "SHULE_CATALOGUE"
FORMAT = 1
_REPO = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*")
_SHA256 = re.compile(r"[0-9a-f]{64}")
OVERHEAD_GB = 1.5  # ram_gb is the file's size plus about this much for an 8K context (see the file)


@dataclass(frozen=True)
class TeacherEntry:
    id: str
    name: str
    publisher: str
    parameters_b: float
    quantization: str
    repo: str
    file: str
    revision: str
    size_bytes: Optional[int]
    sha256: Optional[str]
    ram_gb: float
    vram_gb: float
    context: int
    languages: tuple[str, ...]
    languages_note: str
    strengths: str
    licence: str
    licence_url: str
    commercial_use: bool
    card_url: str
    notes: str


@dataclass
class Fit:
    level: str  # "good" | "slow" | "too_big"
    reason: str


# ---- reading the list -------------------------------------------------------------------------

def catalogue_path() -> Path:
    """The catalogue in use: ``SHULE_CATALOGUE`` if set, else the one shipped with Shule."""
    override = os.environ.get(CATALOGUE_ENV)
    return Path(override).expanduser() if override else RESOURCES / "teachers.json"


def _damaged(path: Path, why: str) -> ShuleError:
    return ShuleError(user_text("The list of teacher models {path} is damaged ({why}): reinstall Shule, or "
                                "fix or remove the file that {variable} names.", path=path, why=why,
                                variable=CATALOGUE_ENV))


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _check_types(raw: dict[str, Any]) -> Optional[str]:
    """What is wrong with one entry's fields' types, or None."""
    texts = ("id", "name", "publisher", "quantization", "repo", "file", "revision", "languages_note",
             "strengths", "licence", "licence_url", "card_url", "notes")
    for key in texts:
        if not isinstance(raw.get(key), str):
            return user_text("{key} is missing or not text", key=key)
    for key in ("parameters_b", "ram_gb", "vram_gb"):
        if not _is_number(raw.get(key)) or raw[key] <= 0:
            return user_text("{key} is missing or not a positive number", key=key)
    if not isinstance(raw.get("context"), int) or isinstance(raw["context"], bool) or raw["context"] <= 0:
        return user_text("context is missing or not a positive whole number")
    size = raw.get("size_bytes")
    if size is not None and (not isinstance(size, int) or isinstance(size, bool) or size <= 0):
        return user_text("size_bytes is neither null nor a positive whole number")
    if not isinstance(raw.get("commercial_use"), bool):
        return user_text("commercial_use is not true or false")
    languages = raw.get("languages")
    if not isinstance(languages, list) or not all(isinstance(x, str) for x in languages):
        return user_text("languages is not a list of language codes")
    return None


def _check_values(raw: dict[str, Any]) -> Optional[str]:
    """What is wrong with one entry's values (well typed already), or None."""
    if not raw["id"].strip() or not raw["revision"].strip():
        return user_text("its id or revision is empty")
    if not _REPO.fullmatch(raw["repo"]):
        return user_text("repo {repo} is not shaped like owner/name", repo=repr(raw["repo"]))
    parts = raw["file"].split("/")
    if not raw["file"].endswith(".gguf") or any(p in ("", ".", "..") for p in parts) or "\\" in raw["file"]:
        return user_text("file {file} is not a .gguf file inside the repo", file=repr(raw["file"]))
    sha = raw.get("sha256")
    if sha is not None and (not isinstance(sha, str) or not _SHA256.fullmatch(sha.lower())):
        return user_text("sha256 is neither null nor 64 hexadecimal digits")
    return None


def _entry(raw: Any, index: int, path: Path) -> TeacherEntry:
    if not isinstance(raw, dict):
        raise _damaged(path, user_text("entry {n} is not an object", n=index + 1))
    problem = _check_types(raw) or _check_values(raw)
    if problem:
        raise _damaged(path, user_text("entry {n}: {problem}", n=index + 1, problem=problem))
    fields = {name: raw[name] for name in TeacherEntry.__dataclass_fields__ if name in raw}
    fields.update(parameters_b=float(raw["parameters_b"]), ram_gb=float(raw["ram_gb"]),
                  vram_gb=float(raw["vram_gb"]), languages=tuple(raw["languages"]),
                  size_bytes=raw.get("size_bytes"),
                  sha256=raw["sha256"].lower() if raw.get("sha256") else None)
    return TeacherEntry(**fields)


def teachers(path: Optional[Path] = None) -> list[TeacherEntry]:
    """The catalogue's models, in its order (smallest first). ShuleError when it cannot be read."""
    path = Path(path) if path is not None else catalogue_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ShuleError(user_text("The list of teacher models {path} is missing: reinstall Shule, or point "
                                   "{variable} at an existing file.", path=path, variable=CATALOGUE_ENV)) from None
    except (OSError, UnicodeDecodeError, ValueError) as e:
        raise _damaged(path, user_text("it is not readable JSON")) from e
    if not isinstance(data, dict) or not isinstance(data.get("teachers"), list):
        raise _damaged(path, user_text("it has no list of teachers"))
    if isinstance(data.get("format"), int) and data["format"] > FORMAT:
        raise ShuleError(user_text("The list of teacher models {path} was written for a newer Shule: update "
                                   "Shule.", path=path))
    entries = [_entry(raw, i, path) for i, raw in enumerate(data["teachers"])]
    ids = [e.id for e in entries]
    if len(set(ids)) != len(ids):
        raise _damaged(path, user_text("two entries share an id"))
    return entries


def find_teacher(entry_id: str) -> TeacherEntry:
    """The catalogue entry with this id; ShuleError naming the known ids if there is none."""
    entries = teachers()
    for entry in entries:
        if entry.id == entry_id:
            return entry
    known = ", ".join(e.id for e in entries)
    raise ShuleError(user_text("There is no teacher model called {name} in Shule's list: choose one of "
                               "{known}.", name=entry_id, known=known))


# ---- where it comes from and goes -------------------------------------------------------------

def download_url(entry: TeacherEntry) -> str:
    """The file's address on the Hugging Face hub (HF_ENDPOINT is read now)."""
    return f"{hub_endpoint()}/{entry.repo}/resolve/{quote(entry.revision, safe='')}/{quote(entry.file)}"


def local_path(entry: TeacherEntry) -> Path:
    """Where the downloaded file is kept: ``models_dir()/entry.file``."""
    return models_dir() / entry.file


def download_bytes(entry: TeacherEntry) -> int:
    """The file's size: ``size_bytes``, else estimated from ``ram_gb`` (which adds about 1.5 GB)."""
    if entry.size_bytes:
        return entry.size_bytes
    return int(max(entry.ram_gb - OVERHEAD_GB, 0.5) * GB)


# ---- does it suit this computer ---------------------------------------------------------------

def _disk_needed(entry: TeacherEntry) -> int:
    """Bytes the download still needs on disk, with the margin the download itself keeps free."""
    from core.downloads import DISK_MARGIN_BYTES, partial

    dest = local_path(entry)
    if dest.is_file():
        return 0
    have = partial(dest)
    return max(download_bytes(entry) - (have[0] if have else 0), 0) + DISK_MARGIN_BYTES


def _memory_fit(entry: TeacherEntry, hw: Hardware) -> Fit:
    gpu = best_gpu(hw)
    if gpu is not None and gpu.vram_bytes >= entry.vram_gb * GB:
        return Fit("good", user_text("It fits in the memory of the GPU ({gpu}: it needs {need:g} GB, the GPU "
                                     "has {has}), so it runs fast.", gpu=gpu.name, need=entry.vram_gb,
                                     has=gigabytes(gpu.vram_bytes)))
    if hw.ram_bytes >= entry.ram_gb * GB:
        if gpu is not None:
            return Fit("slow", user_text("It will run on the CPU, slowly, because no GPU has the {vram:g} GB it "
                                         "needs (it needs {need:g} GB of memory, and this computer has {has}).",
                                         vram=entry.vram_gb, need=entry.ram_gb, has=gigabytes(hw.ram_bytes)))
        return Fit("slow", user_text("It will run on the CPU, slowly, because no NVIDIA GPU was found (it needs "
                                     "{need:g} GB of memory, and this computer has {has}).",
                                     need=entry.ram_gb, has=gigabytes(hw.ram_bytes)))
    return Fit("too_big", user_text("It needs {need:g} GB of memory, and this computer has {has}: choose a "
                                    "smaller model.", need=entry.ram_gb, has=gigabytes(hw.ram_bytes)))


def fit(entry: TeacherEntry, hw: Hardware) -> Fit:
    """Whether ``entry`` suits the computer ``hw`` describes: "good" when a GPU holds it, "slow"
    when it runs on the CPU from memory, "too_big" when memory or free disk space is short. Give
    it ``detect(models_dir())`` so that the disk measured is the one the download goes to."""
    memory = _memory_fit(entry, hw)
    if memory.level == "too_big":
        return memory
    needed = _disk_needed(entry)
    if needed > hw.free_disk_bytes:
        if hw.disk_path:
            return Fit("too_big", user_text("Downloading it needs {need} of free disk space, and {where} has "
                                            "{free}: free some space, or choose a smaller model.",
                                            need=gigabytes(needed), where=hw.disk_path,
                                            free=gigabytes(hw.free_disk_bytes)))
        return Fit("too_big", user_text("Downloading it needs {need} of free disk space, and the disk has "
                                        "{free}: free some space, or choose a smaller model.",
                                        need=gigabytes(needed), free=gigabytes(hw.free_disk_bytes)))
    return memory

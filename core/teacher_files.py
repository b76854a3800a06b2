"""The teacher GGUF files on this computer: those downloaded into Shule's models folder, and
those the user chose elsewhere, which are used where they are (never copied) and remembered in
the settings ("teacher_files"); and the one new projects start with ("default_teacher")."""

from __future__ import annotations

from pathlib import Path

from core import settings
from core.paths import models_dir
from core.teachers.gguf import check_gguf


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
        return True
    except (ValueError, OSError):
        return False


def local_teacher_files() -> list[tuple[Path, bool]]:
    """(path, in place) of each GGUF file: downloaded into models_dir(), then the user's own."""
    folder = models_dir()
    found: dict[str, tuple[Path, bool]] = {}
    try:
        downloaded = sorted(p for p in folder.rglob("*.gguf") if p.is_file())
    except OSError:
        downloaded = []
    for path in downloaded:
        found.setdefault(str(path.resolve()), (path.resolve(), False))
    for text in settings.get("teacher_files", []) or []:
        if isinstance(text, str) and text:
            found.setdefault(str(Path(text)), (Path(text), True))
    return list(found.values())


def remember_teacher_file(path: Path | str) -> Path:
    """Check a GGUF file the user chose and keep its absolute path in settings "teacher_files"
    (it stays where it is; nothing is copied). TeacherError when it is not a GGUF file."""
    path = check_gguf(Path(path).expanduser()).resolve()
    if not _inside(path, models_dir()):
        files = [f for f in settings.get("teacher_files", []) or [] if isinstance(f, str)]
        if str(path) not in files:
            settings.update(teacher_files=files + [str(path)])
    return path


def forget_teacher_file(path: Path | str) -> None:
    """Take a file off settings "teacher_files" (the file itself is left alone)."""
    files = [f for f in settings.get("teacher_files", []) or [] if isinstance(f, str)]
    settings.update(teacher_files=[f for f in files if f != str(path)])


def use_as_default(path: Path | str) -> Path:
    """Check the GGUF file and store it as the teacher new projects start with."""
    path = check_gguf(Path(path)).resolve()
    settings.update(default_teacher={"kind": "gguf", "path": str(path)})
    return path

"""The user's Shule settings: one JSON object at ``config_dir()/settings.json``.

Keys the app uses:

- ``"first_run_done"`` (bool): the first-run guide has been completed or skipped.
- ``"interface_language"`` (str): the language of the interface, e.g. ``"en"``.
- ``"teacher_files"`` (list of str): absolute paths of GGUF files the user chose to use where
  they are (not copied into ``models_dir()``).
- ``"default_teacher"`` (dict): the teacher new projects start with, either
  ``{"kind": "gguf", "path": "/abs/model.gguf"}`` or
  ``{"kind": "server", "base_url": "http://127.0.0.1:11434/v1", "model": "name"}``.

Reading never fails: a missing file is ``{}``; a damaged one is ``{}`` too, and is kept beside as
``settings.json.damaged`` for the curious. Writing is atomic (a temporary file, then a rename).
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

from core.paths import config_dir

log = logging.getLogger(__name__)

FILE_NAME = "settings.json"


def settings_file() -> Path:
    """Where the settings are kept."""
    return config_dir() / FILE_NAME


def _set_aside(path: Path) -> None:
    """Keep a damaged settings file as ``settings.json.damaged`` so that it is not read again."""
    try:
        os.replace(path, path.with_name(path.name + ".damaged"))
    except OSError as e:
        log.warning("could not set aside the damaged settings file %s: %s", path, type(e).__name__)


def load() -> dict[str, Any]:
    """The settings; ``{}`` when there are none yet or the file is damaged (never raises)."""
    path = settings_file()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as e:
        log.warning("could not read the settings file %s: %s", path, type(e).__name__)
        if isinstance(e, UnicodeDecodeError):
            _set_aside(path)
        return {}
    try:
        data = json.loads(text)
    except ValueError:
        data = None
    if not isinstance(data, dict):
        log.warning("the settings file %s is damaged; starting from defaults", path)
        _set_aside(path)
        return {}
    return data


def save(settings: dict[str, Any]) -> None:
    """Write ``settings`` atomically, creating the folder if needed."""
    path = settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(settings, f, indent=1, sort_keys=True, ensure_ascii=False)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def get(key: str, default: Any = None) -> Any:
    """One setting, or ``default`` when it is not set."""
    return load().get(key, default)


def update(**changes: Any) -> dict[str, Any]:
    """Merge ``changes`` into the stored settings, save them and return the result."""
    settings = load()
    settings.update(changes)
    save(settings)
    return settings

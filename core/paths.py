"""Where Shule keeps things on this computer: settings, downloaded models.

- ``config_dir()``: small per-user settings and keys (``%APPDATA%\\shule`` on Windows,
  ``$XDG_CONFIG_HOME/shule`` or ``~/.config/shule`` elsewhere).
- ``data_dir()``: large per-user data (``%LOCALAPPDATA%\\Shule`` on Windows,
  ``$XDG_DATA_HOME/shule`` or ``~/.local/share/shule`` elsewhere).
- ``models_dir()``: downloaded teacher models; ``SHULE_MODELS_DIR`` overrides it.

Every function reads the environment at call time and creates nothing.
"""

from __future__ import annotations

import os
from pathlib import Path

MODELS_ENV = "SHULE_MODELS_DIR"


def config_dir() -> Path:
    """The folder of the user's settings and key file (not created here)."""
    if os.name == "nt":
        base = os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
    else:
        base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "shule"


def data_dir() -> Path:
    """The folder of the user's large files, such as downloaded models (not created here)."""
    if os.name == "nt":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "Shule"
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "shule"


def models_dir() -> Path:
    """The folder downloaded teacher models go to: ``SHULE_MODELS_DIR`` if set, else
    ``data_dir()/models`` (not created here)."""
    override = os.environ.get(MODELS_ENV)
    if override:
        return Path(os.path.expandvars(override)).expanduser()
    return data_dir() / "models"

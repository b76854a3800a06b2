"""API keys: in the OS keyring (service "shule"), else in a private per-user file.

A project file stores only a key's *name* (``key_name_for(base_url)`` by default), never the key.
Where no keyring backend works (a headless Linux machine without a Secret Service), keys go to
``$XDG_CONFIG_HOME/shule/keys.json`` (``~/.config/...``; ``%APPDATA%\\shule`` on Windows), created
readable by its owner only; a file that others can read is refused. ``store_key`` then returns a
warning the UI shows. No function here logs or raises with a key in the message.
"""

from __future__ import annotations

import json
import logging
import os
import stat
import tempfile
from pathlib import Path
from typing import Optional

from core.errors import ShuleError
from core.paths import config_dir
from core.user_text import user_text

log = logging.getLogger(__name__)

SERVICE = "shule"
FILE_NAME = "keys.json"


class KeyFileUnsafe(ShuleError):
    """The key file can be read by other users, so Shule will not use it."""


def key_name_for(base_url: str) -> str:
    """The name under which the key for the server at ``base_url`` is stored by default."""
    from core.teachers.remote import normalise_base_url, public_url

    return f"teacher:{public_url(normalise_base_url(base_url))}"


def key_file() -> Path:
    return config_dir() / FILE_NAME


# ---- the keyring ------------------------------------------------------------------------------
def _keyring():
    """The usable keyring backend, or None where only the fail/null backends exist."""
    try:
        import keyring
        from keyring.backends import chainer, fail, null
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken backend configuration
        return None
    if isinstance(backend, (fail.Keyring, null.Keyring)):
        return None
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return None
    return backend


def _backend_name(backend) -> str:
    name = getattr(backend, "name", "") or type(backend).__name__
    return str(name)


# ---- the file ---------------------------------------------------------------------------------
def _check_private(path: Path) -> None:
    if os.name == "nt":
        return
    mode = path.stat().st_mode
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise KeyFileUnsafe(user_text(
            "Other users on this computer can read {path}, so Shule will not use the API keys "
            "in it. Make it private (chmod 600 {path}) or delete it and enter the keys again.", path=path))


def _read_file() -> dict[str, str]:
    path = key_file()
    if not path.exists():
        return {}
    _check_private(path)
    data: object = None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass  # raised below, outside this block: a JSONDecodeError holds the file's text
    if not isinstance(data, dict):
        raise ShuleError(user_text("The API key file {path} is damaged; delete it and enter the keys again.",
                                   path=path))
    return {str(k): str(v) for k, v in data.items()}


def _write_file(keys: dict[str, str]) -> None:
    path = key_file()
    if not keys:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    # Written to a private temporary file, then renamed: never a moment with the file readable.
    fd, tmp = tempfile.mkstemp(prefix=".keys-", suffix=".tmp", dir=path.parent)  # mode 0600
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(keys, f, indent=1, sort_keys=True)
        if os.name != "nt":
            os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# ---- public API -------------------------------------------------------------------------------
def store_key(name: str, key: str) -> Optional[str]:
    """Keep ``key`` under ``name``. Returns None when it went to the OS keyring, else a warning
    (one paragraph, for the UI) saying it went to a private file instead."""
    if not name or not key:
        raise ValueError("store_key needs a name and a key")
    backend = _keyring()
    refused: Optional[str] = None  # the keyring's error, when it refused the key
    if backend is not None:
        try:
            backend.set_password(SERVICE, name, key)
        except Exception as e:  # locked, no D-Bus, user refused: fall back to the file
            refused = type(e).__name__
            log.warning("keyring %s could not store a key: %s", _backend_name(backend),
                        type(e).__name__)
        else:
            try:
                keys = _read_file()
            except ShuleError:  # an unsafe or damaged file: left for load_key to report
                return None
            if keys.pop(name, None) is not None:  # moved to the keyring: no copy left in the file
                _write_file(keys)
            return None
    keys = _read_file()
    keys[name] = key
    _write_file(keys)
    if refused is not None:
        return user_text("The system keyring refused the key ({kind}), so the API key was saved in {path}, "
                         "a file only your user account can read. Anyone who can log in as you, or read "
                         "your backups, can read it too.", kind=refused, path=key_file())
    return user_text("No system keyring is available, so the API key was saved in {path}, a file only "
                     "your user account can read. Anyone who can log in as you, or read your backups, "
                     "can read it too.", path=key_file())


def load_key(name: str) -> Optional[str]:
    """The key stored under ``name``, or None. Raises KeyFileUnsafe if the key file is not
    private."""
    backend = _keyring()
    if backend is not None:
        try:
            value = backend.get_password(SERVICE, name)
        except Exception as e:
            log.warning("keyring %s could not be read: %s", _backend_name(backend), type(e).__name__)
            value = None
        if value:
            return value
    return _read_file().get(name)


def delete_key(name: str) -> None:
    """Forget the key stored under ``name`` (keyring and file); no error if there is none."""
    backend = _keyring()
    if backend is not None:
        try:
            backend.delete_password(SERVICE, name)
        except Exception:  # keyring.errors.PasswordDeleteError when absent
            pass
    path = key_file()
    if path.exists():
        keys = _read_file()
        if keys.pop(name, None) is not None:
            _write_file(keys)


def key_storage() -> str:
    """Where keys are kept, in words, for the settings page."""
    backend = _keyring()
    if backend is not None:
        return user_text("API keys are kept in the system keyring ({keyring}).", keyring=_backend_name(backend))
    return user_text("No system keyring is available: API keys are kept in {path}, a file only your "
                     "user account can read.", path=key_file())

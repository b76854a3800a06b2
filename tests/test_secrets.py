"""API keys: the OS keyring when there is one, else a private file and a warning for the user."""

from __future__ import annotations

import json
import logging
import os
import stat
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.errors import KeyringError, PasswordDeleteError

from core import secrets
from core.secrets import KeyFileUnsafe, delete_key, key_storage, load_key, store_key

CANARY = "sk-canary-secret-0c4e"
REPO = Path(__file__).resolve().parents[1]


class DictKeyring(KeyringBackend):
    """A real keyring backend that keeps passwords in a dict. It defines no priority, so
    keyring never picks it by itself: only ``keyring.set_keyring`` in these tests does."""

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str):
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.store.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")


class LockedKeyring(DictKeyring):
    """A keyring that is there but refuses to store anything (a locked Secret Service)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringError("the collection is locked")


@pytest.fixture
def config_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path / "config"


@pytest.fixture
def use_keyring():
    old = keyring.get_keyring()
    yield keyring.set_keyring
    keyring.set_keyring(old)


@pytest.mark.parametrize("backend", [fail.Keyring, null.Keyring])
def test_without_a_keyring_keys_go_to_a_private_file_with_a_warning(config_home, use_keyring,
                                                                    backend, caplog):
    caplog.set_level(logging.DEBUG)
    use_keyring(backend())
    warning = store_key("teacher:https://api.example.org/v1", CANARY)
    path = config_home / "shule" / "keys.json"
    assert warning and "No system keyring" in warning and str(path) in warning
    assert CANARY not in warning
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert load_key("teacher:https://api.example.org/v1") == CANARY
    assert load_key("teacher:elsewhere") is None
    assert str(path) in key_storage() and "No system keyring" in key_storage()
    assert store_key("second", "sk-2") is not None
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # still private after a rewrite
    delete_key("teacher:https://api.example.org/v1")
    assert load_key("teacher:https://api.example.org/v1") is None
    assert json.loads(path.read_text()) == {"second": "sk-2"}
    delete_key("second")
    assert not path.exists()
    delete_key("never-stored")  # no error
    assert not any(CANARY in r.getMessage() for r in caplog.records)


def test_a_key_file_others_can_read_is_refused(config_home, use_keyring):
    use_keyring(fail.Keyring())
    store_key("k", CANARY)
    path = config_home / "shule" / "keys.json"
    os.chmod(path, 0o644)
    with pytest.raises(KeyFileUnsafe, match="chmod 600") as e:
        load_key("k")
    assert CANARY not in str(e.value)
    os.chmod(path, 0o600)
    assert load_key("k") == CANARY


def test_a_damaged_key_file_is_reported_without_its_contents(config_home, use_keyring):
    use_keyring(fail.Keyring())
    path = config_home / "shule" / "keys.json"
    path.parent.mkdir(parents=True)
    path.write_text('{"k": "' + CANARY)
    os.chmod(path, 0o600)
    with pytest.raises(secrets.ShuleError, match="cannot be read|damaged") as e:
        load_key("k")
    assert CANARY not in str(e.value) and e.value.__context__ is None


def test_with_a_keyring_no_file_is_written(config_home, use_keyring):
    ring = DictKeyring()
    use_keyring(ring)
    assert store_key("teacher:local", CANARY) is None
    assert ring.store == {("shule", "teacher:local"): CANARY}
    assert not (config_home / "shule").exists()
    assert load_key("teacher:local") == CANARY
    assert "system keyring" in key_storage() and "DictKeyring" in key_storage()
    delete_key("teacher:local")
    assert load_key("teacher:local") is None and ring.store == {}


def test_a_key_moves_from_the_file_to_a_keyring_that_appears(config_home, use_keyring):
    use_keyring(fail.Keyring())
    store_key("k", CANARY)
    ring = DictKeyring()
    use_keyring(ring)
    assert load_key("k") == CANARY  # still found in the file
    assert store_key("k", CANARY) is None
    assert ring.store[("shule", "k")] == CANARY
    assert not (config_home / "shule" / "keys.json").exists()


def test_a_keyring_that_refuses_falls_back_to_the_file(config_home, use_keyring, caplog):
    use_keyring(LockedKeyring())
    warning = store_key("k", CANARY)
    assert warning and "refused" in warning and CANARY not in warning
    assert load_key("k") == CANARY
    assert not any(CANARY in r.getMessage() for r in caplog.records)


def test_the_keyring_backend_can_be_chosen_by_environment(tmp_path):
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
           "XDG_CONFIG_HOME": str(tmp_path)}
    code = ("from core.secrets import store_key, load_key\n"
            "w = store_key('k', 'sk-env')\n"
            "assert w and load_key('k') == 'sk-env'\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE((tmp_path / "shule" / "keys.json").stat().st_mode) == 0o600


def test_projects_store_a_key_name_derived_from_the_address():
    assert secrets.key_name_for("https://user:pw@api.example.org/v1/") == \
        "teacher:https://api.example.org/v1"
    assert secrets.key_name_for("localhost:11434/v1") == "teacher:http://localhost:11434/v1"

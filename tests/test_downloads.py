"""A teacher model, gigabytes big, arrives whole however the line behaves.

A stand-in Hugging Face hub on 127.0.0.1 (tests/fixtures/hub_server.py) serves a small GGUF-named
file the way huggingface.co does: a 302 from the repo's /resolve/ address to its CDN, with the
sha256 in X-Linked-Etag. The story: it downloads and is checked; a broken line, a pause or a
restart of Shule continues from the bytes on disk with a Range request; damaged bytes are refused
and removed; and every problem (licence gate, offline, unreachable, full disk) is one sentence
that says what to do, never showing the user's token.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

import core.downloads
from core.catalogue import download_url, find_teacher, local_path
from core.downloads import discard_partial, download, download_teacher, part_path, partial, sidecar_path
from core.errors import Cancelled, DiskFull, ShuleError
from tests.fixtures.hub_server import HubServer

REPO = "shule-test/tiny-teacher-GGUF"
FILE = "tiny-teacher-Q4_K_M.gguf"
DATA = os.urandom(300 * 1024)
SHA = hashlib.sha256(DATA).hexdigest()
CANARY = "hf_CANARYtokenNEVERshown0123456789"


@pytest.fixture(autouse=True)
def online(monkeypatch: pytest.MonkeyPatch) -> None:
    """Downloads allowed, no token: other tests' imports (core.student, core.export_job) set
    HF_HUB_OFFLINE in this process."""
    for name in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_TOKEN", "SHULE_CATALOGUE"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def hub(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    server = HubServer().start()
    server.add_repo(REPO, extra={FILE: DATA, "README.md": b"# tiny\n"})
    server.add_repo("shule-test/gated-GGUF", extra={FILE: DATA}, gated=True)
    monkeypatch.setenv("HF_ENDPOINT", server.url)
    monkeypatch.setenv("SHULE_MODELS_DIR", str(tmp_path / "models"))
    monkeypatch.setattr(core.downloads, "RETRY_WAIT_S", 0.0)
    monkeypatch.setattr(core.downloads, "CHUNK_BYTES", 16 * 1024)  # many chunks even in a small file
    yield server
    server.stop()


def url(server: HubServer, repo: str = REPO) -> str:
    return f"{server.url}/{repo}/resolve/main/{FILE}"


def cancel_after(n_bytes: int, dest: Path):
    """A should_cancel that pauses once the part on disk holds at least ``n_bytes``."""
    return lambda: part_path(dest).is_file() and part_path(dest).stat().st_size >= n_bytes


def range_starts(server: HubServer) -> list[int]:
    return [int(r.headers["range"].split("=")[1].split("-")[0]) for r in server.file_gets(FILE)
            if "range" in r.headers and r.path.startswith("/cdn/")]


def test_a_gguf_downloads_with_progress_and_is_checked(hub, tmp_path):
    dest = tmp_path / "models" / FILE
    seen: list[tuple[float, str]] = []

    assert download(url(hub), dest, progress=lambda f, s: seen.append((f, s))) == dest

    assert dest.read_bytes() == DATA
    assert not part_path(dest).exists() and not sidecar_path(dest).exists()
    assert partial(dest) is None
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert any(0.2 < f < 0.9 for f in fractions)
    assert seen[-1][1] == "307 of 307 KB"


def test_a_broken_line_continues_from_the_bytes_on_disk(hub, tmp_path):
    dest = tmp_path / FILE
    hub.drop_after(FILE, 100_000)

    download(url(hub), dest, sha256=SHA)

    assert dest.read_bytes() == DATA
    starts = range_starts(hub)
    assert starts and 100_000 - 16 * 1024 < starts[0] <= 100_000, "the second request asked only for the missing bytes"
    assert len(hub.file_gets(FILE)) == 4  # resolve + CDN, twice


def test_pause_then_a_new_call_continues_after_a_restart(hub, tmp_path):
    dest = tmp_path / FILE

    with pytest.raises(Cancelled):
        download(url(hub), dest, should_cancel=cancel_after(100_000, dest))

    have = partial(dest)
    assert have is not None and 100_000 <= have[0] < len(DATA) and have[1] == len(DATA)
    assert part_path(dest).is_file() and sidecar_path(dest).is_file() and not dest.exists()
    seen: list[str] = []
    download(url(hub), dest, progress=lambda f, s: seen.append(s))  # as after a restart: a new call

    assert dest.read_bytes() == DATA
    assert range_starts(hub) == [have[0]]
    assert any("checking the part downloaded before" in s.lower() for s in seen)
    assert partial(dest) is None


def test_a_server_that_ignores_the_range_starts_over_cleanly(hub, tmp_path):
    dest = tmp_path / FILE
    with pytest.raises(Cancelled):
        download(url(hub), dest, should_cancel=cancel_after(50_000, dest))
    hub.ignore_range(FILE)

    download(url(hub), dest, sha256=SHA)

    assert dest.read_bytes() == DATA
    assert len(range_starts(hub)) == 1


def test_a_part_of_another_address_is_not_continued(hub, tmp_path):
    dest = tmp_path / FILE
    part_path(dest).write_bytes(b"x" * 1000)
    sidecar_path(dest).write_text('{"url": "https://elsewhere.example/file.gguf", "size": 307200}')

    download(url(hub), dest)

    assert dest.read_bytes() == DATA and range_starts(hub) == []


def test_damaged_bytes_are_refused_and_removed(hub, tmp_path):
    dest = tmp_path / FILE
    hub.corrupt(FILE)

    with pytest.raises(ShuleError, match="damaged") as caught:
        download(url(hub), dest)

    message = str(caught.value)
    assert message.startswith(f"The downloaded file {FILE} is damaged") and "download it again" in message
    assert not dest.exists() and not part_path(dest).exists() and not sidecar_path(dest).exists()
    download(url(hub), dest)  # the next try is clean
    assert dest.read_bytes() == DATA


def test_a_short_body_is_completed(hub, tmp_path):
    dest = tmp_path / FILE
    hub.truncate(FILE)

    download(url(hub), dest)

    assert dest.read_bytes() == DATA and range_starts(hub) == [len(DATA) // 2]


def test_a_wrong_expected_checksum_is_refused(hub, tmp_path):
    dest = tmp_path / FILE
    with pytest.raises(ShuleError, match="checksum does not match"):
        download(url(hub), dest, sha256="0" * 64)
    assert not dest.exists() and partial(dest) is None


def test_a_wrong_expected_size_is_refused_before_downloading(hub, tmp_path):
    dest = tmp_path / FILE
    with pytest.raises(ShuleError, match="different size"):
        download(url(hub), dest, size=len(DATA) + 1)
    assert not dest.exists() and partial(dest) is None


def test_the_token_goes_to_the_hub_only_never_to_the_cdn(hub, tmp_path, monkeypatch):
    monkeypatch.setenv("HF_TOKEN", CANARY)

    download(url(hub), tmp_path / FILE)

    resolve, cdn = hub.file_gets(FILE)
    assert resolve.headers.get("authorization") == f"Bearer {CANARY}"
    assert cdn.path.startswith("/cdn/") and "authorization" not in cdn.headers


def test_a_gated_model_says_how_to_get_access_without_showing_the_token(hub, tmp_path, monkeypatch):
    monkeypatch.setenv("HF_TOKEN", CANARY)

    with pytest.raises(ShuleError) as caught:
        download(url(hub, "shule-test/gated-GGUF"), tmp_path / FILE)

    message = str(caught.value)
    assert "accept its licence on huggingface.co" in message and "HF_TOKEN" in message
    assert f"{hub.url}/shule-test/gated-GGUF" in message
    assert CANARY not in message and CANARY not in repr(caught.value.__cause__)
    assert not [r for r in hub.requests if r.path.startswith("/cdn/")]


def test_offline_mode_refuses_without_a_request(hub, tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(ShuleError, match=r"Downloads are switched off \(HF_HUB_OFFLINE is set\)"):
        download(url(hub), tmp_path / FILE)
    assert hub.requests == []


def test_an_unreachable_server_is_said_in_words(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nobody listens there
    with pytest.raises(ShuleError, match="could not reach 127.0.0.1: check the internet connection"):
        download(f"http://127.0.0.1:{port}/{REPO}/resolve/main/{FILE}", tmp_path / FILE)
    assert partial(tmp_path / FILE) is None


def test_not_enough_disk_is_refused_before_any_byte(hub, tmp_path):
    free = shutil.disk_usage(tmp_path).free
    dest = tmp_path / FILE
    with pytest.raises(DiskFull, match="more free space on") as caught:
        download(url(hub), dest, size=free + 10**12)
    assert "SHULE_MODELS_DIR" in str(caught.value)
    assert hub.requests == [] and not part_path(dest).exists()


def test_a_complete_file_that_matches_is_returned_without_the_network(hub, tmp_path):
    dest = tmp_path / FILE
    dest.write_bytes(DATA)
    hub.stop()

    assert download(url(hub), dest, sha256=SHA) == dest
    assert download(url(hub), dest) == dest
    assert hub.requests == []


def test_a_missing_file_is_said_in_words(hub, tmp_path):
    with pytest.raises(ShuleError, match="has no file"):
        download(f"{hub.url}/{REPO}/resolve/main/other.gguf", tmp_path / "other.gguf")


def test_discard_partial_forgets_the_part(hub, tmp_path):
    dest = tmp_path / FILE
    with pytest.raises(Cancelled):
        download(url(hub), dest, should_cancel=cancel_after(1, dest))
    assert partial(dest) is not None

    discard_partial(dest)

    assert partial(dest) is None and not part_path(dest).exists() and not sidecar_path(dest).exists()


def test_a_catalogue_teacher_downloads_into_the_models_folder(hub, tmp_path, monkeypatch):
    catalogue = write_catalogue(tmp_path)
    monkeypatch.setenv("SHULE_CATALOGUE", str(catalogue))
    entry = find_teacher("tiny")
    assert download_url(entry) == url(hub)

    path = download_teacher(entry)

    assert path == local_path(entry) == tmp_path / "models" / FILE
    assert path.read_bytes() == DATA


def write_catalogue(folder: Path, **changes) -> Path:
    """A one-entry teachers.json naming the stand-in's tiny file."""
    entry = {"id": "tiny", "name": "Tiny teacher", "publisher": "Shule tests", "parameters_b": 0.01,
             "quantization": "Q4_K_M", "repo": REPO, "file": FILE, "revision": "main",
             "size_bytes": len(DATA), "sha256": SHA, "ram_gb": 0.5, "vram_gb": 0.5, "context": 2048,
             "languages": ["en"], "languages_note": "", "strengths": "small", "licence": "apache-2.0",
             "licence_url": "https://example.org/licence", "commercial_use": True,
             "card_url": "https://example.org/card", "notes": "", **changes}
    path = folder / "teachers.json"
    path.write_text(json.dumps({"format": 1, "teachers": [entry]}), encoding="utf-8")
    return path


# ---- the command line -------------------------------------------------------------------------

def run_cli(*argv: str, env: dict[str, str]) -> "subprocess.CompletedProcess[str]":
    return subprocess.run([sys.executable, "-m", "core.cli", *argv], capture_output=True, text=True,
                          env=env, cwd=Path(__file__).resolve().parent.parent, timeout=120)


def test_the_models_verbs_list_and_download(hub, tmp_path):
    env = {**os.environ, "SHULE_CATALOGUE": str(write_catalogue(tmp_path))}

    listed = run_cli("models", "--json", env=env)
    assert listed.returncode == 0, listed.stderr
    [row] = json.loads(listed.stdout)
    assert row["id"] == "tiny" and row["state"] == "absent" and row["fit"] in ("good", "slow")

    done = run_cli("models", "download", "tiny", env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(tmp_path / "models" / FILE)
    assert (tmp_path / "models" / FILE).read_bytes() == DATA

    [row] = json.loads(run_cli("models", "--json", env=env).stdout)
    assert row["state"] == "downloaded" and row["path"] == str(tmp_path / "models" / FILE)
    text = run_cli("models", env=env)
    assert "Tiny teacher" in text.stdout and "downloaded" in text.stdout

    unknown = run_cli("models", "download", "nope", env=env)
    assert unknown.returncode == 1 and "There is no teacher model called nope" in unknown.stderr

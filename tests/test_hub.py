"""A student base by its hub id: the user types "FacebookAI/xlm-roberta-base" and Shule fetches it.

A stand-in hub on 127.0.0.1 (tests/fixtures/hub_server.py) serves the tiny BERT base the way
huggingface.co does; nothing here touches the network. The story: the first time, the base is
downloaded with progress (safetensors only, never pickles); afterwards it comes from the cache
even offline; a broken line or a cancel resumes where it stopped; damaged bytes are refused; and
every problem comes back as one sentence that says what to do.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import core.hub
from core.errors import Cancelled, ModelFolderError
from core.hub import cached_base, download_status, is_hub_id, resolve_base
from core.training import check_base_dir
from tests.fixtures.hub_server import HubServer

REPO = "shule-test/tiny-bert"


@pytest.fixture
def hub(tiny_base: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The stand-in hub holding the tiny base (with a pickle copy of its weights beside it), and a
    fresh Hugging Face cache for this test."""
    from huggingface_hub import constants
    from huggingface_hub.utils import reset_sessions

    server = HubServer().start()
    server.add_repo(REPO, tiny_base, extra={"pytorch_model.bin": b"\x80\x04pickled weights" * 1000})
    monkeypatch.setenv("HF_ENDPOINT", server.url)
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hf" / "hub"))
    monkeypatch.setenv("HF_HUB_DISABLE_TELEMETRY", "1")
    for name in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_TOKEN", "HUGGING_FACE_HUB_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    # huggingface_hub read HF_HUB_OFFLINE once, at its import: keep another test's setting out.
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)
    reset_sessions()
    monkeypatch.setattr(core.hub, "RETRY_WAIT_S", 0.0)
    monkeypatch.setattr(core.hub, "CHUNK_BYTES", 16 * 1024)  # many chunks even in a tiny file
    yield server
    server.stop()


def weights(repo_folder: Path) -> bytes:
    return (repo_folder / "model.safetensors").read_bytes()


def test_download_by_id_gives_a_usable_folder_with_safetensors_and_never_pickles(hub, tiny_base):
    seen: list[tuple[float, str]] = []

    folder = resolve_base(REPO, progress=lambda f, s: seen.append((f, s)))

    assert check_base_dir(folder) == folder
    assert {"config.json", "model.safetensors", "tokenizer.json", "vocab.txt"} <= {p.name for p in folder.iterdir()}
    assert weights(folder) == weights(tiny_base)
    cache = Path(core.hub.hub_cache_dir())
    assert folder.is_relative_to(cache)
    assert not list(cache.rglob("*.bin")) and not list(cache.rglob("*.incomplete"))
    assert not [r for r in hub.requests if "pytorch_model.bin" in r.path]
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert any(0.2 < f < 0.9 for f in fractions), "progress moves within the weights file, not only between files"
    total_kb = f"{sum(p.stat().st_size for p in folder.iterdir()) / 1e3:,.0f}"
    assert seen[-1][1] == f"{total_kb} of {total_kb} KB"
    assert cached_base(REPO) == folder


def test_second_resolve_comes_from_the_cache_without_the_network(hub, monkeypatch):
    folder = resolve_base(REPO)
    hub.stop()
    seen: list[tuple[float, str]] = []
    assert resolve_base(REPO, progress=lambda f, s: seen.append((f, s))) == folder
    assert seen[-1][0] == 1.0 and "already on this computer" in seen[-1][1]
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    assert resolve_base(REPO) == folder


def test_a_connection_that_breaks_mid_file_resumes_with_a_range_request(hub, tiny_base):
    hub.drop_after("model.safetensors", 100_000)

    folder = resolve_base(REPO)

    gets = hub.file_gets("model.safetensors")
    assert len(gets) == 2 and "range" not in gets[0].headers
    start = int(gets[1].headers["range"].removeprefix("bytes=").rstrip("-"))
    assert 0 < start <= 100_000, "huggingface_hub continued the .incomplete file instead of starting over"
    assert weights(folder) == weights(tiny_base)


def test_a_cancelled_download_stops_and_the_next_one_continues(hub, tiny_base):
    stop = {"now": False}

    def progress(fraction: float, status: str) -> None:
        stop["now"] = stop["now"] or fraction > 0.5

    with pytest.raises(Cancelled):
        resolve_base(REPO, progress=progress, should_cancel=lambda: stop["now"])
    partial = list(Path(core.hub.hub_cache_dir()).rglob("*.incomplete"))
    assert len(partial) == 1 and partial[0].stat().st_size > 0
    kept = partial[0].stat().st_size
    assert cached_base(REPO) is None

    folder = resolve_base(REPO)

    assert hub.file_gets("model.safetensors")[-1].headers["range"] == f"bytes={kept}-"
    assert weights(folder) == weights(tiny_base)
    assert check_base_dir(folder) == folder


def test_damaged_bytes_are_refused_and_fetched_again(hub, tiny_base):
    # huggingface_hub checks only the size: these flipped bytes (same size) would pass it.
    hub.corrupt("model.safetensors")
    hub.corrupt("config.json")  # a plain git file, checked against its git blob id

    folder = resolve_base(REPO)

    assert len(hub.file_gets("model.safetensors")) == 2 and len(hub.file_gets("config.json")) == 2
    assert weights(folder) == weights(tiny_base)
    assert (folder / "config.json").read_bytes() == (tiny_base / "config.json").read_bytes()


def test_bytes_damaged_every_time_give_a_clear_error_and_leave_nothing_bad_in_the_cache(hub):
    hub.corrupt("model.safetensors", times=10)

    with pytest.raises(ModelFolderError, match="arrived damaged"):
        resolve_base(REPO)

    assert cached_base(REPO) is None
    assert not [p for p in Path(core.hub.hub_cache_dir()).rglob("model.safetensors")]


def test_a_short_body_fails_huggingface_hubs_size_check_and_is_completed(hub, tiny_base):
    hub.truncate("model.safetensors")

    folder = resolve_base(REPO)

    gets = hub.file_gets("model.safetensors")
    assert len(gets) == 2 and gets[1].headers["range"].startswith("bytes=")
    assert weights(folder) == weights(tiny_base)


def test_not_cached_and_the_hub_unreachable_says_to_connect_once(hub):
    hub.stop()
    with pytest.raises(ModelFolderError, match="could not reach the Hugging Face hub.*connect to the internet"):
        resolve_base(REPO)


def test_offline_mode_and_not_cached_says_so(hub, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(ModelFolderError, match="offline mode is on"):
        resolve_base(REPO)
    assert not hub.requests


def test_unknown_repo(hub):
    with pytest.raises(ModelFolderError, match="no model called shule-test/nope on the Hugging Face hub"):
        resolve_base("shule-test/nope")


def test_gated_repo_asks_for_the_licence(hub, tiny_base):
    hub.add_repo("shule-test/gated", tiny_base, gated=True)
    with pytest.raises(ModelFolderError, match="accept its licence on huggingface.co"):
        resolve_base("shule-test/gated")


def test_pickle_only_repo_is_refused_before_any_download(hub, tiny_base):
    hub.add_repo("shule-test/old", tiny_base, extra={"pytorch_model.bin": b"\x80\x04" * 100},
                 drop=("model.safetensors",))
    with pytest.raises(ModelFolderError, match="only in the older pickle format.*convert it to safetensors"):
        resolve_base("shule-test/old")
    assert not [r for r in hub.requests if "/resolve/" in r.path or r.path.startswith("/cdn/")]


def test_sharded_weights_fetch_the_shards_the_index_names(hub, tiny_base):
    index = {"metadata": {"total_size": 8}, "weight_map": {"a": "model-00001-of-00002.safetensors",
                                                           "b": "model-00002-of-00002.safetensors"}}
    hub.add_repo("shule-test/sharded", tiny_base, drop=("model.safetensors",), extra={
        "model.safetensors.index.json": json.dumps(index).encode(),
        "model-00001-of-00002.safetensors": b"shard one" * 100,
        "model-00002-of-00002.safetensors": b"shard two" * 100,
        "model.fp16-00001-of-00001.safetensors": b"another variant" * 100,
    })

    folder = resolve_base("shule-test/sharded")

    names = {p.name for p in folder.iterdir()}
    assert {"model-00001-of-00002.safetensors", "model-00002-of-00002.safetensors"} <= names
    assert "model.fp16-00001-of-00001.safetensors" not in names
    assert check_base_dir(folder) == folder


def test_the_token_and_endpoint_come_from_the_environment_at_call_time(hub, monkeypatch):
    monkeypatch.setenv("HF_TOKEN", "hf_shule_test_token")
    resolve_base(REPO)
    assert any(r.headers.get("authorization") == "Bearer hf_shule_test_token" for r in hub.requests)


def test_not_enough_disk_space_is_said_before_downloading(hub, monkeypatch):
    monkeypatch.setattr(core.hub.shutil, "disk_usage", lambda path: type("U", (), {"free": 10})())
    with pytest.raises(ModelFolderError, match="not enough free disk space"):
        resolve_base(REPO)
    assert not hub.file_gets("model.safetensors")


def test_a_local_folder_is_returned_unchanged(tiny_base):
    assert resolve_base(str(tiny_base)) == tiny_base


def test_a_missing_path_is_not_taken_for_a_hub_id(tmp_path):
    with pytest.raises(ModelFolderError, match="does not exist, and it is not a Hugging Face model id"):
        resolve_base(str(tmp_path / "no such model"))


def test_is_hub_id(tiny_base, tmp_path, monkeypatch):
    assert is_hub_id("FacebookAI/xlm-roberta-base")
    assert is_hub_id("xlm-roberta-base")
    assert not is_hub_id(str(tiny_base))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "org" / "model").mkdir(parents=True)
    assert not is_hub_id("org/model"), "an existing relative folder is a folder"
    for bad in ("my model", "org/../etc", "..", "org/name/extra", "/abs/path", "", "org/-name", "org--x/y",
                "C:\\models\\bert", "~/models"):
        assert not is_hub_id(bad), bad


def test_download_status_reads_like_a_sentence():
    assert download_status(34_000_000, 1_100_000_000, 5.2e6) == "34 of 1,100 MB · 5.2 MB/s · about 4 min left"
    assert download_status(120_000, 410_000) == "120 of 410 KB"
    assert download_status(1_000_000, 2_500_000, 800e3) == "1.0 of 2.5 MB · 800 KB/s · less than a minute left"
    assert download_status(0, 3_000_000_000, 200e3).endswith("about 4 h 10 min left")


def test_importing_core_hub_is_cheap():
    code = ("import sys, core.hub; "
            "print(sorted(m for m in ('huggingface_hub', 'torch', 'transformers', 'requests') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[1])
    assert out.stdout.strip() == "[]"


def _http_error(status: int):
    import requests
    from huggingface_hub.errors import HfHubHTTPError

    response = requests.Response()
    response.status_code = status
    return HfHubHTTPError(f"{status} Client Error", response=response)


@pytest.mark.parametrize("make, words", [
    (lambda: _http_error(401), "did not accept the access token"),
    (lambda: _http_error(403), "refused access"),
    (lambda: _http_error(503), "could not send x/y just now (HTTP 503)"),
    (lambda: OSError(28, "No space left on device"), "disk filled up"),
    (lambda: PermissionError(13, "Permission denied"), "may not write to the Hugging Face cache"),
])
def test_hub_errors_in_words(make, words):
    error = core.hub._hub_error("x/y", make(), started=True)
    assert isinstance(error, ModelFolderError) and words in str(error)


def test_a_student_trains_from_a_hub_id(hub, tmp_path):
    """The whole path a user takes: `shule train --base ORG/NAME` downloads, then fine-tunes."""
    from core.project import Project
    from core.training import TrainingConfig, train
    from tests.fixtures.projects import make_project

    path = make_project(tmp_path / "p")
    model_id = train(path, REPO, TrainingConfig(epochs=1, learning_rate=1e-3, threads=1))
    with Project.open(path) as project:
        record = project.model(model_id)
    assert Path(record.base) == cached_base(REPO) and record.settings["student"] == "transformer"
    assert record.settings["base_name"] == REPO  # shown on the scoreboard, not the cache folder

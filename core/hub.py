"""A student base named by its Hugging Face hub id, fetched into the user's Hugging Face cache.

``resolve_base("FacebookAI/xlm-roberta-base")`` returns the cached snapshot folder when it is
already complete on this computer (no network), else downloads it with ``huggingface_hub`` file
by file: configuration and tokenizer first, safetensors weights last, never pickle or foreign
weights. Progress reports bytes, speed and time left; cancelling keeps the partial file, and the
next call continues it (huggingface_hub resumes ``.incomplete`` files with an HTTP Range request).
Every downloaded file is checked against the hub's hash (huggingface_hub checks only the size).

The user's Hugging Face settings are read at call time, not from huggingface_hub's constants
(frozen when it was imported): HF_ENDPOINT, HF_HUB_CACHE / HF_HOME, HF_TOKEN, HF_HUB_OFFLINE.
huggingface_hub is imported inside functions so that importing this module stays cheap.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import math
import os
import re
import shutil
import threading
import time
from collections import deque
from pathlib import Path
from typing import Any, Optional

from core.errors import Cancelled, ModelFolderError, ShuleError
from core.progress import CancelCheck, Progress, check_cancel, report
from core.user_text import user_text

CONFIG = "config.json"
SAFE_WEIGHTS, SAFE_INDEX = "model.safetensors", "model.safetensors.index.json"
TOKENIZER_FILES = ("tokenizer.json", "vocab.txt", "sentencepiece.bpe.model", "spiece.model",
                   "tokenizer.model", "vocab.json")
EXTRA_FILES = ("tokenizer_config.json", "special_tokens_map.json", "merges.txt", "added_tokens.json")
# What Shule ever fetches: safetensors weights and plain-text/sentencepiece files, never pickles.
ALLOWED = [CONFIG, "*.safetensors", "*.safetensors.index.json", *TOKENIZER_FILES, *EXTRA_FILES]
PICKLE_WEIGHTS = (".bin", ".pt", ".pth", ".pkl", ".ckpt", ".h5", ".msgpack")

DEFAULT_ENDPOINT = "https://huggingface.co"
CHUNK_BYTES = 1 << 20  # bytes read between progress reports and cancel checks (huggingface_hub: 10 MiB)
RETRIES = 3  # attempts in a row that bring no new bytes before a file's download gives up
RETRY_WAIT_S = 1.0
_REPO_ID = re.compile(r"(?:[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/)?[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?")


def is_hub_id(spec: str) -> bool:
    """True for "org/name" or "name" shaped like a hub repo id that is not a path on this computer."""
    if not isinstance(spec, str) or not 0 < len(spec) <= 96 or not _REPO_ID.fullmatch(spec):
        return False
    if ".." in spec or "--" in spec:
        return False
    return not Path(spec).expanduser().exists()


def hub_cache_dir() -> Path:
    """The Hugging Face cache folder, in huggingface_hub's order, from the environment now."""
    for name in ("HF_HUB_CACHE", "HUGGINGFACE_HUB_CACHE"):
        if os.environ.get(name):
            return Path(os.path.expandvars(os.environ[name])).expanduser()
    if os.environ.get("HF_HOME"):
        return Path(os.path.expandvars(os.environ["HF_HOME"])).expanduser() / "hub"
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache").expanduser()
    return cache / "huggingface" / "hub"


def hub_endpoint() -> str:
    return (os.environ.get("HF_ENDPOINT") or DEFAULT_ENDPOINT).rstrip("/")


def offline_mode() -> bool:
    value = os.environ.get("HF_HUB_OFFLINE") or os.environ.get("TRANSFORMERS_OFFLINE") or ""
    return value.strip().upper() in {"1", "ON", "YES", "TRUE"}


def is_complete(folder: Path) -> bool:
    """Whether a snapshot holds what training needs: config, all safetensors weights, a tokenizer."""
    if not (folder / CONFIG).is_file() or not any((folder / n).is_file() for n in TOKENIZER_FILES):
        return False
    if (folder / SAFE_WEIGHTS).is_file():
        return True
    try:
        shards = set(json.loads((folder / SAFE_INDEX).read_text(encoding="utf-8"))["weight_map"].values())
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return False
    return bool(shards) and all((folder / s).is_file() for s in shards)


def cached_base(repo_id: str) -> Optional[Path]:
    """The complete snapshot of ``repo_id`` in the local cache, looked up without any network."""
    from huggingface_hub import snapshot_download

    try:
        folder = Path(snapshot_download(repo_id, local_files_only=True, allow_patterns=ALLOWED,
                                        cache_dir=hub_cache_dir()))
    except (OSError, ValueError):  # LocalEntryNotFoundError is an OSError; a bad id a ValueError
        return None
    return folder if is_complete(folder) else None


def resolve_base(spec: str, progress: Optional[Progress] = None,
                 should_cancel: Optional[CancelCheck] = None) -> Path:
    """The folder of a student base: a local folder unchanged, or a hub id's snapshot folder in the
    Hugging Face cache, downloaded first if needed. ModelFolderError (one sentence) when it cannot
    be had; Cancelled when ``should_cancel`` says so (the partial download is kept)."""
    folder = Path(spec).expanduser()
    if folder.exists():
        return folder
    spec = str(spec).strip()
    if not is_hub_id(spec):
        raise ModelFolderError(user_text("The model folder {spec} does not exist, and it is not a Hugging "
                                         "Face model id either (such as FacebookAI/xlm-roberta-base).",
                                         spec=spec))
    check_cancel(should_cancel)
    cached = cached_base(spec)
    if cached is not None:
        report(progress, 1.0, user_text("{model} is already on this computer", model=spec))
        return cached
    if offline_mode():
        raise ModelFolderError(user_text(
            "Shule cannot download {model} because Hugging Face's offline mode is on (HF_HUB_OFFLINE), and "
            "it is not on this computer yet: turn offline mode off and connect to the internet once, or "
            "choose a downloaded model folder.", model=spec))
    return _Download(spec, progress, should_cancel).run()


# ---- progress ---------------------------------------------------------------------------------

def _amount(done: int, total: int) -> str:
    """ "34 of 1,100 MB": kilobytes below 1 MB, one decimal below 10 MB."""
    if total < 1e6:
        return user_text("{done:,.0f} of {total:,.0f} KB", done=done / 1e3, total=total / 1e3)
    if total < 1e7:
        return user_text("{done:,.1f} of {total:,.1f} MB", done=done / 1e6, total=total / 1e6)
    return user_text("{done:,.0f} of {total:,.0f} MB", done=done / 1e6, total=total / 1e6)


def download_status(done: int, total: int, bytes_per_s: Optional[float] = None) -> str:
    """ "34 of 1,100 MB · 5.2 MB/s · about 4 min left" (speed and time once a speed is known)."""
    status = _amount(done, total)
    if bytes_per_s and bytes_per_s > 0:
        speed = (user_text("{speed:.1f} MB/s", speed=bytes_per_s / 1e6) if bytes_per_s >= 1e6
                 else user_text("{speed:.0f} KB/s", speed=bytes_per_s / 1e3))
        left = max(total - done, 0) / bytes_per_s
        if left < 60:
            time_left = user_text("less than a minute left")
        elif left < 5400:
            time_left = user_text("about {minutes} min left", minutes=math.ceil(left / 60))
        else:
            hours, minutes = divmod(math.ceil(left / 60), 60)
            time_left = user_text("about {hours} h {minutes} min left", hours=hours, minutes=minutes)
        status = user_text("{amount} · {speed} · {left}", amount=status, speed=speed, left=time_left)
    return status


class _Meter:
    """Counts bytes for the whole download; huggingface_hub calls ``update`` once per chunk."""

    def __init__(self, total: int, progress: Optional[Progress], should_cancel: Optional[CancelCheck]):
        self.total, self.progress, self.should_cancel = total, progress, should_cancel
        self.done_files = 0  # bytes of the files finished
        self.file_done = 0  # bytes of the file being fetched, including any resumed part
        self.fetched = 0  # bytes received in this call (for the speed)
        self.cancelled = False
        self._samples: deque[tuple[float, int]] = deque([(time.monotonic(), 0)])
        self._lock = threading.Lock()

    def start_file(self, initial: int) -> None:
        with self._lock:
            self.file_done = initial

    def update(self, n: float = 1) -> None:  # may be called from hf_xet's threads
        with self._lock:
            self.file_done += int(n)
            self.fetched += int(n)
            self._samples.append((time.monotonic(), self.fetched))
            while len(self._samples) > 2 and self._samples[-1][0] - self._samples[1][0] >= 10:
                self._samples.popleft()  # the speed over the last ~10 s
        self.report()
        if self.should_cancel is not None and self.should_cancel():
            self.cancelled = True
            raise Cancelled()

    def finish_file(self, size: int) -> None:
        with self._lock:
            self.done_files += size
            self.file_done = 0
        self.report()

    def report(self) -> None:
        with self._lock:
            done = min(self.done_files + self.file_done, self.total)
            (t0, b0), (t1, b1) = self._samples[0], self._samples[-1]
            speed = (b1 - b0) / (t1 - t0) if t1 - t0 >= 1.0 else None
        report(self.progress, done / self.total if self.total else 1.0, download_status(done, self.total, speed))


_bound = threading.local()  # the meter of the download running on this thread
_hook_lock = threading.Lock()


def _install_progress_hook() -> None:
    """Route huggingface_hub's per-file progress bar to the meter bound to the calling thread;
    other callers keep their tqdm bars. Without the hook (another huggingface_hub version),
    progress and cancel still come between files."""
    from huggingface_hub import file_download

    with _hook_lock:
        original = getattr(file_download, "_get_progress_bar_context", None)
        if original is None or getattr(original, "shule_hook", False):
            return

        def hooked(*args: Any, **kwargs: Any) -> Any:
            meter = getattr(_bound, "meter", None)
            if meter is None or kwargs.get("_tqdm_bar") is not None:
                return original(*args, **kwargs)
            meter.start_file(int(kwargs.get("initial") or 0))
            return contextlib.nullcontext(meter)

        hooked.shule_hook = True  # type: ignore[attr-defined]
        file_download._get_progress_bar_context = hooked


@contextlib.contextmanager
def _metered(meter: _Meter):
    from huggingface_hub import constants

    _install_progress_hook()
    chunk = constants.DOWNLOAD_CHUNK_SIZE
    constants.DOWNLOAD_CHUNK_SIZE = min(chunk, CHUNK_BYTES)
    _bound.meter = meter
    try:
        yield meter
    finally:
        _bound.meter = None
        constants.DOWNLOAD_CHUNK_SIZE = chunk


# ---- the download -----------------------------------------------------------------------------

class _Download:
    def __init__(self, repo_id: str, progress: Optional[Progress], should_cancel: Optional[CancelCheck]):
        self.repo_id, self.progress, self.should_cancel = repo_id, progress, should_cancel
        self.cache = hub_cache_dir()
        self.endpoint = hub_endpoint()
        self.storage = self.cache / ("models--" + repo_id.replace("/", "--"))

    def run(self) -> Path:
        from huggingface_hub import HfApi

        report(self.progress, 0.0, user_text("Looking up {model} on the Hugging Face hub", model=self.repo_id))
        try:
            info = HfApi(endpoint=self.endpoint, library_name="shule").model_info(
                self.repo_id, revision="main", files_metadata=True)
        except Exception as error:
            raise _hub_error(self.repo_id, error, started=False) from error
        self.sha = info.sha
        self.siblings = {s.rfilename: s for s in info.siblings or [] if "/" not in s.rfilename}
        self.snapshot = self.storage / "snapshots" / self.sha
        try:
            return self._download(*self._plan())
        except OSError as error:  # the cache folder itself: not writable, or full
            if isinstance(error, PermissionError) or error.errno == errno.ENOSPC:
                raise _hub_error(self.repo_id, error, started=True) from error
            raise

    def _download(self, small: list[str], weights: list[str]) -> Path:
        meter = _Meter(sum(self._size(n) for n in small + weights), self.progress, self.should_cancel)
        self._check_space(small + weights)
        with _metered(meter):
            for name in small:
                self._fetch(name, meter)
            if SAFE_INDEX in small:  # the shards the index names, not every other variant
                weights = self._shards()
                meter.total = sum(self._size(n) for n in small + weights)
            for name in weights:
                self._fetch(name, meter)
        ref = self.storage / "refs" / "main"  # where snapshot_download(local_files_only) looks
        ref.parent.mkdir(parents=True, exist_ok=True)
        ref.write_text(self.sha)
        if not is_complete(self.snapshot):
            raise ModelFolderError(user_text("The download of {model} is incomplete: try again.",
                                             model=self.repo_id))
        meter.report()
        return self.snapshot

    def _plan(self) -> tuple[list[str], list[str]]:
        names = set(self.siblings)
        if CONFIG not in names:
            raise ModelFolderError(user_text("{model} has no config.json, so it is not a model Shule can "
                                             "fine-tune: choose another base.", model=self.repo_id))
        if SAFE_WEIGHTS in names:
            weights = [SAFE_WEIGHTS]
        elif SAFE_INDEX in names:  # narrowed to the shards the index names once it is here
            weights = sorted(n for n in names if n.endswith(".safetensors"))
        else:
            weights = []
        if not weights:
            if any(n.endswith(PICKLE_WEIGHTS) for n in names):
                raise ModelFolderError(user_text(
                    "{model} publishes its weights only in the older pickle format, which Shule does not "
                    "load for safety: choose another base or convert it to safetensors.", model=self.repo_id))
            raise ModelFolderError(user_text("{model} has no model weights in safetensors format "
                                             "(model.safetensors) on the Hugging Face hub: choose another "
                                             "base.", model=self.repo_id))
        if not any(n in names for n in TOKENIZER_FILES):
            raise ModelFolderError(user_text("{model} has no tokenizer files on the Hugging Face hub: choose "
                                             "another base.", model=self.repo_id))
        index = [SAFE_INDEX] if SAFE_WEIGHTS not in names else []
        small = index + [CONFIG] + [n for n in (*TOKENIZER_FILES, *EXTRA_FILES) if n in names]
        return small, weights

    def _shards(self) -> list[str]:
        try:
            index = json.loads((self.snapshot / SAFE_INDEX).read_text(encoding="utf-8"))
            shards = sorted(set(index["weight_map"].values()))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            raise ModelFolderError(user_text("The weight index of {model} on the Hugging Face hub is "
                                             "damaged: choose another base.", model=self.repo_id)) from None
        missing = [s for s in shards if s not in self.siblings]
        if missing or not shards:
            raise ModelFolderError(user_text("{model} lacks weight files its index names ({files}): "
                                             "choose another base.", model=self.repo_id,
                                             files=", ".join(missing[:3])))
        return shards

    def _size(self, name: str) -> int:
        return int(self.siblings[name].size or 0)

    def _expected_hash(self, name: str) -> tuple[Optional[str], Optional[str]]:
        """(etag the cache names the blob by, hash kind): sha256 for LFS files, git's sha1 else."""
        sibling = self.siblings[name]
        if sibling.lfs is not None and getattr(sibling.lfs, "sha256", None):
            return sibling.lfs.sha256, "sha256"
        return (sibling.blob_id, "git") if sibling.blob_id else (None, None)

    def _check_space(self, names: list[str]) -> None:
        needed = 0
        for name in names:
            if not (self.snapshot / name).is_file():
                etag, _ = self._expected_hash(name)
                partial = self.storage / "blobs" / f"{etag}.incomplete"
                needed += self._size(name) - (partial.stat().st_size if etag and partial.is_file() else 0)
        self.cache.mkdir(parents=True, exist_ok=True)
        free = shutil.disk_usage(self.cache).free
        if needed > free:
            raise ModelFolderError(user_text(
                "There is not enough free disk space to download {model} ({needed:,.0f} MB needed, "
                "{free:,.0f} MB free in {folder}): free some space, or set HF_HOME to a larger disk.",
                model=self.repo_id, needed=needed / 1e6, free=free / 1e6, folder=self.cache))

    def _fetch(self, name: str, meter: _Meter) -> None:
        from huggingface_hub import hf_hub_download

        size = self._size(name)
        if (self.snapshot / name).is_file():  # already in the cache: not fetched, not re-checked
            meter.finish_file(size)
            return
        fruitless, damaged = 0, 0
        while True:
            check_cancel(self.should_cancel)
            before = meter.fetched
            try:
                path = Path(hf_hub_download(self.repo_id, name, revision=self.sha, cache_dir=self.cache,
                                            endpoint=self.endpoint, library_name="shule"))
            except Cancelled:
                raise
            except Exception as error:
                if meter.cancelled:
                    raise Cancelled() from error
                if not _transient(error):
                    raise _hub_error(self.repo_id, error, started=True) from error
                fruitless = 0 if meter.fetched > before else fruitless + 1
                if fruitless >= RETRIES:
                    raise _hub_error(self.repo_id, error, started=True) from error
                self._drop_oversized_partial(name)
                self._wait(RETRY_WAIT_S * 2 ** fruitless)
                continue
            if self._verify(name, path):
                meter.finish_file(size)
                return
            damaged += 1
            if damaged >= 2:
                raise ModelFolderError(user_text("The download of {model} arrived damaged twice ({file}): "
                                                 "check the connection, then try again.",
                                                 model=self.repo_id, file=name))

    def _verify(self, name: str, path: Path) -> bool:
        """Whether the file matches the hub's hash; a damaged file is removed from the cache."""
        expected, kind = self._expected_hash(name)
        if expected is None:
            return True
        digest = hashlib.sha256() if kind == "sha256" else hashlib.sha1(b"blob %d\0" % path.stat().st_size)
        with path.open("rb") as f:
            for block in iter(lambda: f.read(8 << 20), b""):
                digest.update(block)  # no cancel here: a file left half-checked would count as good
        if digest.hexdigest() == expected:
            return True
        blob = Path(os.path.realpath(path))
        path.unlink(missing_ok=True)
        blob.unlink(missing_ok=True)
        (self.storage / "blobs" / expected).unlink(missing_ok=True)
        return False

    def _drop_oversized_partial(self, name: str) -> None:
        """A partial file longer than the file itself (bad bytes from a proxy) cannot be resumed."""
        etag, _ = self._expected_hash(name)
        partial = self.storage / "blobs" / f"{etag}.incomplete"
        if etag and partial.is_file() and partial.stat().st_size >= self._size(name):
            partial.unlink(missing_ok=True)

    def _wait(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            check_cancel(self.should_cancel)
            time.sleep(min(0.1, max(end - time.monotonic(), 0)))


# ---- errors in words --------------------------------------------------------------------------

def _network_errors() -> tuple[type, ...]:
    import requests
    from huggingface_hub import errors

    kinds: list[type] = [requests.ConnectionError, requests.Timeout, requests.exceptions.ChunkedEncodingError,
                         errors.LocalEntryNotFoundError, errors.OfflineModeIsEnabled]
    kinds += [getattr(errors, n) for n in ("XetError", "XetDownloadError") if hasattr(errors, n)]
    try:  # huggingface_hub 1.x speaks httpx
        import httpx
        kinds.append(httpx.TransportError)
    except ImportError:
        pass
    return tuple(kinds)


def _transient(error: BaseException) -> bool:
    """A broken connection mid-file, or a size mismatch: worth another try, which resumes."""
    from huggingface_hub.errors import LocalEntryNotFoundError, OfflineModeIsEnabled

    if isinstance(error, (LocalEntryNotFoundError, OfflineModeIsEnabled)):
        return False  # huggingface_hub already retried the connection, or the network is switched off
    if isinstance(error, _network_errors()):
        return True
    return isinstance(error, OSError) and "Consistency check failed" in str(error)


def _hub_error(repo_id: str, error: BaseException, *, started: bool) -> BaseException:
    """The error in one sentence for the user; anything unforeseen is returned as it is (a bug)."""
    from huggingface_hub.errors import (DisabledRepoError, EntryNotFoundError, GatedRepoError, HfHubHTTPError,
                                        RepositoryNotFoundError, RevisionNotFoundError)

    if isinstance(error, ShuleError):
        return error
    if isinstance(error, GatedRepoError):  # a kind of RepositoryNotFoundError: first
        return ModelFolderError(user_text(
            "{model} asks you to accept its licence on huggingface.co first: accept it there while signed in, "
            "give Shule your access token (HF_TOKEN), then try again, or choose another base.", model=repo_id))
    if isinstance(error, DisabledRepoError):
        return ModelFolderError(user_text("{model} has been disabled on the Hugging Face hub: choose another "
                                          "base.", model=repo_id))
    if isinstance(error, _network_errors()) or _transient(error):  # LocalEntryNotFoundError is an HTTP error too
        if started:
            return ModelFolderError(user_text(
                "The connection to the Hugging Face hub broke while downloading {model}: try again when you "
                "are online, and the download will continue where it stopped.", model=repo_id))
        return ModelFolderError(user_text(
            "Shule could not reach the Hugging Face hub to download {model}, and it is not on this computer "
            "yet: connect to the internet once, or choose a downloaded model folder.", model=repo_id))
    if isinstance(error, (RepositoryNotFoundError, RevisionNotFoundError)):
        return ModelFolderError(user_text(
            "There is no model called {model} on the Hugging Face hub, and no folder of that name on this "
            "computer: check the spelling (such as FacebookAI/xlm-roberta-base), or sign in with an access "
            "token (HF_TOKEN) if it is private.", model=repo_id))
    if isinstance(error, EntryNotFoundError):
        return ModelFolderError(user_text("{model} changed on the Hugging Face hub while Shule was downloading "
                                          "it: try again.", model=repo_id))
    if isinstance(error, PermissionError):
        return ModelFolderError(user_text("Shule may not write to the Hugging Face cache ({folder}) to download "
                                          "{model}: set HF_HOME to a folder you can write to.",
                                          folder=hub_cache_dir(), model=repo_id))
    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
        return ModelFolderError(user_text("The disk filled up while downloading {model}: free some space, or "
                                          "set HF_HOME to a larger disk, then try again.", model=repo_id))
    status = getattr(getattr(error, "response", None), "status_code", None)
    if isinstance(error, HfHubHTTPError) and status == 401:
        return ModelFolderError(user_text(
            "The Hugging Face hub did not accept the access token on this computer while fetching {model}: "
            "renew it (HF_TOKEN), or choose a downloaded model folder.", model=repo_id))
    if isinstance(error, HfHubHTTPError) and status == 403:
        return ModelFolderError(user_text(
            "The Hugging Face hub refused access to {model}: check that your access token (HF_TOKEN) may read "
            "it, or choose another base.", model=repo_id))
    if isinstance(error, HfHubHTTPError) and status is not None and (status == 429 or status >= 500):
        return ModelFolderError(user_text("The Hugging Face hub could not send {model} just now (HTTP "
                                          "{status}): try again later, or choose a downloaded model folder.",
                                          model=repo_id, status=status))
    return error

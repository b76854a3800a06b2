"""Resumable downloads of big single files (teacher GGUF models) over plain HTTP(S) with httpx.

``download(url, dest)`` writes to ``dest.part`` and keeps ``dest.part.json`` beside it (the url,
the expected sha256 and size, the server's validator), so a download survives a pause, a broken
line or a restart: the next call with the same url continues with ``Range: bytes=N-``. A pause is
``should_cancel()`` returning True: ``Cancelled`` is raised and the part is kept. The file is
hashed while it arrives and checked against the publisher's sha256 (the argument, else the hub's
``X-Linked-Etag``) before it takes its name; a damaged file is removed.

Environment read at call time: HF_ENDPOINT (which host may see the token), HF_TOKEN (sent only to
the hub's own ``/resolve/`` addresses, never to the CDN it redirects to), HF_HUB_OFFLINE (no
download at all), HTTPS_PROXY / HTTP_PROXY / NO_PROXY (httpx's trust_env).

The part and its sidecar (``part_path``, ``sidecar_path``, ``partial``, ``discard_partial``) and
``hash_file`` live in core.download_files; they are imported from here too.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import time
from collections import deque
from pathlib import Path
from typing import TYPE_CHECKING, Iterator, Optional
from urllib.parse import urlsplit

import httpx

from core import __version__
from core.download_files import (_known_size, _read_sidecar, _write_sidecar, discard_partial,
                                 hash_file, part_path, partial, sidecar_path)
from core.errors import DiskFull, ShuleError, is_disk_full
from core.hardware import free_disk, gigabytes
from core.hub import download_status, hub_endpoint, offline_mode
from core.progress import CancelCheck, Progress, check_cancel, report
from core.user_text import user_text

if TYPE_CHECKING:
    from core.catalogue import TeacherEntry

__all__ = ["download", "download_teacher", "discard_partial", "hash_file", "part_path", "partial",
           "sidecar_path"]

CHUNK_BYTES = 1 << 20  # bytes between progress reports and cancel checks
RETRIES = 5  # attempts in a row that bring no new bytes before giving up
RETRY_WAIT_S = 1.0  # the first wait; it doubles after each fruitless attempt, up to MAX_WAIT_S
MAX_WAIT_S = 16.0
DISK_MARGIN_BYTES = 200 * 1000 * 1000  # left free on the disk after the download
MAX_REDIRECTS = 10
TIMEOUT = httpx.Timeout(60.0, connect=20.0)
_SHA256 = re.compile(r"[0-9a-f]{64}")
_CONTENT_RANGE = re.compile(r"bytes\s+(?:(\d+)-(\d+)|\*)/(\d+|\*)")
# A line that broke mid-file: worth another try, which continues from the bytes on disk.
_TRANSIENT = (httpx.ReadTimeout, httpx.ReadError, httpx.RemoteProtocolError, httpx.WriteError,
              httpx.WriteTimeout, httpx.PoolTimeout)


# ---- small helpers ----------------------------------------------------------------------------

def _linked_sha256(headers: httpx.Headers) -> Optional[str]:
    """The hub's LFS sha256 (``X-Linked-Etag``), when it is one."""
    value = headers.get("x-linked-etag", "").strip().removeprefix("W/").strip('"').lower()
    return value if _SHA256.fullmatch(value) else None


def _validator(headers: httpx.Headers) -> Optional[str]:
    """A value for If-Range: a strong ETag, else Last-Modified."""
    etag = headers.get("etag")
    if etag and not etag.startswith("W/"):
        return etag
    return headers.get("last-modified")


def _content_range(headers: httpx.Headers) -> tuple[Optional[int], Optional[int]]:
    """(first byte, total) from Content-Range, each None when absent."""
    match = _CONTENT_RANGE.fullmatch(headers.get("content-range", "").strip())
    if match is None:
        return None, None
    first = int(match[1]) if match[1] is not None else None
    return first, int(match[3]) if match[3] != "*" else None


def _int_header(headers: httpx.Headers, name: str) -> Optional[int]:
    try:
        return _known_size(int(headers.get(name, "")))
    except ValueError:
        return None


def _is_hub_file(url: str) -> bool:
    """Whether ``url`` is one of the hub's own file addresses (the only place the token goes)."""
    hub, here = urlsplit(hub_endpoint()), urlsplit(url)
    return ((here.scheme, here.hostname, here.port) == (hub.scheme, hub.hostname, hub.port)
            and here.path.startswith(hub.path.rstrip("/") + "/") and "/resolve/" in here.path)


def _repo_page(url: str) -> str:
    """The hub page of the repo a ``/resolve/`` url belongs to, else the hub itself."""
    path = urlsplit(url).path
    if _is_hub_file(url):
        repo = path[len(urlsplit(hub_endpoint()).path.rstrip("/")):].split("/resolve/")[0].strip("/")
        return f"{hub_endpoint()}/{repo}"
    return hub_endpoint()


class _Restart(Exception):
    """The server cannot continue the part: start again from zero on the next attempt."""


class _Busy(Exception):
    """The server answered 429 or 5xx: worth another try later."""

    def __init__(self, status: int):
        super().__init__(status)
        self.status = status


class _Speed:
    """Bytes per second over the last ~10 s."""

    def __init__(self) -> None:
        self.received = 0
        self._samples: deque[tuple[float, int]] = deque([(time.monotonic(), 0)])

    def add(self, n: int) -> None:
        self.received += n
        self._samples.append((time.monotonic(), self.received))
        while len(self._samples) > 2 and self._samples[-1][0] - self._samples[1][0] >= 10:
            self._samples.popleft()

    def now(self) -> Optional[float]:
        (t0, b0), (t1, b1) = self._samples[0], self._samples[-1]
        return (b1 - b0) / (t1 - t0) if t1 - t0 >= 1.0 else None


# ---- the download -----------------------------------------------------------------------------

class _Transfer:
    def __init__(self, url: str, dest: Path, sha256: Optional[str], size: Optional[int],
                 progress: Optional[Progress], should_cancel: Optional[CancelCheck], token: Optional[str]):
        self.url, self.dest, self.name = url, dest, dest.name
        self.part = part_path(dest)
        self.size = _known_size(size)
        self.total = self.size
        self.expected = sha256.strip().lower() if sha256 else None
        self.progress, self.should_cancel = progress, should_cancel
        self.token = token or os.environ.get("HF_TOKEN") or None
        self.host = urlsplit(url).hostname or url
        self.validator: Optional[str] = None
        self.hasher = hashlib.sha256()
        self.done = 0
        self.speed = _Speed()

    def run(self) -> Path:
        self._make_folder()
        self._prepare()
        if self.total is not None:
            self._check_space()
        if self.total is None or self.done < self.total:
            with httpx.Client(timeout=TIMEOUT, follow_redirects=False, trust_env=True,
                              headers={"User-Agent": f"shule/{__version__}",
                                       "Accept-Encoding": "identity"}) as client:
                self._fetch(client)
        return self._finish()

    # ---- before the first byte --------------------------------------------------------------
    def _make_folder(self) -> None:
        try:
            self.dest.parent.mkdir(parents=True, exist_ok=True)
        except PermissionError:
            raise ShuleError(user_text("Shule may not write to {folder}: set SHULE_MODELS_DIR to a folder "
                                       "you can write to, then try again.", folder=self.dest.parent)) from None

    def _prepare(self) -> None:
        """Continue the part on disk when it is a download of the same file; else start afresh."""
        info = _read_sidecar(self.dest)
        same = (info is not None and self.part.is_file() and info["url"] == self.url
                and (self.expected is None or info.get("sha256") in (None, self.expected))
                and (self.size is None or _known_size(info.get("size")) in (None, self.size)))
        if not same:
            discard_partial(self.dest)
            return
        assert info is not None
        self.validator = info.get("etag") if isinstance(info.get("etag"), str) else None
        self.expected = self.expected or (info.get("sha256") if isinstance(info.get("sha256"), str) else None)
        self.total = self.size or _known_size(info.get("size"))
        self._rehash()
        if self.total is not None and self.done > self.total:
            discard_partial(self.dest)
            self.done, self.hasher = 0, hashlib.sha256()

    def _rehash(self) -> None:
        """Hash the part already on disk, so that hashing continues with the new bytes."""
        if not self.part.is_file():
            self.done, self.hasher = 0, hashlib.sha256()
            return
        fill = self.part.stat().st_size / self.total if self.total else 0.0
        self.hasher = hash_file(self.part, lambda f, s: report(self.progress, f * fill, s), self.should_cancel,
                                user_text("Checking the part downloaded before"))
        self.done = self.part.stat().st_size

    def _check_space(self) -> None:
        """DiskFull when the rest of the file and a margin do not fit on the disk."""
        assert self.total is not None
        remaining = max(self.total - self.done, 0)
        free, where = free_disk(self.dest.parent)
        if free >= remaining + DISK_MARGIN_BYTES:
            return
        short = remaining + DISK_MARGIN_BYTES - free
        raise DiskFull(user_text(
            "Downloading {file} needs {short} more free space on {where}; it has {free} free and the rest "
            "of the file takes {remaining}: free some space, or set SHULE_MODELS_DIR to a folder on a bigger "
            "disk, then try again.", file=self.name, short=gigabytes(short), where=where,
            free=gigabytes(free), remaining=gigabytes(remaining)))

    # ---- the requests -----------------------------------------------------------------------
    def _fetch(self, client: httpx.Client) -> None:
        """Attempts until the whole file is on disk, retrying broken lines from the bytes on disk."""
        fruitless = 0
        while True:
            check_cancel(self.should_cancel)
            self._sync_part()
            before = self.speed.received
            problem: Optional[BaseException] = None
            try:
                if self._attempt(client):
                    return
            except httpx.ProxyError as error:
                raise self._proxy_error() from error
            except (httpx.ConnectError, httpx.ConnectTimeout) as error:
                if self.speed.received == 0:
                    raise self._unreachable() from error
                problem = error
            except (_TRANSIENT + (_Busy, _Restart)) as error:
                problem = error
            except httpx.TransportError as error:  # a bad address, an unsupported scheme…
                raise self._unreachable() from error
            fruitless = 0 if self.speed.received > before else fruitless + 1
            if fruitless >= RETRIES:
                raise self._gave_up(problem) from problem
            self._wait(min(RETRY_WAIT_S * 2 ** max(fruitless - 1, 0), MAX_WAIT_S))

    def _sync_part(self) -> None:
        """Make the part's length agree with the bytes hashed (a failed write may leave a tail)."""
        size = self.part.stat().st_size if self.part.is_file() else 0
        if size > self.done:
            with self.part.open("r+b") as f:
                f.truncate(self.done)
        elif size < self.done:
            self._rehash()

    def _attempt(self, client: httpx.Client) -> bool:
        """One request; True when the whole file is on disk afterwards."""
        with self._open(client) as (response, linked):
            if self._accept(response, linked):
                return True
            self._receive(response)
        return self.total is None or self.done >= self.total

    @contextlib.contextmanager
    def _open(self, client: httpx.Client) -> Iterator[tuple[httpx.Response, httpx.Headers]]:
        """The final answer (streaming) after following redirects, and the redirects' headers
        merged; the token goes only to the hub's own file addresses."""
        url, linked = self.url, httpx.Headers()
        for _ in range(MAX_REDIRECTS + 1):
            response = client.send(client.build_request("GET", url, headers=self._headers(url)), stream=True)
            if not (response.is_redirect and "location" in response.headers):
                break
            linked.update({k: v for k, v in response.headers.items() if k.lower().startswith("x-linked-")})
            url = str(response.url.join(response.headers["location"]))
            response.close()
        else:
            raise ShuleError(user_text("{host} sent Shule round in circles when asked for {file}: try again "
                                       "later.", host=self.host, file=self.name))
        try:
            yield response, linked
        finally:
            response.close()

    def _headers(self, url: str) -> dict[str, str]:
        headers = {}
        if self.done > 0:
            headers["Range"] = f"bytes={self.done}-"
            if self.validator:
                headers["If-Range"] = self.validator
        if self.token and _is_hub_file(url):
            headers["Authorization"] = f"Bearer {self.token}"
        return headers

    def _accept(self, response: httpx.Response, linked: httpx.Headers) -> bool:
        """Check the answer before its body is read: True when the file is already whole."""
        status = response.status_code
        if status in (401, 403):
            raise self._gated_error()
        if status == 404 or status == 410:
            raise ShuleError(user_text("{host} has no file {file} at the address Shule knows (HTTP {status}): "
                                       "the list of models may be out of date; update Shule, or choose another "
                                       "model.", host=self.host, file=self.name, status=status))
        if status == 416 and self.done > 0:
            return self._range_not_satisfiable(response)
        if status == 429 or status >= 500:
            raise _Busy(status)
        if status not in (200, 206):
            raise ShuleError(user_text("{host} answered HTTP {status} when asked for {file}: try again later.",
                                       host=self.host, status=status, file=self.name))
        first, range_total = _content_range(response.headers)
        if status == 206 and first != self.done:
            self._restart()
            raise _Restart()
        if status == 200 and self.done > 0:  # the server ignored the Range: start over
            self._restart()
        server_total = (range_total if status == 206 else None) or _int_header(linked, "x-linked-size") or (
            _int_header(response.headers, "content-length") if status == 200 else None)
        self._learn(response, linked, server_total)
        return False

    def _range_not_satisfiable(self, response: httpx.Response) -> bool:
        _, total = _content_range(response.headers)
        if total is not None and total == self.done and self.size in (None, total):
            self.total = total
            return True
        self._restart()
        raise _Restart()

    def _learn(self, response: httpx.Response, linked: httpx.Headers, server_total: Optional[int]) -> None:
        """Take the size, hash and validator the answer gives; save them; check the disk."""
        if self.size is not None and server_total is not None and server_total != self.size:
            discard_partial(self.dest)
            raise ShuleError(user_text("{host} offers {file} with a different size from the publisher's "
                                       "({offered:,} bytes, not {size:,}): the list of models may be out of "
                                       "date; update Shule, or choose another model.", host=self.host,
                                       file=self.name, offered=server_total, size=self.size))
        self.total = self.size or server_total
        self.expected = self.expected or _linked_sha256(linked) or _linked_sha256(response.headers)
        self.validator = _validator(response.headers)
        try:
            _write_sidecar(self.dest, {"url": self.url, "sha256": self.expected, "size": self.total,
                                       "etag": self.validator})
        except OSError as error:
            raise self._disk_error(error) from error
        if self.total is not None:
            self._check_space()

    def _restart(self) -> None:
        self.part.unlink(missing_ok=True)
        self.done, self.hasher = 0, hashlib.sha256()

    def _receive(self, response: httpx.Response) -> None:
        """Append the body to the part, hashing it and reporting progress; Cancelled between chunks."""
        try:
            with self.part.open("ab") as f:
                for chunk in response.iter_bytes(CHUNK_BYTES):
                    if self.total is not None and self.done + len(chunk) > self.total:
                        raise self._damaged(user_text("it is longer than the publisher's {size:,} bytes",
                                                      size=self.total))
                    f.write(chunk)
                    self.hasher.update(chunk)
                    self.done += len(chunk)
                    self.speed.add(len(chunk))
                    self._report()
                    check_cancel(self.should_cancel)
        except OSError as error:
            raise self._disk_error(error) from error

    def _report(self) -> None:
        if self.total:
            report(self.progress, self.done / self.total, download_status(self.done, self.total, self.speed.now()))
        else:
            report(self.progress, 0.0, user_text("{size:,.0f} MB", size=self.done / 1e6))

    def _wait(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            check_cancel(self.should_cancel)
            time.sleep(min(0.1, max(end - time.monotonic(), 0)))

    # ---- the end ----------------------------------------------------------------------------
    def _finish(self) -> Path:
        """Check size and hash, then give the file its name."""
        if self.total is not None and self.done != self.total:
            raise self._damaged(user_text("it has {done:,} bytes, not the publisher's {size:,}",
                                          done=self.done, size=self.total))
        if self.expected and self.hasher.hexdigest() != self.expected:
            raise self._damaged(user_text("its checksum does not match the publisher's"))
        try:
            with self.part.open("rb+") as f:
                os.fsync(f.fileno())
            os.replace(self.part, self.dest)
        except OSError as error:
            raise self._disk_error(error) from error
        sidecar_path(self.dest).unlink(missing_ok=True)
        total = self.total or self.done
        report(self.progress, 1.0, download_status(total, total))
        return self.dest

    # ---- errors in words ----------------------------------------------------------------------
    def _damaged(self, why: str) -> ShuleError:
        discard_partial(self.dest)
        return ShuleError(user_text("The downloaded file {file} is damaged ({why}): it was removed; download "
                                    "it again.", file=self.name, why=why))

    def _disk_error(self, error: OSError) -> BaseException:
        if is_disk_full(error):
            return DiskFull(user_text("The disk filled up while downloading {file} to {folder}: the part "
                                      "downloaded so far is kept; free some space, then download it again to "
                                      "continue.", file=self.name, folder=self.dest.parent))
        if isinstance(error, PermissionError):
            return ShuleError(user_text("Shule may not write to {folder}: set SHULE_MODELS_DIR to a folder "
                                        "you can write to, then try again.", folder=self.dest.parent))
        return error

    def _unreachable(self) -> ShuleError:
        return ShuleError(user_text("Shule could not reach {host}: check the internet connection; behind a "
                                    "proxy, set HTTPS_PROXY.", host=self.host))

    def _proxy_error(self) -> ShuleError:
        return ShuleError(user_text("The proxy server (HTTPS_PROXY or HTTP_PROXY) did not pass on the "
                                    "download of {file} from {host}: check the proxy setting, or ask whoever "
                                    "runs the network.", file=self.name, host=self.host))

    def _gated_error(self) -> ShuleError:
        page = _repo_page(self.url)
        if self.token:
            return ShuleError(user_text("{file} needs you to accept its licence on huggingface.co and a "
                                        "token (HF_TOKEN) that may read it, and the token given was refused: "
                                        "accept the licence on {page} while signed in, check the token, then "
                                        "try again.", file=self.name, page=page))
        return ShuleError(user_text("{file} needs you to accept its licence on huggingface.co and a token "
                                    "(HF_TOKEN): accept the licence on {page} while signed in, create a read "
                                    "token in your Hugging Face settings, set HF_TOKEN to it, then try again.",
                                    file=self.name, page=page))

    def _gave_up(self, problem: Optional[BaseException]) -> ShuleError:
        if isinstance(problem, _Busy):
            return ShuleError(user_text("{host} could not send {file} just now (HTTP {status}): try again "
                                        "later; the download will continue where it stopped.",
                                        host=self.host, file=self.name, status=problem.status))
        return ShuleError(user_text("The connection to {host} kept breaking while downloading {file}: check "
                                    "the internet connection, then download it again; it will continue where "
                                    "it stopped.", host=self.host, file=self.name))


# ---- public API -------------------------------------------------------------------------------

def _already_there(dest: Path, sha256: Optional[str], progress: Optional[Progress],
                   should_cancel: Optional[CancelCheck]) -> bool:
    """Whether ``dest`` is complete already (checked against ``sha256`` when given)."""
    if not dest.is_file():
        return False
    if sha256:
        digest = hash_file(dest, progress, should_cancel,
                           user_text("Checking {file}, downloaded before", file=dest.name))
        if digest.hexdigest() != sha256.strip().lower():
            return False
    size = dest.stat().st_size
    report(progress, 1.0, download_status(size, size))
    return True


def download(url: str, dest: Path, *, sha256: Optional[str] = None, size: Optional[int] = None,
             progress: Optional[Progress] = None, should_cancel: Optional[CancelCheck] = None,
             token: Optional[str] = None) -> Path:
    """Download ``url`` to ``dest`` and return ``dest``, continuing an unfinished download of the
    same url. Checked against ``sha256`` (else the hub's X-Linked-Etag) and ``size`` when known.
    An existing ``dest`` is returned without the network (when it matches ``sha256``, if given).
    Raises Cancelled (the part is kept, to continue later), DiskFull, or ShuleError in words."""
    dest = Path(dest)
    if _already_there(dest, sha256, progress, should_cancel):
        return dest
    if offline_mode():
        name = "HF_HUB_OFFLINE" if os.environ.get("HF_HUB_OFFLINE") else "TRANSFORMERS_OFFLINE"
        raise ShuleError(user_text("Downloads are switched off ({name} is set): unset {name} to download "
                                   "{file}, or choose a model file already on this computer.",
                                   name=name, file=dest.name))
    return _Transfer(url, dest, sha256, size, progress, should_cancel, token).run()


def download_teacher(entry: "TeacherEntry", progress: Optional[Progress] = None,
                     should_cancel: Optional[CancelCheck] = None) -> Path:
    """Download a catalogue teacher into ``models_dir()`` (created if needed) and return its path."""
    from core.catalogue import download_url, local_path
    from core.paths import models_dir

    try:
        models_dir().mkdir(parents=True, exist_ok=True)
    except PermissionError:
        raise ShuleError(user_text("Shule may not write to {folder}: set SHULE_MODELS_DIR to a folder you "
                                   "can write to, then try again.", folder=models_dir())) from None
    return download(download_url(entry), local_path(entry), sha256=entry.sha256, size=entry.size_bytes,
                    progress=progress, should_cancel=should_cancel)

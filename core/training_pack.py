"""The training pack: torch and transformers, for fine-tuning a pretrained student, installed by
Shule beside itself when the app was frozen without them (packaging/README.md says why).

A development install (``make setup``) has them in its venv: ``ready()`` is True at once and
nothing here is used. In the frozen app the pack is a folder of installed wheels,
``data_dir()/packs/training-py3XX``, made by the pip that the app carries (``shule --shule-pip``)
from PyPI and PyTorch's index, or, with no network, from a folder of wheels (the offline
bundle's ``wheels/``). It is written to a temporary folder and renamed into place when pip has
finished, so a stopped install leaves nothing half-made. ``activate()`` appends the folder to
``sys.path``: after the app's own modules, so numpy, onnx and tokenizers stay the ones it was
built and tested with, and only what it lacks (torch, transformers, optimum…) comes from the pack.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import deque
from pathlib import Path
from typing import Optional

from core.errors import Cancelled, DiskFull, ShuleError
from core.hardware import free_disk, gigabytes
from core.paths import data_dir
from core.progress import CancelCheck, Progress, report
from core.user_text import user_text

TORCH_VERSION = "2.13.0"
#: What fine-tuning and exporting a pretrained student import, pinned like pyproject.toml.
REQUIREMENTS = (f"torch=={TORCH_VERSION}", "transformers>=4.36,<4.58", "tokenizers>=0.19,<=0.23.0",
                "safetensors>=0.4", "optimum-onnx==0.1.0", "accelerate>=1.0")
#: Where pip finds torch: PyTorch's CPU index keeps the CPU pack small (PyPI's Linux torch carries
#: CUDA); PyPI's own torch for the CUDA pack on Linux, PyTorch's CUDA index on Windows (PyPI's
#: Windows torch is CPU only). Check the CUDA index's name against pytorch.org at each release.
INDEXES = {
    "cpu": ["--extra-index-url", "https://download.pytorch.org/whl/cpu"],
    "cuda": ["--extra-index-url", "https://download.pytorch.org/whl/cu128"] if os.name == "nt" else [],
}
#: Disk the install needs at most (download cache and unpacked files), in bytes.
NEEDS_BYTES = {"cpu": 3 << 30, "cuda": 12 << 30}
MARKER = ".shule-pack.json"
#: The first argument that makes the frozen executable run its bundled pip (app.launch).
PIP_FLAG = "--shule-pip"


def pack_dir() -> Path:
    return data_dir() / "packs" / f"training-py{sys.version_info.major}{sys.version_info.minor}"


def installed() -> Optional[dict]:
    """The installed pack's record (variant, torch version, when), or None."""
    try:
        return json.loads((pack_dir() / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def activate() -> bool:
    """Put an installed pack on ``sys.path`` (after everything else); True when one is there."""
    if installed() is None:
        return False
    folder = str(pack_dir())
    if folder not in sys.path:
        sys.path.append(folder)
        importlib.invalidate_caches()
    return True


def ready() -> bool:
    """Whether torch and transformers can be imported here (from the venv, or the pack)."""
    activate()
    return all(importlib.util.find_spec(name) is not None for name in ("torch", "transformers"))


def not_ready_message() -> str:
    return user_text("Fine-tuning a pretrained student needs Shule's training pack (PyTorch and "
                     "transformers, about 1 GB; 4 GB with NVIDIA GPU support), which is not installed: "
                     "install it from the Train page, or with `shule training-pack install`. The quick "
                     "student needs no pack.")


def default_variant() -> str:
    """"cuda" where an NVIDIA GPU answers nvidia-smi, else "cpu"."""
    from core.hardware import nvidia_gpus

    return "cuda" if nvidia_gpus() else "cpu"


def pip_command() -> list[str]:
    """pip, run by this Python: the frozen app's own (PIP_FLAG) or the venv's."""
    if getattr(sys, "frozen", False):
        from core.jobs import worker_command

        return [worker_command()[0], PIP_FLAG]
    return [sys.executable, "-m", "pip"]


def install(variant: Optional[str] = None, wheels: Optional[Path] = None,
            progress: Optional[Progress] = None,
            should_cancel: Optional[CancelCheck] = None) -> Path:
    """Install the pack (``variant`` "cpu" or "cuda"; by default what this computer has) from the
    package indexes, or only from the folder ``wheels`` (no network). Replaces an installed pack
    only once the new one is complete. Returns the pack's folder."""
    variant = variant or default_variant()
    if variant not in INDEXES:
        raise ShuleError(user_text("There is no {variant} training pack: choose cpu or cuda.",
                                   variant=repr(variant)))
    target = pack_dir()
    target.parent.mkdir(parents=True, exist_ok=True)
    free, where = free_disk(target.parent)
    if free < NEEDS_BYTES[variant]:
        raise DiskFull(user_text("Installing the training pack needs about {need} of free disk space in "
                                 "{where}; there are {free}. Free some space, then try again.",
                                 need=gigabytes(NEEDS_BYTES[variant]), where=where, free=gigabytes(free)))
    if wheels is not None and not Path(wheels).is_dir():
        raise ShuleError(user_text("There is no folder of wheels at {path}.", path=wheels))
    source = (["--no-index", "--find-links", str(wheels)] if wheels is not None else INDEXES[variant])
    for stale in target.parent.glob(".training-pack-*"):  # left by an install that was killed
        shutil.rmtree(stale, ignore_errors=True)
    tmp = Path(tempfile.mkdtemp(prefix=".training-pack-", dir=target.parent))
    command = [*pip_command(), "install", "--target", str(tmp), "--only-binary", ":all:",
               "--no-warn-script-location", "--disable-pip-version-check", "--progress-bar", "off",
               *source, *REQUIREMENTS]
    try:
        _run_pip(command, progress, should_cancel, offline=wheels is not None)
        (tmp / MARKER).write_text(json.dumps({"variant": variant, "torch": TORCH_VERSION,
                                              "created_at": time.time(),
                                              "from": "wheels" if wheels else "index"}),
                                  encoding="utf-8")
        old = target.with_name(target.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if target.exists():
            os.replace(target, old)
        os.replace(tmp, target)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    report(progress, 1.0, user_text("the training pack is installed"))
    return target


def remove() -> bool:
    """Remove the installed pack; True when there was one."""
    target = pack_dir()
    if not target.exists():
        return False
    shutil.rmtree(target)
    return True


def _run_pip(command: list[str], progress: Optional[Progress],
             should_cancel: Optional[CancelCheck], offline: bool) -> None:
    """Run pip, reporting its latest line; on cancel, stop it and raise Cancelled."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "PIP_NO_INPUT": "1"}
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                             encoding="utf-8", errors="replace", env=env,
                             creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
    tail: deque[str] = deque(maxlen=12)
    lock = threading.Lock()

    def read() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            if line.strip():
                with lock:
                    tail.append(line.strip())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    steps = 0
    try:
        while child.poll() is None:
            if should_cancel is not None and should_cancel():
                child.terminate()
                try:
                    child.wait(10)
                except subprocess.TimeoutExpired:
                    child.kill()
                    child.wait()
                raise Cancelled()
            with lock:
                last = tail[-1][:120] if tail else user_text("starting pip")
            steps += 1
            # pip does not say how far it is: the bar creeps towards the end and the words tell.
            report(progress, min(0.95, 1 - 0.995 ** steps), last)
            time.sleep(0.2)
    finally:
        reader.join(5)
        if child.stdout is not None:
            child.stdout.close()
    if child.returncode != 0:
        with lock:
            said = " ".join(tail)
        raise ShuleError(_pip_failure(said, offline))


def _pip_failure(said: str, offline: bool) -> str:
    lowered = said.lower()
    if "no space left" in lowered:
        return user_text("The disk filled up while installing the training pack: free some space, then "
                         "try again.")
    if offline and ("no matching distribution" in lowered or "could not find a version" in lowered):
        return user_text("The folder of wheels lacks some of what the training pack needs: make the "
                         "offline bundle again with its wheels. pip said: {said}", said=said[-300:])
    if not offline and any(w in lowered for w in ("connection", "resolve", "network", "proxy",
                                                  "timed out", "no matching distribution")):
        return user_text("The training pack could not be downloaded: check the internet connection "
                         "(behind a proxy, set HTTPS_PROXY), or install it from an offline bundle. pip "
                         "said: {said}", said=said[-300:])
    return user_text("Installing the training pack failed. pip said: {said}", said=said[-400:])

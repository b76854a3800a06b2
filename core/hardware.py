"""What this computer offers for training and inference: CPU cores and instruction sets, memory,
NVIDIA GPUs and free disk space (standard library and psutil only; torch is never imported here:
the child-side trainer asks torch about the GPU itself).

``detect(folder)`` gathers it all into a ``Hardware`` value; ``describe(hw)`` says it in short
English lines for the hardware check and ``shule hardware``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from core.user_text import user_text

NVIDIA_SMI_TIMEOUT_S = 5.0


def physical_cores() -> int:
    """Physical cores this process may use: torch gains nothing from hyper-threads."""
    logical = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    cores: set[tuple[str, str]] = set()
    try:
        physical = ""
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                key, _, value = line.partition(":")
                if key.strip() == "physical id":
                    physical = value.strip()
                elif key.strip() == "core id":
                    cores.add((physical, value.strip()))
    except OSError:
        pass
    return max(1, min(logical, len(cores) or logical))


# Instruction sets that decide which onnxruntime kernels run (int8 matmuls use VNNI/AVX-512 where
# present), in the spelling of Linux's /proc/cpuinfo.
CPU_FEATURES = ("sse4_1", "sse4_2", "avx", "avx2", "fma", "f16c", "avx512f", "avx512bw",
                "avx512_vnni", "avx_vnni", "amx_int8", "asimd", "asimddp", "sve")


def cpu_flags() -> list[str]:
    """The CPU_FEATURES this machine has ([] where the system does not say, e.g. on Windows)."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                key, _, value = line.partition(":")
                if key.strip() in ("flags", "Features"):
                    have = set(value.split())
                    return [name for name in CPU_FEATURES if name in have]
    except OSError:
        pass
    return []


# ---- the whole machine ------------------------------------------------------------------------

@dataclass
class Gpu:
    name: str
    vram_bytes: int


@dataclass
class Hardware:
    cores: int
    cpu_flags: list[str]
    ram_bytes: int
    gpus: list[Gpu] = field(default_factory=list)
    free_disk_bytes: int = 0
    disk_path: str = ""


def ram_bytes() -> int:
    """Total physical memory in bytes (0 where it cannot be read)."""
    try:
        import psutil

        return int(psutil.virtual_memory().total)
    except Exception:  # psutil missing or the system refuses: say nothing rather than fail
        return 0


def parse_nvidia_smi(text: str) -> list[Gpu]:
    """GPUs from ``nvidia-smi --query-gpu=name,memory.total --format=csv,noheader,nounits``
    output: one "name, MiB" line each; lines that do not parse are skipped."""
    gpus = []
    for line in text.splitlines():
        name, _, mib = line.rpartition(",")
        try:
            gpus.append(Gpu(name.strip(), int(float(mib.strip())) * 1024 * 1024))
        except ValueError:
            continue
    return [g for g in gpus if g.name]


def nvidia_gpus() -> list[Gpu]:
    """The NVIDIA GPUs nvidia-smi reports; [] when it is absent, fails or hangs."""
    exe = shutil.which("nvidia-smi")
    if exe is None:
        return []
    try:
        done = subprocess.run([exe, "--query-gpu=name,memory.total", "--format=csv,noheader,nounits"],
                              capture_output=True, text=True, timeout=NVIDIA_SMI_TIMEOUT_S, check=False)
    except (OSError, subprocess.SubprocessError):
        return []
    return parse_nvidia_smi(done.stdout) if done.returncode == 0 else []


def existing_parent(path: Path | str) -> Path:
    """``path`` itself or its nearest ancestor that exists (a folder not yet made has the space
    of the disk it will be made on)."""
    candidate = Path(path).expanduser().absolute()
    while not candidate.exists() and candidate.parent != candidate:
        candidate = candidate.parent
    return candidate


def free_disk(path: Path | str) -> tuple[int, str]:
    """(free bytes, the existing folder measured) for the disk that holds or will hold ``path``."""
    where = existing_parent(path)
    try:
        return int(shutil.disk_usage(where).free), str(where)
    except OSError:
        return 0, str(where)


def detect(disk_path: Path | str) -> Hardware:
    """This computer: CPU, memory, NVIDIA GPUs and the free space on the disk of ``disk_path``."""
    free, where = free_disk(disk_path)
    return Hardware(cores=physical_cores(), cpu_flags=cpu_flags(), ram_bytes=ram_bytes(),
                    gpus=nvidia_gpus(), free_disk_bytes=free, disk_path=where)


# ---- in words ---------------------------------------------------------------------------------

GB = 1 << 30  # what the user's system calls a gigabyte of memory (Windows and macOS memory views)


def gigabytes(n_bytes: float) -> str:
    """ "24 GB", "1.5 GB" below 10 GB, "300 MB" below 1 GB (binary units, as memory is counted)."""
    gb = n_bytes / GB
    if gb < 1:
        return user_text("{size:,.0f} MB", size=n_bytes / (1 << 20))
    if gb < 10 and round(gb, 1) != round(gb):
        return user_text("{size:.1f} GB", size=gb)
    return user_text("{size:,.0f} GB", size=gb)


def _cpu_line(hw: Hardware) -> str:
    cores = (user_text("{n} core", n=hw.cores) if hw.cores == 1
             else user_text("{n} cores", n=hw.cores))
    flags = set(hw.cpu_flags)
    if not flags:
        return user_text("CPU: {cores}", cores=cores)
    if "avx512f" in flags:
        if "avx2" in flags:
            return user_text("CPU: {cores}, with AVX2 and AVX-512", cores=cores)
        return user_text("CPU: {cores}, with AVX-512", cores=cores)
    if "avx2" in flags:
        return user_text("CPU: {cores}, with AVX2 (no AVX-512)", cores=cores)
    if "asimd" in flags:
        return user_text("CPU: {cores}, ARM with NEON", cores=cores)
    return user_text("CPU: {cores}, without AVX2 (models run more slowly)", cores=cores)


def _gpu_lines(gpus: list[Gpu]) -> list[str]:
    if not gpus:
        return [user_text("GPU: none found (NVIDIA GPUs are detected with nvidia-smi)")]
    return [user_text("GPU: {name}, {memory}", name=g.name, memory=gigabytes(g.vram_bytes)) for g in gpus]


def describe(hw: Hardware) -> list[str]:
    """Short English lines about ``hw``, e.g. "CPU: 2 cores, with AVX2 (no AVX-512)",
    "Memory: 24 GB", "GPU: NVIDIA H200, 140 GB", "Free disk: 53 GB in /home/x"."""
    memory = (user_text("Memory: {size}", size=gigabytes(hw.ram_bytes)) if hw.ram_bytes
              else user_text("Memory: unknown"))
    return [_cpu_line(hw), memory, *_gpu_lines(hw.gpus),
            user_text("Free disk: {size} in {path}", size=gigabytes(hw.free_disk_bytes), path=hw.disk_path)]


def best_gpu(hw: Hardware) -> Optional[Gpu]:
    """The GPU with the most memory, or None."""
    return max(hw.gpus, key=lambda g: g.vram_bytes, default=None)

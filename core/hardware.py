"""What this computer offers for training and inference: CPU cores and instruction sets (standard
library only; torch is asked about the GPU by the child-side trainer itself)."""

from __future__ import annotations

import os


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

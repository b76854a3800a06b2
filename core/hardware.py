"""What this computer offers for training: CPU cores (standard library only; torch is asked about
the GPU by the child-side trainer itself)."""

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

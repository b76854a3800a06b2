"""How ``shule`` verbs print: JSON on stdout, progress on stderr (only on a terminal), and the
exit statuses they end with."""

from __future__ import annotations

import json
import sys
from typing import Any, Callable, Optional

EXIT_ERROR = 1
EXIT_CANCELLED = 130


def print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=None))


def progress_printer(quiet: bool) -> Optional[Callable[[float, str], None]]:
    """Progress on stderr when it is a terminal; silent in scripts and pipes."""
    if quiet or not sys.stderr.isatty():
        return None

    def show(fraction: float, status: str) -> None:
        sys.stderr.write(f"\r\033[K[{fraction:4.0%}] {status}")
        sys.stderr.flush()
        if fraction >= 1.0:
            sys.stderr.write("\n")

    return show

"""The ``shule`` command: the GUI with no arguments (or ``shule gui [PROJECT]``), else the CLI.

Nothing heavy is imported here: the CLI verbs import what they need, the GUI imports Qt.
"""

from __future__ import annotations

import os
import sys
from typing import Optional, Sequence


def display_problem() -> Optional[str]:
    """One line saying why no window can open, or None when one can."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return ("Shule cannot open its window: this session has no graphical display (DISPLAY and "
            "WAYLAND_DISPLAY are unset). Start it from a desktop session, over `ssh -X`, or on a "
            "virtual screen with `xvfb-run -a make run`; the `shule` command-line verbs work "
            "without a display.")


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] == "gui":
        problem = display_problem()
        if problem:
            print(problem, file=sys.stderr)
            return 2
        from app.main_window import run_gui

        return run_gui(args[1] if len(args) > 1 else None)
    from core.cli import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())

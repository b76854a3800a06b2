"""The ``shule`` command: the GUI with no arguments (or ``shule gui [PROJECT]``), ``shule tour
OUTDIR`` (a screenshot of every page), ``shule self-test --teacher GGUF`` (the whole chain through
the window, offscreen), else the CLI.

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
    from core.jobs import WORKER_FLAG

    if args[:1] == [WORKER_FLAG]:  # the frozen app, started by core.jobs as a job's process
        from core.worker import main as worker_main

        return worker_main()
    from core.training_pack import PIP_FLAG

    if args[:1] == [PIP_FLAG]:  # the frozen app's own pip, installing the training pack
        from pip._internal.cli.main import main as pip_main

        return pip_main(args[1:])
    if args[:1] == ["tour"]:  # a picture of every page: the frozen app's own GUI self-test too
        from app.tour import main as tour_main

        return tour_main(args[1:])
    if args[:1] == ["self-test"]:  # the whole chain through the window, offscreen
        from app.self_test import main as self_test_main

        return self_test_main(args[1:])
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

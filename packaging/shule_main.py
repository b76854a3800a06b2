"""Entry point of the frozen app: the same ``shule`` command as ``app.launch`` (the window, or a
CLI verb), and the job worker when core.jobs starts this executable as a child process."""

import sys

from app.launch import main

if __name__ == "__main__":
    sys.exit(main())

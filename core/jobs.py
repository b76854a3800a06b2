"""Parent side of heavy work: start ``core.worker`` in a child process and follow its events.

The calling process (the GUI, the CLI) never imports torch or transformers; it only reads JSON
lines. Cancel asks the child to stop, then kills it if it does not within ``grace`` seconds.
"""

from __future__ import annotations

import collections
import json
import os
import queue
import subprocess
import sys
import threading
import time
from typing import Any, Callable, Optional

from core import errors
from core.errors import Cancelled, JobFailed
from core.progress import CancelCheck, Progress
from core.user_text import UserText, decode, join_sentences, user_text

EventHandler = Callable[[dict[str, Any]], None]


#: The first argument that makes the frozen executable (packaging/) run core.worker: there,
#: ``sys.executable`` is Shule itself, not a Python that takes ``-m``.
WORKER_FLAG = "--shule-worker"


def worker_command() -> list[str]:
    """The command line of a job's child process."""
    if not getattr(sys, "frozen", False):
        return [sys.executable, "-m", "core.worker"]
    if sys.platform == "win32":  # the console twin: the windowed shule.exe has no stdout
        return [os.path.join(os.path.dirname(sys.executable), "shule-cli.exe"), WORKER_FLAG]
    return [sys.executable, WORKER_FLAG]


def run_in_child(
    kind: str,
    args: dict[str, Any],
    progress: Optional[Progress] = None,
    should_cancel: Optional[CancelCheck] = None,
    on_event: Optional[EventHandler] = None,
    grace: float = 5.0,
) -> Any:
    """Run job ``kind`` in a fresh Python process; return its result or raise its error."""
    env = dict(os.environ)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    env["PYTHONPATH"] = root + os.pathsep + env.get("PYTHONPATH", "")
    env.setdefault("PYTHONUNBUFFERED", "1")
    child = subprocess.Popen(
        worker_command(),
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, encoding="utf-8", env=env,
        creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),  # Windows: no console flashes up
    )
    assert child.stdin and child.stdout and child.stderr
    child.stdin.write(json.dumps({"kind": kind, "args": args}) + "\n")
    child.stdin.flush()

    lines: "queue.Queue[Optional[str]]" = queue.Queue()
    stderr_tail: collections.deque[str] = collections.deque(maxlen=20)

    def read_stdout() -> None:
        for line in child.stdout:  # type: ignore[union-attr]
            lines.put(line)
        lines.put(None)

    def read_stderr() -> None:
        for line in child.stderr:  # type: ignore[union-attr]
            stderr_tail.append(line.rstrip())

    threading.Thread(target=read_stdout, daemon=True).start()
    err_thread = threading.Thread(target=read_stderr, daemon=True)
    err_thread.start()

    cancel_sent = False
    deadline: Optional[float] = None
    outcome: Optional[dict[str, Any]] = None
    try:
        while True:
            if not cancel_sent and should_cancel is not None and should_cancel():
                cancel_sent = True
                _ask_to_cancel(child)
                deadline = time.monotonic() + grace
            if deadline is not None and time.monotonic() > deadline:
                child.kill()
                break
            try:
                line = lines.get(timeout=0.1)
            except queue.Empty:
                continue
            if line is None:
                break
            try:
                event = decode(json.loads(line))  # with the sentences core.worker encoded
            except json.JSONDecodeError:
                continue
            kind_ = event.get("event")
            if kind_ == "progress" and progress is not None:
                progress(float(event.get("fraction", 0.0)), event.get("status") or "")
            if kind_ in ("result", "error", "cancelled"):
                outcome = event
            elif on_event is not None:
                on_event(event)
    finally:
        if child.poll() is None and outcome is None:
            child.kill()
        child.wait()
        err_thread.join(timeout=1)
        for pipe in (child.stdin, child.stdout, child.stderr):
            try:
                pipe.close()
            except OSError:
                pass
    if outcome is None:
        if cancel_sent:
            raise Cancelled()
        tail = " | ".join(l for l in list(stderr_tail)[-3:] if l)
        raise JobFailed(join_sentences(
            _stopped_unexpectedly(kind, child.returncode),
            user_text("Its last words: {tail}", tail=tail) if tail else ""))
    if outcome["event"] == "cancelled":
        raise Cancelled()
    if outcome["event"] == "error":
        cls = getattr(errors, outcome.get("type", ""), None)
        if isinstance(cls, type) and issubclass(cls, errors.ShuleError):
            raise cls(outcome["message"])
        raise JobFailed(_step_failed(kind, str(outcome["message"])))
    return outcome.get("value")


#: Each job's name in the sentences about it (its kind, as before), translatable as a word.
STEP_NAMES = {
    "generate": user_text("generate"),
    "train": user_text("train"),
    "evaluate": user_text("evaluate"),
    "export": user_text("export"),
    "score_teacher": user_text("score_teacher"),
    "learning_curve": user_text("learning_curve"),
    "uncertain": user_text("uncertain"),
}


def step_name(kind: str) -> str:
    """The job's name for a sentence: translatable for the known kinds, the kind itself else."""
    return STEP_NAMES.get(kind, kind)


def _stopped_unexpectedly(kind: str, code: Optional[int]) -> UserText:
    """That the child died without a word."""
    return user_text("The {kind} process stopped unexpectedly (exit code {code}).",
                     kind=step_name(kind), code=code)


def _step_failed(kind: str, message: str) -> UserText:
    """That the child's work failed with ``message`` (not a ShuleError)."""
    return user_text("The {kind} step failed: {message}", kind=step_name(kind), message=message)


def _ask_to_cancel(child: subprocess.Popen) -> None:
    try:
        child.stdin.write("cancel\n")  # type: ignore[union-attr]
        child.stdin.flush()  # type: ignore[union-attr]
    except (BrokenPipeError, OSError):
        pass

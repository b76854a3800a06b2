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
                event = json.loads(line)
            except json.JSONDecodeError:
                continue
            kind_ = event.get("event")
            if kind_ == "progress" and progress is not None:
                progress(float(event.get("fraction", 0.0)), _text(event, "status"))
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
            raise cls(_text(outcome, "message"))
        raise JobFailed(_step_failed(kind, str(outcome["message"])))
    return decode(outcome.get("value"))


def _text(event: dict, key: str) -> str:
    """The event's sentence: the UserText the child sent (translatable), else its plain words."""
    sent = UserText.from_json(event.get(f"{key}_text"))
    return sent if isinstance(sent, UserText) else str(event.get(key, ""))


def _stopped_unexpectedly(kind: str, code: Optional[int]) -> UserText:
    """That the child died without a word: one whole sentence per kind of job (core.worker.JOBS)."""
    sentences = {
        "generate": lambda: user_text(
            "The generate process stopped unexpectedly (exit code {code}).", code=code),
        "train": lambda: user_text(
            "The train process stopped unexpectedly (exit code {code}).", code=code),
        "evaluate": lambda: user_text(
            "The evaluate process stopped unexpectedly (exit code {code}).", code=code),
        "export": lambda: user_text(
            "The export process stopped unexpectedly (exit code {code}).", code=code),
        "score_teacher": lambda: user_text(
            "The score_teacher process stopped unexpectedly (exit code {code}).", code=code),
        "learning_curve": lambda: user_text(
            "The learning_curve process stopped unexpectedly (exit code {code}).", code=code),
        "uncertain": lambda: user_text(
            "The uncertain process stopped unexpectedly (exit code {code}).", code=code),
    }
    if kind in sentences:
        return sentences[kind]()
    return user_text("The {kind} process stopped unexpectedly (exit code {code}).", kind=kind, code=code)


def _step_failed(kind: str, message: str) -> UserText:
    """That the child's work failed with ``message`` (not a ShuleError): a sentence per kind."""
    sentences = {
        "generate": lambda: user_text("The generate step failed: {message}", message=message),
        "train": lambda: user_text("The train step failed: {message}", message=message),
        "evaluate": lambda: user_text("The evaluate step failed: {message}", message=message),
        "export": lambda: user_text("The export step failed: {message}", message=message),
        "score_teacher": lambda: user_text("The score_teacher step failed: {message}",
                                           message=message),
        "learning_curve": lambda: user_text("The learning_curve step failed: {message}",
                                            message=message),
        "uncertain": lambda: user_text("The uncertain step failed: {message}", message=message),
    }
    if kind in sentences:
        return sentences[kind]()
    return user_text("The {kind} step failed: {message}", kind=kind, message=message)


def _ask_to_cancel(child: subprocess.Popen) -> None:
    try:
        child.stdin.write("cancel\n")  # type: ignore[union-attr]
        child.stdin.flush()  # type: ignore[union-attr]
    except (BrokenPipeError, OSError):
        pass

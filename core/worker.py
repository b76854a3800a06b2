"""Child-process side of heavy work (training, evaluation, export, in-process generation).

Run as ``python -m core.worker``. The first stdin line is the job: {"kind": ..., "args": {...}}.
Any later stdin line, or stdin closing (the parent died), asks the job to cancel. Events go to
stdout as JSON lines; everything else that libraries print is sent to stderr, so it cannot corrupt
the event stream.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
import threading
import traceback
from typing import Any, Callable

from core.errors import Cancelled, ShuleError, disk_full_error, message_of
from core.jobs import step_name
from core.user_text import UserText, encode, user_text

# kind -> "module:function"; each function takes (args, progress, should_cancel, emit).
JOBS: dict[str, str] = {
    "generate": "core.generation:generate_job",
    "train": "core.train_job:train_job",
    "evaluate": "core.evaluate_job:evaluate_job",
    "export": "core.export_job:export_job",
    "score_teacher": "core.teacher_scoring:score_teacher_job",
    "learning_curve": "core.learning_curve_job:learning_curve_job",
    "uncertain": "core.uncertain_job:uncertain_job",
}


def _event_writer() -> Callable[[dict[str, Any]], None]:
    # Keep the real stdout for events; point fd 1 at stderr for everything else.
    events = os.fdopen(os.dup(1), "w", encoding="utf-8", buffering=1)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    lock = threading.Lock()

    def emit(event: dict[str, Any]) -> None:
        with lock:
            # encode: a sentence from core keeps its template for the parent (core.jobs decodes)
            events.write(json.dumps(encode(event), ensure_ascii=False) + "\n")
            events.flush()

    return emit


#: Test hook, never set in normal use: no file this process writes may grow past this many bytes
#: (RLIMIT_FSIZE; POSIX only), so a test can fill "the disk" in the child alone. Writes past it
#: fail with EFBIG instead of the default SIGXFSZ killing the process.
TEST_MAX_FILE_BYTES = "SHULE_TEST_MAX_FILE_BYTES"


def _apply_test_limits() -> None:
    limit = os.environ.get(TEST_MAX_FILE_BYTES)
    if not limit:
        return
    import resource
    import signal

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE,
                       (int(limit), resource.getrlimit(resource.RLIMIT_FSIZE)[1]))


def _disk_full_message(kind: str) -> UserText:
    """That the disk filled up during job ``kind``."""
    return user_text("The disk is full, so the {kind} step stopped. Free some space, then try again.",
                     kind=step_name(kind))


def main() -> int:
    _apply_test_limits()
    from core.training_pack import activate

    activate()  # the frozen app's torch and transformers, where the training pack is installed
    emit = _event_writer()
    job = json.loads(sys.stdin.readline())
    emit({"event": "started", "pid": os.getpid(), "kind": job["kind"]})
    cancelled = threading.Event()

    def watch_stdin() -> None:
        sys.stdin.readline()  # any line, or EOF when the parent goes away
        cancelled.set()

    threading.Thread(target=watch_stdin, daemon=True).start()

    def progress(fraction: float, status: str = "", **extra: Any) -> None:
        emit({"event": "progress", "fraction": fraction, "status": status, **extra})

    try:
        module_name, func_name = JOBS[job["kind"]].split(":")
        func = getattr(importlib.import_module(module_name), func_name)
        result = func(job.get("args", {}), progress, cancelled.is_set, emit)
        emit({"event": "result", "value": result})
        return 0
    except Cancelled:
        emit({"event": "cancelled"})
        return 0
    except ShuleError as e:
        emit({"event": "error", "type": type(e).__name__, "message": message_of(e)})
        return 1
    except BaseException as e:  # noqa: BLE001 - report anything to the parent, in words
        traceback.print_exc()
        full = disk_full_error(e, _disk_full_message(job["kind"]))
        if full is not None:
            emit({"event": "error", "type": type(full).__name__, "message": message_of(full)})
            return 1
        emit({"event": "error", "type": "crash", "message": f"{type(e).__name__}: {e}"})
        return 1


if __name__ == "__main__":
    sys.exit(main())

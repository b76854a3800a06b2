"""``shule self-test --teacher GGUF [--keep FOLDER]``: the whole chain through the window.

Drives the main window offscreen the way a person does from the keyboard and mouse: a Swahili
project made on the Language & task page, the GGUF chosen on the Teacher page (used in place),
samples generated, each accepted with the A key on the Review page, the quick student trained,
exported to ONNX int8, and a sentence typed into Try it. The frozen app runs it in CI (tests/
test_package.py), so the package is checked through its own window, not only its command line;
a user can run it too, with any GGUF, to check an installation.

Prints one line per step; exit status 0 when every step did what it should, 1 at the first that
did not, with what the page showed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable, Optional, Sequence

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt starts: no display needed

TASK_TIMEOUT_S = 600
LABELS = [("yes", "Texts that agree"), ("no", "Texts that disagree")]
TRY_TEXT = "habari za michezo leo"


class StepFailed(Exception):
    """A step did not do what it should; the message says what the page showed instead."""


def _wait_for(runner, start: Callable[[], None], step: str) -> object:
    """Start a page's task with ``start`` and run the event loop until its runner ends."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    outcome: dict[str, object] = {}
    runner.finished.connect(lambda result: (outcome.setdefault("result", result), loop.quit()))
    runner.failed.connect(lambda error: (outcome.setdefault("error", error), loop.quit()))
    runner.cancelled.connect(lambda: (outcome.setdefault("error", "cancelled"), loop.quit()))
    QTimer.singleShot(TASK_TIMEOUT_S * 1000, loop.quit)
    start()
    if not outcome:
        loop.exec()
    if "error" in outcome:
        raise StepFailed(f"{step} failed: {outcome['error']}")
    if "result" not in outcome:
        raise StepFailed(f"{step} did not end within {TASK_TIMEOUT_S} s")
    return outcome["result"]


def _wait_until(condition: Callable[[], bool], what: str, timeout_s: float = 10) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise StepFailed(what)
        QApplication.processEvents()
        time.sleep(0.01)


def _check(ok: bool, what: str) -> None:
    if not ok:
        raise StepFailed(what)


def run_self_test(teacher: Path, folder: Path, say: Callable[[str], None] = print) -> None:
    """Every step through the window; raises StepFailed at the first that goes wrong."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from app import dialogs
    from app.main_window import (EXPORT, GENERATE, REVIEW, TEACHER, TRAIN, TRY, MainWindow,
                                 make_application)
    from core.training import QUICK

    app = make_application()
    window = MainWindow()
    window.resize(1100, 720)
    window.show()
    target = folder / "self-test"
    # The one native dialog on the way: where to save the new project.
    ask_path, dialogs.ask_new_project_path = (dialogs.ask_new_project_path,
                                              lambda parent, start="": target)
    started = time.monotonic()

    def done(step: str) -> None:
        nonlocal started
        say(f"ok   {' '.join(step.split())} ({time.monotonic() - started:.1f} s)")
        started = time.monotonic()

    try:
        page = window.language_page
        page.language_edit.clear()
        QTest.keyClicks(page.language_edit, "Swahili")
        while page.labels_table.rowCount() < len(LABELS):
            page.add_label_row()
        for row, (name, description) in enumerate(LABELS):
            page.labels_table.item(row, 0).setText(name)
            page.labels_table.item(row, 1).setText(description)
        QTest.mouseClick(page.create_button, Qt.LeftButton)
        _check(window.project is not None and window.current_step() == TEACHER,
               "the project was not created")
        done("Language & task: a Swahili project with two labels")

        teacher_page = window.pages[TEACHER]
        teacher_page.path_edit.setText(str(teacher))
        QTest.mouseClick(teacher_page.save_button, Qt.LeftButton)
        _check(not teacher_page.error.isVisible(), f"the teacher was refused: "
               f"{teacher_page.error.text()}")
        _wait_until(lambda: window.sidebar.is_open(GENERATE), "Generate did not open")
        done(f"Teacher: {teacher.name}, used in place")

        window.sidebar.buttons[GENERATE].click()
        generate = window.pages[GENERATE]
        generate.per_label.setValue(3)
        _wait_for(generate.runner, lambda: QTest.mouseClick(generate.generate_button,
                                                            Qt.LeftButton), "Generating")
        n_samples = len(window.project.sample_ids())
        _check(n_samples > 0, f"no samples were added: {generate.summary.text()}")
        _check(generate.samples_list.count() == n_samples, "the page does not list every sample")
        _wait_until(lambda: window.sidebar.is_open(REVIEW), "Review did not open")
        done(f"Generate: {generate.summary.text()}")

        window.sidebar.buttons[REVIEW].click()
        review = window.pages[REVIEW]
        for _ in range(n_samples):
            QTest.keyClick(review.table, Qt.Key_A)
        accepted = sum(c["accepted"] for c in window.project.counts().values())
        _check(accepted == n_samples, f"{accepted} of {n_samples} samples accepted with the A key")
        labels_seen = [label for label, c in window.project.counts().items() if c["accepted"]]
        done(f"Review: {accepted} samples accepted from the keyboard")
        if len(labels_seen) < 2:
            raise StepFailed("the teacher wrote samples for only one label, so no student can be "
                             "trained; try a larger teacher")

        _wait_until(lambda: window.sidebar.is_open(TRAIN), "Train did not open")
        window.sidebar.buttons[TRAIN].click()
        train = window.pages[TRAIN]
        _check(train.chooser.spec() == QUICK, f"the default student is {train.chooser.spec()}")
        _wait_for(train.runner, lambda: QTest.mouseClick(train.train_button, Qt.LeftButton),
                  "Training")
        _check(train.models_table.rowCount() == 1, "the trained model is not listed")
        done(f"Train: the quick student, {train.result.text()}")

        _wait_until(lambda: window.sidebar.is_open(EXPORT), "Export did not open")
        window.sidebar.buttons[EXPORT].click()
        export = window.pages[EXPORT]
        bundle = folder / "bundle"
        export.out_field.setText(str(bundle))
        _check(export.int8.isChecked(), "int8 is not the default")
        _wait_for(export.runner, lambda: QTest.mouseClick(export.export_button, Qt.LeftButton),
                  "Exporting")
        _check(any(bundle.glob("*.onnx")), f"no ONNX model in {bundle}: {export.summary.text()}")
        done(f"Export: {export.summary.text()}")

        QTest.mouseClick(export.try_button, Qt.LeftButton)
        _check(window.current_step() == TRY, "Try it did not open")
        try_box = window.pages[TRY].try_box
        QTest.keyClicks(try_box.input, TRY_TEXT)
        names = {name for name, _ in LABELS}
        _wait_until(lambda: try_box.prediction.text() in names,
                    f"no prediction for {TRY_TEXT!r}: {try_box.prediction.text()!r}")
        done(f"Try it: {TRY_TEXT!r} → {try_box.prediction.text()}")
    finally:
        dialogs.ask_new_project_path = ask_path
        window.close()
        app.processEvents()


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(
        prog="shule self-test",
        description="Check this installation: make a project, generate, review, train, export "
                    "and try a prediction through Shule's window, offscreen.")
    parser.add_argument("--teacher", required=True, type=Path, help="a GGUF model file on disk")
    parser.add_argument("--keep", type=Path, help="keep the project and the bundle in this "
                        "folder (by default they go in a temporary folder, removed after)")
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    os.environ["SHULE_NO_FIRST_RUN"] = "1"
    if not args.teacher.is_file():
        print(f"There is no model file at {args.teacher}.", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="shule-self-test-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        try:
            run_self_test(args.teacher.resolve(), folder.resolve())
        except StepFailed as failure:
            print(f"FAIL {failure}", file=sys.stderr)
            return 1
    print("Shule works: every step through the window did what it should.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The teacher as a classifier: it labels the user's gold texts, and the score is stored.

The papers behind Shule (DESIGN.md § 1) claim small students trained on a teacher's synthetic data
beat that teacher used directly as a classifier. Scoring the teacher on the same gold set as the
students lets the user check the claim on their own language (``core.scoreboard``).

The teacher is asked exactly as annotation asks it (``core.annotation.ask_label``: template
"annotate", reply constrained to the label set, temperature 0). A reply that is cut off, unreadable
or names no label counts as a wrong answer, never as a skipped text.
"""

from __future__ import annotations

import os
import time
from typing import Any, Callable, Optional, Sequence

from core.annotation import TEMPLATE, ask_label
from core.errors import NotReady, TeacherError
from core.gold import gold_hash
from core.metrics import classification_report
from core.progress import CancelCheck, Progress, check_cancel, report
from core.project import Evaluation, Project, Sample
from core.prompts import load_template
from core.strategies import prompt_context
from core.teachers.base import Teacher
from core.user_text import user_text

#: Column of the confusion matrix for texts the teacher gave no usable label.
NO_ANSWER = "(no answer)"
NO_GOLD = user_text("There are no gold samples to score the teacher on: add a few gold samples first.")
NO_TEACHER = user_text("This project has no teacher yet: choose one in Teacher settings first.")


def teacher_predictions(project: Project, teacher: Teacher, samples: Sequence[Sample], seed: int = 0,
                        progress: Optional[Progress] = None,
                        should_cancel: Optional[CancelCheck] = None) -> list[str]:
    """The teacher's label for each sample's text, in order; "" where it gave no usable answer."""
    names = project.label_names
    template = load_template(TEMPLATE)
    context = prompt_context(project)
    out: list[str] = []
    for done, sample in enumerate(samples):
        check_cancel(should_cancel)
        # Seeded per sample, so one text's answer does not depend on which others are scored.
        label, _ = ask_label(teacher, template, context, sample.text, names, seed + sample.id)
        out.append(label or "")
        report(progress, (done + 1) / len(samples),
               user_text("{done} of {total} gold texts", done=done + 1, total=len(samples)))
    return out


def teacher_report(names: Sequence[str], true: Sequence[str], pred: Sequence[str]) -> dict[str, Any]:
    """classification_report where "" (no answer) is wrong, plus ``no_answer`` (how many).

    No-answers get their own confusion column, NO_ANSWER, only when there are some. macro_f1 is
    averaged over the project's labels only: the sentinel is not a class the teacher could get
    right, so its F1 of 0 would punish the teacher twice (the no-answers already lower recall).
    """
    sentinel = NO_ANSWER
    while sentinel in names:  # a project label that happens to be called "(no answer)"
        sentinel += " "
    mapped = [p or sentinel for p in pred]
    labels = list(names) + [t for t in dict.fromkeys(true) if t not in names]
    if sentinel in mapped:
        labels.append(sentinel)
    result = classification_report(true, mapped, labels)
    seen = set(true) | set(mapped)
    f1s = [result["per_label"][n]["f1"] for n in labels if n != sentinel and n in seen]
    result["macro_f1"] = sum(f1s) / len(f1s) if f1s else 0.0
    result["no_answer"] = sum(1 for p in pred if not p)
    return result


def score_teacher(project: Project, teacher: Teacher, progress: Optional[Progress] = None,
                  should_cancel: Optional[CancelCheck] = None) -> Evaluation:
    """Classify every gold sample with the teacher and store the evaluation (subject "teacher")."""
    gold = project.samples(source="gold")
    if not gold:
        raise NotReady(NO_GOLD)
    current = gold_hash(project)  # before scoring: gold edited meanwhile makes this stale
    teacher.load()  # outside the timing: latency is per text, not model loading
    started = time.monotonic()
    pred = teacher_predictions(project, teacher, gold, progress=progress,
                               should_cancel=should_cancel)
    seconds = time.monotonic() - started
    result = teacher_report(project.label_names, [s.label for s in gold], pred)
    result["latency_ms"] = round(1000 * seconds / len(gold), 2)
    result["teacher"] = teacher.describe()  # file and hash, or server and model; never a key
    predictions = [(s.id, p) for s, p in zip(gold, pred)]
    evaluation_id = project.add_evaluation("teacher", "gold", result, predictions, current)
    return next(e for e in project.evaluations("teacher") if e.id == evaluation_id)


def essentials(evaluation: Evaluation) -> dict[str, Any]:
    """What the parent needs to show right away; the full report stays in the project."""
    keys = ("n", "accuracy", "macro_f1", "no_answer", "latency_ms", "teacher")
    return {"evaluation_id": evaluation.id, **{k: evaluation.report.get(k) for k in keys}}


def score_teacher_job(args: dict[str, Any], progress: Progress, should_cancel: CancelCheck,
                      emit: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    """Child-process entry (core.worker): score the teacher of the project at ``args['project']``."""
    from core.teachers import make_teacher

    with Project.open(args["project"]) as project:
        if project.teacher is None:
            raise TeacherError(NO_TEACHER)
        teacher = make_teacher(project.teacher)
        try:
            report(progress, 0.0, user_text("loading the teacher"))
            teacher.load()
            evaluation = score_teacher(project, teacher, progress, should_cancel)
        finally:
            teacher.close()
    return essentials(evaluation)


def evaluate_teacher(project_path: os.PathLike | str, progress: Optional[Progress] = None,
                     should_cancel: Optional[CancelCheck] = None) -> dict[str, Any]:
    """Parent side: score the project's teacher on its gold set in a child process (a crash of
    an in-process model cannot take the caller down). Returns ``essentials`` of the evaluation."""
    from core.jobs import run_in_child

    with Project.open(project_path) as project:
        if not project.sample_ids(source="gold"):
            raise NotReady(NO_GOLD)
        if project.teacher is None:
            raise TeacherError(NO_TEACHER)
        path = str(project.path)
    return run_in_child("score_teacher", {"project": path}, progress, should_cancel)

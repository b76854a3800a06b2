"""What the Generate page runs in its task runner, one function per action (Anki's QueryOp).

Each returns the ``fn(progress, should_cancel[, emit])`` that the runner calls in its worker
thread. Generation runs in a child process; the other actions call the teacher in this process,
so each opens its own Project in the worker thread (a Project is per thread) and closes the
teacher when done. Status texts come in already translated: a worker never calls Qt.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Optional

from core.annotation import AnnotationResult, annotate
from core.errors import NotReady
from core.generation import Estimate, GenerationConfig, GenerationResult, estimate, generate_in_child
from core.importing import import_file
from core.project import Project
from core.strategies import propose_attributes
from core.teachers import make_teacher

Task = Callable[..., Any]


def with_teacher(path: str, job: Callable[[Project, Any], Any]) -> Any:
    """Run ``job(project, teacher)`` with this thread's own Project and a teacher made for it."""
    with Project.open(path) as project:
        if project.teacher is None:
            raise NotReady("Choose a teacher first.")
        teacher = make_teacher(project.teacher)
        try:
            return job(project, teacher)
        finally:
            teacher.close()


def generate_task(path: str, config: GenerationConfig, resume: Optional[int] = None) -> Task:
    """Generate (or continue job ``resume``) in a child process; samples are emitted as
    ``(id, label, text)`` as soon as they are stored."""

    def work(progress: Any, should_cancel: Any, emit: Any) -> GenerationResult:
        return generate_in_child(path, config, progress, should_cancel,
                                 on_sample=lambda i, label, text: emit((i, label, text)),
                                 resume=resume)

    return work


def estimate_task(path: str, config: GenerationConfig, price: Optional[float],
                  status: str) -> Task:
    def work(progress: Any, should_cancel: Any) -> Estimate:
        progress(0.0, status)
        return with_teacher(path, lambda project, teacher: estimate(
            project, teacher, config, price_per_million=price, should_cancel=should_cancel))

    return work


def propose_task(path: str, status: str) -> Task:
    def work(progress: Any, should_cancel: Any) -> dict[str, list[str]]:
        progress(0.0, status)
        return with_teacher(path, lambda project, teacher: propose_attributes(project, teacher))

    return work


def annotate_task(path: str, file: Optional[Path], seed: int, reading: str,
                  loading: str) -> Task:
    """Import ``file`` as unlabelled texts (when given), then have the teacher label every text
    not labelled yet. Returns (texts imported, AnnotationResult)."""

    def work(progress: Any, should_cancel: Any) -> tuple[int, AnnotationResult]:
        imported = 0
        if file is not None:
            progress(0.0, reading)
            with Project.open(path) as project:
                imported = import_file(project, file, kind="unlabelled")
        progress(0.0, loading)
        return imported, with_teacher(path, lambda project, teacher: annotate(
            project, teacher, seed, progress, should_cancel))

    return work

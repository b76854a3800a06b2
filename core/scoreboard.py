"""The scoreboard: the teacher used as a classifier beside every trained student, on the gold set.

Pure reading of stored evaluations (``Project.evaluations``); nothing is scored here, so the GUI
can build it instantly. A row whose evaluation was made on a different gold set than today's
(``core.gold.gold_hash``) is marked stale rather than hidden: its figures are still informative,
but they are not compared in the verdict.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional, Sequence

from core.gold import gold_hash
from core.project import Evaluation, ModelRecord, Project
from core.training_data import folder_size
from core.user_text import user_text

QUICK_NAME = "Quick student"
TEACHER_NAME = user_text("Teacher")  # a teacher whose record names no model


@dataclass
class ScoreRow:
    subject: str            # "teacher" or a model id
    kind: str               # "teacher" | "student"
    name: str               # the teacher's model name / "Quick student" / the base folder's name
    macro_f1: Optional[float]
    accuracy: Optional[float]
    n_eval: int             # gold texts it was scored on
    n_train: Optional[int]  # training samples (students)
    sources: dict[str, int] = field(default_factory=dict)  # training samples by source
    size_bytes: Optional[int] = None
    latency_ms: Optional[float] = None
    stale: bool = False     # scored on a different gold set than the current one
    evaluated: bool = True  # False: no gold evaluation yet (figures None)


def scoreboard(project: Project) -> list[ScoreRow]:
    """The teacher's row first (when it has been scored), then the students, newest first."""
    current = gold_hash(project)
    rows: list[ScoreRow] = []
    teacher = project.latest_evaluation("teacher", "gold")
    if teacher is not None:
        rows.append(_teacher_row(project, teacher, current))
    for model in reversed(project.models()):
        rows.append(_student_row(project, model, project.latest_evaluation(model.id, "gold"),
                                 current))
    return rows


@dataclass
class Comparison:
    """The up-to-date scores the verdict compares: stale and unscored rows are left out."""
    teacher: Optional[ScoreRow]
    best: Optional[ScoreRow]  # the student with the highest macro-F1

    @property
    def points(self) -> Optional[int]:
        """How many points of macro-F1 (0.01) the best student is ahead of the teacher."""
        if self.teacher is None or self.best is None:
            return None
        return round(100 * ((self.best.macro_f1 or 0.0) - (self.teacher.macro_f1 or 0.0)))


def compare(rows: Sequence[ScoreRow]) -> Comparison:
    usable = [r for r in rows if r.evaluated and not r.stale and r.macro_f1 is not None]
    teacher = next((r for r in usable if r.kind == "teacher"), None)
    students = [r for r in usable if r.kind == "student"]
    return Comparison(teacher, max(students, key=lambda r: r.macro_f1 or 0.0) if students else None)


def verdict(rows: Sequence[ScoreRow]) -> Optional[str]:
    """One sentence comparing the best student with the teacher on the current gold set; None
    when there is no up-to-date teacher score or no up-to-date student score to compare."""
    comparison = compare(rows)
    best, points = comparison.best, comparison.points
    if comparison.teacher is None or best is None or points is None:
        return None
    t, s = comparison.teacher.macro_f1, best.macro_f1
    head = f"The best student ({best.name}, macro-F1 {s:.2f})"
    if points > 0:
        return f"{head} beats the teacher ({t:.2f}) by {points} points."
    if points == 0:
        return f"{head} matches the teacher ({t:.2f})."
    return f"{head} does not yet beat the teacher ({t:.2f}): it is {-points} points behind."


def _teacher_row(project: Project, evaluation: Evaluation, current: str) -> ScoreRow:
    report = evaluation.report
    info = report.get("teacher") or {}
    size = report.get("size_bytes")
    config = project.teacher
    # A local teacher's size is its file's, when the project still points at the scored file.
    if size is None and config and config.kind == "gguf" and info.get("file") == Path(config.path).name:
        size = _size_on_disk(Path(config.path))
    return ScoreRow("teacher", "teacher", _teacher_name(info), report.get("macro_f1"),
                    report.get("accuracy"), int(report.get("n", 0)), None, {}, size,
                    report.get("latency_ms"), evaluation.gold_hash != current)


def _teacher_name(info: dict[str, Any]) -> str:
    if info.get("model"):
        return str(info["model"])
    if info.get("file"):
        return Path(str(info["file"])).stem
    return str(info["base_url"]) if info.get("base_url") else TEACHER_NAME


def _student_row(project: Project, model: ModelRecord, evaluation: Optional[Evaluation],
                 current: str) -> ScoreRow:
    name = QUICK_NAME if model.base == "quick" else str(
        model.settings.get("base_name") or Path(model.base).name or model.base)
    sources = _sources(project, model.train_ids)
    report = evaluation.report if evaluation else {}
    size = report.get("size_bytes")
    if size is None:
        size = _size_on_disk(project.model_path(model))
    if evaluation is None:
        return ScoreRow(model.id, "student", name, None, None, 0, len(model.train_ids), sources,
                        size, None, False, False)
    return ScoreRow(model.id, "student", name, report.get("macro_f1"), report.get("accuracy"),
                    int(report.get("n", 0)), len(model.train_ids), sources, size,
                    report.get("latency_ms"), evaluation.gold_hash != current)


def _sources(project: Project, ids: Sequence[int]) -> dict[str, int]:
    # json_each: one query however many ids, with no limit on SQL parameters.
    rows = project.db.execute(
        "SELECT s.source, COUNT(*) FROM samples s JOIN json_each(?) j ON s.id = j.value"
        " GROUP BY s.source ORDER BY s.source", [json.dumps(list(ids))]).fetchall()
    return {source: n for source, n in rows}


def _size_on_disk(path: Path) -> Optional[int]:
    if path.is_file():
        return path.stat().st_size
    return folder_size(path) if path.is_dir() else None

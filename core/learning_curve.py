"""The learning curve: the same student trained on 25 / 50 / 100 % of the accepted samples, each
scored on the same texts, to show whether reviewing more samples would still help.

This is the parent side (no torch; the GUI may call it); the child side is
``core.learning_curve_job``. Curve models are not kept: only their scores.
"""

from __future__ import annotations

import os
from typing import Any, Optional, Sequence

from core.errors import NotReady
from core.jobs import run_in_child
from core.progress import CancelCheck, Progress
from core.project import Project
from core.training import QUICK, TrainingConfig, check_base, training_readiness

FRACTIONS = (0.25, 0.5, 1.0)


def learning_curve(project_path: os.PathLike | str, base: os.PathLike | str = QUICK,
                   config: Optional[TrainingConfig] = None, fractions: Sequence[float] = FRACTIONS,
                   progress: Optional[Progress] = None, should_cancel: Optional[CancelCheck] = None
                   ) -> dict[str, Any]:
    """{"on": "gold"|"held-out", "n_eval", "points": [{"fraction", "n_train", "accuracy",
    "macro_f1"}], "gain": macro-F1 of the last point minus the one before}."""
    base_arg = check_base(base)
    with Project.open(project_path) as project:
        reason = training_readiness(project)
        path = str(project.path.resolve())
    if reason is not None:
        raise NotReady(reason)
    args = {"project": path, "base": base_arg, "config": (config or TrainingConfig()).to_dict(),
            "fractions": sorted(float(f) for f in fractions)}
    return run_in_child("learning_curve", args, progress, should_cancel)

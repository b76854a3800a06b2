"""Active learning on the user's own texts: after training, the imported unlabelled texts the
student is least sure about become pending samples, labelled with the student's best guess, so
review effort goes where it teaches the next student most (uncertainty sampling by margin).

This is the parent side (no torch); the child side is ``core.uncertain_job``, since a fine-tuned
student loads torch.
"""

from __future__ import annotations

import os
from typing import Any, Optional

import numpy as np

from core.errors import NotReady
from core.jobs import run_in_child
from core.progress import CancelCheck, Progress
from core.project import Project
from core.user_text import user_text

DEFAULT_LIMIT = 50
NO_TEXTS = user_text(
    "There are no unlabelled texts left to rank: import some of your own texts first.")


def review_uncertain(project_path: os.PathLike | str, model_id: Optional[str] = None,
                     limit: int = DEFAULT_LIMIT, progress: Optional[Progress] = None,
                     should_cancel: Optional[CancelCheck] = None) -> dict[str, Any]:
    """Rank the unlabelled texts by the student's margin (best minus second-best probability) and
    add the ``limit`` least certain as pending samples. Returns {"model_id", "ranked", "added",
    "sample_ids"}."""
    with Project.open(project_path) as project:
        record = project.model(model_id)
        if not project.texts(unannotated=True):
            raise NotReady(NO_TEXTS)
        path = str(project.path.resolve())
    return run_in_child("uncertain", {"project": path, "model_id": record.id, "limit": int(limit)},
                        progress, should_cancel)


def margins(logits: np.ndarray) -> np.ndarray:
    """Best minus second-best softmax probability per row: 0 = torn between two labels."""
    shifted = np.exp(logits - logits.max(axis=1, keepdims=True))
    probs = shifted / shifted.sum(axis=1, keepdims=True)
    top2 = np.sort(probs, axis=1)[:, -2:]
    return top2[:, 1] - top2[:, 0]

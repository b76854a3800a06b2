"""Active learning, child side: run by ``core.worker`` (``core.active_learning`` is the parent)."""

from __future__ import annotations

import time
from typing import Any, Callable

import numpy as np

from core.active_learning import NO_TEXTS, margins
from core.annotation import text_key
from core.errors import NotReady
from core.evaluate_job import StudentRunner
from core.progress import check_cancel
from core.project import NewSample, Project
from core.user_text import user_text


def uncertain_job(args: dict[str, Any], progress: Callable[..., None], should_cancel: Callable[[], bool],
                  emit: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    with Project.open(args["project"]) as project:
        record = project.model(args["model_id"])
        texts = project.texts(unannotated=True)
        if not texts:
            raise NotReady(NO_TEXTS)
        progress(0.0, user_text("loading the model"))
        runner = StudentRunner(record, project.model_path(record))
        progress(0.2, user_text("ranking {n} texts", n=len(texts)))
        logits = runner.logits([t for _, t in texts], should_cancel)
        margin = margins(logits)
        order = np.argsort(margin, kind="stable")[:max(0, int(args["limit"]))]
        check_cancel(should_cancel)
        known = {text_key(s.text) for s in project.samples()}
        added: list[int] = []
        for i in order.tolist():
            text_id, text = texts[i]
            if text_key(text) in known:
                continue
            label = runner.labels[int(logits[i].argmax())]
            provenance = {"annotator": "student", "model_id": record.id, "text_id": text_id,
                          "margin": float(margin[i]), "time": time.time()}
            [sample_id] = project.add_samples([NewSample(text, label, "annotated", "pending", provenance)])
            project.mark_annotated(text_id, sample_id)
            known.add(text_key(text))
            added.append(sample_id)
    progress(1.0, user_text("done"))
    return {"model_id": record.id, "ranked": len(texts), "added": len(added), "sample_ids": added}

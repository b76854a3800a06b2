"""Scoring a trained student, child side: run by ``core.worker`` (``core.training.evaluate`` is the
parent side). Works for both kinds of student; only a pretrained one loads transformers.

The score is on the gold set when the project has one (and is stored with the project, for the
scoreboard), else on the model's own dev samples.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any, Callable, Sequence

import numpy as np

from core.errors import ModelFolderError, NotReady
from core.gold import gold_hash
from core.hardware import physical_cores
from core.metrics import classification_report
from core.project import ModelRecord, Project
from core.quick_model import QuickModel
from core.training import QUICK
from core.training_data import folder_size
from core.user_text import user_text

LATENCY_TEXTS = 20  # texts timed one at a time: a field device classifies one message at a time


class StudentRunner:
    """A trained student loaded for prediction: ``logits(texts)`` -> float32 [n, labels]."""

    def __init__(self, record: ModelRecord, folder: Path):
        if not folder.is_dir():
            raise ModelFolderError(user_text(
                "The files of model {model_id} are missing: train the student again.",
                model_id=record.id))
        self.record = record
        self.labels: list[str] = list(record.settings.get("labels") or [])
        if record.base == QUICK:
            self.quick = QuickModel.load(folder)
        else:
            import torch

            from core.student import load_trained, pick_device

            torch.set_num_threads(physical_cores())
            self.model, self.tokenizer = load_trained(folder)
            self.model.to(pick_device())
            if not self.labels:
                self.labels = [self.model.config.id2label[i] for i in range(self.model.config.num_labels)]
            self.max_length = int(record.settings.get("max_length") or 128)

    def logits(self, texts: Sequence[str], should_cancel: Callable[[], bool] | None = None) -> np.ndarray:
        if self.record.base == QUICK:
            return self.quick.predict_logits(texts)
        from core.student import predict_logits

        return predict_logits(self.model, self.tokenizer, texts, self.max_length,
                              should_cancel=should_cancel).numpy()

    def predict(self, texts: Sequence[str], should_cancel: Callable[[], bool] | None = None) -> list[str]:
        return [self.labels[int(i)] for i in self.logits(texts, should_cancel).argmax(axis=1)]

    def latency_ms(self, texts: Sequence[str]) -> float:
        """Mean milliseconds to classify one text on its own, after one warm-up call."""
        sample = list(texts[:LATENCY_TEXTS]) or ["-"]
        self.logits(sample[:1])
        started = time.perf_counter()
        for text in sample:
            self.logits([text])
        return 1000.0 * (time.perf_counter() - started) / len(sample)


def evaluate_job(args: dict[str, Any], progress: Callable[..., None], should_cancel: Callable[[], bool],
                 emit: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    with Project.open(args["project"]) as project:
        record = project.model(args.get("model_id"))
        samples = project.samples(source="gold")
        on = "gold"
        if not samples:
            known = set(project.sample_ids())
            samples, on = [project.sample(i) for i in record.eval_ids if i in known], "held-out"
        if not samples:
            raise NotReady(user_text(
                "There is nothing to score on: add gold samples, or train with a dev share."))
        folder = project.model_path(record)
        progress(0.0, user_text("loading the model"))
        runner = StudentRunner(record, folder)
        if on == "gold":
            progress(0.2, user_text("scoring {n} gold samples", n=len(samples)))
        else:
            progress(0.2, user_text("scoring {n} held-out samples", n=len(samples)))
        predicted = runner.predict([s.text for s in samples], should_cancel)
        true = [s.label for s in samples]
        labels = runner.labels + sorted(set(true) - set(runner.labels))
        report = classification_report(true, predicted, labels)
        progress(0.9, user_text("timing one text at a time"))
        report["latency_ms"] = runner.latency_ms([s.text for s in samples])
        report["size_bytes"] = folder_size(folder)
        evaluation_id = project.add_evaluation(record.id, on, report,
                                               [(s.id, p) for s, p in zip(samples, predicted)],
                                               gold_hash(project))
    progress(1.0, user_text("done"))
    return {**report, "on": on, "model_id": record.id, "evaluation_id": evaluation_id}

"""Training, child side: run by ``core.worker`` in its own process (``core.training.train`` is the
parent side). The quick student needs numpy only (no torch: the app may ship without it); a
pretrained base loads torch and transformers, so those imports (~3 s) happen only in
``core.student``.
"""

from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Sequence

from core.errors import NotReady
from core.metrics import classification_report
from core.progress import check_cancel
from core.project import ModelRecord, Project
from core.quick_model import QuickConfig, QuickModel
from core.quick_student import train_quick
from core.training import QUICK, TrainingConfig, training_readiness
from core.training_data import (TrainingData, base_settings, new_model_id, peak_rss_mb,
                                save_and_register, training_data)
from core.user_text import user_text


def train_job(args: dict[str, Any], progress: Callable[..., None], should_cancel: Callable[[], bool],
              emit: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    config = TrainingConfig.from_dict(args.get("config", {}))
    with Project.open(args["project"]) as project:
        reason = training_readiness(project)
        if reason is not None:
            raise NotReady(reason)
        data = training_data(project, config.holdout_fraction, config.seed, config.train_fraction)
        base = args["base"]
        fitted = fit(project.label_names, data, base, config, progress, should_cancel)
        if base != QUICK:  # what the user called the base (a hub id), for display
            fitted.settings["base_name"] = args.get("base_name") or Path(base).name
        progress(0.97, user_text("saving the model"))
        model_id = new_model_id()
        record = ModelRecord(id=model_id, base=str(base), path=model_id, created_at=time.time(),
                             settings=base_settings(data, fitted.settings), metrics=fitted.metrics,
                             train_ids=[s.id for s in data.train], eval_ids=[s.id for s in data.dev])
        save_and_register(project, record, fitted.save)
        progress(1.0, user_text("done"))
        return {"model_id": model_id, "metrics": fitted.metrics, "stopped": fitted.settings.get("stopped")}


def fit(labels: list[str], data: TrainingData, base: str, config: TrainingConfig,
        progress: Callable[..., None], should_cancel: Callable[[], bool]) -> Any:
    """The quick student or a fine-tuned base (loading transformers only for the latter), as an
    object with ``metrics``, ``settings``, ``predict(texts)`` and ``save(folder)``."""
    if base == QUICK:
        return fit_quick(labels, data, config, progress, should_cancel)
    from core.student import fit_transformer  # loads transformers

    return fit_transformer(labels, data, base, config, progress, should_cancel)


def quick_config(config: TrainingConfig) -> QuickConfig:
    """The quick student's own defaults, overridden by what the user set explicitly."""
    quick = QuickConfig(seed=config.seed)
    if config.epochs is not None:
        quick = dataclasses.replace(quick, epochs=config.epochs)
    if config.learning_rate is not None:
        quick = dataclasses.replace(quick, learning_rate=config.learning_rate)
    if config.batch_size is not None:
        quick = dataclasses.replace(quick, batch_size=config.batch_size)
    return quick


@dataclass
class FittedQuick:
    model: QuickModel
    labels: list[str]
    metrics: dict[str, Any]
    settings: dict[str, Any]

    def predict(self, texts: Sequence[str]) -> list[str]:
        return [self.labels[int(i)] for i in self.model.predict_logits(texts).argmax(axis=1)]

    def save(self, folder: Path) -> None:
        self.model.save(folder)


def fit_quick(labels: list[str], data: TrainingData, config: TrainingConfig,
              progress: Callable[..., None], should_cancel: Callable[[], bool]) -> FittedQuick:
    quick = quick_config(config)
    progress(0.0, user_text("training the quick student"))
    started = time.monotonic()

    def epoch_done(fraction: float, status: str, **extra: Any) -> None:
        progress(0.9 * fraction, status, **extra)

    model = train_quick([s.text for s in data.train], [labels.index(s.label) for s in data.train],
                        len(labels), quick, epoch_done, should_cancel)
    settings = {**config.to_dict(), **{f"quick_{k}": v for k, v in dataclasses.asdict(quick).items()},
                "student": QUICK, "labels": labels, "epochs_used": quick.epochs, "device": "cpu",
                "threads": 1, "train_seconds": round(time.monotonic() - started, 2),
                "peak_rss_mb": round(peak_rss_mb(), 1)}
    metrics = dev_report(model, data, labels)
    check_cancel(should_cancel)  # a run cancelled while it was being scored saves nothing
    return FittedQuick(model, labels, metrics, settings)


def dev_report(model: QuickModel, data: TrainingData, labels: list[str]) -> dict[str, Any]:
    if not data.dev:
        return {"n": 0, "on": "held-out"}
    predicted = [labels[i] for i in model.predict_logits([s.text for s in data.dev]).argmax(axis=1)]
    return {**classification_report([s.label for s in data.dev], predicted, labels), "on": "held-out"}

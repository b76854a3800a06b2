"""Words for training runs and their models: figures, how a run ended, the sentence after it.

Shared by the Train page (its result line and models table) and the Export page (its model list).
Translated in the "TrainPage" context, where these strings first lived.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from core.project import ModelRecord


def _tr(text: str) -> str:
    return QCoreApplication.translate("TrainPage", text)


def metrics_text(metrics: dict[str, Any]) -> str:
    """"accuracy 83 % · macro-F1 0.81 on 12 held-out samples", or why there are no figures."""
    if not metrics or metrics.get("accuracy") is None:
        return _tr("no figures: too few samples were held out for evaluation")
    on = _tr("gold") if metrics.get("on") == "gold" else _tr("held-out")
    return _tr("accuracy {acc:.0%} · macro-F1 {f1:.2f} on {n} {on} samples").format(
        acc=metrics["accuracy"], f1=metrics.get("macro_f1", 0.0), n=metrics.get("n", "?"), on=on)


def ending_text(settings: dict[str, Any]) -> str:
    """How a run ended, for the models table: "finished", "stopped early at epoch 5"…"""
    stopped = settings.get("stopped", "finished")
    if stopped == "early":
        return _tr("stopped early at epoch {n}").format(n=settings.get("epochs_used", "?"))
    if stopped == "cancelled":
        return _tr("cancelled, kept epoch {n}").format(n=settings.get("best_epoch", "?"))
    if stopped == "max_steps":
        return _tr("stopped after {n} steps").format(n=settings.get("steps", "?"))
    return _tr("finished")


def outcome_text(record: ModelRecord, metrics: dict[str, Any]) -> str:
    """The sentence under the Train button once a run has ended with a model."""
    settings = record.settings
    figures = _tr("Trained {model}: {figures}.").format(
        model=record.id, figures=metrics_text(metrics or record.metrics))
    if settings.get("stopped") == "cancelled":
        return _tr("Stopped: kept the best model so far (epoch {epoch}, dev macro-F1 {f1:.2f}).").format(
            epoch=settings.get("best_epoch", "?"), f1=record.metrics.get("macro_f1", 0.0))
    if settings.get("stopped") == "early":
        return _tr("Stopped early at epoch {n}: the dev score had not improved for {patience} "
                   "epochs; kept epoch {best}.").format(
            n=settings.get("epochs_used", "?"), patience=settings.get("patience", "?"),
            best=settings.get("best_epoch", "?")) + " " + figures
    return figures

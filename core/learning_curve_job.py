"""The learning curve, child side: run by ``core.worker`` (``core.learning_curve`` is the parent).
Each point trains a student on a share of the train split and scores it on the same texts."""

from __future__ import annotations

from typing import Any, Callable

from core.errors import NotReady
from core.metrics import classification_report
from core.project import Project
from core.train_job import fit
from core.training import TrainingConfig
from core.training_data import training_data
from core.user_text import user_text


def learning_curve_job(args: dict[str, Any], progress: Callable[..., None],
                       should_cancel: Callable[[], bool], emit: Callable[[dict[str, Any]], None]
                       ) -> dict[str, Any]:
    config = TrainingConfig.from_dict(args.get("config", {}))
    fractions: list[float] = args["fractions"]
    with Project.open(args["project"]) as project:
        labels = project.label_names
        gold = project.samples(source="gold")
        runs = [training_data(project, config.holdout_fraction, config.seed, f) for f in fractions]
    scored = gold or runs[-1].dev  # the same texts for every point
    if not scored:
        raise NotReady(user_text("There is nothing to score the curve on: add gold samples, or more "
                                 "accepted samples."))
    points = []
    for i, (fraction, data) in enumerate(zip(fractions, runs)):
        def part(fraction_done: float, status: str = "", **extra: Any) -> None:
            progress((i + fraction_done) / len(fractions),
                     user_text("{percent} %: {status}", percent=round(fraction * 100), status=status))

        fitted = fit(labels, data, args["base"], config, part, should_cancel)
        predicted = fitted.predict([s.text for s in scored])
        true = [s.label for s in scored]
        report = classification_report(true, predicted, labels + sorted(set(true) - set(labels)))
        points.append({"fraction": fraction, "n_train": len(data.train),
                       "accuracy": report["accuracy"], "macro_f1": report["macro_f1"]})
    progress(1.0, user_text("done"))
    gain = points[-1]["macro_f1"] - points[-2]["macro_f1"] if len(points) > 1 else None
    return {"on": "gold" if gold else "held-out", "n_eval": len(scored), "points": points, "gain": gain}

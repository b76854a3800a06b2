"""Classification metrics in plain Python: accuracy, macro-F1, per-label scores, confusion matrix.

Conventions (the same as scikit-learn's defaults with ``zero_division=0``):
- precision of a label that was never predicted is 0; recall of a label with no true samples is 0;
  F1 is 0 whenever precision + recall is 0.
- macro-F1 averages F1 over the labels that occur in the truth *or* in the predictions. A label of
  the project that appears in neither says nothing about the model, so it is left out of the
  average instead of counting as 0 (which would punish a small evaluation set for being small).
Plain Python keeps this importable by the GUI and the predictor without numpy or sklearn.
"""

from __future__ import annotations

from typing import Any, Sequence


def accuracy(true: Sequence[str], pred: Sequence[str]) -> float:
    _check_lengths(true, pred)
    if not true:
        return 0.0
    return sum(t == p for t, p in zip(true, pred)) / len(true)


def confusion_matrix(true: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> list[list[int]]:
    """``matrix[i][j]`` counts samples whose true label is ``labels[i]`` and prediction ``labels[j]``."""
    _check_lengths(true, pred)
    index = {name: i for i, name in enumerate(labels)}
    matrix = [[0] * len(labels) for _ in labels]
    for t, p in zip(true, pred):
        matrix[index[t]][index[p]] += 1
    return matrix


def per_label_scores(true: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> dict[str, dict[str, float]]:
    """{label: {"precision", "recall", "f1", "support"}} for every label, in ``labels`` order."""
    matrix = confusion_matrix(true, pred, labels)
    out: dict[str, dict[str, float]] = {}
    for i, name in enumerate(labels):
        tp = matrix[i][i]
        support = sum(matrix[i])  # true samples of this label
        predicted = sum(row[i] for row in matrix)
        precision = tp / predicted if predicted else 0.0
        recall = tp / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out[name] = {"precision": precision, "recall": recall, "f1": f1, "support": support}
    return out


def macro_f1(true: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> float:
    """Mean F1 over the labels that occur in ``true`` or ``pred`` (see the module docstring)."""
    scores = per_label_scores(true, pred, labels)
    seen = set(true) | set(pred)
    used = [scores[name]["f1"] for name in labels if name in seen]
    return sum(used) / len(used) if used else 0.0


def classification_report(true: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> dict[str, Any]:
    """All metrics at once, JSON-able: accuracy, macro_f1, per_label, confusion (rows = true), n.

    ``labels`` fixes the order of ``per_label`` and of the confusion matrix's rows and columns;
    every name in ``true`` and ``pred`` must be one of them.
    """
    _check_lengths(true, pred)
    unknown = (set(true) | set(pred)) - set(labels)
    if unknown:
        raise ValueError(f"labels not in the label list: {sorted(unknown)}")
    return {
        "n": len(true),
        "accuracy": accuracy(true, pred),
        "macro_f1": macro_f1(true, pred, labels),
        "labels": list(labels),
        "per_label": per_label_scores(true, pred, labels),
        "confusion": confusion_matrix(true, pred, labels),
    }


def _check_lengths(true: Sequence[str], pred: Sequence[str]) -> None:
    if len(true) != len(pred):
        raise ValueError(f"{len(true)} true labels but {len(pred)} predictions")

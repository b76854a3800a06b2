"""Metrics against small cases computed by hand."""

import pytest

from core.metrics import accuracy, classification_report, confusion_matrix, macro_f1, per_label_scores

LABELS = ["a", "b", "c"]


def test_perfect_predictions():
    r = classification_report(["a", "b", "c", "a"], ["a", "b", "c", "a"], LABELS)
    assert r["accuracy"] == 1.0 and r["macro_f1"] == 1.0 and r["n"] == 4
    assert r["confusion"] == [[2, 0, 0], [0, 1, 0], [0, 0, 1]]
    assert r["per_label"]["a"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "support": 2}


def test_hand_computed_case():
    true = ["a", "a", "a", "b", "b", "c"]
    pred = ["a", "a", "b", "b", "c", "c"]
    # a: tp 2, predicted 2, support 3 -> P 1, R 2/3, F1 0.8
    # b: tp 1, predicted 2, support 2 -> P 1/2, R 1/2, F1 1/2
    # c: tp 1, predicted 2, support 1 -> P 1/2, R 1, F1 2/3
    scores = per_label_scores(true, pred, LABELS)
    assert scores["a"]["precision"] == 1.0 and scores["a"]["recall"] == pytest.approx(2 / 3)
    assert scores["a"]["f1"] == pytest.approx(0.8)
    assert scores["b"]["f1"] == pytest.approx(0.5)
    assert scores["c"]["precision"] == 0.5 and scores["c"]["f1"] == pytest.approx(2 / 3)
    assert accuracy(true, pred) == pytest.approx(4 / 6)
    assert macro_f1(true, pred, LABELS) == pytest.approx((0.8 + 0.5 + 2 / 3) / 3)
    assert confusion_matrix(true, pred, LABELS) == [[2, 1, 0], [0, 1, 1], [0, 0, 1]]


def test_majority_baseline_and_absent_labels():
    # "c" occurs in neither truth nor predictions: it is left out of the macro average.
    true = ["a", "a", "a", "b"]
    pred = ["a", "a", "a", "a"]
    r = classification_report(true, pred, LABELS)
    # a: P 3/4, R 1, F1 6/7; b: never predicted -> P 0, R 0, F1 0
    assert r["per_label"]["b"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 1}
    assert r["per_label"]["c"]["support"] == 0
    assert r["macro_f1"] == pytest.approx((6 / 7 + 0) / 2)
    assert r["accuracy"] == 0.75
    assert r["confusion"][2] == [0, 0, 0]


def test_label_predicted_but_never_true_counts():
    r = classification_report(["a", "a"], ["a", "c"], LABELS)
    # a: P 1, R 1/2, F1 2/3; c: predicted once, never true -> F1 0; b absent
    assert r["macro_f1"] == pytest.approx((2 / 3 + 0) / 2)


def test_empty_and_bad_input():
    r = classification_report([], [], LABELS)
    assert r["n"] == 0 and r["accuracy"] == 0.0 and r["macro_f1"] == 0.0
    with pytest.raises(ValueError):
        classification_report(["a"], [], LABELS)
    with pytest.raises(ValueError):
        classification_report(["a"], ["z"], LABELS)

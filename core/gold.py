"""Gold samples: the user's own test set, typed or imported, never trained on.

A gold text that is also a training candidate (the same text after ``core.filters.normalise``)
would make the evaluation look better than it is, so training leaves such samples out and the
review page can point them out.
"""

from __future__ import annotations

import hashlib
import json
from typing import Sequence

from core.errors import InvalidTask
from core.filters import clean, normalise
from core.project import NewSample, Project, Sample
from core.user_text import user_text


def add_gold(project: Project, text: str, label: str) -> int:
    """Store one gold sample (accepted, source "gold"); returns its id."""
    text = clean(text)
    if not text:
        raise InvalidTask(user_text(
            "A gold sample needs a text: type the text the student should label."))
    if label not in project.label_names:
        raise InvalidTask(user_text("“{label}” is not one of this project's labels: choose one of "
                                    "{labels}.", label=label, labels=", ".join(project.label_names)))
    [sample_id] = project.add_samples([NewSample(text, label, "gold", "accepted",
                                                 {"added": "by hand"})])
    return sample_id


def gold_hash(project: Project) -> str:
    """sha256 (hex) of the gold set: every gold sample's id, text and label, by id. An evaluation
    stored with another hash was made on a different gold set and is out of date."""
    rows = project.db.execute(
        "SELECT id, text, label FROM samples WHERE source = 'gold' ORDER BY id").fetchall()
    payload = json.dumps([list(r) for r in rows], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _gold_keys(project: Project) -> dict[str, list[int]]:
    keys: dict[str, list[int]] = {}
    for sample_id, text in project.db.execute(
            "SELECT id, text FROM samples WHERE source = 'gold' ORDER BY id"):
        key = normalise(text)
        if key:
            keys.setdefault(key, []).append(sample_id)
    return keys


def gold_overlaps(project: Project) -> list[tuple[int, int]]:
    """(gold id, sample id) for every accepted or pending non-gold sample whose text is a gold
    text's (after ``normalise``: case, spacing and punctuation do not count), sorted."""
    keys = _gold_keys(project)
    if not keys:
        return []
    pairs = []
    for sample_id, text in project.db.execute(
            "SELECT id, text FROM samples WHERE source != 'gold'"
            " AND status IN ('accepted', 'pending') ORDER BY id"):
        for gold_id in keys.get(normalise(text), ()):
            pairs.append((gold_id, sample_id))
    return sorted(pairs)


def without_gold_overlaps(project: Project, samples: Sequence[Sample]
                          ) -> tuple[list[Sample], list[Sample]]:
    """(samples to train on, samples left out because their text is a gold text)."""
    keys = _gold_keys(project)
    keep: list[Sample] = []
    left_out: list[Sample] = []
    for s in samples:
        (left_out if s.source != "gold" and normalise(s.text) in keys else keep).append(s)
    return keep, left_out

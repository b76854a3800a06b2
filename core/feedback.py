"""The reviewer's judgement flows into the next generation round.

Two channels:

- demonstrations: the user pins accepted samples to show the teacher, or excludes some; the rest
  are chosen to be diverse (greedy farthest-point on character-3-gram Jaccard distance), real
  texts and ones the reviewer corrected first;
- guidance: when many generated texts were rejected for one reason, a plain-English note for the
  teacher (write only in the language, sound natural, keep to the label …), and the reviewer's
  corrections as before/after examples. Each note stands on its own, so the user can read it and
  switch it off; the generation job stores the notes it used, so a resumed job asks the same.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Optional, Sequence, Union

from core.errors import InvalidTask, ShuleError
from core.filters import normalise
from core.project import Project, Sample
from core.review_log import CHUNK
from core.user_text import user_text

if TYPE_CHECKING:
    from core.generation import GenerationConfig

PIN, EXCLUDE = "pin", "exclude"
#: Candidates per label the diverse pick looks at (sampled with the seed): keeps it fast.
POOL_PER_LABEL = 300
REAL_SOURCES = ("imported", "annotated")


# ---- demonstrations ---------------------------------------------------------------------------
def set_demo_choice(project: Project, ids: Sequence[int], choice: Optional[str]) -> None:
    """Pin samples as examples for the teacher, exclude them, or (None) leave it to Shule again.
    One transaction; unknown ids and gold samples are refused before anything changes."""
    if choice not in (PIN, EXCLUDE, None):
        raise ValueError(f"unknown demonstration choice {choice!r}")
    ids = list(dict.fromkeys(int(i) for i in ids))
    sources = _column(project, ids, "source")
    missing = [i for i in ids if i not in sources]
    if missing:
        raise ShuleError(user_text("There is no sample with id {id}.", id=missing[0]))
    gold = [i for i in ids if sources[i] == "gold"]
    if gold and choice is not None:
        raise InvalidTask(user_text("Sample {id} is a gold sample: the test set is never shown "
                                    "to the teacher.", id=gold[0]))
    conn = project.db.conn
    with conn:
        if choice is None:
            conn.executemany("DELETE FROM demo_choices WHERE sample_id = ?", [(i,) for i in ids])
        else:
            conn.executemany("INSERT OR REPLACE INTO demo_choices (sample_id, choice)"
                             " VALUES (?, ?)",
                             [(i, choice) for i in ids])


def demo_choices(project: Project) -> dict[int, str]:
    """{sample id: "pin" or "exclude"} for every sample the user made a choice for."""
    return {int(i): c for i, c in project.db.execute(
        "SELECT sample_id, choice FROM demo_choices ORDER BY sample_id")}


def _column(project: Project, ids: Sequence[int], column: str) -> dict[int, str]:
    out: dict[int, str] = {}
    for start in range(0, len(ids), CHUNK):
        part = list(ids[start:start + CHUNK])
        out.update(project.db.execute(
            f"SELECT id, {column} FROM samples WHERE id IN ({','.join('?' * len(part))})", part))
    return out


def edited_ids(project: Project) -> set[int]:
    """Samples whose text the reviewer changed (edits still in effect)."""
    return {i for (i,) in project.db.execute(
        "SELECT DISTINCT c.sample_id FROM review_changes c JOIN review_actions a"
        " ON a.id = c.action_id WHERE a.kind = 'edit' AND a.undone = 0")}


def trigrams(text: str) -> frozenset[str]:
    """Character 3-grams of the normalised text, with a space at each end."""
    t = f" {normalise(text)} "
    return frozenset(t[i:i + 3] for i in range(max(1, len(t) - 2)))


def _distance(a: frozenset[str], b: frozenset[str]) -> float:
    union = len(a | b)
    return 1.0 - len(a & b) / union if union else 0.0


def _farthest_points(candidates: list[tuple[int, frozenset[str]]],
                     chosen: list[frozenset[str]], n: int) -> list[int]:
    """Greedily take ``n`` candidates, each the farthest from everything chosen so far; the first
    candidate starts when nothing is chosen (callers shuffle candidates with their seed)."""
    taken: list[int] = []
    if n <= 0 or not candidates:
        return taken
    nearest = [min((_distance(g, c) for c in chosen), default=1.0) for _, g in candidates]
    left = list(range(len(candidates)))
    while left and len(taken) < n:
        best = max(left, key=lambda k: (nearest[k], -k))
        left.remove(best)
        sample_id, grams = candidates[best]
        taken.append(sample_id)
        for k in left:
            nearest[k] = min(nearest[k], _distance(candidates[k][1], grams))
    return taken


def choose_demonstrations(project: Project, per_label: int = 6, seed: int = 0
                          ) -> dict[str, list[Sample]]:
    """Examples to show the teacher, per label (every project label is a key): the user's pinned
    accepted samples first, then a diverse pick of the other accepted ones that are not excluded,
    real texts (imported, annotated) and ones the reviewer edited before the rest. Never gold,
    rejected or pending samples."""
    choices = demo_choices(project)
    rows = project.db.execute(
        "SELECT id, label, source FROM samples WHERE status = 'accepted' AND source != 'gold'"
        " ORDER BY id").fetchall()
    edited = edited_ids(project)
    by_label: dict[str, list[tuple[int, str]]] = {}
    for sample_id, label, source in rows:
        by_label.setdefault(label, []).append((sample_id, source))
    out: dict[str, list[Sample]] = {}
    for label in project.label_names:
        group = by_label.get(label, [])
        pinned = [i for i, _ in group if choices.get(i) == PIN]
        free = [(i, src) for i, src in group if i not in choices]
        preferred = [i for i, src in free if src in REAL_SOURCES or i in edited]
        preferred_set = set(preferred)
        rest = [i for i, _ in free if i not in preferred_set]
        rng = random.Random(f"{seed}/{label}")
        need = max(0, per_label - len(pinned))
        preferred = rng.sample(preferred, min(POOL_PER_LABEL, len(preferred)))
        rest = rng.sample(rest, min(POOL_PER_LABEL, len(rest))) if len(preferred) < need else []
        texts = _column(project, pinned + preferred + rest, "text")
        chosen = [trigrams(texts[i]) for i in pinned]
        picked = _farthest_points([(i, trigrams(texts[i])) for i in preferred], chosen, need)
        if len(picked) < need:
            chosen += [trigrams(texts[i]) for i in picked]
            picked += _farthest_points([(i, trigrams(texts[i])) for i in rest], chosen,
                                       need - len(picked))
        out[label] = [project.sample(i) for i in pinned + picked]
    return out


# ---- guidance ---------------------------------------------------------------------------------
#: Reject reason (see the review page) → guidance key.
REASON_KEYS = {"wrong_language": "language", "unnatural": "natural", "wrong_label": "label",
               "duplicate": "duplicate", "harmful": "harmful"}
GUIDANCE_KEYS = ("language", "natural", "label", "duplicate", "harmful", "corrections")
MAX_CORRECTIONS = 3
_QUOTE_CHARS = 300


@dataclass
class GuidancePart:
    key: str  # "language" | "natural" | "label" | "duplicate" | "harmful" | "corrections"
    text: str  # the English sentence(s) added to the prompt
    count: int  # how many rejections / edits it comes from
    share: float  # of all the reviewer's rejections of generated texts (corrections: see guidance)


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return "“" + (text if len(text) <= _QUOTE_CHARS else text[:_QUOTE_CHARS - 1] + "…") + "”"


def _note(project: Project, key: str) -> str:
    language = project.language
    name = language.name
    script = f", in the {language.script_name} script" if language.script_name else ""
    if key == "language":
        return (f"Write only in {name}{script}. Never write in English or in any other language, "
                f"not even a few words or a closing phrase: earlier texts were rejected because "
                f"they were not in {name}.")
    if key == "natural":
        return (f"Write colloquial, everyday {name} as people really write it in messages and "
                f"posts: common words, the spelling people actually use, no stiff or formal "
                f"phrasing. Earlier texts were rejected because they sounded unnatural or "
                f"translated from English.")
    if key == "label":
        lines = "\n".join(f"- {l.name}: {l.description}" for l in project.labels)
        return ("Make each text clearly belong to the label it is written for and to no other "
                "label: earlier texts were rejected because they fitted another label or none. "
                "What the labels mean:\n" + lines)
    if key == "duplicate":
        return ("Vary the topics, situations, wording and length much more from one text to the "
                "next, and do not reuse openings or phrases: earlier texts were rejected as "
                "repeats of other texts.")
    if key == "harmful":
        return ("Never write hateful, violent, sexual or otherwise harmful content, and do not "
                "insult or name real people: earlier texts were rejected as harmful.")
    raise ValueError(key)


def corrections(project: Project, limit: int = MAX_CORRECTIONS
                ) -> tuple[list[tuple[str, str]], int]:
    """(the newest ``limit`` (before, after) text pairs of generated samples the reviewer edited
    and did not reject, how many such samples there are in all)."""
    rows = project.db.execute(
        "SELECT c.sample_id, c.before, c.after FROM review_changes c"
        " JOIN review_actions a ON a.id = c.action_id JOIN samples s ON s.id = c.sample_id"
        " WHERE a.kind = 'edit' AND a.undone = 0 AND s.source = 'generated'"
        " AND s.status != 'rejected' ORDER BY a.id").fetchall()
    first: dict[int, str] = {}
    last: dict[int, str] = {}
    for sample_id, before, after in rows:  # several edits of one sample: first text → last text
        try:
            b, a = json.loads(before)["text"], json.loads(after)["text"]
        except (ValueError, KeyError, TypeError):
            continue
        first.setdefault(sample_id, b)
        last.pop(sample_id, None)  # re-insert: dict order is then the newest edit last
        last[sample_id] = a
    pairs = [(first[i], a) for i, a in last.items()
             if isinstance(first[i], str) and isinstance(a, str) and first[i].strip() != a.strip()]
    return pairs[::-1][:limit], len(pairs)


def guidance(project: Project, min_count: int = 3, min_share: float = 0.15) -> list[GuidancePart]:
    """Notes for the teacher from the review of generated texts. A reject reason becomes a note
    when at least ``min_count`` generated texts were rejected for it and that is at least
    ``min_share`` of all rejected generated texts. Corrections (the reviewer's edits of generated
    texts, at most 3 shown) need at least one edit; their share is of the reviewed generated
    texts (accepted or rejected) and no minimum share applies."""
    counts = dict(project.db.execute(
        "SELECT reject_reason, COUNT(*) FROM samples WHERE source = 'generated'"
        " AND status = 'rejected' GROUP BY reject_reason").fetchall())
    total = sum(counts.values())
    by_key: dict[str, int] = {}
    for reason, n in counts.items():
        if reason in REASON_KEYS:
            by_key[REASON_KEYS[reason]] = by_key.get(REASON_KEYS[reason], 0) + n
    parts = [GuidancePart(key, _note(project, key), n, n / total)
             for key in GUIDANCE_KEYS if (n := by_key.get(key, 0)) >= max(1, min_count)
             and n / total >= min_share]
    pairs, edited = corrections(project)
    if pairs:
        reviewed = project.db.execute(
            "SELECT COUNT(*) FROM samples WHERE source = 'generated'"
            " AND status IN ('accepted', 'rejected')").fetchone()[0]
        text = ("The reviewer corrected some earlier texts. Write the way the corrected versions "
                "are written:\n" + "\n".join(f"- Before: {_quote(b)}\n  After: {_quote(a)}"
                                             for b, a in pairs))
        parts.append(GuidancePart("corrections", text, edited,
                                  min(1.0, edited / reviewed) if reviewed else 1.0))
    return parts


#: GenerationConfig fields each note tightens: the filters then catch what the reviewer caught.
FILTER_CHANGES = {
    # The language check discards at 80% certainty instead of 90%; both checks on.
    "language": {"check_language": True, "check_script": True, "language_min_probability": 0.8},
    # Near duplicates from 70% similarity instead of 80%.
    "duplicate": {"near_duplicate_threshold": 0.7},
}


def guidance_filter_changes(parts: Iterable[Union[GuidancePart, str]]) -> dict:
    """The GenerationConfig field values that go with the enabled notes (parts or their keys);
    {} when none changes a filter. Thresholds here only ever make a filter stricter: apply them
    with ``apply_filter_changes``."""
    out: dict = {}
    for part in parts:
        out.update(FILTER_CHANGES.get(part if isinstance(part, str) else part.key, {}))
    return out


def apply_filter_changes(config: GenerationConfig, changes: dict) -> GenerationConfig:
    """A copy of ``config`` (a GenerationConfig) with ``changes`` applied, never loosening a
    threshold the user already set stricter."""
    from dataclasses import replace

    stricter = {"language_min_probability": min, "near_duplicate_threshold": min}
    values = {k: stricter[k](getattr(config, k), v) if k in stricter else v
              for k, v in changes.items()}
    return replace(config, **values)

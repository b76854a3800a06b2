"""What the review says so far: progress per label, acceptance rates, and one line per round.

Everything here is read-only and runs a few grouped queries, so it stays fast on 100k samples.
Gold samples (the user's test set) are never counted: they are not reviewed.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Optional
from urllib.parse import urlsplit

from core.project import Project

GROUPINGS = ("strategy", "teacher", "source")


def _rate(accepted: int, rejected: int) -> Optional[float]:
    decided = accepted + rejected
    return accepted / decided if decided else None


@dataclass
class LabelProgress:
    label: str
    accepted: int
    pending: int
    rejected: int
    target: int


def label_progress(project: Project) -> list[LabelProgress]:
    """Accepted, pending and rejected samples of each label, in the project's label order, with
    the user's target of accepted samples per label."""
    counts = project.counts()  # non-gold, every label and status present
    target = project.target_per_label
    return [LabelProgress(name, counts[name]["accepted"], counts[name]["pending"],
                          counts[name]["rejected"], target)
            for name in project.label_names]


@dataclass
class Acceptance:
    key: str
    accepted: int = 0
    rejected: int = 0
    pending: int = 0

    @property
    def rate(self) -> Optional[float]:
        """Share of the decided samples that were accepted; None while none is decided."""
        return _rate(self.accepted, self.rejected)


def teacher_name(info: Any) -> str:
    """A teacher as people know it: the GGUF file name, or "model (host)" for a server; "" when
    ``info`` (a sample's provenance["teacher"]) says nothing usable."""
    if not isinstance(info, dict):
        return ""
    if info.get("kind") == "gguf" or "file" in info:
        return str(info.get("file") or "")
    model = str(info.get("model") or "")
    url = str(info.get("base_url") or "")
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        if host and parts.port:
            host = f"{host}:{parts.port}"
    except ValueError:
        host = url
    if model and host:
        return f"{model} ({host})"
    return model or host


def acceptance_by(project: Project, by: str) -> list[Acceptance]:
    """Review outcomes grouped by generation ``strategy``, ``teacher`` or sample ``source``,
    largest group first. Samples that no strategy or teacher made (imported ones; annotated ones
    for the strategy) are grouped under their source's name."""
    if by not in GROUPINGS:
        raise ValueError(f"unknown grouping {by!r}; choose one of {', '.join(GROUPINGS)}")
    key_sql = {"strategy": "json_extract(provenance, '$.strategy')",
               "teacher": "json_extract(provenance, '$.teacher')", "source": "NULL"}[by]
    rows = project.db.execute(
        f"SELECT source, {key_sql}, status, COUNT(*) FROM samples WHERE source != 'gold'"
        f" GROUP BY 1, 2, 3").fetchall()
    groups: dict[str, Acceptance] = {}
    for source, raw, status, n in rows:
        if by == "teacher":
            try:
                key = teacher_name(json.loads(raw)) if raw else ""
            except ValueError:
                key = ""
        else:
            key = raw if isinstance(raw, str) else ""
        key = key or source
        group = groups.setdefault(key, Acceptance(key))
        if status in ("accepted", "rejected", "pending"):
            setattr(group, status, getattr(group, status) + n)
    return sorted(groups.values(),
                  key=lambda g: (-(g.accepted + g.rejected + g.pending), g.key))


@dataclass
class Round:
    job_id: int
    started: float
    strategy: str
    teacher: str
    made: int = 0
    accepted: int = 0
    rejected: int = 0
    pending: int = 0
    discarded: int = 0
    #: The reviewer's reject reasons in this round, most common first (at most 3).
    top_reasons: list[tuple[str, int]] = field(default_factory=list)

    @property
    def rate(self) -> Optional[float]:
        return _rate(self.accepted, self.rejected)


def rounds(project: Project) -> list[Round]:
    """One entry per generation job, oldest first: what it made, how the review judged it, how
    many of the teacher's replies the filters threw away. Four queries in all."""
    jobs = project.db.execute(
        "SELECT id, created_at, params FROM jobs WHERE kind = 'generate' ORDER BY id").fetchall()
    if not jobs:
        return []
    out: dict[int, Round] = {}
    for job_id, created_at, params in jobs:
        try:
            strategy = str(json.loads(params or "{}").get("strategy", ""))
        except (ValueError, AttributeError):
            strategy = ""
        out[job_id] = Round(job_id, created_at or 0.0, strategy, "")
    reasons: dict[int, Counter[str]] = {}
    for job_id, status, reason, n in project.db.execute(
            "SELECT json_extract(provenance, '$.job_id') AS job, status, reject_reason, COUNT(*)"
            " FROM samples WHERE job IS NOT NULL AND source != 'gold' GROUP BY 1, 2, 3"):
        r = out.get(job_id)
        if r is None:  # an annotation job, or a job record that is gone
            continue
        r.made += n
        if status in ("accepted", "rejected", "pending"):
            setattr(r, status, getattr(r, status) + n)
        if status == "rejected" and reason:
            reasons.setdefault(job_id, Counter())[reason] += n
    for job_id, counter in reasons.items():
        out[job_id].top_reasons = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    # The teacher is recorded on every sample; the job's first sample names it.
    for job_id, raw in project.db.execute(
            "SELECT json_extract(provenance, '$.job_id'), json_extract(provenance, '$.teacher')"
            " FROM samples WHERE id IN (SELECT MIN(id) FROM samples"
            " WHERE json_extract(provenance, '$.job_id') IS NOT NULL"
            " GROUP BY json_extract(provenance, '$.job_id'))"):
        if job_id in out and raw:
            try:
                out[job_id].teacher = teacher_name(json.loads(raw))
            except ValueError:
                pass
    for job_id, n in project.db.execute(
            "SELECT job_id, COUNT(*) FROM discards WHERE job_id IS NOT NULL GROUP BY job_id"):
        if job_id in out:
            out[job_id].discarded = n
    return list(out.values())

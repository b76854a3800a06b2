"""Finding samples for the review page: filters and full-text search, answered with ids only.

Anki's browser pattern: a query returns the ordered ids and nothing else, so a project with
100,000 samples is searched in milliseconds and the table loads rows as they are painted.
Search uses the project's FTS5 trigram index, which finds any part of a word in any script;
words shorter than three characters fall back to a substring scan.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Optional

from core.project import Project

TRIGRAM = 3  # the shortest term the trigram index can answer


@dataclass(frozen=True)
class SampleQuery:
    """Which samples to show. ``None`` (or "") means "any"."""

    status: Optional[str] = None
    label: Optional[str] = None
    source: Optional[str] = None  # generated / annotated / imported / gold
    strategy: Optional[str] = None  # the generation strategy that made it
    reason: Optional[str] = None  # why it was rejected
    search: str = ""  # every word must occur in the text (case-insensitive)

    def with_(self, **changes: object) -> "SampleQuery":
        return replace(self, **changes)

    @property
    def is_filtered(self) -> bool:
        return self != SampleQuery()


def _sql(query: SampleQuery) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    for column, value in (("status", query.status), ("label", query.label),
                          ("source", query.source), ("reject_reason", query.reason)):
        if value:
            clauses.append(f"{column} = ?")
            params.append(value)
    if query.strategy:
        clauses.append("json_extract(provenance, '$.strategy') = ?")
        params.append(query.strategy)
    words = query.search.split()
    long_words = [w for w in words if len(w) >= TRIGRAM]
    if long_words:
        # Each word quoted: FTS5 syntax characters in what the user typed stay literal.
        match = " AND ".join('"' + w.replace('"', '""') + '"' for w in long_words)
        clauses.append("id IN (SELECT rowid FROM samples_fts WHERE samples_fts MATCH ?)")
        params.append(match)
    for w in words:
        if len(w) < TRIGRAM:
            clauses.append("instr(lower(text), lower(?)) > 0")
            params.append(w)
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def find_ids(project: Project, query: SampleQuery = SampleQuery()) -> list[int]:
    """The ids of the samples ``query`` selects, oldest first."""
    where, params = _sql(query)
    return [r[0] for r in project.db.execute(f"SELECT id FROM samples {where} ORDER BY id", params)]


def count(project: Project, query: SampleQuery = SampleQuery()) -> int:
    where, params = _sql(query)
    return project.db.execute(f"SELECT COUNT(*) FROM samples {where}", params).fetchone()[0]


def strategies(project: Project) -> list[str]:
    """The generation strategies that made samples in this project (for the filter menu)."""
    rows = project.db.execute(
        "SELECT DISTINCT json_extract(provenance, '$.strategy') AS s FROM samples"
        " WHERE s IS NOT NULL ORDER BY s")
    return [r[0] for r in rows]


def reject_reasons(project: Project) -> list[str]:
    """The reject reasons in use (for the filter menu)."""
    rows = project.db.execute("SELECT DISTINCT reject_reason FROM samples"
                              " WHERE reject_reason IS NOT NULL ORDER BY reject_reason")
    return [r[0] for r in rows]

"""The review log: every review change (accept, reject, edit, relabel) with the sample's state
before and after, kept in the project file so that undo and redo survive closing the app.

Each function runs inside the caller's transaction (``conn`` is the project's connection), so a
change and its log entry are written together or not at all.
"""

from __future__ import annotations

import json
import sqlite3
import time
from typing import Any, Optional, Sequence

FIELDS = ("status", "reject_reason", "text", "label")


CHUNK = 900  # ids per query: SQLite limits the number of bound parameters


def snapshot(conn: sqlite3.Connection, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    out: dict[int, dict[str, Any]] = {}
    for start in range(0, len(ids), CHUNK):
        part = list(ids[start:start + CHUNK])
        rows = conn.execute(f"SELECT id, {', '.join(FIELDS)} FROM samples WHERE id IN "
                            f"({','.join('?' * len(part))})", part).fetchall()
        out.update((r[0], dict(zip(FIELDS, r[1:]))) for r in rows)
    return out


def record(conn: sqlite3.Connection, kind: str, before: dict[int, dict[str, Any]],
           after: dict[int, dict[str, Any]]) -> None:
    """Log one action; a new action ends the chain of undone ones that redo could bring back."""
    changed = [i for i in before if before[i] != after.get(i)]
    if not changed:
        return
    conn.execute("DELETE FROM review_changes WHERE action_id IN "
                 "(SELECT id FROM review_actions WHERE undone = 1)")
    conn.execute("DELETE FROM review_actions WHERE undone = 1")
    action = conn.execute("INSERT INTO review_actions (kind, created_at, undone) VALUES (?, ?, 0)",
                          [kind, time.time()]).lastrowid
    conn.executemany(
        "INSERT INTO review_changes (action_id, sample_id, before, after) VALUES (?, ?, ?, ?)",
        [(action, i, json.dumps(before[i]), json.dumps(after[i])) for i in changed])


def _apply(conn: sqlite3.Connection, action: int, side: str, undone: int) -> dict[str, Any]:
    rows = conn.execute(f"SELECT sample_id, {side} FROM review_changes WHERE action_id = ?",
                        [action]).fetchall()
    now = time.time()
    conn.executemany(
        f"UPDATE samples SET {', '.join(f'{f} = ?' for f in FIELDS)}, updated_at = ? WHERE id = ?",
        [(*(json.loads(state)[f] for f in FIELDS), now, sample_id) for sample_id, state in rows])
    conn.execute("UPDATE review_actions SET undone = ? WHERE id = ?", [undone, action])
    kind = conn.execute("SELECT kind FROM review_actions WHERE id = ?", [action]).fetchone()[0]
    return {"kind": kind, "ids": sorted(r[0] for r in rows)}


def undo(conn: sqlite3.Connection) -> Optional[dict[str, Any]]:
    """Undo the newest action still in effect; None when there is nothing to undo."""
    row = conn.execute("SELECT id FROM review_actions WHERE undone = 0 ORDER BY id DESC LIMIT 1"
                       ).fetchone()
    return _apply(conn, row[0], "before", 1) if row else None


def redo(conn: sqlite3.Connection) -> Optional[dict[str, Any]]:
    """Redo the action undone last (undone actions are always the newest ones)."""
    row = conn.execute("SELECT id FROM review_actions WHERE undone = 1 ORDER BY id LIMIT 1"
                       ).fetchone()
    return _apply(conn, row[0], "after", 0) if row else None

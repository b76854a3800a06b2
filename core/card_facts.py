"""What a bundle's MODEL_CARD.md says about the project and the model, gathered from the project.

``card_facts`` runs in the export child process and returns plain JSON-able data, which
``core.model_card.render_card`` turns into the card. A local GGUF teacher is hashed (up to
``MAX_HASH_BYTES``) and its licence read from its header; a server teacher is named by model and
host only, never by its key or a URL's credentials.
"""

from __future__ import annotations

import json
import re
import struct
from pathlib import Path
from typing import Any, Optional
from urllib.parse import urlsplit

from core import RESOURCES
from core.predict import file_sha256
from core.project import ModelRecord, Project
from core.review_stats import acceptance_by, teacher_name
from core.scoreboard import scoreboard

MAX_HASH_BYTES = 8 * 1024 ** 3  # hashing more would hold the export up for minutes
_SETTINGS = ("epochs_used", "best_epoch", "stopped", "learning_rate", "batch_size", "max_length",
             "seed", "device", "train_seconds", "torch_version")


def card_facts(project: Project, record: ModelRecord) -> dict[str, Any]:
    """Everything the card says about the project and the model, as JSON-able data."""
    lang = project.language
    reasons = project.db.execute(
        "SELECT reject_reason, COUNT(*) FROM samples WHERE status = 'rejected' AND source != 'gold'"
        " GROUP BY 1 ORDER BY 2 DESC, 1").fetchall()
    return {
        "project": project.path.stem, "task": project.task,
        "language": {k: getattr(lang, k) for k in ("name", "code", "script", "script_name", "direction")},
        "labels": [{"name": l.name, "description": l.description} for l in project.labels],
        "data": {"train": _by_source(project, record.train_ids),
                 "dev": _by_source(project, record.eval_ids),
                 "review": {a.key: {"accepted": a.accepted, "rejected": a.rejected,
                                    "pending": a.pending, "rate": a.rate}
                            for a in acceptance_by(project, "source")},
                 "reject_reasons": [[r or "other", n] for r, n in reasons],
                 "discarded": sum(project.discard_counts().values()),
                 "gold": len(project.sample_ids(source="gold"))},
        "teachers": _teachers(project),
        "student": _student(record),
        "scores": _scores(project, record.id),
    }


def _by_source(project: Project, ids: list[int]) -> dict[str, int]:
    rows = project.db.execute("SELECT s.source, COUNT(*) FROM samples s JOIN json_each(?) j"
                              " ON s.id = j.value GROUP BY 1", [json.dumps(list(ids))])
    return {source: n for source, n in rows}


def _host(url: str) -> str:
    """Host and port only: user:password@, path and query can hold credentials."""
    try:
        parts = urlsplit(url if "://" in url else "//" + url)
        return (parts.hostname or "") + (f":{parts.port}" if parts.port else "")
    except ValueError:
        return ""


def _teachers(project: Project) -> list[dict[str, Any]]:
    """The configured teacher, then every other teacher named in the samples' provenance."""
    found: dict[str, dict[str, Any]] = {}
    path: Optional[Path] = None
    config = project.teacher
    if config is not None and config.kind == "gguf":
        path = Path(config.path)
        found[path.name] = {"kind": "gguf", "file": path.name, "samples": 0}
    elif config is not None:  # model and address only: never api_key_name, never the key
        info = {"model": config.settings.get("model"),
                "base_url": config.settings.get("base_url") or config.path}
        found[teacher_name(info)] = {"kind": "server", "model": str(info["model"] or ""),
                                     "host": _host(str(info["base_url"] or "")), "samples": 0}
    for raw, n in project.db.execute(
            "SELECT json_extract(provenance, '$.teacher') AS t, COUNT(*) FROM samples"
            " WHERE source != 'gold' AND t IS NOT NULL GROUP BY 1").fetchall():
        try:
            info = json.loads(raw)
            key = teacher_name(info)
        except ValueError:
            continue
        if not key:
            continue
        entry = found.setdefault(key, {"samples": 0})
        entry["samples"] += n
        if info.get("kind") == "gguf" or "file" in info:
            entry.update(kind="gguf", file=str(info.get("file") or ""))
            entry["sha256"] = entry.get("sha256") or str(info.get("sha256") or "") or None
        else:
            entry.update(kind="server", model=str(info.get("model") or ""),
                         host=_host(str(info.get("base_url") or "")))
    for entry in found.values():
        if entry["kind"] != "gguf":
            continue
        here = path is not None and entry["file"] == path.name and path.is_file()
        if here:
            entry["licence"] = _gguf_licence(path)
        if entry.get("sha256"):  # recorded at generation: no need to hash again
            continue
        if not here:
            entry["hash_note"] = "not hashed (file not on this computer)"
        elif path.stat().st_size > MAX_HASH_BYTES:
            entry["hash_note"] = "not hashed (too large)"
        else:
            entry["sha256"] = file_sha256(path)
    return list(found.values())


def _gguf_licence(path: Path) -> Optional[str]:
    """general.license from a GGUF header, read key by key without loading the model."""
    fixed = {0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8}  # value type: bytes
    try:
        with open(path, "rb") as f:
            def num(fmt: str) -> int:
                return struct.unpack("<" + fmt, f.read(struct.calcsize(fmt)))[0]

            def skip(kind: int, count: int = 1) -> None:
                if kind not in (8, 9):
                    f.seek(fixed[kind] * count, 1)
                for _ in range(count if kind in (8, 9) else 0):
                    if kind == 8:  # a string
                        f.seek(num("Q"), 1)
                    else:  # an array: item type, count, items
                        item = num("I")
                        skip(item, num("Q"))

            if f.read(4) != b"GGUF" or num("I") < 2:
                return None
            num("Q")  # tensor count
            for _ in range(min(num("Q"), 10_000)):
                size = num("Q")
                if size > 1 << 16:  # no key is this long: not a header we can read
                    return None
                key, kind = f.read(size), num("I")
                if key == b"general.license" and kind == 8:
                    return " ".join(f.read(min(num("Q"), 200)).decode("utf-8", "replace").split()) or None
                skip(kind)
    except (OSError, struct.error, KeyError, ValueError, OverflowError, RecursionError):
        pass
    return None


def _student(record: ModelRecord) -> dict[str, Any]:
    s = record.settings
    out: dict[str, Any] = {
        "id": record.id, "quick": record.base == "quick", "created_at": record.created_at,
        "settings": {k: s[k] for k in _SETTINGS if isinstance(s.get(k), (int, float, str))},
        "dev": {k: record.metrics.get(k) for k in ("macro_f1", "accuracy", "n")},
        "name": str(s.get("base_name") or Path(record.base).name or record.base)}
    if out["quick"]:
        return {**out, "name": "Quick student (character n-grams, no pretrained weights)"}
    base = Path(record.base)
    names = {str(s.get("base_name") or ""), record.base, base.name}
    for part in (base, *base.parents):  # a hub cache folder: …/models--org--name/snapshots/<commit>
        if part.name.startswith("models--"):
            names.add(part.name[len("models--"):].replace("--", "/"))
    names = {n.casefold() for n in names if n}
    for entry in json.loads((RESOURCES / "student_bases.json").read_text(encoding="utf-8"))["bases"]:
        if {entry["id"].casefold(), entry["id"].split("/")[-1].casefold(), entry["name"].casefold()} & names:
            spdx = re.fullmatch(r"[A-Za-z0-9.+-]+", entry["licence"]) is not None  # else "unknown — …"
            return {**out, "name": f"{entry['name']} ({entry['id']})", "hub_id": entry["id"],
                    "card_url": entry["card_url"], "licence": entry["licence"],
                    "licence_id": entry["licence"].lower() if spdx else None}
    return out


def _scores(project: Project, model_id: str) -> list[dict[str, Any]]:
    """The scoreboard's teacher row, this model's row and up to 3 other students."""
    teacher = project.latest_evaluation("teacher", "gold")
    out: list[dict[str, Any]] = []
    for row in scoreboard(project):
        role = {"teacher": "teacher"}.get(row.kind) or ("this model" if row.subject == model_id
                                                       else "other student")
        if role == "other student" and sum(r["role"] == role for r in out) >= 3:
            continue
        name = row.name
        if role == "teacher":  # scoreboard may name a server by its whole URL: model and host only
            name = teacher_name((teacher.report.get("teacher") if teacher else None) or {}) or "Teacher"
        out.append({"role": role, "name": name, "macro_f1": row.macro_f1, "accuracy": row.accuracy,
                    "n": row.n_eval, "stale": row.stale, "scored": row.evaluated})
    return out

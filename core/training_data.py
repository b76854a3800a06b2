"""What a student trains on, and how a trained model is stored: shared by every kind of student.

Standard library only, so the parent process (GUI, CLI) and the training-job writer can use it
without torch. The child-side trainers (``core.train_job``, ``core.student``) build on it.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import secrets
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Sequence

from core.errors import disk_full_as
from core.gold import without_gold_overlaps
from core.project import ModelRecord, Project, Sample
from core.user_text import user_text


@dataclass
class TrainingData:
    train: list[Sample]
    dev: list[Sample]  # stratified share of the accepted samples: early stopping and figures
    left_out_gold_overlaps: int  # samples whose text is also a gold text (kept out for honesty)

    @property
    def hash(self) -> str:
        return data_hash(self.train + self.dev)


def training_data(project: Project, dev_fraction: float, seed: int, train_fraction: float = 1.0
                  ) -> TrainingData:
    """Accepted non-gold samples split into train and dev. The gold set never trains nor stops
    training early. ``train_fraction`` < 1 keeps a per-label share of the train part only (for the
    learning curve), so every point of a curve is scored against the same dev samples."""
    samples = [s for s in project.samples(status="accepted") if s.source != "gold"]
    samples, overlapping = without_gold_overlaps(project, samples)
    train, dev = stratified_split(samples, dev_fraction, seed)
    if train_fraction < 1.0:
        train, _rest = stratified_split(train, 1.0 - train_fraction, seed)
    return TrainingData(train, dev, len(overlapping))


def stratified_split(samples: Sequence[Sample], holdout_fraction: float, seed: int
                     ) -> tuple[list[Sample], list[Sample]]:
    """Deterministic per-label split. A label with n ≥ 2 samples puts round(n·fraction) of them,
    but at least 1 and at most n-1, in the held-out part; a single sample always trains.
    Each label is shuffled with its own seed, so adding samples to one label leaves the others'
    split unchanged."""
    by_label: dict[str, list[Sample]] = {}
    for s in sorted(samples, key=lambda s: s.id):
        by_label.setdefault(s.label, []).append(s)
    train: list[Sample] = []
    held: list[Sample] = []
    for label, group in by_label.items():
        random.Random(f"{seed}/{label}").shuffle(group)
        n = len(group)
        n_eval = 0 if n < 2 or holdout_fraction <= 0 else min(n - 1, max(1, round(n * holdout_fraction)))
        held += group[:n_eval]
        train += group[n_eval:]
    return sorted(train, key=lambda s: s.id), sorted(held, key=lambda s: s.id)


def data_hash(samples: Sequence[Sample]) -> str:
    """sha256 over (id, text, label) in id order: the same hash means the very same data, even
    after an edit that kept the id."""
    digest = hashlib.sha256()
    for s in sorted(samples, key=lambda s: s.id):
        digest.update(json.dumps([s.id, s.text, s.label], ensure_ascii=False).encode("utf-8"))
        digest.update(b"\n")
    return digest.hexdigest()


def new_model_id() -> str:
    return time.strftime("m-%Y%m%d-%H%M%S-") + secrets.token_hex(2)


def duration_text(seconds: float) -> str:
    seconds = max(0, int(round(seconds)))
    if seconds < 60:
        return user_text("{seconds} s", seconds=seconds)
    if seconds < 3600:
        return user_text("{minutes} min", minutes=round(seconds / 60))
    return user_text("{hours} h {minutes} min", hours=seconds // 3600,
                     minutes=round(seconds % 3600 / 60))


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def save_and_register(project: Project, record: ModelRecord, write: Callable[[Path], None]) -> Path:
    """Write a model with ``write(folder)`` into a hidden sibling folder, rename it into place,
    then register ``record``: a crash never leaves a half model or a record without files, and a
    full disk says so in words."""
    with disk_full_as(lambda: user_text(
            "The disk is full, so the trained model could not be saved: no model was added, and "
            "the project and its earlier models are as they were. Free some space, then try again.")):
        return _save_and_register(project, record, write)


def _save_and_register(project: Project, record: ModelRecord, write: Callable[[Path], None]) -> Path:
    models_dir = project.models_dir
    models_dir.mkdir(parents=True, exist_ok=True)
    for stale in models_dir.glob(".*.partial"):  # left by a process that was killed mid-save
        shutil.rmtree(stale, ignore_errors=True)
    tmp = models_dir / f".{record.id}.partial"
    final = models_dir / record.path
    try:
        write(tmp)
        os.replace(tmp, final)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    record.settings["size_bytes"] = folder_size(final)
    try:
        project.add_model(record)
    except BaseException:
        shutil.rmtree(final, ignore_errors=True)
        raise
    return final


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MiB (0 where the OS cannot say)."""
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # kB on Linux


def base_settings(data: TrainingData, extra: dict[str, Any]) -> dict[str, Any]:
    """Settings every trained model records, so a run can be reproduced and audited."""
    import platform

    from core import __version__

    return {"data_hash": data.hash, "n_train": len(data.train), "n_dev": len(data.dev),
            "left_out_gold_overlaps": data.left_out_gold_overlaps,
            "shule_version": __version__, "python": platform.python_version(), **extra}

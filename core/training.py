"""Student training and evaluation, parent side: checks, settings, and the child process.

This module is imported by the GUI, so it never imports torch or transformers; the work itself is
``core.student`` running in a child process (see ``core.jobs``).
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Optional, Sequence

from core.errors import ModelFolderError, NotReady
from core.hub import is_hub_id, resolve_base
from core.jobs import EventHandler, run_in_child
from core.progress import CancelCheck, Progress
from core.project import Project
from core.user_text import user_text

MIN_LABELS = 2
CANCEL_GRACE_S = 20.0
MIN_PER_LABEL = 2

WEIGHT_FILES = ("model.safetensors", "model.safetensors.index.json")
# Weights in a pickle, which can run code when loaded: never loaded, named in the refusal.
PICKLED_WEIGHT_FILES = ("pytorch_model.bin", "pytorch_model.bin.index.json")
# A fast tokenizer (tokenizer.json) or the files transformers can build one from.
TOKENIZER_FILES = ("tokenizer.json", "vocab.txt", "sentencepiece.bpe.model", "spiece.model",
                   "tokenizer.model", "vocab.json")


QUICK = "quick"  # the base name of the character n-gram student (core.quick_student)


@dataclass
class TrainingConfig:
    """How a student is trained. None means "chosen from the data and the model" at training time
    (see auto_* below); the values used are recorded with the model. The recipe follows the paper
    (DESIGN.md § 1): AdamW, learning rate by model size, batch size growing with the data, early
    stopping on a stratified dev split of the accepted samples (never the gold set)."""

    epochs: Optional[int] = None  # None: 10 for a pretrained base (early stopping ends most runs
    # sooner), 15 for the quick student
    learning_rate: Optional[float] = None  # None: auto_learning_rate (quick student: 0.05)
    batch_size: Optional[int] = None  # None: grows with the data, see auto_batch_size
    max_length: Optional[int] = None  # tokens; None: auto_max_length of the training texts
    seed: int = 0
    holdout_fraction: float = 0.2  # share of each label's samples kept back as the dev split
    patience: int = 3  # epochs without a better dev macro-F1 before training stops
    weight_decay: float = 0.01
    warmup_fraction: float = 0.1  # share of the steps over which the learning rate ramps up
    dropout: Optional[float] = 0.2  # None keeps the base model's own dropout
    max_grad_norm: float = 1.0
    threads: Optional[int] = None  # CPU threads; None: one per physical core
    max_steps: Optional[int] = None  # stop after this many optimizer steps (benchmarks, smoke runs)
    train_fraction: float = 1.0  # share of the train split used (the learning curve)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "TrainingConfig":
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)


def auto_batch_size(n_train: int) -> int:
    """The paper's rule: small batches for little data (4 for ≤20 samples … 64 for >600)."""
    for limit, size in ((20, 4), (60, 8), (200, 16), (600, 32)):
        if n_train <= limit:
            return size
    return 64


def auto_learning_rate(n_parameters: int) -> float:
    """1e-5 (the paper's XLM-R-large-class rate) to 5e-5 for small bases such as MiniLM, which
    learn too slowly at 1e-5 within a few epochs of a few hundred samples."""
    for limit, rate in ((60_000_000, 5e-5), (150_000_000, 3e-5), (400_000_000, 2e-5)):
        if n_parameters <= limit:
            return rate
    return 1e-5


def auto_max_length(token_counts: Sequence[int]) -> int:
    """Long enough for 95 % of the texts whole, in multiples of 16, between 32 and the paper's
    256: padding every batch to 512 would spend most of the time on padding."""
    if not token_counts:
        return 128
    ordered = sorted(token_counts)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    return max(32, min(256, -(-p95 // 16) * 16))


def check_safe_weights(folder: Path) -> None:
    """ModelFolderError unless ``folder`` holds safetensors weights: Shule never loads a pickle."""
    if any((folder / name).is_file() for name in WEIGHT_FILES):
        return
    if any((folder / name).is_file() for name in PICKLED_WEIGHT_FILES):
        raise ModelFolderError(user_text(
            "{folder} has its weights only as pytorch_model.bin, a pickle that can run code "
            "when loaded: Shule loads model.safetensors only. Use the safetensors version of "
            "this model, or convert it.", folder=folder))
    raise ModelFolderError(user_text(
        "{folder} has no model weights (model.safetensors): the download may be incomplete.",
        folder=folder))


def check_base_dir(path: os.PathLike | str) -> Path:
    """The base model folder, if it looks loadable; else ModelFolderError with one sentence."""
    folder = Path(path).expanduser()
    if not folder.exists():
        raise ModelFolderError(user_text("The model folder {folder} does not exist.", folder=folder))
    if not folder.is_dir():
        raise ModelFolderError(user_text(
            "{folder} is a file: choose the folder that holds the model.", folder=folder))
    config = folder / "config.json"
    if not config.is_file():
        raise ModelFolderError(user_text(
            "{folder} has no config.json: choose the folder of a downloaded Hugging Face model.",
            folder=folder))
    try:
        model_type = json.loads(config.read_text(encoding="utf-8")).get("model_type")
    except (OSError, ValueError, AttributeError):
        model_type = None
    if not model_type:
        raise ModelFolderError(user_text(
            "The config.json in {folder} is damaged or does not name a model type.", folder=folder))
    check_safe_weights(folder)
    if not any((folder / name).is_file() for name in TOKENIZER_FILES):
        raise ModelFolderError(user_text(
            "{folder} has no tokenizer (tokenizer.json or vocabulary files): the download may be "
            "incomplete.", folder=folder))
    return folder


def training_readiness(project: Project) -> Optional[str]:
    """None when a student can be trained, else one line that says what is missing."""
    counts = project.counts()  # non-gold samples only
    ready = [name for name, c in counts.items() if c["accepted"] >= MIN_PER_LABEL]
    if len(ready) >= MIN_LABELS:
        return None
    if len(ready) == 1:
        return user_text("Train after at least {min_labels} labels have accepted samples "
                         "(at least {min_per_label} each; gold samples do not count): "
                         "{n} label ready now.",
                         min_labels=MIN_LABELS, min_per_label=MIN_PER_LABEL, n=len(ready))
    return user_text("Train after at least {min_labels} labels have accepted samples "
                     "(at least {min_per_label} each; gold samples do not count): "
                     "{n} labels ready now.",
                     min_labels=MIN_LABELS, min_per_label=MIN_PER_LABEL, n=len(ready))


def check_base(base: os.PathLike | str, progress: Optional[Progress] = None,
               should_cancel: Optional[CancelCheck] = None) -> str:
    """QUICK, or the folder of a pretrained base: a local folder, or a Hugging Face model id taken
    from the local cache or downloaded first. ModelFolderError in words when it is unusable."""
    if str(base) == QUICK:
        return QUICK
    return str(check_base_dir(resolve_base(str(base), progress, should_cancel)).resolve())


def train(
    project_path: os.PathLike | str,
    base: os.PathLike | str = QUICK,
    config: Optional[TrainingConfig] = None,
    progress: Optional[Progress] = None,
    should_cancel: Optional[CancelCheck] = None,
    on_event: Optional[EventHandler] = None,
) -> str:
    """Train a student on the project's accepted samples in a child process: the quick student
    (``base`` = QUICK) or a fine-tuned pretrained base (a model folder).

    Returns the new model's id. ``on_event`` receives every event of the child, including progress
    events with ``step``, ``total_steps``, ``loss`` and ``eta`` (for a loss plot) and, after each
    epoch of a pretrained base, ``dev_macro_f1`` and ``dev_accuracy``. Cancelling after the first
    epoch keeps the best model so far (its settings say ``"stopped": "cancelled"``).
    """
    if str(base) != QUICK:
        from core.training_pack import not_ready_message, ready

        if not ready():
            raise NotReady(not_ready_message())
    base_arg = check_base(base, progress, should_cancel)
    with Project.open(project_path) as project:
        reason = training_readiness(project)
        path = str(project.path.resolve())
    if reason is not None:
        raise NotReady(reason)
    config = config or TrainingConfig()
    # A hub id names the base better than its cache folder (…/snapshots/<commit>) does.
    name = str(base) if is_hub_id(str(base)) else Path(base_arg).name
    # The grace lets the child finish its step and save the best checkpoint before it is killed.
    result = run_in_child("train", {"project": path, "base": base_arg, "base_name": name,
                                    "config": config.to_dict()},
                          progress, should_cancel, on_event, grace=CANCEL_GRACE_S)
    return str(result["model_id"])


def evaluate(
    project_path: os.PathLike | str,
    model_id: Optional[str] = None,
    progress: Optional[Progress] = None,
    should_cancel: Optional[CancelCheck] = None,
) -> dict[str, Any]:
    """Score a trained model (the newest when ``model_id`` is None) on the gold samples, or on its
    held-out samples when the project has no gold set. Returns a classification report plus
    ``on`` ("gold" or "held-out") and ``model_id``."""
    with Project.open(project_path) as project:
        record = project.model(model_id)  # fails early, in words, when there is no model
        path = str(project.path.resolve())
    return run_in_child("evaluate", {"project": path, "model_id": record.id}, progress, should_cancel)

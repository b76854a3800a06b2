"""Student training and evaluation, child side: run by ``core.worker`` in its own process.

This is the only place (with ``core.export_job``) that imports torch and transformers; the parent
side is ``core.training``. Jobs take ``(args, progress, should_cancel, emit)`` and return JSON.
"""

from __future__ import annotations

import os

# Local folders only: a base model never comes from the hub at training time.
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import contextlib  # noqa: E402
import math  # noqa: E402
import random  # noqa: E402
import secrets  # noqa: E402
import shutil  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any, Callable, Iterator, Optional, Sequence  # noqa: E402

import torch  # noqa: E402
from transformers import (  # noqa: E402
    AutoConfig,
    AutoModelForSequenceClassification,
    AutoTokenizer,
    PreTrainedModel,
    PreTrainedTokenizerFast,
    get_linear_schedule_with_warmup,
)
from transformers.utils import logging as hf_logging  # noqa: E402

from core.errors import ModelFolderError, NotReady  # noqa: E402
from core.gold import without_gold_overlaps  # noqa: E402
from core.metrics import classification_report  # noqa: E402
from core.progress import check_cancel  # noqa: E402
from core.project import ModelRecord, Project, Sample  # noqa: E402
from core.training import TrainingConfig, auto_batch_size, check_base_dir, training_readiness  # noqa: E402

# Config attributes that hold the hidden/classifier dropout in common encoder families
# (BERT, RoBERTa/XLM-R, DistilBERT, ELECTRA, DeBERTa). Attention dropout is left as it is.
DROPOUT_ATTRS = ("hidden_dropout_prob", "classifier_dropout", "dropout", "seq_classif_dropout")


# ---- small helpers --------------------------------------------------------------------------------
def physical_cores() -> int:
    """Physical cores this process may use: torch gains nothing from hyper-threads."""
    logical = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    cores: set[tuple[str, str]] = set()
    try:
        physical = ""
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                key, _, value = line.partition(":")
                if key.strip() == "physical id":
                    physical = value.strip()
                elif key.strip() == "core id":
                    cores.add((physical, value.strip()))
    except OSError:
        pass
    return max(1, min(logical, len(cores) or logical))


def pick_device() -> torch.device:
    return torch.device("cuda" if torch.cuda.is_available() else "cpu")


def new_model_id() -> str:
    return time.strftime("m-%Y%m%d-%H%M%S-") + secrets.token_hex(2)


def duration_text(seconds: float) -> str:
    seconds = max(0, int(round(seconds)))
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{round(seconds / 60)} min"
    return f"{seconds // 3600} h {round(seconds % 3600 / 60)} min"


@contextlib.contextmanager
def quiet_transformers() -> Iterator[None]:
    """Silence transformers' log while loading: its "newly initialized weights … you should
    probably TRAIN this model" notice is expected for a base without a head (we check the
    loading report ourselves instead)."""
    old = hf_logging.get_verbosity()
    hf_logging.set_verbosity_error()
    try:
        yield
    finally:
        hf_logging.set_verbosity(old)


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


def load_base(base_dir: Path, labels: Sequence[str], dropout: Optional[float]
              ) -> tuple[PreTrainedModel, PreTrainedTokenizerFast]:
    """A base model with a fresh classification head for ``labels``, and its fast tokenizer."""
    try:
        config = AutoConfig.from_pretrained(
            base_dir, id2label=dict(enumerate(labels)), label2id={n: i for i, n in enumerate(labels)},
            trust_remote_code=False)
        config.problem_type = "single_label_classification"
        if dropout is not None:
            for attr in DROPOUT_ATTRS:
                if hasattr(config, attr):
                    setattr(config, attr, dropout)
        with quiet_transformers():
            model, info = AutoModelForSequenceClassification.from_pretrained(
                base_dir, config=config, trust_remote_code=False, ignore_mismatched_sizes=True,
                output_loading_info=True)
            tokenizer = AutoTokenizer.from_pretrained(base_dir, use_fast=True, trust_remote_code=False)
    except (OSError, ValueError, KeyError) as e:
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        raise ModelFolderError(f"Shule cannot load the model in {base_dir}: {first}") from e
    # A fresh head is expected; a fresh body means the weights do not belong to this config.
    prefix = model.base_model_prefix + "."
    body = [k for k in model.state_dict() if k.startswith(prefix)]
    fresh_body = [k for k in info.get("missing_keys", []) if k.startswith(prefix) and ".pooler." not in k]
    if body and len(fresh_body) > len(body) // 2:
        raise ModelFolderError(
            f"The weights in {base_dir} do not match its config.json: the download may be mixed up.")
    if not isinstance(tokenizer, PreTrainedTokenizerFast):
        raise ModelFolderError(f"The tokenizer in {base_dir} cannot be converted to a fast tokenizer.")
    if tokenizer.pad_token is None:  # GPT-style bases: pad with the end-of-text token
        if tokenizer.eos_token is None:
            raise ModelFolderError(f"The tokenizer in {base_dir} has no padding token.")
        tokenizer.pad_token = tokenizer.eos_token
    model.config.pad_token_id = tokenizer.pad_token_id
    return model, tokenizer


@torch.inference_mode()
def predict_logits(model: PreTrainedModel, tokenizer: PreTrainedTokenizerFast, texts: Sequence[str],
                   max_length: int, batch_size: int = 32,
                   should_cancel: Optional[Callable[[], bool]] = None) -> torch.Tensor:
    """Logits (float32, on the CPU) for ``texts``, in batches, without gradients."""
    model.eval()
    device = next(model.parameters()).device
    out: list[torch.Tensor] = []
    for start in range(0, len(texts), batch_size):
        check_cancel(should_cancel)
        enc = tokenizer(list(texts[start:start + batch_size]), truncation=True, max_length=max_length,
                        padding=True, return_tensors="pt").to(device)
        out.append(model(**enc).logits.float().cpu())
    return torch.cat(out) if out else torch.empty(0, model.config.num_labels)


def report_for(model: PreTrainedModel, tokenizer: PreTrainedTokenizerFast, samples: Sequence[Sample],
               labels: Sequence[str], max_length: int,
               should_cancel: Optional[Callable[[], bool]] = None) -> dict[str, Any]:
    logits = predict_logits(model, tokenizer, [s.text for s in samples], max_length,
                            should_cancel=should_cancel)
    names = [model.config.id2label[int(i)] for i in logits.argmax(dim=-1).tolist()]
    true = [s.label for s in samples]
    all_labels = list(labels) + sorted(set(true) - set(labels))
    return classification_report(true, names, all_labels)


# ---- jobs -----------------------------------------------------------------------------------------
def train_job(args: dict[str, Any], progress: Callable[..., None], should_cancel: Callable[[], bool],
              emit: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    config = TrainingConfig.from_dict(args.get("config", {}))
    base_dir = check_base_dir(args["base_dir"])
    project = Project.open(args["project"])
    try:
        return _train(project, base_dir, config, progress, should_cancel)
    finally:
        project.close()


def _train(project: Project, base_dir: Path, config: TrainingConfig, progress: Callable[..., None],
           should_cancel: Callable[[], bool]) -> dict[str, Any]:
    progress(0.0, "loading the base model")
    reason = training_readiness(project)
    if reason is not None:
        raise NotReady(reason)
    labels = project.label_names
    samples = [s for s in project.samples(status="accepted") if s.source != "gold"]
    # A sample whose text is also a gold text would make the gold evaluation look too good.
    samples, overlapping = without_gold_overlaps(project, samples)
    train, held = stratified_split(samples, config.holdout_fraction, config.seed)

    torch.set_num_threads(config.threads or physical_cores())
    random.seed(config.seed)
    torch.manual_seed(config.seed)  # the new head's initial weights and the batch order
    device = pick_device()
    model, tokenizer = load_base(base_dir, labels, config.dropout)
    model.to(device)
    check_cancel(should_cancel)

    batch_size = config.batch_size or auto_batch_size(len(train))
    steps_per_epoch = math.ceil(len(train) / batch_size)
    total = max(1, config.epochs * steps_per_epoch)
    no_decay = ("bias", "LayerNorm.weight", "layer_norm.weight", "norm.weight")
    groups = [
        {"params": [p for n, p in model.named_parameters() if not n.endswith(no_decay)],
         "weight_decay": config.weight_decay},
        {"params": [p for n, p in model.named_parameters() if n.endswith(no_decay)], "weight_decay": 0.0},
    ]
    optimizer = torch.optim.AdamW(groups, lr=config.learning_rate)
    scheduler = get_linear_schedule_with_warmup(optimizer, round(config.warmup_fraction * total), total)
    texts = [s.text for s in train]
    targets = torch.tensor([labels.index(s.label) for s in train])
    order_rng = torch.Generator().manual_seed(config.seed)

    model.train()
    step, smooth, epoch_losses = 0, None, []
    started = time.monotonic()
    for epoch in range(config.epochs):
        order = torch.randperm(len(train), generator=order_rng).tolist()
        epoch_losses = []
        for b in range(steps_per_epoch):
            check_cancel(should_cancel)
            idx = order[b * batch_size:(b + 1) * batch_size]
            enc = tokenizer([texts[i] for i in idx], truncation=True, max_length=config.max_length,
                            padding=True, return_tensors="pt").to(device)
            loss = model(**enc, labels=targets[idx].to(device)).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), config.max_grad_norm)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad(set_to_none=True)
            step += 1
            value = float(loss.detach())
            epoch_losses.append(value)
            smooth = value if smooth is None else 0.9 * smooth + 0.1 * value
            eta = (time.monotonic() - started) / step * (total - step)
            progress(0.05 + 0.85 * step / total,
                     f"step {step}/{total} · loss {smooth:.2f} · about {duration_text(eta)} left",
                     step=step, total_steps=total, epoch=epoch + 1, loss=value, eta=eta)
    train_seconds = time.monotonic() - started

    progress(0.9, "evaluating on the held-out samples")
    if held:
        metrics = report_for(model, tokenizer, held, labels, config.max_length, should_cancel)
    else:
        metrics = {"n": 0}
    metrics["on"] = "held-out"
    metrics["train_loss"] = sum(epoch_losses) / len(epoch_losses) if epoch_losses else None

    check_cancel(should_cancel)
    progress(0.97, "saving the model")
    model_id = new_model_id()
    folder = save_model(model, tokenizer, project.models_dir, model_id)
    settings = {**config.to_dict(), "batch_size_used": batch_size, "labels": labels,
                "max_length": config.max_length, "steps": total, "device": device.type,
                "train_seconds": round(train_seconds, 2),
                "left_out_gold_overlaps": len(overlapping)}
    try:
        project.add_model(ModelRecord(
            id=model_id, base=str(base_dir), path=model_id, created_at=time.time(),
            settings=settings, metrics=metrics,
            train_ids=[s.id for s in train], eval_ids=[s.id for s in held]))
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    progress(1.0, "done")
    return {"model_id": model_id, "metrics": metrics}


def save_model(model: PreTrainedModel, tokenizer: PreTrainedTokenizerFast, models_dir: Path,
               model_id: str) -> Path:
    """Write into a hidden sibling folder, then rename: a crash never leaves a half model."""
    models_dir.mkdir(parents=True, exist_ok=True)
    for stale in models_dir.glob(".*.partial"):  # left by a process that was killed mid-save
        shutil.rmtree(stale, ignore_errors=True)
    tmp = models_dir / f".{model_id}.partial"
    final = models_dir / model_id
    try:
        model.save_pretrained(tmp, safe_serialization=True)
        tokenizer.save_pretrained(tmp)
        os.replace(tmp, final)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return final


def load_trained(folder: Path) -> tuple[PreTrainedModel, PreTrainedTokenizerFast]:
    if not folder.is_dir():
        raise ModelFolderError(f"The model folder {folder} is missing: train the student again.")
    with quiet_transformers():
        model = AutoModelForSequenceClassification.from_pretrained(folder, trust_remote_code=False)
        tokenizer = AutoTokenizer.from_pretrained(folder, use_fast=True, trust_remote_code=False)
    return model, tokenizer


def evaluate_job(args: dict[str, Any], progress: Callable[..., None], should_cancel: Callable[[], bool],
                 emit: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    with Project.open(args["project"]) as project:
        record = project.model(args.get("model_id"))
        gold = project.samples(source="gold")
        if gold:
            samples, on = gold, "gold"
        else:
            known = set(project.sample_ids())
            samples, on = [project.sample(i) for i in record.eval_ids if i in known], "held-out"
        folder = project.model_path(record)
    if not samples:
        raise NotReady("There is nothing to evaluate on: add gold samples, or train with a held-out share.")
    progress(0.0, "loading the model")
    torch.set_num_threads(physical_cores())
    model, tokenizer = load_trained(folder)
    model.to(pick_device())
    progress(0.2, f"scoring {len(samples)} {on} samples")
    labels = record.settings.get("labels") or [model.config.id2label[i] for i in range(model.config.num_labels)]
    report = report_for(model, tokenizer, samples, labels,
                        int(record.settings.get("max_length", 128)), should_cancel)
    progress(1.0, "done")
    return {**report, "on": on, "model_id": record.id}

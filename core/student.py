"""Fine-tuning a pretrained base (the transformer student), child side: called by
``core.train_job`` in the worker process; ``core.evaluate_job`` and ``core.export_job`` load the
models it saves. Only child processes import this module (it loads torch and transformers).
"""

from __future__ import annotations

import os

# Local folders only: a base model never comes from the hub at training time.
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import contextlib  # noqa: E402
import math  # noqa: E402
import random  # noqa: E402
import time  # noqa: E402
from dataclasses import dataclass  # noqa: E402
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
from transformers import __version__ as transformers_version  # noqa: E402
from transformers.utils import logging as hf_logging  # noqa: E402

from core.errors import Cancelled, ModelFolderError, NotReady  # noqa: E402
from core.hardware import physical_cores  # noqa: E402
from core.metrics import classification_report  # noqa: E402
from core.progress import check_cancel  # noqa: E402
from core.project import Sample  # noqa: E402
from core.training import (TrainingConfig, auto_batch_size, auto_learning_rate,  # noqa: E402
                           auto_max_length, check_base_dir, check_safe_weights)
from core.training_data import TrainingData, duration_text, peak_rss_mb  # noqa: E402
from core.user_text import user_text  # noqa: E402

# Config attributes that hold the hidden/classifier dropout in common encoder families
# (BERT, RoBERTa/XLM-R, DistilBERT, ELECTRA, DeBERTa). Attention dropout is left as it is.
DROPOUT_ATTRS = ("hidden_dropout_prob", "classifier_dropout", "dropout", "seq_classif_dropout")


# ---- small helpers --------------------------------------------------------------------------------
DEFAULT_EPOCHS = 10  # an upper bound: early stopping on the dev split ends most runs sooner


def pick_device() -> torch.device:
    return torch.device("cuda" if torch.cuda.is_available() else "cpu")


def pick_precision(device: torch.device) -> str:
    """bf16 where the GPU has it (no loss scaling needed), else fp16 with loss scaling on a GPU;
    fp32 on the CPU, where autocast is slower than plain float32 on most processors."""
    if device.type != "cuda":
        return "fp32"
    return "bf16" if torch.cuda.is_bf16_supported() else "fp16"


def is_out_of_memory(error: BaseException) -> bool:
    if isinstance(error, torch.OutOfMemoryError):
        return True
    text = str(error)
    return isinstance(error, RuntimeError) and ("out of memory" in text or "can't allocate memory" in text)


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
                base_dir, config=config, trust_remote_code=False, use_safetensors=True,
                ignore_mismatched_sizes=True, output_loading_info=True)
            tokenizer = AutoTokenizer.from_pretrained(base_dir, use_fast=True, trust_remote_code=False)
    except (OSError, ValueError, KeyError) as e:
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        raise ModelFolderError(user_text("Shule cannot load the model in {folder}: {detail}",
                                         folder=base_dir, detail=first)) from e
    # A fresh head is expected; a fresh body means the weights do not belong to this config.
    prefix = model.base_model_prefix + "."
    body = [k for k in model.state_dict() if k.startswith(prefix)]
    fresh_body = [k for k in info.get("missing_keys", []) if k.startswith(prefix) and ".pooler." not in k]
    if body and len(fresh_body) > len(body) // 2:
        raise ModelFolderError(user_text(
            "The weights in {folder} do not match its config.json: the download may be mixed up.",
            folder=base_dir))
    if not isinstance(tokenizer, PreTrainedTokenizerFast):
        raise ModelFolderError(user_text(
            "The tokenizer in {folder} cannot be converted to a fast tokenizer.", folder=base_dir))
    if tokenizer.pad_token is None:  # GPT-style bases: pad with the end-of-text token
        if tokenizer.eos_token is None:
            raise ModelFolderError(user_text("The tokenizer in {folder} has no padding token.",
                                             folder=base_dir))
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


# ---- training -------------------------------------------------------------------------------------
class _Steps:
    """One optimizer step over a batch, split into ``parts`` micro-batches with gradient
    accumulation; on running out of GPU memory the split doubles and the step is retried, so a
    batch size that does not fit slows training instead of ending it."""

    def __init__(self, model: PreTrainedModel, tokenizer: PreTrainedTokenizerFast, device: torch.device,
                 precision: str, max_length: int, optimizer: torch.optim.Optimizer,
                 notice: Callable[[str], None]):
        self.model, self.tokenizer, self.device = model, tokenizer, device
        self.max_length, self.optimizer, self.notice = max_length, optimizer, notice
        self.dtype = {"bf16": torch.bfloat16, "fp16": torch.float16}.get(precision)
        self.scaler = torch.amp.GradScaler("cuda", enabled=precision == "fp16")
        self.parts = 1

    def __call__(self, texts: list[str], targets: torch.Tensor, max_grad_norm: float) -> float:
        while True:
            try:
                loss = self._accumulate(texts, targets)
                break
            except Exception as e:  # noqa: BLE001 - only memory errors are retried
                if not is_out_of_memory(e):
                    raise
                self.optimizer.zero_grad(set_to_none=True)
                if self.device.type == "cuda":
                    torch.cuda.empty_cache()
                if self.parts >= len(texts):
                    raise NotReady(user_text(
                        "The model does not fit in memory even one text at a time: choose a smaller "
                        "base model or a shorter maximum length.")) from e
                self.parts *= 2
                self.notice(user_text("memory is short: each batch now runs in {parts} parts",
                                      parts=self.parts))
        self.scaler.unscale_(self.optimizer)
        torch.nn.utils.clip_grad_norm_(self.model.parameters(), max_grad_norm)
        self.scaler.step(self.optimizer)
        self.scaler.update()
        self.optimizer.zero_grad(set_to_none=True)
        return loss

    def _accumulate(self, texts: list[str], targets: torch.Tensor) -> float:
        size = math.ceil(len(texts) / self.parts)
        total = 0.0
        for start in range(0, len(texts), size):
            enc = self.tokenizer(texts[start:start + size], truncation=True, max_length=self.max_length,
                                 padding=True, return_tensors="pt").to(self.device)
            with torch.autocast(self.device.type, dtype=self.dtype, enabled=self.dtype is not None):
                out = self.model(**enc, labels=targets[start:start + size].to(self.device))
            share = out.loss * (len(texts[start:start + size]) / len(texts))
            self.scaler.scale(share).backward()
            total += float(share.detach())
        return total


def token_counts(tokenizer: PreTrainedTokenizerFast, texts: Sequence[str]) -> list[int]:
    return [len(ids) for ids in tokenizer(list(texts), truncation=False)["input_ids"]]


@dataclass
class Fitted:
    model: PreTrainedModel
    tokenizer: PreTrainedTokenizerFast
    labels: list[str]
    max_length: int
    metrics: dict[str, Any]  # on the dev split, of the epoch kept
    settings: dict[str, Any]  # every value used, for the model's record

    def predict(self, texts: Sequence[str]) -> list[str]:
        logits = predict_logits(self.model, self.tokenizer, texts, self.max_length)
        return [self.labels[int(i)] for i in logits.argmax(dim=-1).tolist()]

    def save(self, folder: Path) -> None:
        self.model.save_pretrained(folder, safe_serialization=True)
        self.tokenizer.save_pretrained(folder)


def fit_transformer(labels: list[str], data: TrainingData, base: str, config: TrainingConfig,
                    progress: Callable[..., None], should_cancel: Callable[[], bool]) -> Fitted:
    """Fine-tune ``base`` with early stopping on the dev split and keep the best epoch.
    Cancelled after an epoch was scored, it keeps the best model so far instead of nothing."""
    threads = config.threads or physical_cores()
    torch.set_num_threads(threads)
    random.seed(config.seed)
    torch.manual_seed(config.seed)  # the new head's initial weights and the batch order
    progress(0.0, user_text("loading the base model"))
    device = pick_device()
    model, tokenizer = load_base(check_base_dir(base), labels, config.dropout)
    check_cancel(should_cancel)

    texts = [s.text for s in data.train]
    n_parameters = sum(p.numel() for p in model.parameters())
    def chosen(value: Any, automatic: Callable[[], Any]) -> Any:
        return automatic() if value is None else value

    learning_rate = chosen(config.learning_rate, lambda: auto_learning_rate(n_parameters))
    max_length = chosen(config.max_length, lambda: auto_max_length(token_counts(tokenizer, texts)))
    batch_size = chosen(config.batch_size, lambda: auto_batch_size(len(texts)))
    epochs = chosen(config.epochs, lambda: DEFAULT_EPOCHS)
    precision = pick_precision(device)
    model.to(device)

    steps_per_epoch = math.ceil(len(texts) / batch_size)
    total = max(1, epochs * steps_per_epoch)
    if config.max_steps:
        total = min(total, config.max_steps)
    no_decay = ("bias", "LayerNorm.weight", "layer_norm.weight", "norm.weight")
    groups = [
        {"params": [p for n, p in model.named_parameters() if not n.endswith(no_decay)],
         "weight_decay": config.weight_decay},
        {"params": [p for n, p in model.named_parameters() if n.endswith(no_decay)], "weight_decay": 0.0},
    ]
    optimizer = torch.optim.AdamW(groups, lr=learning_rate)
    scheduler = get_linear_schedule_with_warmup(optimizer, round(config.warmup_fraction * total), total)
    run_step = _Steps(model, tokenizer, device, precision, max_length, optimizer,
                      lambda text: progress(0.05 + 0.85 * step / total, text))
    targets = torch.tensor([labels.index(s.label) for s in data.train])
    order_rng = torch.Generator().manual_seed(config.seed)

    step, smooth, stopped, waited = 0, None, "finished", 0
    best: Optional[dict[str, Any]] = None  # {"epoch", "report", "state"} of the best dev macro-F1
    history: list[dict[str, Any]] = []
    started = time.monotonic()
    try:
        for epoch in range(1, epochs + 1):
            model.train()
            order = torch.randperm(len(texts), generator=order_rng).tolist()
            losses = []
            for b in range(steps_per_epoch):
                check_cancel(should_cancel)
                idx = order[b * batch_size:(b + 1) * batch_size]
                value = run_step([texts[i] for i in idx], targets[idx], config.max_grad_norm)
                scheduler.step()
                step += 1
                losses.append(value)
                smooth = value if smooth is None else 0.9 * smooth + 0.1 * value
                eta = (time.monotonic() - started) / step * (total - step)
                progress(0.05 + 0.85 * step / total,
                         user_text("epoch {epoch} · step {step}/{total} · loss {loss:.2f} · about "
                                   "{time} left", epoch=epoch, step=step, total=total, loss=smooth,
                                   time=duration_text(eta)),
                         step=step, total_steps=total, epoch=epoch, loss=value, eta=eta)
                if step >= total:
                    break
            entry: dict[str, Any] = {"epoch": epoch, "train_loss": sum(losses) / max(1, len(losses))}
            if data.dev:
                report = report_for(model, tokenizer, data.dev, labels, max_length, should_cancel)
                entry.update(dev_macro_f1=report["macro_f1"], dev_accuracy=report["accuracy"])
                progress(0.05 + 0.85 * step / total,
                         user_text("epoch {epoch}: dev macro-F1 {f1:.2f}", epoch=epoch,
                                   f1=report["macro_f1"]), step=step,
                         total_steps=total, epoch=epoch, dev_macro_f1=report["macro_f1"],
                         dev_accuracy=report["accuracy"])
                if best is None or report["macro_f1"] > best["report"]["macro_f1"] + 1e-9:
                    best = {"epoch": epoch, "report": report,
                            "state": {k: v.detach().to("cpu", copy=True) for k, v in model.state_dict().items()}}
                    waited = 0
                else:
                    waited += 1
            history.append(entry)
            if step >= total:
                stopped = "max_steps" if config.max_steps and step >= config.max_steps else "finished"
                break
            if best is not None and waited >= config.patience:
                stopped = "early"
                break
    except Cancelled:
        if best is None:
            raise
        stopped = "cancelled"  # keep the best epoch scored so far
    train_seconds = time.monotonic() - started

    if best is not None:
        model.load_state_dict(best["state"])
        metrics = dict(best["report"])
    else:
        metrics = {"n": 0}
    metrics["on"] = "held-out"
    metrics["train_loss"] = history[-1]["train_loss"] if history else None
    settings = {
        **config.to_dict(), "student": "transformer", "base": str(base), "labels": labels,
        "base_parameters": n_parameters, "learning_rate_used": learning_rate,
        "batch_size_used": batch_size, "max_length": max_length, "epochs_used": len(history),
        "best_epoch": best["epoch"] if best else None, "stopped": stopped, "steps": step,
        "gradient_accumulation": run_step.parts, "device": device.type, "precision": precision,
        "threads": threads, "history": history, "train_seconds": round(train_seconds, 2),
        "peak_rss_mb": round(peak_rss_mb(), 1), "torch": torch.__version__,
        "transformers": transformers_version}
    return Fitted(model, tokenizer, list(labels), max_length, metrics, settings)


def load_trained(folder: Path) -> tuple[PreTrainedModel, PreTrainedTokenizerFast]:
    if not folder.is_dir():
        raise ModelFolderError(user_text(
            "The model folder {folder} is missing: train the student again.", folder=folder))
    check_safe_weights(folder)
    with quiet_transformers():
        model = AutoModelForSequenceClassification.from_pretrained(
            folder, trust_remote_code=False, use_safetensors=True)
        tokenizer = AutoTokenizer.from_pretrained(folder, use_fast=True, trust_remote_code=False)
    return model, tokenizer

"""Training figures: Shule fine-tuning a student for a fixed number of steps over a plain PyTorch
loop doing the same steps.

- train_time_ratio: the training loop's wall time in Shule's child process (``train_seconds``: first
  step to end of the last, tokenization and progress events included, loading and saving not) over
  the same loop, timed the same way, in a plain script (goal: at most 1.05).
- train_rss_ratio: the peak resident memory (``ru_maxrss``) of Shule's training process over the
  plain script's (goal: at most 1.10).

Both sides run in a fresh process of their own that imports torch and transformers, loads the same
base with ``AutoModelForSequenceClassification.from_pretrained`` (same seed, so the same new head),
and takes the same K steps on the same batches in the same order: same tokenization, AdamW groups,
linear warm-up schedule, gradient clipping, dropout and thread count. The per-step losses of both
sides are compared, so a baseline that drifted from Shule's recipe shows up as ``max_loss_diff``.
Runs are interleaved (Shule, plain, plain, Shule, …) and medians are compared; the time figure
also gives the median of the per-pair ratios and the ratio of the fastest runs, which a busy machine
disturbs less. One thread on each side: on a small shared machine two threads oversubscribe the
cores and the times scatter by a factor of two.

The base is a random-weight BERT (4 layers, hidden 256, 4 heads, intermediate 1024) with a
WordPiece vocabulary fitted to the data, big enough that the model's compute dominates; the data
are the SIB-200 English training texts (7 topics) where present, else a synthetic 7-label set.

Run alone (prints the two figures):  .venv/bin/python bench/training.py
The plain loop itself:               .venv/bin/python bench/training.py --baseline SPEC.json
Module level imports only the standard library, so the plain loop loads nothing of Shule's.
"""

from __future__ import annotations

import csv
import json
import math
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Optional

ROOT = Path(__file__).resolve().parents[1]
SIB200 = Path(os.environ.get("SHULE_BENCH_SIB200", "/work/shared/data/sib200/eng_Latn/train.tsv"))

# What both sides run; see measure() for the defaults used by bench/run.py.
MODEL = dict(layers=4, hidden=256, heads=4, intermediate=1024, vocab_size=6000)
TINY_MODEL = dict(layers=1, hidden=32, heads=2, intermediate=64, vocab_size=300)
DROPOUT = 0.2  # TrainingConfig's default, which Shule writes into the base's config
WEIGHT_DECAY = 0.01
WARMUP_FRACTION = 0.1
MAX_GRAD_NORM = 1.0


# ---- the plain PyTorch loop (run in its own process) ---------------------------------------------
def plain_loop(spec: dict[str, Any]) -> dict[str, Any]:
    """The baseline: what one would write by hand with torch and transformers."""
    import resource

    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer, get_linear_schedule_with_warmup

    torch.set_num_threads(spec["threads"])
    seed, batch_size, max_length, steps = spec["seed"], spec["batch_size"], spec["max_length"], spec["steps"]
    texts, targets = spec["texts"], torch.tensor(spec["targets"])
    random.seed(seed)
    torch.manual_seed(seed)
    model = AutoModelForSequenceClassification.from_pretrained(
        spec["base"], num_labels=spec["num_labels"], hidden_dropout_prob=DROPOUT, classifier_dropout=DROPOUT)
    tokenizer = AutoTokenizer.from_pretrained(spec["base"], use_fast=True)
    no_decay = ("bias", "LayerNorm.weight")
    optimizer = torch.optim.AdamW([
        {"params": [p for n, p in model.named_parameters() if not n.endswith(no_decay)],
         "weight_decay": WEIGHT_DECAY},
        {"params": [p for n, p in model.named_parameters() if n.endswith(no_decay)], "weight_decay": 0.0},
    ], lr=spec["learning_rate"])
    scheduler = get_linear_schedule_with_warmup(optimizer, round(WARMUP_FRACTION * steps), steps)
    order_rng = torch.Generator().manual_seed(seed)
    per_epoch = math.ceil(len(texts) / batch_size)

    losses: list[float] = []
    started = time.monotonic()
    model.train()
    while len(losses) < steps:
        order = torch.randperm(len(texts), generator=order_rng).tolist()
        for b in range(per_epoch):
            idx = order[b * batch_size:(b + 1) * batch_size]
            enc = tokenizer([texts[i] for i in idx], truncation=True, max_length=max_length,
                            padding=True, return_tensors="pt")
            loss = model(**enc, labels=targets[idx]).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), MAX_GRAD_NORM)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad(set_to_none=True)
            losses.append(loss.item())
            if len(losses) >= steps:
                break
    seconds = time.monotonic() - started
    return {"train_seconds": seconds, "losses": losses,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0}


# ---- set-up: data, project, base ------------------------------------------------------------------
def _synthetic(n_per_label: int = 40) -> dict[str, list[str]]:
    rng = random.Random(0)
    words = [f"w{i}" for i in range(400)]
    return {f"topic{k}": [" ".join(rng.choice(words[k * 50:(k + 1) * 50] + words[350:])
                                   for _ in range(rng.randint(8, 40))) for _ in range(n_per_label)]
            for k in range(7)}


def load_data(limit: Optional[int] = None) -> dict[str, list[str]]:
    """Texts by label: SIB-200 English train (7 topics) where present, else synthetic texts."""
    data: dict[str, list[str]] = {}
    if SIB200.is_file():
        with SIB200.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                data.setdefault(row["category"].strip(), []).append(row["text"].strip())
    else:
        data = _synthetic()
    if limit:
        data = {label: texts[:limit] for label, texts in data.items()}
    return data


def make_base(folder: Path, texts: list[str], layers: int, hidden: int, heads: int, intermediate: int,
              vocab_size: int, seed: int = 0) -> Path:
    """A random BERT base of the given size with a WordPiece vocabulary fitted to ``texts``."""
    import torch
    from transformers import BertConfig, BertModel, BertTokenizerFast

    from tests.fixtures.tiny_bert import make_tiny_base

    make_tiny_base(folder, texts, vocab_size=vocab_size, seed=seed)  # tokenizer (and a tiny model)
    tokenizer = BertTokenizerFast.from_pretrained(folder)
    torch.manual_seed(seed)
    config = BertConfig(vocab_size=len(tokenizer), hidden_size=hidden, num_hidden_layers=layers,
                        num_attention_heads=heads, intermediate_size=intermediate,
                        max_position_embeddings=256, pad_token_id=tokenizer.pad_token_id)
    BertModel(config).save_pretrained(folder, safe_serialization=True)
    return folder


def make_project(path: Path, data: dict[str, list[str]]) -> Path:
    from core.languages import find_language
    from core.project import Label, NewSample, Project

    labels = [Label(name, f"Texts about {name}.") for name in data]
    with Project.create(path, find_language("en"), labels, task="topics") as project:
        project.add_samples(NewSample(text, label, source="generated", status="accepted")
                            for label, texts in data.items() for text in texts)
        return project.path


# ---- one run of each side -------------------------------------------------------------------------
def shule_run(project: Path, base: Path, steps: int, batch_size: int, max_length: int, threads: int,
              learning_rate: float, seed: int) -> dict[str, Any]:
    from core.project import Project
    from core.training import TrainingConfig, train

    losses: list[float] = []

    def on_event(event: dict[str, Any]) -> None:
        if event.get("event") == "progress" and "loss" in event:
            losses.append(float(event["loss"]))

    config = TrainingConfig(epochs=10_000, max_steps=steps, batch_size=batch_size, learning_rate=learning_rate,
                            max_length=max_length, holdout_fraction=0.0, threads=threads, seed=seed)
    model_id = train(project, base, config, on_event=on_event)
    with Project.open(project) as opened:
        settings = opened.model(model_id).settings
    if settings["steps"] != steps or settings["batch_size_used"] != batch_size \
            or settings["max_length"] != max_length or settings["threads"] != threads:
        raise RuntimeError(f"Shule did not run the asked-for steps: {settings}")
    return {"train_seconds": float(settings["train_seconds"]), "peak_rss_mb": float(settings["peak_rss_mb"]),
            "losses": losses, "precision": settings.get("precision")}


def baseline_run(spec_file: Path) -> dict[str, Any]:
    done = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--baseline", str(spec_file)],
                          cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"the plain PyTorch loop failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# ---- the figures ----------------------------------------------------------------------------------
def measure(steps: int = 60, batch_size: int = 16, max_length: int = 64, threads: int = 1, runs: int = 5,
            model: Optional[dict[str, int]] = None, per_label: Optional[int] = None,
            learning_rate: float = 1e-4, seed: int = 0, workdir: Optional[Path] = None) -> dict[str, dict]:
    """Both figures from one set of interleaved runs: {"train_time_ratio": {...}, "train_rss_ratio": {...}}."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from core.project import Project
    from core.training_data import training_data

    model = dict(MODEL if model is None else model)
    own = workdir is None
    work = Path(tempfile.mkdtemp(prefix="shule-bench-train-")) if own else Path(workdir)
    try:
        data = load_data(per_label)
        project = make_project(work / "bench", data)
        base = make_base(work / "base", [t for texts in data.values() for t in texts], **model)
        with Project.open(project) as opened:
            labels = opened.label_names
            train = training_data(opened, 0.0, seed).train  # exactly what Shule trains on, in order
        spec = {"base": str(base), "texts": [s.text for s in train],
                "targets": [labels.index(s.label) for s in train], "num_labels": len(labels),
                "steps": steps, "batch_size": batch_size, "max_length": max_length, "threads": threads,
                "learning_rate": learning_rate, "seed": seed}
        spec_file = work / "spec.json"
        spec_file.write_text(json.dumps(spec))
        from transformers import AutoModelForSequenceClassification  # the model's size, for the record
        from transformers.utils import logging as hf_logging

        verbosity = hf_logging.get_verbosity()
        hf_logging.set_verbosity_error()  # no "newly initialized head" notice: expected here
        try:
            sized = AutoModelForSequenceClassification.from_pretrained(base, num_labels=len(labels))
        finally:
            hf_logging.set_verbosity(verbosity)
        n_parameters, vocab = sum(p.numel() for p in sized.parameters()), sized.config.vocab_size
        del sized

        shule, plain = [], []
        for i in range(runs):  # interleaved, ABBA: drift in the machine's load hits both sides alike
            for side in (("shule", "plain") if i % 2 == 0 else ("plain", "shule")):
                if side == "shule":
                    shule.append(shule_run(project, base, steps, batch_size, max_length, threads,
                                           learning_rate, seed))
                else:
                    plain.append(baseline_run(spec_file))
    finally:
        if own:
            import shutil

            shutil.rmtree(work, ignore_errors=True)

    def med(runs_: list[dict], key: str) -> float:
        return statistics.median(r[key] for r in runs_)

    loss_diff = max((abs(a - b) for s, p in zip(shule, plain) for a, b in zip(s["losses"], p["losses"])),
                    default=float("nan"))
    common = {"steps": steps, "batch_size": batch_size, "max_length": max_length, "threads": threads,
              "runs": runs, "n_train": len(spec["texts"]), "labels": len(labels),
              "model": "BERT {layers}L/{hidden}h/{heads}heads/{intermediate}ff, vocab {vocab}".format(
                  vocab=vocab, **{k: v for k, v in model.items() if k != "vocab_size"}),
              "parameters": n_parameters, "max_loss_diff": loss_diff,
              "data": "SIB-200 eng_Latn train" if SIB200.is_file() else "synthetic",
              "baseline": "plain PyTorch loop in its own process: same model, batches, order, "
                          "tokenization, AdamW, schedule, clipping, threads; interleaved ABBA, medians"}
    time_fig = {"value": med(shule, "train_seconds") / med(plain, "train_seconds"),
                "shule_median_s": med(shule, "train_seconds"), "baseline_median_s": med(plain, "train_seconds"),
                "pair_ratio_median": statistics.median(s["train_seconds"] / p["train_seconds"]
                                                       for s, p in zip(shule, plain)),
                "min_ratio": min(r["train_seconds"] for r in shule) / min(r["train_seconds"] for r in plain),
                "shule_s": [round(r["train_seconds"], 2) for r in shule],
                "baseline_s": [round(r["train_seconds"], 2) for r in plain],
                **common, "goal": "<= 1.05"}
    rss_fig = {"value": med(shule, "peak_rss_mb") / med(plain, "peak_rss_mb"),
               "shule_median_mb": med(shule, "peak_rss_mb"), "baseline_median_mb": med(plain, "peak_rss_mb"),
               "shule_mb": [round(r["peak_rss_mb"], 1) for r in shule],
               "baseline_mb": [round(r["peak_rss_mb"], 1) for r in plain],
               **common, "goal": "<= 1.10"}
    return {"train_time_ratio": time_fig, "train_rss_ratio": rss_fig}


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "--baseline":
        result = plain_loop(json.loads(Path(argv[1]).read_text()))
        print(json.dumps(result))
        return 0
    print(json.dumps(measure(), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

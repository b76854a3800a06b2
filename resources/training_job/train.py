"""Fine-tune a text classifier exported by Shule, on any machine with PyTorch.

Run it with Hugging Face Accelerate, from this folder or from anywhere:

    pip install -r requirements.txt
    accelerate launch train.py                    # one GPU (or the CPU)
    accelerate launch --multi_gpu train.py        # every GPU of this machine

It reads settings.json, labels.json and data/ beside itself and writes output/model/ (the epoch
with the best macro-F1 on data/dev.jsonl), output/metrics.json and, last of all, output/DONE.
Shule imports the folder only when DONE exists, so an interrupted run is never imported.

This script does not need Shule. In settings.json, null means "chosen as Shule chooses it" (see
the auto_* functions below); batch_size is per process (per GPU).
"""

import json
import os
import shutil
import sys
import time
from pathlib import Path

import torch
from accelerate import Accelerator
from accelerate.utils import set_seed
from transformers import (AutoConfig, AutoModelForSequenceClassification, AutoTokenizer,
                          get_linear_schedule_with_warmup)
from transformers.utils import logging as hf_logging

HERE = Path(__file__).resolve().parent
OUTPUT = HERE / "output"
DEFAULT_EPOCHS = 10  # an upper bound: early stopping on the dev split ends most runs sooner
# Config attributes that hold the hidden/classifier dropout in common encoder families.
DROPOUT_ATTRS = ("hidden_dropout_prob", "classifier_dropout", "dropout", "seq_classif_dropout")
NO_DECAY = ("bias", "LayerNorm.weight", "layer_norm.weight", "norm.weight")


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def auto_batch_size(n_train):
    for limit, size in ((20, 4), (60, 8), (200, 16), (600, 32)):
        if n_train <= limit:
            return size
    return 64


def auto_learning_rate(n_parameters):
    for limit, rate in ((60_000_000, 5e-5), (150_000_000, 3e-5), (400_000_000, 2e-5)):
        if n_parameters <= limit:
            return rate
    return 1e-5


def auto_max_length(tokenizer, texts):
    """Long enough for 95 % of the texts whole, in multiples of 16, between 32 and 256."""
    counts = sorted(len(ids) for ids in tokenizer(texts, truncation=False)["input_ids"])
    if not counts:
        return 128
    p95 = counts[min(len(counts) - 1, int(0.95 * len(counts)))]
    return max(32, min(256, -(-p95 // 16) * 16))


def pick_precision(wanted):
    """"auto": what `accelerate launch --mixed_precision` asked for, else bf16 on GPUs that
    support it, fp16 on other GPUs, and full precision on the CPU."""
    if wanted and wanted != "auto":
        return wanted
    if os.environ.get("ACCELERATE_MIXED_PRECISION", "no") != "no":
        return os.environ["ACCELERATE_MIXED_PRECISION"]
    if torch.cuda.is_available() and os.environ.get("ACCELERATE_USE_CPU", "").lower() not in ("1", "true"):
        return "bf16" if torch.cuda.is_bf16_supported() else "fp16"
    return "no"


def report(true, pred, labels):
    """Accuracy, macro-F1 (over labels seen in truth or predictions), per-label scores, confusion."""
    index = {name: i for i, name in enumerate(labels)}
    confusion = [[0] * len(labels) for _ in labels]
    for t, p in zip(true, pred):
        confusion[index[t]][index[p]] += 1
    per_label = {}
    for i, name in enumerate(labels):
        tp, support, predicted = confusion[i][i], sum(confusion[i]), sum(row[i] for row in confusion)
        precision = tp / predicted if predicted else 0.0
        recall = tp / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_label[name] = {"precision": precision, "recall": recall, "f1": f1, "support": support}
    f1s = [per_label[name]["f1"] for name in labels if name in set(true) | set(pred)]
    return {"n": len(true), "accuracy": sum(t == p for t, p in zip(true, pred)) / max(1, len(true)),
            "macro_f1": sum(f1s) / len(f1s) if f1s else 0.0, "labels": list(labels),
            "per_label": per_label, "confusion": confusion}


def load_model(source, labels, dropout):
    """The base with a fresh classification head for ``labels``, and its fast tokenizer."""
    config = AutoConfig.from_pretrained(
        source, id2label=dict(enumerate(labels)), label2id={n: i for i, n in enumerate(labels)},
        trust_remote_code=False)
    config.problem_type = "single_label_classification"
    if dropout is not None:
        for attr in DROPOUT_ATTRS:
            if hasattr(config, attr):
                setattr(config, attr, dropout)
    verbosity = hf_logging.get_verbosity()
    hf_logging.set_verbosity_error()  # "newly initialized classifier weights" is expected here
    model = AutoModelForSequenceClassification.from_pretrained(
        source, config=config, trust_remote_code=False, use_safetensors=True,
        ignore_mismatched_sizes=True)
    hf_logging.set_verbosity(verbosity)
    tokenizer = AutoTokenizer.from_pretrained(source, use_fast=True, trust_remote_code=False)
    if tokenizer.pad_token is None:  # GPT-style bases: pad with the end-of-text token
        tokenizer.pad_token = tokenizer.eos_token
    model.config.pad_token_id = tokenizer.pad_token_id
    return model, tokenizer


def save(accelerator, model, tokenizer):
    """Write the model to a hidden folder, then rename it to output/model (main process only)."""
    accelerator.wait_for_everyone()
    state = accelerator.get_state_dict(model)  # every process must take part (FSDP, DeepSpeed)
    if accelerator.is_main_process:
        tmp, final = OUTPUT / ".model.partial", OUTPUT / "model"
        shutil.rmtree(tmp, ignore_errors=True)
        accelerator.unwrap_model(model).save_pretrained(tmp, state_dict=state, safe_serialization=True)
        tokenizer.save_pretrained(tmp)
        shutil.rmtree(final, ignore_errors=True)
        os.replace(tmp, final)
    accelerator.wait_for_everyone()


def main():
    settings = json.loads((HERE / "settings.json").read_text(encoding="utf-8"))
    labels = json.loads((HERE / "labels.json").read_text(encoding="utf-8"))
    train, dev = read_jsonl(HERE / "data" / "train.jsonl"), read_jsonl(HERE / "data" / "dev.jsonl")
    accelerator = Accelerator(mixed_precision=pick_precision(settings.get("mixed_precision")))
    say = accelerator.print
    launched = int(os.environ.get("WORLD_SIZE", "1"))
    if launched != accelerator.num_processes:  # each would train alone and overwrite the others
        sys.exit(f"{launched} processes were started but Accelerate joined {accelerator.num_processes}: "
                 "on CPUs set ACCELERATE_USE_CPU=1 (accelerate launch --cpu) to train together.")
    if accelerator.is_main_process:
        OUTPUT.mkdir(exist_ok=True)
        (OUTPUT / "DONE").unlink(missing_ok=True)  # a new run makes an older result unimportable
    if settings.get("threads") and accelerator.device.type == "cpu":
        torch.set_num_threads(int(settings["threads"]))
    set_seed(int(settings.get("seed") or 0))  # the new head's initial weights and the batch order
    source = str(HERE / "base") if settings.get("base_in_job") else settings["base"]
    say(f"loading {source} · {len(train)} training and {len(dev)} dev samples · "
        f"{accelerator.num_processes} process(es) on {accelerator.device} · precision {accelerator.mixed_precision}")
    model, tokenizer = load_model(source, labels, settings.get("dropout"))
    n_parameters = sum(p.numel() for p in model.parameters())
    learning_rate = settings.get("learning_rate") or auto_learning_rate(n_parameters)
    max_length = settings.get("max_length") or auto_max_length(tokenizer, [r["text"] for r in train])
    batch_size = settings.get("batch_size") or auto_batch_size(len(train))
    epochs, patience = settings.get("epochs") or DEFAULT_EPOCHS, int(settings.get("patience") or 3)
    label_index = {name: i for i, name in enumerate(labels)}

    def collate(rows):
        enc = tokenizer([r["text"] for r in rows], truncation=True, max_length=max_length,
                        padding=True, return_tensors="pt")
        enc["labels"] = torch.tensor([label_index[r["label"]] for r in rows])
        return enc

    train_loader = torch.utils.data.DataLoader(train, batch_size=batch_size, shuffle=True, collate_fn=collate)
    dev_loader = torch.utils.data.DataLoader(dev, batch_size=max(32, batch_size), collate_fn=collate)
    decay = float(settings.get("weight_decay", 0.01))
    optimizer = torch.optim.AdamW([
        {"params": [p for n, p in model.named_parameters() if not n.endswith(NO_DECAY)], "weight_decay": decay},
        {"params": [p for n, p in model.named_parameters() if n.endswith(NO_DECAY)], "weight_decay": 0.0},
    ], lr=learning_rate)
    model, optimizer, train_loader, dev_loader = accelerator.prepare(model, optimizer, train_loader, dev_loader)
    total = max(1, epochs * len(train_loader))  # optimizer steps of each process
    if settings.get("max_steps"):
        total = min(total, int(settings["max_steps"]))
    scheduler = get_linear_schedule_with_warmup(
        optimizer, round(float(settings.get("warmup_fraction", 0.1)) * total), total)

    history, best, best_epoch, waited, step, stopped = [], None, None, 0, 0, "finished"
    started = time.monotonic()
    for epoch in range(1, epochs + 1):
        model.train()
        losses = []
        for batch in train_loader:
            loss = model(**batch).loss
            accelerator.backward(loss)
            accelerator.clip_grad_norm_(model.parameters(), float(settings.get("max_grad_norm", 1.0)))
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad(set_to_none=True)
            step += 1
            losses.append(float(loss.detach()))
            if step % 50 == 0:
                say(f"epoch {epoch}/{epochs} · step {step}/{total} · loss {losses[-1]:.3f}")
            if step >= total:
                break
        mean = torch.tensor([sum(losses) / max(1, len(losses))], device=accelerator.device)
        entry = {"epoch": epoch, "train_loss": accelerator.gather(mean).mean().item()}
        line = f"epoch {epoch}/{epochs} · train loss {entry['train_loss']:.3f}"
        if dev:
            model.eval()
            true, pred = [], []
            with torch.no_grad():
                for batch in dev_loader:
                    logits = model(**{k: v for k, v in batch.items() if k != "labels"}).logits
                    p, t = accelerator.gather_for_metrics((logits.argmax(dim=-1), batch["labels"]))
                    pred += [labels[i] for i in p.tolist()]
                    true += [labels[i] for i in t.tolist()]
            scores = report(true, pred, labels)  # the same on every process: they stop together
            entry.update(dev_macro_f1=scores["macro_f1"], dev_accuracy=scores["accuracy"])
            line += f" · dev accuracy {scores['accuracy']:.3f} · macro-F1 {scores['macro_f1']:.3f}"
            if best is None or scores["macro_f1"] > best["macro_f1"] + 1e-9:
                best, best_epoch, waited = scores, epoch, 0
                say(line + " · best so far, saving")
                save(accelerator, model, tokenizer)
            else:
                waited += 1
                say(line)
        else:
            say(line)
        entry["seconds"] = round(time.monotonic() - started, 2)
        history.append(entry)
        if step >= total:
            stopped = "max_steps" if settings.get("max_steps") and step >= int(settings["max_steps"]) else "finished"
            break
        if best is not None and waited >= patience:
            say(f"no better dev macro-F1 for {patience} epochs: stopping early")
            stopped = "early"
            break
    train_seconds = time.monotonic() - started
    if not dev:  # nothing to choose by: keep the last epoch
        save(accelerator, model, tokenizer)

    if accelerator.is_main_process:
        import accelerate
        import transformers
        device = accelerator.device.type
        metrics = {
            "dev": best or {"n": 0}, "best_epoch": best_epoch, "history": history, "stopped": stopped,
            "epochs_used": len(history), "steps": step, "train_seconds": round(train_seconds, 2),
            "learning_rate_used": learning_rate, "batch_size_used": batch_size, "max_length": max_length,
            "base_parameters": n_parameters, "device": device,
            "device_name": torch.cuda.get_device_name() if device == "cuda" else "",
            "world_size": accelerator.num_processes,
            "precision": {"no": "fp32"}.get(accelerator.mixed_precision, accelerator.mixed_precision),
            "threads": torch.get_num_threads() if device == "cpu" else None,
            "python": sys.version.split()[0], "torch": torch.__version__,
            "transformers": transformers.__version__, "accelerate": accelerate.__version__,
        }
        (OUTPUT / "metrics.json").write_text(json.dumps(metrics, indent=2), encoding="utf-8")
        (OUTPUT / "DONE").write_text(f"finished {time.strftime('%Y-%m-%d %H:%M:%S')} ({time.time():.3f})\n",
                                     encoding="utf-8")
        say(f"done in {train_seconds:.0f} s ({stopped}): the model is in {OUTPUT / 'model'}. "
            f"Bring this folder home and run: shule import-model PROJECT {HERE}")
    accelerator.wait_for_everyone()  # no process tears down while another still talks to it
    accelerator.end_training()


if __name__ == "__main__":
    main()

"""Training on another machine: export a self-contained job, import the model it trained.

``write_training_job`` writes a folder (data snapshot, settings, base model, ``train.py``) that
runs unchanged with ``accelerate launch train.py`` on a GPU machine or cluster that has no Shule;
``import_trained_model`` brings ``output/model`` back into the project with its dev metrics.

The job's data is the split Shule itself trains on: accepted non-gold samples, without those whose
text is a gold text, split per label with the project's seed. The gold set never leaves home, so
the scoreboard stays honest.

The CLI and the GUI import this module: it never imports torch or transformers.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import time
from pathlib import Path
from typing import Any, Iterable, NamedTuple, Optional, Sequence

from core import RESOURCES, __version__
from core.errors import ModelFolderError, NotReady, ShuleError
from core.progress import CancelCheck, Progress, check_cancel, report
from core.project import ModelRecord, Project, Sample
from core.training import QUICK, TrainingConfig, check_base_dir, training_readiness
from core.training_data import data_hash, new_model_id, save_and_register, training_data
from core.user_text import user_text

JOB_FORMAT = "shule-training-job"
JOB_FORMAT_VERSION = 1
SCRIPT = RESOURCES / "training_job" / "train.py"
REQUIREMENTS = "torch>=2.1\ntransformers>=4.36\naccelerate>=0.26\nsafetensors>=0.4\n"
# Weights that unpickle code when loaded: Shule loads safetensors only.
PICKLE_SUFFIXES = (".bin", ".pt", ".pth", ".pkl", ".pickle", ".ckpt")
# Files of a downloaded base that training does not need (other frameworks, ONNX, git data).
SKIP_IN_BASE = ("*.onnx", "*.onnx_data", "onnx", "openvino", "tf_model.h5", "flax_model.msgpack",
                "rust_model.ot", "*.partial", ".git", ".cache")
HUB_ID = re.compile(r"^[\w.-]+(/[\w.-]+)?$")


# ---- writing a job --------------------------------------------------------------------------------
def write_training_job(project_path: os.PathLike | str, base: str, out_dir: os.PathLike | str,
                       config: Optional[TrainingConfig] = None, copy_base: bool = True,
                       progress: Optional[Progress] = None,
                       should_cancel: Optional[CancelCheck] = None) -> dict[str, Any]:
    """Write a training job into ``out_dir`` (new or empty); returns a summary of it.

    ``copy_base`` puts the base model's files into the job (``base/``); otherwise ``base`` (a
    folder on the remote machine, or a hub id) is written into settings.json and loaded there.
    The config's None values stay None: train.py chooses them as Shule would, on that machine.
    """
    config = config or TrainingConfig()
    out = Path(out_dir).expanduser()
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise ShuleError(user_text(
            "{folder} already exists and is not empty: choose a new folder for the training job.",
            folder=out))
    if str(base) == QUICK:
        raise ShuleError(user_text("The quick student trains in seconds on this computer: export a "
                                   "training job for a pretrained base model instead."))
    base_dir = check_base_dir(base) if copy_base else None
    base_name = str(base_dir.resolve()) if base_dir is not None else _remote_base(base)

    with Project.open(project_path) as project:
        reason = training_readiness(project)
        if reason is not None:
            raise NotReady(reason)
        labels = project.label_names
        data = training_data(project, config.holdout_fraction, config.seed, config.train_fraction)
        identity = {"name": project.path.name, "created_at": _created_at(project)}

    settings: dict[str, Any] = {
        "format": JOB_FORMAT, "format_version": JOB_FORMAT_VERSION,
        **config.to_dict(), "mixed_precision": "auto",
        "labels": labels, "base": base_name, "base_in_job": copy_base,
        "data_hash": data.hash, "n_train": len(data.train), "n_dev": len(data.dev),
        "left_out_gold_overlaps": data.left_out_gold_overlaps,
        "project": identity, "shule_version": __version__,
        "created_at": time.time(), "created": time.strftime("%Y-%m-%d %H:%M:%S %z"),
    }

    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.partial")
    shutil.rmtree(tmp, ignore_errors=True)  # left by an earlier export that was killed
    try:
        (tmp / "data").mkdir(parents=True)
        _write_jsonl(tmp / "data" / "train.jsonl", _rows(data.train))
        _write_jsonl(tmp / "data" / "dev.jsonl", _rows(data.dev))
        _write_json(tmp / "labels.json", labels)
        _write_json(tmp / "settings.json", settings)
        shutil.copy2(SCRIPT, tmp / "train.py")
        (tmp / "requirements.txt").write_text(REQUIREMENTS, encoding="utf-8")
        (tmp / "README.md").write_text(_readme(settings), encoding="utf-8")
        if base_dir is not None:
            report(progress, 0.1, user_text("copying the base model"))
            check_cancel(should_cancel)
            shutil.copytree(base_dir, tmp / "base", ignore=_skip_in_base)
        check_cancel(should_cancel)
        if out.exists():
            out.rmdir()  # empty, checked above
        os.replace(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    report(progress, 1.0, user_text("done"))
    return {"job_dir": str(out), "n_train": len(data.train), "n_dev": len(data.dev),
            "left_out_gold_overlaps": data.left_out_gold_overlaps, "labels": labels,
            "base": base_name, "base_in_job": copy_base, "data_hash": data.hash}


class _Row(NamedTuple):  # what core.training_data.data_hash reads of a sample
    id: int
    text: str
    label: str


def rows_hash(rows: Iterable[dict[str, Any]]) -> str:
    """data_hash of the samples in a job's jsonl rows."""
    return data_hash([_Row(int(r["id"]), r["text"], r["label"]) for r in rows])  # type: ignore[list-item]


def _remote_base(base: str) -> str:
    """A base that stays outside the job: a local model folder, a path on the remote machine, or
    a hub id. Only a local folder can be checked here."""
    text = str(base).strip()
    if not text:
        raise ModelFolderError(user_text("Name the base model: a folder or a Hugging Face model id."))
    local = Path(text).expanduser()
    if local.exists():
        return str(check_base_dir(local).resolve())
    if not (local.is_absolute() or HUB_ID.match(text)):
        raise ModelFolderError(user_text(
            "{base} is neither a model folder on this computer nor a Hugging Face model id.",
            base=text))
    return text


def _created_at(project: Project) -> str:
    row = project.db.execute("SELECT value FROM meta WHERE key = 'created_at'").fetchone()
    return row[0] if row else ""


def _rows(samples: Sequence[Sample]) -> list[dict[str, Any]]:
    return [{"id": s.id, "text": s.text, "label": s.label} for s in samples]


def _write_jsonl(path: Path, rows: Iterable[dict[str, Any]]) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def _write_json(path: Path, value: Any) -> None:
    path.write_text(json.dumps(value, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def _skip_in_base(folder: str, names: list[str]) -> set[str]:
    skipped = {n for n in names for pattern in SKIP_IN_BASE if Path(n).match(pattern)}
    if any(n.endswith(".safetensors") or n == "model.safetensors.index.json" for n in names):
        skipped |= {n for n in names if n.endswith(PICKLE_SUFFIXES)}  # the same weights, pickled
    return skipped


def _readme(settings: dict[str, Any]) -> str:
    project_name = settings["project"]["name"]
    base = ("The base model is in base/." if settings["base_in_job"] else
            f"The base model is loaded from `{settings['base']}`: that folder must exist on the "
            "training machine, or the machine must be able to download that model id.")
    return f"""# Shule training job

Fine-tunes a text classifier for the labels {", ".join(settings["labels"])} on
{settings["n_train"]} samples and picks the best epoch on {settings["n_dev"]} held-out dev samples.
Exported from {project_name} by Shule {settings["shule_version"]} on {settings["created"]}.
{base}

## Run it

    pip install -r requirements.txt   # torch transformers accelerate safetensors
    accelerate launch train.py                  # one GPU (or the CPU)
    accelerate launch --multi_gpu train.py      # every GPU of this machine
    accelerate launch --cpu train.py            # force the CPU

`accelerate config` sets up clusters (several machines, SLURM, DeepSpeed); the script needs no
change. Settings (epochs, learning rate, batch size per GPU, early-stopping patience,
mixed precision "auto"/"no"/"fp16"/"bf16") are in settings.json; null means "chosen the way Shule
chooses it" (see train.py). The run writes output/model/,
output/metrics.json and, last, output/DONE.

## Bring the model home

Copy this whole folder back (data/ and settings.json included) and run

    shule import-model {project_name} path/to/this/folder

Shule checks that the run finished (output/DONE), that the labels and data are the ones exported,
and that the weights are safetensors, then lists the model with its dev scores. Score it on your
gold set with `shule evaluate`: the gold samples never left your computer.
"""


# ---- importing the trained model ------------------------------------------------------------------
# What train.py reports in output/metrics.json and a model records in its settings.
RUN_KEYS = ("learning_rate_used", "batch_size_used", "max_length", "epochs_used", "best_epoch",
            "stopped", "steps", "history", "train_seconds", "base_parameters", "device",
            "device_name", "world_size", "precision", "threads", "python", "torch", "transformers",
            "accelerate")


def import_trained_model(project_path: os.PathLike | str, job_dir: os.PathLike | str) -> str:
    """Register the model a finished training job wrote; returns its new model id."""
    job = Path(job_dir).expanduser()
    settings = _read_json(job / "settings.json", user_text(
        "{folder} is not a Shule training job (settings.json is missing).", folder=job))
    if not isinstance(settings, dict) or settings.get("format") != JOB_FORMAT:
        raise ShuleError(user_text(
            "{folder} is not a Shule training job (its settings.json is not Shule's).", folder=job))
    if settings.get("format_version", 0) > JOB_FORMAT_VERSION:
        raise ShuleError(user_text(
            "The training job in {folder} was written by a newer Shule: update Shule to import it.",
            folder=job))
    if not (job / "output" / "DONE").is_file():
        raise NotReady(user_text(
            "The training job in {folder} has not finished (output/DONE is missing): run "
            "`accelerate launch train.py` there to the end, then import it again.", folder=job))
    folder = job / "output" / "model"
    metrics = _read_json(job / "output" / "metrics.json", user_text(
        "The training job in {folder} has no output/metrics.json: run it again.", folder=job))
    train = _read_jsonl(job / "data" / "train.jsonl")
    dev = _read_jsonl(job / "data" / "dev.jsonl")
    if rows_hash(train + dev) != settings.get("data_hash"):
        raise ShuleError(user_text(
            "The data in {folder} was changed after Shule exported it, so Shule cannot tell which "
            "samples the model learned from: export a new job.", folder=job / "data"))
    labels = list(settings.get("labels") or [])

    with Project.open(project_path) as project:
        if labels != project.label_names:
            raise ShuleError(user_text(
                "The job was trained for the labels {labels}, but this project has "
                "{project_labels}: import it into the project it was exported from.",
                labels=", ".join(labels), project_labels=", ".join(project.label_names)))
        origin = settings.get("project") or {}
        if origin.get("created_at") and origin["created_at"] != _created_at(project):
            raise ShuleError(user_text(
                "The job was exported from another project ({name}): import it into that project.",
                name=str(origin.get("name"))))
        _check_model_folder(folder, labels)
        finished = (job / "output" / "DONE").read_text(encoding="utf-8", errors="replace").strip()
        for known in project.models():
            if (known.settings.get("job_created_at") == settings.get("created_at")
                    and known.settings.get("job_finished") == finished):
                raise ShuleError(user_text(
                    "This run of the training job is already in the project as model {model_id}.",
                    model_id=known.id))
        history = metrics.get("history") or []
        dev_metrics = {**(metrics.get("dev") or {"n": 0}), "on": "held-out",
                       "train_loss": history[-1].get("train_loss") if history else None}
        record_settings = {
            **{k: v for k, v in settings.items() if k not in ("format", "format_version", "created", "created_at")},
            "student": "transformer", "trained_remotely": True, "job_dir": str(job.resolve()),
            "job_created_at": settings.get("created_at"), "job_finished": finished,
            **{k: metrics.get(k) for k in RUN_KEYS},
        }
        model_id = new_model_id()
        record = ModelRecord(
            id=model_id, base=str(settings.get("base", "")), path=model_id, created_at=time.time(),
            settings=record_settings, metrics=dev_metrics,
            train_ids=[int(r["id"]) for r in train], eval_ids=[int(r["id"]) for r in dev])
        save_and_register(project, record, lambda tmp: shutil.copytree(folder, tmp))
    return model_id


def _check_model_folder(folder: Path, labels: Sequence[str]) -> None:
    if not folder.is_dir():
        raise ShuleError(user_text("The training job has no model folder ({folder}): run it again.",
                                   folder=folder))
    pickled = sorted(p.name for p in folder.rglob("*") if p.name.endswith(PICKLE_SUFFIXES))
    if pickled:
        raise ModelFolderError(user_text(
            "{folder} holds pickled weights ({files}), which can run code when loaded: "
            "Shule imports safetensors weights only (save_pretrained(safe_serialization=True)).",
            folder=folder, files=", ".join(pickled)))
    if not any((folder / n).is_file() for n in ("model.safetensors", "model.safetensors.index.json")):
        raise ModelFolderError(user_text(
            "{folder} has no model.safetensors: the run may not have saved its model.", folder=folder))
    config = _read_json(folder / "config.json", user_text(
        "{folder} has no config.json: the run may not have saved its model.", folder=folder))
    id2label = (config.get("id2label") if isinstance(config, dict) else None) or {}
    trained = [id2label.get(str(i)) for i in range(len(id2label))]
    if trained != list(labels):
        predicted = ", ".join(map(str, trained))
        if not predicted:
            raise ShuleError(user_text(
                "The model in {folder} predicts no labels, not the job's labels {labels}: run the "
                "job again.", folder=folder, labels=", ".join(labels)))
        raise ShuleError(user_text(
            "The model in {folder} predicts {predicted}, not the job's labels {labels}: run the "
            "job again.", folder=folder, predicted=predicted, labels=", ".join(labels)))


def _read_json(path: Path, missing: str) -> Any:
    """The file's JSON; ShuleError(``missing``, a user_text) when it is not there."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ShuleError(missing) from None
    except (OSError, ValueError) as e:
        raise ShuleError(user_text("{path} cannot be read ({detail}): the job folder may be damaged.",
                                   path=path, detail=str(e))) from e


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    try:
        with open(path, encoding="utf-8") as f:
            return [json.loads(line) for line in f if line.strip()]
    except FileNotFoundError:
        raise ShuleError(user_text(
            "{path} is missing: copy the whole job folder back, data/ included.", path=path)) from None
    except (OSError, ValueError) as e:
        raise ShuleError(user_text("{path} cannot be read ({detail}): the job folder may be damaged.",
                                   path=path, detail=str(e))) from e

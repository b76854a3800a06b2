"""A user outgrows their machine: Shule writes a training job, it runs with `accelerate launch`
elsewhere (here: on this CPU, for real), and the trained model comes home with its metrics."""

from __future__ import annotations

import ast
import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from core import RESOURCES
from core.errors import ModelFolderError, NotReady, ShuleError
from core.gold import add_gold
from core.project import Project
from core.remote_training import import_trained_model, write_training_job
from core.training import QUICK, TrainingConfig, evaluate
from core.training_data import training_data
from tests.fixtures.projects import TOY, make_project

REPO = Path(__file__).resolve().parent.parent
# A run long enough for the tiny random BERT to learn something; 1 thread on this shared machine.
CONFIG = TrainingConfig(epochs=12, learning_rate=1e-3, threads=1, patience=12)
OVERLAP = TOY["weather"][0]  # a training text that the user also typed as a gold sample
GOLD_ONLY = "a clinic far away gives medicine for fever"


def launch(command: list[str], job: Path, hf_home: Path, timeout: float = 180, **env: str
           ) -> subprocess.CompletedProcess[str]:
    """Run a launcher offline and without any accelerate config. On a timeout the launcher and
    every process it started are aborted: their faulthandler prints where each one was."""
    env = {**os.environ, "HF_HOME": str(hf_home), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
           "PYTHONFAULTHANDLER": "1", **env}
    with subprocess.Popen(command, cwd=job, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True) as proc:
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            launcher = psutil.Process(proc.pid)
            for p in launcher.children(recursive=True) + [launcher]:  # torchrun's run in new sessions
                with contextlib.suppress(psutil.NoSuchProcess):
                    p.send_signal(signal.SIGABRT)
            out, err = proc.communicate(timeout=30)
            pytest.fail(f"{command} did not finish in {timeout} s:\n{out}\n{err[-8000:]}")
    return subprocess.CompletedProcess(command, proc.returncode, out, err)


def accelerate_launch(job: Path, hf_home: Path) -> subprocess.CompletedProcess[str]:
    """`accelerate launch --cpu train.py` on one process."""
    return launch([sys.executable, "-m", "accelerate.commands.launch", "--cpu", "--num_processes", "1",
                   "--num_machines", "1", "--mixed_precision", "no", "--dynamo_backend", "no",
                   "--num_cpu_threads_per_process", "1", "train.py"], job, hf_home)


def project_with_gold(path: Path) -> Path:
    project_path = make_project(path)
    with Project.open(project_path) as project:
        add_gold(project, OVERLAP, "weather")
        add_gold(project, GOLD_ONLY, "health")
    return project_path


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def finished_job(tmp_path_factory: pytest.TempPathFactory, tiny_base: Path) -> dict:
    """A job written from a project with a gold set and run to the end with accelerate."""
    root = tmp_path_factory.mktemp("remote")
    project = project_with_gold(root / "toy")
    job = root / "job"
    summary = write_training_job(project, str(tiny_base), job, CONFIG)
    started = time.monotonic()
    run = accelerate_launch(job, root / "hf-home")
    seconds = time.monotonic() - started
    assert run.returncode == 0, run.stdout + run.stderr
    return {"project": project, "job": job, "summary": summary, "run": run, "seconds": seconds}


def copy_job(job: Path, to: Path) -> Path:
    shutil.copytree(job, to)
    return to


# ---- writing the job --------------------------------------------------------------------------------
def test_the_job_folder_holds_everything_the_remote_machine_needs(tmp_path: Path, tiny_base: Path) -> None:
    project = project_with_gold(tmp_path / "toy")
    job = tmp_path / "job"
    summary = write_training_job(project, str(tiny_base), job, CONFIG)

    for name in ("data/train.jsonl", "data/dev.jsonl", "labels.json", "settings.json", "train.py",
                 "README.md", "requirements.txt", "base/config.json", "base/model.safetensors",
                 "base/tokenizer.json"):
        assert (job / name).is_file(), name
    assert (job / "train.py").read_bytes() == (RESOURCES / "training_job" / "train.py").read_bytes()
    assert json.loads((job / "labels.json").read_text()) == list(TOY)
    settings = json.loads((job / "settings.json").read_text())
    assert settings["labels"] == list(TOY) and settings["base_in_job"] is True
    assert settings["epochs"] == 12 and settings["learning_rate"] == 1e-3 and settings["patience"] == 12
    assert settings["base"] == str(tiny_base.resolve())
    assert len(settings["data_hash"]) == 64 and settings["shule_version"]
    readme = (job / "README.md").read_text()
    assert "accelerate launch train.py" in readme and "--multi_gpu" in readme
    assert "shule import-model toy.shule" in readme
    requirements = (job / "requirements.txt").read_text()
    assert all(p in requirements for p in ("torch", "transformers", "accelerate", "safetensors"))
    assert summary["n_train"] + summary["n_dev"] == 23 and summary["left_out_gold_overlaps"] == 1


def test_gold_samples_and_texts_never_leave_home(tmp_path: Path, tiny_base: Path) -> None:
    project = project_with_gold(tmp_path / "toy")
    job = tmp_path / "job"
    write_training_job(project, str(tiny_base), job, CONFIG)
    rows = read_jsonl(job / "data" / "train.jsonl") + read_jsonl(job / "data" / "dev.jsonl")
    texts = {r["text"] for r in rows}
    assert OVERLAP not in texts and GOLD_ONLY not in texts
    with Project.open(project) as p:
        gold_ids = set(p.sample_ids(source="gold"))
        data = training_data(p, CONFIG.holdout_fraction, CONFIG.seed)
    assert gold_ids and not gold_ids & {r["id"] for r in rows}
    # The very split Shule trains on at home.
    assert [r["id"] for r in read_jsonl(job / "data" / "train.jsonl")] == [s.id for s in data.train]
    assert [r["id"] for r in read_jsonl(job / "data" / "dev.jsonl")] == [s.id for s in data.dev]
    assert json.loads((job / "settings.json").read_text())["data_hash"] == data.hash


def test_a_folder_that_is_not_empty_is_refused(tmp_path: Path, tiny_base: Path) -> None:
    project = make_project(tmp_path / "toy")
    job = tmp_path / "job"
    job.mkdir()
    (job / "notes.txt").write_text("mine")
    with pytest.raises(ShuleError, match="not empty"):
        write_training_job(project, str(tiny_base), job)
    assert sorted(p.name for p in job.iterdir()) == ["notes.txt"]
    assert not list(tmp_path.glob(".*.partial"))
    empty = tmp_path / "empty"
    empty.mkdir()
    write_training_job(project, str(tiny_base), empty)  # an empty folder is fine
    assert (empty / "train.py").is_file()


def test_the_base_can_stay_on_the_remote_machine(tmp_path: Path, tiny_base: Path) -> None:
    project = make_project(tmp_path / "toy")
    write_training_job(project, "/scratch/models/xlm-roberta-base", tmp_path / "a", copy_base=False)
    settings = json.loads((tmp_path / "a" / "settings.json").read_text())
    assert settings["base"] == "/scratch/models/xlm-roberta-base" and settings["base_in_job"] is False
    assert not (tmp_path / "a" / "base").exists()
    assert "/scratch/models/xlm-roberta-base" in (tmp_path / "a" / "README.md").read_text()
    write_training_job(project, "FacebookAI/xlm-roberta-base", tmp_path / "b", copy_base=False)
    assert json.loads((tmp_path / "b" / "settings.json").read_text())["base"] == "FacebookAI/xlm-roberta-base"
    with pytest.raises(ModelFolderError):
        write_training_job(project, "not a model!", tmp_path / "c", copy_base=False)
    with pytest.raises(ModelFolderError):
        write_training_job(project, str(tmp_path / "missing"), tmp_path / "d")  # copy_base needs a folder
    with pytest.raises(ShuleError, match="quick student"):
        write_training_job(project, QUICK, tmp_path / "e")
    assert not (tmp_path / "c").exists() and not (tmp_path / "d").exists() and not (tmp_path / "e").exists()


def test_the_writer_never_loads_torch_and_the_script_never_needs_shule() -> None:
    code = "import sys, core.remote_training; print(sorted(m for m in ('torch', 'transformers') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    tree = ast.parse((RESOURCES / "training_job" / "train.py").read_text(encoding="utf-8"))
    imported = {(n.module if isinstance(n, ast.ImportFrom) else a.name).split(".")[0]
                for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom))
                for a in getattr(n, "names", [])}
    assert imported <= {"json", "os", "shutil", "sys", "time", "pathlib", "torch", "accelerate",
                        "transformers"}, imported


# ---- running it and bringing the model home ----------------------------------------------------------
@pytest.mark.slow
def test_the_job_runs_with_accelerate_and_the_model_comes_home(finished_job: dict) -> None:
    job, project_path = finished_job["job"], finished_job["project"]
    assert finished_job["seconds"] < 60
    log = finished_job["run"].stdout
    assert "epoch 1/12" in log and "done in" in log
    assert (job / "output" / "DONE").is_file()
    assert (job / "output" / "model" / "model.safetensors").is_file()
    run = json.loads((job / "output" / "metrics.json").read_text())
    assert run["device"] == "cpu" and run["world_size"] == 1 and run["precision"] == "fp32"
    assert run["dev"]["n"] == finished_job["summary"]["n_dev"] and len(run["history"]) == 12
    assert not list((job / "output" / "model").glob("*.bin"))

    model_id = import_trained_model(project_path, job)
    with Project.open(project_path) as project:
        [record] = project.models()
        folder = project.model_path(record)
        status = project.status()
    assert record.id == model_id and model_id.startswith("m-")
    assert record.base == str(finished_job["summary"]["base"])
    assert record.metrics["on"] == "held-out" and record.metrics["accuracy"] == run["dev"]["accuracy"]
    assert record.metrics["n"] == len(record.eval_ids) and set(record.metrics["per_label"]) == set(TOY)
    assert record.settings["trained_remotely"] is True and record.settings["device"] == "cpu"
    assert record.settings["labels"] == list(TOY) and record.settings["max_length"] == run["max_length"]
    assert record.settings["size_bytes"] > 0
    assert [m["id"] for m in status["models"]] == [model_id]
    assert record.train_ids == [r["id"] for r in read_jsonl(job / "data" / "train.jsonl")]
    assert not list(folder.parent.glob(".*.partial"))

    # Shule's own tools can use it: transformers loads it, and Shule scores it on the gold set.
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    model = AutoModelForSequenceClassification.from_pretrained(folder, trust_remote_code=False)
    tokenizer = AutoTokenizer.from_pretrained(folder)
    assert [model.config.id2label[i] for i in range(3)] == list(TOY)
    with torch.no_grad():
        logits = model(**tokenizer(["heavy rain all night"], return_tensors="pt")).logits
    assert logits.shape == (1, 3)
    report = evaluate(project_path, model_id)
    assert report["on"] == "gold" and report["n"] == 2

    with pytest.raises(ShuleError, match="already in the project"):
        import_trained_model(project_path, job)


@pytest.mark.slow
def test_an_unfinished_run_is_not_imported(finished_job: dict, tmp_path: Path) -> None:
    job = copy_job(finished_job["job"], tmp_path / "job")
    (job / "output" / "DONE").unlink()  # killed after saving the model, before the end
    project = project_with_gold(tmp_path / "toy")
    with pytest.raises(NotReady, match="has not finished"):
        import_trained_model(project, job)
    fresh = tmp_path / "fresh"
    write_training_job(project, finished_job["summary"]["base"], fresh)  # never run at all
    with pytest.raises(NotReady, match="has not finished"):
        import_trained_model(project, fresh)
    with Project.open(project) as p:
        assert p.models() == [] and not p.models_dir.exists()


@pytest.mark.slow
def test_a_job_for_other_labels_or_another_project_is_refused(finished_job: dict, tmp_path: Path) -> None:
    other = make_project(tmp_path / "other", {"rain": TOY["weather"], "football": TOY["sports"]})
    with pytest.raises(ShuleError, match="trained for the labels weather, sports, health"):
        import_trained_model(other, finished_job["job"])
    twin = make_project(tmp_path / "twin")  # the same labels, but not the project it came from
    with pytest.raises(ShuleError, match="another project"):
        import_trained_model(twin, finished_job["job"])
    for path in (other, twin):
        with Project.open(path) as p:
            assert p.models() == []


@pytest.mark.slow
def test_pickled_weights_and_edited_data_are_refused(finished_job: dict, tmp_path: Path) -> None:
    project = finished_job["project"]
    with Project.open(project) as p:
        before = [m.id for m in p.models()]
    pickled = copy_job(finished_job["job"], tmp_path / "pickled")
    (pickled / "output" / "model" / "pytorch_model.bin").write_bytes(b"not to be unpickled")
    with pytest.raises(ModelFolderError, match="safetensors"):
        import_trained_model(project, pickled)

    edited = copy_job(finished_job["job"], tmp_path / "edited")
    train = edited / "data" / "train.jsonl"
    train.write_text(train.read_text(encoding="utf-8").replace("the", "teh", 1), encoding="utf-8")
    with pytest.raises(ShuleError, match="changed after Shule exported it"):
        import_trained_model(project, edited)
    with Project.open(project) as p:
        assert [m.id for m in p.models()] == before


@pytest.mark.slow
def test_several_processes_train_together(tmp_path: Path, tiny_base: Path) -> None:
    """The multi-GPU code path (sharded batches, gathered dev scores, one save), run as two CPU
    processes: torchrun starts them, ACCELERATE_USE_CPU joins them over gloo."""
    project = project_with_gold(tmp_path / "toy")
    job = tmp_path / "job"
    summary = write_training_job(project, str(tiny_base), job,
                                 TrainingConfig(epochs=3, learning_rate=1e-3, threads=1))
    run = launch([sys.executable, "-m", "torch.distributed.run", "--nproc_per_node", "2", "train.py"],
                 job, tmp_path / "hf", ACCELERATE_USE_CPU="1", OMP_NUM_THREADS="1")
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.count("done in") == 1  # only the main process reports and saves
    metrics = json.loads((job / "output" / "metrics.json").read_text())
    assert metrics["world_size"] == 2
    assert metrics["dev"]["n"] == summary["n_dev"]  # every dev sample scored once, none twice
    model_id = import_trained_model(project, job)
    with Project.open(project) as p:
        assert p.model(model_id).settings["world_size"] == 2

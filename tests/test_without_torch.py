"""The quick student without torch: the packaged app ships without it (a pretrained base needs the
optional training pack), so training, export and prediction of the default student must not need
torch, transformers, optimum or accelerate — in the CLI's process or in the job processes it starts.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.fixtures.projects import TOY, make_project

REPO = Path(__file__).resolve().parents[1]
BLOCKED = ("torch", "transformers", "optimum", "accelerate")

# Imported by every Python started with this folder on PYTHONPATH (the worker processes inherit
# it): these packages then fail to import as if they were not installed. Each process notes that it
# ran the block, and each import it refused, in the log named by SHULE_TEST_BLOCK_LOG.
SITECUSTOMIZE = f'''
import importlib.abc
import os
import sys

BLOCKED = {BLOCKED!r}
LOG = os.environ.get("SHULE_TEST_BLOCK_LOG")


def _note(line):
    if LOG:
        with open(LOG, "a", encoding="utf-8") as f:
            f.write(line + "\\n")


class _Blocker(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in BLOCKED:
            _note(f"refused {{os.getpid()}} {{name}}")
            raise ModuleNotFoundError(f"No module named {{name!r}} (blocked by the test)", name=name)
        return None


sys.meta_path.insert(0, _Blocker())
_note(f"blocking {{os.getpid()}}")
'''


def _env(block_dir: Path, log: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(block_dir), str(REPO)] + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))
    env["SHULE_TEST_BLOCK_LOG"] = str(log)
    env["PYTHONUNBUFFERED"] = "1"
    return env


def _run(env: dict[str, str], *args: object) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *map(str, args)], cwd=REPO, env=env, capture_output=True,
                          text=True, encoding="utf-8", timeout=300)


def test_quick_student_trains_exports_and_predicts_without_torch(tmp_path):
    block_dir = tmp_path / "no_torch"
    block_dir.mkdir()
    (block_dir / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    log = tmp_path / "block.log"
    env = _env(block_dir, log)

    # The block works: none of these imports, in a process started like the CLI.
    for name in BLOCKED:
        probe = _run(env, "-c", f"import {name}")
        assert probe.returncode != 0 and "ModuleNotFoundError" in probe.stderr, (name, probe.stderr)
    log.unlink()

    project = make_project(tmp_path / "toy")
    train = _run(env, "-m", "core.cli", "train", project, "--quiet")  # the quick student: the default
    assert train.returncode == 0, train.stderr
    model_id = train.stdout.strip()
    assert model_id

    bundle = tmp_path / "bundle"
    export = _run(env, "-m", "core.cli", "export", project, "--out", bundle, "--quiet", "--json")
    assert export.returncode == 0, export.stderr
    result = json.loads(export.stdout)
    assert result["verification"]["fp32"]["argmax_agreement"] == 1.0
    assert json.loads((bundle / "config.json").read_text(encoding="utf-8"))["student"] == "quick"

    predict = _run(env, "-m", "core.cli", "predict", bundle, "heavy rain and wind all night",
                   "the team scored in the final")
    assert predict.returncode == 0, predict.stderr
    rows = [json.loads(line) for line in predict.stdout.splitlines()]
    assert len(rows) == 2 and all(row["label"] in TOY for row in rows)

    # The block was in force in every process, job processes included, and nothing asked for the
    # blocked packages (an optional import that quietly falls back would show up here too).
    lines = log.read_text(encoding="utf-8").splitlines()
    blocking = {line.split()[1] for line in lines if line.startswith("blocking ")}
    assert len(blocking) >= 5, lines  # train, export, predict and the train and export jobs
    assert [line for line in lines if line.startswith("refused ")] == []

"""Crash trials: the real process is killed (SIGKILL) at a random moment while it generates, records
review decisions, trains or exports; then the project is opened and checked.

What must hold after every kill:
- generation: the project opens and passes SQLite's integrity check; every sample the job had
  reported (committed) is there, none twice, none half-written; the interrupted job resumes and
  finishes without losing or repeating samples;
- review: every decision whose call had returned (what the Review page shows as done) is stored;
- training: every registered model's files are complete; nothing half-written is registered; a new
  training run then succeeds;
- export: the target folder is either the earlier complete bundle or the new complete one (every
  file matches its manifest), never a half one; the next export succeeds and leaves no hidden
  leftovers.

The same run also puts generation against a teacher server that answers with faults, and
fuzzes the importers and Project.open with damaged files: import files, and project files
damaged byte by byte or in structure (tables dropped, meta rows deleted, odd schema versions);
each must work or be refused in one sentence.

Run the long trials (20 of each) with ``make reliability``; it writes bench/results/reliability.json.
The test suite runs a few of each (tests/test_crash_safety.py).
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any, Callable, Optional

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
RESULTS = ROOT / "bench" / "results"

LABELS = {"sports": "Games, teams and athletes", "health": "Illness, clinics and staying well"}


def _project(path: Path, gguf: Optional[Path] = None) -> Path:
    from core.languages import find_language
    from core.project import Label, Project, TeacherConfig

    with Project.create(path, find_language("sw"), [Label(n, d) for n, d in LABELS.items()],
                        task="Sort radio SMS") as project:
        if gguf is not None:
            project.set_teacher(TeacherConfig("gguf", str(gguf)))
        return project.path


def _integrity(path: Path) -> bool:
    with sqlite3.connect(path) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def _kill_later(pid: list[int], delay: float) -> threading.Timer:
    """SIGKILL the child whose pid lands in ``pid`` once ``delay`` seconds have passed."""
    def fire() -> None:
        if pid:
            try:
                os.kill(pid[0], signal.SIGKILL)
            except ProcessLookupError:  # it finished first
                pass

    timer = threading.Timer(delay, fire)
    timer.start()
    return timer


def _run_killed(kind: str, args: dict[str, Any], delay: float,
                on_event: Optional[Callable[[dict[str, Any]], bool]] = None) -> bool:
    """Run a child job and SIGKILL it after ``delay`` s, or as soon as ``on_event`` returns True
    for one of its events; True when the kill landed before the job ended."""
    from core.errors import JobFailed
    from core.jobs import run_in_child

    pid: list[int] = []

    def event(e: dict[str, Any]) -> None:
        if e.get("event") == "started":
            pid.append(e["pid"])
        if on_event is not None and on_event(e) and pid:
            os.kill(pid[0], signal.SIGKILL)

    timer = _kill_later(pid, delay)
    try:
        run_in_child(kind, args, on_event=event)
        return False
    except JobFailed as e:
        if "stopped unexpectedly" not in str(e):
            raise
        return True
    finally:
        timer.cancel()


def _at_progress_event(n: int) -> Callable[[dict[str, Any]], bool]:
    """A kill trigger for the n-th progress event (0: never; the timer decides)."""
    seen = [0]

    def trigger(e: dict[str, Any]) -> bool:
        if e.get("event") != "progress":
            return False
        seen[0] += 1
        return seen[0] == n

    return trigger


# ---- generation -------------------------------------------------------------------------------

def generation_trials(workdir: Path, gguf: Path, trials: int, rng: random.Random) -> dict[str, Any]:
    from core.generation import GenerationConfig, generate
    from core.project import Project
    from core.teachers.gguf import GGUFTeacher

    report = {"trials": trials, "killed": 0, "samples_confirmed": 0, "samples_found": 0,
              "duplicates": 0, "half_written": 0, "resumed": 0, "failures": []}
    for trial in range(trials):
        path = _project(workdir / f"gen{trial}.shule", gguf)
        confirmed: list[int] = []
        config = {"per_label": 6, "max_chars": 40, "seed": trial}
        # Every other trial is killed after its k-th sample (mid-job for sure); the others at a
        # random moment, which may fall in start-up or after the end.
        after = rng.randint(1, 10) if trial % 2 == 0 else 0

        def on_event(e: dict[str, Any]) -> bool:
            if e.get("event") == "sample":
                confirmed.append(e["id"])
                return len(confirmed) == after
            return False

        killed = _run_killed("generate", {"project": str(path), "config": config},
                             rng.uniform(0.3, 4.0), on_event)
        report["killed"] += killed
        problems = []
        if not _integrity(path):
            problems.append("integrity check failed")
        with Project.open(path) as project:
            samples = project.samples()
            ids = {s.id for s in samples}
            report["samples_confirmed"] += len(confirmed)
            report["samples_found"] += len(ids & set(confirmed))
            if not set(confirmed) <= ids:
                problems.append(f"lost samples {sorted(set(confirmed) - ids)}")
            duplicates = len(samples) - len({s.text for s in samples})
            report["duplicates"] += duplicates
            half = [s.id for s in samples if not s.text.strip() or s.label not in LABELS
                    or s.status not in ("pending", "accepted", "rejected")]
            report["half_written"] += len(half)
            if duplicates or half:
                problems.append(f"{duplicates} duplicates, half-written {half}")
            jobs = project.interrupted_jobs()
            if killed and jobs:
                teacher = GGUFTeacher(str(gguf), n_threads=1)
                try:
                    generate(project, teacher, GenerationConfig(), resume=jobs[0]["id"])
                finally:
                    teacher.close()
                after = project.samples()
                if [s.id for s in after[:len(samples)]] != [s.id for s in samples]:
                    problems.append("resume changed earlier samples")
                elif len({s.text for s in after}) != len(after) or project.interrupted_jobs():
                    problems.append("resume repeated samples or left the job open")
                else:
                    report["resumed"] += 1
        if problems:
            report["failures"].append({"trial": trial, "problems": problems})
    return report


# ---- review decisions ---------------------------------------------------------------------------

DECIDER = """
import sys
from core.project import Project
path, start = sys.argv[1], int(sys.argv[2])
with Project.open(path) as project:
    for i in project.sample_ids():
        if i < start:
            continue
        if i % 3:
            project.set_status([i], "accepted")
        else:
            project.set_status([i], "rejected", "wrong_label")
        print(i, flush=True)  # the call returned: the Review page now shows it as done
"""


def expected_status(sample_id: int) -> str:
    return "accepted" if sample_id % 3 else "rejected"


def review_trials(workdir: Path, trials: int, rng: random.Random, samples: int = 20_000
                  ) -> dict[str, Any]:
    from core.project import NewSample, Project

    report = {"trials": trials, "killed": 0, "decisions_confirmed": 0, "decisions_found": 0,
              "failures": []}
    path = _project(workdir / "review.shule")
    with Project.open(path) as project:
        project.add_samples(NewSample(f"ujumbe namba {i} kuhusu mpira na afya", "sports")
                            for i in range(samples))
    start = 0
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    for trial in range(trials):
        child = subprocess.Popen([sys.executable, "-c", DECIDER, str(path), str(start)],
                                 stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
        # Every other trial is killed after its k-th decision, the others at a random moment.
        after = rng.randint(20, 400) if trial % 2 == 0 else 0
        timer = threading.Timer(rng.uniform(0.3, 2.0), child.kill)
        timer.start()
        confirmed = []
        for line in child.stdout:  # type: ignore[union-attr]
            confirmed.append(int(line))
            if len(confirmed) == after:
                child.kill()  # lines already printed are still read: those calls had returned
        child.wait()
        timer.cancel()
        report["killed"] += child.returncode == -signal.SIGKILL
        problems = [] if _integrity(path) else ["integrity check failed"]
        with Project.open(path) as project:
            found = [i for i in confirmed if project.sample(i).status == expected_status(i)]
        report["decisions_confirmed"] += len(confirmed)
        report["decisions_found"] += len(found)
        if len(found) != len(confirmed):
            problems.append(f"lost decisions {sorted(set(confirmed) - set(found))[:10]}")
        if problems:
            report["failures"].append({"trial": trial, "problems": problems})
        start = (confirmed[-1] + 1) if confirmed else start
    return report


# ---- training ---------------------------------------------------------------------------------

def _trained_project(path: Path) -> Path:
    from core.project import Project
    from tests.fixtures.projects import TOY, add_samples

    path = _project(path)
    with Project.open(path) as project:
        add_samples(project, {"sports": TOY["sports"], "health": TOY["health"]})
    return path


def _models_ok(path: Path) -> list[str]:
    from core.project import Project
    from core.quick_model import QuickModel

    problems = []
    with Project.open(path) as project:
        for record in project.models():
            try:
                QuickModel.load(project.model_path(record))
            except Exception as e:  # noqa: BLE001 - any failure to load is the finding
                problems.append(f"model {record.id} does not load: {type(e).__name__}")
    return problems


def training_trials(workdir: Path, trials: int, rng: random.Random) -> dict[str, Any]:
    from core.training import QUICK, TrainingConfig, train

    report = {"trials": trials, "killed": 0, "models_registered": 0, "retrained": 0, "failures": []}
    path = _trained_project(workdir / "train.shule")
    config = TrainingConfig(epochs=15).to_dict()
    for trial in range(trials):
        killed = _run_killed("train", {"project": str(path), "base": QUICK, "base_name": "",
                                       "config": config}, rng.uniform(0.5, 6.0),
                             _at_progress_event(rng.randint(1, 20) if trial % 2 == 0 else 0))
        report["killed"] += killed
        problems = ([] if _integrity(path) else ["integrity check failed"]) + _models_ok(path)
        if problems:
            report["failures"].append({"trial": trial, "problems": problems})
    # After all the kills, training still works and leaves no hidden half-written folder.
    from core.project import Project

    train(path, QUICK, TrainingConfig(epochs=2))
    with Project.open(path) as project:
        report["models_registered"] = len(project.models())
        leftovers = [p.name for p in project.models_dir.iterdir() if p.name.startswith(".")]
    if leftovers or _models_ok(path):
        report["failures"].append({"trial": "after", "problems": [f"leftovers {leftovers}"]})
    else:
        report["retrained"] = 1
    return report


# ---- export -----------------------------------------------------------------------------------

def _complete_bundle(folder: Path) -> bool:
    from core.predict import MANIFEST, verify_files

    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        verify_files(folder, list(manifest["files"]))
    except Exception:  # noqa: BLE001 - anything unreadable is not a complete bundle
        return False
    return True


def export_trials(workdir: Path, trials: int, rng: random.Random) -> dict[str, Any]:
    from core.export import export
    from core.training import QUICK, train

    report = {"trials": trials, "killed": 0, "complete_after_kill": 0, "failures": []}
    path = _trained_project(workdir / "export.shule")
    model_id = train(path, QUICK)
    out = workdir / "bundle"
    export(path, model_id, out)
    for trial in range(trials):
        killed = _run_killed("export", {"project": str(path.resolve()), "model_id": model_id,
                                        "out_dir": str(out), "int8": True},
                             rng.uniform(0.3, 5.0),
                             _at_progress_event(rng.randint(1, 5) if trial % 2 == 0 else 0))
        report["killed"] += killed
        if _complete_bundle(out):
            report["complete_after_kill"] += 1
        else:
            report["failures"].append({"trial": trial, "problems": ["no complete bundle at the target"]})
    export(path, model_id, out)
    leftovers = [p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}.")]
    if leftovers or not _complete_bundle(out):
        report["failures"].append({"trial": "after", "problems": [f"leftovers {leftovers}"]})
    return report


# ---- faulty teachers ----------------------------------------------------------------------------

FAULTS = ("429", "500", "503", "hang", "truncated", "bad_json", "length", "reset", "drip", "huge",
          "wrong_label", "wrong_script", "plain_text")
GOOD = {"sports": ["Timu yetu imeshinda mechi ya leo uwanjani", "Mchezaji wetu amefunga magoli matatu",
                   "Mashabiki wamejaa uwanjani kwa fainali", "Kocha mpya ameteua kikosi cha taifa"],
        "health": ["Kliniki ya kijiji itafunguliwa kesho", "Wauguzi wanawachanja watoto wote",
                   "Dawa mpya ya malaria imefika hospitalini", "Chemsha maji ili kuepuka kipindupindu"]}


def fault_trials(workdir: Path, trials: int, rng: random.Random, per_trial: int = 30) -> dict[str, Any]:
    """Generation against a server that answers with a random mix of faults and good replies."""
    from core.errors import ShuleError
    from core.generation import GenerationConfig, generate
    from core.languages import find_language
    from core.project import Label, Project
    from core.teachers.remote import RemoteTeacher
    from tests.fixtures.fault_server import FaultServer

    report = {"trials": trials, "requests": 0, "faults_injected": 0, "crashes": 0,
              "stopped_with_message": 0, "discards_without_reason": 0, "longest_gap_between_requests_s": 0.0,
              "failures": []}
    for trial in range(trials):
        actions: list[Any] = []
        faulty: list[bool] = []  # per action: is it a fault?
        for _ in range(per_trial):
            faulty.append(rng.random() >= 0.5)
            if not faulty[-1]:
                label = rng.choice(list(GOOD))
                text = f"{rng.choice(GOOD[label])} {rng.randint(1, 10**6)}"
                actions.append(("content", json.dumps({"text": text, "label": label})))
                continue
            fault = rng.choice(FAULTS)
            if fault == "wrong_label":
                fault = ("content", json.dumps({"text": GOOD["health"][0], "label": "weather"}))
            elif fault == "wrong_script":
                fault = ("content", json.dumps({"text": "ሰላም ለሁሉም ሰው ዛሬ ጨዋታው ጥሩ ነበር", "label": "sports"}))
            elif fault == "plain_text":
                fault = ("content", "Sure! Here is a sentence about football.")
            actions.append(fault)
        with Project.create(workdir / f"faults{trial}.shule", find_language("sw"),
                            [Label(n, d) for n, d in LABELS.items()]) as project, \
                FaultServer(hang_seconds=3.0) as server:
            server.script(*actions)
            teacher = RemoteTeacher(server.base_url, "fault-model", timeout=1.0, backoff=0.05,
                                    max_retries=2, structured_output="json_schema")
            started = time.monotonic()
            try:
                generate(project, teacher, GenerationConfig(per_label=3, max_chars=120, concurrency=1,
                                                            max_consecutive_failures=6))
            except ShuleError:
                report["stopped_with_message"] += 1  # a persistent failure, said in words
            except Exception as e:  # noqa: BLE001 - this is what the trial looks for
                report["crashes"] += 1
                report["failures"].append({"trial": trial, "problems": [f"{type(e).__name__}: {e}"]})
            finally:
                teacher.close()
            elapsed = time.monotonic() - started
            requests = server.chat_requests()
            report["requests"] += len(requests)
            report["faults_injected"] += sum(faulty[:len(requests)])
            gaps = [b.time - a.time for a, b in zip(requests, requests[1:])]
            report["longest_gap_between_requests_s"] = max([report["longest_gap_between_requests_s"], *gaps])
            report["discards_without_reason"] += sum(1 for d in project.discards() if not d["reason"])
            if elapsed > 10 * len(requests) + 10:
                report["failures"].append({"trial": trial, "problems": [f"took {elapsed:.0f} s"]})
    return report


# ---- bad files ----------------------------------------------------------------------------------

IMPORT_SUFFIXES = (".csv", ".tsv", ".txt", ".jsonl", ".xlsx", ".parquet")


def _damage(data: bytes, rng: random.Random) -> bytes:
    """Random bytes, or a real file cut short and/or with bytes overwritten."""
    if rng.random() < 0.3:
        return bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 3000)))
    raw = bytearray(data[:rng.randint(0, len(data))] if rng.random() < 0.5 else data)
    for _ in range(rng.randint(0, 20) if raw else 0):
        raw[rng.randrange(len(raw))] = rng.getrandbits(8)
    return bytes(raw)


def _structure_damage(tables: list[str], rng: random.Random) -> tuple[list[str], list[str],
                                                                    Optional[str]]:
    """Random choices for tests.test_import_fuzz.damage_structure: which tables to drop, which
    meta rows to delete, which schema_version to store (None: leave it)."""
    from tests.test_import_fuzz import META_KEYS, VERSIONS

    return (rng.sample(tables, rng.choice((0, 1, 1, 2, 3))),
            [key for key in META_KEYS if rng.random() < 0.2], rng.choice((None, *VERSIONS)))


def fuzz_trials(workdir: Path, cases: int, rng: random.Random) -> dict[str, Any]:
    """Damaged and random files through every importer, and damaged project files through
    Project.open: each must import exactly or be refused with a ShuleError of one line, and a
    refused import must leave the project as it was. About a third of the project files are
    damaged in structure rather than byte by byte (tables dropped, meta rows deleted, odd schema
    versions; counted in "structural"); one of those that opens must also read as the pages
    read it. "imported" counts the files imported or projects opened, "escapes" anything but
    that or a clear refusal."""
    from core.errors import ShuleError
    from core.importing import commit_import, plan_import
    from core.project import NewSample, Project
    from tests.test_import_fuzz import (damage_structure, fresh_copy, read_everything,
                                        table_names, valid_bytes)

    report = {"cases": 0, "imported": 0, "clear_errors": 0, "escapes": 0, "partial_writes": 0,
              "structural": 0, "failures": []}
    path = _project(workdir / "fuzz.shule")
    with Project.open(path) as project:
        for case in range(cases):
            suffix, kind = rng.choice(IMPORT_SUFFIXES), rng.choice(("samples", "gold", "unlabelled"))
            file = workdir / f"fuzz{suffix}"
            file.write_bytes(_damage(valid_bytes(suffix), rng))
            before = (len(project.sample_ids()), len(project.texts(unannotated=False)))
            report["cases"] += 1
            try:
                plan = plan_import(project, file, kind)
                commit_import(project, plan)
                report["imported"] += 1
            except ShuleError as e:
                clear = bool(str(e)) and "\n" not in str(e)
                report["clear_errors"] += clear
                if not clear:
                    report["escapes"] += 1
                    report["failures"].append({"case": case, "problems": [f"unclear: {e!r}"]})
                after = (len(project.sample_ids()), len(project.texts(unannotated=False)))
                if after != before:
                    report["partial_writes"] += 1
                    report["failures"].append({"case": case, "problems": ["wrote part of a refused import"]})
            except Exception as e:  # noqa: BLE001 - what the trial looks for
                report["escapes"] += 1
                report["failures"].append({"case": case, "problems": [f"{suffix}: {type(e).__name__}: {e}"[:300]]})
    real = workdir / "real.shule"
    _project(real)
    with Project.open(real) as project:
        project.add_samples(NewSample(f"Sentensi ya {i}", "sports") for i in range(200))
    pristine, tables = real.read_bytes(), table_names(real)
    for case in range(cases):
        damaged = fresh_copy(workdir / "damaged.shule", pristine)  # and no -wal, -shm, backups
        structural = rng.random() < 1 / 3
        if structural:
            damage = _structure_damage(tables, rng)
            damage_structure(damaged, *damage)
            what = f"project {case}: drop {damage[0]}, forget {damage[1]}, version {damage[2]!r}"
        else:
            damaged.write_bytes(_damage(pristine, rng))
            what = f"project {case}"
        report["cases"] += 1
        report["structural"] += structural
        try:
            project = Project.open(damaged)
        except ShuleError as e:
            clear = bool(str(e)) and "\n" not in str(e)
            report["clear_errors"] += clear
            if not clear:
                report["escapes"] += 1
                report["failures"].append({"case": what, "problems": [f"unclear: {e!r}"[:300]]})
            continue
        except Exception as e:  # noqa: BLE001
            report["escapes"] += 1
            report["failures"].append({"case": what, "problems": [f"{type(e).__name__}: {e}"[:300]]})
            continue
        try:
            if structural:  # what is left must read; byte damage may hit any page
                read_everything(project)
            report["imported"] += 1  # opened: the damage missed what matters
        except Exception as e:  # noqa: BLE001
            report["escapes"] += 1
            report["failures"].append({"case": f"{what}, reading",
                                       "problems": [f"{type(e).__name__}: {e}"[:300]]})
        finally:
            project.close()
    return report


# ---- all of it --------------------------------------------------------------------------------

def run(trials: int = 20, seed: int = 0, workdir: Optional[Path] = None,
        gguf: Optional[Path] = None) -> dict[str, Any]:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        tmp_path = Path(tmp)
        if gguf is None:
            from tests.fixtures.tiny_gguf import make_tiny_gguf

            gguf = make_tiny_gguf(tmp_path / "tiny.gguf")
        started = time.perf_counter()
        crash = {
            "generation": generation_trials(tmp_path, gguf, trials, rng),
            "review": review_trials(tmp_path, trials, rng),
            "training": training_trials(tmp_path, trials, rng),
            "export": export_trials(tmp_path, trials, rng),
        }
        faults = fault_trials(tmp_path, trials, rng)
        fuzz = fuzz_trials(tmp_path, 50 * trials, rng)
    return {"crash": crash, "faulty_teacher": faults, "bad_files": fuzz, "seconds": round(time.perf_counter() - started, 1),
            "trials_per_kind": trials, "seed": seed}


def main(argv: list[str]) -> int:
    trials = int(argv[1]) if len(argv) > 1 else 20
    result = run(trials)
    RESULTS.mkdir(parents=True, exist_ok=True)
    target = RESULTS / "reliability.json"
    previous = json.loads(target.read_text()) if target.is_file() else {}
    previous.update(result)  # other reliability figures (faults, fuzzing, soak) keep their keys
    target.write_text(json.dumps(previous, indent=2) + "\n")
    failures = sum(len(kind["failures"]) for kind in [*result["crash"].values(), result["faulty_teacher"],
                                                      result["bad_files"]])
    print(json.dumps(result, indent=2))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

"""``shule`` verbs for students and scores: train, evaluate, scoreboard, coverage, learning-curve,
uncertain, import-model. Registered by ``core.cli.build_parser``; each imports what it needs when
it runs."""

from __future__ import annotations

import argparse
from typing import Any, Callable

from core.cli_output import print_json, progress_printer

Verb = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def cmd_train(a: argparse.Namespace) -> int:
    from core.training import TrainingConfig, train

    overrides = {k: v for k, v in {"epochs": a.epochs, "learning_rate": a.lr,
                                   "batch_size": a.batch_size, "max_length": a.max_length,
                                   "patience": a.patience, "seed": a.seed}.items()
                 if v is not None}
    config = TrainingConfig(**overrides)
    if a.export_job:
        from core.remote_training import write_training_job

        result = write_training_job(a.project, a.base, a.export_job, config,
                                    copy_base=not a.no_copy_base, progress=progress_printer(a.quiet))
        print_json(result) if a.json else print(
            f"Wrote a training job to {a.export_job}: see its README.md. Bring the model back with "
            f"`shule import-model {a.project} {a.export_job}`.")
        return 0
    model_id = train(a.project, a.base, config, progress_printer(a.quiet))
    if a.json:
        from core.project import Project

        with Project.open(a.project) as project:
            record = project.model(model_id)
        print_json({"model_id": model_id, "metrics": record.metrics,
                    "stopped": record.settings.get("stopped")})
    else:
        print(model_id)
    return 0


def _print_report(report: dict[str, Any], who: str) -> None:
    print(f"{who} on the {report.get('on', 'gold')} set ({report['n']} texts): "
          f"accuracy {report['accuracy']:.3f}, macro-F1 {report['macro_f1']:.3f}.")
    width = max(len(name) for name in report["per_label"]) if report["per_label"] else 5
    print(f"  {'label':<{width}}  precision  recall     F1  support")
    for name, s in report["per_label"].items():
        print(f"  {name:<{width}}  {s['precision']:9.3f}  {s['recall']:6.3f}  {s['f1']:5.3f}  {s['support']:7d}")


def cmd_evaluate(a: argparse.Namespace) -> int:
    if a.teacher:
        from core.project import Project
        from core.teacher_scoring import evaluate_teacher

        evaluate_teacher(a.project, progress_printer(a.quiet))
        with Project.open(a.project) as project:
            evaluation = project.latest_evaluation("teacher")
        assert evaluation is not None  # just stored
        report = {**evaluation.report, "on": evaluation.on, "subject": "teacher"}
        who = "The teacher"
    else:
        from core.training import evaluate

        report = evaluate(a.project, a.model, progress_printer(a.quiet))
        who = f"Student {report['model_id']}"
    print_json(report) if a.json else _print_report(report, who)
    return 0


def cmd_scoreboard(a: argparse.Namespace) -> int:
    from dataclasses import asdict

    from core.project import Project
    from core.scoreboard import scoreboard, verdict

    with Project.open(a.project) as project:
        rows = scoreboard(project)
    if a.json:
        print_json({"rows": [asdict(r) for r in rows], "verdict": verdict(rows)})
        return 0
    for r in rows:
        figures = (f"macro-F1 {r.macro_f1:.3f}, accuracy {r.accuracy:.3f} on {r.n_eval} texts"
                   if r.evaluated and r.macro_f1 is not None else "not scored yet")
        print(f"{r.kind:<8} {r.name}: {figures}{' (gold set changed since)' if r.stale else ''}")
    print(verdict(rows) or "Score the teacher and a student on gold samples to compare them.")
    return 0


def cmd_coverage(a: argparse.Namespace) -> int:
    from pathlib import Path

    from core.coverage import coverage_report, local_bases, project_texts
    from core.project import Project

    with Project.open(a.project) as project:
        texts, language = project_texts(project), project.language.name
    bases = [(Path(b).name, Path(b)) for b in a.base] if a.base else local_bases()
    report = coverage_report(texts, language, bases)
    if a.json:
        print_json(report)
    else:
        for entry in report["bases"]:
            print(f"{entry['verdict']:>6}  {entry['sentence']}")
        print(report["recommendation"])
    return 0


def cmd_learning_curve(a: argparse.Namespace) -> int:
    from core.learning_curve import learning_curve

    result = learning_curve(a.project, a.base, progress=progress_printer(a.quiet))
    if a.json:
        print_json(result)
        return 0
    for point in result["points"]:
        print(f"{point['fraction']:>4.0%} of the samples ({point['n_train']}): "
              f"macro-F1 {point['macro_f1']:.3f}, accuracy {point['accuracy']:.3f}")
    gain = result["gain"]
    if gain is not None:
        print(f"The last doubling of the samples gained {gain * 100:+.1f} points of macro-F1 on the "
              f"{result['on']} set: " + ("more reviewed samples should still help." if gain > 0.01
                                         else "more of the same samples may not help much."))
    return 0


def cmd_uncertain(a: argparse.Namespace) -> int:
    from core.active_learning import review_uncertain

    result = review_uncertain(a.project, a.model, a.limit, progress_printer(a.quiet))
    print_json(result) if a.json else print(
        f"Ranked {result['ranked']} texts; the {result['added']} the student is least sure about "
        "are waiting for review, labelled with its best guess.")
    return 0


def cmd_import_model(a: argparse.Namespace) -> int:
    from core.remote_training import import_trained_model

    model_id = import_trained_model(a.project, a.job)
    print_json({"model_id": model_id}) if a.json else print(model_id)
    return 0


def add_student_verbs(verb: Verb) -> None:
    p = verb("train", cmd_train, "train a student on the accepted samples; prints the model id")
    p.add_argument("project")
    p.add_argument("--base", default="quick",
                   help="'quick' (character n-grams, trains in seconds; the default), the folder "
                        "of a pretrained encoder, or a Hugging Face model id")
    p.add_argument("--epochs", type=int, help="at most this many epochs (default: from the data)")
    p.add_argument("--lr", type=float, help="learning rate (default: from the model's size)")
    p.add_argument("--batch-size", type=int, help="default: grows with the number of samples")
    p.add_argument("--max-length", type=int, help="tokens per text (default: from the texts)")
    p.add_argument("--patience", type=int, help="epochs without progress on the dev split before stopping")
    p.add_argument("--seed", type=int)
    p.add_argument("--export-job", metavar="DIR",
                   help="write a training job for `accelerate launch` on another machine instead")
    p.add_argument("--no-copy-base", action="store_true",
                   help="with --export-job: name the base (a hub id or a path there) instead of copying it")

    p = verb("evaluate", cmd_evaluate, "score a student (or --teacher) on the gold set")
    p.add_argument("project")
    p.add_argument("--model", help="model id (default: the newest)")
    p.add_argument("--teacher", action="store_true",
                   help="score the teacher used directly as a classifier instead")

    p = verb("scoreboard", cmd_scoreboard, "the teacher against every student, on the gold set")
    p.add_argument("project")

    p = verb("coverage", cmd_coverage, "how well each base model's tokenizer knows the language")
    p.add_argument("project")
    p.add_argument("--base", action="append", help="a base model folder (default: those found here)")

    p = verb("learning-curve", cmd_learning_curve,
             "train on 25/50/100 %% of the samples: would more review help?")
    p.add_argument("project")
    p.add_argument("--base", default="quick", help="as for train")

    p = verb("uncertain", cmd_uncertain,
             "queue the imported texts the student is least sure about for review")
    p.add_argument("project")
    p.add_argument("--model", help="model id (default: the newest)")
    p.add_argument("--limit", type=int, default=50)

    p = verb("import-model", cmd_import_model, "register a model trained by an exported job")
    p.add_argument("project")
    p.add_argument("job", help="the job folder, after `accelerate launch train.py` finished")

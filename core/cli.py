"""``shule <verb> …``: every step of the pipeline from the command line.

Exit code 0 on success; on failure one line on stderr and a non-zero code. ``--json`` prints the
result as JSON on stdout. Verbs import what they need when they run, so ``shule predict`` loads
only onnxruntime, tokenizers and numpy.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from typing import Any, Callable, Optional, Sequence

from core.cli_output import EXIT_CANCELLED, EXIT_ERROR, print_json, progress_printer
from core.errors import Cancelled, ShuleError


def _label_arg(text: str) -> tuple[str, str]:
    name, sep, description = text.partition("=")
    if not sep:
        raise argparse.ArgumentTypeError(f'write labels as NAME="description", not {text!r}')
    return name, description


# ---- verbs ------------------------------------------------------------------------------------
def cmd_new(a: argparse.Namespace) -> int:
    from core.languages import find_language
    from core.project import Label, Project

    language = find_language(a.language)
    with Project.create(a.project, language, [Label(n, d) for n, d in a.label], a.task) as project:
        if a.json:
            print_json(project.status())
        else:
            print(f"Created {project.path} for {language.label} with labels "
                  + ", ".join(project.label_names) + ".")
    return 0


def cmd_teacher(a: argparse.Namespace) -> int:
    from core.project import Project, TeacherConfig

    if a.detect:
        from core.teachers.discovery import discover

        found = discover()
        if a.json:
            print_json([asdict(f) for f in found])
        elif not found:
            print("No model server answers on this computer (looked for Ollama, LM Studio, "
                  "llama.cpp server and vLLM on their usual ports).")
        for f in found:
            print(f"{f.name} at {f.base_url}: " + (", ".join(f.models) or "no models listed"))
        return 0
    if not a.project:
        raise ShuleError("Name the project: shule teacher PROJECT --gguf FILE (or --url URL).")
    if a.gguf:
        from core.teachers.gguf import check_gguf
        from core.teachers.gguf_info import gguf_info

        path = check_gguf(a.gguf).resolve()
        info = gguf_info(path)  # also refuses a damaged file before it is saved
        config = TeacherConfig("gguf", str(path))
        lines = [f"Teacher set to {path.name}: {info.summary}."]
    elif a.url:
        config, lines = _remote_teacher(a)
    else:
        raise ShuleError("Give a teacher: --gguf FILE, or --url URL --model NAME, or --detect.")
    with Project.open(a.project) as project:
        project.set_teacher(config)
        if a.json:
            print_json(asdict(config))
        else:
            print("\n".join(lines))
    return 0


def _remote_teacher(a: argparse.Namespace) -> tuple[Any, list[str]]:
    """Check the server before saving it; the key goes to the keyring, the project keeps a name."""
    import os

    from core.project import TeacherConfig
    from core.secrets import key_name_for, store_key
    from core.teachers.connection import test_connection

    if not a.model:
        raise ShuleError("Name the model to use with --model (shule teacher PROJECT --detect "
                         "lists what local servers have).")
    key = None
    if a.api_key_env:
        key = os.environ.get(a.api_key_env)
        if not key:
            raise ShuleError(f"The environment variable {a.api_key_env} is empty or not set.")
    report = test_connection(a.url, a.model, key)
    if not report.ok:
        raise ShuleError(" ".join(report.lines[-1:]) or f"The server at {a.url} cannot be used.")
    settings: dict[str, Any] = {"base_url": report.base_url, "model": a.model,
                                "structured_output": report.structured_output}
    if a.concurrency:
        settings["max_concurrency"] = a.concurrency
    lines = list(report.lines)
    if key:
        settings["api_key_name"] = key_name_for(report.base_url)
        warning = store_key(settings["api_key_name"], key)
        if warning:
            lines.append(warning)
    return TeacherConfig("openai", report.base_url, settings), lines


def cmd_generate(a: argparse.Namespace) -> int:
    from core.errors import NotReady
    from core.generation import GenerationConfig, estimate, generate
    from core.project import Project

    with Project.open(a.project) as project:
        _check_teacher(project)
        resume = None
        if a.resume is not None:
            interrupted = project.interrupted_jobs()
            if not interrupted:
                raise NotReady("There is no interrupted generation job to resume.")
            ids = [j["id"] for j in interrupted]
            resume = ids[-1] if a.resume == 0 else a.resume
            if resume not in ids:
                raise NotReady(f"Job {a.resume} is not an interrupted generation job; "
                               f"these are: {', '.join(map(str, ids))}.")
        elif a.per_label is None:
            raise NotReady("Say how many samples to make with --per-label N.")
        config = GenerationConfig(
            per_label=a.per_label or 0, strategy=a.strategy, seed=a.seed, max_chars=a.max_chars,
            per_request=a.per_request, concurrency=a.concurrency, self_check=a.self_check,
            near_duplicate_threshold=a.near_duplicate_threshold)
        if resume is None and a.guidance == "auto":
            config = _apply_guidance(project, config, sys.stderr if a.json else sys.stdout)
        teacher = _teacher(project)
        try:
            if a.estimate_only:
                guess = estimate(project, teacher, config, price_per_million=a.price_per_million)
                if a.json:
                    print_json(asdict(guess))
                else:
                    cost = f", about {guess.cost:.2f} in token costs" if guess.cost is not None else ""
                    print(f"About {guess.requests} requests, {guess.seconds / 60:.1f} min"
                          f"{cost} ({guess.tokens_per_second:.0f} tokens/s measured).")
                return 0
            result = generate(project, teacher, config, progress_printer(a.quiet), resume=resume)
        finally:
            teacher.close()
    if a.json:
        print_json(asdict(result))
    else:
        print(f"Added {sum(result.added.values())} samples ({_counts(result.added)}); discarded "
              f"{sum(result.discarded.values())} ({_counts(result.discarded) or 'none'}) "
              f"in {result.seconds:.1f} s.")
        if result.short:
            print("Fewer than asked for: " + ", ".join(result.short) + " (the teacher's replies "
                  "kept failing the checks; see the discard reasons).")
    return 0


def _apply_guidance(project: Any, config: Any, out: Any) -> Any:
    """The review's notes for the teacher and the stricter filters that go with them."""
    from core.feedback import apply_filter_changes, guidance, guidance_filter_changes

    parts = guidance(project)
    if not parts:
        return config
    config.guidance = [p.text for p in parts]
    changes = guidance_filter_changes(parts)
    stricter = apply_filter_changes(config, changes)
    print("From the review, added to the teacher's instructions (--guidance off to leave out):",
          file=out)
    for p in parts:
        print(f"  [{p.key}, from {p.count}] " + p.text.replace("\n", "\n    "), file=out)
    for key in changes:
        if getattr(stricter, key) != getattr(config, key):
            print(f"  filter {key}: {getattr(config, key)} -> {getattr(stricter, key)}", file=out)
    return stricter


def _check_teacher(project: Any) -> None:
    from core.errors import NotReady

    if project.teacher is None:
        raise NotReady("Choose a teacher first: shule teacher PROJECT --gguf FILE (or --url URL).")


def _teacher(project: Any) -> Any:
    """The project's teacher, not loaded yet; NotReady when none was chosen."""
    from core.teachers import make_teacher

    _check_teacher(project)
    return make_teacher(project.teacher)


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{k}: {v}" for k, v in counts.items())


def cmd_import(a: argparse.Namespace) -> int:
    from core.importing import commit_import, plan_import
    from core.project import Project

    with Project.open(a.project) as project:
        plan = plan_import(project, a.file, a.kind, a.text_col, a.label_col, a.status)
        written = 0 if a.dry_run or not plan.ok else commit_import(project, plan)
    if a.json:
        print_json({"ok": plan.ok, "dry_run": a.dry_run, "imported": written, "kind": plan.kind,
                     "count": plan.count, "by_label": plan.by_label, "columns": plan.columns,
                     "text_column": plan.text_column, "label_column": plan.label_column,
                     "status": plan.status, "problem_count": plan.problem_count,
                     "problems": [asdict(p) for p in plan.problems], "summary": plan.summary()})
        if not plan.ok:
            print(f"shule: {plan.error()}", file=sys.stderr)
        return 0 if plan.ok else EXIT_ERROR
    if not plan.ok:
        raise ShuleError(plan.error())
    if a.dry_run:
        print(f"Dry run, nothing written: {plan.summary()}")
    else:
        labels = ", ".join(f"{k}: {v}" for k, v in plan.by_label.items())
        print(f"Imported {written} {plan.what} from {plan.path.name}"
              + (f" ({labels})." if labels else "."))
    return 0


def cmd_export_data(a: argparse.Namespace) -> int:
    from core.data_export import data_splits, export_data
    from core.project import Project

    with Project.open(a.project) as project:
        out = export_data(project, a.out, a.format, include_gold=not a.no_gold, seed=a.seed)
        counts = {k: len(v) for k, v in data_splits(project, not a.no_gold, a.seed,
                                                     validation=out.is_dir()).items()}
    if a.json:
        print_json({"path": str(out), "splits": counts})
    else:
        print(f"Exported {sum(counts.values())} samples ({_counts(counts)}) to {out}.")
    return 0


def cmd_annotate(a: argparse.Namespace) -> int:
    from core.annotation import annotate
    from core.importing import import_file
    from core.project import Project

    with Project.open(a.project) as project:
        _check_teacher(project)
        if a.input:
            import_file(project, a.input, "unlabelled", a.text_col)
        teacher = _teacher(project)
        try:
            result = annotate(project, teacher, a.seed, progress_printer(a.quiet))
        finally:
            teacher.close()
    if a.json:
        print_json(asdict(result))
    else:
        print(f"Labelled {sum(result.added.values())} texts ({_counts(result.added)}); "
              f"{sum(result.discarded.values())} not usable.")
    return 0


def cmd_attributes(a: argparse.Namespace) -> int:
    from core.project import Project

    with Project.open(a.project) as project:
        if a.propose:
            from core.strategies import propose_attributes

            teacher = _teacher(project)
            try:
                project.set_attributes(propose_attributes(project, teacher, a.per_kind))
            finally:
                teacher.close()
        for item in a.set or []:
            kind, _, values = item.partition("=")
            project.set_attributes({**project.attributes, kind.strip(): values.split(";")})
        attributes = project.attributes
    if a.json:
        print_json(attributes)
    else:
        for kind, values in attributes.items():
            print(f"{kind}: " + "; ".join(values))
    return 0


def cmd_review(a: argparse.Namespace) -> int:
    from core.project import REJECT_REASONS, Project

    with Project.open(a.project) as project:
        if a.pin or a.exclude_demo or a.clear_demo:
            from core.feedback import EXCLUDE, PIN, set_demo_choice

            ids, choice = ((a.pin, PIN) if a.pin else (a.exclude_demo, EXCLUDE) if a.exclude_demo
                           else (a.clear_demo, None))
            set_demo_choice(project, ids, choice)
            n = f"{len(ids)} sample{'s' if len(ids) != 1 else ''}"
            print({PIN: f"Pinned {n} as examples for the teacher.",
                   EXCLUDE: f"{n[0].upper()}{n[1:]} will not be shown to the teacher as examples.",
                   None: f"Shule chooses again whether to show {n} to the teacher."}[choice])
        elif a.undo or a.redo:
            action = project.undo() if a.undo else project.redo()
            if action is None:
                print(f"Nothing to {'undo' if a.undo else 'redo'}.")
            else:
                print(f"{'Undid' if a.undo else 'Redid'} “{action['kind']}” on "
                      f"{len(action['ids'])} sample{'s' if len(action['ids']) != 1 else ''}.")
        elif a.accept_all_pending:
            n = project.set_status(project.sample_ids(status="pending"), "accepted")
            print(f"Accepted {n} pending samples.")
        elif a.accept:
            print(f"Accepted {project.set_status(a.accept, 'accepted')} samples.")
        elif a.reject:
            if not a.reason:
                raise ShuleError("Say why with --reason when rejecting samples.")
            # "wrong language" and wrong_language are the same reason the app and the
            # reviewer's notes to the teacher count; any other words are kept as they are.
            code = "_".join(a.reason.casefold().replace("-", " ").split())
            reason = code if code in REJECT_REASONS else a.reason
            print(f"Rejected {project.set_status(a.reject, 'rejected', reason)} samples.")
        else:  # --list is the default
            samples = project.samples(status=a.status)
            if a.json:
                print_json([asdict(s) for s in samples])
            else:
                for s in samples:
                    print(f"{s.id}\t{s.status}\t{s.label}\t{' '.join(s.text.split())}")
    return 0


def cmd_export(a: argparse.Namespace) -> int:
    from core.export import export, zip_bundle

    result = export(a.project, a.model, a.out, not a.no_int8, progress_printer(a.quiet),
                    max_f1_drop=a.max_f1_drop)
    if a.zip:
        result["zip"] = str(zip_bundle(result["out_dir"], a.zip))
    if a.json:
        print_json(result)
    else:
        print(export_summary(result))
    return 0


def export_summary(result: dict[str, Any]) -> str:
    """What the export measured, for a terminal."""
    from core.model_card import check_set_name, warning_sentence  # worded as on the card

    v = result["verification"]
    lines = [f"Exported to {result['out_dir']} (checked on {v['n_texts']} "
             f"{check_set_name(v['on'])} texts)."]
    for variant, speed in result["speed"].items():
        check = v[variant]
        f1 = "" if check["macro_f1"] is None else f", macro-F1 {check['macro_f1']:.3f}"
        lines.append(f"  {variant}: {speed['size_bytes'] / 1e6:.1f} MB, {speed['latency_ms_b1']:.1f} ms"
                     f" per text, {speed['texts_per_s_b32']:.0f} texts/s in batches of 32,"
                     f" same label {check['argmax_agreement']:.1%}{f1}")
    lines.append(f"Recommended: {result['recommended']}.")
    lines += [f"Warning: {warning_sentence(w, v['on'])}" for w in result["warnings"]]
    device = result["device"]
    lines.append(f"On a device, copy {', '.join(device['files'])}; run {device['install']}, then"
                 f" {device['run']}.")
    if result.get("zip"):
        lines.append(f"Zip: {result['zip']}")
    return "\n".join(lines)


def cmd_predict(a: argparse.Namespace) -> int:
    from core.predict import Predictor, json_lines, read_texts  # the bundle's predict.py itself

    texts = list(a.texts) + (read_texts(a.input) if a.input else [])
    if not texts:
        raise ShuleError("Give texts to classify, or --input FILE with one text per line.")
    predictor = Predictor(a.bundle, a.variant, a.threads)
    for line in json_lines(predictor, texts, a.batch):
        print(line)
    return 0


def cmd_status(a: argparse.Namespace) -> int:
    from core.project import Project

    with Project.open(a.project) as project:
        status = project.status()
    if a.json:
        print_json(status)
    else:
        lang = status["language"]
        print(f"{status['path']}: {lang['name']} ({lang['code']}), labels "
              + ", ".join(l["name"] for l in status["labels"]))
        for label, counts in status["counts"].items():
            print(f"  {label}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
        print(f"  models: {len(status['models'])}; discarded replies: {sum(status['discards'].values())}")
    return 0


def cmd_discards(a: argparse.Namespace) -> int:
    from core.project import Project

    with Project.open(a.project) as project:
        rows = project.discards(a.reason, a.limit)
        counts = project.discard_counts()
    if a.json:
        print_json(rows)
        return 0
    print(", ".join(f"{k}: {v}" for k, v in counts.items()) or "No reply was discarded.")
    for r in rows:  # the raw reply is untrusted text: printed on one line, never interpreted
        print(f"{r['id']}\t{r['reason']}\t{r['label']}\t{r['detail']}\t{' '.join(r['raw'].split())}")
    return 0


def cmd_languages(a: argparse.Namespace) -> int:
    from core.languages import search_languages

    found = search_languages(a.query, a.limit)
    if a.json:
        print_json([asdict(l) for l in found])
    else:
        for l in found:
            print(f"{l.code}\t{l.name}\t{l.script_name}\t{l.direction}\t{l.autonym}")
    return 0


# ---- parser -----------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="shule", description=(
        "Train a small text classifier for any language from a teacher LLM. "
        "Run `shule` with no arguments for the app."))
    sub = parser.add_subparsers(dest="verb", required=True, metavar="VERB")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true", help="print the result as JSON")
    common.add_argument("--quiet", action="store_true", help="no progress on stderr")

    from core.cli_students import add_student_verbs

    def verb(name: str, func: Callable[[argparse.Namespace], int], help_: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, parents=[common], help=help_, description=help_)
        p.set_defaults(func=func)
        return p

    p = verb("new", cmd_new, "create a project: language and labels")
    p.add_argument("project")
    p.add_argument("--language", required=True, help="name or code, e.g. Swahili or sw")
    p.add_argument("--label", action="append", type=_label_arg, required=True,
                   metavar='NAME="description"', help="a label; give two or more")
    p.add_argument("--task", default="", help="what the classifier is for, in one sentence")

    p = verb("teacher", cmd_teacher, "choose the teacher LLM")
    p.add_argument("project", nargs="?", help="(not needed with --detect)")
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--gguf", help="a local GGUF model file, run in-process")
    g.add_argument("--url", help="an OpenAI-compatible server, e.g. http://127.0.0.1:11434/v1")
    g.add_argument("--detect", action="store_true", help="list model servers on this computer")
    p.add_argument("--model", help="the server's model to use (with --url)")
    p.add_argument("--api-key-env", metavar="VAR",
                   help="read the API key from this environment variable (stored in the keyring)")
    p.add_argument("--concurrency", type=int, help="requests in flight at once (default 4)")

    p = verb("generate", cmd_generate, "have the teacher write new samples for every label")
    p.add_argument("project")
    p.add_argument("--per-label", type=int, help="new samples to make for each label")
    p.add_argument("--strategy", choices=["zero-shot", "few-shot", "diverse"], default="zero-shot")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--max-chars", type=int, default=300, help="longest text the teacher may write")
    p.add_argument("--per-request", type=int, default=3, help="texts per request (diverse)")
    p.add_argument("--concurrency", type=int, help="requests in flight (remote teachers)")
    p.add_argument("--self-check", action="store_true",
                   help="ask the teacher to confirm each text's label and language")
    p.add_argument("--near-duplicate-threshold", type=float, default=0.8)
    p.add_argument("--estimate-only", action="store_true",
                   help="measure a few requests and print the expected time; store nothing")
    p.add_argument("--price-per-million", type=float, help="token price, for the estimate")
    p.add_argument("--resume", type=int, nargs="?", const=0, metavar="JOB",
                   help="continue an interrupted job (default: the latest)")
    p.add_argument("--guidance", choices=["auto", "off"], default="auto",
                   help="add notes from the review to the teacher's instructions (default auto)")

    p = verb("import", cmd_import, "import samples, gold examples or unlabelled texts")
    p.add_argument("project")
    p.add_argument("file", help="a .csv, .tsv, .txt, .jsonl, .xlsx or .parquet file "
                   "(text files in UTF-8 or UTF-16)")
    p.add_argument("--as", dest="kind", choices=["samples", "gold", "unlabelled"], default="samples")
    p.add_argument("--text-col", help="the column holding the texts (default: guessed)")
    p.add_argument("--label-col", help="the column holding the labels (default: guessed)")
    p.add_argument("--status", choices=["accepted", "pending"], default="accepted",
                   help="for samples: accepted, or pending to review them first")
    p.add_argument("--dry-run", action="store_true",
                   help="check every row and say what would be imported; write nothing")

    p = verb("export-data", cmd_export_data, "export the accepted samples and gold set as data")
    p.add_argument("project")
    p.add_argument("out", help="a .csv, .jsonl, .xlsx or .parquet file, or a folder (--format hf)")
    p.add_argument("--format", choices=["csv", "jsonl", "xlsx", "parquet", "hf"],
                   help="default: from OUT's suffix (none: a Hugging Face datasets folder)")
    p.add_argument("--no-gold", action="store_true", help="leave the gold set out")
    p.add_argument("--seed", type=int, default=0, help="for the validation split (hf)")

    p = verb("annotate", cmd_annotate, "have the teacher label your own texts")
    p.add_argument("project")
    p.add_argument("--input", help="unlabelled texts to import first (.txt, .csv, .tsv)")
    p.add_argument("--text-col")
    p.add_argument("--seed", type=int, default=0)

    p = verb("attributes", cmd_attributes, "topics and styles for the diverse strategy")
    p.add_argument("project")
    p.add_argument("--propose", action="store_true", help="have the teacher propose them")
    p.add_argument("--per-kind", type=int, default=8)
    p.add_argument("--set", action="append", metavar="KIND=a;b;c",
                   help="replace one kind (topics, scenarios, registers, styles)")

    p = verb("review", cmd_review, "list, accept or reject samples")
    p.add_argument("project")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--list", action="store_true", help="list samples (the default)")
    g.add_argument("--accept", type=int, nargs="+", metavar="ID")
    g.add_argument("--reject", type=int, nargs="+", metavar="ID")
    g.add_argument("--accept-all-pending", action="store_true")
    g.add_argument("--undo", action="store_true", help="take back the last review change")
    g.add_argument("--redo", action="store_true", help="bring back the change undone last")
    g.add_argument("--pin", type=int, nargs="+", metavar="ID",
                   help="always show these accepted samples to the teacher as examples")
    g.add_argument("--exclude-demo", type=int, nargs="+", metavar="ID",
                   help="never show these samples to the teacher as examples")
    g.add_argument("--clear-demo", type=int, nargs="+", metavar="ID",
                   help="let Shule choose again whether to show these samples")
    p.add_argument("--status", choices=["pending", "accepted", "rejected"])
    p.add_argument("--reason", help="why the samples are rejected")

    add_student_verbs(verb)
    from core.cli_models import add_model_verbs
    add_model_verbs(verb)

    p = verb("export", cmd_export, "export a student to ONNX for offline use")
    p.add_argument("project")
    p.add_argument("--model", help="model id (default: the newest)")
    p.add_argument("--out", required=True, help="the bundle folder to write")
    p.add_argument("--no-int8", action="store_true", help="skip the small, faster int8 model")
    p.add_argument("--max-f1-drop", type=float, default=1.0, metavar="POINTS",
                   help="recommend int8 only if it loses at most this much macro-F1 (default 1.0)")
    p.add_argument("--zip", metavar="FILE", help="also write the bundle as one .zip")

    p = verb("predict", cmd_predict, "classify texts with an exported bundle (needs no torch)")
    p.add_argument("bundle")
    p.add_argument("texts", nargs="*")
    p.add_argument("--input", help="a UTF-8 file with one text per line (- for stdin)")
    p.add_argument("--batch", type=int, default=32, help="texts per batch (default 32)")
    p.add_argument("--variant", choices=("fp32", "int8"), help="model file (default: recommended)")
    p.add_argument("--threads", type=int, help="CPU threads (default: one per core)")

    p = verb("status", cmd_status, "summarise a project")
    p.add_argument("project")

    p = verb("discards", cmd_discards, "show the teacher replies that did not become samples")
    p.add_argument("project")
    p.add_argument("--reason", help="only this reason, e.g. near_duplicate")
    p.add_argument("--limit", type=int, default=50, help="newest first")

    p = verb("languages", cmd_languages, "look up languages by name or code")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=20)
    return parser


def _say_if_upgraded(args: argparse.Namespace) -> None:
    """Open the command's project first: a file from an older Shule is upgraded then, and the
    user learns where the copy of it as it was is kept."""
    import os

    from core.project import Project

    path = getattr(args, "project", None)
    if not path or args.func is cmd_new or not os.path.isfile(path):
        return
    with Project.open(path) as project:
        if project.backup is not None:
            print(f"shule: {project.path.name} was made by an earlier version of Shule, so it has "
                  f"been upgraded; a copy of it as it was is kept at {project.backup}.",
                  file=sys.stderr)


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        _say_if_upgraded(args)
        return int(args.func(args))
    except ShuleError as e:
        print(f"shule: {e}", file=sys.stderr)
        return EXIT_ERROR
    except (Cancelled, KeyboardInterrupt):
        print("shule: stopped; work done so far is kept.", file=sys.stderr)
        return EXIT_CANCELLED


if __name__ == "__main__":
    sys.exit(main())

"""Generating labelled samples with a teacher: prompts, strict reply checks, storage, provenance.

Teacher output is untrusted. A reply becomes a sample only if it parses as JSON, matches the
schema exactly and passes the checks in ``parse_reply``; anything else is recorded as a discard
with its reason and never stored as a sample.
"""

from __future__ import annotations

import json
import time
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional

from core.errors import Cancelled, NotReady
from core.progress import CancelCheck, Progress, check_cancel, report
from core.project import Label, NewSample, Project
from core.prompts import load_template
from core.teachers import Teacher, make_teacher

TEMPLATE = "generate_zero_shot"
LENGTH_HINTS = ("one short sentence", "two or three sentences", "a short message of a few lines")

SampleHandler = Callable[[int, str, str], None]


@dataclass
class GenerationConfig:
    per_label: int = 10
    seed: int = 0
    temperature: float = 0.9
    max_chars: int = 300
    #: Give up on a label after this many replies per sample asked for.
    attempts_per_sample: int = 3


@dataclass
class GenerationResult:
    job_id: int
    added: dict[str, int] = field(default_factory=dict)
    discarded: dict[str, int] = field(default_factory=dict)
    attempts: int = 0
    seconds: float = 0.0


@dataclass
class Verdict:
    """What became of one reply: a text to keep, or a discard reason with a detail."""

    text: Optional[str]
    reason: str = ""
    detail: str = ""


def reply_schema(label_names: list[str], max_chars: int) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {
            "text": {"type": "string", "minLength": 1, "maxLength": max_chars},
            "label": {"type": "string", "enum": label_names},
        },
        "required": ["text", "label"],
        "additionalProperties": False,
    }


def normalise(text: str) -> str:
    """The key for exact-duplicate checks: NFC, case-folded, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def _is_bad_char(c: str) -> bool:
    return 0xD800 <= ord(c) <= 0xDFFF or (unicodedata.category(c) == "Cc" and c not in "\n\t")


def parse_reply(raw: str, finish_reason: str, target: str, label_names: list[str],
                max_chars: int) -> Verdict:
    """Check one teacher reply strictly. Pure: no I/O."""
    if finish_reason == "length":
        return Verdict(None, "truncated", "the reply hit the token limit before it ended")
    try:
        data = json.loads(raw)
    except (json.JSONDecodeError, RecursionError) as e:
        return Verdict(None, "not_json", str(e))
    if not isinstance(data, dict) or set(data) != {"text", "label"}:
        return Verdict(None, "schema", "the reply is not an object with exactly 'text' and 'label'")
    text, label = data["text"], data["label"]
    if not isinstance(text, str) or not isinstance(label, str):
        return Verdict(None, "schema", "'text' and 'label' must be strings")
    if label not in label_names:
        return Verdict(None, "unknown_label", f"label {label!r} is not one of the project's labels")
    if label != target:
        return Verdict(None, "wrong_label", f"asked for {target!r}, got {label!r}")
    bad = next((c for c in text if _is_bad_char(c)), None)
    if bad is not None:
        # JSON escapes can smuggle in lone surrogates (unstorable) and control characters.
        return Verdict(None, "bad_characters", f"the text holds the character U+{ord(bad):04X}")
    text = unicodedata.normalize("NFC", text).strip()
    if not text:
        return Verdict(None, "empty", "the text is empty")
    if len(text) > max_chars:
        return Verdict(None, "too_long", f"{len(text)} characters, limit {max_chars}")
    return Verdict(text)


def build_messages(project: Project, target: Label, attempt: int) -> list[dict[str, str]]:
    language = project.language
    return load_template(TEMPLATE).messages(
        language=language,
        task_description=project.task or f"Sort texts written in {language.name} by label.",
        labels=project.labels,
        target=target,
        length_hint=LENGTH_HINTS[attempt % len(LENGTH_HINTS)],
    )


def generate(
    project: Project,
    teacher: Teacher,
    config: GenerationConfig,
    progress: Optional[Progress] = None,
    should_cancel: Optional[CancelCheck] = None,
    on_sample: Optional[SampleHandler] = None,
) -> GenerationResult:
    """Ask ``teacher`` for ``config.per_label`` new samples for every label; store them as pending.

    Each sample is committed as soon as it is checked, so cancelling or a crash keeps every
    sample already shown to the user.
    """
    labels = project.labels
    names = [l.name for l in labels]
    template = load_template(TEMPLATE)
    job_id = project.start_job("generate", asdict(config))
    result = GenerationResult(job_id, added={n: 0 for n in names})
    seen = {normalise(s.text) for s in project.samples()}
    # The teacher is asked for one label at a time, so the schema allows only that label: a
    # grammar-constrained teacher cannot waste a reply on another one. parse_reply still checks.
    schemas = {n: reply_schema([n], config.max_chars) for n in names}
    # Every character can take several byte tokens; the margin covers the JSON around the text.
    max_tokens = config.max_chars * 4 + 64
    budget = {n: config.per_label * config.attempts_per_sample for n in names}
    wanted = config.per_label * len(names)
    started = time.monotonic()
    state = "failed"
    try:
        report(progress, 0.0, "Loading the teacher")
        teacher.load()
        teacher_info = teacher.describe()
        while True:
            open_labels = [l for l in labels
                           if result.added[l.name] < config.per_label and budget[l.name] > 0]
            if not open_labels:
                break
            for target in open_labels:
                check_cancel(should_cancel)
                seed = config.seed + result.attempts
                messages = build_messages(project, target, result.attempts)
                reply = teacher.generate(messages, schemas[target.name], max_tokens,
                                         config.temperature, seed)
                result.attempts += 1
                budget[target.name] -= 1
                verdict = parse_reply(reply.text, reply.finish_reason, target.name, names,
                                      config.max_chars)
                if verdict.text is not None and normalise(verdict.text) in seen:
                    verdict = Verdict(None, "duplicate", "the same text is already in the project")
                if verdict.text is None:
                    project.add_discard(job_id, target.name, verdict.reason, verdict.detail, reply.text)
                    result.discarded[verdict.reason] = result.discarded.get(verdict.reason, 0) + 1
                    continue
                seen.add(normalise(verdict.text))
                provenance = {
                    "teacher": teacher_info, "template": template.name,
                    "template_version": template.version, "seed": seed,
                    "temperature": config.temperature, "max_tokens": max_tokens,
                    "job_id": job_id, "time": time.time(),
                }
                [sample_id] = project.add_samples(
                    [NewSample(verdict.text, target.name, "generated", "pending", provenance)]
                )
                result.added[target.name] += 1
                if on_sample is not None:
                    on_sample(sample_id, target.name, verdict.text)
                done = sum(result.added.values())
                elapsed = time.monotonic() - started
                eta = elapsed / done * (wanted - done)
                report(progress, done / wanted, f"{done} of {wanted} samples · about {eta:.0f} s left")
        state = "done"
    except BaseException as e:
        state = "cancelled" if isinstance(e, Cancelled) else "failed"
        raise
    finally:
        result.seconds = time.monotonic() - started
        project.finish_job(job_id, state)
    return result


def generate_job(args: dict[str, Any], progress: Progress, should_cancel: CancelCheck,
                 emit: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    """Child-process entry (core.worker): generate into the project at ``args['project']``."""
    with Project.open(args["project"]) as project:
        if project.teacher is None:
            raise NotReady("Choose a teacher before generating samples.")
        teacher = make_teacher(project.teacher)
        try:
            result = generate(
                project, teacher, GenerationConfig(**args.get("config", {})), progress,
                should_cancel,
                on_sample=lambda i, label, text: emit(
                    {"event": "sample", "id": i, "label": label, "text": text}),
            )
        finally:
            teacher.close()
    return asdict(result)


def generate_in_child(
    project_path: Path | str,
    config: GenerationConfig,
    progress: Optional[Progress] = None,
    should_cancel: Optional[CancelCheck] = None,
    on_sample: Optional[SampleHandler] = None,
) -> GenerationResult:
    """Run ``generate`` in a child process (how the GUI generates: a model crash cannot take
    the window down)."""
    from core.jobs import run_in_child

    def on_event(event: dict[str, Any]) -> None:
        if event.get("event") == "sample" and on_sample is not None:
            on_sample(int(event["id"]), event["label"], event["text"])

    value = run_in_child("generate", {"project": str(project_path), "config": asdict(config)},
                         progress, should_cancel, on_event)
    return GenerationResult(**value)

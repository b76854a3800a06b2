"""Running a generation job: requests from a strategy, strict reply checks, filters, storage.

Teacher output is untrusted. A reply becomes a sample only if it parses as JSON, matches the
schema exactly and passes every filter (``core.filters``); anything else is recorded as a discard
with its reason and never stored as a sample. Each sample is committed as soon as it passes, so a
cancel, a crash or a kill -9 keeps everything already shown; the job can then be resumed.
"""

from __future__ import annotations

import json
import time
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Optional

from core.errors import Cancelled, DiskFull, NotReady, TeacherError, disk_full_as, message_of
from core.filters import FilterConfig, SampleFilter, Verdict
from core.progress import CancelCheck, Progress, check_cancel, report
from core.project import Label, NewSample, Project
from core.prompts import load_template
from core.strategies import Request, Strategy, make_strategy, prompt_context
from core.teachers import Teacher, make_teacher
from core.user_text import user_text

SampleHandler = Callable[[int, str, str], None]


@dataclass
class GenerationConfig:
    per_label: int = 10
    strategy: str = "zero-shot"
    seed: int = 0
    temperature: float = 0.9
    max_chars: int = 300
    #: Give up on a label after this many requests per sample asked for.
    attempts_per_sample: int = 3
    #: Texts asked for in one request by the diverse strategy.
    per_request: int = 3
    #: Requests in flight at once; None: the teacher's own limit (1 in-process, 4 remote).
    concurrency: Optional[int] = None
    #: Ask the teacher whether each text fits its label and language (one more call per text).
    self_check: bool = False
    near_duplicate_threshold: float = 0.8
    check_script: bool = True
    check_language: bool = True
    #: Stop the job, keeping its samples, after this many teacher failures in a row.
    max_consecutive_failures: int = 5
    #: The reviewer's notes added to every prompt (``core.feedback.guidance`` texts the user left
    #: on), fixed when the job starts so that a resumed job asks the same.
    guidance: list[str] = field(default_factory=list)
    #: Few-shot examples (sample ids). None: chosen when the job starts, then stored here.
    demonstration_ids: Optional[list[int]] = None
    #: The wrong-language check discards only when the identifier is at least this sure.
    language_min_probability: float = 0.9


@dataclass
class GenerationResult:
    job_id: int
    added: dict[str, int] = field(default_factory=dict)
    discarded: dict[str, int] = field(default_factory=dict)
    attempts: int = 0
    seconds: float = 0.0
    #: Labels that stopped short of per_label because their request budget ran out.
    short: list[str] = field(default_factory=list)


def parse_reply(raw: str, finish_reason: str, target: str, label_names: list[str],
                count: int = 1) -> list[Verdict]:
    """Check one reply's structure strictly: JSON, exact keys, string types, the asked-for label.
    Returns one Verdict per text (the text itself is checked by the filters). Pure: no I/O."""
    if finish_reason == "length":
        return [Verdict(None, "truncated", "the reply hit the token limit before it ended")]
    try:
        data = json.loads(raw)
    except (json.JSONDecodeError, RecursionError) as e:
        return [Verdict(None, "not_json", str(e))]
    if count > 1:
        if not isinstance(data, dict) or set(data) != {"samples"} or not isinstance(data["samples"], list):
            return [Verdict(None, "schema", "the reply is not an object with a 'samples' list")]
        items = data["samples"][:count] or [None]
    else:
        items = [data]
    return [_check_item(item, target, label_names) for item in items]


def _check_item(item: Any, target: str, label_names: list[str]) -> Verdict:
    if not isinstance(item, dict) or set(item) != {"text", "label"}:
        return Verdict(None, "schema", "a sample is not an object with exactly 'text' and 'label'")
    text, label = item["text"], item["label"]
    if not isinstance(text, str) or not isinstance(label, str):
        return Verdict(None, "schema", "'text' and 'label' must be strings")
    if label not in label_names:
        return Verdict(None, "unknown_label", f"label {label!r} is not one of the project's labels")
    if label != target:
        return Verdict(None, "wrong_label", f"asked for {target!r}, got {label!r}")
    return Verdict(text)


SELF_CHECK_SCHEMA = {
    "type": "object",
    "properties": {"label_fits": {"type": "boolean"}, "right_language": {"type": "boolean"}},
    "required": ["label_fits", "right_language"],
    "additionalProperties": False,
}


def self_check(project_context: dict[str, Any], teacher: Teacher, text: str, label: Label,
               seed: int) -> Verdict:
    """Ask the teacher whether ``text`` belongs to ``label`` and is in the language."""
    t = load_template("self_check")
    reply = teacher.generate(t.messages(**project_context, target=label, text=text),
                             SELF_CHECK_SCHEMA, 32, 0.0, seed)
    try:
        data = json.loads(reply.text)
        fits, language_ok = bool(data["label_fits"]), bool(data["right_language"])
    except (ValueError, KeyError, TypeError, RecursionError):
        return Verdict(None, "self_check_unreadable", "the teacher's check could not be read")
    if not fits:
        return Verdict(None, "self_check_label", f"the teacher says it does not fit {label.name!r}")
    if not language_ok:
        return Verdict(None, "self_check_language", "the teacher says it is not in the language")
    return Verdict(text)


@dataclass
class _Outcome:
    request: Request
    seed: int
    raw: str
    verdicts: list[Verdict]


def _request_size(config: GenerationConfig) -> tuple[int, int]:
    """(texts asked for per request, max_tokens for its reply)."""
    per_request = config.per_request if config.strategy == "diverse" else 1
    # Every character can take several byte tokens; the margin covers the JSON around texts.
    return per_request, per_request * (config.max_chars * 4 + 48) + 16


class _Job:
    """One generation run's state: what each label still needs, what is in flight."""

    def __init__(self, project: Project, teacher: Teacher, config: GenerationConfig,
                 prior: dict[str, Any]):
        self.project, self.teacher, self.config = project, teacher, config
        self.job_id = -1  # set once the job is recorded
        self.labels = project.labels
        self.names = [l.name for l in self.labels]
        self.strategy: Strategy = make_strategy(config.strategy, project, config.max_chars,
                                                config.seed, config.per_request, config.guidance,
                                                config.demonstration_ids)
        self.filter = SampleFilter(
            project.language,
            FilterConfig(max_chars=config.max_chars,
                         near_duplicate_threshold=config.near_duplicate_threshold,
                         check_script=config.check_script, check_language=config.check_language,
                         language_min_probability=config.language_min_probability),
            existing=(s.text for s in project.samples()),
            demonstrations=self.strategy.demonstration_texts(),
        )
        self.context = prompt_context(project)
        done_before = prior.get("added", {})
        self.result = GenerationResult(-1, added={n: 0 for n in self.names},
                                       attempts=prior.get("attempts", 0))
        self.need = {n: config.per_label - done_before.get(n, 0) for n in self.names}
        self.count, self.max_tokens = _request_size(config)
        requests_per_label = -(-config.per_label // self.count) * config.attempts_per_sample
        self.budget = {n: requests_per_label for n in self.names}
        self.inflight = {n: 0 for n in self.names}
        self.teacher_info: dict[str, Any] = {}

    def wanted(self) -> int:
        return sum(max(0, n) for n in self.need.values())

    def next_label(self, turn: int) -> Optional[Label]:
        order = self.labels[turn % len(self.labels):] + self.labels[:turn % len(self.labels)]
        for label in order:
            n = label.name
            if self.need[n] - self.inflight[n] * self.count > 0 and self.budget[n] > 0:
                return label
        return None

    def call(self, request: Request, seed: int) -> _Outcome:
        """Runs in a worker thread: the teacher call, the structure check and the filters."""
        reply = self.teacher.generate(request.messages, request.schema, self.max_tokens,
                                      self.config.temperature, seed)
        verdicts = parse_reply(reply.text, reply.finish_reason, request.label, self.names,
                               request.count)
        checked = []
        for i, v in enumerate(verdicts):
            if v.text is not None:
                v = self.filter.check(v.text)
            if v.text is not None and self.config.self_check:
                label = next(l for l in self.labels if l.name == request.label)
                v = self_check(self.context, self.teacher, v.text, label, seed * 31 + i)
            checked.append(v)
        return _Outcome(request, seed, reply.text, checked)

    def record(self, outcome: _Outcome, on_sample: Optional[SampleHandler]) -> None:
        """Runs on the job's thread: final duplicate check, storage, counts."""
        label = outcome.request.label
        for verdict in outcome.verdicts:
            if verdict.text is not None:
                verdict = self.filter.check(verdict.text)  # another request may have won the race
            if verdict.text is not None and self.need[label] <= 0:
                verdict = Verdict(None, "surplus", "the label already had enough samples")
            if verdict.text is None:
                self.discard(label, verdict.reason, verdict.detail, outcome.raw)
                continue
            provenance = {
                "teacher": self.teacher_info, "strategy": self.config.strategy,
                "template": outcome.request.template,
                "template_version": outcome.request.template_version, "seed": outcome.seed,
                "temperature": self.config.temperature, "max_tokens": self.max_tokens,
                "attributes": outcome.request.attributes,
                "demonstrations": outcome.request.demonstrations,
                "self_checked": self.config.self_check, "job_id": self.job_id, "time": time.time(),
            }
            [sample_id] = self.project.add_samples(
                [NewSample(verdict.text, label, "generated", "pending", provenance)])
            self.filter.add(verdict.text)
            self.result.added[label] += 1
            self.need[label] -= 1
            if on_sample is not None:
                on_sample(sample_id, label, verdict.text)

    def disk_full_message(self) -> str:
        """Why the job stopped on a full disk, what it kept, and how to go on."""
        added = self.project.job_progress(self.job_id)["added"] if self.job_id >= 0 else {}
        n = sum(added.values())
        made = ", ".join(f"{k} {v}" for k, v in sorted(added.items()))
        if n == 1:
            return user_text("The disk is full, so generation stopped; the {n} sample it made so "
                             "far ({made}) are saved, and nothing was half-written. Free some "
                             "space, then resume job {job} to make the rest.", n=n, made=made,
                             job=self.job_id)
        if n:
            return user_text("The disk is full, so generation stopped; the {n} samples it made so "
                             "far ({made}) are saved, and nothing was half-written. Free some "
                             "space, then resume job {job} to make the rest.", n=n, made=made,
                             job=self.job_id)
        return user_text("The disk is full, so generation stopped; no samples had been made yet, "
                         "and nothing was half-written. Free some space, then resume job {job} "
                         "to make the rest.", job=self.job_id)

    def discard(self, label: str, reason: str, detail: str, raw: str) -> None:
        self.project.add_discard(self.job_id, label, reason, detail, raw)
        self.result.discarded[reason] = self.result.discarded.get(reason, 0) + 1


def generate(
    project: Project,
    teacher: Teacher,
    config: GenerationConfig,
    progress: Optional[Progress] = None,
    should_cancel: Optional[CancelCheck] = None,
    on_sample: Optional[SampleHandler] = None,
    resume: Optional[int] = None,
) -> GenerationResult:
    """Ask ``teacher`` for ``config.per_label`` new samples for every label; store them as
    pending. With ``resume`` (an interrupted job's id), continue that job where it stopped: its
    settings, its counts and its seeds go on, so nothing is lost or made twice."""
    prior: dict[str, Any] = {}
    if resume is not None:
        config = GenerationConfig(**project.job_params(resume))
        prior = project.job_progress(resume)
    job = _Job(project, teacher, config, prior)  # a NotReady here records no job
    if config.demonstration_ids is None and job.strategy.demonstration_ids:
        # Stored with the job: a resumed job shows the teacher the same examples.
        job.config = config = replace(config, demonstration_ids=job.strategy.demonstration_ids)
    with disk_full_as(lambda: user_text("The disk is full, so generation could not start; "
                                        "nothing was changed. Free some space, then try again.")):
        if resume is not None:
            project.resume_job(resume)
            job.job_id = job.result.job_id = resume
        else:
            job.job_id = job.result.job_id = project.start_job("generate", asdict(config))
    state = "failed"
    started = time.monotonic()
    try:
        # Each sample is its own transaction: a full disk stops the job between two samples.
        with disk_full_as(job.disk_full_message):
            report(progress, 0.0, user_text("Loading the teacher"))
            teacher.load()
            job.teacher_info = teacher.describe()
            _run(job, progress, should_cancel, on_sample, started)
        state = "done"
    except Cancelled:
        state = "cancelled"
        raise
    finally:
        job.result.seconds = time.monotonic() - started
        try:
            project.finish_job(job.job_id, state)
        except DiskFull:
            # Left marked as running, the job is offered for resuming once this process ends;
            # an error already on its way (a full disk, most likely) is the one to report.
            if state == "done":
                raise DiskFull(job.disk_full_message()) from None
    return job.result


def _run(job: _Job, progress: Optional[Progress], should_cancel: Optional[CancelCheck],
         on_sample: Optional[SampleHandler], started: float) -> None:
    config = job.config
    concurrency = max(1, config.concurrency or getattr(job.teacher, "max_concurrency", 1))
    wanted = max(1, job.wanted())
    inflight: dict[Future, Request] = {}
    failures, turn = 0, 0
    with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="teacher") as pool:
        try:
            while True:
                check_cancel(should_cancel)
                while len(inflight) < concurrency:
                    label = job.next_label(turn)
                    if label is None:
                        break
                    turn += 1
                    request = job.strategy.request(label, job.result.attempts)
                    seed = config.seed + job.result.attempts
                    job.result.attempts += 1
                    job.budget[label.name] -= 1
                    job.inflight[label.name] += 1
                    inflight[pool.submit(job.call, request, seed)] = request
                if not inflight:
                    break
                done, _ = wait(list(inflight), timeout=0.2, return_when=FIRST_COMPLETED)
                for future in done:
                    request = inflight.pop(future)
                    job.inflight[request.label] -= 1
                    try:
                        outcome = future.result()
                    except TeacherError as e:
                        failures += 1
                        job.discard(request.label, "teacher_error", str(e), "")
                        if failures >= config.max_consecutive_failures:
                            raise TeacherError(user_text(
                                "The teacher failed {n} times in a row, so generation stopped; "
                                "the samples made so far are kept. Last error: {error}",
                                n=failures, error=message_of(e))) from e
                        continue
                    failures = 0
                    job.record(outcome, on_sample)
                done_n = wanted - job.wanted()
                elapsed = time.monotonic() - started
                eta = elapsed / done_n * (wanted - done_n) if done_n else 0.0
                per_label = ", ".join(f"{n} {config.per_label - max(0, job.need[n])}/"
                                      f"{config.per_label}" for n in job.names[:6])
                report(progress, done_n / wanted, user_text(
                    "{done} of {total} samples ({per_label}) · about {seconds:.0f} s left",
                    done=done_n, total=wanted, per_label=per_label, seconds=eta)
                    if done_n else user_text("0 of {total} samples · waiting for the teacher",
                                             total=wanted))
        finally:
            for future in inflight:
                future.cancel()
    job.result.short = [n for n in job.names if job.need[n] > 0]


@dataclass
class Estimate:
    requests: int
    seconds: float
    completion_tokens: int
    tokens_per_second: float
    valid_per_request: float
    cost: Optional[float] = None


def estimate(project: Project, teacher: Teacher, config: GenerationConfig,
             calibration_requests: int = 3, price_per_million: Optional[float] = None,
             should_cancel: Optional[CancelCheck] = None) -> Estimate:
    """Time (and cost) of a job, from a few real requests that are not stored."""
    # Only the strategy and the request size: the filters' index is not needed to ask.
    strategy = make_strategy(config.strategy, project, config.max_chars, config.seed,
                             config.per_request, config.guidance, config.demonstration_ids)
    labels = project.labels
    names = [l.name for l in labels]
    _, max_tokens = _request_size(config)
    teacher.load()
    n = max(1, calibration_requests)
    tokens, valid, seconds = 0, 0, 0.0
    for i in range(n):
        check_cancel(should_cancel)
        request = strategy.request(labels[i % len(labels)], i)
        start = time.monotonic()
        reply = teacher.generate(request.messages, request.schema, max_tokens,
                                 config.temperature, config.seed + 10_000 + i)
        seconds += time.monotonic() - start
        tokens += reply.completion_tokens
        valid += sum(v.text is not None for v in parse_reply(
            reply.text, reply.finish_reason, request.label, names, request.count))
    per_request = max(valid / n, 0.25)  # a bad calibration must not promise forever
    requests = int(-(-(config.per_label * len(labels)) // per_request))
    concurrency = max(1, config.concurrency or getattr(teacher, "max_concurrency", 1))
    total_tokens = int(tokens / n * requests)
    return Estimate(
        requests=requests, seconds=seconds / n * requests / concurrency,
        completion_tokens=total_tokens, tokens_per_second=tokens / seconds if seconds else 0.0,
        valid_per_request=valid / n,
        cost=None if price_per_million is None else total_tokens / 1e6 * price_per_million,
    )


def generate_job(args: dict[str, Any], progress: Progress, should_cancel: CancelCheck,
                 emit: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    """Child-process entry (core.worker): generate into the project at ``args['project']``."""
    with Project.open(args["project"]) as project:
        if project.teacher is None:
            raise NotReady(user_text("Choose a teacher before generating samples."))
        teacher = make_teacher(project.teacher)
        try:
            result = generate(
                project, teacher, GenerationConfig(**args.get("config", {})), progress,
                should_cancel,
                on_sample=lambda i, label, text: emit(
                    {"event": "sample", "id": i, "label": label, "text": text}),
                resume=args.get("resume"),
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
    resume: Optional[int] = None,
) -> GenerationResult:
    """Run ``generate`` in a child process (how the GUI generates: a model crash cannot take
    the window down)."""
    from core.jobs import run_in_child

    def on_event(event: dict[str, Any]) -> None:
        if event.get("event") == "sample" and on_sample is not None:
            on_sample(int(event["id"]), event["label"], event["text"])

    value = run_in_child("generate", {"project": str(project_path), "config": asdict(config),
                                      "resume": resume}, progress, should_cancel, on_event)
    return GenerationResult(**value)

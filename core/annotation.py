"""Annotation: the teacher labels the user's own unlabelled texts (Kaddour & Liu: labelling real
text is often better than generating new text when such text exists).

Texts come in through ``core.importing`` (kind "unlabelled"); each annotated text becomes a
pending sample with source "annotated", constrained to the project's labels, with a confidence
when the backend returns token log-probabilities.
"""

from __future__ import annotations

import json
import math
import time
from dataclasses import dataclass, field
from typing import Any, Optional, Sequence

from core.errors import Cancelled, NotReady
from core.progress import CancelCheck, Progress, check_cancel, report
from core.project import NewSample, Project
from core.prompts import PromptTemplate, load_template
from core.strategies import prompt_context
from core.teachers.base import Reply, Teacher
from core.user_text import user_text

TEMPLATE = "annotate"


def annotate_schema(label_names: list[str]) -> dict[str, Any]:
    return {"type": "object", "properties": {"label": {"type": "string", "enum": label_names}},
            "required": ["label"], "additionalProperties": False}


def parse_label(reply: Reply, names: Sequence[str]) -> Optional[str]:
    """The label a reply names, or None when it was cut off, is not JSON or names no label."""
    if reply.finish_reason == "length":
        return None
    try:
        label = json.loads(reply.text)["label"]
    except (ValueError, KeyError, TypeError, RecursionError):  # deep nesting: still no label
        return None
    return label if isinstance(label, str) and label in names else None


def ask_label(teacher: Teacher, template: PromptTemplate, context: dict[str, Any], text: str,
              names: list[str], seed: int, logprobs: bool = False) -> tuple[Optional[str], Reply]:
    """Ask the teacher (temperature 0) which of ``names`` fits ``text``: (label or None, reply).
    Annotation and teacher scoring share it, so the teacher is scored on the prompt it labels with."""
    reply = teacher.generate(template.messages(**context, text=text), annotate_schema(names),
                             16 + 4 * max(len(n) for n in names), 0.0, seed, logprobs=logprobs)
    return parse_label(reply, names), reply


def text_key(text: str) -> str:
    """Whitespace- and case-blind form of a text: a text already among the samples is not added
    again (annotation and the student's uncertain texts both use it)."""
    return " ".join(text.split()).casefold()


def label_confidence(reply: Reply, label: str) -> Optional[float]:
    """Probability the teacher gave to the label it chose: the product of the probabilities of
    the tokens that spell it, when the backend returned token log-probabilities."""
    tokens = getattr(reply, "token_logprobs", None)
    if not tokens:
        return None
    text, spans = "", []
    for token, logprob in tokens:
        spans.append((len(text), len(text) + len(token), logprob))
        text += token
    start = text.find(f'"{label}"')
    if start < 0:
        return None
    first, last = start + 1, start + 1 + len(label)
    total = sum(lp for a, b, lp in spans if a < last and b > first)
    return math.exp(total)


@dataclass
class AnnotationResult:
    job_id: int
    added: dict[str, int] = field(default_factory=dict)
    discarded: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


def annotate(project: Project, teacher: Teacher, seed: int = 0,
             progress: Optional[Progress] = None, should_cancel: Optional[CancelCheck] = None
             ) -> AnnotationResult:
    """Label every not-yet-annotated text of the project; each becomes a pending sample."""
    pending = project.texts(unannotated=True)
    if not pending:
        raise NotReady(user_text("There are no unlabelled texts to annotate: import some first."))
    names = project.label_names
    template = load_template(TEMPLATE)
    context = prompt_context(project)
    job_id = project.start_job("annotate", {"seed": seed})
    result = AnnotationResult(job_id, added={n: 0 for n in names})
    known = {text_key(s.text) for s in project.samples()}
    started, state = time.monotonic(), "failed"
    try:
        teacher.load()
        info = teacher.describe()
        for done, (text_id, text) in enumerate(pending):
            check_cancel(should_cancel)
            reason = ""
            if text_key(text) in known:
                reason, detail, raw = "duplicate", "the same text is already a sample", ""
            else:
                label, reply = ask_label(teacher, template, context, text, names, seed + text_id,
                                         logprobs=True)
                raw = reply.text
                if label is None:
                    reason, detail = "unreadable_label", "the teacher's answer is not one of the labels"
            if reason:
                project.add_discard(job_id, "", reason, detail, raw)
                project.mark_annotated(text_id, None)
                result.discarded[reason] = result.discarded.get(reason, 0) + 1
            else:
                provenance = {"teacher": info, "template": template.name,
                              "template_version": template.version, "seed": seed + text_id,
                              "text_id": text_id, "job_id": job_id, "time": time.time(),
                              "confidence": label_confidence(reply, label)}
                [sample_id] = project.add_samples(
                    [NewSample(text, label, "annotated", "pending", provenance)])
                project.mark_annotated(text_id, sample_id)
                known.add(text_key(text))
                result.added[label] += 1
            report(progress, (done + 1) / len(pending),
                   user_text("{done} of {total} texts", done=done + 1, total=len(pending)))
        state = "done"
    except Cancelled:
        state = "cancelled"
        raise
    finally:
        result.seconds = time.monotonic() - started
        project.finish_job(job_id, state)
    return result


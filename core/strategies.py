"""Generation strategies: what to ask the teacher for, request by request.

- zero-shot: one text per request, from the label descriptions and the language;
- few-shot: the same with real examples in the language (rotating between requests), which helps
  most in low-resource languages (Pecher et al.; Anikina et al.); the examples are the user's
  pinned samples and a diverse pick of the accepted ones (``core.feedback``);
- diverse: label × attribute combinations (topic, scenario, register, style) that the teacher
  proposed and the user edited (AttrPrompt; Kakugo's culture seeds), several texts per request.
Every strategy adds the reviewer's notes (``guidance``, from ``core.feedback``) to its prompts.
Annotation of the user's own texts is in ``core.annotation``.
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass, field
from typing import Any, Optional, Sequence

from core.errors import NotReady, ShuleError, TeacherError
from core.project import Label, Project, Sample
from core.prompts import load_template
from core.teachers.base import Teacher
from core.user_text import user_text

STRATEGIES = ("zero-shot", "few-shot", "diverse")
LENGTH_HINTS = ("one short sentence", "two or three sentences", "a short message of a few lines")
ATTRIBUTE_KINDS = ("topics", "scenarios", "registers", "styles")
EXAMPLES_PER_REQUEST = 4
DEMONSTRATIONS_PER_LABEL = 6  # examples per label a few-shot job rotates through


@dataclass
class Request:
    """One call to the teacher and what is needed to check and record its reply."""

    label: str
    messages: list[dict[str, str]]
    schema: dict[str, Any]
    template: str
    template_version: int
    count: int = 1  # texts asked for; >1 means the reply is {"samples": [...]}
    attributes: dict[str, str] = field(default_factory=dict)
    demonstrations: list[int] = field(default_factory=list)  # sample ids shown as examples


def reply_schema(label_names: Sequence[str], max_chars: int) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {
            "text": {"type": "string", "minLength": 1, "maxLength": max_chars},
            "label": {"type": "string", "enum": list(label_names)},
        },
        "required": ["text", "label"],
        "additionalProperties": False,
    }


def many_schema(label_names: Sequence[str], max_chars: int, count: int) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {"samples": {"type": "array", "items": reply_schema(label_names, max_chars),
                                   "minItems": 1, "maxItems": count}},
        "required": ["samples"],
        "additionalProperties": False,
    }


def prompt_context(project: Project) -> dict[str, Any]:
    """What every prompt template is rendered with: the language, the labels and the task."""
    language = project.language
    return {"language": language, "labels": project.labels,
            "task_description": project.task or f"Sort texts written in {language.name} by label."}


class Strategy:
    """Zero-shot; the base of the others. The teacher is asked for one label at a time, so the
    schema allows only that label: a grammar-constrained teacher cannot waste a reply on another."""

    name = "zero-shot"
    template = "generate_zero_shot"

    def __init__(self, project: Project, max_chars: int, seed: int = 0,
                 guidance: Sequence[str] = ()):
        self.context = {**prompt_context(project), "guidance": [g for g in guidance if g.strip()]}
        self.max_chars = max_chars
        self.seed = seed
        #: The samples this strategy shows the teacher (stored with the job, so a resumed job
        #: shows the same ones); empty for strategies without examples.
        self.demonstration_ids: list[int] = []

    def request(self, label: Label, attempt: int) -> Request:
        t = load_template(self.template)
        messages = t.messages(**self.context, **self.extra(label, attempt), target=label,
                              length_hint=LENGTH_HINTS[attempt % len(LENGTH_HINTS)])
        return Request(label.name, messages, reply_schema([label.name], self.max_chars), t.name,
                       t.version, **self.request_fields(label, attempt))

    def extra(self, label: Label, attempt: int) -> dict[str, Any]:
        return {}

    def request_fields(self, label: Label, attempt: int) -> dict[str, Any]:
        return {}

    def demonstration_texts(self) -> list[str]:
        return []


class FewShot(Strategy):
    """Examples chosen by ``core.feedback.choose_demonstrations`` (the user's pinned samples
    first, then a diverse pick of accepted ones, real texts first; excluded ones never) rotate
    between requests, so no single example dominates the style. With ``demonstration_ids`` (a
    resumed job's), exactly those samples are shown."""

    name = "few-shot"
    template = "generate_few_shot"

    def __init__(self, project: Project, max_chars: int, seed: int = 0,
                 guidance: Sequence[str] = (), demonstration_ids: Optional[Sequence[int]] = None):
        super().__init__(project, max_chars, seed, guidance)
        if demonstration_ids is None:
            from core.feedback import choose_demonstrations

            chosen = choose_demonstrations(project, DEMONSTRATIONS_PER_LABEL, seed)
            self.pool: list[Sample] = [s for l in project.labels for s in chosen.get(l.name, [])]
        else:
            self.pool = []
            for i in demonstration_ids:
                try:
                    self.pool.append(project.sample(i))
                except ShuleError:  # deleted since the job started
                    pass
        if not self.pool:
            raise NotReady(user_text("Few-shot generation needs real examples: import or accept "
                                     "some samples first."))
        self.demonstration_ids = [s.id for s in self.pool]
        self.by_label = {l.name: [s for s in self.pool if s.label == l.name] for l in project.labels}
        # Each label rotates through its own examples request by request (counting the global
        # attempt number instead would show a label only every other window when labels alternate).
        self._turns: dict[str, int] = {}
        self._shown: dict[tuple[str, int], list[Sample]] = {}

    def _examples(self, label: Label, attempt: int) -> list[Sample]:
        key = (label.name, attempt)
        if key not in self._shown:
            turn = self._turns.get(label.name, 0)
            self._turns[label.name] = turn + 1
            # Mostly the target label (pinned ones come first, so the first request shows them),
            # plus one from another label so the contrast is visible.
            own = self.by_label.get(label.name) or []
            others = [s for s in self.pool if s.label != label.name]
            chosen = [own[(turn * (EXAMPLES_PER_REQUEST - 1) + i) % len(own)]
                      for i in range(min(EXAMPLES_PER_REQUEST - 1, len(own)))] if own else []
            if others:
                chosen.append(others[turn % len(others)])
            self._shown = {key: list({s.id: s for s in chosen}.values())}
        return self._shown[key]

    def extra(self, label: Label, attempt: int) -> dict[str, Any]:
        return {"examples": self._examples(label, attempt)}

    def request_fields(self, label: Label, attempt: int) -> dict[str, Any]:
        return {"demonstrations": [s.id for s in self._examples(label, attempt)]}

    def demonstration_texts(self) -> list[str]:
        return [s.text for s in self.pool]


class Diverse(Strategy):
    """Label × attribute combinations, walked in a seeded order so every label meets every
    topic, scenario, register and style before any repeats; ``per_request`` texts a call."""

    name = "diverse"
    template = "generate_diverse"

    def __init__(self, project: Project, max_chars: int, seed: int = 0, per_request: int = 3,
                 guidance: Sequence[str] = ()):
        super().__init__(project, max_chars, seed, guidance)
        attributes = {k: v for k, v in project.attributes.items() if v}
        if not attributes:
            raise NotReady(user_text(
                "Diverse generation needs topics and styles: have the teacher propose them first "
                "(shule attributes PROJECT --propose), or add your own."))
        kinds = sorted(attributes)
        self.combos = [dict(zip(kinds, values))
                       for values in itertools.product(*(attributes[k] for k in kinds))]
        random.Random(seed).shuffle(self.combos)
        self.per_request = max(1, per_request)

    def request(self, label: Label, attempt: int) -> Request:
        t = load_template(self.template)
        combo = self.combos[attempt % len(self.combos)]
        shown = {k.rstrip("s"): v for k, v in combo.items()}  # "topics" -> "topic: …"
        messages = t.messages(**self.context, target=label, attributes=shown,
                              count=self.per_request)
        return Request(label.name, messages,
                       many_schema([label.name], self.max_chars, self.per_request),
                       t.name, t.version, count=self.per_request, attributes=shown)


def make_strategy(name: str, project: Project, max_chars: int, seed: int = 0,
                  per_request: int = 3, guidance: Sequence[str] = (),
                  demonstration_ids: Optional[Sequence[int]] = None) -> Strategy:
    if name == "zero-shot":
        return Strategy(project, max_chars, seed, guidance)
    if name == "few-shot":
        return FewShot(project, max_chars, seed, guidance, demonstration_ids)
    if name == "diverse":
        return Diverse(project, max_chars, seed, per_request, guidance)
    raise ValueError(f"unknown strategy {name!r}; choose one of {', '.join(STRATEGIES)}")


def attributes_schema(per_kind: int) -> dict[str, Any]:
    item = {"type": "string", "minLength": 1, "maxLength": 80}
    array = {"type": "array", "items": item, "minItems": 1, "maxItems": per_kind}
    return {"type": "object", "properties": {k: array for k in ATTRIBUTE_KINDS},
            "required": list(ATTRIBUTE_KINDS), "additionalProperties": False}


def propose_attributes(project: Project, teacher: Teacher, per_kind: int = 8,
                       seed: Optional[int] = 0) -> dict[str, list[str]]:
    """Ask the teacher for topics, scenarios, registers and styles for this language and task.
    Returns them for the user to edit; nothing is stored here."""
    import json

    t = load_template("propose_attributes")
    teacher.load()
    reply = teacher.generate(t.messages(**prompt_context(project), per_kind=per_kind),
                             attributes_schema(per_kind), 64 + per_kind * 4 * 40, 0.7, seed)
    try:
        data = json.loads(reply.text)
        if not isinstance(data, dict):
            raise ValueError("not an object")
        out = {k: [" ".join(str(v).split()) for v in data.get(k, []) if isinstance(v, str)
                   and v.strip()][:per_kind] for k in ATTRIBUTE_KINDS}
    except ValueError as e:
        raise TeacherError(user_text("The teacher's list of topics and styles could not be read; "
                                     "try again or type your own.")) from e
    return {k: list(dict.fromkeys(v)) for k, v in out.items() if v}

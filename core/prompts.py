"""Prompt templates: Jinja files in resources/prompts, never Python strings.

Each template's first line is ``{#- name: NAME, version: N -#}``; both go into every sample's
provenance, so a sample can always be traced to the exact prompt wording that produced it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from core import RESOURCES

if TYPE_CHECKING:
    import jinja2

PROMPTS = RESOURCES / "prompts"
_HEADER = re.compile(r"\{#-?\s*name:\s*(\w+),\s*version:\s*(\d+)\s*-?#\}")


@dataclass(frozen=True)
class PromptTemplate:
    name: str
    version: int
    system: jinja2.Template
    user: jinja2.Template

    def messages(self, **context: Any) -> list[dict[str, str]]:
        return [
            {"role": "system", "content": self.system.render(**context).strip()},
            {"role": "user", "content": self.user.render(**context).strip()},
        ]


@lru_cache(maxsize=None)
def load_template(name: str) -> PromptTemplate:
    import jinja2

    # Plain text prompts: autoescape off (not HTML), undefined variables are errors.
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(PROMPTS), undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True, autoescape=False,
    )
    parts = {}
    for part in ("system", "user"):
        filename = f"{name}.{part}.jinja"
        source = (PROMPTS / filename).read_text(encoding="utf-8")
        header = _HEADER.match(source)
        if not header or header.group(1) != name:
            raise ValueError(f"{filename} must start with {{#- name: {name}, version: N -#}}")
        parts[part] = (int(header.group(2)), env.get_template(filename))
    if parts["system"][0] != parts["user"][0]:
        raise ValueError(f"prompt {name}: system and user templates have different versions")
    return PromptTemplate(name, parts["user"][0], parts["system"][1], parts["user"][1])

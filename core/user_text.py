"""Sentences core writes for a person, in a form the GUI can translate.

core never imports Qt, yet what it says reaches the window: an error's message, a step's progress,
why a step is not ready. Each such sentence is made with ``user_text(template, **fields)``:

    raise NotAProject(user_text("{name} is not a Shule project.", name=path.name))

The result is a ``str`` (the English sentence, so the command line, logs and tests read it as
before) that also remembers its template and fields. app.translate.translated() looks the template
up in the "core" context of the interface language and fills the fields in, translating any field
that is itself a UserText. packaging/translations.py finds every ``user_text("…")`` template in
core for the .ts files, so a template must be a string literal, and a field should be data (a
name, a number, a path) or another user_text — never an English phrase glued on.

Across a process boundary (a job's child) every UserText in an event (a progress status, an
error, a result) travels through ``encode`` and comes back whole through ``decode``.
"""

from __future__ import annotations

from typing import Any

CONTEXT = "core"  # the translation context of every core sentence


class UserText(str):
    """An English sentence for the user that remembers its template and fields."""

    template: str
    fields: dict[str, Any]

    def __new__(cls, template: str, fields: dict[str, Any]) -> "UserText":
        self = super().__new__(cls, template.format(**fields) if fields else template)
        self.template = template
        self.fields = fields
        return self

    def __reduce__(self):  # pickling keeps the template (multiprocessing, copy)
        return (UserText, (self.template, self.fields))

    def to_json(self) -> dict[str, Any]:
        """Plain JSON: numbers stay numbers (a template may format them), other data is str."""
        def plain(value: Any) -> Any:
            if isinstance(value, UserText):
                return value.to_json()
            return value if isinstance(value, (int, float, bool)) or value is None else str(value)
        return {"template": self.template, "fields": {k: plain(v) for k, v in self.fields.items()}}

    @classmethod
    def from_json(cls, data: Any) -> "UserText | Any":
        """The UserText ``to_json`` made; anything else comes back as it is."""
        if not (isinstance(data, dict) and isinstance(data.get("template"), str)
                and isinstance(data.get("fields"), dict)):
            return data
        fields = {str(k): cls.from_json(v) for k, v in data["fields"].items()}
        try:
            return cls(data["template"], fields)
        except (KeyError, IndexError, ValueError):  # a template that does not fit its fields
            return data["template"]


_MARK = "$user_text"


def encode(value: Any) -> Any:
    """``value`` for JSON with every UserText in it (in dicts and lists too) kept as one."""
    if isinstance(value, UserText):
        return {_MARK: value.to_json()}
    if isinstance(value, dict):
        return {k: encode(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [encode(v) for v in value]
    return value


def decode(value: Any) -> Any:
    """What ``encode`` made, with its UserTexts back."""
    if isinstance(value, dict):
        if set(value) == {_MARK}:
            return UserText.from_json(value[_MARK])
        return {k: decode(v) for k, v in value.items()}
    if isinstance(value, list):
        return [decode(v) for v in value]
    return value


def user_text(template: str, /, **fields: Any) -> UserText:
    """The sentence ``template.format(**fields)``, translatable by the GUI (see the module)."""
    return UserText(template, fields)


def join_sentences(*parts: str) -> str:
    """Sentences one after the other, each kept translatable in the window (a UserText whose
    fields are the parts); empty parts are left out."""
    kept = [p for p in parts if p]
    if len(kept) == 1:
        return kept[0]
    fields = {f"s{i}": part for i, part in enumerate(kept)}
    return UserText(" ".join("{" + name + "}" for name in fields), fields)

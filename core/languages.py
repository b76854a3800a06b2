"""The language catalogue: every language in the IANA subtag registry (about 8,000), with its
English and native names, likely script and writing direction.

Names and codes come from the ``language-data`` package (the IANA registry and CLDR) through
``langcodes``; nothing here is a hand-written list except the right-to-left scripts.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

from core.errors import LanguageNotFound
from core.user_text import user_text

# ISO 15924 codes of scripts written right to left (Unicode's bidi class R/AL scripts in use).
RTL_SCRIPTS = frozenset({
    "Adlm", "Arab", "Aran", "Armi", "Avst", "Chrs", "Cprt", "Elym", "Hatr", "Hebr", "Hung", "Khar",
    "Lydi", "Mand", "Mani", "Mend", "Merc", "Mero", "Narb", "Nbat", "Nkoo", "Orkh", "Ougr", "Palm",
    "Phli", "Phlp", "Phnx", "Prti", "Rohg", "Samr", "Sarb", "Sogd", "Sogo", "Syrc", "Thaa", "Yezi",
})


@dataclass(frozen=True)
class Language:
    code: str  # BCP 47 tag, shortest form: "sw", "quy", "am"
    name: str  # English name
    script: str = "Latn"  # ISO 15924
    script_name: str = "Latin"
    direction: str = "ltr"  # "ltr" or "rtl"
    autonym: str = ""  # the language's name for itself, when CLDR knows it

    @property
    def label(self) -> str:
        """How the UI shows it: "Swahili (sw)", with the native name when it differs."""
        return self.label_in("en")

    def label_in(self, ui: str) -> str:
        """The label with the name in the interface language ``ui`` where CLDR has it:
        "suaíli (sw) — Kiswahili" for Portuguese."""
        name = name_in(self.code, ui) or self.name
        native = f" — {self.autonym}" if self.autonym and self.autonym != name else ""
        return f"{name} ({self.code}){native}"


@lru_cache(maxsize=4096)
def name_in(code: str, ui: str) -> Optional[str]:
    """The language's name in the language ``ui`` ("suajili" for sw in Spanish), or None where
    CLDR has none (langcodes would fall back to English)."""
    if ui == "en" or not code:
        return None
    import langcodes

    try:
        tag = langcodes.Language.get(code)
        name = tag.display_name(ui)
        english = tag.display_name("en")
    except (ValueError, LookupError):  # a tag langcodes cannot read (a damaged bundle's config)
        return None
    return None if not name or name == english else name


@dataclass(frozen=True)
class _Entry:
    code: str
    names: tuple[str, ...]


@lru_cache(maxsize=1)
def _registry() -> tuple[_Entry, ...]:
    """Living languages from the IANA registry (deprecated and collection codes left out)."""
    import language_data

    path = Path(language_data.__file__).parent / "data" / "language-subtag-registry.txt"
    entries: list[_Entry] = []
    for record in path.read_text(encoding="utf-8").split("\n%%\n"):
        fields: dict[str, list[str]] = {}
        key = ""
        for line in record.splitlines():
            if line.startswith("  ") and key:  # continuation line
                fields[key][-1] += " " + line.strip()
                continue
            key, _, value = line.partition(": ")
            fields.setdefault(key, []).append(value.strip())
        if fields.get("Type") != ["language"] or "Deprecated" in fields:
            continue
        code = fields["Subtag"][0]
        if ".." in code or fields.get("Scope") in (["collection"], ["special"], ["private-use"]):
            continue
        entries.append(_Entry(code, tuple(fields.get("Description", []))))
    return tuple(entries)


@lru_cache(maxsize=1)
def _by_code() -> dict[str, _Entry]:
    return {e.code: e for e in _registry()}


@lru_cache(maxsize=1)
def _by_name() -> dict[str, str]:
    out: dict[str, str] = {}
    for e in _registry():
        for n in e.names:
            out.setdefault(n.casefold(), e.code)
    return out


@lru_cache(maxsize=4096)
def language(code: str) -> Language:
    """Full facts for a registry code (raises LanguageNotFound for unknown codes)."""
    import langcodes  # here, not at the top: the GUI starts ~50 ms sooner

    tag = langcodes.standardize_tag(code, macro=False)
    base = langcodes.Language.get(tag)
    entry = _by_code().get(base.language or "")
    if entry is None:
        raise LanguageNotFound(user_text("“{code}” is not a known language code.", code=code))
    script = base.script or base.maximize().script or "Latn"
    try:
        autonym = base.autonym()
        autonym = "" if autonym.casefold().startswith("unknown") else autonym
    except (LookupError, ValueError):
        autonym = ""
    script_name = langcodes.Language.make(script=script).script_name() or script
    name = base.language_name()  # CLDR's name ("Swahili"); the registry's is the fallback
    if not name or name.casefold().startswith("unknown") or name == base.language:
        name = entry.names[0] if entry.names else tag
    return Language(
        code=tag, name=name, script=script,
        script_name=script_name, direction="rtl" if script in RTL_SCRIPTS else "ltr",
        autonym=autonym,
    )


def find_language(query: str) -> Language:
    """A language by code ("sw", "swh", "am-Ethi") or name ("Swahili", "Kiswahili")."""
    import langcodes

    text = " ".join(query.split())
    if not text:
        raise LanguageNotFound(user_text("Type a language name or code."))
    code = text.casefold() if text.casefold() in _by_code() else _by_name().get(text.casefold())
    if code is None and langcodes.tag_is_valid(text):
        try:
            return language(text)
        except LanguageNotFound:
            pass
    if code is None:
        try:  # names in other languages, e.g. "Kiswahili", "español"
            code = langcodes.find(text).language
        except LookupError:
            code = None
        # langcodes.find also takes prefixes ("Englishxyz"): keep only whole-name matches.
        if code is not None and not _is_name_of(text, code):
            code = None
    if code is None or code not in _by_code():
        close = difflib.get_close_matches(text.casefold(), list(_by_name()), n=1, cutoff=0.8)
        if close:
            raise LanguageNotFound(user_text(
                "No language called “{name}” is known. Did you mean {language}?", name=text,
                language=language(_by_name()[close[0]]).label))
        raise LanguageNotFound(user_text("No language called “{name}” is known.", name=text))
    return language(code)


def search_languages(text: str, limit: int = 20) -> list[Language]:
    """Autocomplete: an exact code or a whole name in any language ("suaíli", "السواحلية")
    first, then names starting with ``text``, then names with a word starting with it; shorter
    names first within each group."""
    needle = " ".join(text.split()).casefold()
    if not needle:
        return []
    exact: list[str] = [needle] if needle in _by_code() else []
    if not exact:
        try:
            import langcodes

            found = langcodes.find(needle).language
            if found in _by_code() and _is_name_of(needle, found):
                exact.append(found)
        except LookupError:
            pass
    prefix: list[tuple[int, str]] = []
    word: list[tuple[int, str]] = []
    for name, code in _by_name().items():
        if name.startswith(needle):
            prefix.append((-_speakers(code), len(name), code))
        elif f" {needle}" in f" {name}" or f"({needle}" in name:
            word.append((-_speakers(code), len(name), code))
    codes: list[str] = []
    for code in exact + [c for *_, c in sorted(prefix)] + [c for *_, c in sorted(word)]:
        if code not in codes:
            codes.append(code)
        if len(codes) == limit:
            break
    return [language(c) for c in codes]


def _is_name_of(text: str, code: str) -> bool:
    from language_data.names import code_to_names

    wanted = text.casefold()
    return any(n.casefold() == wanted for n in code_to_names(code).values())


@lru_cache(maxsize=None)
def _speakers(code: str) -> int:
    import langcodes

    return langcodes.Language.get(code).speaking_population()


def catalogue_size() -> int:
    return len(_registry())


def direction_of(script: Optional[str]) -> str:
    return "rtl" if script in RTL_SCRIPTS else "ltr"

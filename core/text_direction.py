"""Which way a text runs and which script it is written in, read from its characters alone.

A project's language says how most samples are written, but a sample may be a quotation in
another script, or start with a number or an @mention; the GUI lays each one out by its own
content. Pure Python: ``unicodedata`` for bidi classes, ``regex`` for Unicode script properties.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:  # regex costs ~20 ms to import: loaded on the first script lookup
    import regex

# ISO 15924 codes of every script Unicode encodes (Unicode 15.1), most used first so that the
# lookup of a new character usually stops early. Codes the installed ``regex`` does not know are
# dropped when the pattern is built.
_SCRIPTS = (
    "Latn Cyrl Arab Hani Deva Beng Ethi Hebr Grek Hang Hira Kana Thai Taml Telu Knda Mlym Gujr "
    "Guru Orya Sinh Mymr Khmr Laoo Tibt Geor Armn Thaa Syrc Nkoo Tfng Vaii Olck Adlm Cher Cans "
    "Mong Yiii Bopo Java Sund Bali Bugi Tglg Copt Glag Goth Runr Ogam Lisu Bamu Mtei Cham Tale "
    "Talu Lana Tavt Lepc Limb Sylo Saur Kali Rjng Batk Mend Bass Wara Sora Chrs Hmng Hmnp Plrd "
    "Mand Samr Rohg Yezi Gong Gonm Wcho Nand Dogr Diak Sogd Sogo Elym Ougr Cpmn Vith Toto Tnsa "
    "Kawi Nagm Brai Aghb Ahom Armi Avst Bhks Brah Buhd Cakm Cari Cprt Dsrt Dupl Egyp Elba Gran "
    "Hano Hatr Hluw Hung Ital Khar Khoj Kits Kthi Lina Linb Lyci Lydi Mahj Maka Mani Marc Medf "
    "Merc Mero Modi Mroo Mult Narb Nbat Newa Nshu Orkh Osge Osma Palm Pauc Perm Phag Phli Phlp "
    "Phnx Prti Sarb Sgnw Shaw Shrd Sidd Sind Soyo Tagb Takr Tang Tirh Ugar Xpeo Xsux Zanb"
).split()


@lru_cache(maxsize=1)
def _script_pattern() -> regex.Pattern:
    import regex

    parts = []
    for code in _SCRIPTS:
        try:
            regex.compile(rf"\p{{sc={code}}}")
        except regex.error:  # a script newer than this regex's Unicode tables
            continue
        parts.append(rf"(?P<{code}>\p{{sc={code}}})")
    return regex.compile("|".join(parts))


@lru_cache(maxsize=4096)
def script_of(char: str) -> Optional[str]:
    """ISO 15924 code of one character's Unicode script ("Ethi", "Latn"); None for characters of
    the Common and Inherited scripts (digits, punctuation, combining marks) and unassigned ones."""
    match = _script_pattern().match(char)
    return match.lastgroup if match else None


def dominant_script(text: str) -> Optional[str]:
    """ISO 15924 code of the script most of the letters of ``text`` are written in; None when it
    has no letters of any script. Ties go to the script met first."""
    counts = Counter(script_of(c) for c in text if unicodedata.category(c)[0] == "L")
    counts.pop(None, None)
    return counts.most_common(1)[0][0] if counts else None


def direction_of(text: str, default: str = "ltr") -> str:
    """"rtl" or "ltr" from the first strongly directional character of ``text`` (Unicode bidi
    classes R and AL are right to left, L left to right), the rule of the Unicode bidi algorithm
    for a paragraph's direction; digits, punctuation and spaces are skipped. ``default`` when the
    text has no strong character."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return "ltr"
        if kind in ("R", "AL"):
            return "rtl"
    return default


@lru_cache(maxsize=256)
def script_name(code: str) -> str:
    """English name of an ISO 15924 script ("Ethi" → "Ethiopic", "Nkoo" → "N’Ko"); the code itself
    when CLDR has no name for it."""
    import langcodes  # only when a name is wanted: a message, not every sample

    try:
        name = langcodes.Language.make(script=code).script_name()
    except (LookupError, ValueError):
        name = ""
    return name if name and not name.casefold().startswith("unknown") else code

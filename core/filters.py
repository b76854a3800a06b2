"""Quality filters that every generated or annotated sample passes before it is stored.

``SampleFilter.check`` runs, in order: bad characters, empty / too short / too long, exact
duplicate (after ``normalise``), copy of a few-shot demonstration, near duplicate, wrong script,
wrong language; the first failure wins and comes back as a ``Verdict`` with a machine reason and a
plain-English detail. ``check`` never records anything; ``add`` records a stored text.

Near duplicates: MinHash with LSH bands over character n-gram shingles (``core.near_duplicates``).

Wrong language: py3langid, and only where it covers the language (directly or through an ISO
639-3 macrolanguage, so Swahili "sw" covers "swh" and Arabic "ar" covers "arb"), only for texts of
some length, and only when it is confident about a language that is no relative of the target
(same macrolanguage, or one of a few pairs it confuses, such as Danish and Norwegian).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable, Optional

import regex

from core.languages import Language

if TYPE_CHECKING:  # numpy costs ~0.1 s at GUI start: loaded when a filter is built
    import numpy as np

REASONS = ("bad_characters", "empty", "too_short", "too_long", "duplicate", "copies_example",
           "near_duplicate", "wrong_script", "wrong_language")


@dataclass
class FilterConfig:
    min_chars: int = 3
    max_chars: int = 300
    #: Jaccard similarity of character-n-gram shingles of the normalised texts at or above which a
    #: text is a near duplicate (candidates come from MinHash LSH; the similarity is exact).
    near_duplicate_threshold: float = 0.8
    #: Share of letters that must be written in the language's expected script.
    min_script_share: float = 0.6
    check_script: bool = True
    #: Only applies where the language identifier covers the language (see language_id_covers).
    check_language: bool = True
    #: The wrong-language check discards only when the identifier is at least this sure...
    language_min_probability: float = 0.9
    #: ...and the text has at least this many words (scripts written without spaces: no limit)...
    language_min_words: int = 5
    #: ...and at least this many letters.
    language_min_letters: int = 25
    #: Characters per shingle; None picks 3 for syllabic and logographic scripts (Ethiopic, Han,
    #: Japanese, Korean …) and 4 otherwise.
    shingle_size: Optional[int] = None


@dataclass
class Verdict:
    """What became of one text: the cleaned text to keep, or a discard reason with a detail."""

    text: Optional[str]  # the cleaned text to keep, or None when discarded
    reason: str = ""  # machine name of the discard reason (one of REASONS)
    detail: str = ""  # one plain-English phrase a user can read


# ---- characters and the duplicate key --------------------------------------------------------
# Control characters other than \n and \t, lone surrogates (JSON escapes can smuggle them in; they
# cannot be stored), noncharacters, and U+FFFD (a byte-level tokenizer split a character).
_BAD_CHAR = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffd\ufffe\uffff]")
_PUNCT_SYMBOL = regex.compile(r"[\p{P}\p{S}]+")
_LETTER = regex.compile(r"\p{L}")


def clean(text: str) -> str:
    """The text to store: Windows and old Mac line ends made \\n, NFC, a leading BOM and outer
    whitespace removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text).lstrip("\ufeff").strip()


def normalise(text: str) -> str:
    """The exact-duplicate key: NFC, case-folded, punctuation and symbols removed, whitespace
    collapsed. "Hello, World!" and "hello world" share a key; so do NFC and NFD spellings."""
    text = unicodedata.normalize("NFC", unicodedata.normalize("NFC", text).casefold())
    return " ".join(_PUNCT_SYMBOL.sub("", text).split())


def _key(text: str) -> str:
    # A text of only punctuation or emoji keeps its own (case-folded) form as key, so that "!!!"
    # and "👍" are not duplicates of each other.
    return normalise(text) or " ".join(unicodedata.normalize("NFC", text).casefold().split())


# ---- scripts ---------------------------------------------------------------------------------
# ISO 15924 codes that stand for several Unicode scripts, or are variants of one.
SCRIPT_PARTS = {
    "Hans": ("Hani",), "Hant": ("Hani", "Bopo"), "Hanb": ("Hani", "Bopo"),
    "Jpan": ("Hani", "Hira", "Kana"), "Hrkt": ("Hira", "Kana"), "Kore": ("Hang", "Hani"),
    "Jamo": ("Hang",), "Aran": ("Arab",), "Latf": ("Latn",), "Latg": ("Latn",),
    "Cyrs": ("Cyrl",), "Syre": ("Syrc",), "Syrj": ("Syrc",), "Syrn": ("Syrc",),
    "Geok": ("Geor",),
}
# Scripts whose characters are syllables or words: shorter shingles (3 characters, not 4).
DENSE_SCRIPTS = frozenset({"Hans", "Hant", "Hani", "Hanb", "Jpan", "Kore", "Hang", "Jamo", "Hira",
                           "Kana", "Hrkt", "Ethi", "Yiii", "Vaii", "Cher", "Cans"})
# Scripts written without spaces between words: a word count says nothing about length there.
UNSPACED_SCRIPTS = frozenset({"Hans", "Hant", "Hani", "Hanb", "Jpan", "Hira", "Kana", "Hrkt",
                              "Thai", "Laoo", "Khmr", "Mymr", "Tibt", "Bali", "Java"})


@lru_cache(maxsize=256)
def _script_patterns(script: str) -> Optional[tuple[regex.Pattern, regex.Pattern]]:
    parts = SCRIPT_PARTS.get(script, (script,))
    if any(p.startswith(("Z", "Q")) for p in parts):  # Common, Inherited, Unknown, private use
        return None
    scx = "".join(rf"\p{{scx={p}}}" for p in parts)
    try:
        inside = regex.compile(rf"[\p{{L}}&&[{scx}]]", regex.V1)
        # Letters of the Common and Inherited scripts (e.g. Japanese ー) count for no side.
        outside = regex.compile(rf"[\p{{L}}--[{scx}\p{{sc=Zyyy}}\p{{sc=Zinh}}]]", regex.V1)
    except regex.error:  # a code Unicode does not encode (yet)
        return None
    return inside, outside


def script_known(script: str) -> bool:
    """Whether ``script_share`` can measure this ISO 15924 script."""
    return _script_patterns(script) is not None


def script_share(text: str, script: str) -> Optional[float]:
    """Share of the letters (\\p{L}) of ``text`` written in ``script`` (ISO 15924: "Ethi", "Latn",
    "Arab", "Hans", "Jpan", "Kore" …). Letters of the Common and Inherited scripts are neutral.
    None when the text has no letters; ValueError for a script Unicode does not encode."""
    patterns = _script_patterns(script)
    if patterns is None:
        raise ValueError(f"{script!r} is not a script that Unicode encodes")
    inside, outside = (len(p.findall(text)) for p in patterns)
    return None if inside + outside == 0 else inside / (inside + outside)


def _main_other_script(text: str, script: str) -> str:
    """A name for the script most of the text's foreign letters are in ("Latin", "Ethiopic")."""
    counts = Counter(unicodedata.name(c, "?").split(" ")[0]
                     for c in _script_patterns(script)[1].findall(text))
    if not counts:
        return ""
    name = counts.most_common(1)[0][0]
    return "Chinese (Han)" if name == "CJK" else name.title()


# ---- language identification -----------------------------------------------------------------
# The labels of py3langid 0.4.0's model, so that the GUI can tell coverage without loading the
# model (0.8 s); any other version is asked directly. tests/test_filters.py keeps this honest.
_LANGID_VERSION = "0.4.0"
_LANGID_LABELS = frozenset("""
af am ar as az be bg bn br bs ca cs cy da de el en eo es et eu fa fi fr fy ga gd gl gu ha he hi
hr ht hu hy id ig is it ja jv ka kk km kn ko ku ky la lg ln lo lt lv mg mk ml mn mr ms my ne nl no
om or pa pl ps pt qu ro ru sa si sk sl so sq sr sv sw ta te th tl tr ug uk ur uz vi xh yo zh zu zxx
ace bcl dz ext gcf gom grc gug hbo kik nso pcm rw se sn st an ary crh fo fuv gcr guw kab lb lij ltg
uzs wa sdh arz ba mt nn oc tg tk tt vec vo wuu yue""".split())


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    if hasattr(LanguageIdentifier, "from_model_file"):  # 0.4
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return LanguageIdentifier.from_pickled_model(MODEL_FILE, norm_probs=True)  # 0.3


def identifier_labels() -> frozenset[str]:
    """The language codes py3langid can answer (ISO 639-1 where one exists, else 639-3)."""
    import py3langid

    if getattr(py3langid, "__version__", "") == _LANGID_VERSION:
        return _LANGID_LABELS
    return frozenset(_identifier().nb_classes)


def identify_language(text: str) -> tuple[str, float]:
    """py3langid's best guess for ``text``: its code ("en", "sw", "zxx" for no language) and
    probability."""
    code, probability = _identifier().classify(text)
    return str(code), float(probability)


@lru_cache(maxsize=1)
def _macrolanguages() -> dict[str, str]:
    """Individual language → its macrolanguage, from the IANA registry ("swh" → "sw")."""
    from language_data.registry_parser import parse_registry

    return {e["Subtag"]: e["Macrolanguage"] for e in parse_registry()
            if e.get("Type") == "language" and "Macrolanguage" in e}


@lru_cache(maxsize=4096)
def language_family(code: str) -> str:
    """The macrolanguage a code belongs to, or its own base code: "swh", "sw", "swa" → "sw";
    "arb", "arz" → "ar"; "npi" → "ne"; "id" → "ms"; "hr", "sr" → "sh"; "sr-Latn" → "sh"."""
    import langcodes

    try:
        base = langcodes.Language.get(langcodes.standardize_tag(code, macro=False),
                                      normalize=False).language or code
    except (LookupError, ValueError):
        base = code
    return _macrolanguages().get(base, base)


# Languages outside one macrolanguage that py3langid (like any n-gram identifier) mixes up, and
# whose real text must not be thrown away: a Bokmål sentence may well read as Danish.
RELATED_GROUPS = (
    frozenset({"da", "no", "nb", "nn"}), frozenset({"cs", "sk"}), frozenset({"bg", "mk"}),
    frozenset({"es", "gl"}), frozenset({"ca", "oc"}), frozenset({"zu", "xh", "nr", "ss"}),
    frozenset({"st", "nso", "tn"}), frozenset({"rw", "rn"}), frozenset({"hi", "ur"}),
)


def languages_related(a: str, b: str) -> bool:
    """Whether text in ``a`` identified as ``b`` may still be ``a``: one macrolanguage, or a
    pair from RELATED_GROUPS."""
    fa, fb = language_family(a), language_family(b)
    return fa == fb or any(fa in g and fb in g for g in RELATED_GROUPS)


@lru_cache(maxsize=1)
def _covered_families() -> frozenset[str]:
    return frozenset(language_family(c) for c in identifier_labels() if c != "zxx")


def language_id_covers(language: Language) -> bool:
    """Whether py3langid can tell this language (itself or a macrolanguage relative)."""
    return language_family(language.code) in _covered_families()


def _language_name(code: str) -> str:
    import langcodes

    try:
        return langcodes.Language.get(code).display_name()
    except (LookupError, ValueError):
        return code


# ---- the filter ------------------------------------------------------------------------------
def _quote(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return f"“{text if len(text) <= limit else text[:limit - 1] + '…'}”"


class SampleFilter:
    """The checks one project's new texts pass; knows the texts already stored.

    ``check`` may run in several threads at once while one thread calls ``add`` (generation
    checks replies in worker threads and stores them on the job's thread)."""

    def __init__(self, language: Language, config: Optional[FilterConfig] = None,
                 existing: Iterable[str] = (), demonstrations: Iterable[str] = ()):
        from core import near_duplicates as nd

        self._nd = nd
        self.language = language
        self.config = config = config or FilterConfig()
        n = config.shingle_size or (3 if language.script in DENSE_SCRIPTS else 4)
        self._index = nd.NearDuplicateIndex(config.near_duplicate_threshold, n)
        # hash(duplicate key) -> index id; a 64-bit hash, not the key, saves a copy of every text
        # (a false match among 100,000 texts has a chance of about 1 in 10⁹).
        self._seen: dict[int, int] = {}
        self._demos = [(d, nd.shingles(_key(d), n)) for d in (clean(t) for t in demonstrations) if d]
        self._demo_keys = {_key(d): d for d, _ in self._demos}
        self._script_on = config.check_script and script_known(language.script)
        self._language_on = config.check_language and language_id_covers(language)
        self._last: tuple[str, np.ndarray] = ("", nd.shingles("", n))
        for text in existing:
            self.add(text)

    @property
    def language_covered(self) -> bool:
        """Whether the wrong-language check is active (the UI says so when it is not)."""
        return self._language_on

    @property
    def script_checked(self) -> bool:
        return self._script_on

    def __len__(self) -> int:
        """How many distinct texts (by duplicate key) are recorded."""
        return len(self._seen)

    def _shingles(self, key: str) -> np.ndarray:
        last = self._last  # one read: check() may run in other threads at the same time
        if last[0] == key:  # check() then add() of one text shingles it once
            return last[1]
        sh = self._nd.shingles(key, self._index.shingle_size)
        self._last = (key, sh)
        return sh

    def add(self, text: str) -> None:
        """Record a stored text so that later duplicates of it are caught."""
        text = clean(text)
        key = _key(text)
        if key and hash(key) not in self._seen:
            self._seen[hash(key)] = self._index.add(text, self._shingles(key))

    def check(self, text: str) -> Verdict:
        """The first check ``text`` fails, or Verdict(cleaned text). Records nothing."""
        cfg = self.config
        bad = _BAD_CHAR.search(text.replace("\r\n", "\n").replace("\r", "\n"))
        if bad is not None:
            return Verdict(None, "bad_characters",
                           f"the text holds the character U+{ord(bad.group()):04X}")
        text = clean(text)
        if not text:
            return Verdict(None, "empty", "the text is empty")
        if len(text) < cfg.min_chars:
            return Verdict(None, "too_short", f"{len(text)} characters, at least {cfg.min_chars} needed")
        if len(text) > cfg.max_chars:
            return Verdict(None, "too_long", f"{len(text)} characters, limit {cfg.max_chars}")
        key = _key(text)
        if hash(key) in self._seen:
            return Verdict(None, "duplicate", "the same text (ignoring case, spacing and punctuation) "
                           f"is already stored: {_quote(self._index.text(self._seen[hash(key)]))}")
        verdict = self._copies_example(key)
        if verdict is not None:
            return verdict
        similarity, i = self._index.most_similar(text, self._shingles(key))
        if similarity >= cfg.near_duplicate_threshold:
            return Verdict(None, "near_duplicate",
                           f"it is {similarity:.0%} the same as the stored text {_quote(self._index.text(i))}")
        if self._script_on:
            share = script_share(text, self.language.script)
            if share is not None and share < cfg.min_script_share:
                other = _main_other_script(text, self.language.script)
                return Verdict(None, "wrong_script",
                               f"only {share:.0%} of its letters are in the {self.language.script_name} "
                               f"script" + (f" (most are {other})" if other else ""))
        if self._language_on:
            return self._check_language(text)
        return Verdict(text)

    def _copies_example(self, key: str) -> Optional[Verdict]:
        if key in self._demo_keys:
            return Verdict(None, "copies_example",
                           f"it repeats the example {_quote(self._demo_keys[key])}")
        sh = self._shingles(key)
        for demo, demo_sh in self._demos:
            # Containment, not only Jaccard: the example with a few words added or cut is a copy
            # too. Only between texts of similar size (a long text may quote a short phrase) and
            # not for very short ones (a few shingles are shared by chance).
            small, large = sorted((len(sh), len(demo_sh)))
            similar = (self._nd.overlap(sh, demo_sh) if small >= 10 and 2 * small >= large
                       else self._nd.jaccard(sh, demo_sh))
            if similar >= self.config.near_duplicate_threshold:
                return Verdict(None, "copies_example",
                               f"it is {similar:.0%} the same as the example {_quote(demo)}")
        return None

    def _check_language(self, text: str) -> Verdict:
        cfg = self.config
        if len(_LETTER.findall(text)) < cfg.language_min_letters:
            return Verdict(text)
        if self.language.script not in UNSPACED_SCRIPTS and len(text.split()) < cfg.language_min_words:
            return Verdict(text)
        code, probability = identify_language(text)
        if (code == "zxx" or probability < cfg.language_min_probability
                or languages_related(self.language.code, code)):
            return Verdict(text)
        return Verdict(None, "wrong_language",
                       f"it reads as {_language_name(code)} (p = {probability:.2f}), "
                       f"not {self.language.name}")

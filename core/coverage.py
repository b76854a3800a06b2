"""How well does a base model's tokenizer cover a language? And which recommended bases are at hand?

Only the standard library and ``tokenizers``: the GUI imports this module, so no torch, no
transformers, no network. Words are counted the same way for every tokenizer (runs of
non-space characters), so figures from different bases can be compared side by side.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from bisect import bisect_right
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Optional, Sequence

from tokenizers import Tokenizer, models, normalizers, pre_tokenizers

from core import RESOURCES
from core.errors import ModelFolderError, NotReady
from core.hub import hub_cache_dir
from core.project import Project
from core.user_text import user_text

CATALOGUE = RESOURCES / "student_bases.json"
MAX_TEXTS = 2000  # enough for stable rates; more only costs time

# Thresholds. Fertility near 1.2-1.5 is what monolingual vocabularies give their own language and
# multilingual ones give well-covered languages; downstream accuracy falls as it rises (Rust et al.
# 2021, "How good is your tokenizer?"). Past 3 pieces a word, sentences overflow the 128-256-token
# windows students train with and the pieces carry little meaning. An unknown token erases a word:
# 1 % is about one word in five sentences and costs little; 5 % is about one word in every sentence,
# where the classifier starts to lose the words that decide the label.
USABLE_UNKNOWN_RATE = 0.01
POOR_UNKNOWN_RATE = 0.05
USABLE_FERTILITY = 2.0
POOR_FERTILITY = 3.0
# Uncased BERT vocabularies strip accents: Yoruba tone marks and some Devanagari vowel signs vanish
# before the model sees them, so words that differ only by them collide. Above this share of words
# the verdict is at most "usable", however few pieces the words take.
MARKS_DROPPED_LIMIT = 0.01
_RANK = {"good": 0, "usable": 1, "poor": 2}
_ADVICE = {"good": user_text("a good fit"),
           "usable": user_text("usable, though a better-matched base may do better"),
           "poor": user_text("not recommended")}

# Scripts written without spaces between words: a space-separated "word" there is a phrase or a
# whole sentence, so such runs are counted as (letters / average letters per word) estimated words.
# Averages: Chinese and Japanese words are 1.5-2 characters; Thai, Lao, Khmer and Burmese words are
# about 4 letters once combining vowel and tone marks are left out.
_UNSPACED = [((0x0E00, 0x0EFF), 4.0), ((0x1000, 0x109F), 4.0), ((0x1780, 0x17FF), 4.0),
             ((0x3040, 0x30FF), 1.5), ((0x3400, 0x4DBF), 1.5), ((0x4E00, 0x9FFF), 1.5)]
_UNSPACED_CHAR = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class StudentBase:
    id: str
    name: str
    parameters: int
    size_mb: int
    languages: str
    licence: str
    card_url: str
    notes: str


@dataclass(frozen=True)
class Coverage:
    base: str
    texts: int
    words: int
    tokens: int
    unknown_rate: float  # share of words with at least one unknown token
    unknown_token_rate: float  # unknown tokens / tokens
    fertility: float  # tokens per word, special tokens left out
    verdict: str  # "good" | "usable" | "poor"
    sentence: str
    estimated_words: int = 0  # words estimated from runs of a script written without spaces
    marks_dropped_rate: float = 0.0  # share of words whose accent, tone or vowel marks the tokenizer strips


def recommended_bases() -> list[StudentBase]:
    """The curated catalogue in resources/student_bases.json, in its order."""
    data = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    return [StudentBase(**entry) for entry in data["bases"]]


def local_bases(extra: Sequence[Path] = ()) -> list[tuple[str, Path]]:
    """(display name, folder) for each recommended base whose tokenizer.json is in the local
    Hugging Face cache (newest snapshot first), then each extra folder that holds a tokenizer."""
    found: list[tuple[str, Path]] = []
    cache = hub_cache_dir()
    for base in recommended_bases():
        snapshots = cache / ("models--" + base.id.replace("/", "--")) / "snapshots"
        candidates = [p for p in snapshots.glob("*") if (p / "tokenizer.json").is_file()]
        if candidates:
            found.append((base.name, max(candidates, key=lambda p: p.stat().st_mtime)))
    for folder in map(Path, extra):
        if (folder / "tokenizer.json").is_file() or (folder / "vocab.txt").is_file():
            found.append((folder.name, folder))
    return found


def _read_unk(folder: Path) -> Optional[str]:
    for name in ("tokenizer_config.json", "special_tokens_map.json"):
        try:
            unk = json.loads((folder / name).read_text(encoding="utf-8")).get("unk_token")
        except (OSError, ValueError, AttributeError):
            continue
        if isinstance(unk, dict):
            unk = unk.get("content")
        if isinstance(unk, str):
            return unk
    return None


def _load(source: Path) -> tuple[Tokenizer, Optional[int]]:
    """The tokenizer and the id of its unknown token (None when it has none, e.g. byte-level BPE)."""
    file = source if source.is_file() else source / "tokenizer.json"
    folder = file.parent
    if file.is_file():
        try:
            tokenizer = Tokenizer.from_file(str(file))
        except Exception as error:  # tokenizers raises plain Exception on a bad file
            raise ModelFolderError(user_text("{file} is not a tokenizer file that can be read ({detail}).",
                                             file=file, detail=str(error))) from error
        unk = _read_unk(folder)
        if unk is None:  # fall back on the model's own setting: unk_token (WordPiece, BPE) or unk_id (Unigram)
            spec = json.loads(file.read_text(encoding="utf-8")).get("model", {})
            unk_id = spec.get("unk_id")
            unk = spec.get("unk_token") if unk_id is None else tokenizer.id_to_token(unk_id)
    elif (folder / "vocab.txt").is_file():  # an older BERT folder: rebuild its WordPiece tokenizer
        config = {}
        if (folder / "tokenizer_config.json").is_file():
            config = json.loads((folder / "tokenizer_config.json").read_text(encoding="utf-8"))
        unk = _read_unk(folder) or "[UNK]"
        tokenizer = Tokenizer(models.WordPiece.from_file(str(folder / "vocab.txt"), unk_token=unk))
        tokenizer.normalizer = normalizers.BertNormalizer(lowercase=bool(config.get("do_lower_case", True)))
        tokenizer.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    else:
        raise ModelFolderError(user_text(
            "{folder} has no tokenizer.json (or vocab.txt), so its coverage cannot be checked; "
            "pick the model's folder, or save its tokenizer in the fast format first.", folder=source))
    # Folders saved by sentence-transformers pad and truncate to 128: both would skew the count.
    tokenizer.no_padding()
    tokenizer.no_truncation()
    return tokenizer, (tokenizer.token_to_id(unk) if unk else None)


def _words_in(chunk: str) -> tuple[int, bool]:
    """How many words a run of non-space characters holds, and whether that number is an estimate."""
    if not _UNSPACED_CHAR.search(chunk):
        return 1, False
    letters = [c for c in chunk if not unicodedata.category(c).startswith("M")]
    per_word: dict[float, int] = {}
    for c in letters:
        for (low, high), average in _UNSPACED:
            if low <= ord(c) <= high:
                per_word[average] = per_word.get(average, 0) + 1
    if sum(per_word.values()) * 2 <= len(letters):  # mostly a spaced script: an ordinary word
        return 1, False
    average = max(per_word, key=per_word.__getitem__)
    return max(1, round(len(letters) / average)), True


def _marks(text: str) -> int:
    return sum(unicodedata.category(c).startswith("M") for c in unicodedata.normalize("NFD", text))


def _percent(rate: float) -> str:
    return f"{rate * 100:.1f} %" if 0 < rate < 0.095 else f"{rate * 100:.0f} %"


def _verdict(unknown_rate: float, fertility: float, marks_dropped_rate: float) -> str:
    if unknown_rate > POOR_UNKNOWN_RATE or fertility > POOR_FERTILITY:
        return "poor"
    usable = unknown_rate > USABLE_UNKNOWN_RATE or fertility > USABLE_FERTILITY
    return "usable" if usable or marks_dropped_rate > MARKS_DROPPED_LIMIT else "good"


def _default_name(source: Path) -> str:
    folder = source.parent if source.is_file() else source
    if folder.parent.name == "snapshots" and folder.parent.parent.name.startswith("models--"):
        return folder.parent.parent.name[len("models--"):].replace("--", "/")
    return folder.name


def project_texts(project: Project, limit: int = MAX_TEXTS) -> list[str]:
    """Texts in the project's language for the coverage check: imported texts (real writing)
    first, then accepted and pending samples, gold ones included."""
    texts = [t for _, t in project.texts(unannotated=False)]
    for status in ("accepted", "pending"):
        if len(texts) >= limit:
            break
        texts += [s.text for s in project.samples(status=status)]
    return [t for t in texts if t and t.strip()][:limit]


def measure_coverage(tokenizer_source: Path, texts: Sequence[str], language_name: str,
                     base_name: Optional[str] = None, max_texts: int = MAX_TEXTS) -> Coverage:
    """Tokenize up to ``max_texts`` texts (the first ones) and measure pieces per word and unknowns."""
    source = Path(tokenizer_source)
    sample = [t for t in texts[:max_texts] if t and t.strip()]
    if not sample:
        raise NotReady(user_text("There are no {language} texts yet: add some before checking a base "
                                 "model.", language=language_name))
    tokenizer, unk_id = _load(source)
    words = tokens = unknown_tokens = unknown_words = estimated = marks_dropped = 0
    normalize = tokenizer.normalizer.normalize_str if tokenizer.normalizer else None
    for text, encoding in zip(sample, tokenizer.encode_batch(sample, add_special_tokens=False)):
        spans = [m.span() for m in _WORD.finditer(text)]
        starts = [start for start, _ in spans]
        counts = [_words_in(text[start:end]) for start, end in spans]
        unknown_chars = [0] * len(spans)
        tokens += len(encoding.ids)
        for token_id, (start, end) in zip(encoding.ids, encoding.offsets):
            if token_id == unk_id:
                unknown_tokens += 1
                j = max(0, bisect_right(starts, start) - 1)
                unknown_chars[j] += max(1, min(end, spans[j][1]) - max(start, spans[j][0]))
        for (start, end), (n, is_estimate), unknown in zip(spans, counts, unknown_chars):
            words += n
            estimated += n if is_estimate else 0
            chunk = text[start:end]
            if normalize and not is_estimate and _marks(chunk) > _marks(normalize(chunk)):
                marks_dropped += 1
            if unknown:  # an estimated run counts the share of its words that unknown pieces cover
                unknown_words += min(n, math.ceil(n * unknown / (end - start)))
    name = base_name or _default_name(source)
    unknown_rate = unknown_words / words
    fertility = tokens / words
    marks_rate = marks_dropped / words
    verdict = _verdict(unknown_rate, fertility, marks_rate)
    if marks_rate > MARKS_DROPPED_LIMIT:
        sentence = user_text(
            "{base} splits {language} words into {fertility:.1f} pieces on average and marks "
            "{unknown} unknown, and strips accents or other marks from {dropped} of words: {advice}.",
            base=name, language=language_name, fertility=fertility, unknown=_percent(unknown_rate),
            dropped=_percent(marks_rate), advice=_ADVICE[verdict])
    else:
        sentence = user_text(
            "{base} splits {language} words into {fertility:.1f} pieces on average and marks "
            "{unknown} unknown: {advice}.",
            base=name, language=language_name, fertility=fertility, unknown=_percent(unknown_rate),
            advice=_ADVICE[verdict])
    return Coverage(base=name, texts=len(sample), words=words, tokens=tokens,
                    unknown_rate=round(unknown_rate, 4), unknown_token_rate=round(unknown_tokens / max(tokens, 1), 4),
                    fertility=round(fertility, 3), verdict=verdict, sentence=sentence, estimated_words=estimated,
                    marks_dropped_rate=round(marks_rate, 4))


def coverage_report(texts: Sequence[str], language_name: str,
                    bases: Sequence[tuple[str, Path]]) -> dict[str, Any]:
    """Coverage of each base on the texts, best first, with a one-sentence recommendation."""
    results = sorted((measure_coverage(path, texts, language_name, base_name=name) for name, path in bases),
                     key=lambda c: (_RANK[c.verdict], c.unknown_rate, c.fertility))
    best = results[0] if results else None
    if best is None or best.verdict == "poor":
        recommendation = user_text("No base model covers {language} well: use the quick student "
                                   "(character n-grams), which works for any script.",
                                   language=language_name)
    else:
        recommendation = user_text("{base} covers {language} best ({fertility:.1f} pieces per word, "
                                   "{unknown} unknown): use it as the student base.",
                                   base=best.base, language=language_name, fertility=best.fertility,
                                   unknown=_percent(best.unknown_rate))
    counted = best.texts if best else sum(1 for t in texts if t and t.strip())
    return {"language": language_name, "texts": counted, "bases": [asdict(c) for c in results],
            "recommendation": recommendation, "best": best.base if best and best.verdict != "poor" else None}

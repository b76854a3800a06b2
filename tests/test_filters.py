"""Quality filters on real multilingual text: a reviewer should never see a duplicate, a copy of
an example, text in the wrong script or (where the identifier knows the language) the wrong
language — and real sentences in the project's language must get through."""

from __future__ import annotations

import csv
import random
import time
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from core.filters import (
    REASONS, FilterConfig, SampleFilter, Verdict, identifier_labels, identify_language,
    language_family, language_id_covers, languages_related, normalise, script_share,
)
from core.near_duplicates import NearDuplicateIndex
from core.languages import find_language, language
from tests.fixtures.shared_data import SHARED_DATA

DATA = SHARED_DATA

# SIB-200 folder -> the code a user would pick in Shule.
SIB = {"eng_Latn": "en", "swh_Latn": "swh", "hau_Latn": "ha", "yor_Latn": "yo", "amh_Ethi": "am",
       "arb_Arab": "arb", "npi_Deva": "npi", "quy_Latn": "quy"}


def _need(path: Path) -> Path:
    if not path.is_file():
        pytest.skip(f"{path} is missing (the shared data folder is not next to the project)")
    return path


def sib(folder: str, split: str = "train") -> list[str]:
    with open(_need(DATA / "sib200" / folder / f"{split}.tsv"), encoding="utf-8", newline="") as f:
        return [row["text"] for row in csv.DictReader(f, delimiter="\t")]


def kin(split: str) -> list[str]:
    with open(_need(DATA / "afrisenti" / "kin" / f"{split}.tsv"), encoding="utf-8", newline="") as f:
        return [row["tweet"] for row in csv.DictReader(f, delimiter="\t")]


def reasons(filt: SampleFilter, texts: list[str]) -> Counter:
    return Counter(filt.check(t).reason or "kept" for t in texts)


# ---- the duplicate key -----------------------------------------------------------------------
def test_normalise_ignores_case_spacing_punctuation_symbols_and_unicode_form():
    nfd = unicodedata.normalize("NFD", "Café à Zürich")
    assert nfd != "Café à Zürich"
    assert normalise(nfd) == normalise("  CAFÉ à   zürich!! ") == "café à zürich"
    assert normalise("«Habari», rafiki — 👍") == "habari rafiki"
    assert normalise("ሰላም። ዓለም፣") == "ሰላም ዓለም"  # Ethiopic punctuation is punctuation too


# ---- scripts ---------------------------------------------------------------------------------
def test_script_share_counts_letters_and_handles_compound_scripts():
    assert script_share("Habari za asubuhi", "Latn") == 1.0
    assert script_share("ሰላም ዓለም", "Latn") == 0.0
    assert script_share("ሰላም Addis", "Ethi") == pytest.approx(3 / 8)
    assert script_share("123 !?", "Latn") is None  # no letters
    assert script_share("東京でラーメンを食べた", "Jpan") == 1.0  # Han + kana; ー is Common
    assert script_share("東京でラーメンを食べた", "Hans") < 0.6
    assert script_share("한국어 文字", "Kore") == 1.0  # Hangul + Han
    assert script_share("مرحبا بالعالم", "Aran") == 1.0  # Nastaliq is Arabic script
    assert script_share("Ŝi skribas", "Latf") == 1.0
    with pytest.raises(ValueError):
        script_share("abc", "Zxxx")


def test_amharic_fails_a_latin_script_check_and_passes_its_own():
    amharic = sib("amh_Ethi")
    as_hausa = reasons(SampleFilter(language("ha")), amharic)
    as_amharic = reasons(SampleFilter(language("am")), amharic)
    print(f"\nAmharic under a Hausa filter: {dict(as_hausa)}; under an Amharic filter: {dict(as_amharic)}")
    assert as_hausa["wrong_script"] / len(amharic) > 0.99
    assert as_amharic["kept"] / len(amharic) > 0.99
    verdict = SampleFilter(language("ha")).check(amharic[0])
    assert "Latin script" in verdict.detail and "Ethiopic" in verdict.detail


# ---- languages -------------------------------------------------------------------------------
@pytest.mark.parametrize("code, family", [
    ("sw", "sw"), ("swh", "sw"), ("swa", "sw"), ("arb", "ar"), ("arz", "ar"), ("npi", "ne"),
    ("quy", "qu"), ("id", "ms"), ("sr-Latn", "sh"), ("hr", "sh"), ("kik", "ki"), ("en", "en"),
])
def test_language_family_joins_macrolanguage_relatives(code, family):
    assert language_family(code) == family


def test_related_languages_are_never_wrong_languages_for_each_other():
    assert languages_related("swh", "sw") and languages_related("arb", "arz")
    assert languages_related("nb", "da") and languages_related("xh", "zu")
    assert not languages_related("swh", "en") and not languages_related("ha", "yo")


@pytest.mark.parametrize("code, covered", [
    ("en", True), ("sw", True), ("swh", True), ("ha", True), ("am", True), ("arb", True),
    ("npi", True), ("quy", True), ("rw", True), ("jv", True),
    ("bug", False), ("su", False), ("rn", False), ("ti", False),
])
def test_language_id_covers(code, covered):
    assert language_id_covers(language(code)) is covered
    assert SampleFilter(language(code)).language_covered is covered


def test_static_identifier_labels_match_the_model():
    from core.filters import _identifier

    assert identifier_labels() == frozenset(_identifier().nb_classes)


def test_identify_language_gives_code_and_probability():
    code, p = identify_language("The government announced new rules for schools on Monday.")
    assert code == "en" and 0.5 < p <= 1.0


def test_english_is_caught_as_wrong_language_in_a_swahili_project():
    english = sib("eng_Latn")
    got = reasons(SampleFilter(language("swh")), english)
    print(f"\nEnglish under a Swahili (swh) filter: {dict(got)}")
    assert got["wrong_language"] / len(english) > 0.9
    verdict = SampleFilter(language("swh")).check(english[1])
    assert verdict.reason == "wrong_language"
    assert verdict.detail.startswith("it reads as English (p = ") and ", not Swahili" in verdict.detail


@pytest.mark.parametrize("folder", list(SIB))
def test_real_sentences_pass_their_own_language_filter(folder):
    texts = sib(folder)
    got = reasons(SampleFilter(language(SIB[folder])), texts)
    false_discards = {r: n for r, n in got.items() if r != "kept"}
    print(f"\n{folder} ({SIB[folder]}): kept {got['kept']}/{len(texts)}, discarded {false_discards}")
    assert got["kept"] / len(texts) >= 0.95
    # Length aside (a few FLORES sentences exceed 300 characters), real text is never called a
    # different language.
    assert got["wrong_language"] == 0


def test_macrolanguage_relatives_are_not_wrong_languages():
    swahili, arabic, nepali = sib("swh_Latn")[:100], sib("arb_Arab")[:100], sib("npi_Deva")[:100]
    for code in ("sw", "swh"):
        assert reasons(SampleFilter(language(code)), swahili)["wrong_language"] == 0
    for code in ("ar", "arb", "arz"):
        assert reasons(SampleFilter(language(code)), arabic)["wrong_language"] == 0
    for code in ("ne", "npi"):
        assert reasons(SampleFilter(language(code)), nepali)["wrong_language"] == 0


def test_short_or_uncovered_texts_are_not_judged_by_language():
    swahili = SampleFilter(language("swh"))
    assert swahili.check("Good morning my friend").reason == ""  # 4 words: too short to judge
    buginese = SampleFilter(language("bug"))  # py3langid does not know Buginese
    assert not buginese.language_covered
    assert buginese.check(sib("eng_Latn")[1]).reason == ""
    off = SampleFilter(language("swh"), FilterConfig(check_language=False))
    assert not off.language_covered and off.check(sib("eng_Latn")[1]).reason == ""


# ---- exact and near duplicates ---------------------------------------------------------------
def test_exact_duplicates_after_normalisation_are_caught():
    filt = SampleFilter(language("sw"), existing=["Timu yetu imeshinda mechi ya jana."])
    for variant in ("timu yetu imeshinda mechi ya jana", "TIMU YETU IMESHINDA MECHI YA JANA!",
                    "  Timu  yetu\nimeshinda mechi ya jana . ", "«Timu yetu imeshinda mechi ya jana»"):
        verdict = filt.check(variant)
        assert verdict.reason == "duplicate", variant
        assert "Timu yetu imeshinda" in verdict.detail
    nfc = "Résumé ya café imefika"
    filt.add(unicodedata.normalize("NFD", nfc))
    assert filt.check(nfc).reason == "duplicate"


def test_check_does_not_record_and_add_does():
    filt = SampleFilter(language("sw"))
    text = "Wakulima wanasubiri mvua ya kwanza msimu huu."
    assert filt.check(text) == Verdict(text)
    assert filt.check(text) == Verdict(text)
    filt.add(text)
    assert filt.check(text).reason == "duplicate"
    assert len(filt) == 1


def _change_one_word(sentence: str, rng: random.Random) -> str:
    words = sentence.split()
    k = rng.randrange(len(words))
    words[k] = "kitu" if words[k].lower() != "kitu" else "jambo"
    return " ".join(words)


def test_near_duplicates_of_sib200_sentences_are_caught():
    english = sib("eng_Latn")
    filt = SampleFilter(language("en"), FilterConfig(max_chars=1000), existing=english)
    rng = random.Random(0)
    sample = [s for s in english if len(s) >= 80][:200]
    word = reasons(filt, [_change_one_word(s, rng) for s in sample])
    punctuation = reasons(filt, [s.rstrip(".") + "!" if s.endswith(".") else s + "." for s in sample])
    case = reasons(filt, [s.upper() for s in sample])
    both = reasons(filt, [_change_one_word(s, rng).lower().replace(",", "") for s in sample])
    print(f"\none word changed: {dict(word)}; punctuation: {dict(punctuation)}; case: {dict(case)}; "
          f"word + case + commas: {dict(both)}")
    assert word["near_duplicate"] / len(sample) >= 0.9
    assert both["near_duplicate"] / len(sample) >= 0.85
    assert punctuation["duplicate"] == case["duplicate"] == len(sample)
    verdict = filt.check(_change_one_word(sample[0], rng))
    assert verdict.reason == "near_duplicate" and "% the same as the stored text “" in verdict.detail


@pytest.mark.parametrize("folder", ["eng_Latn", "swh_Latn", "amh_Ethi", "npi_Deva"])
def test_distinct_sib200_sentences_are_not_near_duplicates(folder):
    """Each sentence is checked against all those before it, as if they arrived one by one."""
    texts = sib(folder)
    filt = SampleFilter(language(SIB[folder]), FilterConfig(max_chars=1000, check_language=False))
    flagged = []
    for text in texts:
        verdict = filt.check(text)
        if verdict.reason in ("duplicate", "near_duplicate"):
            flagged.append((text, verdict.detail))
        filt.add(text)
    rate = len(flagged) / len(texts)
    print(f"\n{folder}: near-duplicate false positives {len(flagged)}/{len(texts)} = {rate:.2%}")
    assert rate <= 0.005, flagged[:3]


def test_index_estimate_matches_exact_jaccard_and_survives_merges():
    index = NearDuplicateIndex(0.8, 4)
    index.MERGE_EVERY = 50  # exercise the sorted-array path as well as the recent dict
    texts = sib("swh_Latn")[:300]
    for t in texts:
        index.add(t)
    rng = random.Random(1)
    for i in range(0, 300, 7):
        similarity, found = index.most_similar(_change_one_word(texts[i], rng))
        if len(texts[i]) >= 100:
            assert found == i and similarity >= 0.8


def test_afrisenti_texts_shared_between_train_and_test_are_duplicates():
    train, test = kin("train"), kin("test")
    shared = set(train) & set(test)
    assert len(shared) == 29
    filt = SampleFilter(language("rw"), existing=train)
    assert len(filt) < len(train)  # train holds duplicates of its own
    assert all(filt.check(t).reason == "duplicate" for t in shared)
    got = reasons(filt, test)
    print(f"\nAfriSenti kin test against train: {dict(got)}")
    assert got["duplicate"] >= 29


# ---- few-shot demonstrations -----------------------------------------------------------------
def test_copies_of_a_demonstration_are_caught():
    demos = sib("swh_Latn")[:5]
    filt = SampleFilter(language("swh"), FilterConfig(max_chars=1000), demonstrations=demos)
    rng = random.Random(2)
    for demo in demos:
        for copy in (demo, demo.upper(), _change_one_word(demo, rng), demo + " Hii ni kweli kabisa."):
            verdict = filt.check(copy)
            assert verdict.reason == "copies_example", copy
            assert "example “" in verdict.detail
    for other in sib("swh_Latn")[5:50]:
        assert filt.check(other).reason != "copies_example"
    # A stored text that is also an example is a plain duplicate (checked first).
    both = SampleFilter(language("swh"), FilterConfig(max_chars=1000), existing=demos[:1], demonstrations=demos[:1])
    assert both.check(demos[0]).reason == "duplicate"


# ---- lengths and characters ------------------------------------------------------------------
@pytest.mark.parametrize("text, reason", [
    ("", "empty"), ("  \n\t ", "empty"), ("ab", "too_short"), (" ab ", "too_short"), ("abc", ""),
    ("x" * 40, ""), ("x" * 41, "too_long"),
])
def test_length_limits(text, reason):
    filt = SampleFilter(language("sw"), FilterConfig(min_chars=3, max_chars=40))
    assert filt.check(text).reason == reason


@pytest.mark.parametrize("text, reason", [
    ("Timu \udbae imeshinda", "bad_characters"),  # lone surrogate
    ("Timu \x07 imeshinda", "bad_characters"),
    ("Timu \x00 imeshinda", "bad_characters"),
    ("Timu \x85 imeshinda", "bad_characters"),  # C1 control
    ("Timu \ufffd imeshinda", "bad_characters"),  # a split multi-byte character
    ("Timu\nimeshinda\tleo", ""),
    ("Timu\r\nimeshinda leo", ""),  # Windows line ends become \n
])
def test_bad_characters(text, reason):
    verdict = SampleFilter(language("sw")).check(text)
    assert verdict.reason == reason
    if reason:
        assert verdict.detail.startswith("the text holds the character U+")
    else:
        assert verdict.text is not None and "\r" not in verdict.text


def test_kept_text_is_cleaned_and_reasons_are_known():
    verdict = SampleFilter(language("sw")).check("\ufeff  Habari\u0301 za leo  ")
    assert verdict.text == unicodedata.normalize("NFC", "Habari\u0301 za leo")
    assert set(REASONS) == {"bad_characters", "empty", "too_short", "too_long", "duplicate",
                            "near_duplicate", "copies_example", "wrong_script", "wrong_language"}


# ---- speed -----------------------------------------------------------------------------------
def test_timing_sanity_index_3000_and_check_1000():
    """Not a timed assertion: prints the cost of building and querying the index."""
    pool = [t for folder in ("eng_Latn", "swh_Latn", "hau_Latn", "yor_Latn", "quy_Latn")
            for split in ("train", "dev", "test") for t in sib(folder, split)]
    existing, candidates = pool[:3000], pool[3000:4000]
    identify_language("warm up the language identifier once")
    started = time.perf_counter()
    filt = SampleFilter(find_language("sw"), FilterConfig(max_chars=1000), existing=existing)
    built = time.perf_counter() - started
    started = time.perf_counter()
    got = reasons(filt, candidates)
    checked = time.perf_counter() - started
    print(f"\nindex of {len(filt)} texts built in {built:.2f} s; {len(candidates)} checks in "
          f"{checked:.2f} s ({checked / len(candidates) * 1e6:.0f} µs each): {dict(got)}")
    assert len(filt) > 2900 and sum(got.values()) == len(candidates)


def test_checks_in_worker_threads_while_one_thread_adds():
    """Generation checks replies in worker threads and stores them on the job's thread."""
    from concurrent.futures import ThreadPoolExecutor

    texts = sib("swh_Latn")[:400]
    filt = SampleFilter(language("swh"), FilterConfig(max_chars=1000, check_language=False))
    filt._index.MERGE_EVERY = 16  # merges happen while the workers read
    rng = random.Random(3)
    probes = [_change_one_word(t, rng) for t in texts[:200]]
    with ThreadPoolExecutor(4) as pool:
        pending = [pool.submit(lambda: [filt.check(p) for p in probes]) for _ in range(4)]
        for t in texts:
            filt.add(t)
        for future in pending:
            assert all(isinstance(v, Verdict) for v in future.result())
    got = reasons(filt, [p for p, t in zip(probes, texts) if len(t) >= 100])
    assert got["near_duplicate"] / sum(got.values()) >= 0.9

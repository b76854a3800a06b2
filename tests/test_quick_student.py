"""The quick student: hashed character n-grams, trained and predicted with numpy (no torch), or ONNX."""

import csv
import time
import zlib
from pathlib import Path

import numpy as np
import pytest

from core.errors import Cancelled
from core.metrics import classification_report
from core.predict import encode, text_ids
from core.quick_model import QuickConfig, QuickModel
from core.quick_student import ONE_THREAD_MACS, _fit, _one_thread_matmul, export_onnx, train_quick
from tests.fixtures.shared_data import SHARED_DATA

SIB200 = SHARED_DATA / "sib200"

RAIN = ["mvua kubwa inanyesha leo", "mawingu meusi na mvua nyingi", "mvua ya masika imeanza",
        "radi na mvua usiku mzima", "mafuriko baada ya mvua kubwa", "hali ya hewa ni mvua na baridi",
        "mvua inanyesha mashambani", "tunasubiri mvua ya vuli", "mvua imenyesha kwa siku tatu",
        "anga lina mawingu ya mvua", "mvua za rasharasha asubuhi", "mto umejaa kwa sababu ya mvua",
        "mvua kubwa imeharibu barabara", "wakulima wanafurahia mvua", "mvua na upepo mkali",
        "ngurumo za radi kabla ya mvua", "mvua imekatika mchana", "msimu wa mvua umefika",
        "mvua ya mawe imeanguka", "mvua nyepesi jioni"]
FOOTBALL = ["timu ilifunga bao mbili", "mpira wa miguu uwanjani leo", "mchezaji alipiga penalti",
            "mashabiki wa soka wanashangilia", "kocha amechagua kikosi kipya", "mechi ya ligi kuu",
            "golikipa aliokoa mpira", "timu ya taifa imeshinda", "bao la dakika ya mwisho",
            "mpira wa kona na kichwa", "refa alitoa kadi nyekundu", "klabu imesajili mshambuliaji",
            "fainali ya kombe la soka", "wachezaji wanafanya mazoezi", "mpira uligonga mwamba",
            "timu zilitoka sare bila bao", "nahodha wa timu ameumia", "uwanja umejaa mashabiki",
            "ligi ya mabingwa inaanza", "mshambuliaji alifunga hat trick"]
TEXTS = RAIN + FOOTBALL
LABELS = [0] * len(RAIN) + [1] * len(FOOTBALL)
SMALL = QuickConfig(buckets=2**12, epochs=30, learning_rate=0.05)


@pytest.fixture(scope="module")
def toy_model() -> QuickModel:
    return train_quick(TEXTS, LABELS, 2, SMALL)


def test_features_are_fixed_crc32_ids():
    config = QuickConfig()
    ids = text_ids("Mvua", config)
    # " mvua " gives 6 unigrams + 5 bigrams + 4 trigrams + 3 four-grams, position-major.
    assert len(ids) == 18
    assert ids[:4] == [53062, 142265, 89618, 226195]  # " ", " m", " mv", " mvu"
    assert ids[0] == ids[-1] == zlib.crc32(b" ") % 2**18 + 1
    assert text_ids("  MVUA\t", config) == ids  # casefold and whitespace do not matter
    assert text_ids("Cafe\u0301", config) == text_ids("Caf\u00e9", config)  # NFC


def test_encode_pads_with_zero_and_handles_any_script():
    config = QuickConfig(max_ngrams=50)
    ids = encode(["ዝናብ ዘነበ", "هطلت الأمطار بغزارة", "", "x" * 500], config)
    assert ids.dtype == np.int64 and ids.shape == (4, 50)
    assert (ids[0] > 0).sum() > 10 and (ids[1] > 0).sum() > 10
    assert (ids[2] > 0).sum() == 3  # "  ": the unigram " " twice and the bigram "  "
    assert ids.min() == 0 and ids.max() <= config.buckets
    assert encode([], config).shape == (0, 1)


def test_trains_and_predicts_with_numpy(toy_model):
    logits = toy_model.predict_logits(TEXTS)
    assert logits.shape == (len(TEXTS), 2) and logits.dtype == np.float32
    assert (logits.argmax(1) == np.array(LABELS)).mean() >= 0.9
    assert not toy_model.embedding[0].any()
    new = toy_model.predict_logits(["mvua kubwa sana", "bao la mchezaji"]).argmax(1)
    assert list(new) == [0, 1]


def test_training_is_reproducible(toy_model):
    again = train_quick(TEXTS, LABELS, 2, SMALL)
    np.testing.assert_allclose(again.weight, toy_model.weight, atol=1e-6)


def test_onnx_matches_numpy(toy_model, tmp_path):
    onnxruntime = pytest.importorskip("onnxruntime")
    path = tmp_path / "quick.onnx"
    export_onnx(toy_model, path)
    session = onnxruntime.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    texts = TEXTS[:5] + ["ዝናብ", ""]
    ids = encode(texts, toy_model.config)
    (onnx_logits,) = session.run(["logits"], {"ids": ids})
    np.testing.assert_allclose(onnx_logits, toy_model.predict_logits(texts), atol=1e-4)
    (all_pad,) = session.run(["logits"], {"ids": np.zeros((1, 3), dtype=np.int64)})
    np.testing.assert_allclose(all_pad[0], toy_model.bias, atol=1e-6)  # no NaN on empty input


def test_save_load_round_trip(toy_model, tmp_path):
    toy_model.save(tmp_path / "model")
    loaded = QuickModel.load(tmp_path / "model")
    assert loaded.config == toy_model.config
    np.testing.assert_array_equal(loaded.predict_logits(TEXTS), toy_model.predict_logits(TEXTS))


def test_progress_and_cancel():
    seen: list[float] = []
    train_quick(TEXTS, LABELS, 2, QuickConfig(buckets=256, epochs=3),
                progress=lambda fraction, message, **extra: seen.append(fraction))
    assert seen == pytest.approx([1 / 3, 2 / 3, 1.0])
    with pytest.raises(Cancelled):
        train_quick(TEXTS, LABELS, 2, SMALL, should_cancel=lambda: True)
    with pytest.raises(ValueError):
        train_quick(TEXTS, [5] * len(TEXTS), 2, SMALL)


def test_numpy_training_follows_torch_step_for_step():
    """The same model and optimisers in torch (EmbeddingBag mean with padding 0, SparseAdam on the
    table, Adam on the layer, linear decay), from the same start and batches, end in the same place."""
    torch = pytest.importorskip("torch")
    config = QuickConfig(buckets=2**10, dim=8, epochs=4, batch_size=8, learning_rate=0.05)  # last batch: 2
    texts = TEXTS + ["", "x"]  # the shortest texts: "" is the n-grams of its two spaces
    labels = LABELS + [0, 1]
    start = np.random.default_rng(7).uniform(-0.1, 0.1, (config.buckets + 1, config.dim)).astype(np.float32)
    start[0] = 0.0

    bag = torch.nn.EmbeddingBag(config.buckets + 1, config.dim, mode="mean", padding_idx=0, sparse=True)
    head = torch.nn.Linear(config.dim, 2)
    with torch.no_grad():
        bag.weight.copy_(torch.from_numpy(start))
        head.weight.zero_()
        head.bias.zero_()
    optimizers = [torch.optim.SparseAdam(list(bag.parameters()), lr=config.learning_rate),
                  torch.optim.Adam(list(head.parameters()), lr=config.learning_rate)]
    ids, targets = torch.from_numpy(encode(texts, config)), torch.tensor(labels)
    total = config.epochs * -(-len(texts) // config.batch_size)
    rng, step, torch_losses = np.random.default_rng(config.seed), 0, []
    for _epoch in range(config.epochs):
        order, loss_sum = rng.permutation(len(texts)), 0.0
        for first in range(0, len(texts), config.batch_size):
            batch = torch.from_numpy(order[first:first + config.batch_size])
            for optimizer in optimizers:
                optimizer.param_groups[0]["lr"] = config.learning_rate * (1.0 - step / total)
                optimizer.zero_grad()
            loss = torch.nn.functional.cross_entropy(head(bag(ids[batch])), targets[batch])
            loss.backward()
            for optimizer in optimizers:
                optimizer.step()
            loss_sum, step = loss_sum + loss.item() * len(batch), step + 1
        torch_losses.append(loss_sum / len(texts))

    embedding, weight, bias = start.copy(), np.zeros((2, config.dim), np.float32), np.zeros(2, np.float32)
    losses: list[float] = []
    _fit([np.asarray(text_ids(t, config)) for t in texts], np.array(labels), embedding, weight, bias,
         config, np.random.default_rng(config.seed), lambda *a, **extra: losses.append(extra["loss"]),
         None)
    assert losses == pytest.approx(torch_losses, rel=1e-5)
    np.testing.assert_allclose(weight, head.weight.detach().numpy(), atol=1e-5)
    np.testing.assert_allclose(bias, head.bias.detach().numpy(), atol=1e-5)
    np.testing.assert_allclose(embedding[1:], bag.weight.detach().numpy()[1:], atol=1e-5)
    assert not embedding[0].any()


def test_large_products_are_split_into_one_thread_pieces():
    rng = np.random.default_rng(0)
    for m, k, n in ((32, 5000, 32), (5000, 32, 32), (3, 4, 5), (1, ONE_THREAD_MACS + 1, 1)):
        a = rng.standard_normal((m, k)).astype(np.float32)
        b = rng.standard_normal((k, n)).astype(np.float32)
        for left in (a, np.asfortranarray(a)):  # the trainer passes a transposed view too
            got = _one_thread_matmul(left, b)
            assert got.shape == (m, n) and got.dtype == np.float32
            np.testing.assert_allclose(got, a.astype(np.float64) @ b, rtol=1e-4, atol=1e-3)


# --- real data: SIB-200 topic classification (7 labels, ~700 train / ~200 test per language) ---

def _read(path: Path) -> tuple[list[str], list[str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [row["text"] for row in rows], [row["category"] for row in rows]


_SCORES: dict[str, float] = {}


def _sib_macro_f1(lang: str) -> float:
    if lang not in _SCORES:  # each language is trained once per session, whichever test asks first
        texts, categories = _read(SIB200 / lang / "train.tsv")
        test_texts, test_categories = _read(SIB200 / lang / "test.tsv")
        labels = sorted(set(categories))
        started = time.perf_counter()
        model = train_quick(texts, [labels.index(c) for c in categories], len(labels))
        seconds = time.perf_counter() - started
        predicted = [labels[i] for i in model.predict_logits(test_texts).argmax(1)]
        report = classification_report(test_categories, predicted, labels)
        _SCORES[lang] = report["macro_f1"]
        print(f"{lang}: macro-F1 {report['macro_f1']:.3f}, trained in {seconds:.1f} s")
    return _SCORES[lang]


needs_sib200 = pytest.mark.skipif(not SIB200.is_dir(), reason="SIB-200 data not present")


@needs_sib200
@pytest.mark.parametrize("lang", ["hau_Latn", "amh_Ethi", "arb_Arab"])
def test_sib200_language(lang):
    if not (SIB200 / lang).is_dir():
        pytest.skip(f"{lang} not present")
    assert _sib_macro_f1(lang) >= 0.55


@needs_sib200
@pytest.mark.slow
def test_sib200_average_over_all_languages():
    langs = sorted(p.name for p in SIB200.iterdir() if (p / "train.tsv").is_file())
    assert len(langs) >= 3
    scores = [_sib_macro_f1(lang) for lang in langs]
    assert sum(scores) / len(scores) >= 0.60


@needs_sib200
def test_exported_quick_student_predicts_like_the_trained_one_on_a_real_test_split(tmp_path):
    """Amharic (Ethiopic script): the bundle's ONNX model, through the bundle's own predictor,
    gives the in-process model's scores on every test text."""
    from core.export import export
    from core.predict import Predictor
    from core.project import Project
    from core.training import train
    from tests.fixtures.projects import labelled_rows_project

    texts, categories = _read(SIB200 / "amh_Ethi" / "train.tsv")
    test_texts, test_categories = _read(SIB200 / "amh_Ethi" / "test.tsv")
    path = labelled_rows_project(tmp_path / "amh", list(zip(texts, categories)),
                                 list(zip(test_texts, test_categories)), language="am")
    model_id = train(path, "quick")
    result = export(path, model_id, tmp_path / "bundle")
    with Project.open(path) as project:
        model = QuickModel.load(project.model_path(project.model(model_id)))
    expected = model.predict_logits(test_texts)
    fp32 = Predictor(tmp_path / "bundle", "fp32").logits(test_texts)
    assert np.abs(fp32 - expected).max() <= 1e-4
    assert (fp32.argmax(1) == expected.argmax(1)).all()
    check = result["verification"]
    assert check["on"] == "gold" and check["n_texts"] == len(test_texts)
    assert check["fp32"]["argmax_agreement"] == 1.0
    print(f"quick student export, amh_Ethi: int8 agreement {check['int8']['argmax_agreement']:.1%}, "
          f"macro-F1 {check['fp32']['macro_f1']:.3f} -> {check['int8']['macro_f1']:.3f}")
    assert check["int8"]["argmax_agreement"] >= 0.99  # one scale per n-gram row (quick_student.export_onnx)

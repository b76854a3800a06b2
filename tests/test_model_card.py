"""The exported bundle's MODEL_CARD.md: a Hugging Face model card a stranger can trust.

Real projects throughout: a quick student trained in a child process, gold scores stored the way
the app stores them, a real GGUF file, a real key store for the server teacher's API key.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import time
from pathlib import Path
from typing import Any

import keyring
import pytest
import yaml
from keyring.backends import null

from core.gold import add_gold, gold_hash
from core.languages import find_language
from core.card_facts import card_facts
from core.model_card import render_card
from core.project import Label, ModelRecord, NewSample, Project, TeacherConfig
from core.scoreboard import scoreboard
from core.secrets import key_name_for, store_key
from core.training import evaluate, train
from tests.fixtures.projects import TOY, make_project

CANARY = "sk-canary-card-7f3a"
URL_SECRET = "pw-in-url-91c2"

EXPORT: dict[str, Any] = {
    "model_id": "m-test", "created_at": 1764854400.0, "shule_version": "0.1.0", "opset": 18,
    "onnxruntime_version": "1.23.2", "cpu_flags": ["avx", "avx2", "fma", "sse4_2"],
    "recommended": "int8",
    "files": {"model.onnx": 91234567, "model.int8.onnx": 23000000, "tokenizer.json": 711000},
    "verification": {
        "on": "gold", "n_texts": 204, "max_f1_drop_points": 1.0, "reference_macro_f1": 0.72,
        "fp32": {"max_abs_logit_diff": 3e-6, "argmax_agreement": 1.0, "macro_f1": 0.72},
        "int8": {"max_abs_logit_diff": 0.2, "argmax_agreement": 0.99, "macro_f1": 0.715,
                 "f1_delta_points": -0.5}},
    "speed": {"fp32": {"latency_ms_b1": 10.1, "texts_per_s_b32": 140.0, "size_bytes": 91234567},
              "int8": {"latency_ms_b1": 4.0, "texts_per_s_b32": 300.0, "size_bytes": 23000000}},
    "warnings": [],
}


def front_matter(card: str) -> dict[str, Any]:
    assert card.startswith("---\n")
    head, _, _ = card[4:].partition("\n---\n")
    return yaml.safe_load(head)


def section(card: str, title: str) -> str:
    return card.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]


def cells(row: str) -> list[str]:
    """A Markdown table row's cells, splitting only at unescaped pipes."""
    return [c.strip() for c in re.split(r"(?<!\\)\|", row)[1:-1]]


def row_of(card: str, first_cell: str) -> list[str]:
    return next(cells(l) for l in card.splitlines() if l.startswith("|") and cells(l)[:1] == [first_cell])


@pytest.fixture(scope="module")
def scored(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A reviewed project (three sources, rejections with reasons, a gold set), a scored quick
    student, and a teacher score made before the gold set last changed."""
    path = make_project(tmp_path_factory.mktemp("card") / "habari")
    with Project.open(path) as project:
        teacher = {"kind": "gguf", "file": "old-teacher.gguf", "sha256": "ab" * 32}
        ids = project.add_samples(
            [NewSample(f"storm number {i} is coming", "weather", "generated", "pending",
                       {"teacher": teacher}) for i in range(5)]
            + [NewSample(f"match report {i}", "sports", "annotated", "pending", {"teacher": teacher})
               for i in range(4)]
            + [NewSample("clinic opens on monday", "health", "imported", "accepted")])
        project.set_status(ids[:2], "rejected", "wrong_language")
        project.set_status(ids[2:3], "rejected", "duplicate")
        project.set_status(ids[5:8], "accepted")
        for text, label in (("rain again today", "weather"), ("the team lost", "sports"),
                            ("see a doctor for fever", "health")):
            add_gold(project, text, label)
        project.add_evaluation("teacher", "gold", {"n": 3, "accuracy": 2 / 3, "macro_f1": 0.6,
                                                   "teacher": teacher}, [], gold_hash(project))
        add_gold(project, "wind from the sea", "weather")  # the teacher's score is now stale
    model_id = train(path, "quick")
    evaluate(path, model_id)
    return path, model_id


def copy_of(scored: tuple[Path, str], tmp_path: Path) -> Path:
    """The scored project in a file of its own, for a test that changes it."""
    path = scored[0]
    for suffix in ("", "-wal"):
        if Path(f"{path}{suffix}").exists():
            shutil.copy(f"{path}{suffix}", f"{tmp_path / path.name}{suffix}")
    return tmp_path / path.name


def card_of(path: Path, model_id: str, export: dict[str, Any] = EXPORT) -> str:
    with Project.open(path) as project:
        return render_card(card_facts(project, project.model(model_id)), export)


def test_front_matter_is_yaml_that_the_hub_understands(scored, tmp_path):
    path, model_id = scored
    with Project.open(path) as project:
        facts = card_facts(project, project.model(model_id))
    assert json.loads(json.dumps(facts)) == facts  # it crosses from the export child as JSON
    meta = front_matter(render_card(facts, EXPORT))
    with Project.open(path) as project:
        mine = next(r for r in scoreboard(project) if r.subject == model_id)
    assert meta["language"] == ["en"]
    assert meta["license"] == "other"  # the quick student has no base whose licence applies
    assert meta["library_name"] == "onnxruntime" and meta["pipeline_tag"] == "text-classification"
    assert meta["tags"] == ["shule", "onnx", "text-classification", "synthetic-data"]
    [result] = meta["model-index"][0]["results"]
    assert result["task"]["type"] == "text-classification"
    assert result["dataset"]["name"] == "habari gold set"
    f1 = next(m for m in result["metrics"] if m["type"] == "f1")
    assert f1["value"] == pytest.approx(mine.macro_f1, abs=1e-4) and f1["args"] == {"average": "macro"}
    # Quotes, colons, hashes and a line separator in the file name: still one valid YAML string.
    odd = tmp_path / 'habari: "big" #1\u2028.shule'
    shutil.copy(copy_of(scored, tmp_path), odd)
    meta = front_matter(card_of(odd, model_id))
    assert meta["model-index"][0]["results"][0]["dataset"]["name"] == 'habari: "big" #1\u2028 gold set'


def test_the_card_describes_language_task_labels_and_the_data_as_the_project_counts_it(scored):
    path, model_id = scored
    card = card_of(path, model_id)
    assert "English (`en`), script Latin (Latn), written left to right" in card
    assert "**Task:** test topics" in card
    assert row_of(card, "weather") == ["weather", "Texts about weather."]
    with Project.open(path) as project:
        record = project.model(model_id)
        for source in ("generated", "annotated", "imported"):
            row = row_of(card, source)
            trained = [s for s in project.samples(source=source) if s.id in set(record.train_ids)]
            assert int(row[2]) == len(trained)
            counts = [len(project.samples(source=source, status=s))
                      for s in ("accepted", "rejected", "pending")]
            assert [int(c) for c in row[4:7]] == counts
        gold = len(project.sample_ids(source="gold"))
    assert row_of(card, "generated")[7] == f"{100 * 24 / 27:.0f} %"  # 24 accepted, 3 rejected
    assert row_of(card, "annotated")[7] == "100 %"
    assert "wrong language (2); duplicate (1)" in card
    assert f"Gold set: {gold} texts" in card


def test_the_scoreboard_marks_a_stale_teacher_score_and_an_unscored_model(scored, tmp_path):
    path, model_id = copy_of(scored, tmp_path), scored[1]
    card = card_of(path, model_id)
    teacher = row_of(card, "old-teacher.gguf")
    assert teacher[1:4] == ["teacher", "0.600", "0.667"] and teacher[5] == "scored on an older gold set"
    mine = row_of(card, "Quick student")
    assert mine[1] == "this model" and mine[5] == ""
    # The teacher's recorded hash is used; the file itself is gone.
    assert f"`old-teacher.gguf`, sha256 `{'ab' * 32}`" in card
    with Project.open(path) as project:
        project.add_model(ModelRecord("m-unscored", "quick", "m-unscored", time.time(), {}, {}, [], []))
    card = card_of(path, "m-unscored", {**EXPORT, "model_id": "m-unscored"})
    unscored = next(cells(l) for l in card.splitlines() if "this model" in l)
    assert unscored[2:] == ["—", "—", "—", "not scored"]
    assert "This model was not scored on the gold set." in card
    assert "model-index" not in front_matter(card)


def test_int8_is_explained_when_recommended_and_when_it_failed_the_check(scored):
    path, model_id = scored
    card = card_of(path, model_id)
    assert "**`model.int8.onnx`** (int8)" in section(card, "Recommended file")
    assert "99.0 %" in section(card, "Recommended file") and "-0.5 points" in card
    assert row_of(card, "int8")[1:4] == ["4.0 ms", "300 texts/s", "23.0 MB"]
    assert "Measured at export on a CPU with `avx`, `avx2`, `fma`, `sse4_2`:" in card
    failed = {**EXPORT, "recommended": "fp32",
              "warnings": [{"code": "int8_f1_drop", "points": 1.7, "threshold": 1.0}]}
    recommended = section(card_of(path, model_id, failed), "Recommended file")
    assert "**`model.onnx`** (fp32)" in recommended
    assert "lost 1.7 points of macro-F1 against fp32 on the gold texts, more than the 1.0 allowed" \
        in recommended


def test_export_warnings_read_the_same_on_the_card_and_in_the_terminal(scored):
    from core.cli import export_summary

    path, model_id = scored
    warnings = [{"code": "int8_f1_drop", "points": 1.7, "threshold": 1.0},
                {"code": "int8_disagrees", "agreement": 0.97},
                {"code": "fp32_mismatch", "max_abs_logit_diff": 0.02}]
    export = {**EXPORT, "recommended": "fp32", "warnings": warnings}
    card = section(card_of(path, model_id, export), "Recommended file")
    summary = export_summary({**export, "out_dir": "/x/bundle", "device": {
        "files": ["config.json"], "install": "pip install onnxruntime", "run": "python predict.py"}})
    for sentence in ("The int8 file lost 1.7 points of macro-F1 against fp32 on the gold texts, more "
                     "than the 1.0 allowed.",
                     "The int8 file gave another label than fp32 for 3.0 % of the gold texts.",
                     "The fp32 file's scores differ from the trained model's by up to 0.02: check its "
                     "predictions before relying on it."):
        assert f"- {sentence}" in card.splitlines()
        assert f"Warning: {sentence}" in summary.splitlines()


def test_missing_optional_figures_do_not_break_the_card(scored):
    path, model_id = scored
    unlabelled = {**EXPORT, "recommended": "fp32", "files": {"model.onnx": 100},
                  "speed": {"fp32": {"latency_ms_b1": 1.0, "texts_per_s_b32": 9.0}},
                  "verification": {"on": "samples", "n_texts": 200, "max_f1_drop_points": 1.0,
                                   "reference_macro_f1": None,
                                   "fp32": {"max_abs_logit_diff": 1e-6, "argmax_agreement": 1.0,
                                            "macro_f1": None}}}
    card = card_of(path, model_id, unlabelled)
    assert "200 unlabelled sample texts" in card and "(no labels: no F1)" in card
    assert "Only the full-precision file was exported." in card
    bare = {k: EXPORT[k] for k in ("model_id", "created_at")}
    card = card_of(path, model_id, bare)
    assert front_matter(card)["license"] == "other"
    assert "## Limitations" in card and "not recorded" in card and "No check was recorded." in card


def test_a_local_gguf_teacher_is_named_hashed_and_its_licence_read(scored, tmp_path, tiny_gguf):
    from gguf import GGUFWriter

    path, model_id = copy_of(scored, tmp_path), scored[1]
    with Project.open(path) as project:
        project.set_teacher(TeacherConfig("gguf", str(tiny_gguf)))
    card = card_of(path, model_id)
    digest = hashlib.sha256(tiny_gguf.read_bytes()).hexdigest()
    assert f"`tiny.gguf`, sha256 `{digest}`; licence: not known" in card
    # general.license after a long string array: the header is read key by key.
    licensed = tmp_path / "licensed.gguf"
    w = GGUFWriter(str(licensed), "llama")
    w.add_name("licensed")
    w.add_token_list([f"tok{i}" for i in range(500)])
    w.add_license("gemma")
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    with Project.open(path) as project:
        project.set_teacher(TeacherConfig("gguf", str(licensed)))
    assert "`licensed.gguf`, sha256 `" in card_of(path, model_id)
    assert "licence: gemma" in card_of(path, model_id)


def test_a_server_teacher_shows_model_and_host_but_never_its_key(scored, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    old = keyring.get_keyring()
    keyring.set_keyring(null.Keyring())  # no system keyring: the key goes to the private file
    try:
        url = f"https://reader:{URL_SECRET}@api.example.org:8443/v1?api_key={URL_SECRET}"
        name = key_name_for(url)
        store_key(name, CANARY)
        path, model_id = copy_of(scored, tmp_path), scored[1]
        with Project.open(path) as project:
            project.set_teacher(TeacherConfig("openai", url, {"base_url": url, "model": "llama-70b",
                                                              "api_key_name": name}))
            project.add_samples([NewSample("sunny and warm", "weather", "generated", "rejected",
                                           {"teacher": {"kind": "openai", "base_url": url,
                                                        "model": "llama-70b"}})])
        card = card_of(path, model_id)
    finally:
        keyring.set_keyring(old)
    assert "Model llama-70b on the server api.example.org:8443" in card
    assert CANARY not in card and URL_SECRET not in card and "reader" not in card
    assert "api_key" not in card and name not in card


def hostile_project(tmp_path: Path, base: str, settings: dict[str, Any]) -> str:
    labels = [Label("<b>news</b>", "Reports | with <script>alert(1)</script> and `code` & *stars*"),
              Label("# other", "Everything else")]
    with Project.create(tmp_path / "hostile", find_language("am"), labels,
                        task="# Heading\nwith <img src=x onerror=alert(1)> | pipe") as project:
        ids = project.add_samples([NewSample(t, "# other") for t in TOY["weather"]])
        project.add_model(ModelRecord("m-1", base, "m-1", time.time(), settings, {}, ids, []))
        return render_card(card_facts(project, project.model("m-1")), EXPORT)


def test_untrusted_names_and_descriptions_render_as_plain_text(tmp_path):
    card = hostile_project(tmp_path, "quick", {})
    assert "<script>" not in card and "<img" not in card and "<b>" not in card
    assert cells(next(l for l in card.splitlines() if "alert(1)" in l and l.startswith("|"))) == [
        "&lt;b&gt;news&lt;/b&gt;",
        r"Reports \| with &lt;script&gt;alert(1)&lt;/script&gt; and \`code\` &amp; \*stars\*"]
    assert not any(l.startswith("# Heading") or l.startswith("# other") for l in card.splitlines())
    assert "Amharic (`am`), script Ethiopic (Ethi)" in card
    assert front_matter(card)["language"] == ["am"]


@pytest.mark.parametrize("base, settings, licence, words", [
    ("/cache/models--FacebookAI--xlm-roberta-base/snapshots/0123abcd", {"base_name": "0123abcd"},
     "mit", "released under MIT"),
    ("/models/paraphrase-multilingual-MiniLM-L12-v2", {"base_name": "paraphrase-multilingual-MiniLM-L12-v2"},
     "apache-2.0", "released under Apache-2.0"),
    ("UBC-NLP/serengeti", {"base_name": "UBC-NLP/serengeti"}, "other", "should choose one"),
    ("/models/my-own-bert", {"base_name": "my-own-bert"}, "other", "read the base model's card"),
    ("quick", {}, "other", "should choose one"),
])
def test_the_licence_is_the_student_base_licence_or_left_to_the_owner(tmp_path, base, settings,
                                                                      licence, words):
    card = hostile_project(tmp_path, base, settings)
    assert front_matter(card)["license"] == licence
    assert words in section(card, "Licence")
    assert "teacher's terms of use" in section(card, "Licence")


def test_limitations_and_usage_say_what_a_user_must_know(scored):
    path, model_id = scored
    card = card_of(path, model_id)
    limits = section(card, "Limitations")
    with Project.open(path) as project:
        record = project.model(model_id)
        used = [project.sample(i) for i in record.train_ids + record.eval_ids]
    synthetic = sum(s.source in ("generated", "annotated") for s in used)
    assert synthetic == len(used) - 1  # one imported sample
    assert f"{synthetic} of the {len(used)} samples it was trained on are synthetic" in limits
    assert "teacher's biases and errors" in limits and "wide uncertainty" in limits
    assert "only English" in limits and "high-stakes" in limits and "human review" in limits
    usage = section(card, "How to use")
    for line in ("pip install onnxruntime tokenizers numpy", 'python predict.py "some text"',
                 "python predict.py --input texts.txt", "from predict import Predictor"):
        assert line in usage

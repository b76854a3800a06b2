"""Generation with a real (tiny, random-weight) llama.cpp teacher: strict JSON, labels, storage."""

import json
from pathlib import Path

import pytest

from core.errors import Cancelled, TeacherError
from core.filters import FilterConfig, SampleFilter
from core.generation import GenerationConfig, generate, generate_in_child, parse_reply
from core.strategies import reply_schema
from core.languages import find_language
from core.project import Label, Project, TeacherConfig
from core.teachers.gguf import GGUFTeacher, check_gguf, strict_json_grammar
from tests.fixtures.recording_teacher import RecordingTeacher

LABELS = [Label("sports", "Games and athletes"), Label("health", "Illness and clinics"),
          Label("farming", "Crops, animals and weather")]
NAMES = [l.name for l in LABELS]


@pytest.fixture
def project(tmp_path, tiny_gguf):
    p = Project.create(tmp_path / "gen.shule", find_language("sw"), LABELS)
    p.set_teacher(TeacherConfig("gguf", str(tiny_gguf)))
    yield p
    p.close()


# ---- parse_reply, then the filters: what a reply must pass to become a sample ----------------
def _verdict(raw, finish, max_chars=50):
    [verdict] = parse_reply(raw, finish, "sports", NAMES)
    if verdict.text is None:
        return verdict
    return SampleFilter(find_language("sw"), FilterConfig(max_chars=max_chars,
                                                          check_language=False)).check(verdict.text)


@pytest.mark.parametrize("raw, finish, reason", [
    ('{"text": "Timu imeshinda", "label": "sports"}', "stop", ""),
    ('{"text": "Timu imeshinda", "label": "sports"', "length", "truncated"),
    ('{"text": "Timu imeshinda", "label": "sports"', "stop", "not_json"),
    ('["Timu", "sports"]', "stop", "schema"),
    ('{"text": "x", "label": "sports", "extra": 1}', "stop", "schema"),
    ('{"text": 5, "label": "sports"}', "stop", "schema"),
    ('{"text": "Timu", "label": "politics"}', "stop", "unknown_label"),
    ('{"text": "Timu", "label": "health"}', "stop", "wrong_label"),
    ('{"text": "   ", "label": "sports"}', "stop", "empty"),
    ('{"text": "Timu \\udbae", "label": "sports"}', "stop", "bad_characters"),
    ('{"text": "Timu \\u0007", "label": "sports"}', "stop", "bad_characters"),
    ('{"text": "Timu\\nimeshinda", "label": "sports"}', "stop", ""),
    ('{"text": "' + "a" * 51 + '", "label": "sports"}', "stop", "too_long"),
])
def test_only_valid_replies_pass(raw, finish, reason):
    verdict = _verdict(raw, finish)
    assert verdict.reason == reason
    assert (verdict.text is not None) == (reason == "")


def test_several_samples_per_reply_are_checked_one_by_one():
    raw = json.dumps({"samples": [{"text": "Mpira", "label": "sports"},
                                  {"text": "Dawa", "label": "health"}, {"text": 3, "label": "sports"}]})
    assert [v.reason for v in parse_reply(raw, "stop", "sports", NAMES, count=3)] == [
        "", "wrong_label", "schema"]
    assert [v.reason for v in parse_reply('{"samples": 1}', "stop", "sports", NAMES, count=3)] == [
        "schema"]


def test_grammar_forbids_raw_control_characters():
    gbnf = strict_json_grammar(reply_schema(NAMES, 80))
    char_rule = next(l for l in gbnf.splitlines() if l.startswith("char ::="))
    assert "\\x00-\\x1F" in char_rule


# ---- with the real tiny model ---------------------------------------------------------------
def test_generate_stores_only_valid_samples_and_counts_every_reply(project):
    teacher = GGUFTeacher(project.teacher.path)
    config = GenerationConfig(per_label=4, seed=7, max_chars=60)
    try:
        result = generate(project, teacher, config)
    finally:
        teacher.close()
    samples = project.samples()
    assert len(samples) == sum(result.added.values())
    assert result.attempts == len(samples) + sum(result.discarded.values())
    assert project.discard_counts() == result.discarded
    for label in NAMES:
        assert result.added[label] <= 4
        assert result.added[label] == len(project.samples(label=label))
    assert sum(result.added.values()) > 0, "the grammar should make most replies valid"
    for s in samples:
        assert s.status == "pending" and s.source == "generated" and s.label in NAMES
        assert 0 < len(s.text) <= 60 and s.text == s.text.strip()
        assert s.provenance["template"] == "generate_zero_shot"
        assert s.provenance["teacher"]["file"] == Path(project.teacher.path).name
        assert len(s.provenance["teacher"]["sha256"]) == 64
    assert len({s.text for s in samples}) == len(samples), "exact duplicates are discarded"
    [job] = list(project.db["jobs"].rows)
    assert job["state"] == "done" and json.loads(job["params"])["per_label"] == 4


def test_hundred_replies_all_parse_with_the_strict_grammar(project):
    teacher = GGUFTeacher(project.teacher.path)
    schema = reply_schema(NAMES, 40)
    try:
        replies = [teacher.generate([{"role": "user", "content": "Andika"}], schema, 224, 1.0, s)
                   for s in range(100)]
    finally:
        teacher.close()
    finished = [r for r in replies if r.finish_reason == "stop"]
    assert len(finished) == 100
    for r in finished:
        data = json.loads(r.text)  # strict: raises on raw control characters
        assert set(data) == {"text", "label"} and data["label"] in NAMES


def test_same_seed_gives_the_same_samples(tmp_path, tiny_gguf):
    texts = []
    for run in range(2):
        with Project.create(tmp_path / f"r{run}.shule", find_language("sw"), LABELS) as p:
            teacher = GGUFTeacher(str(tiny_gguf))
            generate(p, teacher, GenerationConfig(per_label=2, seed=3, max_chars=40))
            teacher.close()
            texts.append([(s.label, s.text) for s in p.samples()])
    assert texts[0] == texts[1]


def test_child_process_generation_streams_samples_and_can_be_cancelled(project):
    seen = []
    result = generate_in_child(project.path, GenerationConfig(per_label=2, max_chars=40),
                               on_sample=lambda i, label, text: seen.append((i, label, text)))
    stored = {s.id: (s.label, s.text) for s in project.samples()}
    assert len(seen) == sum(result.added.values()) == len(stored)
    assert all(stored[i] == (label, text) for i, label, text in seen)

    before = len(stored)
    with pytest.raises(Cancelled):
        generate_in_child(project.path, GenerationConfig(per_label=50, max_chars=40),
                          should_cancel=lambda: len(seen) > before,
                          on_sample=lambda i, label, text: seen.append((i, label, text)))
    after = project.samples()
    assert before < len(after) < before + 150, "samples made before the cancel are kept"
    states = [r["state"] for r in project.db["jobs"].rows]
    assert states[-1] == "cancelled"


def test_bad_teacher_files_give_one_sentence(tmp_path):
    with pytest.raises(TeacherError, match="There is no model file"):
        check_gguf(tmp_path / "missing.gguf")
    not_gguf = tmp_path / "model.gguf"
    not_gguf.write_text("hello")
    with pytest.raises(TeacherError, match="is not a GGUF model file"):
        check_gguf(not_gguf)
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(b"GGUF" + b"\x00" * 64)
    with pytest.raises(TeacherError, match="is not a readable GGUF model file"):
        GGUFTeacher(str(broken)).load()


def test_model_info_is_read_from_the_file_header(tiny_gguf):
    from core.teachers.gguf_info import gguf_info

    info = gguf_info(tiny_gguf)
    assert info.name == "shule-tiny-random-llama" and info.architecture == "llama"
    assert info.context_length == 4096 and info.quantization == "F32" and info.chat_template
    assert info.file_size == tiny_gguf.stat().st_size and 10_000 < info.parameters < 1_000_000
    assert "shule-tiny-random-llama" in info.summary and "F32" in info.summary
    teacher = GGUFTeacher(str(tiny_gguf))
    teacher.load()
    assert teacher.n_ctx == 4096  # the model's own context (under the cap)
    teacher.close()


def test_progress_says_how_far_each_label_is(project):
    statuses = []
    teacher = GGUFTeacher(project.teacher.path)
    try:
        result = generate(project, teacher, GenerationConfig(per_label=2, max_chars=40),
                          progress=lambda f, s: statuses.append((f, s)))
    finally:
        teacher.close()
    fraction, last = statuses[-1]
    done = sum(result.added.values())
    assert last.startswith(f"{done} of 6 samples (")
    for label, n in result.added.items():
        assert f"{label} {n}/2" in last
    assert fraction == pytest.approx(done / 6)


# ---- the reviewer's notes in every prompt -----------------------------------------------------


def test_guidance_reaches_every_prompt_and_stays_with_the_job(project):
    from core.strategies import make_strategy

    note = "Write only in Swahili, never in English.\nKeep every text short."
    teacher = RecordingTeacher(project.teacher.path, n_threads=1)
    try:
        result = generate(project, teacher, GenerationConfig(per_label=1, max_chars=40,
                                                             guidance=[note]))
        plain = RecordingTeacher(project.teacher.path, n_threads=1)
        generate(project, plain, GenerationConfig(per_label=1, max_chars=40))
        plain.close()
    finally:
        teacher.close()
    assert teacher.prompts and all(
        "Notes from the person who reviewed earlier texts:\n- Write only in Swahili, never in "
        "English.\n  Keep every text short." in m[1]["content"] for m in teacher.prompts)
    assert not any("Notes from" in m[1]["content"] for m in plain.prompts)
    params = project.job_params(result.job_id)
    assert params["guidance"] == [note] and params["demonstration_ids"] is None
    stored = GenerationConfig(**params)  # what a resumed job asks: the same words
    again = make_strategy(stored.strategy, project, stored.max_chars, stored.seed,
                          stored.per_request, stored.guidance)
    assert again.request(LABELS[0], 0).messages == teacher.prompts[0]
    for s in project.samples():
        assert s.provenance["template_version"] == 3  # generate_zero_shot v3 has the notes


def test_old_job_params_without_the_new_fields_still_load(project):
    old = {"per_label": 2, "strategy": "zero-shot", "seed": 0, "temperature": 0.9,
           "max_chars": 300, "attempts_per_sample": 3, "per_request": 3, "concurrency": None,
           "self_check": False, "near_duplicate_threshold": 0.8, "check_script": True,
           "check_language": True, "max_consecutive_failures": 5}
    config = GenerationConfig(**old)
    assert config.guidance == [] and config.demonstration_ids is None
    assert config.language_min_probability == 0.9

"""Strategies, annotation, import and resume with the real tiny llama.cpp teacher."""

import json

import pytest

from core.annotation import annotate, label_confidence
from core.errors import NotReady, ShuleError
from core.generation import GenerationConfig, generate
from core.importing import import_file
from core.languages import find_language
from core.project import Label, Project, TeacherConfig
from core.strategies import Diverse, FewShot, propose_attributes
from core.teachers.base import Reply
from core.teachers.gguf import GGUFTeacher
from tests.fixtures.kill import generate_then_kill
from tests.fixtures.recording_teacher import RecordingTeacher

LABELS = [Label("sports", "Games and athletes"), Label("health", "Illness and clinics")]


@pytest.fixture
def project(tmp_path, tiny_gguf):
    p = Project.create(tmp_path / "s.shule", find_language("sw"), LABELS, task="Sort radio SMS")
    p.set_teacher(TeacherConfig("gguf", str(tiny_gguf)))
    yield p
    p.close()


@pytest.fixture
def teacher(tiny_gguf):
    t = GGUFTeacher(str(tiny_gguf), n_threads=1)
    yield t
    t.close()


def _write(path, text, encoding="utf-8"):
    path.write_bytes(text.encode(encoding))
    return path


def test_import_is_all_or_nothing_and_reads_quoted_newlines(project, tmp_path):
    good = _write(tmp_path / "real.csv", 'text,label\n"Timu yetu\nimeshinda",sports\n'
                  "Kliniki imefunguliwa,health\n", "utf-8-sig")
    assert import_file(project, good) == 2
    assert [s.text for s in project.samples(source="imported")] == ["Timu yetu\nimeshinda",
                                                                    "Kliniki imefunguliwa"]
    bad = _write(tmp_path / "bad.tsv", "text\tlabel\nMpira\tsports\nSiasa\tpolitics\n")
    with pytest.raises(ShuleError, match="Row 3 of bad.tsv has the label “politics”"):
        import_file(project, bad)
    assert len(project.samples()) == 2  # nothing from the bad file
    utf16 = _write(tmp_path / "texts.txt", "Habari ya asubuhi\n\nDawa ya malaria\n", "utf-16")
    assert import_file(project, utf16, "unlabelled") == 2
    latin1 = tmp_path / "old.txt"
    latin1.write_bytes("caf\xe9".encode("latin-1"))
    with pytest.raises(ShuleError, match="not UTF-8"):
        import_file(project, latin1, "unlabelled")


def test_few_shot_rotates_real_examples_and_records_them(project, teacher, tmp_path):
    with pytest.raises(NotReady, match="real examples"):
        FewShot(project, 80)
    rows = "".join(f"Mfano wa michezo {i},sports\nMfano wa afya {i},health\n" for i in range(6))
    import_file(project, _write(tmp_path / "ex.csv", "text,label\n" + rows))
    strategy = FewShot(project, 80, seed=1)
    first, second = (strategy.request(LABELS[0], a) for a in (0, 1))
    assert first.demonstrations and first.demonstrations != second.demonstrations
    shown = {project.sample(i).text for i in first.demonstrations}
    assert all(t in first.messages[1]["content"] for t in shown)
    result = generate(project, teacher, GenerationConfig(per_label=2, strategy="few-shot",
                                                         max_chars=60, seed=3))
    made = project.samples(source="generated")
    assert len(made) == sum(result.added.values()) > 0
    for s in made:
        assert s.provenance["strategy"] == "few-shot" and s.provenance["demonstrations"]
        assert s.provenance["template"] == "generate_few_shot"


def test_diverse_covers_attribute_combinations_several_per_request(project, teacher):
    with pytest.raises(NotReady, match="topics and styles"):
        Diverse(project, 80)
    proposed = propose_attributes(project, teacher, per_kind=3)
    assert proposed and all(1 <= len(v) <= 3 for v in proposed.values())
    project.set_attributes({"topics": ["football", "market day"], "styles": ["SMS", "question"]})
    strategy = Diverse(project, 80, seed=0, per_request=2)
    combos = {json.dumps(strategy.request(LABELS[0], a).attributes, sort_keys=True)
              for a in range(4)}
    assert len(combos) == 4  # every topic × style before any repeats
    request = strategy.request(LABELS[1], 0)
    assert request.count == 2 and request.schema["properties"]["samples"]["maxItems"] == 2
    generate(project, teacher, GenerationConfig(per_label=3, strategy="diverse", per_request=2,
                                                max_chars=60))
    for s in project.samples():
        assert s.provenance["strategy"] == "diverse" and set(s.provenance["attributes"]) == {
            "topic", "style"}
    assert all(n <= 3 for n in (len(project.samples(label=l.name)) for l in LABELS))


def test_annotation_labels_real_texts_within_the_label_set(project, teacher, tmp_path):
    with pytest.raises(NotReady):
        annotate(project, teacher)
    import_file(project, _write(tmp_path / "u.txt", "Timu imeshinda\nKliniki mpya\nTimu imeshinda\n"),
                "unlabelled")
    result = annotate(project, teacher)
    samples = project.samples(source="annotated")
    assert [s.text for s in samples] == ["Timu imeshinda", "Kliniki mpya"]
    assert all(s.label in ("sports", "health") and s.status == "pending" for s in samples)
    assert result.discarded == {"duplicate": 1}
    assert project.texts(unannotated=True) == []
    assert all(s.provenance["template"] == "annotate" for s in samples)


def test_label_confidence_from_token_logprobs():
    reply = Reply('{"label": "health"}', "stop", 5)
    reply.token_logprobs = [('{"label": "', -0.1), ("heal", -0.2), ("th", -0.3), ('"}', 0.0)]
    assert label_confidence(reply, "health") == pytest.approx(2.718281828 ** -0.5)
    assert label_confidence(Reply("{}", "stop"), "health") is None


def test_a_killed_job_resumes_without_losing_or_repeating_samples(project):
    seen = generate_then_kill(project.path, {"per_label": 6, "max_chars": 40, "seed": 5})
    [job] = project.interrupted_jobs()
    before = project.samples()
    assert {s.id for s in before} >= set(seen) and job["attempts"] >= len(before)

    teacher = GGUFTeacher(project.teacher.path, n_threads=1)
    try:
        result = generate(project, teacher, GenerationConfig(), resume=job["id"])
    finally:
        teacher.close()
    after = project.samples()
    assert [s.id for s in after[:len(before)]] == [s.id for s in before]  # nothing lost
    assert len({s.text for s in after}) == len(after)  # nothing made twice
    for label in ("sports", "health"):
        assert len(project.samples(label=label)) <= 6
    assert sum(result.added.values()) == len(after) - len(before)
    assert project.interrupted_jobs() == []
    assert {s.provenance["job_id"] for s in after} == {job["id"]}


def test_a_cancelled_job_is_a_pause_and_can_be_dismissed(project, teacher):
    from core.errors import Cancelled

    made = []
    with pytest.raises(Cancelled):
        generate(project, teacher, GenerationConfig(per_label=4, max_chars=40),
                 on_sample=lambda *s: made.append(s), should_cancel=lambda: len(made) >= 2)
    [job] = project.interrupted_jobs()
    assert job["state"] == "cancelled" and sum(job["added"].values()) == len(made) == 2
    generate(project, teacher, GenerationConfig(), resume=job["id"])
    assert project.interrupted_jobs() == []
    assert len(project.samples()) <= 8 and len({s.text for s in project.samples()}) == len(
        project.samples())

    with pytest.raises(Cancelled):
        generate(project, teacher, GenerationConfig(per_label=9, max_chars=40),
                 should_cancel=lambda: True)
    [stopped] = project.interrupted_jobs()
    project.abandon_job(stopped["id"])
    assert project.interrupted_jobs() == []


def test_a_strategy_that_is_not_ready_records_no_job(project, teacher):
    with pytest.raises(NotReady):
        generate(project, teacher, GenerationConfig(per_label=2, strategy="few-shot"))
    assert list(project.db["jobs"].rows) == [] and project.interrupted_jobs() == []




def test_few_shot_shows_pinned_examples_and_never_excluded_ones(project, tmp_path):
    from core.feedback import EXCLUDE, PIN, set_demo_choice
    from core.project import NewSample

    rows = "".join(f"Mfano wa michezo {i},sports\nMfano wa afya {i},health\n" for i in range(8))
    import_file(project, _write(tmp_path / "ex.csv", "text,label\n" + rows))
    imported = project.samples(source="imported")
    excluded = [s for s in imported if s.text.endswith((" 2", " 5"))]
    pinned = project.add_samples([NewSample("Bao la dakika ya mwisho", "sports", "generated",
                                            "accepted"),
                                  NewSample("Chanjo ya surua kijijini", "health", "generated",
                                            "accepted")])
    set_demo_choice(project, pinned, PIN)
    set_demo_choice(project, [s.id for s in excluded], EXCLUDE)

    teacher = RecordingTeacher(project.teacher.path, n_threads=1)
    try:
        result = generate(project, teacher, GenerationConfig(
            per_label=2, strategy="few-shot", max_chars=60, seed=4,
            guidance=["Use everyday words."]))
    finally:
        teacher.close()
    stored = project.job_params(result.job_id)["demonstration_ids"]
    assert set(pinned) <= set(stored) and not {s.id for s in excluded} & set(stored)
    first = {}
    for messages in teacher.prompts:
        prompt = messages[1]["content"]
        assert "Use everyday words." in prompt
        assert not any(f") {s.text}\n" in prompt for s in excluded)
        first.setdefault('label "sports"' in prompt, prompt)
    assert "(sports) Bao la dakika ya mwisho" in first[True]  # pinned: in the label's first request
    assert "(health) Chanjo ya surua kijijini" in first[False]
    for s in project.samples(source="generated", status="pending"):
        assert not {e.id for e in excluded} & set(s.provenance["demonstrations"])

    # A resumed job shows the examples it started with, whatever was pinned since.
    set_demo_choice(project, pinned, EXCLUDE)
    again = FewShot(project, 60, seed=4, demonstration_ids=stored)
    assert again.demonstration_ids == stored
    assert set(FewShot(project, 60, seed=4).demonstration_ids).isdisjoint(pinned)

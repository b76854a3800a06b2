"""What the review says so far: progress per label, acceptance rates and rounds, from real
projects with real review decisions (and a real generation run with the tiny teacher)."""

from collections import Counter

import pytest

from core.generation import GenerationConfig, generate
from core.languages import find_language
from core.project import Label, NewSample, Project
from core.review_stats import Acceptance, acceptance_by, label_progress, rounds, teacher_name
from core.teachers.gguf import GGUFTeacher

LABELS = [Label("sports", "Games and athletes"), Label("health", "Illness and clinics"),
          Label("farming", "Crops, animals and weather")]
GGUF = {"kind": "gguf", "file": "tiny.gguf", "sha256": "0" * 64}
SERVER = {"kind": "openai", "base_url": "http://127.0.0.1:11434/v1", "model": "qwen3:8b"}


@pytest.fixture
def project(tmp_path):
    p = Project.create(tmp_path / "p.shule", find_language("sw"), LABELS)
    yield p
    p.close()


def _add(project, label, n, source="generated", **provenance):
    return project.add_samples(NewSample(f"{label} {source} {i} {sorted(provenance)}", label, source,
                                         "pending", provenance) for i in range(n))


def test_label_progress_counts_each_label_in_order_without_gold(project):
    sports = _add(project, "sports", 5, strategy="zero-shot")
    health = _add(project, "health", 3, strategy="zero-shot")
    _add(project, "farming", 2, source="gold")
    project.set_status(sports[:3], "accepted")
    project.set_status(sports[3:4], "rejected", "unnatural")
    project.set_status(health[:1], "rejected", "wrong_label")
    project.set_target_per_label(40)
    assert [(p.label, p.accepted, p.pending, p.rejected, p.target) for p in label_progress(project)] == [
        ("sports", 3, 1, 1, 40), ("health", 0, 2, 1, 40), ("farming", 0, 0, 0, 40)]


def test_acceptance_by_strategy_teacher_and_source(project):
    few = _add(project, "sports", 4, strategy="few-shot", teacher=GGUF)
    zero = _add(project, "health", 3, strategy="zero-shot", teacher=SERVER)
    imported = _add(project, "farming", 2, source="imported")
    _add(project, "sports", 3, source="gold")
    project.set_status(few[:3], "accepted")
    project.set_status(few[3:], "rejected", "duplicate")
    project.set_status(zero[:1], "rejected", "wrong_language")
    project.set_status(imported, "accepted")

    by_strategy = {a.key: a for a in acceptance_by(project, "strategy")}
    assert set(by_strategy) == {"few-shot", "zero-shot", "imported"}
    assert (by_strategy["few-shot"].accepted, by_strategy["few-shot"].rejected) == (3, 1)
    assert by_strategy["few-shot"].rate == 0.75 and by_strategy["zero-shot"].rate == 0.0
    assert by_strategy["zero-shot"].pending == 2

    by_teacher = {a.key: a for a in acceptance_by(project, "teacher")}
    assert set(by_teacher) == {"tiny.gguf", "qwen3:8b (127.0.0.1:11434)", "imported"}
    assert by_teacher["imported"].rate == 1.0

    by_source = acceptance_by(project, "source")
    assert [(a.key, a.accepted, a.rejected, a.pending) for a in by_source] == [
        ("generated", 3, 2, 2), ("imported", 2, 0, 0)]  # gold is never counted; largest first
    assert Acceptance("x", 0, 0, 5).rate is None
    with pytest.raises(ValueError):
        acceptance_by(project, "colour")


def test_teacher_names_are_readable():
    assert teacher_name(GGUF) == "tiny.gguf"
    assert teacher_name({"kind": "openai", "base_url": "https://api.example.org/v1",
                         "model": "gpt"}) == "gpt (api.example.org)"
    assert teacher_name(None) == "" and teacher_name({}) == ""


def test_rounds_equal_hand_counts_after_generation_and_review(project, tiny_gguf):
    teacher = GGUFTeacher(str(tiny_gguf), n_threads=1)
    try:
        first = generate(project, teacher, GenerationConfig(per_label=3, seed=2, max_chars=50))
        second = generate(project, teacher, GenerationConfig(per_label=2, seed=9, max_chars=50,
                                                             strategy="zero-shot"))
    finally:
        teacher.close()
    made = [s for s in project.samples() if s.provenance["job_id"] == first.job_id]
    assert len(made) >= 4, "the tiny teacher should make most samples"
    project.set_status([s.id for s in made[:2]], "accepted")
    project.set_status([s.id for s in made[2:4]], "rejected", "wrong_language")
    project.set_status([s.id for s in made[4:5]], "rejected", "unnatural")

    [r1, r2] = rounds(project)
    assert (r1.job_id, r2.job_id) == (first.job_id, second.job_id)
    for r, result in ((r1, first), (r2, second)):
        mine = [s for s in project.samples() if s.provenance["job_id"] == r.job_id]
        statuses = Counter(s.status for s in mine)
        assert r.made == len(mine) == sum(result.added.values())
        assert (r.accepted, r.rejected, r.pending) == (
            statuses["accepted"], statuses["rejected"], statuses["pending"])
        assert r.discarded == sum(result.discarded.values()) == len(
            [d for d in project.discards(limit=10_000) if d["job_id"] == r.job_id])
        assert r.strategy == "zero-shot" and r.teacher == tiny_gguf.name
    expected = [("wrong_language", 2)] + ([("unnatural", 1)] if len(made) >= 5 else [])
    assert r1.top_reasons == expected
    assert r1.rate == pytest.approx(2 / (2 + r1.rejected)) and r1.rejected == sum(
        n for _, n in expected)
    assert r2.top_reasons == [] and r2.rate is None and r1.started <= r2.started

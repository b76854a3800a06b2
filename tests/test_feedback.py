"""The reviewer's judgement flows into the next round: chosen examples and notes for the teacher,
from real projects with real review decisions."""

import json
import time

import pytest

from core import cli
from core.errors import InvalidTask, ShuleError
from core.feedback import (EXCLUDE, PIN, GuidancePart, apply_filter_changes, choose_demonstrations,
                           demo_choices, guidance, guidance_filter_changes, set_demo_choice)
from core.generation import GenerationConfig
from core.languages import find_language
from core.project import Label, NewSample, Project, TeacherConfig

LABELS = [Label("sports", "Games and athletes"), Label("health", "Illness and clinics")]
SIMILAR = [f"Timu yetu imeshinda mechi ya leo {c}" for c in "abcde"]
DISTINCT = ["Mpira wa kikapu unachezwa shuleni", "Mwanariadha alikimbia marathoni Arusha",
            "Ndondi: bingwa ametetea mkanda wake"]


@pytest.fixture
def project(tmp_path):
    p = Project.create(tmp_path / "p.shule", find_language("sw"), LABELS)
    yield p
    p.close()


def _add(project, texts, label, source="generated", status="accepted"):
    return project.add_samples(NewSample(t, label, source, status) for t in texts)


def test_demo_choices_are_set_cleared_and_checked_in_one_go(project):
    a, b, c = _add(project, ["Mpira", "Dawa", "Kliniki"], "sports")
    [gold] = _add(project, ["Jaribio"], "health", source="gold")
    set_demo_choice(project, [a, b], PIN)
    set_demo_choice(project, [c], EXCLUDE)
    set_demo_choice(project, [b], EXCLUDE)  # a new choice replaces the old one
    assert demo_choices(project) == {a: PIN, b: EXCLUDE, c: EXCLUDE}
    set_demo_choice(project, [a, c], None)
    assert demo_choices(project) == {b: EXCLUDE}
    with pytest.raises(InvalidTask, match="gold sample"):
        set_demo_choice(project, [a, gold], PIN)
    with pytest.raises(ShuleError, match="no sample with id 999"):
        set_demo_choice(project, [a, 999], PIN)
    assert demo_choices(project) == {b: EXCLUDE}  # nothing of a refused call was written


def test_demonstrations_pin_first_never_exclude_and_prefer_real_edited_and_diverse(project):
    generated = _add(project, [f"Habari za michezo nambari {i}" for i in range(12)], "sports")
    [real, excluded] = _add(project, ["Simba wameshinda Yanga jana", "Mashabiki walijaa uwanjani"],
                            "sports", source="imported")
    never = (_add(project, ["Mpira wa pending"], "sports", status="pending")
             + _add(project, ["Mpira wa rejected"], "sports", status="rejected")
             + _add(project, ["Mpira wa gold"], "sports", source="gold"))
    edited = generated[5]
    project.edit_sample(edited, text="Wachezaji wapya wamesajiliwa na klabu")
    pinned = generated[7]
    set_demo_choice(project, [pinned], PIN)
    set_demo_choice(project, [excluded], EXCLUDE)

    chosen = choose_demonstrations(project, per_label=4, seed=1)
    assert set(chosen) == {"sports", "health"} and chosen["health"] == []
    ids = [s.id for s in chosen["sports"]]
    assert ids[0] == pinned and len(ids) == len(set(ids)) == 4
    assert {real, edited} <= set(ids)  # real and corrected texts before other generated ones
    assert excluded not in ids and not set(never) & set(ids)
    assert all(s.status == "accepted" and s.source != "gold" for s in chosen["sports"])
    assert [s.id for s in choose_demonstrations(project, 4, seed=1)["sports"]] == ids  # seeded

    many = _add(project, SIMILAR + DISTINCT, "health")
    picked = [s.text for s in choose_demonstrations(project, per_label=4, seed=3)["health"]]
    assert len(picked) == 4 and sum(t in SIMILAR for t in picked) == 1, "diverse, not repeats"
    assert set(DISTINCT) <= set(picked) and len(many) == 8


def test_demonstrations_stay_fast_with_ten_thousand_accepted(project):
    for label in ("sports", "health"):
        _add(project, [f"{label} sentensi ya mfano {i} yenye maneno {i * 7 % 97}"
                       for i in range(5000)], label)
    started = time.perf_counter()
    chosen = choose_demonstrations(project, per_label=6, seed=0)
    assert time.perf_counter() - started < 2.0
    assert [len(v) for v in chosen.values()] == [6, 6]


def _reject(project, n, reason, source="generated"):
    ids = _add(project, [f"{reason} {source} {i}" for i in range(n)], "sports", source, "pending")
    project.set_status(ids, "rejected", reason)
    return ids


def test_guidance_from_many_rejections_of_one_kind(project):
    _reject(project, 6, "wrong_language")
    _reject(project, 4, "unnatural")
    _reject(project, 2, "duplicate")  # too few
    _reject(project, 4, "other")  # counts in the total, says nothing to the teacher
    _reject(project, 9, "wrong_label", source="imported")  # not the teacher's doing
    parts = guidance(project)
    assert [p.key for p in parts] == ["language", "natural"]
    language, natural = parts
    assert (language.count, language.share) == (6, 6 / 16)
    assert "only in Swahili, in the Latin script" in language.text and "English" in language.text
    assert "colloquial, everyday Swahili" in natural.text and "translated" in natural.text
    assert [p.key for p in guidance(project, min_count=2, min_share=0.1)] == [
        "language", "natural", "duplicate"]
    assert guidance(project, min_share=0.5) == []

    _reject(project, 8, "wrong_label")
    label = next(p for p in guidance(project) if p.key == "label")
    assert "sports: Games and athletes" in label.text and "health: Illness and clinics" in label.text


def test_corrections_show_the_reviewers_edits(project):
    ids = _add(project, [f"Maandishi mabaya {i}" for i in range(5)], "sports", status="pending")
    [imported] = _add(project, ["Mfano halisi"], "sports", source="imported")
    for i in ids[:4]:
        project.edit_sample(i, text=f"Maandishi mazuri {i}")
    project.edit_sample(ids[0], text="Maandishi mazuri kabisa")  # a second edit of one sample
    project.edit_sample(imported, text="Mfano halisi kabisa")  # not the teacher's text
    project.set_status([ids[3]], "rejected", "other")  # edited, then thrown away
    project.edit_sample(ids[4], text="Imebadilishwa")
    project.undo()  # an undone edit does not count
    [part] = guidance(project)
    assert part.key == "corrections" and part.count == 3
    assert part.text.count("Before:") == 3
    assert "“Maandishi mabaya 0”\n  After: “Maandishi mazuri kabisa”" in part.text
    assert "Imebadilishwa" not in part.text and "halisi" not in part.text
    assert f"mazuri {ids[3]}" not in part.text


def test_filter_changes_go_with_the_notes():
    assert guidance_filter_changes([GuidancePart("natural", "…", 5, 0.5)]) == {}
    changes = guidance_filter_changes(["language", "duplicate"])
    assert changes["check_language"] is True and changes["near_duplicate_threshold"] < 0.8
    config = apply_filter_changes(GenerationConfig(near_duplicate_threshold=0.5), changes)
    assert config.near_duplicate_threshold == 0.5  # never loosened
    assert config.language_min_probability < GenerationConfig().language_min_probability
    assert set(changes) <= set(GenerationConfig.__dataclass_fields__)


def test_cli_pins_examples_and_generates_with_the_reviews_notes(project, tiny_gguf, capsys):
    project.set_teacher(TeacherConfig("gguf", str(tiny_gguf)))
    a, b = _add(project, ["Mpira wa miguu", "Dawa ya kikohozi"], "sports")
    _reject(project, 5, "wrong_language")
    path = str(project.path)
    assert cli.main(["review", path, "--pin", str(a)]) == 0
    assert cli.main(["review", path, "--exclude-demo", str(b)]) == 0
    assert demo_choices(project) == {a: PIN, b: EXCLUDE}
    assert cli.main(["review", path, "--clear-demo", str(b)]) == 0
    assert demo_choices(project) == {a: PIN}
    capsys.readouterr()

    assert cli.main(["generate", path, "--per-label", "1", "--max-chars", "40"]) == 0
    out = capsys.readouterr().out
    assert "[language, from 5] Write only in Swahili" in out
    assert "language_min_probability: 0.9 -> 0.8" in out
    params = json.loads(project.db.execute("SELECT params FROM jobs ORDER BY id DESC").fetchone()[0])
    assert params["guidance"] == [guidance(project)[0].text]
    assert params["language_min_probability"] == 0.8

    assert cli.main(["generate", path, "--per-label", "1", "--max-chars", "40",
                     "--guidance", "off"]) == 0
    assert "Write only" not in capsys.readouterr().out
    params = json.loads(project.db.execute("SELECT params FROM jobs ORDER BY id DESC").fetchone()[0])
    assert params["guidance"] == [] and params["language_min_probability"] == 0.9

"""Crash safety: the real child process is SIGKILLed at random moments while it generates, while
review decisions are being recorded, while it trains and while it exports; afterwards nothing
confirmed is lost and nothing half-written is presented as done. A few trials of each here; the
long run (20 of each, figures in bench/results/reliability.json) is `make reliability`."""

from __future__ import annotations

import random
import shutil

import pytest

from bench import reliability

TRIALS = 3


def _clean(report):
    assert report["failures"] == [], report["failures"]
    return report


@pytest.mark.slow
def test_killed_generation_loses_nothing_and_resumes(tmp_path, tiny_gguf):
    report = _clean(reliability.generation_trials(tmp_path, tiny_gguf, TRIALS, random.Random(1)))
    assert report["samples_found"] == report["samples_confirmed"]
    assert report["duplicates"] == report["half_written"] == 0
    assert report["resumed"] == report["killed"] >= 1  # every job a kill interrupted resumed


def test_every_confirmed_review_decision_survives_a_kill(tmp_path):
    report = _clean(reliability.review_trials(tmp_path, TRIALS, random.Random(2), samples=2000))
    assert report["killed"] >= 1 and report["decisions_confirmed"] > 0
    assert report["decisions_found"] == report["decisions_confirmed"]


@pytest.mark.slow
def test_killed_training_registers_nothing_half_written(tmp_path):
    report = _clean(reliability.training_trials(tmp_path, TRIALS, random.Random(3)))
    assert report["killed"] >= 1 and report["retrained"] == 1 and report["models_registered"] >= 1


@pytest.mark.slow
def test_killed_export_never_leaves_a_half_bundle(tmp_path):
    report = _clean(reliability.export_trials(tmp_path, TRIALS, random.Random(4)))
    assert report["killed"] >= 1 and report["complete_after_kill"] == TRIALS


def test_an_export_killed_between_its_renames_gets_the_earlier_bundle_back(tmp_path):
    from core.export_job import recover_interrupted

    out = tmp_path / "bundle"
    moved_aside = tmp_path / ".bundle.old-abc123"  # as _move_into_place names it
    moved_aside.mkdir()
    (moved_aside / "config.json").write_text("{}")
    half = tmp_path / ".bundle.partial-def456"
    half.mkdir()
    (half / "model.onnx").write_bytes(b"half")
    recover_interrupted(out)
    assert (out / "config.json").read_text() == "{}"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bundle"]
    # With the target present, a moved-aside copy is only a leftover.
    shutil.copytree(out, moved_aside)
    recover_interrupted(out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bundle"]


@pytest.mark.slow
def test_random_teacher_faults_never_crash_generation(tmp_path):
    report = _clean(reliability.fault_trials(tmp_path, 2, random.Random(5), per_trial=20))
    assert report["crashes"] == 0 and report["discards_without_reason"] == 0
    assert report["faults_injected"] >= 5 and report["requests"] >= report["faults_injected"]


@pytest.mark.slow
def test_a_short_soak_keeps_the_window_responsive_and_every_decision(qapp, tmp_path, tiny_gguf):
    from bench.soak import soak

    report = soak(tmp_path, tiny_gguf, samples=40, decisions=30, trainings=1)
    assert report["samples_generated"] == 40 and report["trainings"] == 1
    assert report["decisions_stored"] == report["decisions_keyed"] == 30
    assert list(report["phases"]) == ["start", "generated", "reviewed", "trained_1"]
    for name, phase in report["phases"].items():  # the sampler ran through every phase
        assert phase["rss_mb"] > 0 and (name == "start" or phase["ticks"] >= 1)


def test_damaged_files_are_imported_exactly_or_refused_in_one_sentence(tmp_path):
    report = _clean(reliability.fuzz_trials(tmp_path, 60, random.Random(6)))
    assert report["cases"] == 120 and report["escapes"] == report["partial_writes"] == 0
    assert report["clear_errors"] + report["imported"] == report["cases"]
    assert report["clear_errors"] >= 30  # the damage really was damage

"""Heavy work in a child process: results, typed errors, cancel, and a child killed mid-job."""

import pytest

from core.errors import NotReady
from core.jobs import run_in_child
from core.languages import find_language
from core.project import Label, Project, TeacherConfig
from tests.fixtures.kill import generate_then_kill

LABELS = [Label("sports", "Games and athletes"), Label("health", "Illness and clinics")]


@pytest.fixture
def project_path(tmp_path, tiny_gguf):
    with Project.create(tmp_path / "jobs.shule", find_language("sw"), LABELS) as p:
        p.set_teacher(TeacherConfig("gguf", str(tiny_gguf)))
        return p.path


def test_result_and_progress_come_back_from_the_child(project_path):
    fractions = []
    value = run_in_child("generate", {"project": str(project_path),
                                      "config": {"per_label": 2, "max_chars": 40}},
                         progress=lambda f, s: fractions.append(f))
    assert sum(value["added"].values()) == len(Project.open(project_path).samples())
    assert fractions and fractions == sorted(fractions) and fractions[-1] <= 1.0


def test_typed_errors_cross_the_process_boundary(tmp_path):
    with Project.create(tmp_path / "no-teacher.shule", find_language("sw"), LABELS) as p:
        path = p.path
    with pytest.raises(NotReady, match="Choose a teacher"):
        run_in_child("generate", {"project": str(path), "config": {"per_label": 1}})


def test_a_killed_child_is_reported_in_words_and_the_project_survives(project_path):
    seen = generate_then_kill(project_path, {"per_label": 500, "max_chars": 40})
    with Project.open(project_path) as p:
        stored = {s.id for s in p.samples()}
        assert len(seen) >= 3 and stored >= set(seen)  # every sample it reported is stored
        assert len(stored) < 1000
        assert p.labels == LABELS

"""A generation job against a misbehaving server: every fault absorbed or counted, never a crash."""

import json

import pytest

from core.errors import TeacherError
from core.generation import GenerationConfig, generate
from core.languages import find_language
from core.project import Label, Project
from core.teachers.remote import RemoteTeacher
from tests.fixtures.fault_server import FaultServer
from tests.fixtures.llama_server import llama_server

LABELS = [Label("sports", "Games and athletes"), Label("health", "Illness and clinics")]


def reply(text, label):
    return ("content", json.dumps({"text": text, "label": label}, ensure_ascii=False))


@pytest.fixture
def project(tmp_path):
    with Project.create(tmp_path / "f.shule", find_language("sw"), LABELS) as p:
        yield p


def teacher_for(server, **kw):
    return RemoteTeacher(server.base_url, "fault-model", timeout=1.0, backoff=0.05,
                         structured_output="json_schema", **kw)


def test_job_finishes_with_the_requested_samples_despite_faults(project):
    with FaultServer(hang_seconds=2.0) as server:
        server.script(
            "429", "500", "truncated", reply("Timu yetu imeshinda mechi ya leo uwanjani", "sports"),
            reply("Dawa mpya ya malaria imefika kliniki", "sports"),      # health asked: wrong label
            reply("ሰላም ለሁሉም ሰው ዛሬ ጨዋታው ጥሩ ነበር", "sports"),            # Ethiopic for Swahili
            "hang", "503", reply("Kliniki ya kijiji itafunguliwa kesho asubuhi", "health"),
            reply("Timu yetu imeshinda mechi ya leo uwanjani!", "sports"),  # a duplicate
            reply("Wauguzi wanawachanja watoto wote wiki hii", "health"),
            reply("Mchezaji wetu amefunga magoli matatu jana", "sports"),
        )
        teacher = teacher_for(server)
        result = generate(project, teacher, GenerationConfig(per_label=2, max_chars=120,
                                                             concurrency=1))
        teacher.close()
    assert result.added == {"sports": 2, "health": 2}
    assert result.discarded == {"wrong_label": 1, "wrong_script": 1, "duplicate": 1}
    assert project.discard_counts() == result.discarded
    assert len(project.samples()) == 4 and result.short == []


def test_persistent_failure_stops_with_a_message_and_keeps_the_samples(project):
    with FaultServer() as server:
        server.script(reply("Timu yetu imeshinda mechi ya leo uwanjani", "sports"), *["500"] * 40)
        teacher = teacher_for(server, max_retries=1)
        with pytest.raises(TeacherError, match="failed 3 times in a row.*samples made so far are kept"):
            generate(project, teacher, GenerationConfig(per_label=5, max_consecutive_failures=3,
                                                        concurrency=1))
        teacher.close()
    assert [s.text for s in project.samples()] == ["Timu yetu imeshinda mechi ya leo uwanjani"]
    assert project.discard_counts() == {"teacher_error": 3}
    [job] = list(project.db["jobs"].rows)
    assert job["state"] == "failed"


def test_concurrent_requests_never_overfill_a_label(project, tiny_gguf, tmp_path):
    with llama_server(tiny_gguf, tmp_path / "log.txt") as server:
        teacher = RemoteTeacher(server.base_url, server.model, max_concurrency=4)
        result = generate(project, teacher, GenerationConfig(per_label=3, max_chars=60))
        teacher.close()
    samples = project.samples()
    assert all(result.added[l] == len(project.samples(label=l)) <= 3 for l in result.added)
    assert result.attempts >= len(samples) and sum(result.added.values()) == len(samples)
    assert sum(result.discarded.values()) == result.attempts - len(samples)
    assert len({s.text for s in samples}) == len(samples)

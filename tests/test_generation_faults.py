"""A generation job against a misbehaving server: every fault absorbed or counted, never a crash."""

import json
import time

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


def test_resets_drips_and_huge_replies_are_absorbed_within_the_timeout(project):
    with FaultServer(hang_seconds=8.0) as server:  # the drip: 4 bytes a second, over a minute
        server.script("reset", "drip", "huge", reply("Timu yetu imeshinda mechi ya leo uwanjani", "sports"),
                      "reset", reply("Kliniki ya kijiji itafunguliwa kesho asubuhi", "health"))
        teacher = teacher_for(server)  # a 1 s limit per request, body included
        started = time.monotonic()
        result = generate(project, teacher, GenerationConfig(per_label=1, max_chars=120,
                                                             concurrency=1))
        elapsed = time.monotonic() - started
        teacher.close()
        requests = len(server.chat_requests())
    assert result.added == {"sports": 1, "health": 1}
    assert requests == 6  # every fault was a request that was retried
    # Read to the end, the drip alone takes over a minute: it was cut at the 1 s limit. A bound,
    # not a speed measurement: far above what retries and the 20 MB reply take even on a busy machine.
    assert elapsed < 30.0


def test_json_nested_past_pythons_limit_is_discarded_not_a_crash(project):
    deep = "[" * 100_000 + "]" * 100_000  # json.loads raises RecursionError, not ValueError
    with FaultServer() as server:
        server.script(("status", 200, {}, deep.encode()), ("content", deep),
                      reply("Timu yetu imeshinda mechi ya leo uwanjani", "sports"),
                      reply("Kliniki ya kijiji itafunguliwa kesho asubuhi", "health"))
        teacher = teacher_for(server)
        result = generate(project, teacher, GenerationConfig(per_label=1, max_chars=120,
                                                             concurrency=1))
        teacher.close()
    # The deep body was retried like any unreadable body; the deep content became a discard.
    assert result.discarded.get("not_json") == 1 and sum(result.added.values()) >= 1
    assert all(d["reason"] for d in project.discards())

"""A teacher on any OpenAI-compatible server: the real llama.cpp server, and one that misbehaves.

The user points Shule at a server (or lets it find one on this computer), tests the connection,
and generates. Replies are untrusted; the API key must never show up anywhere.
"""

from __future__ import annotations

import email.utils
import json
import logging
import threading
import time
import traceback
from concurrent.futures import ThreadPoolExecutor


import httpx
import keyring
import pytest
from keyring.backends import fail

from core.errors import Cancelled, TeacherError
from core.project import TeacherConfig
from core.teachers import connection, make_teacher
from core.teachers.discovery import discover
from core.teachers.remote import (RemoteTeacher, normalise_base_url, parse_logprobs,
                                  portable_schema, public_url, retry_after_seconds)
from tests.fixtures.fault_server import FaultServer
from tests.fixtures.llama_server import free_port, llama_server

try:
    from core.strategies import reply_schema
except ImportError:  # before generation was split into strategies
    from core.generation import reply_schema  # type: ignore[no-redef]

CANARY = "sk-canary-7f3a9d1e5b"
NAMES = ["news", "sports", "health"]
SCHEMA = reply_schema(NAMES, 80)
ASK = [{"role": "system", "content": "You write short texts in Swahili."},
       {"role": "user", "content": "Write one text about sports."}]


@pytest.fixture(scope="module")
def llama(tiny_gguf, tmp_path_factory):
    """llama-cpp-python's own server with the tiny random teacher, started once."""
    with llama_server(tiny_gguf, tmp_path_factory.mktemp("llama") / "server.log") as server:
        yield server


@pytest.fixture
def fault():
    with FaultServer() as server:
        yield server


@pytest.fixture(autouse=True)
def close_teachers(monkeypatch):
    """Close every teacher a test made, so no connection outlives its test."""
    made = []
    init = RemoteTeacher.__init__

    def tracking_init(self, *args, **kw):
        init(self, *args, **kw)
        made.append(self)

    monkeypatch.setattr(RemoteTeacher, "__init__", tracking_init)
    yield
    for teacher in made:
        teacher.close()


def fast(server: FaultServer, **kw) -> RemoteTeacher:
    kw = {"model": "fault-model", "timeout": 5.0, "backoff": 0.01, "max_retries": 5, **kw}
    return RemoteTeacher(server.base_url, **kw)


def assert_no_canary(exc: BaseException) -> None:
    for text in (str(exc), repr(exc), "".join(traceback.format_exception(exc))):
        assert CANARY not in text
    # Raised outside except blocks: no httpx exception (which holds the headers) hangs off it.
    assert exc.__cause__ is None and exc.__context__ is None


# ---- the real llama.cpp server (llama-cpp-python) -------------------------------------------
def test_probe_finds_what_llama_cpp_python_server_enforces(llama):
    post = f"{llama.base_url}/chat/completions"
    base = {"model": "tiny", "messages": [{"role": "user", "content": "hi"}], "max_tokens": 8}
    rejected = httpx.post(post, json={**base, "response_format": {
        "type": "json_schema", "json_schema": {"name": "x", "schema": {"type": "object"}}}},
        timeout=30, trust_env=False)
    assert rejected.status_code == 500  # DESIGN.md § 5: no OpenAI json_schema here

    teacher = RemoteTeacher(llama.base_url, "tiny", timeout=30)
    teacher.load()
    # The strict GBNF beats the server's json_object+schema, whose grammar lets raw control
    # characters into strings (most of a weak model's replies then fail strict parsing).
    assert teacher.structured_output == "grammar"
    assert teacher._probe_mode("json_object_schema") is True
    assert teacher._probe_mode("json_schema") is False
    assert teacher.describe() == {"kind": "openai", "base_url": llama.base_url, "model": "tiny",
                                  "structured_output": "grammar"}
    teacher.close()


def test_thirty_replies_parse_strictly_and_keep_to_the_labels(llama):
    teacher = RemoteTeacher(llama.base_url, "tiny", api_key=CANARY, timeout=30)
    teacher.load()

    def one(seed: int):
        return teacher.generate(ASK, SCHEMA, 80 * 4 + 64, 0.9, seed)

    with ThreadPoolExecutor(teacher.max_concurrency) as pool:  # the client is shared by threads
        replies = list(pool.map(one, range(30)))
    for reply in replies:
        data = json.loads(reply.text)  # strict: raw control characters would fail here
        assert set(data) == {"text", "label"} and data["label"] in NAMES
        assert 1 <= len(data["text"]) <= 80
        assert reply.finish_reason == "stop" and reply.completion_tokens > 0
    assert CANARY not in json.dumps(teacher.describe()) and CANARY not in repr(teacher)
    teacher.close()


def test_cut_replies_say_length_and_logprobs_come_back(llama):
    teacher = RemoteTeacher(llama.base_url, "tiny", timeout=30)
    cut = teacher.generate(ASK, SCHEMA, 4, 0.9, 1)
    assert cut.finish_reason == "length"
    reply = teacher.generate(ASK, SCHEMA, 80 * 4 + 64, 0.9, 2, logprobs=True)
    assert reply.token_logprobs and all(isinstance(t, str) and lp <= 0
                                        for t, lp in reply.token_logprobs)
    assert "".join(t for t, _ in reply.token_logprobs).startswith("{")
    assert reply.top_logprobs and len(reply.top_logprobs) == len(reply.token_logprobs)
    teacher.close()


def test_a_missing_model_is_named_with_what_the_server_has(llama):
    with pytest.raises(TeacherError, match=r"no model called gemma-3-27b; it has: tiny"):
        RemoteTeacher(llama.base_url, "gemma-3-27b").load()
    only = RemoteTeacher(llama.base_url, "")  # one model on the server: it is the one
    only.load()
    assert only.model == "tiny"


def test_make_teacher_reads_the_key_by_name(llama, tmp_path, monkeypatch):
    from core.secrets import store_key

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    old = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        store_key("teacher:local", CANARY)
        teacher = make_teacher(TeacherConfig("openai", settings={
            "base_url": llama.base_url, "model": "tiny", "api_key_name": "teacher:local",
            "timeout": 30}))
        assert isinstance(teacher, RemoteTeacher) and teacher._key == CANARY
        assert CANARY not in repr(teacher) and CANARY not in str(teacher.describe())
        with pytest.raises(TeacherError, match="No API key called “elsewhere”"):
            make_teacher(TeacherConfig("openai", settings={
                "base_url": llama.base_url, "model": "tiny", "api_key_name": "elsewhere"}))
        with pytest.raises(TeacherError, match="must not"):
            make_teacher(TeacherConfig("openai", settings={
                "base_url": llama.base_url, "model": "tiny", "api_key": CANARY}))
    finally:
        keyring.set_keyring(old)


# ---- retries, timeouts and refusals (the fault server) ---------------------------------------
def test_retry_after_is_honoured(fault):
    teacher = fast(fault, backoff=0.01)
    teacher.load()
    fault.script("429")  # Retry-After: 1
    started = time.monotonic()
    reply = teacher.generate(ASK, SCHEMA, 100, 0.5, 1)
    assert time.monotonic() - started >= 0.9
    first, second = fault.chat_requests()
    assert second.time - first.time >= 0.9
    assert json.loads(reply.text)["label"] == "news"


def test_retry_after_can_be_an_http_date():
    now = time.time()
    date = email.utils.formatdate(now + 5, usegmt=True)
    assert 3.9 <= retry_after_seconds({"retry-after": date}, now=now) <= 5.1
    assert retry_after_seconds({"retry-after": "2"}) == 2.0
    assert retry_after_seconds({"retry-after-ms": "250"}) == 0.25
    assert retry_after_seconds({"retry-after": "soon"}) is None
    assert retry_after_seconds({}) is None
    past = email.utils.formatdate(now - 60, usegmt=True)
    assert retry_after_seconds({"retry-after": past}, now=now) == 0.0


def test_server_errors_and_broken_replies_are_retried_then_succeed(fault):
    teacher = fast(fault)
    teacher.load()
    fault.script("500", "503", "truncated", "bad_json", ("status", 502, {}, {"error": "gateway"}))
    reply = teacher.generate(ASK, SCHEMA, 100, 0.5, 1)
    assert json.loads(reply.text) == {"text": "habari ya leo", "label": "news"}
    assert len(fault.chat_requests()) == 6


def test_a_hung_server_raises_after_the_timeout(fault):
    teacher = fast(fault, timeout=1.0, max_retries=0)
    teacher.load()
    fault.script("hang")
    started = time.monotonic()
    with pytest.raises(TeacherError, match="did not answer within 1 s") as e:
        teacher.generate(ASK, SCHEMA, 100, 0.5, 1)
    assert 0.9 <= time.monotonic() - started < 2.5
    assert_no_canary(e.value)


def test_persistent_500_gives_up_after_max_retries(fault):
    teacher = fast(fault, api_key=CANARY, max_retries=2)
    teacher.load()
    fault.script("500", "500", "500", "500")
    with pytest.raises(TeacherError, match=r"failed \(HTTP 500\).*Gave up after 2 retries") as e:
        teacher.generate(ASK, SCHEMA, 100, 0.5, 1)
    assert len(fault.chat_requests()) == 3
    assert "[key hidden]" in str(e.value)  # the server echoed the key; we scrubbed it
    assert_no_canary(e.value)


@pytest.mark.parametrize("status, words", [
    (400, "refused the request \\(HTTP 400\\): bad thing"),
    (403, "refused access \\(403\\)"),
    (404, "has no model called fault-model"),
])
def test_client_errors_are_not_retried(fault, status, words):
    teacher = fast(fault)
    teacher.load()
    message = "bad thing" if status != 404 else "The model fault-model does not exist"
    fault.script(("status", status, {}, {"error": {"message": message}}))
    with pytest.raises(TeacherError, match=words):
        teacher.generate(ASK, SCHEMA, 100, 0.5, 1)
    assert len(fault.chat_requests()) == 1


def test_a_refused_key_is_mentioned_but_never_shown(caplog):
    caplog.set_level(logging.DEBUG)
    with FaultServer(api_key="sk-the-right-one") as server:
        teacher = fast(server, api_key=CANARY)
        with pytest.raises(TeacherError, match=r"refused the API key \(401\): check the key") as e:
            teacher.load()
        assert len(server.requests) == 1  # not retried
        assert_no_canary(e.value)
        assert CANARY not in repr(teacher) and CANARY not in str(teacher.describe())
    with FaultServer(api_key=CANARY) as server:  # right key, then a 401 mid-run
        teacher = fast(server, api_key=CANARY)
        teacher.load()
        server.script("401")
        with pytest.raises(TeacherError, match="API key") as e:
            teacher.generate(ASK, SCHEMA, 100, 0.5, 1)
        assert_no_canary(e.value)
        assert server.requests[0].headers["authorization"] == f"Bearer {CANARY}"
    with pytest.raises(TeacherError, match="Cannot reach") as e:  # nothing listens there
        RemoteTeacher(f"http://127.0.0.1:{free_port()}/v1", "m", api_key=CANARY,
                      max_retries=0).load()
    assert_no_canary(e.value)
    assert caplog.records, "httpx logs at DEBUG; none of it may hold the key"
    for record in caplog.records:
        assert CANARY not in record.getMessage() and CANARY not in str(record.args)


def test_a_long_retry_after_gives_up_at_once_and_close_stops_a_wait(fault):
    teacher = fast(fault)
    teacher.load()
    fault.script(("status", 429, {"Retry-After": "3600"}, {}))
    with pytest.raises(TeacherError, match="asks to wait 3600 s"):
        teacher.generate(ASK, SCHEMA, 100, 0.5, 1)
    fault.script(("status", 503, {"Retry-After": "30"}, {}))
    outcome: list[BaseException] = []

    def run() -> None:
        try:
            teacher.generate(ASK, SCHEMA, 100, 0.5, 1)
        except BaseException as e:  # noqa: BLE001 - handed to the test thread
            outcome.append(e)

    worker = threading.Thread(target=run)
    started = time.monotonic()
    worker.start()
    time.sleep(0.3)
    teacher.close()
    worker.join(5)
    assert time.monotonic() - started < 3 and isinstance(outcome[0], Cancelled)


def test_replies_are_passed_on_untouched_for_the_caller_to_judge(fault):
    """Checking labels, scripts and cut replies is generation's job; the teacher hides nothing."""
    teacher = fast(fault)
    teacher.load()
    outside = '{"text": "Habari za siasa", "label": "politics"}'
    cyrillic = '{"text": "Привет, как дела?", "label": "sports"}'
    fault.script(("content", outside), ("content", cyrillic), "length")
    assert teacher.generate(ASK, SCHEMA, 100, 0.5, 1).text == outside
    assert teacher.generate(ASK, SCHEMA, 100, 0.5, 2).text == cyrillic
    cut = teacher.generate(ASK, SCHEMA, 100, 0.5, 3)
    assert cut.finish_reason == "length" and cut.text == '{"text": "habari ya leo na kesho na'


def test_a_reasoning_models_thinking_is_left_out_of_the_answer(fault):
    """Qwen3 (in the catalogue) and other reasoning models may put <think>…</think> before the
    JSON when a server passes it through; the answer is what follows it."""
    teacher = fast(fault)
    teacher.load()
    answer = '{"text": "Timu yetu imeshinda", "label": "sports"}'
    fault.script(("content", f"<think>\nThe user wants Swahili.\n</think>\n\n{answer}"),
                 ("content", "<think>still thinking when the tokens ran out", "length"),
                 ("content", f"{answer} <think>not a prefix</think>"))
    assert teacher.generate(ASK, SCHEMA, 100, 0.5, 1).text == answer
    cut = teacher.generate(ASK, SCHEMA, 100, 0.5, 2)
    assert cut.finish_reason == "length" and cut.text.startswith("<think>")
    assert teacher.generate(ASK, SCHEMA, 100, 0.5, 3).text.endswith("</think>")


def test_logprobs_when_given_and_a_plain_reply_when_refused():
    with FaultServer() as server:
        reply = fast(server).generate(ASK, SCHEMA, 100, 0.5, 1, logprobs=True)
        assert reply.token_logprobs[0] == ("{", -0.25) and reply.top_logprobs[0]["x"] == -2.0
    with FaultServer(logprobs=False) as server:
        teacher = fast(server)
        teacher.load()
        server.script()
        assert teacher.generate(ASK, SCHEMA, 100, 0.5, 1, logprobs=True).token_logprobs is None
        teacher.generate(ASK, SCHEMA, 100, 0.5, 1, logprobs=True)
        assert ["logprobs" in r.body for r in server.chat_requests()] == [True, False, False]


# ---- probing other kinds of server -----------------------------------------------------------
@pytest.mark.parametrize("supports, unsupported, mode", [
    (("json_schema",), "reject", "json_schema"),
    (("json_object_schema",), "reject", "json_object_schema"),
    (("guided_json",), "ignore", "guided_json"),
    (("json_object",), "ignore", "json_object"),
    ((), "ignore", "none"),
])
def test_probe_keeps_the_strongest_mode_the_server_enforces(supports, unsupported, mode):
    with FaultServer(supports=supports, unsupported=unsupported) as server:
        teacher = fast(server)
        teacher.load()
        assert teacher.structured_output == mode
        server.script()
        teacher.generate(ASK, SCHEMA, 100, 0.5, 1)
        [request] = server.chat_requests()
        asks = request.body["messages"][-1]["content"]
        # Where the server cannot enforce the schema, the prompt states it.
        assert ('"enum": ["news", "sports", "health"]' in asks) == (mode in ("json_object", "none"))


def test_strict_json_schema_servers_get_a_schema_they_accept():
    with FaultServer(strict_keywords=True) as server:
        teacher = fast(server)
        teacher.load()
        assert teacher.structured_output == "json_schema"
        server.script()
        reply = teacher.generate(ASK, SCHEMA, 100, 0.5, 1)
        sent = server.chat_requests()[0].body["response_format"]["json_schema"]
        assert sent["schema"] == portable_schema(SCHEMA) and "maxLength" not in json.dumps(sent)
        assert json.loads(reply.text)["label"] == "news"


def test_ollama_gets_its_schema_through_its_own_chat_api():
    with FaultServer(ollama=True, supports=(), unsupported="ignore",
                     models=("llama3.2:latest",)) as server:
        teacher = RemoteTeacher(server.url, "llama3.2", timeout=5)  # no /v1: found by itself
        teacher.load()
        assert teacher.base_url == server.base_url and teacher.model == "llama3.2:latest"
        assert teacher.structured_output == "ollama_format"
        server.script()
        reply = teacher.generate(ASK, SCHEMA, 100, 0.5, 7)
        [request] = server.chat_requests()
        assert request.path == "/api/chat" and request.body["format"] == SCHEMA
        assert request.body["options"] == {"temperature": 0.5, "num_predict": 100, "seed": 7}
        assert json.loads(reply.text) == {"text": "habari ya leo", "label": "news"}


def test_addresses_are_tidied_and_credentials_never_shown():
    assert normalise_base_url("localhost:1234/v1/chat/completions/") == "http://localhost:1234/v1"
    assert normalise_base_url("api.example.org/v1") == "https://api.example.org/v1"
    assert public_url("https://user:pw@api.example.org/v1?key=abc") == "https://api.example.org/v1"
    assert parse_logprobs({"tokens": ["a", "b"], "token_logprobs": [-1.0, -2.0],
                           "top_logprobs": [{"a": -1.0}, {"b": -2.0}]})[0] == [("a", -1.0), ("b", -2.0)]
    assert parse_logprobs("nonsense") == (None, None)


# ---- discovery and "test connection" ---------------------------------------------------------
def test_discovery_finds_the_servers_on_this_computer(llama):
    nothing = free_port()
    with FaultServer(owned_by="vllm", models=("Qwen/Qwen2.5-7B-Instruct",)) as vllm, \
            FaultServer(ollama=True, models=("gemma3:27b", "aya-expanse:32b")) as ollama, \
            FaultServer(api_key=CANARY) as locked:
        started = time.monotonic()
        found = discover(ports={"llamacpp": llama.port, "vllm": vllm.port, "ollama": ollama.port,
                                "lmstudio": nothing, "openai": locked.port})
        assert time.monotonic() - started < 2
    by_kind = {f.kind: f for f in found}
    assert set(by_kind) == {"llamacpp", "vllm", "ollama", "openai"}
    assert by_kind["llamacpp"].models == ["tiny"] and by_kind["llamacpp"].base_url == llama.base_url
    assert by_kind["vllm"].models == ["Qwen/Qwen2.5-7B-Instruct"] and by_kind["vllm"].name == "vLLM"
    assert by_kind["ollama"].models == ["gemma3:27b", "aya-expanse:32b"]
    assert by_kind["ollama"].base_url == f"http://127.0.0.1:{ollama.port}/v1"
    assert by_kind["openai"].needs_key and by_kind["openai"].models == []
    assert discover(ports={}) == []


def test_connection_report_in_words(llama):
    good = connection.test_connection(llama.base_url, "tiny")
    assert good.ok and good.structured_output == "grammar"
    text = "\n".join(good.lines)
    assert "answers" in text and "tiny" in text and "llama.cpp grammar" in text

    missing = connection.test_connection(llama.base_url, "gemma3")
    assert not missing.ok and missing.model_found is False and missing.models == ["tiny"]
    assert "no model called gemma3; it has: tiny" in "\n".join(missing.lines)

    down = connection.test_connection(f"http://127.0.0.1:{free_port()}/v1", "tiny", CANARY,
                                      timeout=2)
    assert not down.reachable and "Cannot reach" in down.lines[0]

    with FaultServer(api_key="sk-the-right-one") as server:
        refused = connection.test_connection(server.base_url, "fault-model", CANARY)
    assert refused.reachable and refused.authenticated is False
    assert "API key" in refused.lines[0] and CANARY not in "\n".join(refused.lines)

    with FaultServer(supports=(), unsupported="ignore") as server:
        weak = connection.test_connection(server.base_url, "fault-model")
    assert weak.ok and weak.weak and weak.structured_output == "none"
    assert ("No structured output support: replies will be checked but many may be discarded."
            in weak.lines)

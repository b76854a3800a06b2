"""Remote teachers, strategies, annotation, estimates and resume through the `shule` command,
against a real llama.cpp server on 127.0.0.1 (the tiny random-weight GGUF)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fixtures.llama_server import llama_server

REPO = Path(__file__).resolve().parents[1]
SHULE = Path(sys.executable).with_name("shule")
CANARY = "sk-canary-5c1b7e0d9a"
LABELS = ["--label", "sports=Games, teams and athletes", "--label", "health=Illness, clinics and care"]


@pytest.fixture(scope="module")
def server(tiny_gguf, tmp_path_factory):
    with llama_server(tiny_gguf, tmp_path_factory.mktemp("srv") / "log.txt", api_key=CANARY) as s:
        yield s


@pytest.fixture
def env(tmp_path):
    # A machine without a keyring: keys go to a user-only file, with a warning.
    return {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"), "SHULE_TEST_KEY": CANARY,
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


def run(env, *args, ok=True):
    done = subprocess.run([str(SHULE), *map(str, args)], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=300)
    assert (done.returncode == 0) == ok, done.stderr
    return done


def test_remote_teacher_generation_and_annotation(server, env, tmp_path):
    project = tmp_path / "remote.shule"
    run(env, "new", project, "--language", "sw", *LABELS)
    missing = run(env, "teacher", project, "--url", server.base_url, "--model", "no-such-model",
                  "--api-key-env", "SHULE_TEST_KEY", ok=False).stderr
    assert "no-such-model" in missing and CANARY not in missing
    out = run(env, "teacher", project, "--url", server.base_url, "--model", server.model,
              "--api-key-env", "SHULE_TEST_KEY", "--concurrency", 2).stdout
    assert "answers" in out and CANARY not in out
    assert "No system keyring is available" in out and "only your user account" in out
    key_file = tmp_path / "config" / "shule" / "keys.json"
    assert key_file.stat().st_mode & 0o077 == 0

    guess = json.loads(run(env, "generate", project, "--per-label", 3, "--max-chars", 60,
                           "--estimate-only", "--price-per-million", 2.0, "--json").stdout)
    assert guess["requests"] >= 6 and guess["seconds"] > 0 and guess["cost"] >= 0
    assert json.loads(run(env, "status", project, "--json").stdout)["totals"]["pending"] == 0

    result = json.loads(run(env, "generate", project, "--per-label", 3, "--max-chars", 60,
                            "--json").stdout)
    status = json.loads(run(env, "status", project, "--json").stdout)
    assert status["totals"]["pending"] == sum(result["added"].values()) > 0
    assert status["discards"] == result["discarded"]
    shown = json.loads(run(env, "discards", project, "--json").stdout)
    assert len(shown) == sum(result["discarded"].values())
    assert all(d["reason"] in result["discarded"] and d["detail"] for d in shown)
    samples = json.loads(run(env, "review", project, "--list", "--json").stdout)
    assert {s["provenance"]["teacher"]["kind"] for s in samples} == {"openai"}

    texts = tmp_path / "field.csv"
    texts.write_text("id,message\n1,Timu imeshinda\n2,\"Kliniki\nmpya\"\n", encoding="utf-8")
    out = run(env, "annotate", project, "--input", texts, "--text-col", "message", "--json").stdout
    assert sum(json.loads(out)["added"].values()) == 2
    annotated = json.loads(run(env, "review", project, "--list", "--json").stdout)
    assert {s["text"] for s in annotated if s["source"] == "annotated"} == {
        "Timu imeshinda", "Kliniki\nmpya"}

    for path in tmp_path.rglob("*"):  # the key is in the key file and nowhere else
        if path.is_file() and path != key_file:
            assert CANARY.encode() not in path.read_bytes(), path


def test_strategies_and_resume_from_the_command_line(tiny_gguf, env, tmp_path):
    project = tmp_path / "s.shule"
    run(env, "new", project, "--language", "sw", *LABELS)
    run(env, "teacher", project, "--gguf", tiny_gguf)
    err = run(env, "generate", project, "--per-label", 2, "--strategy", "few-shot", ok=False).stderr
    assert "real examples" in err
    examples = tmp_path / "examples.tsv"
    examples.write_text("text\tlabel\nTimu yetu imeshinda leo\tsports\nNimeenda kliniki\thealth\n",
                        encoding="utf-8")
    assert "Imported 2 samples" in run(env, "import", project, examples).stdout
    out = json.loads(run(env, "generate", project, "--per-label", 2, "--strategy", "few-shot",
                         "--max-chars", 60, "--json").stdout)
    assert out["attempts"] >= sum(out["added"].values())

    err = run(env, "generate", project, "--per-label", 2, "--strategy", "diverse", ok=False).stderr
    assert "topics and styles" in err
    run(env, "attributes", project, "--set", "topics=market;rain", "--set", "styles=SMS;question")
    shown = json.loads(run(env, "attributes", project, "--json").stdout)
    assert shown == {"topics": ["market", "rain"], "styles": ["SMS", "question"]}
    run(env, "generate", project, "--per-label", 2, "--strategy", "diverse", "--max-chars", 60)

    assert "no interrupted" in run(env, "generate", project, "--resume", ok=False).stderr

"""The whole chain through the `shule` command, as a script would drive it, on tiny real models."""

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHULE = Path(sys.executable).with_name("shule")
LABELS = ["--label", "sports=Games, teams and athletes", "--label", "health=Illness, clinics and care"]


def shule(*args, ok=True, pre: str = ""):
    """Run the `shule` entry point; ``pre`` is Python run first (to block imports)."""
    cmd = ([sys.executable, "-c", pre + "import sys; from app.launch import main; sys.exit(main())"]
           if pre else [str(SHULE)])
    done = subprocess.run(cmd + [str(a) for a in args], cwd=REPO, capture_output=True,
                          text=True, timeout=300)
    if ok:
        assert done.returncode == 0, done.stderr
    else:
        assert done.returncode != 0
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("shule: "), done.stderr
    return done


def shule_json(*args):
    return json.loads(shule(*args, "--json").stdout)


@pytest.mark.slow
def test_full_chain_from_the_command_line(tmp_path, tiny_gguf):
    from tests.fixtures.tiny_bert import make_tiny_base

    project = tmp_path / "demo.shule"
    created = shule_json("new", project, "--language", "Swahili", *LABELS, "--task", "Sort SMS")
    assert created["language"]["code"] == "sw" and len(created["labels"]) == 2
    assert shule_json("teacher", project, "--gguf", tiny_gguf)["path"] == str(tiny_gguf)

    result = shule_json("generate", project, "--per-label", 8, "--seed", 1, "--max-chars", 60)
    added = sum(result["added"].values())
    assert added > 4 and result["attempts"] == added + sum(result["discarded"].values())

    listed = shule_json("review", project, "--list", "--status", "pending")
    assert len(listed) == added and {s["label"] for s in listed} <= {"sports", "health"}
    rejected = listed[0]["id"]
    shule("review", project, "--reject", rejected, "--reason", "Wrong language")
    [row] = [s for s in shule_json("review", project, "--list", "--status", "rejected")]
    assert row["reject_reason"] == "wrong_language"  # the code the app and its notes count
    out = shule("review", project, "--accept-all-pending").stdout
    assert f"Accepted {added - 1} pending samples" in out

    assert "Undid “accepted” on" in shule("review", project, "--undo").stdout
    assert shule_json("status", project)["totals"]["pending"] == added - 1
    assert "Redid “accepted”" in shule("review", project, "--redo").stdout
    assert shule("review", project, "--redo").stdout.strip() == "Nothing to redo."
    status = shule_json("status", project)
    assert status["totals"] == {"pending": 0, "accepted": added - 1, "rejected": 1}
    assert status["discards"] == result["discarded"]

    base = make_tiny_base(tmp_path / "base", [s["text"] for s in listed])
    model_id = shule("train", project, "--base", base, "--epochs", 3, "--lr", "1e-3").stdout.strip()
    assert model_id and shule_json("status", project)["models"][0]["id"] == model_id

    report = shule_json("evaluate", project)
    assert report["on"] == "held-out" and 0 <= report["macro_f1"] <= 1 and 0 <= report["accuracy"] <= 1

    bundle = tmp_path / "bundle"
    summary = shule("export", project, "--out", bundle, "--zip", tmp_path / "bundle.zip").stdout
    assert {"model.onnx", "model.int8.onnx", "tokenizer.json", "labels.json", "manifest.json",
            "MODEL_CARD.md", "predict.py"} <= {p.name for p in bundle.iterdir()}
    assert "Recommended: " in summary and "predict.py" in summary
    with zipfile.ZipFile(tmp_path / "bundle.zip") as archive:
        assert sorted(archive.namelist()) == sorted(f"bundle/{p.name}" for p in bundle.iterdir())

    # predict needs only onnxruntime, tokenizers and numpy: torch and transformers are blocked.
    block = ("import sys\nclass B:\n def find_spec(self, n, p=None, t=None):\n"
             "  if n.split('.')[0] in ('torch', 'transformers', 'optimum'): raise ImportError(n)\n"
             "sys.meta_path.insert(0, B())\n")
    lines = shule("predict", bundle, "Timu imeshinda", "Kliniki mpya", pre=block).stdout.splitlines()
    assert len(lines) == 2
    for line in lines:
        row = json.loads(line)
        assert row["label"] in ("sports", "health")
        assert set(row["scores"]) == {"sports", "health"}
        assert abs(sum(row["scores"].values()) - 1) < 1e-5
        assert row["label"] == max(row["scores"], key=row["scores"].get)
    texts = tmp_path / "texts.txt"
    texts.write_text("Timu imeshinda\n\nKliniki mpya\nMvua\n", encoding="utf-8")
    from_shule = shule("predict", bundle, "--input", texts, "--batch", 2, pre=block).stdout
    assert len(from_shule.splitlines()) == 3
    # The bundle's own predict.py, run from a copy of the bundle alone, prints the very same lines.
    copy = shutil.copytree(bundle, tmp_path / "elsewhere" / "bundle")
    # Shule itself is blocked too: the copy must stand alone.
    alone_block = block.replace("'optimum')", "'optimum', 'core', 'app')")
    alone = subprocess.run([sys.executable, "-c", alone_block + "import runpy, sys; sys.argv = sys.argv[1:];"
                            " runpy.run_path(sys.argv[0], run_name='__main__')",
                            str(copy / "predict.py"), "--input", str(texts), "--batch", "2"],
                           cwd=tmp_path, capture_output=True, text=True, timeout=120,
                           env={**os.environ, "PYTHONPATH": ""})
    assert alone.returncode == 0, alone.stderr
    assert alone.stdout == from_shule


def test_bad_input_gives_one_line_and_writes_nothing(tmp_path):
    p = tmp_path / "p.shule"
    shule("new", p, "--language", "Klingonish", *LABELS, ok=False)
    shule("new", p, "--language", "sw", "--label", "a=x", ok=False)
    shule("new", p, "--language", "sw", "--label", "a=x", "--label", "A=y", ok=False)
    assert not p.exists() and list(tmp_path.iterdir()) == []

    shule("new", p, "--language", "sw", *LABELS)
    before = p.read_bytes()
    err = shule("teacher", p, "--gguf", tmp_path / "none.gguf", ok=False).stderr
    assert "There is no model file" in err
    fake = tmp_path / "fake.gguf"
    fake.write_text("not a model")
    assert "not a GGUF model file" in shule("teacher", p, "--gguf", fake, ok=False).stderr
    assert shule_json("status", p)["teacher"] is None
    shule("new", p, "--language", "sw", *LABELS, ok=False)  # exists: never overwritten
    assert p.read_bytes() == before

    stranger = tmp_path / "stranger.shule"
    stranger.write_text("just text")
    assert "is not a Shule project" in shule("status", stranger, ok=False).stderr
    assert "Choose a teacher" in shule("generate", p, "--per-label", 1, ok=False).stderr
    empty_base = tmp_path / "empty-base"
    empty_base.mkdir()
    shule("train", p, "--base", empty_base, ok=False)
    shule("predict", tmp_path, "hello", ok=False)


def test_no_display_gives_one_line_instead_of_a_qt_trace():
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run([str(SHULE)], cwd=REPO, capture_output=True, text=True, env=env,
                          timeout=60)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "no graphical display" in lines[0] and "xvfb-run" in lines[0]

"""What this computer offers, in plain lines: CPU, memory, GPUs (from nvidia-smi), free disk.

Runs on the machine the tests run on (no GPU, no nvidia-smi); a fake nvidia-smi put first on
PATH (a real executable printing what the real one prints) stands for a GPU machine.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from core.hardware import Gpu, Hardware, describe, detect, nvidia_gpus, parse_nvidia_smi

needs_posix = pytest.mark.skipif(os.name == "nt", reason="the fake nvidia-smi is a shell script")


def fake_nvidia_smi(folder: Path, output: str, monkeypatch: pytest.MonkeyPatch, status: int = 0) -> None:
    script = folder / "nvidia-smi"
    script.write_text(f"#!/bin/sh\nprintf '{output}'\nexit {status}\n")
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ.get('PATH', '')}")


def test_detect_on_this_computer(tmp_path):
    hw = detect(tmp_path / "not" / "made" / "yet")

    assert hw.cores >= 1 and hw.ram_bytes > 0 and hw.free_disk_bytes > 0
    assert Path(hw.disk_path) == tmp_path  # the nearest folder that exists
    if not any((Path(p) / "nvidia-smi").exists() for p in os.environ.get("PATH", "").split(os.pathsep)):
        assert hw.gpus == []
    lines = describe(hw)
    assert lines[0].startswith(f"CPU: {hw.cores} core") and lines[1].startswith("Memory: ")
    assert any(line.startswith("GPU: ") for line in lines) and lines[-1].startswith("Free disk: ")
    assert lines[-1].endswith(f"in {tmp_path}")


def test_describe_says_it_in_words():
    hw = Hardware(cores=2, cpu_flags=["avx", "avx2", "fma"], ram_bytes=24 << 30, gpus=[],
                  free_disk_bytes=53 << 30, disk_path="/home/x")
    assert describe(hw) == ["CPU: 2 cores, with AVX2 (no AVX-512)", "Memory: 24 GB",
                            "GPU: none found (NVIDIA GPUs are detected with nvidia-smi)",
                            "Free disk: 53 GB in /home/x"]
    hw.gpus = [Gpu("NVIDIA H200", 143771 << 20)]
    hw.cpu_flags = ["avx2", "avx512f"]
    assert describe(hw)[0] == "CPU: 2 cores, with AVX2 and AVX-512"
    assert describe(hw)[2] == "GPU: NVIDIA H200, 140 GB"


@needs_posix
def test_a_gpu_is_read_from_nvidia_smi(tmp_path, monkeypatch):
    fake_nvidia_smi(tmp_path, "NVIDIA H200, 143771\\n", monkeypatch)

    hw = detect(tmp_path)

    assert hw.gpus == [Gpu("NVIDIA H200", 143771 * 1024 * 1024)]


@needs_posix
def test_a_failing_nvidia_smi_means_no_gpu(tmp_path, monkeypatch):
    fake_nvidia_smi(tmp_path, "NVIDIA-SMI has failed because it could not communicate with the driver\\n",
                    monkeypatch, status=9)
    assert nvidia_gpus() == []


def test_nvidia_smi_output_with_two_gpus_and_noise():
    text = "NVIDIA GeForce RTX 4090, 24564\nTesla T4, 15360\n\ngarbage line\n"
    assert parse_nvidia_smi(text) == [Gpu("NVIDIA GeForce RTX 4090", 24564 << 20), Gpu("Tesla T4", 15360 << 20)]


def test_shule_hardware_prints_lines_and_json(tmp_path):
    env = {**os.environ, "SHULE_MODELS_DIR": str(tmp_path / "models")}
    root = Path(__file__).resolve().parent.parent
    run = [sys.executable, "-m", "core.cli", "hardware"]

    text = subprocess.run(run, capture_output=True, text=True, env=env, cwd=root, timeout=60)
    data = subprocess.run([*run, "--json"], capture_output=True, text=True, env=env, cwd=root, timeout=60)

    assert text.returncode == 0 and text.stdout.startswith("CPU: ")
    assert data.returncode == 0, data.stderr
    hw = json.loads(data.stdout)
    assert hw["cores"] >= 1 and hw["ram_bytes"] > 0 and hw["disk_path"] == str(tmp_path)
    assert hw["lines"][:-1] == text.stdout.splitlines()[:-1]  # free space may move between the two runs

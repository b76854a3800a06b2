"""The list of teacher models a user picks from, and whether each suits their computer.

The real resources/teachers.json must load and be well formed; ``fit`` must say "good" when a GPU
holds the model, "slow" when only memory does, and "too_big" (with the numbers) otherwise or when
the disk is short. Also here: where Shule keeps things (core.paths) and the user's settings file
(core.settings), which never crashes on a damaged file.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from core import settings
from core.catalogue import TeacherEntry, download_url, find_teacher, fit, local_path, teachers
from core.errors import ShuleError
from core.hardware import GB, Gpu, Hardware
from core.paths import config_dir, data_dir, models_dir


@pytest.fixture(autouse=True)
def private_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("SHULE_MODELS_DIR", str(tmp_path / "models"))
    monkeypatch.delenv("SHULE_CATALOGUE", raising=False)


def small() -> TeacherEntry:
    return next(e for e in teachers() if e.id == "qwen3-4b-q4_k_m")


def machine(ram_gb: float, *gpu_gb: float, disk_gb: float = 500) -> Hardware:
    return Hardware(cores=4, cpu_flags=["avx2"], ram_bytes=int(ram_gb * GB),
                    gpus=[Gpu(f"GPU {i}", int(g * GB)) for i, g in enumerate(gpu_gb)],
                    free_disk_bytes=int(disk_gb * GB), disk_path="/home/teacher")


def test_the_shipped_catalogue_loads_and_is_well_formed():
    entries = teachers()
    assert len(entries) >= 3
    assert len({e.id for e in entries}) == len(entries)
    for e in entries:
        assert e.card_url.startswith("https://"), e.id
        assert re.fullmatch(r"[\w.-]+/[\w.-]+", e.repo), e.id
        assert e.file.endswith(".gguf") and e.ram_gb > 0 and e.vram_gb > 0, e.id
        assert e.sha256 is None or re.fullmatch(r"[0-9a-f]{64}", e.sha256), e.id
        assert e.size_bytes is None or e.size_bytes > 0, e.id
        assert isinstance(e.languages, tuple) and isinstance(e.commercial_use, bool)
    assert find_teacher(entries[0].id) == entries[0]


def test_an_unknown_id_is_said_in_words():
    with pytest.raises(ShuleError, match="no teacher model called nope.*qwen3-4b-q4_k_m"):
        find_teacher("nope")


def test_a_gpu_big_enough_is_good():
    verdict = fit(small(), machine(8, small().vram_gb + 1))
    assert verdict.level == "good" and "GPU 0" in verdict.reason


def test_no_gpu_but_enough_memory_is_slow():
    verdict = fit(small(), machine(16))
    assert verdict.level == "slow" and "CPU" in verdict.reason and "no NVIDIA GPU" in verdict.reason
    assert fit(small(), machine(16, 1)).level == "slow"  # a GPU too small for it does not help


def test_too_little_memory_is_too_big_with_the_numbers():
    verdict = fit(small(), machine(2))
    assert verdict.level == "too_big"
    assert "needs 4 GB of memory" in verdict.reason and "has 2 GB" in verdict.reason


def test_too_little_disk_is_too_big():
    verdict = fit(small(), machine(16, disk_gb=1))
    assert verdict.level == "too_big" and "free disk space" in verdict.reason and "/home/teacher" in verdict.reason
    unknown_size = replace(small(), size_bytes=None)
    assert fit(unknown_size, machine(16, disk_gb=1)).level == "too_big"  # estimated from ram_gb
    assert fit(unknown_size, machine(16, disk_gb=20)).level == "slow"


def test_a_downloaded_model_needs_no_disk():
    path = local_path(small())
    path.parent.mkdir(parents=True)
    path.write_bytes(b"GGUF")
    assert fit(small(), machine(16, disk_gb=0)).level == "slow"


@pytest.mark.parametrize("text, words", [
    ("not json", "not readable JSON"),
    ('{"teachers": {}}', "no list of teachers"),
    ('{"teachers": [{"id": "x"}]}', "entry 1"),
])
def test_a_malformed_catalogue_is_said_in_words(tmp_path, text, words):
    path = tmp_path / "teachers.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ShuleError, match=re.escape(words)):
        teachers(path)


def test_a_catalogue_entry_may_not_write_outside_the_models_folder(tmp_path, monkeypatch):
    raw = json.loads(Path(__file__).resolve().parent.parent.joinpath("resources", "teachers.json").read_text())
    raw["teachers"][0]["file"] = "../../.bashrc.gguf"
    path = tmp_path / "teachers.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    monkeypatch.setenv("SHULE_CATALOGUE", str(path))
    with pytest.raises(ShuleError, match="is not a .gguf file inside the repo"):
        teachers()
    with pytest.raises(ShuleError, match="missing"):
        teachers(tmp_path / "absent.json")


def test_download_url_and_local_path_read_the_environment_when_called(tmp_path, monkeypatch):
    entry = small()
    monkeypatch.delenv("HF_ENDPOINT", raising=False)
    assert download_url(entry) == f"https://huggingface.co/{entry.repo}/resolve/{entry.revision}/{entry.file}"
    monkeypatch.setenv("HF_ENDPOINT", "https://mirror.example.org/")
    assert download_url(entry).startswith(f"https://mirror.example.org/{entry.repo}/resolve/")
    assert local_path(entry) == tmp_path / "models" / entry.file


# ---- where things are kept, and the settings --------------------------------------------------

def test_folders_follow_the_environment(tmp_path, monkeypatch):
    assert config_dir() == tmp_path / "config" / "shule"
    assert data_dir() == tmp_path / "data" / "shule"
    assert models_dir() == tmp_path / "models"
    monkeypatch.delenv("SHULE_MODELS_DIR")
    assert models_dir() == tmp_path / "data" / "shule" / "models"
    assert not (tmp_path / "data").exists()  # asking creates nothing


def test_settings_round_trip(tmp_path):
    assert settings.load() == {} and settings.get("first_run_done", False) is False
    settings.save({"interface_language": "en"})
    merged = settings.update(first_run_done=True, default_teacher={"kind": "gguf", "path": "/m/x.gguf"})
    assert merged == settings.load() == {"interface_language": "en", "first_run_done": True,
                                         "default_teacher": {"kind": "gguf", "path": "/m/x.gguf"}}
    assert settings.get("first_run_done") is True
    assert [p.name for p in (tmp_path / "config" / "shule").iterdir()] == ["settings.json"]


def test_a_damaged_settings_file_is_set_aside_not_fatal(tmp_path):
    folder = tmp_path / "config" / "shule"
    folder.mkdir(parents=True)
    (folder / "settings.json").write_text("{ half written", encoding="utf-8")

    assert settings.load() == {}

    assert (folder / "settings.json.damaged").read_text(encoding="utf-8") == "{ half written"
    assert settings.update(first_run_done=True) == {"first_run_done": True}

"""The rules the architecture rests on: core runs headless, the GUI never loads torch."""

import pkgutil
import subprocess
import sys
from pathlib import Path

import core

REPO = Path(__file__).resolve().parents[1]
CHILD_ONLY = {"core.student", "core.export_job"}  # run inside core.worker's child process only

BLOCK = """
import sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {blocked!r}:
            raise ImportError("blocked by the test: " + name)
sys.meta_path.insert(0, Block())
"""


def _core_modules() -> list[str]:
    return sorted(m.name for m in pkgutil.walk_packages(core.__path__, "core."))


def _run(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)


def test_every_core_module_imports_without_qt():
    modules = _core_modules()
    assert "core.project" in modules and "core.cli" in modules
    code = BLOCK.format(blocked={"PySide6", "app"}) + "".join(f"import {m}\n" for m in modules)
    done = _run(code)
    assert done.returncode == 0, done.stderr


def test_parent_side_core_never_imports_torch():
    modules = [m for m in _core_modules() if m not in CHILD_ONLY]
    code = BLOCK.format(blocked={"torch", "transformers", "optimum"}) + "".join(
        f"import {m}\n" for m in modules)
    done = _run(code)
    assert done.returncode == 0, done.stderr


def test_prompt_text_lives_in_template_files():
    from core.prompts import PROMPTS, load_template
    from core.strategies import Diverse, FewShot, Strategy

    for name in (Strategy.template, FewShot.template, Diverse.template, "annotate", "self_check",
                 "propose_attributes"):
        template = load_template(name)
        assert (PROMPTS / f"{name}.user.jinja").is_file() and template.version >= 1
    for module in ("generation.py", "strategies.py", "annotation.py"):
        source = (REPO / "core" / module).read_text()
        assert "native speaker" not in source and "You are" not in source

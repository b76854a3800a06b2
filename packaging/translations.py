"""The interface translations: ``make translations`` (update, then compile).

``python packaging/translations.py update`` brings resources/translations/shule_<code>.ts in step
with the sources: app/'s ``tr()`` strings (by PySide6's lupdate), the strings app/ passes to its
module-level ``_tr`` helpers, and the templates core makes with ``user_text("…")`` (these two
found here with ast and handed to lupdate as QT_TRANSLATE_NOOP lines). Finished
translations are kept; new strings arrive unfinished; strings gone from the code are dropped.

``python packaging/translations.py compile OUT`` writes shule_<code>.qm for each .ts into OUT with
PySide6's lrelease (the package build does this; from a checkout the app reads the .ts directly).
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TRANSLATIONS = REPO / "resources" / "translations"
LANGUAGES = ("fr", "sw", "es", "pt", "ar")  # drafted for the first release; any code works
CORE_CONTEXT = "core"  # core.user_text.CONTEXT (this tool does not import the app)


def _tool(name: str) -> str:
    """PySide6's command-line tool beside this Python, else on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.is_file() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} was not found: install PySide6 (make setup)")
    return found


def core_templates(root: Path = REPO / "core") -> tuple[list[str], list[str]]:
    """Every ``user_text("…")`` template in core, in order of first appearance, and the places
    where a user_text call has no literal template (which the tool cannot collect)."""
    templates: dict[str, None] = {}
    problems: list[str] = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and _name(node.func) == "user_text"):
                continue
            first = node.args[0] if node.args else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                templates[first.value] = None
            elif path.name != "user_text.py":
                problems.append(f"{path.relative_to(root.parent)}:{node.lineno}")
    return list(templates), problems


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else ""


def _translator_context(node: ast.AST) -> str | None:
    """"Ctx" when ``node`` is ``def f(text): return QCoreApplication.translate("Ctx", text)``,
    the module-level helpers app/ uses where there is no ``self.tr``."""
    if not (isinstance(node, ast.FunctionDef) and node.args.args and len(node.body) == 1
            and isinstance(node.body[0], ast.Return)):
        return None
    call, param = node.body[0].value, node.args.args[0].arg
    if (isinstance(call, ast.Call) and _name(call.func) == "translate" and len(call.args) == 2
            and isinstance(call.args[0], ast.Constant) and isinstance(call.args[1], ast.Name)
            and call.args[1].id == param):
        return str(call.args[0].value)
    return None


def helper_strings(root: Path = REPO / "app") -> list[tuple[str, str]]:
    """(context, text) for each literal passed to a module's translate helper (``_tr("…")``):
    lupdate sees only ``self.tr`` and ``QCoreApplication.translate``."""
    found: dict[tuple[str, str], None] = {}
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        helpers = {node.name: ctx for node in ast.walk(tree)
                   if (ctx := _translator_context(node)) is not None}
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in helpers and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                found[(helpers[node.func.id], node.args[0].value)] = None
    return list(found)


def _noop_source(pairs: list[tuple[str, str]], folder: Path) -> Path:
    """A Python file lupdate reads: one QT_TRANSLATE_NOOP per (context, text)."""
    path = folder / "collected_strings.py"
    lines = [f"QT_TRANSLATE_NOOP({ctx!r}, {text!r})" for ctx, text in pairs]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def app_sources() -> list[Path]:
    return sorted((REPO / "app").rglob("*.py"))


def update(ts_files: list[Path], extra: list[Path] = ()) -> None:
    """Refresh each .ts file from the sources (created when missing)."""
    templates, problems = core_templates()
    if problems:
        raise SystemExit("user_text() needs a literal template at: " + ", ".join(problems))
    with tempfile.TemporaryDirectory() as tmp:
        pairs = helper_strings() + [(CORE_CONTEXT, t) for t in templates]
        sources = [*app_sources(), _noop_source(pairs, Path(tmp)), *extra]
        for ts in ts_files:
            ts.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run([_tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete",
                            *map(str, sources), "-ts", str(ts)],
                           check=True, capture_output=True, text=True)


def compile_all(out: Path, folder: Path = TRANSLATIONS) -> list[Path]:
    """shule_<code>.qm in ``out`` for each .ts in ``folder``; returns the files written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in sorted(folder.glob("shule_*.ts")):
        qm = out / ts.with_suffix(".qm").name
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True,
                       capture_output=True, text=True)
        written.append(qm)
    return written


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        update([TRANSLATIONS / f"shule_{code}.ts" for code in argv[1:] or LANGUAGES])
        return 0
    if argv[:1] == ["compile"] and len(argv) == 2:
        for qm in compile_all(Path(argv[1])):
            print(qm)
        return 0
    print("usage: translations.py update [CODE…] | compile OUT", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

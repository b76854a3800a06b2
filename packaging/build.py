"""Build the Linux package: the frozen app (PyInstaller, packaging/shule.spec) with the installer
scripts (installer/linux), as one folder and one .tar.gz in dist/. `make package` runs it.

    .venv/bin/python packaging/build.py [--out DIR] [--no-tar] [--variant cpu|cuda] [--freeze-only]

The package, unpacked anywhere, holds ``shule/`` (the app: run ``shule/shule``), ``install.sh``
(a menu entry, icon and *.shule file type for this user; no administrator rights, no network),
``uninstall.sh``, ``share/`` (what install.sh copies) and ``README.txt``. The last line printed
is JSON: the folder, the tarball, their sizes and the build's seconds. ``--freeze-only`` stops
after PyInstaller (build/pyinstaller/dist/shule): the Windows release wraps that folder with Inno
Setup (installer/windows/shule.iss). ``--variant cuda`` only names the package: what makes it a
CUDA build is the llama-cpp-python installed in the building Python (.github/workflows/release.yml).
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "shule.spec"
LINUX = ROOT / "installer" / "linux"
ICONS = ROOT / "resources" / "icons"

README = """Shule {version} for Linux ({machine})

Install for yourself (no administrator rights, no internet needed):

    ./install.sh

Then open Shule from your applications menu, or run ~/.local/bin/shule.
Double-clicking a .shule project file opens it in Shule.

Or run it from this folder without installing:  ./shule/shule

Remove it with ~/.local/share/shule/uninstall.sh: your projects and downloaded models are kept.
"""


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from core import __version__

    return __version__


def freeze(work: Path) -> Path:
    """Run PyInstaller on the spec; returns the frozen folder (``work/dist/shule``)."""
    import importlib.util

    if importlib.util.find_spec("PyInstaller") is None:
        raise SystemExit("PyInstaller is not installed in this Python: run `make package`, "
                         "which installs it.")
    compiled = ROOT / "build" / "translations"  # the spec takes the .qm files from here
    shutil.rmtree(compiled, ignore_errors=True)
    subprocess.run([sys.executable, str(ROOT / "packaging" / "translations.py"), "compile",
                    str(compiled)], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--workpath", str(work / "build"), "--distpath", str(work / "dist"), str(SPEC)],
                   check=True, cwd=ROOT)
    return work / "dist" / "shule"


def stage(frozen: Path, folder: Path) -> None:
    """Lay the package out in ``folder``: the app beside the installer scripts."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    shutil.copytree(frozen, folder / "shule", symlinks=True)
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy2(LINUX / script, folder / script)
    share = folder / "share"
    share.mkdir()
    for source in (LINUX / "shule.desktop.in", LINUX / "shule-mime.xml", ICONS / "shule.png",
                   ICONS / "shule.svg"):
        shutil.copy2(source, share / source.name)
    (folder / "README.txt").write_text(
        README.format(version=version(), machine=platform.machine()), encoding="utf-8")


def tarball(folder: Path) -> Path:
    """``folder`` as ``folder.tar.gz`` (written to a temporary name, then renamed)."""
    target = folder.with_name(folder.name + ".tar.gz")
    partial = target.with_name(target.name + ".partial")
    with tarfile.open(partial, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=folder.name)
    partial.replace(target)
    return target


def size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--no-tar", action="store_true", help="only the folder")
    parser.add_argument("--variant", choices=("cpu", "cuda"), default="cpu")
    parser.add_argument("--freeze-only", action="store_true", help="only the frozen app")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    frozen = freeze(ROOT / "build" / "pyinstaller")
    frozen_s = time.perf_counter() - started
    if args.freeze_only:
        print(json.dumps({"frozen": str(frozen), "frozen_bytes": size(frozen),
                          "pyinstaller_seconds": round(frozen_s, 1)}))
        return 0
    suffix = "-cuda" if args.variant == "cuda" else ""
    folder = args.out / f"shule-{version()}-linux-{platform.machine()}{suffix}"
    stage(frozen, folder)
    target = None if args.no_tar else tarball(folder)
    report = {"folder": str(folder), "folder_bytes": size(folder),
              "tarball": str(target) if target else None,
              "tarball_bytes": size(target) if target else None,
              "pyinstaller_seconds": round(frozen_s, 1),
              "seconds": round(time.perf_counter() - started, 1)}
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())

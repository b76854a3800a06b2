"""The offline installer bundle: everything needed to install Shule on a Linux computer with no
internet, in one folder to copy to a USB stick.

    .venv/bin/python packaging/offline_bundle.py PACKAGE [--model FILE.gguf]... \
        [--catalogue-model ID]... [--wheels cpu|cuda|none] [--wheels-from DIR] [--out DIR]

PACKAGE is the folder packaging/build.py made (dist/shule-VERSION-linux-ARCH). The bundle holds:

- that package (the app and its install.sh);
- ``models/``: teacher GGUF files, given as files (``--model``) or as catalogue ids
  (``--catalogue-model``: downloaded here, checked against the catalogue's sha256), with
  ``SHA256SUMS``;
- ``wheels/``: the training pack's wheels (torch, transformers…; ``--wheels cuda`` for NVIDIA GPU
  support, ``none`` for a bundle without fine-tuning), fetched here by pip, or copied from a
  folder of wheels made earlier (``--wheels-from``);
- ``install-offline.sh`` and ``README.txt``.

On the computer without internet, ``sh install-offline.sh`` installs the app for the user, checks
and copies the models into Shule's models folder, and installs the training pack from ``wheels/``;
nothing there needs a network. The last line printed here is JSON: the folder and its size.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

INSTALL = """#!/bin/sh
# Install Shule from this folder, with no network: the app, the teacher models in models/, and
# the training pack from wheels/ (when the bundle has one).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
sh "$here/{package}/install.sh" "$@"
bin="$HOME/.local/bin"
if [ "${{1:-}}" = "--prefix" ] && [ -n "${{2:-}}" ]; then bin="$2/bin"; fi
models="${{SHULE_MODELS_DIR:-${{XDG_DATA_HOME:-$HOME/.local/share}}/shule/models}}"
if [ -s "$here/models/SHA256SUMS" ]; then
  echo "Checking the models..."
  (cd "$here/models" && sha256sum -c --quiet SHA256SUMS)
  mkdir -p "$models"
  while read -r sum name; do
    if [ ! -f "$models/$name" ]; then cp "$here/models/$name" "$models/$name.part-copy" && mv "$models/$name.part-copy" "$models/$name"; fi
    echo "Teacher model: $models/$name"
  done < "$here/models/SHA256SUMS"
fi
if [ -d "$here/wheels" ] && [ -n "$(ls "$here/wheels")" ]; then
  echo "Installing the training pack (PyTorch and transformers) from wheels/; this takes a few minutes..."
  "$bin/shule" training-pack install --wheels "$here/wheels" --variant {variant} --quiet
fi
echo "Done: open Shule from your applications menu."
"""

README = """Shule {version}: offline installer

Copy this whole folder (for example to a USB stick), then on the computer without internet:

    sh install-offline.sh

It installs Shule for you (no administrator rights), copies the teacher models below into
Shule's models folder after checking them, and installs the training pack from wheels/ so you
can also fine-tune pretrained students. Nothing is downloaded.

Teacher models in this bundle:
{models}
Training pack: {pack}
"""


def add_models(bundle: Path, files: list[Path], catalogue_ids: list[str]) -> list[str]:
    folder = bundle / "models"
    folder.mkdir()
    for model_id in catalogue_ids:
        from core.catalogue import find_teacher
        from core.downloads import download_teacher

        files.append(download_teacher(find_teacher(model_id)))
    from core.predict import file_sha256

    lines = []
    for file in files:
        if not file.is_file():
            raise SystemExit(f"There is no model file at {file}.")
        shutil.copy2(file, folder / file.name)
        lines.append(f"{file_sha256(folder / file.name)}  {file.name}")
    (folder / "SHA256SUMS").write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return [line.split("  ", 1)[1] for line in lines]


def add_wheels(bundle: Path, variant: str, source: Path | None = None) -> None:
    """The training pack's wheels, for this Python version and platform: pip downloads them, or
    they are copied from ``source``."""
    from core.training_pack import INDEXES, REQUIREMENTS

    folder = bundle / "wheels"
    if source is not None:
        shutil.copytree(source, folder)
        return
    folder.mkdir()
    subprocess.run([sys.executable, "-m", "pip", "download", "--only-binary", ":all:",
                    "--disable-pip-version-check", "--progress-bar", "off", "-d", str(folder),
                    *INDEXES[variant], *REQUIREMENTS], check=True)


def size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("package", type=Path, help="the folder packaging/build.py made")
    parser.add_argument("--model", type=Path, action="append", default=[])
    parser.add_argument("--catalogue-model", action="append", default=[])
    parser.add_argument("--wheels", choices=("cpu", "cuda", "none"), default="cpu")
    parser.add_argument("--wheels-from", type=Path, help="copy this folder of wheels")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    args = parser.parse_args(argv)
    package = args.package.resolve()
    if not (package / "install.sh").is_file():
        raise SystemExit(f"{package} is not a Shule package folder (it has no install.sh).")
    from core import __version__

    bundle = args.out / f"{package.name}-offline"
    if bundle.exists():
        shutil.rmtree(bundle)
    bundle.mkdir(parents=True)
    shutil.copytree(package, bundle / package.name, symlinks=True)
    models = add_models(bundle, list(args.model), list(args.catalogue_model))
    if args.wheels != "none":
        add_wheels(bundle, args.wheels, args.wheels_from)
    script = bundle / "install-offline.sh"
    script.write_text(INSTALL.format(package=package.name, variant=args.wheels), encoding="utf-8")
    script.chmod(0o755)
    (bundle / "README.txt").write_text(README.format(
        version=__version__, models="".join(f"  {m}\n" for m in models) or "  (none)\n",
        pack="none" if args.wheels == "none" else f"{args.wheels} (in wheels/)"), encoding="utf-8")
    print(json.dumps({"bundle": str(bundle), "bytes": size(bundle), "models": models,
                      "wheels": args.wheels}))
    return 0


if __name__ == "__main__":
    sys.exit(main())

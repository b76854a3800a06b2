"""``shule`` verbs for this computer and what it can download: ``hardware``, ``models`` (the
catalogue, with how each model fits here), ``models download ID`` and ``training-pack``.
Registered by ``core.cli.build_parser``; each imports what it needs when it runs."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from typing import Any, Callable

from core.cli_output import EXIT_CANCELLED, print_json, progress_printer

Verb = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def cmd_hardware(a: argparse.Namespace) -> int:
    from core.hardware import describe, detect
    from core.paths import models_dir

    hw = detect(models_dir())
    if a.json:
        print_json({**asdict(hw), "lines": describe(hw)})
    else:
        print("\n".join(describe(hw)))
    return 0


def _state(entry: Any) -> dict[str, Any]:
    """Whether a catalogue model is on this computer: downloaded, partly, or not at all."""
    from core.catalogue import local_path
    from core.downloads import partial

    path = local_path(entry)
    if path.is_file():
        return {"state": "downloaded", "path": str(path), "partial_bytes": None}
    have = partial(path)
    if have is not None:
        return {"state": "partial", "path": str(path), "partial_bytes": have[0]}
    return {"state": "absent", "path": str(path), "partial_bytes": None}


def _row(entry: Any, hw: Any) -> dict[str, Any]:
    from core.catalogue import download_bytes, fit

    verdict = fit(entry, hw)
    return {"id": entry.id, "name": entry.name, "publisher": entry.publisher, "size_bytes": entry.size_bytes,
            "download_bytes": download_bytes(entry), "ram_gb": entry.ram_gb, "vram_gb": entry.vram_gb,
            "fit": verdict.level, "fit_reason": verdict.reason, "licence": entry.licence,
            "commercial_use": entry.commercial_use, "card_url": entry.card_url, **_state(entry)}


def _print_rows(rows: list[dict[str, Any]]) -> None:
    from core.hardware import gigabytes

    fits = {"good": "fits the GPU", "slow": "CPU, slow", "too_big": "too big"}
    for r in rows:
        state = r["state"]
        if state == "partial":
            state = f"partly downloaded ({gigabytes(r['partial_bytes'])} of {gigabytes(r['download_bytes'])})"
        size = ("" if r["size_bytes"] else "about ") + gigabytes(r["download_bytes"])
        use = "commercial use allowed" if r["commercial_use"] else "no commercial use"
        print(f"{r['id']}  {r['name']} ({r['publisher']}): {size}, needs {r['ram_gb']:g} GB of memory; "
              f"{fits[r['fit']]}; licence {r['licence']}, {use}; {state}")
        print(f"    {r['fit_reason']}")


def cmd_models(a: argparse.Namespace) -> int:
    if a.action == "download":
        return _download(a)
    from core.catalogue import teachers
    from core.hardware import detect
    from core.paths import models_dir

    hw = detect(models_dir())
    rows = [_row(entry, hw) for entry in teachers()]
    print_json(rows) if a.json else _print_rows(rows)
    return 0


def _download(a: argparse.Namespace) -> int:
    from core.catalogue import find_teacher
    from core.downloads import download_teacher
    from core.errors import Cancelled, ShuleError

    if not a.id:
        raise ShuleError("say which model to download, e.g. `shule models download "
                         "qwen3-4b-q4_k_m`; `shule models` lists them.")
    entry = find_teacher(a.id)
    try:
        path = download_teacher(entry, progress=progress_printer(a.quiet))
    except (Cancelled, KeyboardInterrupt):
        print(f"\nshule: paused; run `shule models download {entry.id}` again to continue where it stopped.",
              file=sys.stderr)
        return EXIT_CANCELLED
    print_json({"id": entry.id, "path": str(path)}) if a.json else print(path)
    return 0


def cmd_training_pack(a: argparse.Namespace) -> int:
    from pathlib import Path

    from core import training_pack

    if a.action == "install":
        try:
            folder = training_pack.install(a.variant, Path(a.wheels) if a.wheels else None,
                                           progress_printer(a.quiet))
        except KeyboardInterrupt:
            print("\nshule: stopped; nothing was installed.", file=sys.stderr)
            return EXIT_CANCELLED
        print(f"The training pack is installed in {folder}.")
        return 0
    if a.action == "remove":
        print("The training pack is removed." if training_pack.remove() else
              "No training pack is installed.")
        return 0
    record = training_pack.installed()
    status = {"ready": training_pack.ready(), "installed": record, "folder": str(training_pack.pack_dir())}
    if a.json:
        print_json(status)
    elif record:
        print(f"The training pack ({record['variant']}, torch {record['torch']}) is installed in "
              f"{status['folder']}.")
    else:
        print("Pretrained students can be fine-tuned here." if status["ready"] else
              training_pack.not_ready_message())
    return 0


def add_model_verbs(verb: Verb) -> None:
    verb("hardware", cmd_hardware, "what this computer offers: CPU, memory, GPU, free disk")

    p = verb("models", cmd_models,
             "the teacher models Shule can download, and how each fits this computer; "
             "`models download ID` downloads one (Ctrl+C pauses; run it again to continue)")
    p.add_argument("action", nargs="?", choices=["download"], help="download a model from the list")
    p.add_argument("id", nargs="?", help="the model's id, as `shule models` lists it")

    p = verb("training-pack", cmd_training_pack,
             "PyTorch and transformers for fine-tuning pretrained students, where the app came "
             "without them: status, `install` (from the internet, or --wheels DIR), `remove`")
    p.add_argument("action", nargs="?", choices=["status", "install", "remove"], default="status")
    p.add_argument("--variant", choices=["cpu", "cuda"],
                   help="cuda: with NVIDIA GPU support (the default where nvidia-smi finds a GPU)")
    p.add_argument("--wheels", metavar="DIR", help="install only from this folder of wheels (no network)")

"""ONNX export of a trained student, parent side (no torch import: the GUI calls this).

The work — ONNX conversion, int8 quantization, parity checks, writing the bundle — runs in a child
process (``core.export_job``). The bundle it writes is read by ``core.predict.Predictor``, which
is also the bundle's own predict.py.
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path
from typing import Any, Optional

from core.errors import ShuleError, disk_full_error
from core.jobs import run_in_child
from core.progress import CancelCheck, Progress
from core.predict import is_bundle
from core.project import Project
from core.user_text import user_text

# int8 is recommended unless it loses more than this many points (0.01) of macro-F1 on gold.
DEFAULT_MAX_F1_DROP = 1.0


def check_out_dir(out_dir: os.PathLike | str) -> Path:
    """The bundle's folder: new, empty, or a previous Shule bundle (which is replaced)."""
    out = Path(out_dir).expanduser().resolve()
    if out.exists():
        if not out.is_dir():
            raise ShuleError(user_text(
                "{folder} is a file: choose a folder for the exported model.", folder=out))
        if any(out.iterdir()) and not is_bundle(out):
            raise ShuleError(user_text(
                "{folder} already holds other files: choose an empty folder or a new name for the "
                "export.", folder=out))
    return out


def export(
    project_path: os.PathLike | str,
    model_id: Optional[str],
    out_dir: os.PathLike | str,
    int8: bool = True,
    progress: Optional[Progress] = None,
    should_cancel: Optional[CancelCheck] = None,
    max_f1_drop: float = DEFAULT_MAX_F1_DROP,
) -> dict[str, Any]:
    """Export a model (the newest when ``model_id`` is None) as an offline ONNX bundle.

    Returns what the export wrote and measured: "out_dir", "model_id", "recommended" ("int8" or
    "fp32"), "files" {name: bytes}, "verification" (fp32 vs the trained model and int8 vs fp32 on
    the gold set: argmax agreement, largest logit difference, macro-F1), "speed" per variant
    (ms per text at batch 1, texts/s at batch 32, bytes), "warnings" (codes with figures, for
    the caller to word), "device" (files to copy and the commands to run on a field device), and
    the "shule_version", "opset", "onnxruntime_version" and "cpu_flags" the manifest records.
    """
    if max_f1_drop < 0:
        raise ShuleError(user_text("The macro-F1 the int8 model may lose must be zero or more points."))
    out = check_out_dir(out_dir)
    with Project.open(project_path) as project:
        record = project.model(model_id)
        path = str(project.path.resolve())
    return run_in_child(
        "export", {"project": path, "model_id": record.id, "out_dir": str(out), "int8": bool(int8),
                   "max_f1_drop": float(max_f1_drop)},
        progress, should_cancel,
    )


def zip_bundle(bundle_dir: os.PathLike | str, zip_path: os.PathLike | str) -> Path:
    """One .zip of a bundle (its files under a folder of the bundle's name), written to a
    temporary name and renamed, so a half-written zip never looks finished."""
    folder = Path(bundle_dir)
    if not is_bundle(folder):
        raise ShuleError(user_text(
            "{folder} is not an exported Shule model: export the model first.", folder=folder))
    target = Path(zip_path).expanduser()
    if target.suffix.lower() != ".zip":
        target = target.with_name(target.name + ".zip")
    partial = target.with_name(f".{target.name}.partial")
    try:
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
            for file in sorted(folder.iterdir()):
                if file.is_file():
                    archive.write(file, f"{folder.name}/{file.name}")
        os.replace(partial, target)
    except BaseException as e:
        partial.unlink(missing_ok=True)
        if target.exists():
            message = user_text("The disk is full, so {file} could not be written; the zip already "
                                "there is unchanged. Free some space, then try again.", file=target)
        else:
            message = user_text("The disk is full, so {file} could not be written; nothing was left "
                                "there. Free some space, then try again.", file=target)
        full = disk_full_error(e, message)
        if full is not None:
            raise full from None
        if isinstance(e, OSError):
            raise ShuleError(user_text("Could not write {file}: {detail}.", file=target,
                                       detail=str(e.strerror or e))) from None
        raise
    return target

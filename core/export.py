"""ONNX export of a trained student, parent side (no torch import: the GUI calls this).

The work — ONNX conversion, int8 quantization, parity checks, writing the bundle — runs in a child
process (``core.export_job``). The bundle it writes is read by ``core.inference.Predictor``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Optional

from core.errors import ShuleError
from core.bundle import is_bundle
from core.jobs import run_in_child
from core.progress import CancelCheck, Progress
from core.project import Project


def check_out_dir(out_dir: os.PathLike | str) -> Path:
    """The bundle's folder: new, empty, or a previous Shule bundle (which is replaced)."""
    out = Path(out_dir).expanduser().resolve()
    if out.exists():
        if not out.is_dir():
            raise ShuleError(f"{out} is a file: choose a folder for the exported model.")
        if any(out.iterdir()) and not is_bundle(out):
            raise ShuleError(
                f"{out} already holds other files: choose an empty folder or a new name for the export.")
    return out


def export(
    project_path: os.PathLike | str,
    model_id: Optional[str],
    out_dir: os.PathLike | str,
    int8: bool = True,
    progress: Optional[Progress] = None,
    should_cancel: Optional[CancelCheck] = None,
) -> dict[str, Any]:
    """Export a model (the newest when ``model_id`` is None) as an offline ONNX bundle.

    Returns {"out_dir", "model_id", "recommended", "files": {name: bytes}, "parity": {...}} where
    parity holds ``n_texts``, ``fp32_max_abs_logit_diff``, ``fp32_argmax_agreement`` (ONNX vs
    PyTorch) and, with int8, ``int8_argmax_agreement`` and ``int8_max_abs_logit_diff`` (vs fp32).
    """
    out = check_out_dir(out_dir)
    with Project.open(project_path) as project:
        record = project.model(model_id)
        path = str(project.path.resolve())
    return run_in_child(
        "export", {"project": path, "model_id": record.id, "out_dir": str(out), "int8": bool(int8)},
        progress, should_cancel,
    )

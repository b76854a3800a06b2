"""The exported bundle's layout, shared by the exporter and the predictor (standard library only,
so checking a folder never loads onnxruntime or torch).

A bundle folder holds config.json (``format`` = BUNDLE_FORMAT), labels.json, tokenizer.json and
model.onnx and/or model.int8.onnx.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from core.errors import ModelFolderError

BUNDLE_FORMAT = "shule-text-classifier"
BUNDLE_VERSION = 1
CONFIG = "config.json"
LABELS = "labels.json"
TOKENIZER = "tokenizer.json"
FP32 = "model.onnx"
INT8 = "model.int8.onnx"


def read_bundle_config(bundle_dir: os.PathLike | str) -> dict[str, Any]:
    """config.json of a Shule bundle, or ModelFolderError saying why the folder is not one."""
    folder = Path(bundle_dir)
    if not folder.is_dir():
        raise ModelFolderError(f"The model folder {folder} does not exist.")
    try:
        config = json.loads((folder / CONFIG).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        config = None
    if not isinstance(config, dict) or config.get("format") != BUNDLE_FORMAT:
        raise ModelFolderError(f"{folder} is not an exported Shule model: export the model again.")
    if int(config.get("format_version", 0)) > BUNDLE_VERSION:
        raise ModelFolderError(f"{folder} was exported by a newer version of Shule: update Shule to use it.")
    return config


def is_bundle(folder: os.PathLike | str) -> bool:
    try:
        read_bundle_config(folder)
    except ModelFolderError:
        return False
    return True

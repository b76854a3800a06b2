"""Offline predictor for an exported Shule bundle: onnxruntime + tokenizers + numpy only.

Never import torch or transformers here: this module is what field devices and the GUI run, and it
must start in well under a second. A bundle (written by ``core.export_job``) holds config.json,
labels.json, model.onnx / model.int8.onnx and, for a fine-tuned base, tokenizer.json; the quick
student's texts are turned into hashed character n-grams by ``core.quick_student.encode``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Optional, Sequence

import numpy as np
import onnxruntime as ort
from tokenizers import Tokenizer

from core.bundle import CONFIG, LABELS, TOKENIZER, read_bundle_config
from core.errors import ModelFolderError
from core.quick_model import QuickConfig, encode

INPUTS = ("input_ids", "attention_mask", "token_type_ids")


class Predictor:
    """Label texts with an exported model. ``variant`` is "fp32" or "int8"; None takes the one
    that config.json recommends (int8 when it agreed with fp32 at export time)."""

    def __init__(self, bundle_dir: os.PathLike | str, variant: Optional[str] = None,
                 threads: Optional[int] = None):
        self.folder = Path(bundle_dir)
        self.config = read_bundle_config(self.folder)
        self.quick = self.config.get("student") == "quick"  # character n-grams, no tokenizer
        for name in (CONFIG, LABELS) if self.quick else (CONFIG, LABELS, TOKENIZER):
            if not (self.folder / name).is_file():
                raise ModelFolderError(f"The model folder {self.folder} is missing {name}: export the model again.")
        files: dict[str, str] = self.config.get("model_files", {})
        self.variant = variant or self.config.get("recommended", "fp32")
        if self.variant not in files:
            raise ModelFolderError(
                f"This model has no {self.variant} version: choose one of {', '.join(sorted(files))}.")
        model_path = self.folder / files[self.variant]
        if not model_path.is_file():
            raise ModelFolderError(f"The model folder {self.folder} is missing {model_path.name}: export the model again.")

        try:
            labels = json.loads((self.folder / LABELS).read_text(encoding="utf-8"))
            self.labels: list[str] = [entry["name"] for entry in sorted(labels, key=lambda e: e["id"])]
        except (OSError, ValueError, KeyError, TypeError) as e:
            raise ModelFolderError(f"The label list in {self.folder} is damaged: export the model again.") from e
        if self.quick:
            self.quick_config = _quick_config(self.folder, self.config)
        else:
            self.tokenizer = _load_tokenizer(self.folder, self.config)
        options = ort.SessionOptions()
        if threads:
            options.intra_op_num_threads = threads
        options.log_severity_level = 3  # errors only: keep the console of a field device quiet
        try:
            self.session = ort.InferenceSession(str(model_path), options, providers=["CPUExecutionProvider"])
        except Exception as e:  # onnxruntime raises its own untyped errors for damaged files
            raise ModelFolderError(f"{model_path.name} in {self.folder} cannot be loaded: export the model again.") from e
        # Feed only what the graph takes: some models have no token_type_ids.
        self.input_names = [i.name for i in self.session.get_inputs()]
        unknown = set(self.input_names) - ({"ids"} if self.quick else set(INPUTS))
        if unknown:
            raise ModelFolderError(
                f"{model_path.name} needs inputs Shule does not provide ({', '.join(sorted(unknown))}).")

    def logits(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        """Raw scores, shape (len(texts), len(labels)), float32."""
        out: list[np.ndarray] = []
        for start in range(0, len(texts), batch_size):
            if self.quick:
                ids = encode(list(texts[start:start + batch_size]), self.quick_config)
                out.append(np.asarray(self.session.run(None, {"ids": ids})[0], dtype=np.float32))
                continue
            encodings = self.tokenizer.encode_batch(list(texts[start:start + batch_size]))
            arrays = {
                "input_ids": np.array([e.ids for e in encodings], dtype=np.int64),
                "attention_mask": np.array([e.attention_mask for e in encodings], dtype=np.int64),
                "token_type_ids": np.array([e.type_ids for e in encodings], dtype=np.int64),
            }
            feed = {name: arrays[name] for name in self.input_names}
            out.append(np.asarray(self.session.run(None, feed)[0], dtype=np.float32))
        return np.concatenate(out) if out else np.zeros((0, len(self.labels)), dtype=np.float32)

    def predict(self, texts: Sequence[str], batch_size: int = 32) -> list[dict[str, Any]]:
        """[{"label": best name, "scores": {name: probability}}] in the order of ``texts``."""
        logits = self.logits(texts, batch_size)
        shifted = np.exp(logits - logits.max(axis=1, keepdims=True))  # stable softmax
        probs = shifted / shifted.sum(axis=1, keepdims=True)
        return [
            {"label": self.labels[int(row.argmax())],
             "scores": {name: float(p) for name, p in zip(self.labels, row)}}
            for row in probs
        ]


def _load_tokenizer(folder: Path, config: dict[str, Any]) -> Tokenizer:
    try:
        tokenizer = Tokenizer.from_file(str(folder / TOKENIZER))
    except Exception as e:  # tokenizers raises a bare Exception for a damaged file
        raise ModelFolderError(f"The tokenizer in {folder} is damaged: export the model again.") from e
    tokenizer.enable_truncation(int(config.get("max_length", 128)))
    pad, pad_id = config.get("pad_token"), config.get("pad_token_id")
    direction = "left" if config.get("padding_side") == "left" else "right"
    if pad is not None and pad_id is not None:
        tokenizer.enable_padding(direction=direction, pad_id=int(pad_id), pad_token=str(pad))
    else:
        tokenizer.enable_padding(direction=direction)
    return tokenizer


def _quick_config(folder: Path, config: dict[str, Any]) -> QuickConfig:
    try:
        raw = dict(config["preprocessing"])
        raw["ngram_range"] = tuple(raw["ngram_range"])
        return QuickConfig(**raw)
    except (KeyError, TypeError, ValueError) as e:
        raise ModelFolderError(f"The settings in {folder / CONFIG} are damaged: export the model again.") from e

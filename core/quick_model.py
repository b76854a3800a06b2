"""The "quick student"'s model: a fastText-style text classifier on hashed character n-grams.

Why it exists: the transformer student needs pretrained weights, minutes of training and a GPU to
feel fast. This one needs nothing: it trains in seconds on a laptop CPU, works for any script
(features are characters, not a tokenizer's vocabulary), and exports to a tiny ONNX graph.

Model: text -> ids of its character n-grams (hashed into ``buckets``) -> mean of their embedding
rows -> linear layer -> logits. Id 0 is padding and never counts.

Only numpy is imported: the GUI uses this module and must not load torch. The features (text to
n-gram ids) live in ``core.predict``, the bundle's predictor, so an exported model hashes texts
exactly as training did. Training and the ONNX graph are in ``core.quick_student``.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from core.predict import encode

MODEL_FILE = "quick.npz"
CONFIG_FILE = "quick.json"


@dataclass
class QuickConfig:
    buckets: int = 2**18
    dim: int = 32
    ngram_range: tuple[int, int] = (1, 4)
    epochs: int = 15
    learning_rate: float = 0.05  # Adam; decays linearly to 0
    batch_size: int = 32
    seed: int = 0
    max_ngrams: int = 2048  # per text; keeps one very long text from dominating memory and time


@dataclass
class QuickModel:
    embedding: np.ndarray  # float32 [buckets + 1, dim]; row 0 (padding) stays all zeros
    weight: np.ndarray  # float32 [num_labels, dim]
    bias: np.ndarray  # float32 [num_labels]
    config: QuickConfig

    @property
    def num_labels(self) -> int:
        return int(self.weight.shape[0])

    def logits_from_ids(self, ids: np.ndarray) -> np.ndarray:
        mask = (ids != 0).astype(np.float32)
        summed = (self.embedding[ids] * mask[..., None]).sum(axis=1)
        mean = summed / np.maximum(mask.sum(axis=1, keepdims=True), 1.0)
        return mean @ self.weight.T + self.bias

    def predict_logits(self, texts: Sequence[str], batch_size: int = 256) -> np.ndarray:
        """float32 [len(texts), num_labels], in pure numpy; batched to bound the gathered memory."""
        parts = [self.logits_from_ids(encode(texts[i:i + batch_size], self.config))
                 for i in range(0, len(texts), batch_size)]
        if not parts:
            return np.zeros((0, self.num_labels), dtype=np.float32)
        return np.concatenate(parts).astype(np.float32)

    def save(self, folder: str | Path) -> None:
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(folder / MODEL_FILE, embedding=self.embedding, weight=self.weight,
                            bias=self.bias)
        (folder / CONFIG_FILE).write_text(json.dumps(asdict(self.config), indent=2) + "\n")

    @classmethod
    def load(cls, folder: str | Path) -> "QuickModel":
        folder = Path(folder)
        raw = json.loads((folder / CONFIG_FILE).read_text())
        raw["ngram_range"] = tuple(raw["ngram_range"])  # JSON has no tuples
        with np.load(folder / MODEL_FILE) as arrays:
            return cls(arrays["embedding"], arrays["weight"], arrays["bias"], QuickConfig(**raw))

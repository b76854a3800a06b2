"""The "quick student"'s model: a fastText-style text classifier on hashed character n-grams.

Why it exists: the transformer student needs pretrained weights, minutes of training and a GPU to
feel fast. This one needs nothing: it trains in seconds on a laptop CPU, works for any script
(features are characters, not a tokenizer's vocabulary), and exports to a tiny ONNX graph.

Model: text -> ids of its character n-grams (hashed into ``buckets``) -> mean of their embedding
rows -> linear layer -> logits. Id 0 is padding and never counts.

Only numpy, zlib and unicodedata are imported: the GUI and the field predictor use this module
and must not load torch. Training and the ONNX graph are in ``core.quick_student``.
"""

from __future__ import annotations

import json
import unicodedata
import zlib
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

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


def normalize(text: str) -> str:
    """NFC + casefold, whitespace collapsed, one space at each end so n-grams see word edges."""
    text = unicodedata.normalize("NFC", text).casefold()
    return " " + " ".join(text.split()) + " "


def text_ids(text: str, config: QuickConfig) -> list[int]:
    """Hashed n-gram ids of one text, in 1..buckets (0 is padding).

    crc32, never ``hash()``: Python salts ``hash`` per process, and the ids must be the same in the
    trainer, the exported model's users and every platform.
    """
    chars = normalize(text)
    low, high = config.ngram_range
    ids: list[int] = []
    # Position-major order, so truncation drops the end of the text for every n alike.
    for start in range(len(chars)):
        for n in range(low, high + 1):
            if start + n > len(chars):
                break
            ids.append(zlib.crc32(chars[start:start + n].encode("utf-8")) % config.buckets + 1)
        if len(ids) >= config.max_ngrams:
            break
    return ids[:config.max_ngrams]


def encode(texts: Sequence[str], config: QuickConfig) -> np.ndarray:
    """int64 [batch, max_len] of n-gram ids, right-padded with 0 (at least one column)."""
    rows = [text_ids(t, config) for t in texts]
    width = max([len(r) for r in rows] + [1])
    out = np.zeros((len(rows), width), dtype=np.int64)
    for i, row in enumerate(rows):
        out[i, :len(row)] = row
    return out


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

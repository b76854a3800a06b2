"""The "quick student": a fastText-style text classifier on hashed character n-grams.

Why it exists: the transformer student needs pretrained weights, minutes of training and a GPU to
feel fast. This one needs nothing: it trains in seconds on a laptop CPU, works for any script
(features are characters, not a tokenizer's vocabulary), and exports to a tiny ONNX graph.

Model: text -> ids of its character n-grams (hashed into ``buckets``) -> mean of their embedding
rows -> linear layer -> logits. Id 0 is padding and never counts.

Only numpy, zlib and unicodedata are imported at module level: the GUI and the field predictor
import this module, and must not load torch (training imports it inside ``train_quick``) or onnx
(imported inside ``export_onnx``).
"""

from __future__ import annotations

import json
import unicodedata
import zlib
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable, Optional, Sequence

import numpy as np

MODEL_FILE = "quick.npz"
CONFIG_FILE = "quick.json"
OPSET = 18


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


def train_quick(texts: list[str], labels: list[int], num_labels: int,
                config: QuickConfig = QuickConfig(),
                progress: Optional[Callable[[float, str], None]] = None,
                should_cancel: Optional[Callable[[], bool]] = None) -> QuickModel:
    """Train on ``texts`` with integer ``labels`` in [0, num_labels); raises Cancelled when asked."""
    import torch  # here, not at module level: the GUI imports this module
    from torch import nn

    from core.errors import Cancelled

    if len(texts) != len(labels) or not texts:
        raise ValueError(f"{len(texts)} texts but {len(labels)} labels")
    if any(not 0 <= y < num_labels for y in labels):
        raise ValueError(f"labels must lie in [0, {num_labels})")
    torch.manual_seed(config.seed)
    rng = np.random.default_rng(config.seed)
    ids = torch.from_numpy(encode(texts, config))
    targets = torch.tensor(labels, dtype=torch.long)

    # fastText's initialisation: small uniform input vectors, zero output layer.
    # sparse=True: each step touches only the rows of its n-grams, not all 2**18 of them.
    bag = nn.EmbeddingBag(config.buckets + 1, config.dim, mode="mean", padding_idx=0, sparse=True)
    with torch.no_grad():
        bag.weight.uniform_(-1.0 / config.dim, 1.0 / config.dim)
        bag.weight[0].zero_()
    head = nn.Linear(config.dim, num_labels)
    nn.init.zeros_(head.weight)
    nn.init.zeros_(head.bias)
    # Adam, with SparseAdam for the table: each step updates only the rows its n-grams touched,
    # so a step costs the same whatever ``buckets`` is. Plain SGD needed per-example steps.
    optimizers = [torch.optim.SparseAdam(list(bag.parameters()), lr=config.learning_rate),
                  torch.optim.Adam(list(head.parameters()), lr=config.learning_rate)]
    loss_fn = nn.CrossEntropyLoss()
    steps_per_epoch = -(-len(texts) // config.batch_size)
    total = config.epochs * steps_per_epoch
    step = 0
    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # tiny matrices: extra threads cost more than they give
    try:
        for epoch in range(config.epochs):
            order = rng.permutation(len(texts))
            loss_sum = 0.0
            for start in range(0, len(texts), config.batch_size):
                if should_cancel is not None and should_cancel():
                    raise Cancelled()
                batch = torch.from_numpy(order[start:start + config.batch_size])
                for optimizer in optimizers:  # fastText's linear decay to zero
                    for group in optimizer.param_groups:
                        group["lr"] = config.learning_rate * (1.0 - step / total)
                    optimizer.zero_grad()
                loss = loss_fn(head(bag(ids[batch])), targets[batch])
                loss.backward()
                for optimizer in optimizers:
                    optimizer.step()
                loss_sum += float(loss.detach()) * len(batch)
                step += 1
            if progress is not None:
                progress((epoch + 1) / config.epochs,
                         f"epoch {epoch + 1}/{config.epochs}, loss {loss_sum / len(texts):.3f}")
    finally:
        torch.set_num_threads(threads)
    embedding = bag.weight.detach().numpy().astype(np.float32).copy()
    embedding[0] = 0.0  # padding stays zero even if something touched it
    return QuickModel(embedding, head.weight.detach().numpy().astype(np.float32).copy(),
                      head.bias.detach().numpy().astype(np.float32).copy(), config)


def export_onnx(model: QuickModel, path: str | Path) -> None:
    """Write ``model`` as ONNX: ``ids`` int64 [batch, n] (0 = padding) -> ``logits`` float32."""
    import onnx  # here: only exporting needs it
    from onnx import TensorProto, helper, numpy_helper

    embedding = model.embedding.astype(np.float32).copy()
    embedding[0] = 0.0
    inits = [
        numpy_helper.from_array(embedding, "embedding"),
        numpy_helper.from_array(np.ascontiguousarray(model.weight.T, dtype=np.float32), "weight_t"),
        numpy_helper.from_array(model.bias.astype(np.float32), "bias"),
        numpy_helper.from_array(np.array(0, dtype=np.int64), "zero"),
        numpy_helper.from_array(np.array([1], dtype=np.int64), "axis1"),
        numpy_helper.from_array(np.array([-1], dtype=np.int64), "minus1"),
        numpy_helper.from_array(np.array(1.0, dtype=np.float32), "one"),
    ]
    nodes = [
        helper.make_node("Gather", ["embedding", "ids"], ["vectors"], axis=0),  # [b, n, dim]
        helper.make_node("Equal", ["ids", "zero"], ["is_pad"]),
        helper.make_node("Not", ["is_pad"], ["is_real"]),
        helper.make_node("Cast", ["is_real"], ["mask"], to=TensorProto.FLOAT),  # [b, n]
        helper.make_node("Unsqueeze", ["mask", "minus1"], ["mask3"]),  # [b, n, 1]
        helper.make_node("Mul", ["vectors", "mask3"], ["masked"]),
        helper.make_node("ReduceSum", ["masked", "axis1"], ["summed"], keepdims=0),  # [b, dim]
        helper.make_node("ReduceSum", ["mask", "axis1"], ["count"], keepdims=1),  # [b, 1]
        helper.make_node("Max", ["count", "one"], ["safe_count"]),  # empty text -> zeros, not NaN
        helper.make_node("Div", ["summed", "safe_count"], ["mean"]),
        helper.make_node("MatMul", ["mean", "weight_t"], ["scores"]),
        helper.make_node("Add", ["scores", "bias"], ["logits"]),
    ]
    graph = helper.make_graph(
        nodes, "quick_student",
        [helper.make_tensor_value_info("ids", TensorProto.INT64, ["batch", "n"])],
        [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", model.num_labels])],
        initializer=inits)
    onnx_model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)],
                                   producer_name="shule.quick_student")
    onnx_model.ir_version = 8  # readable by onnxruntime releases older than this onnx package
    onnx.checker.check_model(onnx_model)
    onnx.save(onnx_model, str(path))

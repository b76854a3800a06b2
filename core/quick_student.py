"""Training the quick student and writing it as ONNX; the model itself is ``core.quick_model``.

numpy only (onnx is imported when exporting): no torch, which the packaged app ships without.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional

import numpy as np

from core.errors import Cancelled
from core.predict import text_ids
from core.quick_model import QuickConfig, QuickModel
from core.user_text import user_text

OPSET = 18
BETAS = (0.9, 0.999)  # Adam's, as torch's defaults
EPS = 1e-8
ONE_THREAD_MACS = 65536 * 4  # see _one_thread_matmul


def train_quick(texts: list[str], labels: list[int], num_labels: int,
                config: QuickConfig = QuickConfig(),
                progress: Optional[Callable[..., None]] = None,
                should_cancel: Optional[Callable[[], bool]] = None) -> QuickModel:
    """Train on ``texts`` with integer ``labels`` in [0, num_labels); raises Cancelled when asked.

    fastText's recipe: a text is the mean of its n-gram rows (padding, id 0, never counts), then a
    linear layer; softmax cross-entropy averaged over each batch. Adam on the layer, and on the
    table the sparse Adam of torch's ``SparseAdam``: a step moves only the rows its n-grams touched,
    so it costs the same whatever ``buckets`` is (plain SGD needed per-example steps). The learning
    rate decays linearly to zero. Deterministic for a given ``config.seed``.
    """
    if len(texts) != len(labels) or not texts:
        raise ValueError(f"{len(texts)} texts but {len(labels)} labels")
    if any(not 0 <= y < num_labels for y in labels):
        raise ValueError(f"labels must lie in [0, {num_labels})")
    grams = [np.asarray(text_ids(t, config), dtype=np.int64) for t in texts]  # as ``encode`` does
    # fastText's initialisation: small uniform input vectors, zero output layer. The table has
    # its own random stream, so the shuffles below come from ``seed`` alone.
    init = np.random.default_rng([config.seed, 1])
    embedding = init.random((config.buckets + 1, config.dim), dtype=np.float32)
    embedding *= np.float32(2.0 / config.dim)
    embedding -= np.float32(1.0 / config.dim)
    embedding[0] = 0.0
    weight = np.zeros((num_labels, config.dim), dtype=np.float32)
    bias = np.zeros(num_labels, dtype=np.float32)
    _fit(grams, np.asarray(labels, dtype=np.int64), embedding, weight, bias, config,
         np.random.default_rng(config.seed), progress, should_cancel)
    embedding[0] = 0.0  # padding stays zero
    return QuickModel(embedding, weight, bias, config)


def _fit(grams: list[np.ndarray], targets: np.ndarray, embedding: np.ndarray, weight: np.ndarray,
         bias: np.ndarray, config: QuickConfig, rng: np.random.Generator,
         progress: Optional[Callable[..., None]], should_cancel: Optional[Callable[[], bool]]) -> None:
    """Train ``embedding``, ``weight`` and ``bias`` (float32) in place on each text's n-gram ids."""
    n = len(grams)
    grams = [g[g != 0] for g in grams]  # padding never counts
    lengths = np.array([len(g) for g in grams], dtype=np.int64)
    inverse_length = (1.0 / np.maximum(lengths, 1)).astype(np.float32)  # no n-grams: zeros
    head = [_Adam(weight), _Adam(bias)]
    table = _SparseAdam(embedding)
    position = np.zeros(len(embedding), dtype=np.int64)  # a touched row's place in the step's list
    steps_per_epoch = -(-n // config.batch_size)
    total = config.epochs * steps_per_epoch
    step = 0
    for epoch in range(config.epochs):
        order = rng.permutation(n)
        loss_sum = 0.0
        for start in range(0, n, config.batch_size):
            if should_cancel is not None and should_cancel():
                raise Cancelled()
            batch = order[start:start + config.batch_size]
            size = len(batch)
            lr = config.learning_rate * (1.0 - step / total)  # fastText's linear decay to zero
            # The distinct rows the batch touches and how often each text uses each, [size, rows]:
            # a text's mean and a row's gradient (summed over its uses) are then matrix products.
            used = np.concatenate([grams[i] for i in batch])
            rows = _distinct(used)
            position[rows] = np.arange(len(rows))
            text_of = np.repeat(np.arange(size), lengths[batch])
            uses = np.bincount(text_of * len(rows) + position[used], minlength=size * len(rows))
            uses = uses.reshape(size, len(rows)).astype(np.float32)
            scale = inverse_length[batch][:, None]
            vectors = table.rows(rows)
            mean = _one_thread_matmul(uses, vectors) * scale  # [size, dim]
            logits = mean @ weight.T + bias
            logits -= logits.max(axis=1, keepdims=True)
            exp = np.exp(logits)
            summed = exp.sum(axis=1)
            picked = np.arange(size), targets[batch]
            loss_sum += float(np.sum(np.log(summed) - logits[picked]))
            d_logits = exp / summed[:, None]
            d_logits[picked] -= 1.0
            d_logits /= np.float32(size)  # the loss is the batch mean
            d_mean = (d_logits @ weight) * scale
            head[0].step(d_logits.T @ mean, lr)
            head[1].step(d_logits.sum(axis=0), lr)
            table.step(rows, _one_thread_matmul(uses.T, d_mean), lr, vectors)
            step += 1
        if progress is not None:
            progress((epoch + 1) / config.epochs,
                     user_text("epoch {epoch}/{epochs}, loss {loss:.3f}", epoch=epoch + 1,
                               epochs=config.epochs, loss=loss_sum / n),
                     epoch=epoch + 1, step=step, total_steps=total, loss=loss_sum / n)


def _one_thread_matmul(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``a @ b`` in pieces of at most ONE_THREAD_MACS multiply-adds, which BLAS (OpenBLAS: up to
    65536 * 4) runs on one thread. These products are small: on several threads they cost more
    than they give, and far more while other work keeps the cores busy (measured on 2 busy cores:
    training took 6 to 29 s instead of 0.8 s). Any BLAS gives the same result, up to rounding."""
    m, k = a.shape
    n = b.shape[1]
    if m * k * n <= ONE_THREAD_MACS:
        return a @ b
    if k >= m:  # a long inner dimension: sum the products of its pieces
        piece = max(1, ONE_THREAD_MACS // (m * n))
        out = a[:, :piece] @ b[:piece]
        for i in range(piece, k, piece):
            out += a[:, i:i + piece] @ b[i:i + piece]
        return out
    piece = max(1, ONE_THREAD_MACS // (k * n))  # many rows: a block of them at a time
    out = np.empty((m, n), dtype=np.result_type(a, b))
    for i in range(0, m, piece):
        np.matmul(a[i:i + piece], b, out=out[i:i + piece])
    return out


def _distinct(ids: np.ndarray) -> np.ndarray:
    """The distinct values of ``ids``, sorted (np.unique without its slower bookkeeping)."""
    ordered = np.sort(ids)
    first = np.empty(len(ordered), dtype=bool)
    first[:1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    return ordered[first]


class _Adam:
    """torch.optim.Adam's update (no weight decay), in place on a float32 array."""

    def __init__(self, param: np.ndarray):
        self.param = param
        self.exp_avg = np.zeros_like(param)
        self.exp_avg_sq = np.zeros_like(param)
        self.steps = 0

    def step(self, grad: np.ndarray, lr: float) -> None:
        self.steps += 1
        self.exp_avg += (grad - self.exp_avg) * np.float32(1.0 - BETAS[0])
        self.exp_avg_sq *= np.float32(BETAS[1])
        self.exp_avg_sq += grad * grad * np.float32(1.0 - BETAS[1])
        correction1 = 1.0 - BETAS[0] ** self.steps
        correction2 = 1.0 - BETAS[1] ** self.steps
        denom = np.sqrt(self.exp_avg_sq) / np.float32(correction2 ** 0.5) + np.float32(EPS)
        self.param -= np.float32(lr / correction1) * self.exp_avg / denom


class _SparseAdam:
    """torch.optim.SparseAdam's update: moments and parameters change only in the given rows
    (their gradients already summed per row); the bias correction counts every step taken.

    Rows are read and written as whole records (a void dtype of one row's bytes), which numpy
    copies several times faster than a float32 row through fancy indexing.
    """

    def __init__(self, table: np.ndarray):
        self.dim = table.shape[1]
        self.table = _records(table)
        self.exp_avg = _records(np.zeros_like(table))
        self.exp_avg_sq = _records(np.zeros_like(table))
        self.steps = 0

    def rows(self, rows: np.ndarray, of: Optional[np.ndarray] = None) -> np.ndarray:
        """A float32 copy of the given rows of the table (or of ``of``, another record view)."""
        return np.take(self.table if of is None else of, rows).view(np.float32).reshape(-1, self.dim)

    def step(self, rows: np.ndarray, grad: np.ndarray, lr: float,
             values: Optional[np.ndarray] = None) -> None:
        """``values``: the rows' current values when the caller already took them (a copy)."""
        self.steps += 1
        exp_avg, exp_avg_sq = self.rows(rows, self.exp_avg), self.rows(rows, self.exp_avg_sq)
        work = grad - exp_avg
        work *= np.float32(1.0 - BETAS[0])
        exp_avg += work
        np.multiply(grad, grad, out=work)
        work -= exp_avg_sq
        work *= np.float32(1.0 - BETAS[1])
        exp_avg_sq += work
        self.exp_avg[rows] = _records(exp_avg)
        self.exp_avg_sq[rows] = _records(exp_avg_sq)
        step_size = lr * (1.0 - BETAS[1] ** self.steps) ** 0.5 / (1.0 - BETAS[0] ** self.steps)
        np.sqrt(exp_avg_sq, out=work)
        work += np.float32(EPS)
        np.divide(exp_avg, work, out=work)
        work *= np.float32(step_size)
        values = self.rows(rows) if values is None else values
        values -= work
        self.table[rows] = _records(values)


def _records(array: np.ndarray) -> np.ndarray:
    """A 1-D view of a C-contiguous 2-D array with one opaque record per row."""
    if not array.flags.c_contiguous:
        raise ValueError("rows must be contiguous")  # a copy would take the updates instead
    return array.view(np.dtype((np.void, array.shape[1] * array.itemsize))).reshape(-1)


def export_onnx(model: QuickModel, path: str | Path, int8: bool = False) -> None:
    """Write ``model`` as ONNX: ``ids`` int64 [batch, n] (0 = padding) -> ``logits`` float32.

    ``int8`` stores the embedding table (nearly all of the model) as int8 with one scale per row.
    onnxruntime's own quantizer gives a Gather one scale for the whole table, which changed ~6 % of
    the labels on SIB-200 Amharic; a scale per n-gram keeps each row's precision.
    """
    import onnx  # here: only exporting needs it
    from onnx import TensorProto, helper, numpy_helper

    embedding = model.embedding.astype(np.float32).copy()
    embedding[0] = 0.0
    inits = [
        numpy_helper.from_array(np.ascontiguousarray(model.weight.T, dtype=np.float32), "weight_t"),
        numpy_helper.from_array(model.bias.astype(np.float32), "bias"),
        numpy_helper.from_array(np.array(0, dtype=np.int64), "zero"),
        numpy_helper.from_array(np.array([1], dtype=np.int64), "axis1"),
        numpy_helper.from_array(np.array([-1], dtype=np.int64), "minus1"),
        numpy_helper.from_array(np.array(1.0, dtype=np.float32), "one"),
    ]
    if int8:
        scales = (np.abs(embedding).max(axis=1) / 127.0).astype(np.float32)  # [buckets + 1]
        safe = np.where(scales > 0, scales, 1.0)[:, None]
        codes = np.clip(np.rint(embedding / safe), -127, 127).astype(np.int8)
        inits += [numpy_helper.from_array(codes, "embedding_q"), numpy_helper.from_array(scales, "scales")]
        lookup = [
            helper.make_node("Gather", ["embedding_q", "ids"], ["codes"], axis=0),  # [b, n, dim]
            helper.make_node("Cast", ["codes"], ["codes_f"], to=TensorProto.FLOAT),
            helper.make_node("Gather", ["scales", "ids"], ["row_scales"], axis=0),  # [b, n]
            helper.make_node("Unsqueeze", ["row_scales", "minus1"], ["row_scales3"]),
            helper.make_node("Mul", ["codes_f", "row_scales3"], ["vectors"]),
        ]
    else:
        inits.append(numpy_helper.from_array(embedding, "embedding"))
        lookup = [helper.make_node("Gather", ["embedding", "ids"], ["vectors"], axis=0)]  # [b, n, dim]
    nodes = lookup + [
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

"""Training the quick student (torch) and writing it as ONNX (onnx); the model itself, which
needs numpy only, is ``core.quick_model``. Imported only in child processes and tests.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional

import numpy as np

from core.quick_model import QuickConfig, QuickModel, encode

OPSET = 18


def train_quick(texts: list[str], labels: list[int], num_labels: int,
                config: QuickConfig = QuickConfig(),
                progress: Optional[Callable[..., None]] = None,
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
                         f"epoch {epoch + 1}/{config.epochs}, loss {loss_sum / len(texts):.3f}",
                         epoch=epoch + 1, step=step, total_steps=total, loss=loss_sum / len(texts))
    finally:
        torch.set_num_threads(threads)
    embedding = bag.weight.detach().numpy().astype(np.float32).copy()
    embedding[0] = 0.0  # padding stays zero even if something touched it
    return QuickModel(embedding, head.weight.detach().numpy().astype(np.float32).copy(),
                      head.bias.detach().numpy().astype(np.float32).copy(), config)


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

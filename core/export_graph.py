"""int8 quantization of an exported graph, child side (onnxruntime's tools; no torch).

Plain dynamic quantization of a transformer's graph leaves attention, layer norm and GELU as
chains of small fp32 ops between the int8 matmuls, which is where CPU time goes at batch 1.
onnxruntime's transformer optimizer first fuses those chains into its Attention /
SkipLayerNormalization / BiasGelu kernels (standard in every onnxruntime CPU build), and dynamic
quantization then turns the fused Attention into QAttention. The fp32 file users get stays the
plain, portable graph; only the int8 file is built from the fused one. A model type the optimizer
does not know is quantized without fusing.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path
from typing import Optional

# The model types onnxruntime's optimizer fuses as BERT (XLM-R and friends share BERT's layout).
BERT_LIKE = {"bert", "roberta", "xlm-roberta", "distilbert", "electra", "camembert", "mpnet"}


def quantize(fp32: Path, int8: Path, model_type: Optional[str], work: Path) -> bool:
    """Write ``int8`` from ``fp32`` (dynamic, per-channel int8 weights); ``model_type`` is the
    transformers config's (None: not a transformer). Returns whether the graph was fused first.
    ``work`` is a scratch folder, removed afterwards."""
    from onnx import TensorProto
    from onnxruntime.quantization import QuantType, quantize_dynamic

    work.mkdir(parents=True, exist_ok=True)
    source, fused = fp32, False
    try:
        if model_type in BERT_LIKE and _fuse(fp32, work / "fused.onnx"):
            source, fused = work / "fused.onnx", True
        # The fused kernels are outside ONNX's own schema, so shape inference cannot type their
        # outputs; they are all float32.
        quantize_dynamic(source, int8, per_channel=True, weight_type=QuantType.QInt8,
                         extra_options={"DefaultTensorType": TensorProto.FLOAT} if fused else {})
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return fused


def _fuse(fp32: Path, out: Path) -> bool:
    """Fuse attention and layer norms; False (and nothing written) when nothing could be fused."""
    from onnxruntime.transformers.optimizer import optimize_model

    logging.getLogger("onnxruntime.transformers").setLevel(logging.ERROR)  # its notes are noise here
    try:
        # opt_level 0: fusions done in Python only, so the saved graph runs on any CPU provider.
        model = optimize_model(str(fp32), model_type="bert", num_heads=0, hidden_size=0,
                               opt_level=0, use_gpu=False)
    except Exception:  # noqa: BLE001 - an unfusable graph is still quantized, just slower
        return False
    fused = model.get_fused_operator_statistics()
    if not (fused.get("Attention") or fused.get("MultiHeadAttention")):
        return False
    model.save_model_to_file(str(out))
    return True

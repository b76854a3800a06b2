"""Label texts with an exported Shule model — the bundle's own ``predict.py``.

This file is copied, unchanged, into every exported bundle, so it must stand alone: Python 3.9+,
numpy, onnxruntime and (for a fine-tuned base) tokenizers; never torch, transformers or the rest of
Shule. Shule itself uses it too (``shule predict``, the Try it page, the export's own checks), so
the bundle on a field device and the app give the same answers.

A bundle folder holds config.json, labels.json, manifest.json (size and sha256 of every file),
model.onnx and/or model.int8.onnx, and tokenizer.json for a fine-tuned base (the quick student's
hashed character n-gram settings live in config.json). Every file is checked against the manifest
before it is used: a changed or missing file is refused with a sentence, never half-loaded.

    python predict.py "a text" "another text"      # JSON lines on stdout
    python predict.py --input texts.txt --batch 32  # one text per line ("-" reads stdin)

    from predict import Predictor
    Predictor("path/to/bundle").predict(["a text"])  # [{"label": ..., "scores": {...}}]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import unicodedata
import zlib
from pathlib import Path
from typing import Any, Iterator, Optional, Sequence

import numpy as np

try:  # inside Shule: its typed error, which the app and the CLI show as a sentence
    from core.errors import ModelFolderError as BundleError
except ImportError:  # in an exported bundle, on its own
    class BundleError(Exception):  # type: ignore[no-redef]
        """The bundle cannot be used; the message says why and what to do."""

BUNDLE_FORMAT = "shule-text-classifier"
BUNDLE_VERSION = 2  # 2: manifest.json with checksums is required
CONFIG = "config.json"
LABELS = "labels.json"
TOKENIZER = "tokenizer.json"
MANIFEST = "manifest.json"
FP32 = "model.onnx"
INT8 = "model.int8.onnx"
INPUTS = ("input_ids", "attention_mask", "token_type_ids")
_CHUNK = 1 << 20


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(_CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def read_config(folder: Path | str) -> dict[str, Any]:
    """config.json of a bundle (not yet checked against the manifest), or BundleError."""
    folder = Path(folder)
    if not folder.is_dir():
        raise BundleError(f"The model folder {folder} does not exist.")
    config = _read_json(folder / CONFIG)
    if not isinstance(config, dict) or config.get("format") != BUNDLE_FORMAT:
        raise BundleError(f"{folder} is not an exported Shule model: export the model again.")
    if int(config.get("format_version", 0)) > BUNDLE_VERSION:
        raise BundleError(f"{folder} was exported by a newer version of Shule: update Shule to use it.")
    return config


def is_bundle(folder: Path | str) -> bool:
    try:
        read_config(folder)
    except BundleError:
        return False
    return True


def verify_files(folder: Path, names: Sequence[str]) -> dict[str, Any]:
    """Check ``names`` against manifest.json (size, then sha256); returns the manifest."""
    manifest = _read_json(folder / MANIFEST)
    files = manifest.get("files") if isinstance(manifest, dict) else None
    if not isinstance(files, dict):
        raise BundleError(f"{folder} has no readable {MANIFEST}, so its files cannot be checked: "
                          "copy the whole bundle again, or export it again.")
    for name in names:
        entry, path = files.get(name), folder / name
        if not isinstance(entry, dict):
            raise BundleError(f"{name} in {folder} is not listed in {MANIFEST}: export the model again.")
        if not path.is_file():
            raise BundleError(f"The model folder {folder} is missing {name}: copy the whole bundle again.")
        if path.stat().st_size != entry.get("bytes") or file_sha256(path) != entry.get("sha256"):
            raise BundleError(
                f"{name} in {folder} has changed since the model was exported (it does not match "
                f"the checksum in {MANIFEST}): copy the bundle again from the original, or export "
                "it again.")
    return manifest


# ---- the quick student's features: hashed character n-grams ------------------------------------

def normalize(text: str) -> str:
    """NFC + casefold, whitespace collapsed, one space at each end so n-grams see word edges."""
    text = unicodedata.normalize("NFC", text).casefold()
    return " " + " ".join(text.split()) + " "


def text_ids(text: str, config: Any) -> list[int]:
    """Hashed n-gram ids of one text, in 1..buckets (0 is padding). ``config`` has ``buckets``,
    ``ngram_range`` and ``max_ngrams``.

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


def encode(texts: Sequence[str], config: Any) -> np.ndarray:
    """int64 [batch, max_len] of n-gram ids, right-padded with 0 (at least one column)."""
    rows = [text_ids(t, config) for t in texts]
    width = max([len(r) for r in rows] + [1])
    out = np.zeros((len(rows), width), dtype=np.int64)
    for i, row in enumerate(rows):
        out[i, :len(row)] = row
    return out


class _NgramSettings:
    def __init__(self, raw: dict[str, Any]):
        self.buckets = int(raw["buckets"])
        self.ngram_range = (int(raw["ngram_range"][0]), int(raw["ngram_range"][1]))
        self.max_ngrams = int(raw["max_ngrams"])


# ---- the predictor -----------------------------------------------------------------------------

class Predictor:
    """Label texts with an exported model. ``variant`` is "fp32" or "int8"; None takes the one the
    export recommends. ``threads`` None lets onnxruntime use one per physical core."""

    def __init__(self, bundle_dir: Path | str, variant: Optional[str] = None,
                 threads: Optional[int] = None):
        self.folder = Path(bundle_dir)
        self.config = read_config(self.folder)  # is it a bundle at all? then: is it intact?
        verify_files(self.folder, [CONFIG])
        self.quick = self.config.get("student") == "quick"  # character n-grams, no tokenizer
        files: dict[str, str] = self.config.get("model_files", {})
        self.variant = variant or self.config.get("recommended", "fp32")
        if self.variant not in files:
            raise BundleError(
                f"This model has no {self.variant} version: choose one of {', '.join(sorted(files))}.")
        model_name = files[self.variant]
        needed = [LABELS, model_name] + ([] if self.quick else [TOKENIZER])
        manifest = verify_files(self.folder, needed)
        # A model over 2 GB keeps its weights in side files next to the graph: check those too.
        verify_files(self.folder, [n for n in manifest["files"]
                                   if n.startswith(model_name + "_data") or n.startswith(model_name + ".data")])

        labels = _read_json(self.folder / LABELS)
        try:
            self.labels: list[str] = [str(e["name"]) for e in sorted(labels, key=lambda e: e["id"])]
        except (KeyError, TypeError):
            raise BundleError(f"The label list in {self.folder} is damaged: export the model again.") from None
        if self.quick:
            try:
                self.ngrams = _NgramSettings(self.config["preprocessing"])
            except (KeyError, TypeError, ValueError, IndexError):
                raise BundleError(f"The settings in {self.folder / CONFIG} are damaged: export the model again.") from None
        else:
            self.tokenizer = _load_tokenizer(self.folder, self.config)
        self.session = _session(self.folder / model_name, threads)
        # Feed only what the graph takes: some models have no token_type_ids.
        self.input_names = [i.name for i in self.session.get_inputs()]
        unknown = set(self.input_names) - ({"ids"} if self.quick else set(INPUTS))
        if unknown:
            raise BundleError(f"{model_name} needs inputs this predictor does not provide "
                              f"({', '.join(sorted(unknown))}): update Shule.")

    def logits(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        """Raw scores, shape (len(texts), len(labels)), float32."""
        out: list[np.ndarray] = []
        for start in range(0, len(texts), max(1, batch_size)):
            out.append(self._run(list(texts[start:start + max(1, batch_size)])))
        return np.concatenate(out) if out else np.zeros((0, len(self.labels)), dtype=np.float32)

    def _run(self, texts: list[str]) -> np.ndarray:
        if self.quick:
            feed = {"ids": encode(texts, self.ngrams)}
        else:
            encodings = self.tokenizer.encode_batch(texts)
            arrays = {
                "input_ids": np.array([e.ids for e in encodings], dtype=np.int64),
                "attention_mask": np.array([e.attention_mask for e in encodings], dtype=np.int64),
                "token_type_ids": np.array([e.type_ids for e in encodings], dtype=np.int64),
            }
            feed = {name: arrays[name] for name in self.input_names}
        logits = np.asarray(self.session.run(None, feed)[0], dtype=np.float32)
        if logits.shape != (len(texts), len(self.labels)):
            raise BundleError(f"The model in {self.folder} gave {logits.shape[-1]} scores for "
                              f"{len(self.labels)} labels: export the model again.")
        return logits

    def predict(self, texts: Sequence[str], batch_size: int = 32) -> list[dict[str, Any]]:
        """[{"label": best name, "scores": {name: probability}}] in the order of ``texts``."""
        logits = self.logits(texts, batch_size)
        shifted = np.exp(logits - logits.max(axis=1, keepdims=True))  # stable softmax
        probs = shifted / shifted.sum(axis=1, keepdims=True)
        return [{"label": self.labels[int(row.argmax())],
                 "scores": {name: float(p) for name, p in zip(self.labels, row)}}
                for row in probs]


def _session(model_path: Path, threads: Optional[int]) -> Any:
    import onnxruntime as ort  # here, so reading a bundle's config never loads it

    options = ort.SessionOptions()
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    if threads:
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
    options.log_severity_level = 3  # errors only: keep the console of a field device quiet
    try:
        return ort.InferenceSession(str(model_path), options, providers=["CPUExecutionProvider"])
    except Exception as e:  # onnxruntime raises its own untyped errors for damaged files
        raise BundleError(f"{model_path.name} in {model_path.parent} cannot be loaded "
                          f"({type(e).__name__}): export the model again.") from None


def _load_tokenizer(folder: Path, config: dict[str, Any]) -> Any:
    from tokenizers import Tokenizer

    try:
        tokenizer = Tokenizer.from_file(str(folder / TOKENIZER))
    except Exception:  # tokenizers raises a bare Exception for a damaged file
        raise BundleError(f"The tokenizer in {folder} is damaged: export the model again.") from None
    tokenizer.enable_truncation(int(config.get("max_length", 128)))
    pad, pad_id = config.get("pad_token"), config.get("pad_token_id")
    direction = "left" if config.get("padding_side") == "left" else "right"
    if pad is not None and pad_id is not None:
        tokenizer.enable_padding(direction=direction, pad_id=int(pad_id), pad_token=str(pad))
    else:
        tokenizer.enable_padding(direction=direction)
    return tokenizer


# ---- command line ------------------------------------------------------------------------------

def read_texts(path: str) -> list[str]:
    """Non-empty lines of a UTF-8 file ("-": standard input)."""
    try:
        raw = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise BundleError(f"Could not read {path} as UTF-8 text ({type(e).__name__}).") from None
    return [line for line in raw.splitlines() if line.strip()]


def json_lines(predictor: Predictor, texts: Sequence[str], batch_size: int = 32) -> Iterator[str]:
    """One JSON object per text — {"text", "label", "scores"} — as ``shule predict`` and
    ``python predict.py`` both print them."""
    step = max(1, batch_size)
    for start in range(0, len(texts), step):
        chunk = list(texts[start:start + step])
        for text, result in zip(chunk, predictor.predict(chunk, step)):
            yield json.dumps({"text": text, **result}, ensure_ascii=False)


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="predict.py", description=(
        "Label texts with this exported model; prints one JSON object per text."))
    parser.add_argument("texts", nargs="*", help="texts to label")
    parser.add_argument("--input", help="a UTF-8 file with one text per line (- for stdin)")
    parser.add_argument("--batch", type=int, default=32, help="texts per batch (default 32)")
    parser.add_argument("--variant", choices=("fp32", "int8"), help="model file (default: recommended)")
    parser.add_argument("--threads", type=int, help="CPU threads (default: one per core)")
    parser.add_argument("--bundle", default=str(Path(__file__).resolve().parent),
                        help="the bundle folder (default: the folder of this file)")
    a = parser.parse_args(argv)
    try:
        texts = list(a.texts) + (read_texts(a.input) if a.input else [])
        if not texts:
            parser.error("give texts to label, or --input FILE with one text per line")
        predictor = Predictor(a.bundle, a.variant, a.threads)
        for line in json_lines(predictor, texts, a.batch):
            print(line)
    except BundleError as e:
        print(f"predict.py: {e}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""A local GGUF model run in-process by llama-cpp-python."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any, Optional

from core.errors import TeacherError
from core.predict import file_sha256  # the one sha256 of a file: the bundle checks with it too
from core.teachers.base import Reply
from core.teachers.gguf_info import gguf_info
from core.user_text import user_text

GGUF_MAGIC = b"GGUF"
DEFAULT_CTX = 4096
MAX_CTX = 8192  # room for several texts per request; more only costs memory

# llama-cpp-python's schema grammar lets raw control characters into JSON strings, so about half
# of a weak model's replies fail strict json.loads (DESIGN.md § 5). Strings may hold escapes only.
_STRICT_CHAR = r'char ::= [^"\\\x7F\x00-\x1F] | [\\] (["\\/bfnrt] | "u" [0-9a-fA-F]{4})'


def check_gguf(path: os.PathLike | str) -> Path:
    """Raise TeacherError unless ``path`` is a readable GGUF file."""
    path = Path(path)
    if not path.is_file():
        raise TeacherError(user_text("There is no model file at {path}.", path=path))
    with open(path, "rb") as f:
        if f.read(4) != GGUF_MAGIC:
            raise TeacherError(user_text("{name} is not a GGUF model file.", name=path.name))
    return path


def strict_json_grammar(schema: dict[str, Any]) -> str:
    """GBNF for ``schema`` whose strings cannot contain raw control characters."""
    from llama_cpp.llama_grammar import json_schema_to_gbnf

    gbnf = json_schema_to_gbnf(json.dumps(schema))
    gbnf, n = re.subn(r"^char ::= .*$", lambda _: _STRICT_CHAR, gbnf, flags=re.MULTILINE)
    # No char rule is fine (a schema of enums and booleans has no free text); two would mean the
    # converter changed shape and the patch can no longer be trusted.
    if n > 1 or (n == 0 and re.search(r"\bchar\b", gbnf)):
        raise RuntimeError("llama-cpp-python's JSON grammar changed: no single 'char' rule to patch")
    return gbnf


class GGUFTeacher:
    #: One llama.cpp context: calls must not overlap.
    max_concurrency = 1

    def __init__(self, path: str, n_ctx: Optional[int] = None, n_threads: Optional[int] = None,
                 n_gpu_layers: Optional[int] = None):
        self.path = check_gguf(path)
        self.n_ctx = n_ctx  # None: the model's own context, capped at MAX_CTX
        # One thread per physical core; hyper-threads slow llama.cpp down (DESIGN.md § 5).
        self.n_threads = n_threads or max(1, (os.cpu_count() or 2) // 2)
        self.n_gpu_layers = n_gpu_layers
        self._llm: Any = None
        self._sha256: Optional[str] = None
        self._grammars: dict[str, Any] = {}

    def load(self) -> None:
        if self._llm is not None:
            return
        import llama_cpp

        info = gguf_info(self.path)
        gpu_layers = self.n_gpu_layers
        if gpu_layers is None:  # all layers on the GPU when this build of llama.cpp can
            gpu_layers = -1 if llama_cpp.llama_supports_gpu_offload() else 0
        if self.n_ctx is None:
            self.n_ctx = min(MAX_CTX, info.context_length or DEFAULT_CTX)
        try:
            self._llm = llama_cpp.Llama(
                model_path=str(self.path), n_ctx=self.n_ctx, n_threads=self.n_threads,
                n_gpu_layers=gpu_layers, verbose=False,
                # The model's own template when it has one; ChatML is the most widely trained.
                chat_format=None if info.chat_template else "chatml",
            )
        except (ValueError, RuntimeError) as e:
            raise TeacherError(user_text("{name} could not be loaded as a model: {error}",
                                         name=self.path.name, error=str(e))) from e

    def generate(self, messages: list[dict[str, str]], schema: dict[str, Any], max_tokens: int,
                 temperature: float, seed: Optional[int], logprobs: bool = False) -> Reply:
        from llama_cpp import LlamaGrammar

        self.load()
        key = json.dumps(schema, sort_keys=True)
        if key not in self._grammars:
            self._grammars[key] = LlamaGrammar.from_string(strict_json_grammar(schema), verbose=False)
        try:
            out = self._llm.create_chat_completion(
                messages=messages, grammar=self._grammars[key], max_tokens=max_tokens,
                temperature=temperature, seed=seed, logprobs=logprobs,
            )
        except ValueError as e:  # e.g. the prompt does not fit the context window
            raise TeacherError(user_text("The teacher could not answer: {error}", error=str(e))) from e
        choice = out["choices"][0]
        content = (choice.get("logprobs") or {}).get("content") or []
        return Reply(
            text=choice["message"].get("content") or "",
            finish_reason=choice.get("finish_reason") or "stop",
            completion_tokens=int(out.get("usage", {}).get("completion_tokens", 0)),
            token_logprobs=[(t["token"], float(t["logprob"])) for t in content] or None,
        )

    def describe(self) -> dict[str, Any]:
        if self._sha256 is None:
            self._sha256 = file_sha256(self.path)
        return {"kind": "gguf", "file": self.path.name, "sha256": self._sha256}

    def close(self) -> None:
        if self._llm is not None:
            self._llm.close()
            self._llm = None

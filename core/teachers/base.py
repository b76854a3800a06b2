"""The interface every teacher backend implements (distilabel's ``LLM``: load, generate)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional, Protocol


@dataclass
class Reply:
    text: str
    #: "stop" when the model ended the reply itself; "length" when it hit max_tokens.
    finish_reason: str
    completion_tokens: int = 0
    #: (token, log-probability) for each generated token, when asked for and the server gave them.
    token_logprobs: Optional[list[tuple[str, float]]] = None
    #: For each generated token, the most likely alternatives {token: log-probability}.
    top_logprobs: Optional[list[dict[str, float]]] = None


class Teacher(Protocol):
    #: How many ``generate`` calls may run at once from different threads (1: one at a time).
    max_concurrency: int

    def load(self) -> None:
        """Make the teacher ready; raise TeacherError with one sentence if it cannot be."""

    def generate(
        self,
        messages: list[dict[str, str]],
        schema: dict[str, Any],
        max_tokens: int,
        temperature: float,
        seed: Optional[int],
        logprobs: bool = False,
    ) -> Reply:
        """One chat completion whose reply is constrained to JSON matching ``schema``; with
        ``logprobs``, token log-probabilities too where the backend offers them."""

    def describe(self) -> dict[str, Any]:
        """Provenance: what produced the samples (file and hash, or server and model)."""

    def close(self) -> None:
        """Free the model."""

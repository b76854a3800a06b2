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


class Teacher(Protocol):
    def load(self) -> None:
        """Make the teacher ready; raise TeacherError with one sentence if it cannot be."""

    def generate(
        self,
        messages: list[dict[str, str]],
        schema: dict[str, Any],
        max_tokens: int,
        temperature: float,
        seed: Optional[int],
    ) -> Reply:
        """One chat completion whose reply is constrained to JSON matching ``schema``."""

    def describe(self) -> dict[str, Any]:
        """Provenance: what produced the samples (file and hash, or server and model)."""

    def close(self) -> None:
        """Free the model."""

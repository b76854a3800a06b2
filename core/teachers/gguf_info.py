"""What a GGUF file holds, read from its header without loading the model: name, size, context,
quantization and whether it carries its own chat template."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

from core.errors import TeacherError
from core.user_text import user_text


def _dotted(parts: list[str]) -> str:
    """The parts one after the other with " · " between, each kept translatable."""
    line = parts[0]
    for part in parts[1:]:
        line = user_text("{first} · {then}", first=line, then=part)
    return line


@dataclass(frozen=True)
class GGUFInfo:
    name: str
    architecture: str
    parameters: Optional[int]
    quantization: str
    context_length: Optional[int]
    file_size: int
    chat_template: bool

    @property
    def summary(self) -> str:
        """One line for people: "Gemma 3 27B · 27.0 B parameters · Q4_K_M · 131,072 tokens · 16.5 GB"."""
        parts = [self.name]
        if self.parameters:
            parts.append(user_text("{n:.1f} B parameters", n=self.parameters / 1e9)
                         if self.parameters >= 1e8
                         else user_text("{n:.1f} M parameters", n=self.parameters / 1e6))
        parts.append(self.quantization)
        if self.context_length:
            parts.append(user_text("context {n:,} tokens", n=int(self.context_length)))
        parts.append(user_text("{size:.1f} GB", size=self.file_size / 1e9) if self.file_size >= 1e8
                     else user_text("{size:.1f} MB", size=self.file_size / 1e6))
        if not self.chat_template:
            parts.append(user_text("no chat template (ChatML is used)"))
        return _dotted(parts)


def gguf_info(path: os.PathLike | str) -> GGUFInfo:
    from gguf import GGUFReader, LlamaFileType

    path = Path(path)
    try:
        reader = GGUFReader(path)
    except (ValueError, OSError) as e:
        raise TeacherError(user_text("{name} is not a readable GGUF model file: {error}.",
                                     name=path.name, error=str(e))) from e

    def field(key: str) -> Any:
        f = reader.fields.get(key)
        try:
            return f.contents() if f is not None else None
        except (ValueError, IndexError):
            return None

    arch = field("general.architecture") or "unknown"
    file_type = field("general.file_type")
    try:
        quantization = LlamaFileType(file_type).name.replace("MOSTLY_", "").replace("ALL_", "")
    except (ValueError, TypeError):
        quantization = user_text("unknown quantization")
    return GGUFInfo(
        name=field("general.name") or path.stem,
        architecture=arch,
        parameters=sum(int(t.n_elements) for t in reader.tensors) or None,
        quantization=quantization,
        context_length=field(f"{arch}.context_length"),
        file_size=path.stat().st_size,
        chat_template=bool(field("tokenizer.chat_template")),
    )

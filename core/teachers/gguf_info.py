"""What a GGUF file holds, read from its header without loading the model: name, size, context,
quantization and whether it carries its own chat template."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

from core.errors import TeacherError


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
            parts.append(f"{self.parameters / 1e9:.1f} B parameters" if self.parameters >= 1e8
                         else f"{self.parameters / 1e6:.1f} M parameters")
        parts.append(self.quantization)
        if self.context_length:
            parts.append(f"context {self.context_length:,} tokens")
        parts.append(f"{self.file_size / 1e9:.1f} GB" if self.file_size >= 1e8
                     else f"{self.file_size / 1e6:.1f} MB")
        if not self.chat_template:
            parts.append("no chat template (ChatML is used)")
        return " · ".join(parts)


def gguf_info(path: os.PathLike | str) -> GGUFInfo:
    from gguf import GGUFReader, LlamaFileType

    path = Path(path)
    try:
        reader = GGUFReader(path)
    except (ValueError, OSError) as e:
        raise TeacherError(f"{path.name} is not a readable GGUF model file: {e}.") from e

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
        quantization = "unknown quantization"
    return GGUFInfo(
        name=field("general.name") or path.stem,
        architecture=arch,
        parameters=sum(int(t.n_elements) for t in reader.tensors) or None,
        quantization=quantization,
        context_length=field(f"{arch}.context_length"),
        file_size=path.stat().st_size,
        chat_template=bool(field("tokenizer.chat_template")),
    )

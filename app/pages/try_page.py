"""Step 8: try an exported model — type or paste text and watch its label as you type.

Works without a project: any exported bundle loads from disk, also one made on another computer.
After an export the main window loads the new bundle here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtWidgets import QWidget

from app.pages.base import Page
from app.try_it import TryItBox


class TryPage(Page):
    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.add_heading(self.tr("Try it"),
                         self.tr("Type or paste text and see which label an exported model gives "
                                 "it, and how sure it is. Any exported model folder loads, also "
                                 "one made on another computer."))
        self.try_box = TryItBox()
        self.layout_.addWidget(self.try_box, 1)

    def title(self) -> str:
        return self.tr("Try it")

    def load_bundle(self, folder: Path | str) -> bool:
        """Load an exported bundle; on failure the page says why and keeps the one it had."""
        return self.try_box.load_bundle(folder)

    def shutdown(self) -> None:
        self.try_box.stop()

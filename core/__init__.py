"""Shule's pipeline: plain Python, usable headless. Never imports Qt (see pyproject's import contracts)."""

from pathlib import Path

__version__ = "0.1.0"

#: Prompt templates, language data and other files shipped beside the code.
RESOURCES = Path(__file__).resolve().parent.parent / "resources"

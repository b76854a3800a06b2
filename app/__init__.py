"""Shule's PySide6 GUI over core. Never imports torch or transformers (pyproject's contracts)."""

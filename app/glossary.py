"""Plain-words explanations of the technical terms the pages cannot avoid.

``explain(widget, term)`` puts the explanation where a person looks for it: in the widget's
tooltip (after what the tooltip already says) and as its "What's this?" text (Help ▸ What's this?,
Shift+F1, then a click on the widget). Each term is explained on the widget where it first
appears in the steps.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from app.widgets import plain_tooltip

TERMS = {
    "GGUF": QT_TRANSLATE_NOOP(
        "Glossary", "GGUF is the file format of language models that run on your own computer "
                    "(llama.cpp, LM Studio and Ollama use it too). One file holds the whole "
                    "model; Shule uses the file where it is."),
    "ONNX": QT_TRANSLATE_NOOP(
        "Glossary", "ONNX is an open file format for trained models: the onnxruntime library runs "
                    "it on any computer or small device, without Python or PyTorch."),
    "int8": QT_TRANSLATE_NOOP(
        "Glossary", "int8 (quantization) stores each of the model's numbers in one byte instead "
                    "of four: the model becomes about four times smaller and faster on a CPU, and "
                    "usually loses very little accuracy. Shule measures the loss and tells you."),
    "macro-F1": QT_TRANSLATE_NOOP(
        "Glossary", "macro-F1 is the score Shule uses, from 0 to 1: for each label, how well the "
                    "model finds that label's texts without false alarms, averaged over the labels "
                    "so that a rare label counts as much as a common one."),
    "gold": QT_TRANSLATE_NOOP(
        "Glossary", "Gold examples are real texts you labelled yourself and keep apart: they are "
                    "never used for training, only to check the teacher and the students fairly."),
}


def meaning(term: str) -> str:
    """The term's explanation in the interface language."""
    return QCoreApplication.translate("Glossary", TERMS[term])


def explain(widget: QWidget, term: str) -> None:
    """Add the term's explanation to the widget's tooltip and make it its What's this? text."""
    words = meaning(term)
    tip = widget.toolTip()
    widget.setToolTip(plain_tooltip(f"{tip}\n\n{words}" if tip else words))
    widget.setWhatsThis(plain_tooltip(words))

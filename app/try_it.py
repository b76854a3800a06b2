""""Try it": type a sentence, see the exported model's label and probabilities at once.

The predictor (core.inference: onnxruntime + tokenizers, no torch) is imported only when a bundle
is loaded, so opening the window stays fast. Typing updates the result after a short pause.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QProgressBar, QPushButton, QVBoxLayout, QWidget)

from app import dialogs
from app.pages.base import describe_error, message_label, show_message

DEBOUNCE_MS = 250


class TryItBox(QGroupBox):
    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Try it"))
        self.predictor: Any = None
        self.bundle = QLabel(self.tr("No exported model loaded yet."))
        self.bundle.setTextFormat(Qt.PlainText)
        self.bundle.setWordWrap(True)
        self.load_button = QPushButton(self.tr("Load bundle…"))
        self.load_button.clicked.connect(self._browse)
        self.input = QLineEdit()
        self.input.setPlaceholderText(self.tr("Type a sentence in your language and press Enter"))
        self.input.setEnabled(False)
        self.input.returnPressed.connect(self.predict_now)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.predict_now)
        self.input.textEdited.connect(lambda _text: self._debounce.start())
        self.prediction = QLabel()
        self.prediction.setTextFormat(Qt.PlainText)
        font = QFont(self.prediction.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.prediction.setFont(font)
        self.scores = QGridLayout()
        self.bars: dict[str, QProgressBar] = {}
        self.error = message_label()

        top = QHBoxLayout()
        top.addWidget(self.bundle, 1)
        top.addWidget(self.load_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.input)
        layout.addWidget(self.prediction)
        layout.addLayout(self.scores)
        layout.addWidget(self.error)

    def _browse(self) -> None:
        folder = dialogs.ask_folder(self, self.tr("Choose an exported model folder"))
        if folder is not None:
            self.load_bundle(folder)

    def load_bundle(self, folder: Path | str) -> bool:
        """Load an exported bundle; on failure say why and keep the previous one."""
        from core.inference import Predictor  # onnxruntime: only now, not at startup

        try:
            predictor = Predictor(folder)
        except Exception as e:  # noqa: BLE001 - a damaged folder must not close the window
            show_message(self.error, describe_error(e))
            return False
        show_message(self.error, "")
        self.predictor = predictor
        self.bundle.setText(self.tr("Trying {folder} ({variant})").format(
            folder=folder, variant=predictor.variant))
        self._make_bars(predictor.labels)
        self.input.setEnabled(True)
        self.predict_now()
        return True

    def _make_bars(self, labels: list[str]) -> None:
        while self.scores.count():
            item = self.scores.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.bars = {}
        for row, name in enumerate(labels):
            label = QLabel(name)
            label.setTextFormat(Qt.PlainText)
            bar = QProgressBar()
            bar.setRange(0, 1000)
            bar.setFormat("")
            self.scores.addWidget(label, row, 0)
            self.scores.addWidget(bar, row, 1)
            self.bars[name] = bar

    def predict_now(self) -> Optional[dict[str, Any]]:
        """Label the text in the field; returns core's prediction (None when there is nothing)."""
        self._debounce.stop()
        text = self.input.text().strip()
        if self.predictor is None or not text:
            self.prediction.setText("")
            for bar in self.bars.values():
                bar.setValue(0)
                bar.setFormat("")
            return None
        try:
            result = self.predictor.predict([text])[0]
        except Exception as e:  # noqa: BLE001 - show it, keep the window
            show_message(self.error, describe_error(e))
            return None
        self.prediction.setText(result["label"])
        for name, probability in result["scores"].items():
            bar = self.bars.get(name)
            if bar is not None:
                bar.setValue(round(probability * 1000))
                bar.setFormat(f"{probability:.1%}")
        return result

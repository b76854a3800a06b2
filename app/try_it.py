""""Try it": type or paste text, see an exported model's label and probabilities as you type.

Any exported bundle loads, also one made on another computer. The predictor (core.predict:
onnxruntime + tokenizers, no torch) is imported only when a bundle is loaded, so opening the window
stays fast. Typing updates the result after a short pause. A bundle that cannot be loaded (damaged,
tampered with, not a bundle) is explained and the one loaded before stays.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QComboBox, QGridLayout, QHBoxLayout, QLabel, QPlainTextEdit,
                               QProgressBar, QPushButton, QVBoxLayout, QWidget)

from app import dialogs
from app.i18n import local_name
from app.pages.base import describe_error, message_label, show_message

DEBOUNCE_MS = 250


def bundle_variants(folder: Path, config: dict[str, Any]) -> list[str]:
    """The variants a loaded bundle holds (fp32 first): a copy may carry only one model file."""
    files = config.get("model_files") or {}
    return [v for v in ("fp32", "int8") if v in files and (folder / str(files[v])).is_file()]


class TryItBox(QWidget):
    #: A bundle was loaded (its folder): the page and window may show it.
    loaded = Signal(str)

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.predictor: Any = None
        self.folder: Optional[Path] = None
        self.config: dict[str, Any] = {}
        self.bundle = QLabel(self.tr("No exported model loaded yet."))
        self.bundle.setTextFormat(Qt.PlainText)
        self.bundle.setWordWrap(True)
        self.bundle.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.load_button = QPushButton(self.tr("Load exported model…"))
        self.load_button.clicked.connect(self._browse)
        self.variant = QComboBox()
        self.variant.setToolTip(self.tr("Full (fp32) is the exported model as trained; small "
                                        "(int8) is about four times smaller and faster on CPUs."))
        self.variant.activated.connect(lambda _i: self.set_variant(self.variant.currentData()))
        self.variant.hide()
        self.input = QPlainTextEdit()
        self.input.setAccessibleName(self.tr("Text to classify"))
        self.input.setPlaceholderText(self.tr("Load an exported model, then type or paste text."))
        self.input.setEnabled(False)
        self.input.setTabChangesFocus(True)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.predict_now)
        self.input.textChanged.connect(self._debounce.start)
        self.prediction = QLabel()
        self.prediction.setTextFormat(Qt.PlainText)
        self.prediction.setTextInteractionFlags(Qt.TextSelectableByMouse)
        font = QFont(self.prediction.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.prediction.setFont(font)
        self.scores = QGridLayout()
        self.bars: dict[str, QProgressBar] = {}
        self.error = message_label()

        top = QHBoxLayout()
        top.addWidget(self.bundle, 1)
        top.addWidget(self.variant)
        top.addWidget(self.load_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.input, 1)
        layout.addWidget(self.prediction)
        layout.addLayout(self.scores)

    def _browse(self) -> None:
        start = str(self.folder.parent) if self.folder is not None else ""
        folder = dialogs.ask_folder(self, self.tr("Choose an exported model folder"), start)
        if folder is not None:
            self.load_bundle(folder)

    def load_bundle(self, folder: Path | str, variant: Optional[str] = None) -> bool:
        """Load an exported bundle (its recommended variant unless ``variant``); on failure say why
        and keep the previous one."""
        from core.predict import Predictor  # onnxruntime: only now, not at startup

        folder = Path(folder)
        try:
            predictor = Predictor(folder, variant)
        except Exception as e:  # noqa: BLE001 - a damaged folder must not close the window
            show_message(self.error, describe_error(e))
            return False
        show_message(self.error, "")
        self.predictor, self.folder = predictor, folder
        self.config = predictor.config
        self._show_bundle()
        self._make_bars(list(predictor.labels))
        self.input.setEnabled(True)
        self.predict_now()
        self.loaded.emit(str(folder))
        return True

    def set_variant(self, variant: Optional[str]) -> bool:
        """Switch the loaded bundle to "fp32" or "int8"."""
        if self.folder is None or variant is None or variant == self.variant_name():
            return self.folder is not None
        if self.load_bundle(self.folder, variant):
            return True
        self.variant.setCurrentIndex(max(0, self.variant.findData(self.variant_name())))
        return False

    def variant_name(self) -> Optional[str]:
        return None if self.predictor is None else str(self.predictor.variant)

    def _show_bundle(self) -> None:
        language = self.config.get("language")
        language = language if isinstance(language, dict) else {}
        rtl = language.get("direction") == "rtl"
        self.input.setLayoutDirection(Qt.RightToLeft if rtl else Qt.LeftToRight)
        self.prediction.setLayoutDirection(Qt.RightToLeft if rtl else Qt.LeftToRight)
        name = local_name(str(language.get("code") or ""), str(language.get("name") or ""))
        self.input.setPlaceholderText(
            self.tr("Type or paste text in {language}.").format(language=name) if name
            else self.tr("Type or paste text."))
        names = {"fp32": self.tr("Full (fp32)"), "int8": self.tr("Small (int8)")}
        variant = self.variant_name() or ""
        self.bundle.setText(self.tr("Trying {folder} — {variant}").format(
            folder=self.folder, variant=names.get(variant, variant)))
        variants = bundle_variants(self.folder, self.config) if self.folder else []
        if variant not in variants:
            variants.append(variant)
        self.variant.clear()
        for v in variants:
            self.variant.addItem(names.get(v, v), v)
        self.variant.setCurrentIndex(max(0, self.variant.findData(variant)))
        self.variant.setVisible(len(variants) > 1)

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
            bar.setValue(0)
            bar.setAccessibleName(name)
            self.scores.addWidget(label, row, 0)
            self.scores.addWidget(bar, row, 1)
            self.bars[name] = bar

    def stop(self) -> None:
        """No prediction pending (the window is closing)."""
        self._debounce.stop()

    def text(self) -> str:
        return self.input.toPlainText().strip()

    def predict_now(self) -> Optional[dict[str, Any]]:
        """Label the text in the box; returns core's prediction (None when there is nothing)."""
        self._debounce.stop()
        text = self.text()
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

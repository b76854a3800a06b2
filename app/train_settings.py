"""The Train page's "More settings": epochs, learning rate, batch size and patience.

Hidden behind a "More settings" toggle, so a first-time user sees only the student and the Train
button. Each number starts at "automatic" (the spin box's lowest value shows that word), which
becomes None in the TrainingConfig: core then chooses the value from the data and the model.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QSpinBox, QToolButton, QVBoxLayout, QWidget

from app.widgets import LearningRateBox
from core.training import TrainingConfig

AUTO = 0  # the epochs and batch size boxes' "automatic"
AUTO_RATE = 1e-7  # the learning-rate box's lowest value, shown as "automatic"
FIRST_RATE = 2e-5  # where the arrows go from "automatic": the usual rate for a pretrained base


def build_config(epochs: int = AUTO, learning_rate: float = AUTO_RATE, batch_size: int = AUTO,
                 patience: Optional[int] = None) -> TrainingConfig:
    """The TrainingConfig for the boxes' values: "automatic" (their lowest value) becomes None."""
    config = TrainingConfig(epochs=epochs if epochs > AUTO else None,
                            learning_rate=learning_rate if learning_rate > AUTO_RATE * 1.0001 else None,
                            batch_size=batch_size if batch_size > AUTO else None)
    if patience is not None:
        config.patience = patience
    return config


class AutoLearningRate(LearningRateBox):
    """A learning-rate box whose lowest value reads "automatic" (None: core picks by model size)."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setRange(AUTO_RATE, 1e-1)
        self.setSpecialValueText(self.tr("automatic"))
        self.setValue(AUTO_RATE)

    def is_automatic(self) -> bool:
        return self.value() <= AUTO_RATE * 1.0001

    def valueFromText(self, text: str) -> float:
        if text.strip() == self.specialValueText():
            return self.minimum()
        return super().valueFromText(text)

    def stepBy(self, steps: int) -> None:
        if self.is_automatic():
            if steps > 0:
                self.setValue(FIRST_RATE)
            return
        super().stepBy(steps)


def _auto_spin(maximum: int, automatic: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(AUTO, maximum)
    box.setSpecialValueText(automatic)
    box.setValue(AUTO)
    box.setMaximumWidth(160)
    return box


class TrainingSettings(QWidget):
    """A "More settings" toggle over the boxes; ``config()`` is what Train uses."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.toggle = QToolButton()
        self.toggle.setText(self.tr("More settings"))
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.RightArrow)
        self.toggle.setAutoRaise(True)
        self.toggle.toggled.connect(self.set_expanded)

        self.epochs = _auto_spin(200, self.tr("automatic"))
        self.epochs.setAccessibleName(self.tr("Epochs"))
        self.epochs.setToolTip(self.tr("Passes over the training samples. Automatic: 10 for a "
                                       "pretrained base (early stopping ends most runs sooner), "
                                       "15 for the quick student."))
        self.learning_rate = AutoLearningRate()
        self.learning_rate.setMaximumWidth(160)
        self.learning_rate.setAccessibleName(self.tr("Learning rate"))
        self.learning_rate.setToolTip(self.tr("Automatic: chosen from the size of the model."))
        self.batch_size = _auto_spin(512, self.tr("automatic"))
        self.batch_size.setAccessibleName(self.tr("Batch size"))
        self.batch_size.setToolTip(self.tr("Samples per step. Automatic: grows with the data, "
                                           "from 4 for a few samples to 64 for many."))
        self.patience = QSpinBox()
        self.patience.setRange(1, 50)
        self.patience.setValue(TrainingConfig().patience)
        self.patience.setMaximumWidth(160)
        self.patience.setAccessibleName(self.tr("Early stopping patience"))
        self.patience.setToolTip(self.tr("Training stops when the score on the held-out samples "
                                         "has not improved for this many epochs."))

        self.panel = QWidget()
        form = QFormLayout(self.panel)
        form.setContentsMargins(18, 0, 0, 0)
        form.addRow(self.tr("Epochs"), self.epochs)
        form.addRow(self.tr("Learning rate"), self.learning_rate)
        form.addRow(self.tr("Batch size"), self.batch_size)
        form.addRow(self.tr("Stop after epochs without progress"), self.patience)
        self.panel.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle, 0, Qt.AlignLeft)
        layout.addWidget(self.panel)

    def set_expanded(self, expanded: bool) -> None:
        self.toggle.setChecked(expanded)
        self.toggle.setArrowType(Qt.DownArrow if expanded else Qt.RightArrow)
        self.panel.setVisible(expanded)

    def config(self) -> TrainingConfig:
        return build_config(self.epochs.value(), self.learning_rate.value(),
                            self.batch_size.value(), self.patience.value())

"""The Generate page's settings: how the teacher writes (strategy), how many, and the checks.

Everything here only describes a ``GenerationConfig``; the page runs the work. Options that do
not apply are hidden: texts per request and the topics editor belong to the diverse strategy, the
examples line to few-shot, requests-at-once and the price to a server teacher.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QFormLayout,
                               QGroupBox, QHBoxLayout, QLabel, QPushButton, QRadioButton,
                               QSpinBox, QToolButton, QVBoxLayout, QWidget)

from app.attributes_editor import AttributesEditor
from app.demos_dialog import DemosLine
from core.generation import GenerationConfig
from core.project import Project

STRATEGY_WORDS = {
    "zero-shot": (
        QT_TRANSLATE_NOOP("GenerationOptions", "Zero-shot"),
        QT_TRANSLATE_NOOP("GenerationOptions", "The teacher writes from your label descriptions "
                                               "alone. The quickest way to start.")),
    "few-shot": (
        QT_TRANSLATE_NOOP("GenerationOptions", "Few-shot with your examples"),
        QT_TRANSLATE_NOOP("GenerationOptions", "The teacher sees a few of your real texts in each "
                                               "request, so it writes more like them. Helps most "
                                               "where the teacher knows the language less well.")),
    "diverse": (
        QT_TRANSLATE_NOOP("GenerationOptions", "Diverse topics and styles"),
        QT_TRANSLATE_NOOP("GenerationOptions", "The teacher varies topic, situation, register and "
                                               "style, several texts per request, so the samples "
                                               "cover more ground.")),
}
#: (threshold, words): the similarity at or above which a text counts as a near duplicate.
STRICTNESS = (
    (0.6, QT_TRANSLATE_NOOP("GenerationOptions", "Strict: drop texts much like an earlier one")),
    (0.8, QT_TRANSLATE_NOOP("GenerationOptions", "Normal")),
    (0.9, QT_TRANSLATE_NOOP("GenerationOptions", "Lenient: drop only near copies")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("GenerationOptions", text)


def _indented(widget: QWidget) -> QHBoxLayout:
    # A layout margin, not the label's own contents margins: those upset word-wrap sizing.
    row = QHBoxLayout()
    row.setContentsMargins(22, 0, 0, 4)
    row.addWidget(widget)
    return row


class GenerationOptions(QWidget):
    strategy_changed = Signal(str)
    import_examples_requested = Signal()

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        defaults = GenerationConfig()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        # ---- strategy ----------------------------------------------------------------------
        box = QGroupBox(self.tr("How the teacher writes"))
        strategy_layout = QVBoxLayout(box)
        self.strategy_group = QButtonGroup(self)
        self.strategy_buttons: dict[str, QRadioButton] = {}
        for name, (title, explanation) in STRATEGY_WORDS.items():
            button = QRadioButton(_tr(title))
            text = QLabel(_tr(explanation))
            text.setWordWrap(True)
            text.setTextFormat(Qt.PlainText)
            self.strategy_group.addButton(button)
            self.strategy_buttons[name] = button
            strategy_layout.addWidget(button)
            strategy_layout.addLayout(_indented(text))

        # few-shot: how many real examples there are, and a way to bring more in
        self.few_shot_panel = QWidget()
        self.examples_line = QLabel()
        self.examples_line.setTextFormat(Qt.PlainText)  # label names are the user's words
        self.examples_line.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import examples…"))
        self.import_button.clicked.connect(self.import_examples_requested)
        self.demos = DemosLine(self.seed_value)  # which examples, and the user's pins
        few_shot_layout = QVBoxLayout(self.few_shot_panel)
        few_shot_layout.setContentsMargins(22, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.examples_line, 1)
        row.addWidget(self.import_button, 0, Qt.AlignTop)
        few_shot_layout.addLayout(row)
        few_shot_layout.addWidget(self.demos)
        strategy_layout.addWidget(self.few_shot_panel)

        # diverse: texts per request and the four lists
        self.diverse_panel = QWidget()
        self.per_request = QSpinBox()
        self.per_request.setRange(1, 10)
        self.per_request.setValue(defaults.per_request)
        self.attributes = AttributesEditor()
        diverse_layout = QVBoxLayout(self.diverse_panel)
        diverse_layout.setContentsMargins(22, 0, 0, 0)
        per_request_row = QFormLayout()
        per_request_row.addRow(self.tr("Texts per request"), self.per_request)
        diverse_layout.addLayout(per_request_row)
        diverse_layout.addWidget(self.attributes)
        strategy_layout.addWidget(self.diverse_panel)
        layout.addWidget(box)

        # ---- amounts -----------------------------------------------------------------------
        self.per_label = QSpinBox()
        self.per_label.setRange(1, 100_000)
        self.per_label.setValue(defaults.per_label)
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setValue(defaults.seed)
        self.concurrency = QSpinBox()
        self.concurrency.setRange(1, 64)
        self.concurrency.setValue(4)
        self.concurrency_label = QLabel(self.tr("Requests at once"))
        self.self_check = QCheckBox(self.tr("Ask the teacher to double-check each text"))
        self.self_check.setToolTip(self.tr("One more request per text: slower, but texts that do "
                                           "not fit their label or language are dropped."))
        form = QFormLayout()
        form.addRow(self.tr("Samples per label"), self.per_label)
        form.addRow(self.concurrency_label, self.concurrency)
        form.addRow(self.tr("Seed"), self.seed)
        layout.addLayout(form)
        layout.addWidget(self.self_check)

        # ---- checks (collapsible) ----------------------------------------------------------
        self.checks_toggle = QToolButton()
        self.checks_toggle.setText(self.tr("Checks"))
        self.checks_toggle.setCheckable(True)
        self.checks_toggle.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.checks_toggle.setArrowType(Qt.RightArrow)
        self.checks_toggle.setAutoRaise(True)
        self.checks_toggle.toggled.connect(self._toggle_checks)
        self.checks_panel = QWidget()
        self.strictness = QComboBox()
        self.strictness.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.strictness.setMinimumContentsLength(12)
        for threshold, words in STRICTNESS:
            self.strictness.addItem(_tr(words), threshold)
        self.strictness.setCurrentIndex(self.strictness.findData(defaults.near_duplicate_threshold))
        self.max_chars = QSpinBox()
        self.max_chars.setRange(20, 5000)
        self.max_chars.setValue(defaults.max_chars)
        self.check_script = QCheckBox(self.tr("Drop texts written in another script"))
        self.check_script.setChecked(defaults.check_script)
        self.check_language = QCheckBox(self.tr("Drop texts in another language"))
        self.check_language.setChecked(defaults.check_language)
        self.language_note = QLabel()
        self.language_note.setTextFormat(Qt.PlainText)
        self.language_note.setWordWrap(True)
        self.language_note.hide()
        checks = QFormLayout(self.checks_panel)
        checks.setRowWrapPolicy(QFormLayout.WrapLongRows)
        checks.setContentsMargins(22, 0, 0, 0)
        checks.addRow(self.tr("Near duplicates"), self.strictness)
        checks.addRow(self.tr("Longest text (characters)"), self.max_chars)
        checks.addRow(self.check_script)
        checks.addRow(self.check_language)
        checks.addRow(self.language_note)
        self.checks_panel.hide()
        layout.addWidget(self.checks_toggle)
        layout.addWidget(self.checks_panel)

        self.strategy_buttons[defaults.strategy].setChecked(True)
        self._show_strategy_options()
        self.strategy_group.buttonToggled.connect(self._strategy_toggled)
        self.set_teacher_kind(None)

    # ---- state ---------------------------------------------------------------------------------
    def strategy(self) -> str:
        return next(n for n, b in self.strategy_buttons.items() if b.isChecked())

    def set_strategy(self, name: str) -> None:
        self.strategy_buttons[name].setChecked(True)

    def seed_value(self) -> int:
        return self.seed.value()

    def is_remote(self) -> bool:
        return self._teacher_kind not in (None, "gguf")

    def config(self) -> GenerationConfig:
        return GenerationConfig(
            per_label=self.per_label.value(), strategy=self.strategy(), seed=self.seed.value(),
            max_chars=self.max_chars.value(), per_request=self.per_request.value(),
            concurrency=self.concurrency.value() if self.is_remote() else None,
            self_check=self.self_check.isChecked(),
            near_duplicate_threshold=float(self.strictness.currentData()),
            check_script=self.check_script.isChecked(),
            check_language=self.check_language.isChecked() and self.check_language.isEnabled(),
        )

    def set_teacher_kind(self, kind: Optional[str]) -> None:
        """Requests at once only mean something for a server (a GGUF file runs one at a time)."""
        self._teacher_kind = kind
        self.concurrency.setVisible(self.is_remote())
        self.concurrency_label.setVisible(self.is_remote())

    def set_language_covered(self, covered: bool, language_name: str) -> None:
        self.check_language.setEnabled(covered)
        if covered:
            self.language_note.hide()
        else:
            self.language_note.setText(self.tr(
                "Shule cannot recognise {language} automatically, so texts in another language "
                "are not caught: the teacher's double-check or your review has to.").format(
                language=language_name))
            self.language_note.show()

    def set_examples(self, project: Optional[Project], note: str = "") -> None:
        """The few-shot line: how many real examples each label has (after ``note``)."""
        self.demos.set_project(project)
        if project is None:
            self.examples_line.clear()
            return
        names = project.label_names
        imported = {n: 0 for n in names}
        for sample in project.samples(status="accepted", source="imported"):
            imported[sample.label] = imported.get(sample.label, 0) + 1
        per_label = " · ".join(f"{name} {n}" for name, n in imported.items())
        if sum(imported.values()):
            text = self.tr("Your real examples: {counts}.").format(counts=per_label)
            missing = [n for n, c in imported.items() if c == 0]
            if missing:
                text += " " + self.tr("Labels without examples get examples of other labels "
                                      "only: {labels}.").format(labels=", ".join(missing))
        else:
            accepted = {n: c["accepted"] for n, c in project.counts().items()}
            if sum(accepted.values()):
                text = self.tr("No imported examples yet; accepted samples of earlier rounds "
                               "serve instead: {counts}.").format(
                    counts=" · ".join(f"{n} {c}" for n, c in accepted.items()))
            else:
                text = self.tr("No examples yet: import a CSV file with a text and a label "
                               "column, or accept some samples first.")
        self.examples_line.setText(f"{note} {text}" if note else text)

    def set_busy(self, busy: bool) -> None:
        self.import_button.setEnabled(not busy)
        self.attributes.set_busy(busy)

    # ---- reactions ------------------------------------------------------------------------------
    def _strategy_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:  # the button switched off fires too
            self._show_strategy_options()
            self.strategy_changed.emit(self.strategy())

    def _show_strategy_options(self) -> None:
        name = self.strategy()
        self.few_shot_panel.setVisible(name == "few-shot")
        self.diverse_panel.setVisible(name == "diverse")

    def _toggle_checks(self, shown: bool) -> None:
        self.checks_toggle.setArrowType(Qt.DownArrow if shown else Qt.RightArrow)
        self.checks_panel.setVisible(shown)

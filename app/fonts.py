"""Fonts for every script and the direction of every sample.

Many desktops have no font for Ethiopic, N'Ko, Tifinagh, Ol Chiki or Vai, and show empty boxes
where a sample's letters should be. Shule ships open-licensed Noto fonts for these scripts
(resources/fonts, see its README), registers them at start-up, and the pages ask
``font_for_text`` which font draws a sample and what to tell the user when their own font cannot.

Coverage is read with ``QRawFont.supportsCharacter``: it answers for one concrete font file.
``QFontMetrics.inFontUcs4`` answers for the font *and Qt's fallback fonts*, so it only tells
whether some font on the computer can draw a character (measured under fontconfig and the
offscreen platform). Answers are cached per font and character, so a page can call this for
every sample it shows, on every key press.
"""

from __future__ import annotations

import unicodedata
from collections import OrderedDict
from typing import Optional, Union

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase, QRawFont
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from core import RESOURCES
from core.text_direction import direction_of, script_name, script_of

FONTS_DIR = RESOURCES / "fonts"
FONT_SUFFIXES = (".ttf", ".otf")
#: Characters a font's cmap need not hold: variation selectors and the combining grapheme joiner
#: (marks, by category, but drawn by no font). Spaces, controls, ZWJ/ZWNJ, punctuation and
#: symbols are skipped by category.
_INVISIBLE_MARKS = frozenset(
    [chr(c) for c in range(0xFE00, 0xFE10)] + [chr(c) for c in range(0xE0100, 0xE01F0)]
    + [chr(c) for c in range(0x180B, 0x1810)] + ["\u034f"])
SHOWN_MISSING = 3  # characters named in the "no font" message

_bundled: Optional[list[str]] = None
_families: dict[str, "_Coverage"] = {}  # one family's coverage, any style
_fonts: dict[tuple, "_FontState"] = {}  # a QFont's (all its families) coverage
_choices: OrderedDict[tuple, tuple[QFont, Optional[str]]] = OrderedDict()  # most recent last
CHOICES_KEPT = 1024


def _checked(char: str) -> bool:
    """Whether a font must hold ``char`` to draw the text: letters, marks and digits."""
    return unicodedata.category(char)[0] in "LMN" and char not in _INVISIBLE_MARKS


class _Coverage:
    """Which characters one concrete font (the one Qt picks for a QFont) holds, asked once each."""

    __slots__ = ("family", "raw", "answers")

    def __init__(self, font: QFont, family: str) -> None:
        self.raw = QRawFont.fromFont(font)
        self.family = family  # not raw.familyName(): see _fallback_families
        self.answers: dict[str, bool] = {}

    def covers(self, char: str) -> bool:
        answer = self.answers.get(char)
        if answer is None:
            answer = self.answers[char] = self.raw.isValid() and self.raw.supportsCharacter(ord(char))
        return answer


class _FontState:
    """A QFont's coverage through its whole family list, and the characters already sorted."""

    __slots__ = ("coverages", "ok", "missing")

    def __init__(self, font: QFont) -> None:
        self.coverages = []
        for family in _family_list(font):
            single = QFont(font)
            single.setFamilies([family])
            self.coverages.append(_Coverage(single, family))
        self.ok: set[str] = set()
        self.missing: set[str] = set()

    def missing_in(self, text: str) -> set[str]:
        chars = set(text)
        for char in chars - self.ok - self.missing:
            if not _checked(char) or any(c.covers(char) for c in self.coverages):
                self.ok.add(char)
            else:
                self.missing.add(char)
        return chars & self.missing


def _family_list(font: QFont) -> list[str]:
    families = list(font.families()) or [font.family()]
    return list(dict.fromkeys(f for f in families if f)) or [font.family()]


def _font_key(font: QFont) -> tuple:
    return (tuple(font.families()), font.family(), font.styleName(), font.weight(), font.italic(),
            font.stretch())


def _state(font: QFont) -> _FontState:
    key = _font_key(font)
    state = _fonts.get(key)
    if state is None:
        state = _fonts[key] = _FontState(font)
    return state


def _family_coverage(family: str) -> _Coverage:
    coverage = _families.get(family)
    if coverage is None:
        coverage = _families[family] = _Coverage(QFont(family), family)
    return coverage


def load_bundled_fonts() -> list[str]:
    """Register the fonts in resources/fonts with Qt (once; needs a QGuiApplication) and return
    their family names. A file Qt cannot read is skipped."""
    global _bundled
    if _bundled is None:
        families: list[str] = []
        if FONTS_DIR.is_dir():
            for path in sorted(FONTS_DIR.iterdir()):
                if path.suffix.lower() not in FONT_SUFFIXES:
                    continue
                font_id = QFontDatabase.addApplicationFont(str(path))
                if font_id >= 0:
                    families.extend(QFontDatabase.applicationFontFamilies(font_id))
        _bundled = list(dict.fromkeys(families))
        # New fonts change what Qt's fallback finds and what a family name resolves to.
        _families.clear()
        _fonts.clear()
        _choices.clear()
    return list(_bundled)


def missing_glyphs(font: QFont, text: str) -> list[str]:
    """The letters, marks and digits of ``text`` (each once, in order) that none of ``font``'s
    families can draw. Spaces, controls, ZWJ/ZWNJ, punctuation and symbols are not checked."""
    missing = _state(font).missing_in(text)
    return [c for c in dict.fromkeys(text) if c in missing] if missing else []


def font_for_text(base: QFont, text: str) -> tuple[QFont, Optional[str]]:
    """The font to show ``text`` in, and a message for the user (None when all is well).

    ``base`` itself when it draws every letter; otherwise a copy whose families put a font that
    covers the missing letters first (a bundled one if it can, else the one Qt's own fallback
    finds on the computer) and ``base``'s families after it, for the letters that font lacks.
    """
    missing = _state(base).missing_in(text)
    if not missing:
        return base, None
    key = (_font_key(base), frozenset(missing))
    choice = _choices.get(key)
    if choice is None:
        in_order = [c for c in dict.fromkeys(text) if c in missing]
        choice = _choices[key] = _choose(base, in_order)
        if len(_choices) > CHOICES_KEPT:
            _choices.popitem(last=False)
    else:
        _choices.move_to_end(key)
    return QFont(choice[0]), choice[1]


def _choose(base: QFont, missing: list[str]) -> tuple[QFont, Optional[str]]:
    left = set(missing)
    chosen: list[str] = []

    def take(families: list[str]) -> None:
        nonlocal left
        for family in families:
            coverage = _family_coverage(family)
            drawn = {c for c in left if coverage.covers(c)}
            if drawn and coverage.family not in chosen:
                chosen.append(coverage.family)
                left -= drawn
            if not left:
                return

    # Bundled fonts first (made for these scripts), then what Qt's own fallback picks when it
    # lays the letters out: a font on this computer that has them.
    take(_bundled or [])
    if left:
        take(_fallback_families(base, [c for c in missing if c in left]))
    font = QFont(base)
    if chosen:
        font.setFamilies(chosen + [f for f in _family_list(base) if f not in chosen])
    if left:
        undrawn = [c for c in missing if c in left]
        shown = "".join(undrawn[:SHOWN_MISSING]) + ("…" if len(undrawn) > SHOWN_MISSING else "")
        return font, QCoreApplication.translate(
            "Fonts", "No font on this computer can draw some of these letters ({letters}): "
                     "install a font for this script.").format(letters=shown)
    scripts = [s for s in dict.fromkeys(script_of(c) for c in missing) if s]
    names = ", ".join(script_name(s) for s in scripts)
    if names:
        message = QCoreApplication.translate(
            "Fonts", "Your system font cannot draw {scripts} letters: showing them in {fonts}.")
    else:
        message = QCoreApplication.translate(
            "Fonts", "Your system font cannot draw some of these letters: showing them in {fonts}.")
    return font, message.format(scripts=names, fonts=", ".join(chosen))


def _fallback_families(base: QFont, chars: list[str]) -> list[str]:
    """Installed families that hold some of ``chars``, those holding most first. Each family's
    coverage is read once a session. (Asking Qt's fallback, through the glyph runs of a text
    layout, crashes: QRawFont.familyName() of a fallback engine built from an application font
    dereferences an empty family list, in Qt 6.11.)"""
    own = set(_family_list(base))
    scored = []
    for family in QFontDatabase.families():
        if family in own or QFontDatabase.isPrivateFamily(family):
            continue
        held = sum(_family_coverage(family).covers(c) for c in chars)
        if held:
            scored.append((-held, family))
    return [family for _, family in sorted(scored)]


WidgetWithText = Union[QPlainTextEdit, QTextEdit, QLabel, QLineEdit, QWidget]


def apply_text_direction(widget: WidgetWithText, text: str, default: str = "ltr") -> str:
    """Lay ``widget`` out in the direction of ``text`` (core.text_direction.direction_of): right
    to left and right-aligned for Arabic, Hebrew, N'Ko, Thaana…, left to right otherwise. A
    QLabel is switched to plain text: samples are never read as HTML. Returns "rtl" or "ltr"."""
    direction = direction_of(text, default)
    rtl = direction == "rtl"
    qt_direction = Qt.RightToLeft if rtl else Qt.LeftToRight
    horizontal = (Qt.AlignRight if rtl else Qt.AlignLeft) | Qt.AlignAbsolute
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        document = widget.document()
        option = document.defaultTextOption()
        if option.textDirection() != qt_direction or option.alignment() != horizontal:
            option.setTextDirection(qt_direction)
            option.setAlignment(horizontal)
            document.setDefaultTextOption(option)
    elif isinstance(widget, (QLabel, QLineEdit)):
        if isinstance(widget, QLabel) and widget.textFormat() != Qt.PlainText:
            widget.setTextFormat(Qt.PlainText)
        widget.setLayoutDirection(qt_direction)
        widget.setAlignment((widget.alignment() & Qt.AlignVertical_Mask) | horizontal)
    else:
        widget.setLayoutDirection(qt_direction)
    return direction

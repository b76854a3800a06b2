"""A reviewer whose computer has no font for their script still reads every sample: Shule ships
fonts for scripts desktops often lack, picks one per sample, says so in plain words, and lays
right-to-left samples out right to left. Samples are always shown as plain text."""

from __future__ import annotations

import hashlib
import re
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QTextLayout
from PySide6.QtWidgets import QLabel, QPlainTextEdit

from app import fonts
from app.fonts import apply_text_direction, font_for_text, load_bundled_fonts, missing_glyphs
from tests.fixtures.shared_data import SHARED_DATA

SIB200 = SHARED_DATA / "sib200"
AMHARIC = "ሰላም ለዓለም"
NKO = "ߒߞߏ ߛߓߍ߲"
TIFINAGH = "ⵜⴰⵎⴰⵣⵉⵖⵜ"
OL_CHIKI = "ᱚᱞ ᱪᱤᱠᱤ"
VAI = "ꕙꔤ ꔀ"
ARABIC = "مرحبا بالعالم"
HTML = "<b>bold</b><img src=x><a href='y'>z</a>"
BUNDLED = {"Noto Sans Ethiopic", "Noto Sans NKo", "Noto Sans Tifinagh", "Noto Sans Ol Chiki",
           "Noto Sans Vai"}


def sib200_line(folder: str) -> str:
    """The text of the first sample of a SIB-200 split (index, category, text); skip if absent."""
    path = SIB200 / folder / "train.tsv"
    if not path.is_file():
        pytest.skip(f"{path} is not on this machine")
    return path.read_text(encoding="utf-8").splitlines()[1].split("\t")[-1]


def drawn_by(font: QFont, text: str) -> list[tuple[str, bool]]:
    """(family, every glyph real) for each run Qt lays ``text`` out in: what the user sees."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [(run.rawFont().familyName(), all(run.glyphIndexes())) for run in layout.glyphRuns()]


def letters_drawn(font: QFont, text: str) -> bool:
    """No letter of ``text`` falls to an empty box (glyph 0) when Qt draws it in ``font``."""
    letters = "".join(c for c in text if not c.isspace())
    return all(real for _, real in drawn_by(font, letters))


@pytest.fixture
def dejavu(qapp) -> QFont:
    """The font of a desktop with nothing but DejaVu, which has no Ethiopic, Ol Chiki or Vai."""
    if "DejaVu Sans" not in QFontDatabase.families():
        pytest.skip("DejaVu Sans is not installed")
    font = QFont("DejaVu Sans")
    font.setPointSize(11)
    return font


def test_the_bundled_fonts_are_registered_once(qapp) -> None:
    families = load_bundled_fonts()
    assert set(families) == BUNDLED
    assert load_bundled_fonts() == families
    assert BUNDLED <= set(QFontDatabase.families())


def test_a_plain_desktop_font_lacks_ethiopic(dejavu: QFont) -> None:
    # QRawFont answers for the font itself, whatever Qt's fallback could find elsewhere.
    assert missing_glyphs(dejavu, AMHARIC) == list("ሰላምለዓ")
    assert missing_glyphs(dejavu, "Habari, dunia! 42") == []
    # Spaces, punctuation, ZWJ/ZWNJ and emoji are never reported.
    assert missing_glyphs(dejavu, " \u200d\u200c።—«»😀\ufe0f") == []


@pytest.mark.parametrize("text, script", [(AMHARIC, "Ethiopic"), (OL_CHIKI, "Ol Chiki"),
                                          (VAI, "Vai")])
def test_letters_the_font_lacks_are_shown_in_a_bundled_font(dejavu: QFont, text: str,
                                                            script: str) -> None:
    load_bundled_fonts()
    font, message = font_for_text(dejavu, text)
    assert font.family() in BUNDLED
    assert font.families()[1:] == ["DejaVu Sans"]  # the user's font stays for everything else
    assert font.pointSize() == 11
    assert missing_glyphs(font, text) == []
    assert letters_drawn(font, text)
    assert font.family() in {family for family, _ in drawn_by(font, text)}
    assert message == (f"Your system font cannot draw {script} letters: "
                       f"showing them in {font.family()}.")


def test_a_real_amharic_sample_is_readable(dejavu: QFont) -> None:
    text = sib200_line("amh_Ethi")
    load_bundled_fonts()
    assert missing_glyphs(dejavu, text)
    font, message = font_for_text(dejavu, text)
    assert font.family() == "Noto Sans Ethiopic"
    assert missing_glyphs(font, text) == [] and letters_drawn(font, text)
    assert "Ethiopic" in message


@pytest.mark.parametrize("text, family, script", [(NKO, "Noto Sans NKo", "Ko"),
                                                  (TIFINAGH, "Noto Sans Tifinagh", "Tifinagh"),
                                                  (AMHARIC, "Noto Sans Ethiopic", "Ethiopic")])
def test_each_script_gets_its_own_font(qapp, text: str, family: str, script: str) -> None:
    # A base font that has only Vai letters stands for a desktop font without these scripts.
    load_bundled_fonts()
    base = QFont("Noto Sans Vai")
    assert missing_glyphs(base, text)
    font, message = font_for_text(base, text)
    assert font.family() == family
    assert missing_glyphs(font, text) == [] and letters_drawn(font, text)
    assert script in message and family in message


@pytest.mark.parametrize("text", [NKO, TIFINAGH, AMHARIC, OL_CHIKI, VAI])
def test_with_the_default_font_every_bundled_script_is_drawn(qapp, text: str) -> None:
    load_bundled_fonts()
    base = qapp.font()
    font, message = font_for_text(base, text)
    assert missing_glyphs(font, text) == [] and letters_drawn(font, text)
    assert (message is None) == (missing_glyphs(base, text) == [])


def test_text_the_font_draws_keeps_the_font_and_says_nothing(dejavu: QFont) -> None:
    load_bundled_fonts()
    for text in ("Habari ya asubuhi", ARABIC, HTML, "", "   ", "12, 34!"):
        font, message = font_for_text(dejavu, text)
        assert font is dejavu and message is None


def test_letters_no_font_has_are_named(dejavu: QFont) -> None:
    load_bundled_fonts()
    adlam = "𞤀𞤣𞤤𞤢𞤥"  # Adlam: no bundled font, and none on a DejaVu-only desktop
    if not missing_glyphs(font_for_text(dejavu, adlam)[0], adlam):
        pytest.skip("this computer has a font for Adlam")
    font, message = font_for_text(dejavu, "ሰላም " + adlam)
    assert message == ("No font on this computer can draw some of these letters (𞤀𞤣𞤤…): "
                       "install a font for this script.")
    assert font.family() == "Noto Sans Ethiopic"  # what can be drawn still is
    assert missing_glyphs(font, "ሰላም " + adlam) == list(adlam)


def test_asking_again_costs_microseconds(dejavu: QFont) -> None:
    load_bundled_fonts()
    texts = [AMHARIC + " " + str(i) for i in range(3)] + ["Habari ya asubuhi", NKO, VAI * 20]
    for text in texts:
        font_for_text(dejavu, text)
    start = time.perf_counter()
    rounds = 200
    for _ in range(rounds):
        for text in texts:
            font_for_text(dejavu, text)
    per_call = (time.perf_counter() - start) / (rounds * len(texts))
    assert per_call < 0.001  # the review page asks on every key press (measured: ~20 µs)


def test_a_bundled_file_is_the_one_the_readme_records() -> None:
    readme = (fonts.FONTS_DIR / "README.md").read_text(encoding="utf-8")
    files = sorted(p for p in fonts.FONTS_DIR.iterdir() if p.suffix == ".ttf")
    assert len(files) == 5 and (fonts.FONTS_DIR / "OFL.txt").is_file()
    for path in files:
        row = re.search(rf"^\| {re.escape(path.name)} \|.*\| (\d+) \| ([0-9a-f]{{64}}) \|$", readme,
                        re.MULTILINE)
        assert row, f"{path.name} is not in resources/fonts/README.md"
        assert int(row.group(1)) == path.stat().st_size
        assert row.group(2) == hashlib.sha256(path.read_bytes()).hexdigest()
    assert sum(p.stat().st_size for p in files) < 2_000_000


# ---- direction ---------------------------------------------------------------------------------

def first_cursor_x(editor: QPlainTextEdit) -> int:
    cursor = editor.textCursor()
    cursor.setPosition(0)
    return editor.cursorRect(cursor).x()


@pytest.mark.parametrize("arabic", [ARABIC, "sib200"])
def test_arabic_runs_right_to_left(qtbot, arabic: str) -> None:
    text = sib200_line("arb_Arab") if arabic == "sib200" else arabic
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.resize(400, 120)
    editor.setPlainText(text[:30])
    editor.show()
    qtbot.waitExposed(editor)
    assert apply_text_direction(editor, text) == "rtl"
    option = editor.document().defaultTextOption()
    assert option.textDirection() == Qt.RightToLeft
    assert option.alignment() & Qt.AlignRight
    assert first_cursor_x(editor) > editor.viewport().width() / 2  # the line starts at the right

    english = "Hello world, 2024"
    editor.setPlainText(english)
    assert apply_text_direction(editor, english, default="rtl") == "ltr"
    option = editor.document().defaultTextOption()
    assert option.textDirection() == Qt.LeftToRight
    assert option.alignment() & Qt.AlignLeft
    assert first_cursor_x(editor) < editor.viewport().width() / 2


def test_a_label_follows_its_text(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    label.setAlignment(Qt.AlignVCenter)
    assert apply_text_direction(label, "שלום עולם") == "rtl"
    assert label.layoutDirection() == Qt.RightToLeft
    assert label.alignment() & Qt.AlignRight and label.alignment() & Qt.AlignVCenter
    assert apply_text_direction(label, "123 !?", default="ltr") == "ltr"
    assert label.layoutDirection() == Qt.LeftToRight and label.alignment() & Qt.AlignLeft


def test_markup_in_a_sample_is_shown_as_typed(qtbot) -> None:
    editor = QPlainTextEdit()
    label = QLabel()
    qtbot.addWidget(editor)
    qtbot.addWidget(label)
    editor.setPlainText(HTML)
    label.setText(HTML)
    for widget in (editor, label):
        assert apply_text_direction(widget, HTML) == "ltr"
    assert editor.toPlainText() == HTML
    assert label.textFormat() == Qt.PlainText and label.text() == HTML
    # As plain text the label needs room for every character of the markup, not just "boldz".
    rich = QLabel(HTML)
    qtbot.addWidget(rich)
    assert label.sizeHint().width() > rich.sizeHint().width()

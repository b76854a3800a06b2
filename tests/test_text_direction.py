"""Each sample is laid out by its own content: its direction and its script, read from its letters."""

import pytest

from core.text_direction import direction_of, dominant_script, script_name, script_of


@pytest.mark.parametrize("text, direction, script", [
    ("مرحبا بالعالم", "rtl", "Arab"),
    ("שלום עולם", "rtl", "Hebr"),
    ("ߒߞߏ", "rtl", "Nkoo"),
    ("ދިވެހިބަސް", "rtl", "Thaa"),
    ("ሰላም ለዓለም", "ltr", "Ethi"),
    ("ⵜⴰⵎⴰⵣⵉⵖⵜ", "ltr", "Tfng"),
    ("ᱚᱞ ᱪᱤᱠᱤ", "ltr", "Olck"),
    ("ꕙꔤ", "ltr", "Vaii"),
    ("नमस्ते दुनिया", "ltr", "Deva"),
    ("Habari ya asubuhi", "ltr", "Latn"),
])
def test_a_text_runs_the_way_its_script_does(text: str, direction: str, script: str) -> None:
    assert direction_of(text) == direction
    assert dominant_script(text) == script


def test_digits_punctuation_and_spaces_do_not_decide_the_direction() -> None:
    assert direction_of("2024, «مرحبا»") == "rtl"
    assert direction_of("  ...!? 42 — שלום") == "rtl"
    assert direction_of("(3) hello مرحبا") == "ltr"
    assert direction_of("#42 @ ߒߞߏ") == "rtl"


def test_a_text_without_strong_letters_takes_the_default() -> None:
    assert direction_of("") == "ltr"
    assert direction_of("", default="rtl") == "rtl"
    assert direction_of("12 345 — ?!", default="rtl") == "rtl"
    assert direction_of("😀 👍", default="ltr") == "ltr"


def test_the_dominant_script_is_the_one_most_letters_are_in() -> None:
    # An Amharic sentence quoting a Latin brand name is still Ethiopic.
    assert dominant_script("ሰላም ለዓለም Nokia ሰላም") == "Ethi"
    assert dominant_script("Hii ni habari: مرحبا") == "Latn"
    # Digits, punctuation and emoji are no script's letters.
    assert dominant_script("") is None
    assert dominant_script("123 !? 😀") is None


def test_characters_of_no_particular_script() -> None:
    assert script_of("ሰ") == "Ethi"
    assert script_of("7") is None
    assert script_of("\u0301") is None  # combining acute accent: Inherited


def test_script_names_are_words_people_know() -> None:
    assert script_name("Ethi") == "Ethiopic"
    assert script_name("Tfng") == "Tifinagh"
    assert script_name("Olck") == "Ol Chiki"
    assert "Ko" in script_name("Nkoo")
    assert script_name("Xyzw") == "Xyzw"  # no name known: the code itself

"""The language catalogue: thousands of languages by name or code, with script and direction."""

import pytest

from core.errors import LanguageNotFound
from core.languages import catalogue_size, find_language, search_languages


def test_catalogue_holds_thousands_of_languages():
    assert catalogue_size() > 7000


@pytest.mark.parametrize("query, code, script, direction", [
    ("sw", "sw", "Latn", "ltr"),
    ("Swahili", "sw", "Latn", "ltr"),
    ("amharic", "am", "Ethi", "ltr"),
    ("arb", "arb", "Arab", "rtl"),
    ("Hebrew", "he", "Hebr", "rtl"),
    ("npi", "npi", "Deva", "ltr"),
    ("Ayacucho Quechua", "quy", "Latn", "ltr"),
    ("yor", "yo", "Latn", "ltr"),
    ("en", "en", "Latn", "ltr"),
    ("Dhivehi", "dv", "Thaa", "rtl"),
])
def test_find_by_name_or_code_knows_script_and_direction(query, code, script, direction):
    lang = find_language(query)
    assert (lang.code, lang.script, lang.direction) == (code, script, direction)


def test_native_name_is_found_and_shown():
    lang = find_language("Kiswahili")
    assert lang.name.startswith("Swahili")
    assert find_language("español").code == "es"
    assert find_language("am").autonym == "አማርኛ"
    assert "አማርኛ" in find_language("am").label


def test_unknown_language_is_one_sentence_with_a_suggestion():
    with pytest.raises(LanguageNotFound, match="No language called “Swahilli”.*Did you mean Swahili"):
        find_language("Swahilli")
    with pytest.raises(LanguageNotFound):
        find_language("xq-not-a-language")
    with pytest.raises(LanguageNotFound):
        find_language("Klingonish")  # a known name plus letters is not a name
    with pytest.raises(LanguageNotFound):
        find_language("   ")


def test_autocomplete_puts_big_languages_and_exact_codes_first():
    assert search_languages("swa")[0].code == "sw"
    assert search_languages("ha")[0].code == "ha"  # exact code first
    assert any(l.code == "quy" for l in search_languages("quechua"))
    assert len(search_languages("a", limit=5)) == 5
    assert search_languages("") == []


def test_languages_are_named_and_found_in_the_interface_language():
    from core.languages import find_language, name_in, search_languages

    swahili = find_language("sw")
    assert swahili.label_in("pt") == "suaíli (sw) — Kiswahili"
    assert swahili.label_in("ar") == "السواحلية (sw) — Kiswahili"
    assert swahili.label_in("en") == swahili.label == "Swahili (sw) — Kiswahili"
    assert name_in("quz", "fr") is None  # CLDR has no French name: the English one is shown
    assert find_language("quz").label_in("fr").startswith(find_language("quz").name)
    for typed, code in (("suaíli", "sw"), ("amharique", "am"), ("السواحلية", "sw")):
        assert search_languages(typed)[0].code == code  # a whole name in another language
        assert find_language(typed).code == code

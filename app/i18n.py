"""Interface languages: Shule's translations and Qt's own, loaded at run time.

A language is a file named ``shule_<code>.qm`` (compiled by ``make translations`` and by the
package build) or ``shule_<code>.ts`` (the source Qt Linguist edits; read directly, so a fixed
translation needs no compiler). They are looked for in two folders:

- ``resources/translations``: the translations that ship with Shule;
- ``user_folder()`` (``~/.local/share/shule/translations``, ``%LOCALAPPDATA%\\Shule\\translations``):
  a community's new or corrected language, dropped in by hand, no rebuild (GPT4All users ask for
  this). A string found there wins; a string missing there falls back to the shipped file.

Qt's own ``qtbase_<code>.qm`` is loaded too, so standard dialogs and buttons match. A right-to-left
language (Arabic) turns the whole layout around.

``translated()`` turns a sentence from core (a core.user_text.UserText) into the interface
language; the window passes everything core says through it.
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from typing import Any, Optional

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from core import RESOURCES
from core import settings
from core.languages import name_in
from core.paths import data_dir
from core.user_text import CONTEXT, UserText

log = logging.getLogger(__name__)

ENGLISH = "en"  # the language the source strings are written in
BUNDLED = RESOURCES / "translations"
PREFIX = "shule_"

_installed: list[QTranslator] = []  # what apply_language installed last, to take out on a switch
_current = ENGLISH


def translated(text: Any) -> str:
    """A sentence from core in the interface language: a UserText's template is translated and
    its fields filled in (those that are UserTexts translated too); any other text as it is."""
    if not isinstance(text, UserText):
        return "" if text is None else str(text)
    fields = {k: translated(v) if isinstance(v, UserText) else v for k, v in text.fields.items()}
    template = QCoreApplication.translate(CONTEXT, text.template)
    try:
        return template.format(**fields) if fields else template
    except (KeyError, IndexError, ValueError):  # a translation that lost or broke a {field}
        return text.template.format(**fields) if fields else text.template


def local_name(code: str, english: str) -> str:
    """A language's name in the interface language where CLDR has it ("suajili" in Spanish),
    else its English name: for sentences that name the project's language."""
    return name_in(code, _current) or english


def user_folder() -> Path:
    """Where a user drops a translation of their own (not created here)."""
    return data_dir() / "translations"


def _folders() -> tuple[Path, ...]:
    return (BUNDLED, user_folder())  # search order: later folders win


def _file_for(folder: Path, code: str) -> Optional[Path]:
    """The folder's translation for ``code``: the .qm or the .ts, whichever is newer (a source
    fixed after it was compiled wins)."""
    found = [p for p in (folder / f"{PREFIX}{code}.qm", folder / f"{PREFIX}{code}.ts")
             if p.is_file()]
    return max(found, key=lambda p: p.stat().st_mtime) if found else None


def language_name(code: str) -> str:
    """The language's name in itself ("Kiswahili", "العربية"), and its code."""
    if code == ENGLISH:
        return "English"
    name = QLocale(code).nativeLanguageName()
    if not name or QLocale(code).language() == QLocale.C:
        return code
    return f"{name[:1].upper()}{name[1:]} ({code})"


def interface_languages(folders: Optional[tuple[Path, ...]] = None) -> list[tuple[str, str]]:
    """(code, name) of each language the interface can show: English and each translation."""
    codes: list[str] = []
    for folder in _folders() if folders is None else folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            if (path.name.startswith(PREFIX) and path.suffix in (".qm", ".ts")
                    and path.stem[len(PREFIX):] not in (ENGLISH, *codes)):
                codes.append(path.stem[len(PREFIX):])
    return [(ENGLISH, language_name(ENGLISH))] + sorted(
        ((code, language_name(code)) for code in codes if code), key=lambda item: item[1].lower())


class TsTranslator(QTranslator):
    """A translator read straight from a Qt Linguist .ts file: finished and unfinished-but-filled
    messages are used, vanished and obsolete ones are not."""

    def __init__(self, path: Path, parent=None) -> None:
        super().__init__(parent)
        self.messages: dict[tuple[str, str], str] = {}
        self.code = ""
        root = ElementTree.parse(path).getroot()  # a damaged file raises: the caller skips it
        self.code = (root.get("language") or "").split("_")[0]
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source")
                translation = message.find("translation")
                if source is None or translation is None:
                    continue
                if translation.get("type") in ("vanished", "obsolete"):
                    continue
                text = translation.text or ""
                if text:
                    self.messages[(name, source)] = text

    def translate(self, context: str, source: str, disambiguation: Optional[str] = None,
                  n: int = -1) -> Optional[str]:
        return self.messages.get((context, source))

    def isEmpty(self) -> bool:
        return not self.messages

    def language(self) -> str:
        return self.code


def load_translation(path: Path) -> Optional[QTranslator]:
    """A translator for a .qm or .ts file; None (and a log line) when the file is unreadable."""
    if path.suffix == ".ts":
        try:
            return TsTranslator(path)
        except (OSError, ElementTree.ParseError) as e:
            log.warning("skipping the translation %s: %s", path, e)
            return None
    translator = QTranslator()
    if translator.load(str(path)):
        return translator
    log.warning("skipping the translation %s: Qt cannot read it", path)
    return None


def chosen_language() -> str:
    """The language from the settings, else the system's when Shule has it, else English."""
    available = {code for code, _ in interface_languages()}
    stored = settings.get("interface_language")
    if isinstance(stored, str) and stored in available:
        return stored
    system = QLocale.system().name().split("_")[0]
    return system if system in available else ENGLISH


def current_language() -> str:
    """The language apply_language put in place last."""
    return _current


def apply_language(app: QApplication, code: str) -> str:
    """Install the translators for ``code`` in place of the earlier ones, and its direction.
    Returns the language now in use (English when ``code`` has no translation). Widgets made
    before the switch keep their words: the window is rebuilt (MainWindow.switch_language)."""
    while _installed:
        app.removeTranslator(_installed.pop())
    found = [_file_for(folder, code) for folder in _folders()] if code != ENGLISH else []
    if code != ENGLISH and not any(found):
        code = ENGLISH
    if code != ENGLISH:
        qt = QTranslator(app)
        if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
            _installed.append(qt)
        for path in found:  # installed last is searched first: the user's file wins
            translator = load_translation(path) if path is not None else None
            if translator is not None:
                translator.setParent(app)
                _installed.append(translator)
    for translator in _installed:
        app.installTranslator(translator)
    rtl = QLocale(code).textDirection() == Qt.RightToLeft
    app.setLayoutDirection(Qt.RightToLeft if rtl else Qt.LeftToRight)
    global _current
    _current = code
    return code

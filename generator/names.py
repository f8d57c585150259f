"""Names as the extractors compare them: folded for lookup, cleaned of articles and possessives."""

from __future__ import annotations

import re
import unicodedata

from unidecode import unidecode

_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"\s*['’]s?$")
_SEPARATORS = re.compile(r"[\s.\-’']+")


def fold(name: str) -> str:
    """The comparison key of a name: accents, case, dots and spacing ignored."""
    # ASCII needs no decomposition: the gazetteer folds some 400,000 names at load.
    # A curly apostrophe is a separator like the straight one, not a letter dropped:
    # "People’s Republic" is "People's Republic".
    ascii_name = name if name.isascii() else "".join(
        _latin_letter(c) for c in unicodedata.normalize("NFKD", name.replace("’", "'")))
    return _SEPARATORS.sub(" ", ascii_name.lower()).strip()


def _latin_letter(char: str) -> str:
    """A character of a decomposed name in ASCII: a Latin letter no accent makes ("ø", "ł",
    "æ", "ß") spelt out, so that "Christiansø" is no "Christians"; accents and other
    scripts dropped."""
    if char.isascii():
        return char
    return unidecode(char) if "\u00c0" <= char <= "\u024f" and char.isalpha() else ""


def locate(text: str, name: str) -> tuple[int, int]:
    """Where a cleaned name lies in the text it was cleaned from: "Donald Trump" in
    "Donald\xa0Trump" (any run of spaces matches the one space the name has)."""
    match = re.search(r"\s+".join(map(re.escape, name.split(" "))), text)
    return match.span() if match else (0, len(text))


def clean_name(text: str) -> str:
    """`the Taliban’s` → `Taliban`: articles and possessives are not part of a name."""
    text = " ".join(text.split())
    return _POSSESSIVE.sub("", _LEADING_ARTICLE.sub("", text)).strip(" ,;:")

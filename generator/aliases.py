"""When two names are one actor: surnames, titles, acronyms and the short forms of a name."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from cleanco import basename
from nameparser import HumanName
from nameparser.config import CONSTANTS

from .names import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Words an acronym skips ("Bank of America" → BoA → BA).
_FUNCTION_WORDS = frozenset({"of", "and", "the", "for", "in", "on", "at", "to", "&", "de", "du"})
# How surely two names are one: the same name or one of its forms, or only a shorter prefix.
SAME, PREFIX = 2, 1
_ABBREVIATED_TITLE = re.compile(r"^[A-Z][a-z]{1,3}\.$")
_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z][A-Z&]{1,7}$")


@lru_cache(maxsize=4096)  # asked for every pair of names while clustering
def name_key(name: str) -> str:
    """`names.fold`, with the letters of an acronym joined: `U.S.`, `U. S.` and `US` are one."""
    words: list[str] = []
    joining = False
    for word in fold(name).split():
        if len(word) == 1 and joining:
            words[-1] += word
        else:
            words.append(word)
            joining = len(word) == 1
    return " ".join(words)


def is_title(word: str) -> bool:
    """Honorifics and titles (`President`, `Chief`) from nameparser's lexicon, and abbreviated
    ones (`Sen.`, `Lt.`); a one-letter initial (`W.`) is part of a name."""
    return word.lower().rstrip(".") in CONSTANTS.titles or bool(_ABBREVIATED_TITLE.match(word))


def is_name_suffix(word: str) -> bool:
    """`Jr.`, `Sr.`, `III`: what follows a person's name (nameparser's lexicon)."""
    return word.lower().rstrip(".") in CONSTANTS.suffix_not_acronyms


@lru_cache(maxsize=4096)  # nameparser is slow, and every pair of names asks again
def surname(name: str) -> str:
    """`Murad Ali Murad` → `Murad`; `Abu Bakr al-Baghdadi` → `al-Baghdadi`."""
    parsed = HumanName(name)
    return parsed.last or name.split()[-1]


def acronym_letters(name: str) -> str | None:
    """`U.N.` → `UN`, `NATO` → `NATO`; None when the name is not an acronym."""
    return name.replace(".", "") if _ACRONYM.match(name) else None


def is_short_name(word: str) -> bool:
    """`NATO`, `U.N.`, `MoD`, `DfID`: a word that may stand for a longer name (an acronym,
    or a short capitalised word with another capital inside; `McCain` is too long)."""
    return bool(acronym_letters(word)) or (
        word[:1].isupper() and word.isalpha() and len(word) <= 5
        and sum(c.isupper() for c in word) > 1)


def bracketed_short_name(doc: Doc, i: int) -> str | None:
    """The short name a bracket opening at token `i` holds: `(MoD)`, `(WHO)`."""
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")" \
            and is_short_name(doc[i + 1].text):
        return doc[i + 1].text
    return None


def person_surnames(doc: Doc) -> set[str]:
    """The last word of every person the model names in full, or after a title it leaves
    out of the name ("Mr. Bush", "Governor Bush"; not "His Scranton roots"); "Sanders" of
    "Bernie Sanders'", which the model ends with the apostrophe (but a possessive "’s" keeps
    "Breitbart London’s" from making "London" a surname)."""
    return {words[-1].text for ent in doc.ents if ent.label_ == "PERSON"
            and (words := [t for t in ent if not t.is_punct])
            and (len(words) > 1 or (ent.start > 0 and _titles(doc[ent.start - 1])))}


def _titles(token: Token) -> bool:
    """ "Mr.", "Governor": a title written as one, not "His" or "British", which nameparser
    also lists."""
    return token.is_title and token.pos_ in ("PROPN", "NOUN") and is_title(token.text)


def initials(name: str) -> str:
    """`World Health Organization` → `WHO`; function words and lower-case words are skipped."""
    letters = []
    for word in re.split(r"[\s\-]+", name):
        if not word or word.lower() in _FUNCTION_WORDS or not (word[0].isupper()
                                                               or word[0].isdigit()):
            continue
        # An acronym inside a name gives all its letters: `US Air Force` → USAF.
        letters.append(acronym_letters(word) or word[0].upper())
    return "".join(letters)


@lru_cache(maxsize=4096)  # cleanco tries every legal form it knows, each time
def without_designator(name: str) -> str:
    """`Apple Inc.` → `Apple`, `EADS N.V.` → `EADS`: the legal form is not part of the name."""
    return basename(name) or name


def has_legal_form(name: str) -> bool:
    """`Apple Inc.`, `Space Company`: a name that ends in a legal form (whitespace aside)."""
    return name_key(without_designator(name)) != name_key(name)


# Last words of the names of bodies, papers and broadcasters, which the model sometimes
# takes for people ("the Supreme Court", "Fox News", "the Global Times").
_BODY_NOUNS = frozenset({
    "court", "times", "news", "journal", "tribune", "herald", "gazette", "press",
    "party", "committee", "council", "commission", "department", "ministry", "agency",
    "institute", "university", "college", "foundation", "association", "bank", "senate",
    "congress", "parliament", "network", "administration", "campaign",
})


def has_body_noun(name: str) -> bool:
    """`Supreme Court`, `Fox News`, `Global Times`: a name of two words or more ending in a
    noun only a body's name ends in."""
    words = name.split()
    return len(words) >= 2 and words[-1].lower() in _BODY_NOUNS


def expands(acronym: str, name: str) -> bool:
    """Whether `name` spells out `acronym` (`U.N.` ↔ `United Nations`, `EADS N.V.` ↔ `European
    Aeronautic Defence and Space Company`; `EADS` ↔ `EADS N.V.` no, that is its legal form)."""
    letters = acronym_letters(acronym) or acronym_letters(without_designator(acronym))
    if not letters or acronym_letters(name) or len(name.split()) < 2:
        return False
    return letters.upper() in {initials(name), initials(without_designator(name))}


def expansion_in(acronym: str, name: str) -> str | None:
    """The first words of `name` that spell out `acronym`: `U.N.` in `United Nations Mission`."""
    letters = acronym_letters(acronym)
    words = name.split()
    if not letters:
        return None
    for end in range(2, len(words)):
        prefix = " ".join(words[:end])
        if initials(prefix) == letters.upper() and words[end - 1][0].isupper():
            return prefix
    return None


def same_person(short: str, full: str) -> bool:
    """`Mujahid`, `Ali Murad` and `Murad` name `Zabihullah Mujahid` / `Murad Ali Murad`."""
    words, full_words = name_key(short).split(), name_key(full).split()
    if words == full_words:
        return True
    # "U.N." or "UN" is no surname of Kim Jong Un: an acronym is none ("OBAMA" in a headline in
    # capitals may be).
    letters = acronym_letters(short)
    if len(words) >= len(full_words) or (letters and ("." in short or len(letters) <= 3)):
        return False
    if full_words[-len(words):] == words or name_key(short) == name_key(surname(full)):
        return True
    # "Loretta Lynch" for "Loretta E. Lynch", "Hillary Clinton" for "Hillary Rodham
    # Clinton": the full name less its middle initials or names.
    return len(words) > 1 and (words == [w for w in fold(full).split()
                                         if len(w.rstrip(".")) > 1]
                               or (words[0] == full_words[0] and words[-1] == full_words[-1]))


def organization_form(short: str, full: str) -> int:
    """How surely a shorter organisation name is a form of a longer one: `SAME`, `PREFIX` or 0.

    `SAME`: an acronym of it (`WHO`) or the name without its legal form (`Apple` for `Apple
    Inc.`). `PREFIX`: its first words less one, legal form aside (`Northrop` for `Northrop
    Grumman`, `Aer Lingus` for `Aer Lingus Group PLC`), or the first word of a name of two
    clipped (`Fed` for `Federal Reserve`, `Met` for `Metropolitan Police`); never less two
    words, which names a part (`United Nations` in `United Nations Assistance Mission`).
    """
    key, full_key = name_key(short), name_key(without_designator(full))
    if key in (name_key(full), full_key) or expands(short, full):
        return SAME
    words, full_words = key.split(), full_key.split()
    if len(full_words) == len(words) + 1 and full_words[:len(words)] == words:
        return PREFIX
    # A clipping of a plain word, not the start of a compound name ("Mac" of "MacBook Air").
    first = full.split()[0]
    if (len(words) == 1 and len(full_words) == 2 and len(key) >= 3 and not acronym_letters(short)
            and full_words[0].startswith(key) and full_words[0] != key
            and not any(c.isupper() for c in first[1:])):
        return PREFIX
    return 0

"""Products the model tags as organisations: `Airbus A380`, `Apple's iPod`, `the new iPhone`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .aliases import has_legal_form
from .cues import SPEECH_VERBS
from .roles import is_person_noun

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as DocSpan

# Entities that hold digits without being a model number.
_AMOUNTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
# "iPod", "eBay": a company that spells its name so acts in the text ("eBay said").
_BRAND_SPELLING = re.compile(r"[a-z]{1,2}[A-Z]")
# A version in Roman numerals ("OS X Lion", "Delta IV"); "I" is the pronoun.
_VERSION = re.compile(r"^(?:X{0,2}(?:IX|IV|V?I{0,3}))$")
# Adjectives that present a thing as a release ("the new iPod", "its latest MacBook").
_RELEASE_ADJECTIVES = frozenset({"new", "latest", "upcoming", "forthcoming"})
# Verbs whose object is a release ("Apple unveiled Lion", "the iPod was first released").
_RELEASE_VERBS = frozenset({"release", "unveil", "launch", "introduce", "ship", "debut",
                            "preview", "upgrade", "update", "discontinue"})
# Nouns that name a product's kind or version ("the Safari browser", "the iPod range");
# "Intel processors" or "Dell laptops" would make a maker a product, and "line", "family" and
# "series" are as often a party's, a person's or a network's ("the GOP line", "an HBO series").
_PRODUCT_NOUNS = frozenset({"model", "version", "edition", "range", "browser", "app",
                            "application", "interface"})
# Before a name, "model" is a person's trade ("fashion model Kate Moss").
_KINDS_BEFORE = _PRODUCT_NOUNS - {"model"} | {"software"}
# nameparser lists these as titles ("computer scientist", "software engineer", "family
# doctor"), but alone they name things: "Mac computers" is no sign of a body as "Apple CEO" is.
_THING_TITLES = frozenset({"computer", "software", "family", "model", "player"})


def _model_number(token: Token) -> bool:
    """`A380`, `737`, `900`: a model number, not a date, an amount or a count."""
    return (any(c.isdigit() for c in token.text) and token.ent_type_ not in _AMOUNTS
            and not token.is_punct)


def in_product_name(doc: Doc, start: int, end: int) -> bool:
    """`Airbus A380`, `Boeing 737-800`, `Lockheed Tristar`: a maker's name with a model number
    or a product's name after it is part of that product's name."""
    if any(_model_number(t) for t in doc[start:end]):
        return True
    if end >= len(doc):
        return False
    after = doc[end]
    if after.ent_type_ == "PRODUCT" and after.ent_iob_ == "B":
        # Unless the model split a name it tags whole elsewhere ("Lockheed" + "Martin").
        stop = end + 1
        while stop < len(doc) and doc[stop].ent_iob_ == "I":
            stop += 1
        whole = doc[start:stop].text
        return not any(e.text.startswith(whole) and e.label_ in ("PERSON", "ORG")
                       for e in doc.ents)
    if not _model_number(after):
        return False
    return doc[end - 1].dep_ in ("compound", "nmod") or start <= after.head.i < end


def name_after_model(doc: Doc, start: int, end: int) -> str | None:
    """`Dreamliner` of "787 Dreamliner": the name a product goes by after its model number,
    which the text may use alone ("the Dreamliner")."""
    last = max((t.i for t in doc[start:end] if _model_number(t)), default=None)
    if last is None or last + 1 >= end or not all(t.text[:1].isupper() for t in doc[last + 1:end]):
        return None
    return doc[last + 1:end].text


def _kind_before(token: Token) -> bool:
    """`browser` of "web browser Safari", `system` of "operating system Mac OS X"."""
    lemma = token.lemma_.lower()
    if lemma == "system":
        return any(c.text.lower() == "operating" for c in token.children)
    return lemma in _KINDS_BEFORE


def _product_like(token: Token) -> bool:
    """`iPod` of "iPod Classic", `787` of "Boeing 787": a word of a product's name."""
    return any(_BRAND_SPELLING.match(t.text) or _model_number(t)
               for t in (token, *(c for c in token.children if c.dep_ == "compound")))


def used_as_product(name: DocSpan) -> bool:
    """`Apple's iPod`, `its iTunes Music Store`, `the new iPhone`, `unveiled Lion`: a release;
    `iPhone`, `iTunes`: a brand's spelling (lower case, then a capital) on its own; `the
    Safari browser`, `web browser Safari`, `Tiger, the newest version of Mac OS X`: a
    product's kind; `iPod Classic, Nano and Shuffle`: one of a product's names; `OS X Lion`: a
    version number."""
    if _BRAND_SPELLING.match(name.text):
        return True
    # Not last, where a person's "IV" goes: "Luther Stan Pate IV" may be tagged a body.
    if any(t.text not in ("", "I") and _VERSION.match(t.text) for t in name[1:-1]):
        return True
    root = name.root
    if root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_ in _RELEASE_VERBS:
        return True
    if (root.dep_ in ("compound", "nmod") and root.head.lemma_.lower() in _PRODUCT_NOUNS
            and root.head.dep_ != "compound"):  # "the Apple computer company"
        return True
    if root.dep_ in ("conj", "appos") and _product_like(root.head):
        return True
    for child in root.children:
        if child.i >= name.start and child.i < name.end:
            continue
        if child.dep_ == "poss" and (child.ent_type_ == "ORG" or child.lower_ == "its"):
            return True
        if child.dep_ == "amod" and child.lower_ in _RELEASE_ADJECTIVES:
            return True
        if child.dep_ == "appos" and child.lemma_.lower() in _PRODUCT_NOUNS:
            return True
        if child.dep_ == "compound" and child.i < name.start and _kind_before(child):
            return True
    return False


def used_as_organization(name: DocSpan) -> bool:
    """`Apple said`, `Apple unveiled`, `Apple CEO Steve Jobs`, `Apple's spokesman`, `Apple
    Inc.`: what no product does."""
    if has_legal_form(name.text):
        return True
    root = name.root
    # Not the passive: "the iPhone is claimed to be…" says nothing of who claims it.
    if root.dep_ == "nsubj" and (root.head.lemma_ in SPEECH_VERBS
                                 or root.head.lemma_ in _RELEASE_VERBS):
        return True
    return (root.dep_ in ("compound", "poss") and is_person_noun(root.head)
            and root.head.lemma_.lower() not in _THING_TITLES)

"""Products the model tags as organisations: `Airbus A380`, `Apple's iPod`, `the new iPhone`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .cues import SPEECH_VERBS
from .roles import is_person_noun

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as DocSpan

# Entities that hold digits without being a model number.
_AMOUNTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
# "iPod", "eBay": a company that spells its name so acts in the text ("eBay said").
_BRAND_SPELLING = re.compile(r"[a-z]{1,2}[A-Z]")
# Adjectives that present a thing as a release ("the new iPod", "its latest MacBook").
_RELEASE_ADJECTIVES = frozenset({"new", "latest", "upcoming", "forthcoming"})
# Verbs whose object is a release ("Apple unveiled Lion", "the iPod was first released").
_RELEASE_VERBS = frozenset({"release", "unveil", "launch", "introduce", "ship", "debut",
                            "preview", "upgrade", "update", "discontinue"})


def _model_number(token: Token) -> bool:
    """`A380`, `737`, `900`: a model number, not a date, an amount or a count."""
    return (any(c.isdigit() for c in token.text) and token.ent_type_ not in _AMOUNTS
            and not token.is_punct)


def with_model_number(doc: Doc, start: int, end: int) -> bool:
    """`Airbus A380`, `Boeing 737-800`: a maker's name with a model number names a product."""
    if any(_model_number(t) for t in doc[start:end]):
        return True
    if end >= len(doc) or not _model_number(doc[end]):
        return False
    return doc[end - 1].dep_ in ("compound", "nmod") or start <= doc[end].head.i < end


def used_as_product(name: DocSpan) -> bool:
    """`Apple's iPod`, `its iTunes Music Store`, `the new iPhone`, `unveiled Lion`: a release;
    `iPhone`, `iTunes`: a brand's spelling (lower case, then a capital) on its own."""
    if _BRAND_SPELLING.match(name.text):
        return True
    root = name.root
    if root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_ in _RELEASE_VERBS:
        return True
    for child in root.children:
        if child.i >= name.start and child.i < name.end:
            continue
        if child.dep_ == "poss" and (child.ent_type_ == "ORG" or child.lower_ == "its"):
            return True
        if child.dep_ == "amod" and child.lower_ in _RELEASE_ADJECTIVES:
            return True
    return False


def used_as_organization(name: DocSpan) -> bool:
    """`Apple said`, `Apple CEO Steve Jobs`, `Apple's spokesman`: what no product does."""
    root = name.root
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in SPEECH_VERBS:
        return True
    return root.dep_ in ("compound", "poss") and is_person_noun(root.head)

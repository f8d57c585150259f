"""Names the model tags as organisations that stand for no actor: events, units, currencies,
the department in a minister's title, a photo credit."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pycountry

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as DocSpan

# Last words of an event's name ("Worldwide Developers Conference", "Paris Air Show").
_EVENT_HEADS = frozenset({"conference", "summit", "expo", "convention", "festival", "show",
                          "fair", "games", "olympics", "championship", "championships", "cup",
                          "awards"})
# What holds an event rather than an organisation ("at the Macworld Conference"); not "to",
# since one speaks to a body too ("according to the U.S. Judicial Conference").
_EVENT_PREPOSITIONS = frozenset({"at", "during", "ahead"})
_EVENT_MODIFIERS = frozenset({"annual", "biennial", "yearly"})


def is_event(name: DocSpan) -> bool:
    """`at the Macworld Conference`, `the annual Worldwide Developers Conference`, `Worldwide
    Developers Conference 2010`, `the … Conference at Moscone Center`: an event. A body named
    so ("the Southern Christian Leadership Conference said") is used as none of these."""
    if name[-1].lower_ not in _EVENT_HEADS:
        return False
    root, doc = name.root, name.doc
    if root.dep_ == "pobj" and root.head.lower_ in _EVENT_PREPOSITIONS:
        return True
    if any(c.lower_ in _EVENT_MODIFIERS or c.ent_type_ in ("DATE", "ORDINAL")
           for c in root.children if not name.start <= c.i < name.end):
        return True
    after = doc[name.end] if name.end < len(doc) else None
    if after is not None and after.ent_type_ == "DATE" and after.text.isdigit():
        return True
    return _held_at(doc, name.end)


# A person's office named after the department it heads: "Defence Minister", "Secretary of
# State" (not "Pentagon spokesman" or "Apple chief executive", where the body acts too).
_OFFICES = frozenset({"minister", "secretary", "undersecretary", "secretary-general"})


def is_title_word(name: DocSpan) -> bool:
    """`Defence` of "Japanese Defence Minister Gen Nakatani", `State` of "Secretary of State
    John Kerry": one word the model tags an organisation that only says which office."""
    if len(name) != 1:
        return False
    doc = name.doc
    if name.end < len(doc) and doc[name.end].lower_ in _OFFICES:
        return True
    return (name.start >= 2 and doc[name.start - 1].lower_ in ("of", "for")
            and doc[name.start - 2].lower_ in _OFFICES)


def _held_at(doc: Doc, i: int) -> bool:
    """`… Conference (WWDC) at Moscone Center`: a venue after the name, past any acronym."""
    if i < len(doc) and doc[i].text == "(":
        i = next((t.i + 1 for t in doc[i:i + 4] if t.text == ")"), len(doc))
    if i + 1 >= len(doc) or doc[i].lower_ != "at":
        return False
    venue = doc[i + 2] if doc[i + 1].lower_ == "the" and i + 2 < len(doc) else doc[i + 1]
    return venue.ent_type_ in ("FAC", "GPE", "LOC") and venue.ent_iob_ == "B"


def _number(text: str) -> bool:
    return text[-1:].isdigit() or text in ("$", "€", "£", "¥")


def is_credit(name: DocSpan) -> bool:
    """`Felix Marquez AP Photo`, `AP Photo`: a picture's credit whose slash was lost, with
    the photographer's name run into the agency's."""
    words = [t for t in name if not (t.is_space or t.is_punct)]
    return len(words) > 1 and words[-1].lower_ in ("photo", "photos", "photograph")


def is_measure(name: DocSpan) -> bool:
    """`16 GB`, `32GB`: a unit after a number; `USD$23`, `$99 (USD)`: a currency's ISO code."""
    doc, text = name.doc, name.text
    before = doc[name.start - 1].text if name.start > 0 else ""
    if len(name) == 1 and before[-1:].isdigit() and text.isalpha() and len(text) <= 3:
        return True
    if not (text.isupper() and pycountry.currencies.get(alpha_3=text)):
        return False
    start, end = name.start, name.end
    if start > 0 and end < len(doc) and doc[start - 1].text == "(" and doc[end].text == ")":
        start, end = start - 1, end + 1
    before = doc[start - 1].text if start > 0 else ""
    after = doc[end].text if end < len(doc) else ""
    return _number(before) or _number(after[:1])

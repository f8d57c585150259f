"""The background timeline: each dated expression's event, cut to its clause and placed in time."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from .analysis import Analysis
from .model import Span, TimeExpr, TimelineEntry
from .temporal import tense as tense_of

if TYPE_CHECKING:
    from spacy.tokens import Token

_CALENDAR = re.compile(r"^\d{3,4}(?:-(?:\d\d|W\d\d|Q\d)(?:-\d\d)?)?(?:T\w+)?$")
# Clauses that hang off the event verb but tell another story.
_OTHER_CLAUSES = frozenset({"ccomp", "advcl", "conj", "relcl", "parataxis", "cc"})


def relation(value: str, published: str, tense: str | None) -> str:
    """past, same-day or future, comparing ISO values at the coarser of the two precisions."""
    day = value.split("T")[0]
    if "W" in day:
        year, week = day.split("-W")
        day = dt.date.fromisocalendar(int(year), int(week), 1).isoformat()[:7]
    if day == published:
        return "same-day"
    if published.startswith(day):
        return tense or "same-day"
    common = min(len(day), len(published))
    return "past" if day[:common] < published[:common] else "future"


def _event_verb(token: Token) -> Token | None:
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX") and token.dep_ != "aux":
            return token
        if token.head is token:
            return None
        token = token.head
    return None


def _clause(verb: Token, keep: Span) -> Span:
    """The verb's clause: its subtree minus sibling clauses that do not hold the date."""
    start, end = verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge.text)
    for child in verb.children:
        child_start = child.left_edge.idx
        child_end = child.right_edge.idx + len(child.right_edge.text)
        if child.dep_ not in _OTHER_CLAUSES or child_start <= keep[0] < child_end:
            continue
        if child_start > verb.idx:
            end = min(end, child_start)
        else:
            start = max(start, child_end)
    return start, end


def build_timeline(analysis: Analysis, times: list[TimeExpr]) -> list[TimelineEntry]:
    body, doc = analysis.body, analysis.doc
    published = analysis.article.date or ""
    entries: dict[tuple[str, str], TimelineEntry] = {}
    for time in times:
        if time.type != "DATE" or not _CALENDAR.match(time.value):
            continue
        ent = doc.char_span(*time.span, alignment_mode="expand")
        if ent is None or not analysis.in_paragraph(time.span[0]):
            continue
        verb = _event_verb(ent.root)
        if verb is None:
            continue
        start, end = _clause(verb, time.span)
        if analysis.dateline and start < analysis.dateline.span[1]:
            start = analysis.dateline.span[1]
        event = " ".join(body[start:end].strip(" ,;:-–—“”\"").split())
        if len(event.split()) < 3:
            continue
        key = (time.value, event.lower())
        if key not in entries:
            entries[key] = TimelineEntry(
                date=time.value, phrase=time.text, event=event,
                relation=relation(time.value, published, tense_of(ent)),
                span=(start, end), time_span=time.span,
            )
    order = {"past": 0, "same-day": 1, "future": 2}
    return sorted(entries.values(), key=lambda e: (e.date.split("T")[0], order[e.relation],
                                                   e.span))

"""Temporal expressions: spaCy's DATE and TIME entities given a TimeML type and an ISO value."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from .analysis import Analysis
from .layout import ASIDE, CREDIT
from .model import TimeExpr
from .pubdate import MONTHS, WEEKDAYS, parse_date

if TYPE_CHECKING:
    from spacy.tokens import Span as DocSpan

_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": None,
    "few": None, "a few": None, "many": None,
}
_UNITS = {"year": "Y", "month": "M", "week": "W", "day": "D", "hour": "H", "minute": "M",
          "decade": "DE", "century": "CE"}
_PARTS = {"end": "END", "beginning": "START", "start": "START", "middle": "MID", "mid": "MID",
          "early": "START", "late": "END"}
_TIME_OF_DAY = {"morning": "MO", "dawn": "MO", "afternoon": "AF", "evening": "EV",
                "night": "NI", "tonight": "NI", "midday": "MI", "noon": "MI"}
_MONTH_NAME = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s|$)")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_DECADE = re.compile(r"\b(1[89]\d|20\d)0s\b")
_DURATION = re.compile(
    r"^(?:the\s+)?(?:past\s+|last\s+|next\s+|nearly\s+|almost\s+|about\s+|more than\s+)?"
    r"(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|few)"
    r"\s+(year|month|week|day|hour|minute|decade|centur)(?:y|ies|s)?\b"
)


def _quantity(word: str) -> int | None:
    return int(word) if word.isdigit() else _NUMBERS.get(word)


def _shift_year(anchor: dt.date, years: int) -> str:
    return str(anchor.year + years)


def _weekday(anchor: dt.date, weekday: int, tense: str | None) -> dt.date:
    delta = weekday - anchor.weekday()
    if delta == 0:
        return anchor
    if tense == "future":
        return anchor + dt.timedelta(days=delta % 7)
    return anchor - dt.timedelta(days=(-delta) % 7)


def normalise(text: str, anchor: dt.date, tense: str | None = None
              ) -> tuple[str, str, str | None] | None:
    """(type, value, mod) of a temporal expression relative to the publication date."""
    t = " ".join(text.lower().replace("’", "'").split())
    t = re.sub(r"^(?:the|this past|since|until|by|in|on|of)\s+", "", t)
    mod = None
    for word, part in _PARTS.items():
        if re.match(rf"(?:the\s+)?{word}(?:\s+of|-)\s*", t):
            mod = part
            t = re.sub(rf"^(?:the\s+)?{word}(?:\s+of|-)\s*(?:the\s+)?", "", t)
            break
    if t in ("today", "now") or t == "day":
        return "DATE", anchor.isoformat() if t != "now" else "PRESENT_REF", mod
    if t == "yesterday":
        return "DATE", (anchor - dt.timedelta(days=1)).isoformat(), mod
    if t == "tomorrow":
        return "DATE", (anchor + dt.timedelta(days=1)).isoformat(), mod
    if t in _TIME_OF_DAY or t.endswith(tuple(f" {k}" for k in _TIME_OF_DAY)):
        part = _TIME_OF_DAY[t.split()[-1]]
        return "TIME", f"{anchor.isoformat()}T{part}", mod
    relative = re.fullmatch(r"(earlier |later |late |early )?(this|last|next|past|previous|"
                            r"coming)\s+(year|month|week)", t)
    if relative:
        position, which, unit = relative.groups()
        step = {"this": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}[which]
        if position and position.strip() in ("early", "late"):
            mod = _PARTS[position.strip()]
        if unit == "year":
            return "DATE", _shift_year(anchor, step), mod
        if unit == "month":
            month = anchor.month - 1 + step
            return "DATE", f"{anchor.year + month // 12:04d}-{month % 12 + 1:02d}", mod
        iso = (anchor + dt.timedelta(weeks=step)).isocalendar()
        return "DATE", f"{iso.year:04d}-W{iso.week:02d}", mod
    ago = re.fullmatch(r"(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                       r"(year|month|week|day)s?\s+ago", t)
    if ago:
        n = _quantity(ago[1]) or 1
        unit = ago[2]
        if unit == "year":
            return "DATE", _shift_year(anchor, -n), mod
        days = {"month": 30, "week": 7, "day": 1}[unit] * n
        value = anchor - dt.timedelta(days=days)
        return "DATE", value.isoformat() if unit == "day" else value.strftime("%Y-%m"), mod
    duration = _DURATION.match(t)
    if duration and not _MONTH_NAME.search(t):
        n = _quantity(duration[1])
        unit = _UNITS[duration[2] if duration[2] != "centur" else "century"]
        if unit in ("DE", "CE"):
            n, unit = (n or 0) * (10 if unit == "DE" else 100), "Y"
        prefix = "PT" if duration[2] in ("hour", "minute") else "P"
        return "DURATION", f"{prefix}{n if n is not None else 'X'}{unit}", mod
    for name, index in zip(WEEKDAYS, range(7), strict=True):
        if re.search(rf"\b{name}\b", t):
            day = _weekday(anchor, index, tense)
            part = next((v for k, v in _TIME_OF_DAY.items() if k in t), None)
            return ("TIME", f"{day.isoformat()}T{part}", mod) if part else (
                "DATE", day.isoformat(), mod)
    decade = _DECADE.search(t)
    if decade:
        return "DATE", decade[1], mod
    full = parse_date(text)
    if full:
        return "DATE", full.isoformat(), mod
    month = _MONTH_NAME.search(t)
    year = _YEAR.search(t)
    if month:
        number = MONTHS[month[1]]
        day = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", t.replace(year[0], "") if year else t)
        if year:
            y = int(year[1])
        else:
            y = anchor.year
            if tense == "past" and number > anchor.month:
                y -= 1
            elif tense == "future" and number < anchor.month:
                y += 1
        if day and 1 <= int(day[1]) <= 31:
            try:
                return "DATE", dt.date(y, number, int(day[1])).isoformat(), mod
            except ValueError:
                pass
        return "DATE", f"{y:04d}-{number:02d}", mod
    if year and re.fullmatch(r"(?:the\s+)?(?:year\s+)?\d{4}", t):
        return "DATE", year[1], mod
    return None


def tense_of(ent: DocSpan) -> str | None:
    """Past or future, from the verb the expression hangs on."""
    token = ent.root
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX"):
            break
        if token.head is token:
            return None
        token = token.head
    auxiliaries = [token, *token.children]
    if any(t.lower_ in ("will", "'ll", "shall") or (t.tag_ == "MD" and t.lower_ == "would")
           for t in auxiliaries):
        return "future"
    if any(t.tag_ in ("VBD", "VBN") for t in auxiliaries):
        return "past"
    return None


def extract_times(analysis: Analysis) -> list[TimeExpr]:
    anchor = dt.date.fromisoformat(analysis.article.date) if analysis.article.date else None
    if anchor is None:
        return []
    found = []
    for ent in analysis.doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        block = analysis.block_of(ent.start_char)
        if block is None or block.kind in (ASIDE, CREDIT):
            continue
        result = normalise(ent.text, anchor, tense_of(ent))
        if result is None:
            continue
        kind, value, mod = result
        found.append(TimeExpr(ent.text, (ent.start_char, ent.end_char), kind, value, mod))
    return found

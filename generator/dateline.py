"""Dateline detection: `KUNDUZ, Afghanistan (Reuters) -` gives place, agency and any date."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Span

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# An all-caps place (`KUNDUZ`, `NEW YORK`, `WASHINGTON/LONDON`), optionally followed by a
# title-case region (`, Afghanistan`, `, Va.`), a date (`, Sept 28`) and an agency in brackets,
# then the dash that ends every dateline.
_DATELINE = re.compile(
    rf"""
    \A[ \t]*
    (?P<place>
        (?P<city>[A-Z][A-Z.'’\-]*(?:[ /][A-Z][A-Z.'’\-]*){{0,4}})
        (?:,[ ](?P<region>(?!{_MONTH}[ ]\d)[A-Z][\w.'’\-]*(?:[ ][A-Z][\w.'’\-]*){{0,3}}))?
    )
    (?:,?[ ](?P<date>{_MONTH}[ ]\d{{1,2}}(?:,[ ]\d{{4}})?))?
    (?:[ ]?\((?P<agency>[A-Z][\w&.'’\- ]{{0,30}})\))?
    [ ]*(?P<dash>--|[-–—])[ ]+
    """,
    re.VERBOSE,
)

# A wire-service style that writes the place in title case, never without its agency:
# `Cleveland (AFP) –`, `Washington (CNN) —`.
_TITLE_DATELINE = re.compile(
    r"""
    \A[ \t]*
    (?P<place>
        (?P<city>[A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2})
        (?:,[ ](?P<region>[A-Z][\w.'’\-]*(?:[ ][A-Z][\w.'’\-]*){0,2}))?
    )
    [ ]\((?P<agency>[A-Z][A-Za-z]{1,11})\)
    [ ]*(?P<dash>--|[-–—])[ ]+
    """,
    re.VERBOSE,
)


@dataclass
class Dateline:
    place: str
    place_span: Span
    span: Span
    agency: str | None = None
    date: str | None = None


def find_dateline(body: str, hyphen: bool = False) -> Dateline | None:
    """The dateline at the start of the body, or None; the body itself is never changed.

    A bare all-caps name before a hyphen (`MEXICO CITY - `) is as often a label (`UPDATE - `)
    and is taken only with `hyphen`, by a caller that checks the name is a place's."""
    match = _DATELINE.match(body) or _TITLE_DATELINE.match(body)
    if not match:
        return None
    city = match["city"]
    letters = [c for c in city if c.isalpha()]
    # An all-caps word followed by a dash is a dateline only if it looks like a place name:
    # with no agency in brackets, ask for a real word rather than an acronym such as `NATO -`.
    if not match["agency"] and (len(letters) < 4 or (
            match["dash"] == "-" and not match["region"] and not hyphen)):
        return None
    return Dateline(
        place=match["place"],
        place_span=match.span("place"),
        span=(match.start("place"), match.end()),
        agency=match["agency"],
        date=match.groupdict().get("date"),
    )

"""Publication date: parse the date formats people write and choose the most trustworthy source."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")



def month_pattern(group: str = "month") -> str:
    """A regex for a month name or its abbreviation (`Sept.`), captured as `group`.

    Only an abbreviation takes a dot, so that a sentence's final stop stays outside.
    """
    return (rf"(?P<{group}>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May"
            rf"|Jun\.|Jul\.|June?|July?|Aug(?:ust|\.)?|Sep(?:tember|t\.?|\.)?|Oct(?:ober|\.)?"
            rf"|Nov(?:ember|\.)?|Dec(?:ember|\.)?)(?![A-Za-z])")


def month_number(name: str) -> int:
    """`Sept.` → 9: the month a name or abbreviation from `month_pattern` stands for."""
    return MONTHS[name[:3].lower()]


_MONTH = month_pattern()
_FULL_DATES = [
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b"),
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>\d{{4}})\b"),
    re.compile(r"\b(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})\b"),
]
_MONTH_DAY = re.compile(rf"\A{_MONTH}\s+(?P<day>\d{{1,2}})(?:,\s+(?P<year>\d{{4}}))?\Z")
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
# Lines that announce a date: "Published: …", "Updated 28 September 2015", photo credits.
_DATED_LINE = re.compile(r"^\W*(?:published|updated|posted|first published)\b|REUTERS/|AP Photo",
                         re.IGNORECASE)


def _make(year: str | int, month: int, day: str | int) -> dt.date | None:
    try:
        return dt.date(int(year), month, int(day))
    except ValueError:
        return None


def parse_date(value: object) -> dt.date | None:
    """A calendar date from a front-matter or header value, or None if it is not one."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    for pattern in _FULL_DATES:
        match = pattern.fullmatch(text) or pattern.match(text)
        if match:
            return _from_match(match)
    return None


def _from_match(match: re.Match[str]) -> dt.date | None:
    groups = match.groupdict()
    month = int(groups["mnum"]) if groups.get("mnum") else month_number(groups["month"])
    return _make(match["year"], month, match["day"])


def full_dates(text: str) -> Iterator[tuple[dt.date, int]]:
    """Every complete date written in the text (`September 28, 2015`), with its offset."""
    for pattern in _FULL_DATES:
        for match in pattern.finditer(text):
            date = _from_match(match)
            if date:
                yield date, match.start()


def dateline_date(text: str, year_hint: int) -> dt.date | None:
    """A dateline's `Sept 28` completed with the year it carries or the hinted one."""
    match = _MONTH_DAY.match(text.strip())
    if not match:
        return None
    return _make(match["year"] or year_hint, month_number(match["month"]), match["day"])


def date_in_text(body: str, lead: str) -> dt.date | None:
    """The publication date as written on a dated line of the text, or None.

    A complete date counts when its weekday matches a weekday named in the lead (the sample's
    caption says "September 28, 2015" and its lead "on Monday"), or when it stands on a line
    that announces a date: a short line, a by-line ("Published …"), a photo credit. A date in
    running prose is more often background than the day of publication, so it never counts.
    """
    lead_days = {WEEKDAYS.index(m.lower()) for m in _WEEKDAY.findall(lead)}
    best: tuple[bool, dt.date] | None = None
    for date, offset in full_dates(body):
        start = body.rfind("\n", 0, offset) + 1
        end = body.find("\n", offset)
        line = body[start : len(body) if end < 0 else end]
        weekday = date.weekday() in lead_days
        if weekday or len(line.strip()) <= 40 or _DATED_LINE.search(line):
            best = max(best or (weekday, date), (weekday, date))
    return best[1] if best else None

"""Calendar arithmetic for TimeML values: periods at a granularity, shifted, written as ISO text."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace

from .temporal_lexicon import SEASON_MONTHS

# Granularities from the coarsest; a period is named by any day inside it.
CENTURY, DECADE, YEAR, HALF, QUARTER, SEASON, MONTH, WEEK, DAY = (
    "CE", "DE", "Y", "H", "Q", "S", "M", "W", "D")
_ORDER = (CENTURY, DECADE, YEAR, HALF, QUARTER, SEASON, MONTH, WEEK, DAY)
_MONTHS_IN = {YEAR: 12, HALF: 6, QUARTER: 3, SEASON: 3, MONTH: 1}
_SEASON_OF = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU",
              9: "FA", 10: "FA", 11: "FA"}
_CALENDAR = re.compile(r"^(\d{4})(?:-(\d\d|W\d\d|Q\d|H\d|SP|SU|FA|WI)(?:-(\d\d))?)?")


@dataclass(frozen=True)
class Period:
    """A calendar period: the `granularity` unit that holds `day` (2014 = any day of 2014)."""

    granularity: str
    day: dt.date

    def iso(self) -> str:
        d, g = self.day, self.granularity
        if g == CENTURY:
            return f"{d.year // 100:02d}"
        if g == DECADE:
            return f"{d.year // 10:03d}"
        if g == YEAR:
            return f"{d.year:04d}"
        if g == HALF:
            return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
        if g == QUARTER:
            return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
        if g == SEASON:
            # Winter belongs to the year it starts in: January 1999 is in 1998-WI.
            year = d.year - 1 if d.month <= 2 else d.year
            return f"{year:04d}-{_SEASON_OF[d.month]}"
        if g == MONTH:
            return f"{d.year:04d}-{d.month:02d}"
        if g == WEEK:
            year, week, _ = d.isocalendar()
            return f"{year:04d}-W{week:02d}"
        return d.isoformat()

    def shift(self, n: int, unit: str | None = None) -> Period:
        """The period `n` units later (earlier if negative); the unit defaults to its own."""
        unit = unit or self.granularity
        if unit in (WEEK, DAY):
            return replace(self, day=self.day + dt.timedelta(days=n * (7 if unit == WEEK else 1)))
        if unit in (CENTURY, DECADE):
            return replace(self, day=_add_months(self.day, 12 * n * (100 if unit == CENTURY
                                                                      else 10)))
        return replace(self, day=_add_months(self.day, n * _MONTHS_IN[unit]))

    def at(self, granularity: str) -> Period:
        return replace(self, granularity=granularity)

    def finer_than(self, granularity: str) -> bool:
        return _ORDER.index(self.granularity) > _ORDER.index(granularity)


def _add_months(day: dt.date, months: int) -> dt.date:
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    if not 1 <= year <= 9999:
        return day
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def season(year: int, code: str) -> Period:
    return Period(SEASON, dt.date(year, SEASON_MONTHS[code], 1))


def quarter(year: int, n: int) -> Period:
    return Period(QUARTER, dt.date(year, 3 * n - 2, 1))


def half(year: int, n: int) -> Period:
    return Period(HALF, dt.date(year, 6 * n - 5, 1))


def parse(value: str) -> Period | None:
    """The period a calendar value names (`2014`, `2015-09`, `2015-W40`, `1989-Q3`), if any."""
    if re.fullmatch(r"\d{2,3}", value):
        # A century ("19", the 1900s) or a decade ("199", the 1990s).
        year = int(value) * (100 if len(value) == 2 else 10)
        return Period(CENTURY if len(value) == 2 else DECADE, dt.date(max(year, 1), 1, 1))
    match = _CALENDAR.match(value)
    if match is None:
        return None
    year, part, day = int(match[1]), match[2], match[3]
    try:
        if part is None:
            return Period(YEAR, dt.date(year, 1, 1))
        if part in SEASON_MONTHS:
            return season(year, part)
        if part.startswith("W"):
            return Period(WEEK, dt.date.fromisocalendar(year, int(part[1:]), 1))
        if part.startswith("Q"):
            return quarter(year, int(part[1]))
        if part.startswith("H"):
            return half(year, int(part[1]))
        if day is None:
            return Period(MONTH, dt.date(year, int(part), 1))
        return Period(DAY, dt.date(year, int(part), int(day)))
    except ValueError:
        return None  # "2015-W54", "2015-13", "2015-Q5"


def weekday_near(anchor: dt.date, weekday: int, direction: int) -> dt.date:
    """The weekday on or before the anchor (-1), on or after it (+1), or nearest to it (0)."""
    ahead = (weekday - anchor.weekday()) % 7
    if direction > 0 or (direction == 0 and ahead <= 3):
        return anchor + dt.timedelta(days=ahead)
    return anchor - dt.timedelta(days=(7 - ahead) % 7)


def year_for(anchor: dt.date, month: int, day: int | None, direction: int) -> int:
    """The year of a month (and day) written without one: the nearest such date to the anchor
    when it is within a month of it, else the last one (direction -1), the next one (+1) or
    the nearest (0; the next one when it is no more than a month farther)."""
    def date_in(year: int) -> dt.date:
        return dt.date(year, month, min(day or 15, calendar.monthrange(year, month)[1]))

    years = (anchor.year - 1, anchor.year, anchor.year + 1)
    nearest = min(years, key=lambda y: abs((date_in(y) - anchor).days))
    if direction == 0 and nearest < anchor.year + 1 and date_in(nearest) < anchor:
        # Half a year either way and no tense to say which: "prepare before the November
        # election", written in May, looks ahead.
        ahead = min(y for y in years if date_in(y) >= anchor)
        if (date_in(ahead) - anchor).days - (anchor - date_in(nearest)).days <= 31:
            return ahead
    if abs((date_in(nearest) - anchor).days) <= 31 or direction == 0:
        return nearest
    if direction < 0:
        return max(y for y in years if date_in(y) <= anchor or (day is None and y == anchor.year
                                                                and month == anchor.month))
    return min(y for y in years if date_in(y) >= anchor or (day is None and y == anchor.year
                                                            and month == anchor.month))

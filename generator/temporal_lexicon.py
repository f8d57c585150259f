"""The temporal tagger's closed-class words: numbers, units, parts of the day, seasons, holidays.

Month and weekday names live in `pubdate`; everything else the patterns and the normaliser
need to know about English time words is here, in one place.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

_ONES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
NUMBER_WORDS: dict[str, int] = {word: n for n, word in enumerate(_ONES)}
NUMBER_WORDS.update({word: 10 * (n + 2) for n, word in enumerate(_TENS)})
_SCALES = {"hundred": 100, "thousand": 1000}
# Counts that say "some number of": the value gets an X ("several years" → PXY).
VAGUE_COUNTS = ("several", "a few", "few", "a number of", "many", "some", "numerous",
                "countless", "dozens of", "hundreds of")

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "last": -1, "final": -1,
}

# Days news names by their date alone, and the year they fell in: "after 9/11".
NAMED_DAYS = {re.compile(r"(?<![\d/])9/11(?![\d/])"): dt.date(2001, 9, 11)}

# Unit words and their TimeML code; the calendar granularity they count in.
UNITS = {
    "second": "S", "minute": "MIN", "hour": "H", "day": "D", "night": "D", "week": "W",
    "weekend": "WE", "fortnight": "2W", "month": "M", "quarter": "Q", "year": "Y",
    "decade": "DE", "century": "CE", "centurie": "CE", "millennium": "ML", "millennia": "ML",
}
_UNIT_KIND = r"(?:(?:trading|business|working|calendar|school|fiscal)\s+)?"
_REGULAR_UNITS = r"second|minute|hour|day|night|week(?:end)?|fortnight|month|quarter|year|decade"
UNIT_WORD = rf"{_UNIT_KIND}(?:{_REGULAR_UNITS}|centur(?:y|ie)|millenni(?:um|a))s?"
_PLURAL_UNIT = rf"{_UNIT_KIND}(?:(?:{_REGULAR_UNITS})s|centuries|millennia)(?![a-z])"

PARTS_OF_DAY = {
    "morning": "MO", "dawn": "MO", "daybreak": "MO", "sunrise": "MO", "afternoon": "AF",
    "evening": "EV", "dusk": "EV", "sunset": "EV", "nightfall": "EV", "night": "NI",
    "overnight": "NI", "tonight": "NI", "midnight": "24:00", "noon": "12:00", "midday": "12:00",
}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
# The months a season starts in (winter: December of its year).
SEASON_MONTHS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

# Words that place a point inside a period: "early 2014", "the end of 2014", "mid-2013".
PART_MODS = {
    "early": "START", "beginning": "START", "start": "START", "dawn": "START",
    "mid": "MID", "middle": "MID", "late": "END", "end": "END", "close": "END",
}
# Words that qualify a quantity: "about two years", "more than a decade".
QUANTITY_MODS = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "nearly": "APPROX", "almost": "APPROX", "close to": "APPROX",
    "more than": "MORE_THAN", "over": "MORE_THAN", "less than": "LESS_THAN",
    "under": "LESS_THAN", "fewer than": "LESS_THAN", "at least": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
}

# Vague references to a time (TimeML's PAST_REF, PRESENT_REF, FUTURE_REF).
VAGUE_TIMES = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "current": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
    "at present": "PRESENT_REF", "presently": "PRESENT_REF", "the present": "PRESENT_REF",
    "to this day": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "recent": "PAST_REF",
    "the past": "PAST_REF", "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the foreseeable future": "FUTURE_REF", "the distant future": "FUTURE_REF",
    "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
    "the near term": "FUTURE_REF", "a later date": "FUTURE_REF", "one day": "FUTURE_REF",
    "some day": "FUTURE_REF",
}

# Adjectives of a recurrence that TimeBank and AQUAINT mark before a noun too ("his daily
# life", "his weekly radio address"); "annual" and "quarterly" they leave unmarked there
# ("the annual meeting", "its quarterly dividend": 15 of 16 times), as the tagger does.
RECURRENCE_ADJECTIVES = frozenset({"daily", "weekly", "monthly", "hourly", "nightly"})

# Nouns "today's" describes as of the present day, not of the publication date: "today's
# world", "today's youth".
PRESENT_DAY_NOUNS = frozenset({"world", "youth", "society", "generation", "kid", "child",
                               "teenager", "teen", "economy", "culture", "politics", "era",
                               "age", "standard", "people"})

SETS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
        "hourly": "PT1H", "quarterly": "P3M", "nightly": "P1D", "biweekly": "P2W",
        "semiannually": "P6M", "annual": "P1Y"}


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th given weekday of a month (n = -1: the last one)."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _fixed(month: int, day: int) -> Callable[[int], dt.date]:
    return lambda year: dt.date(year, month, day)


# Holidays whose date a year fixes, by the name news text gives them.
HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "new year's day": _fixed(1, 1), "new year's eve": _fixed(12, 31),
    "valentine's day": _fixed(2, 14), "st. patrick's day": _fixed(3, 17),
    "independence day": _fixed(7, 4), "bastille day": _fixed(7, 14),
    "halloween": _fixed(10, 31), "veterans day": _fixed(11, 11),
    "armistice day": _fixed(11, 11), "christmas eve": _fixed(12, 24),
    "christmas day": _fixed(12, 25), "christmas": _fixed(12, 25), "boxing day": _fixed(12, 26),
    "easter": _easter, "easter sunday": _easter,
    "good friday": lambda y: _easter(y) - dt.timedelta(days=2),
    "easter monday": lambda y: _easter(y) + dt.timedelta(days=1),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4),
    "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
    "martin luther king day": lambda y: _nth_weekday(y, 1, 0, 3),
    "election day": lambda y: _nth_weekday(y, 11, 0, 1) + dt.timedelta(days=1),
}

_NUMBER_PART = re.compile(r"[a-z]+|\d+(?:\.\d+)?")


def number(text: str) -> float | None:
    """`twenty-four` → 24, `1,500` → 1500, `a` → 1, `two and a half` → 2.5; None if vague."""
    t = text.lower().replace(",", "").strip()
    if not t or any(t == vague or t.startswith(vague + " ") for vague in VAGUE_COUNTS):
        return None
    if t in ("a", "an", "one"):
        return 1
    if t in ("a couple of", "a couple", "couple of", "a pair of"):
        return 2
    half = 0.5 if re.search(r"\band a half\b|\s+1/2$", t) else 0.0
    t = re.sub(r"\s*(?:and a half|1/2)$", "", t)
    total = current = 0.0
    seen = False
    for word in _NUMBER_PART.findall(t):
        if word[0].isdigit():
            current += float(word)
        elif word in NUMBER_WORDS:
            current += NUMBER_WORDS[word]
        elif word in _SCALES:
            current = max(current, 1) * _SCALES[word]
            if word == "thousand":
                total, current = total + current, 0
        elif word in ("a", "an") and not seen:
            current = 1
        elif word == "and":
            continue
        else:
            return None
        seen = True
    value = total + current + half
    return value if seen else None


# Words for numbers, as a regex: "twenty-four", "a hundred", "1,500", "2 1/2".
_WORD = "|".join(sorted([*NUMBER_WORDS, *_SCALES], key=len, reverse=True))
_NUMERAL = (rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?(?:\s+1/2)?"
          rf"|(?:an?\s+(?:hundred|thousand)|(?:{_WORD}))(?:[\s-]+(?:and\s+)?(?:{_WORD}))*"
          rf"(?:\s+and\s+a\s+half)?)")
# "a" counts one of a unit, not of units: "a years-long inquiry" is years long.
# "couple of" without "a" follows a determiner: "the next couple of years".
COUNT = (rf"(?:{_NUMERAL}(?:\s+(?:to|or)\s+{_NUMERAL})?|a\s+couple(?:\s+of)?|couple\s+of"
         r"|a\s+pair\s+of|"
         + "|".join(v.replace(" ", r"\s+") for v in VAGUE_COUNTS)
         + rf"|an?(?!\s+{_PLURAL_UNIT}))")

"""What a temporal expression means: its TimeML type, ISO value and modifier, given its context.

Each pattern of `temporal_patterns` has a normaliser here. Deictic expressions ("yesterday",
"last year", "two years ago") count from the anchor, the publication date or the date of the
statement quoted; anaphoric ones ("the next day", "a year earlier", "that month") from the
last date the text mentioned; bare weekdays and months go back or forward by the tense of the
verb they date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .pubdate import WEEKDAYS, month_number
from .temporal_lexicon import (
    HOLIDAYS,
    ORDINALS,
    PART_MODS,
    PARTS_OF_DAY,
    QUANTITY_MODS,
    SEASONS,
    SETS,
    UNITS,
    VAGUE_TIMES,
    number,
)
from .temporal_patterns import Match
from .timex_values import (
    CENTURY,
    DAY,
    DECADE,
    HALF,
    MONTH,
    QUARTER,
    WEEK,
    YEAR,
    Period,
    half,
    quarter,
    season,
    weekday_near,
    year_for,
)

DATE, TIME, DURATION, SET = "DATE", "TIME", "DURATION", "SET"
Result = tuple[str, str, str | None]
# Unit codes (temporal_lexicon.UNITS) as calendar granularities.
_GRANULARITY = {"D": DAY, "W": WEEK, "M": MONTH, "Q": QUARTER, "Y": YEAR, "WE": WEEK,
                "2W": WEEK}
_BACK = frozenset({"last", "past", "previous", "preceding", "prior", "recent", "latest"})
_AHEAD = frozenset({"next", "coming", "following", "upcoming"})
# "that day", "the next morning": a day the text is about, not today.
_ANAPHORIC_DAY = frozenset({"that", "same", "next", "following", "previous", "preceding",
                            "prior"})


@dataclass
class Context:
    """What an expression is read against: the anchor, the dates mentioned so far, the tense."""

    anchor: dt.date
    tense: Callable[[], int] = lambda: 0  # -1 past, +1 future, 0 present or unknown
    mentioned: list[Period] = field(default_factory=list)
    # The dates that still date the story: without the history of earlier paragraphs.
    story: list[Period] | None = None
    # Days the text dates in full ("Sept. 11, 2001", "9/11"): the year of the same day
    # named without one in a sentence that is not about the future ("after Sept. 11").
    dated: dict[tuple[int, int], int] = field(default_factory=dict)

    def reference(self, granularity: str = DAY, anaphor: bool = False) -> Period:
        """The last date mentioned at least as finely as `granularity`, else the anchor. An
        anaphor ("two years later", "that day") points back to any date; an expression
        that merely assumes the story's time ("the night") to one still in the story."""
        dates = self.mentioned if anaphor or self.story is None else self.story
        for period in reversed(dates):
            if period.granularity == granularity or period.finer_than(granularity):
                return period
        return Period(DAY, self.anchor)

    def only_coarser(self, granularity: str = DAY) -> Period | None:
        """The last date mentioned when none was as fine as `granularity`: an anaphor then
        falls in it, as far as the text says ("In 1978 a power struggle erupted … The next
        day he was arrested" is in 1978, not the day after publication)."""
        if not self.mentioned or any(p.granularity == granularity or p.finer_than(granularity)
                                     for p in self.mentioned):
            return None
        return self.mentioned[-1]


def _words(text: str | None) -> str:
    return " ".join((text or "").lower().replace("’", "'").split())


def _part(text: str | None) -> str | None:
    """START, MID or END from "early", "mid-", "the end of" and the like."""
    words = _words(text)
    if not words:
        return None
    for word, mod in PART_MODS.items():
        if re.search(rf"\b{word}\b", words):
            return mod
    if re.search(r"\b(?:first\s+part|latter|last\s+part)\b", words):
        return "START" if "first" in words else "END"
    if "earlier" in words:
        return "START"
    if "later" in words:
        return "END"
    return None


def _half(text: str | None) -> int | None:
    words = _words(text)
    if "first half" in words:
        return 1
    if "second half" in words:
        return 2
    return None


def _in_period(period: Period, text: str | None) -> tuple[str, str | None]:
    """The value and modifier of a period qualified by "early", "the first half of"…"""
    which = _half(text)
    if which and period.granularity == YEAR:
        return half(period.day.year, which).iso(), None
    return period.iso(), _part(text)


def _quantity_mod(text: str | None) -> str | None:
    return QUANTITY_MODS.get(_words(text))


def _weekday(ctx: Context, index: int, relation: str | None = None,
             anaphoric: bool = False) -> dt.date:
    # "the previous Friday" counts from the day the text is about, "last Friday" from today.
    reference = ctx.reference(DAY, anaphor=True)
    anchor = reference.day if anaphoric and reference.granularity == DAY else ctx.anchor
    if relation in ("last", "past", "previous"):
        return weekday_near(anchor - dt.timedelta(days=1), index, -1)
    if relation in ("next", "coming", "following"):
        return weekday_near(anchor + dt.timedelta(days=1), index, +1)
    if relation == "this" or index == anchor.weekday():
        return weekday_near(anchor, index, 0)
    return weekday_near(anchor, index, ctx.tense())


def _month_day(ctx: Context, month: int, day: int | None, year: str | None) -> Period | None:
    if not year and day and (month, day) in ctx.dated and ctx.tense() <= 0:
        year = str(ctx.dated[month, day])
    y = int(year) if year else year_for(ctx.anchor, month, day, ctx.tense())
    try:
        return Period(DAY, dt.date(y, month, day)) if day else Period(MONTH, dt.date(y, month, 1))
    except ValueError:
        return None


def _iso(m: Match, ctx: Context) -> Result | None:
    try:
        day = dt.date(int(m["iy"]), int(m["im"]), int(m["id"]))
    except ValueError:
        return None
    if m["ih"]:
        return TIME, f"{day.isoformat()}T{m['ih']}:{m['imin']}", None
    return DATE, day.isoformat(), None


def _numeric(m: Match, ctx: Context) -> Result | None:
    year = int(m["ny"])
    if year < 100:
        pivot = (ctx.anchor.year + 10) % 100
        year += 2000 if year <= pivot else 1900
    try:
        return DATE, dt.date(year, int(m["nm"]), int(m["nd"])).isoformat(), None
    except ValueError:
        return None


def _clock(m: Match, ctx: Context) -> Result | None:
    if m["named"]:
        hour, minute = PARTS_OF_DAY[m["named"].lower()].split(":")
    elif m["hour"]:
        hour = str(int(m["hour"]) % 12 + (12 if m["ampm"].lower().startswith("p") else 0))
        minute = m["minute"] or "00"
    elif m["hour2"]:
        hour, minute = m["hour2"], m["minute2"]
    else:
        hours = int(m["hour3"]) if m["hour3"].isdigit() else int(number(m["hour3"]) or 0)
        later = (m["cpart"] or "").lower() in ("afternoon", "evening")
        hour, minute = str(hours % 12 + (12 if later else 0)), "00"
    if m["cday"]:
        day = _deictic_day(ctx, m["cday"])
    elif m["cwd"] or m["conwd"]:
        day = _weekday(ctx, WEEKDAYS.index((m["cwd"] or m["conwd"] or "").lower()))
    elif m["cmonth"]:
        period = _month_day(ctx, month_number(m["cmonth"]), int(m["cdate"]), None)
        if period is None:
            return None
        day = period.day
    else:
        day = ctx.reference(DAY).day
    mod = {"about": "APPROX", "around": "APPROX", "approximately": "APPROX",
           "roughly": "APPROX"}.get(_words(m["cmod"]).split(" ")[0] if m["cmod"] else "")
    if m["cmod"] and not mod:
        mod = "BEFORE" if "before" in m["cmod"].lower() else "AFTER"
    return TIME, f"{day.isoformat()}T{int(hour):02d}:{minute}", mod


def _deictic_day(ctx: Context, word: str) -> dt.date:
    offset = {"yesterday": -1, "tomorrow": 1}.get(word.lower(), 0)
    return ctx.anchor + dt.timedelta(days=offset)


def _weekday_rule(m: Match, ctx: Context) -> Result | None:
    if m["wmonth"]:
        period = _month_day(ctx, month_number(m["wmonth"]), int(m["wdate"]), m["wyear"])
        if period is None:
            return None
        day = period.day
        weekday = WEEKDAYS.index(m["wd"].lower())
        if not m["wyear"] and day.weekday() != weekday:
            for year in (ctx.anchor.year, ctx.anchor.year + 1, ctx.anchor.year - 1):
                try:
                    other = day.replace(year=year)
                except ValueError:
                    continue
                if other.weekday() == weekday:
                    day = other
                    break
    else:
        day = _weekday(ctx, WEEKDAYS.index(m["wd"].lower()), _words(m["wrel"]) or None,
                       anaphoric=bool(m["wthe"]))
    if m["wdir"]:
        # "the day before last Tuesday", "the day before Tuesday night's debate": a day.
        day += dt.timedelta(days=-1 if m["wdir"].lower() == "before" else 1)
    mod = _part(m["wmod"])
    if m["wpart"] and not m["wdir"]:
        return TIME, f"{day.isoformat()}T{PARTS_OF_DAY[m['wpart'].lower()]}", mod
    return DATE, day.isoformat(), mod


def _date(m: Match, ctx: Context) -> Result | None:
    if m["dnext"]:
        return None  # "April 24 and 25": the day before says which month (`temporal`)
    name = m["dmonth"] or m["dmonth2"] or m["dmonth3"]
    day = m["dday"] or m["dday2"]
    year = m["dyear"] or m["dyear2"] or m["dyear3"]
    if m["dspelled"]:
        # "January nineteen ninety-seven", as a broadcast transcript writes it.
        spelled = _spelled_year(m["dspelled"])
        year = str(spelled) if spelled else None
    month = month_number(name)
    if m["drel"] and not year:
        year = str(ctx.anchor.year + {"this": 0, "last": -1, "next": 1}[m["drel"].lower()])
    rel = _words(m["drel0"])
    if rel and not year:
        # "last May" is the latest May before this month, "next May" the first one after it.
        current = ctx.anchor.month
        if rel in ("last", "this past"):
            year = str(ctx.anchor.year - (month >= current))
        elif rel in ("next", "coming"):
            year = str(ctx.anchor.year + (month <= current))
        else:
            year = str(ctx.anchor.year)
    period = _month_day(ctx, month, int(day) if day else None, year)
    if period is None:
        return None
    if m["dweek"]:
        # "the week of March 5", a Sunday, is the week it opens, as Americans count weeks.
        sunday = period.day.weekday() == 6
        period = Period(WEEK, period.day + dt.timedelta(days=sunday))
    return DATE, period.iso(), _part(m["dmod"])


def _spelled_year(text: str) -> int | None:
    words = _words(text).replace("-", " ").split()
    if words[:2] == ["two", "thousand"]:
        return 2000 + int(number(" ".join(w for w in words[2:] if w != "and")) or 0)
    century = number(words[0])
    rest = [w for w in words[1:] if w not in ("and", "o")]
    if century is None:
        return None
    if rest and rest[0] == "hundred":
        return int(century) * 100 + int(number(" ".join(rest[1:])) or 0)
    tail = number(" ".join(rest))
    return None if tail is None else int(century) * 100 + int(tail)


def _year(m: Match, ctx: Context) -> Result | None:
    # "the 2015-16 season" is dated by the year it starts in.
    year = int(m["y"] or m["yfrom"]) if m["y"] or m["yfrom"] else _spelled_year(m["yspelled"])
    if year is None:
        return None
    value, mod = _in_period(Period(YEAR, dt.date(year, 1, 1)), m["ymod"])
    if m["yside"]:
        mod = "BEFORE" if m["yside"] == "pre" else "AFTER"
    return DATE, value, mod


def _decade(m: Match, ctx: Context) -> Result | None:
    if m["decade"]:
        value = m["decade"][:3]
    elif m["decade2"]:
        digit = m["decade2"][0]
        century = ctx.anchor.year // 100 - (int(digit) > ctx.anchor.year % 100 // 10)
        value = f"{century}{digit}"
    else:
        tens = number(m["decade3"].lower()[:-3] + "y")
        value = f"19{int(tens or 0) // 10}"
    return DATE, value, _part(m["demod"])


def _century(m: Match, ctx: Context) -> Result | None:
    text = m["century"].lower()
    n = int(re.sub(r"\D", "", text)) if text[0].isdigit() else ORDINALS.get(text)
    if not n or n < 1:
        return None
    return DATE, f"{n - 1:02d}", _part(m["cemod"])


def _ordinal(text: str | None) -> int | None:
    words = _words(text)
    if not words:
        return None
    if words[0].isdigit():
        return int(words[0])
    return ORDINALS.get(words) if ORDINALS.get(words, 0) > 0 else None


def _quarter(m: Match, ctx: Context) -> Result | None:
    if m["qq"]:
        digits = re.sub(r"\D", "", m["qq"])
        n = int(digits)
        year = int(m["qy3"]) if m["qy3"] else _period_year(ctx, 3 * n - 2)
        return DATE, quarter(year, n).iso(), None
    if m["qy4"] or m["q2rel"] or m["qfirst3"]:
        n = 1 if m["qfirst2"] or m["qfirst3"] else 2
        step = {"last": -1, "next": 1}.get(_words(m["q2rel"]), 0)
        year = int(m["qy4"]) if m["qy4"] else (
            ctx.anchor.year + step if step else _period_year(ctx, 1))
        return DATE, half(year, n).iso(), None
    unit = HALF if m["qunit"].lower() == "half" else QUARTER
    make = half if unit == HALF else quarter
    rel = _words(m["qrel"])
    n = _ordinal(m["qord"]) or _ordinal(rel)
    year: int | None = None
    for text in (m["qy"], m["qy2"]):
        if text:
            year = int(text)
    relative_year = _words(m["qyear"]) or _words(m["qyrel"])
    if n is None and ORDINALS.get(rel) == -1 and (year is not None or relative_year):
        # "the last quarter of 2014", "the final half of last year": the year's last one;
        # "the last quarter" alone is the one before this (below).
        n = 2 if unit == HALF else 4
    if n is not None and not 1 <= n <= (2 if unit == HALF else 4):
        return None
    if year is None and relative_year:
        if relative_year.startswith(("the", "previous")):
            previous = relative_year.startswith("previous")
            year = ctx.reference(YEAR, anaphor=previous).day.year - previous
        else:
            step = {"this": 0, "last": -1, "next": 1}[relative_year.split()[0]]
            year = ctx.anchor.year + step
    mod = _part(m["qmod"])
    if n is not None:
        if year is None:
            year = _period_year(ctx, (n - 1) * (6 if unit == HALF else 3) + 1)
            # "the year-ago third quarter", "the third quarter a year ago"
            year -= rel.startswith("year") or bool(m["qago"])
        return DATE, make(year, n).iso(), mod
    if year is not None:
        # "the 1988 quarter": the quarter the text is about, in that year.
        reference = ctx.reference(unit)
        if reference.granularity != unit:
            return None
        return DATE, reference.shift(year - reference.day.year, YEAR).iso(), mod
    current = Period(unit, ctx.anchor)
    if rel in ("current", "this"):
        return DATE, current.iso(), mod
    if rel in ("next", "coming"):
        return DATE, current.shift(1).iso(), mod
    if rel in _BACK:
        return DATE, current.shift(-1).iso(), mod
    # "the quarter", "the year-earlier quarter": the one the text is about; "that quarter"
    # the last one it named, and none if it named none ("no help came from that quarter").
    named = [p for p in ctx.mentioned if p.granularity == unit]
    if rel == "that":
        return (DATE, named[-1].iso(), mod) if named else None
    reference = ctx.reference(unit)
    period = reference.at(unit) if reference.granularity in (unit, MONTH, WEEK, DAY) or (
        unit == HALF and reference.granularity == QUARTER) else current.shift(-1)
    if m["qendm"] and unit == QUARTER:
        # "the quarter ended July 31" is May to July, mostly the calendar's second quarter.
        month, day = month_number(m["qendm"]), int(m["qendd"] or 0)
        end = _month_day(ctx, month, day, None)
        if end is not None:
            period = Period(QUARTER, end.day - dt.timedelta(days=45))
    if rel.startswith("year") or rel == "comparable" or m["qago"]:
        period = period.shift(-1, YEAR)  # "the year-ago quarter", "the quarter a year ago"
    if not m["qthe"] and not rel:
        return None
    return DATE, period.iso(), mod


def _period_year(ctx: Context, first_month: int) -> int:
    """The year of a quarter or half named without one: this year's, unless the verb is past
    and it has not begun yet."""
    if ctx.tense() < 0 and first_month > ctx.anchor.month:
        return ctx.anchor.year - 1
    return ctx.anchor.year


def _season(m: Match, ctx: Context) -> Result | None:
    code = SEASONS[m["season"].lower()]
    rel = _words(m["srel"])
    anchor = ctx.anchor
    current = season(anchor.year, code)
    started = anchor >= current.day
    year = int(m["sy"] or m["sfrom"] or 0) or (
        m["sspelled"] and _spelled_year(m["sspelled"]))
    if year:
        period = season(year, code)
    elif rel == "this":
        period = current
    elif rel in ("last", "past", "previous", "this past"):
        period = current if started and anchor >= current.shift(1).day else current.shift(-1, YEAR)
    elif rel in ("next", "coming"):
        period = current if not started else current.shift(1, YEAR)
    else:
        tense = ctx.tense()
        period = current.shift(-1, YEAR) if tense < 0 and not started else (
            current.shift(1, YEAR) if tense > 0 and anchor >= current.shift(1).day else current)
    return DATE, period.iso(), _part(m["smod"] or m["smod2"])


_UNIT_NAMES = {"day": DAY, "week": WEEK, "weekend": WEEK, "month": MONTH, "year": YEAR,
               "decade": DECADE, "century": CENTURY}


def _relative(m: Match, ctx: Context) -> Result | None:
    if m["rweekend"]:
        return _weekend(ctx)
    if m["rinday"]:
        day = _relative_day(ctx, "that", deictic=False)
        return (DATE, day.isoformat(), None) if day else None
    if m["ryearago"]:
        return DATE, _year_ago(ctx, 1).iso(), None
    if m["rlatest"]:
        # "Sales in the latest period": the quarter or half the report is about; a story
        # about no such period leaves "period" to mean nothing datable.
        period = _recent_quarter(ctx)
        return (DATE, period.iso(), None) if period is not None else None
    if m["rpunit"]:
        granularity = _GRANULARITY[_words(m["rpunit"])[0].upper()]
        return DATE, _the_period(ctx, granularity).iso(), _part(m["rpart"])
    if m["yearend"]:
        # The nearer year's end; the last one when the verb looks back ("since year-end").
        year = ctx.anchor.year - (ctx.anchor.month < 7 or ctx.tense() < 0)
        approximate = _words(m["yemod"]) in ("around", "about")
        return DATE, f"{year:04d}-12-31", "APPROX" if approximate else None
    rel, unit = _words(m["rrel"]), _words(m["runit"]).removeprefix("fiscal ")
    mod = _part(m["rmod"])
    coarse = ctx.only_coarser() if rel in _ANAPHORIC_DAY else None
    if coarse is not None and (unit in ("morning", "afternoon", "evening", "night")
                               or _UNIT_NAMES[unit] == DAY):
        return DATE, coarse.iso(), None
    if unit in ("morning", "afternoon", "evening", "night"):
        day = _relative_day(ctx, rel, deictic=rel in ("this", "last"))
        if day is None:
            return None
        return TIME, f"{day.isoformat()}T{PARTS_OF_DAY[unit]}", mod
    granularity = _UNIT_NAMES[unit]
    if m["rthe"] and rel in ("past", "last", "next") and granularity != DAY:
        # "over the past year": a stretch of time; but "the next day" is a date.
        code = {DAY: "D", WEEK: "W", MONTH: "M", YEAR: "Y", DECADE: "DE", CENTURY: "CE"}
        return DURATION, _duration_value(1, code[granularity]), mod
    if granularity == DAY:
        day = _relative_day(ctx, rel, deictic=False)
        return (DATE, day.isoformat(), mod) if day else None
    if rel in ("that", "same") or (m["rthe"] and rel in ("previous", "preceding", "prior",
                                                         "following", "next")):
        base = ctx.reference(granularity, anaphor=True).at(granularity)
        step = -1 if rel in ("previous", "preceding", "prior") else (
            1 if rel in ("following", "next") else 0)
    else:
        base = Period(granularity, ctx.anchor)
        step = -1 if rel in _BACK else (1 if rel in _AHEAD else 0)
    period = base.shift(step)
    value = period.iso() + ("-WE" if unit == "weekend" else "")
    if mod is None and _half(m["rmod"]) and granularity == YEAR:
        value = half(period.day.year, _half(m["rmod"]) or 1).iso()
    return DATE, value, mod


def _weekend(ctx: Context) -> Result:
    """"The weekend": the one before the publication day if the verb is past, the next if it
    is future; with no tense ("gains over the weekend"), the nearer one: early in the week
    the one just past."""
    anchor = ctx.anchor
    tense = ctx.tense()
    if tense == 0:
        # Days since the last Sunday against days to the next Saturday.
        tense = -1 if anchor.weekday() + 1 < 5 - anchor.weekday() else 1
    saturday = weekday_near(anchor, 5, tense)
    if anchor.weekday() == 6:
        saturday = anchor - dt.timedelta(days=1)
    return DATE, Period(WEEK, saturday).iso() + "-WE", None


def _recent_quarter(ctx: Context) -> Period | None:
    """The quarter or half a report is about: one of the last dates mentioned, within the
    year before the anchor."""
    year_before = Period(DAY, ctx.anchor).shift(-1, YEAR).day
    for period in ctx.mentioned[-3:][::-1]:
        if period.granularity in (QUARTER, HALF) and year_before < period.day <= ctx.anchor:
            return period
    return None


def _year_ago(ctx: Context, years: int) -> Period:
    """The period a year ago: the year, or the quarter or half the text is reporting on."""
    quarter = _recent_quarter(ctx)
    if quarter is not None:
        return quarter.shift(-years, YEAR)
    return Period(YEAR, ctx.anchor).shift(-years)


def _relative_day(ctx: Context, rel: str, deictic: bool) -> dt.date | None:
    """The day of "that day", "the next day", "last night", "this morning"."""
    if rel == "this":
        return ctx.anchor
    if rel == "last" and deictic:
        return ctx.anchor - dt.timedelta(days=1)
    base = ctx.reference(DAY, anaphor=True)
    if base.granularity != DAY:
        return None
    if rel in ("that", "same"):
        return base.day
    if rel in ("next", "following", "coming"):
        return base.day + dt.timedelta(days=1)
    if rel in ("previous", "preceding", "prior"):
        return base.day - dt.timedelta(days=1)
    return None


def _anaphoric(m: Match, ctx: Context) -> Result | None:
    unit = _words(m["bunit"])
    step = -1 if _words(m["bdir"]) in ("before", "earlier") else 1
    if unit in ("day", "night"):
        coarse = ctx.only_coarser()
        if coarse is not None:
            return DATE, coarse.iso(), None
        base = ctx.reference(DAY, anaphor=True)
        if base.granularity != DAY:
            return None
        day = base.day + dt.timedelta(days=step)
        return (TIME, f"{day.isoformat()}TNI", None) if unit == "night" else (
            DATE, day.isoformat(), None)
    granularity = _UNIT_NAMES[unit]
    return DATE, ctx.reference(granularity, anaphor=True).at(granularity).shift(step).iso(), None


def _deictic(m: Match, ctx: Context) -> Result | None:
    if m["nthday"]:
        return DATE, _deictic_day(ctx, "today").isoformat(), None
    word = m["deictic"].lower()
    day = _deictic_day(ctx, word)
    if m["tdir"]:
        day += dt.timedelta(days=-1 if m["tdir"].lower() == "before" else 1)
    mod = _part(m["tmod"])
    if word == "tonight":
        return TIME, f"{day.isoformat()}TNI", mod
    return DATE, day.isoformat(), mod


def _part_of_day(m: Match, ctx: Context) -> Result | None:
    part = PARTS_OF_DAY[m["part"].lower()]
    det = _words(m["pdet"])
    if det == "each":
        return SET, f"XXXX-XX-XXT{part}", None
    if m["pday"]:
        day = _deictic_day(ctx, m["pday"])
    elif det in ("this", "yesterday", "tomorrow") or m["part"].lower() == "tonight":
        day = _deictic_day(ctx, det) if det != "this" else ctx.anchor
    elif det == "last":
        day = ctx.anchor - dt.timedelta(days=1)
    else:
        day = ctx.reference(DAY).day
    return TIME, f"{day.isoformat()}T{part}", _part(m["pmod"] or m["pmod2"])


def _vague(m: Match, ctx: Context) -> Result | None:
    words = _words(m["vague"])
    # "the near future", "a near future", "near future": the lexicon has one form of each.
    bare = words.removeprefix("the ").removeprefix("a ")
    value = VAGUE_TIMES.get(words) or VAGUE_TIMES.get(bare) or VAGUE_TIMES.get(f"the {bare}")
    return (DATE, value, None) if value else None


def _count(text: str | None) -> float | None:
    words = _words(text)
    if re.search(r"\s(?:to|or)\s", words):
        return None
    return number(words) if words else None


# The days in a unit, for a count with a half.
_DAYS_IN = {"Y": 365.25, "Q": 91.31, "M": 30.44, "2W": 14, "W": 7, "D": 1}


def _ago(m: Match, ctx: Context) -> Result | None:
    code = UNITS[_unit_word(m["aunit"])]
    n = _count(m["acount"]) if m["acount"] else None
    if n is not None and (m["ahalf0"] or m["ahalf"]):
        n = n / 2 if m["ahalf0"] else n + 0.5
    direction = _words(m["adir"])
    step = -1 if direction in ("ago", "earlier", "before") else 1
    deictic = direction in ("ago", "hence", "from now")
    mod = _quantity_mod(m["amod"])
    if n is None:
        # "several years ago", "weeks from now"; "days later" says no more than its story.
        return (DATE, "PAST_REF" if step < 0 else "FUTURE_REF", mod) if deictic else None
    if code in ("S", "MIN", "H"):
        # "two hours ago" is today; "three hours later" the day of the story's last day.
        day = Period(DAY, ctx.anchor) if deictic else ctx.reference(DAY, anaphor=True)
        return DATE, day.at(DAY).iso(), mod
    if deictic and n != int(n) and code in _DAYS_IN:
        # "half a year ago", "a month and a half ago": so many days back, named by their
        # month ("a week and a half ago" by its day).
        day = ctx.anchor + dt.timedelta(days=step * round(n * _DAYS_IN[code]))
        return DATE, Period(DAY, day).at(DAY if code in ("W", "2W", "D") else MONTH).iso(), mod
    # Decades and centuries count in years: "a decade ago" is a year.
    scale = {"DE": 10, "CE": 100, "ML": 1000, "2W": 2}.get(code, 1)
    unit = YEAR if code in ("DE", "CE", "ML") else _GRANULARITY[code]
    count = int(n * scale)
    if unit == YEAR and step < 0:
        # "a year ago" in a story about a quarter means that quarter a year ago.
        quarter = _recent_quarter(ctx)
        if quarter is not None:
            return DATE, quarter.shift(-count, YEAR).iso(), mod
    # "two years ago" counts from today, "two days later" from the story's last date, in
    # the unit counted ("a year earlier" is a year, "two days later" a day).
    base = Period(DAY, ctx.anchor) if deictic else ctx.reference(unit, anaphor=True)
    last = ctx.mentioned[-1] if ctx.mentioned and not deictic else None
    if last is not None and last.granularity != unit and not last.finer_than(unit):
        # "voted in February … died four days later": later that February, as far as the
        # text says, not four days after publication.
        return DATE, last.iso(), mod
    if base.granularity != unit and not base.finer_than(unit):
        return None
    return DATE, base.at(unit).shift(step * count, unit).iso(), mod


def _unit_word(text: str) -> str:
    word = _words(text).split()[-1]
    word = word.removesuffix("s") if word not in ("hours",) else "hour"
    return word if word in UNITS else word.rstrip("s")


def _duration_value(n: float | None, code: str) -> str:
    """A TimeML duration: (2, "Y") → P2Y, (1.5, "H") → PT1H30M, (1.5, "MIN") → PT1M30S,
    (None, "W") → PXW."""
    if code == "2W":
        n, code = (None if n is None else 2 * n), "W"
    if code in ("DE", "CE", "ML"):
        if n is None:
            # "decades" in years, like "two decades" (P20Y), as TimeBank and MEANTIME write
            # it; their centuries take no one unit ("PXC", "PXE").
            return "PXY" if code == "DE" else f"PX{code}"
        n, code = n * {"DE": 10, "CE": 100, "ML": 1000}[code], "Y"
    if code == "Q":
        if n is None:
            return "PXQ"
        n, code = 3 * n, "M"
    prefix = "PT" if code in ("H", "MIN", "S") else "P"
    letter = "M" if code == "MIN" else code
    if n is None:
        return f"{prefix}X{letter}"
    if n == int(n):
        return f"{prefix}{int(n)}{letter}"
    whole, fraction = int(n), n - int(n)
    smaller = {"Y": (12, "M"), "D": (24, "H"), "H": (60, "M"), "MIN": (60, "S"), "W": (7, "D")}
    if code in smaller and (fraction * smaller[code][0]).is_integer():
        size, sub = smaller[code]
        head = f"{whole}{letter}" if whole else ""
        infix = "T" if letter == "D" else ""
        return f"{prefix}{head}{infix}{int(fraction * size)}{sub}"
    return f"{prefix}{n:g}{letter}"


def _duration(m: Match, ctx: Context) -> Result | None:
    word = _words(m["uunit"] or m["junit"])
    unit = _unit_word(word)
    plural = word.endswith("s") and not word.endswith("ss")
    code = UNITS[unit]
    if "old" in _words(m["ulong"] or m["jlong"]):
        return None  # an age
    count = m["ucount"] or m["jcount"]
    if count is None and _words(m["udet"]).startswith(("a ", "an ")):
        # "for an additional year", "an extra week": one more ("another day" is as often
        # one like the others: "just another day in the campaign").
        count = "a"
    rel = m["urel"] or m["urel2"]
    if count is None and not plural and not m["ulong"] and (
            not rel or _words(rel) in ("full", "whole", "entire", "same")):
        if m["uend"] and code == "Y":
            # "the year ended July 2": twelve months up to a day, which TimeML calls a
            # duration anchored by that day, mostly not a calendar year; a quarter ended
            # Sept. 30 is the calendar's third quarter and stays a date.
            return DURATION, "P1Y", None
        if _words(m["udet"]) == "the" and code in ("Y", "M", "W"):
            return DATE, _the_period(ctx, _GRANULARITY[code]).iso(), None
        return None
    if count and _words(count) in ("a", "an") and unit in ("second", "quarter"):
        return None  # "a second time", "a quarter of the market"
    if m["junit"] and plural and unit == "quarter":
        return None  # "three-quarters of its food": a fraction; a span of time is spaced
    n = _count(count) if count else (None if plural else 1)
    if n is not None and m["uhalf"]:
        n += 0.5  # "a year and a half"
    if n is not None and m["uhalf0"]:
        n /= 2  # "half an hour"
    return DURATION, _duration_value(n, code), _quantity_mod(m["umod"])


def _the_period(ctx: Context, granularity: str) -> Period:
    """The year, month or week of "the year", "for the week": the one the text is about."""
    period = ctx.reference(granularity).at(granularity)
    now = Period(granularity, ctx.anchor).at(granularity)
    if ctx.tense() > 0 and period.day < now.day:
        # "by the end of the month, the numbers will be in": no month gone by.
        period = now
    return period


def _set(m: Match, ctx: Context) -> Result | None:
    if m["sadv"]:
        return SET, SETS[m["sadv"].lower()], None
    if m["sdays"]:
        return SET, f"XXXX-WXX-{WEEKDAYS.index(m['sdays'][:-1].lower()) + 1}", None
    if m["sdays2"]:
        part = PARTS_OF_DAY[m["spart"].lower()[:-1]]
        return SET, f"XXXX-WXX-{WEEKDAYS.index(m['sdays2'].lower()) + 1}T{part}", None
    unit_text = m["sunit"] or m["sunit2"] or m["sunit3"]
    word = _words(unit_text)
    if word.capitalize() in (w.capitalize() for w in WEEKDAYS):
        return SET, f"XXXX-WXX-{WEEKDAYS.index(word) + 1}", None
    if m["smonth"]:
        return SET, f"XXXX-{month_number(m['smonth']):02d}", None
    if word in SEASONS:
        return SET, f"XXXX-{SEASONS[word]}", None
    if word in PARTS_OF_DAY:
        return SET, f"XXXX-XX-XXT{PARTS_OF_DAY[word]}", None
    n = (_count(m["scount"]) if m["scount"] else 1) or 1
    if m["sother"]:
        n *= 2  # "every other week": every second one
    return SET, _duration_value(n, UNITS[_unit_word(word)]), None


def _holiday(m: Match, ctx: Context) -> Result | None:
    name = _words(m["holiday"])
    rule = HOLIDAYS[name]
    day = rule(int(m["hy"])) if m["hy"] else _holiday_day(rule, _words(m["hrel"]), ctx)
    if m["hweek"]:
        return DATE, Period(WEEK, day).iso(), None
    return DATE, day.isoformat(), None


def _holiday_day(rule: Callable[[int], dt.date], rel: str, ctx: Context) -> dt.date:
    this_year = rule(ctx.anchor.year)
    if rel == "last":
        day = this_year if this_year < ctx.anchor else rule(ctx.anchor.year - 1)
    elif rel == "next":
        day = this_year if this_year > ctx.anchor else rule(ctx.anchor.year + 1)
    elif rel == "this":
        day = this_year
    else:
        year = year_for(ctx.anchor, this_year.month, this_year.day, ctx.tense())
        day = rule(year)
    return day


def moves_reference(match: Match) -> bool:
    """Whether later anaphora count from this expression: comparisons ("a year earlier",
    "the year-ago quarter") look back without moving the story's time."""
    if match.rule == "ago":
        return _words(match["adir"]) in ("later", "after", "hence", "from now")
    if match.rule == "relative":
        return not match["ryearago"]
    if match.rule == "quarter":
        return not _words(match["qrel"]).startswith(("year", "comparable"))
    return True


NORMALISERS: dict[str, Callable[[Match, Context], Result | None]] = {
    "iso": _iso, "numeric": _numeric, "clock": _clock, "weekday": _weekday_rule,
    "date": _date, "year": _year, "decade": _decade, "century": _century,
    "quarter": _quarter, "season": _season, "relative": _relative, "anaphoric": _anaphoric,
    "deictic": _deictic, "part": _part_of_day, "vague": _vague, "set": _set, "ago": _ago,
    "duration": _duration, "holiday": _holiday,
}


def normalise(match: Match, ctx: Context) -> Result | None:
    """(type, value, mod) of a matched expression, or None when it names no time."""
    return NORMALISERS[match.rule](match, ctx)

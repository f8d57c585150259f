"""What a temporal expression looks like: one regex per kind, and the leftmost-longest matches.

Spans follow the TimeML guidelines: determiners, quantity modifiers ("about", "more than") and
position words ("early", "the end of") belong to the expression; the prepositions that link it
to its event ("in", "on", "since", "until") do not.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass

from .pubdate import MONTHS, WEEKDAYS, month_pattern
from .temporal_lexicon import COUNT, HOLIDAYS, NUMBER_WORDS, UNIT_WORD

_WEEKDAY = r"(?-i:" + "|".join(w.capitalize() for w in WEEKDAYS) + ")"
_WEEKDAYS_PLURAL = r"(?-i:" + "|".join(w.capitalize() + "s" for w in WEEKDAYS) + ")"


def _month(group: str) -> str:
    # Capitalised only: "may" and "march" are words too.
    return f"(?-i:{month_pattern(group)})"


def _year(group: str) -> str:
    # Four digits from 1000 to 2099, not part of a number, an amount or a code.
    return (rf"(?<![\w$£€#.,/:])(?<!\d-)(?P<{group}>1\d\d\d|20\d\d)"
            rf"(?![\w%/]|[.,:]\d|-\d|’\d|'\d)")


_DAY = r"(?P<{0}>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\w:.,]\d)"
_PART_MOD = (r"(?:early|mid|late|the(?:\s+very)?\s+(?:end|beginning|start|middle|close|first\s+half"
             r"|second\s+half|first\s+part|latter\s+part|last\s+part|rest|remainder)\s+of"
             r"(?:\s+the)?)")
_PART_OF_DAY = r"(?:morning|afternoon|evening|night|overnight|dawn|dusk|nightfall|daybreak)"
_DECADE_WORDS = "|".join(word + "ies" for word in
                         ("twent", "thirt", "fort", "fift", "sixt", "sevent", "eight", "ninet"))
_TEENS = "|".join(w for w, n in NUMBER_WORDS.items() if 10 <= n < 20)
_TENS = "|".join(w for w, n in NUMBER_WORDS.items() if n >= 20)
_ONES = "|".join(w for w, n in NUMBER_WORDS.items() if 1 <= n < 10)
_SPELLED_YEAR = (rf"(?:nineteen|eighteen|twenty)[\s-]+(?:(?:{_TENS})(?:[\s-]+(?:{_ONES}))?"
                 rf"|{_TEENS}|hundred(?:\s+and\s+(?:{_ONES}))?|o[\s-]+(?:{_ONES}))"
                 rf"|two\s+thousand(?:\s+and)?(?:[\s-]+(?:{_ONES}|{_TEENS}))?")
# "the eighth day", "the twenty-first day", "the last day" (not "the worst day").
_ORDINAL_WORD = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?"
                 r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
                 r"|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth"
                 r"|(?:twen|thir|for|fif|six|seven|eigh|nine)tieth|hundredth|thousandth|last|final")
_HOLIDAY = "(?-i:" + "|".join(
    re.escape(name.title()).replace("'S", "['’]s").replace(r"\ ", r"\s+")
    for name in sorted(HOLIDAYS, key=len, reverse=True)) + ")"
_QUANTITY_MOD = (r"(?:about|around|approximately|roughly|some|nearly|almost|close\s+to|more\s+than"
                 r"|over|less\s+than|under|fewer\s+than|at\s+least|at\s+most|up\s+to"
                 r"|no\s+more\s+than)")
_DURATION_REL = (r"(?:first|last|past|next|coming|previous|preceding|following|latest|final"
                  r"|remaining|initial|recent|further|entire|full|whole|same)")
_TIME_ZONE = r"(?-i:[ECMP][SD]T|GMT|UTC|BST|CET|CEST)"
# A month's first letters, for a lower-case pattern to see a date coming ("ended Sept. 30").
_MONTH_START = "(?:" + "|".join(MONTHS) + ")"

# name → pattern; the order breaks ties between matches of equal length.
PATTERNS: dict[str, str] = {
    "iso": r"(?<![\w-])(?P<iy>\d{4})-(?P<im>0[1-9]|1[0-2])-(?P<id>[0-3]\d)"
           r"(?:T(?P<ih>[01]\d|2[0-4]):(?P<imin>[0-5]\d)(?::[0-5]\d)?)?(?![\w-])",
    "numeric": r"(?<![\w/.-])(?P<nm>1[0-2]|0?[1-9])/(?P<nd>[12]\d|3[01]|0?[1-9])/"
               r"(?P<ny>\d{4}|\d\d)(?![\w/])",
    "clock": (
        rf"(?:(?P<cmod>about|around|approximately|roughly|shortly\s+(?:before|after)"
        rf"|just\s+(?:before|after))\s+)?"
        rf"(?:(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?\s*(?P<ampm>[ap]\.\s?m\b\.?|[ap]m\b)"
        rf"|(?<![\d:.$])(?P<hour2>[01]?\d|2[0-3]):(?P<minute2>[0-5]\d)(?![\d:])"
        rf"|(?P<named>noon|midnight|midday)"
        # "4 o'clock", and "4 in the morning" (the part of the day follows below).
        rf"|(?P<hour3>1[0-2]|0?[1-9]|{_ONES}|ten|eleven|twelve)"
        rf"(?:\s+o['’]clock|(?=\s+in\s+the\s+(?:morning|afternoon|evening)\b)))"
        rf"(?:\s+(?:{_TIME_ZONE}|local\s+time))?"
        rf"(?:\s+in\s+the\s+(?P<cpart>morning|afternoon|evening))?"
        rf"(?:,?\s+(?:(?P<cday>today|yesterday|tomorrow|tonight)|(?P<cwd>{_WEEKDAY})"
        rf"|{_month('cmonth')}\s+{_DAY.format('cdate')}))?"
        # "at 10 a.m. on Friday": the day is the next expression's, outside this one.
        rf"(?:(?=\s+on\s+(?P<conwd>{_WEEKDAY})))?"
    ),
    "weekday": (
        rf"(?:the\s+day\s+(?P<wdir>before|after)\s+)?"
        rf"(?:(?P<wmod>early|late|mid)\s+)?"
        rf"(?:(?P<wthe>the)\s+(?=previous|following|next))?"
        rf"(?:(?P<wrel>last|next|this|coming|past|previous|following)\s+)?"
        rf"(?P<wd>{_WEEKDAY})"
        rf"(?:\s+(?P<wpart>morning|afternoon|evening|night|overnight))?"
        rf"(?:,?\s+{_month('wmonth')}\s+{_DAY.format('wdate')}(?:,?\s+{_year('wyear')})?)?"
    ),
    "date": (
        rf"(?:(?P<dmod>{_PART_MOD})[-\s]+)?"
        # "the week of March 6": the week that holds the day.
        rf"(?:(?P<dweek>the\s+week\s+of)\s+(?=[a-z]+\.?\s+\d{{1,2}}(?!\d)|\d{{1,2}}(?!\d)))?"
        rf"(?:(?P<drel0>last|this|next|coming|this\s+past)\s+)?"
        # "Sept.11", its space lost: only after an abbreviation's dot.
        rf"(?:{_month('dmonth')}(?:\s+|(?<=\.)){_DAY.format('dday')}(?:,?\s+{_year('dyear')})?"
        rf"|(?:the\s+)?{_DAY.format('dday2')}\s+(?:of\s+)?{_month('dmonth2')}"
        rf"(?:,?\s+{_year('dyear2')})?"
        rf"|{_month('dmonth3')}(?:,?\s+(?:of\s+)?(?:{_year('dyear3')}"
        rf"|(?P<dspelled>{_SPELLED_YEAR})(?![\w-])))?)"
        rf"(?:\s+(?P<drel>this|last|next)\s+year)?"
        # "on April 24 and 25", "Oct. 3, 4 and 5", "from Oct. 3 to 5": each later day is a
        # date of its own (`temporal._plausible` checks the month and days before it).
        rf"|(?:(?<=[\w,]\sand\s)|(?<=[\w,]\sor\s)|(?<=\w\s&\s)|(?<=\w,\s)|(?<=\w\sto\s))"
        rf"(?P<dnext>[12]\d|3[01]|0?[1-9])"
        rf"(?:st|nd|rd|th)?(?:,?\s+{_year('dnexty')})?"
        rf"(?![\w%-]|[:.,]\d|\s*(?:percent|per\s+cent|pct|[ap]\.?m\b|million|billion"
        rf"|thousand|hundred))"
    ),
    "year": (
        rf"(?:(?P<ymod>{_PART_MOD})[-\s]+)?"
        rf"(?:(?P<yfiscal>fiscal(?:\s+year)?|(?:the\s+)?(?:fiscal\s+|calendar\s+|model\s+)?year"
        rf"|fy)\s*)?"
        # "the post-1959 politics": after that year.
        rf"(?:(?P<yside>pre|post)[-–])?"
        rf"(?:(?P<yfrom>1\d\d\d|20\d\d)[-/–](?P<yto>\d\d)"
        rf"(?=\s+(?:season|school|academic|fiscal|financial|crop|budget))"
        rf"|{_year('y')}|(?P<yspelled>{_SPELLED_YEAR}))"
    ),
    "decade": (
        rf"(?:(?:the|its|their)\s+)?(?:(?P<demod>early|mid|late)[-\s]+)?"
        rf"(?:(?P<decade>1\d\d0|20\d0)['’]?s|['’](?P<decade2>\d0)['’]?s|(?P<decade3>{_DECADE_WORDS}))"
        rf"(?!\w)"
    ),
    "century": (
        r"(?:the\s+)?(?:(?P<cemod>early|mid|late)[-\s]+)?"
        r"(?P<century>\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh"
        r"|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth"
        r"|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)[-\s]+century"
    ),
    "quarter": (
        rf"(?:(?P<qmod>{_PART_MOD})\s+)?"
        rf"(?:(?P<qthe>the)\s+)?"
        rf"(?:(?P<qyear>{_year('qy')}|(?:this|last|next)\s+year)(?:['’]s)?\s+)?"
        rf"(?:(?P<qrel>year[-\s](?:earlier|ago)|same|that(?=\s+quarter(?![\w-]))|latest|current"
        rf"|past|previous|prior|last"
        rf"|recent|most\s+recent|coming|next|comparable|first|second|third|fourth|final|1st|2nd"
        rf"|3rd|4th)[-\s]+)?"
        rf"(?:(?:fiscal|calendar)[-\s]+)?"
        rf"(?:(?P<qord>first|second|third|fourth|1st|2nd|3rd|4th)[-\s]+)?"
        rf"(?:(?:fiscal|calendar)[-\s]+)?"
        # Not "quarter-century", "half-hour": a span of time of its own.
        rf"(?P<qunit>quarter|half)(?![\w-])"
        # "the quarter a year ago", "the first half a year earlier" (not "half a year ago").
        rf"(?:(?:(?<=quarter)|(?<=first\shalf)|(?<=second\shalf)|(?<=first-half)"
        rf"|(?<=second-half))\s+(?P<qago>a\s+year\s+(?:ago|earlier)))?"
        # "the quarter ended Sept. 30": the day says which quarter (outside the expression).
        rf"(?=\s+(?:that\s+)?(?:ended|ending)\s+(?:on\s+)?{_month('qendm')}\s+"
        rf"{_DAY.format('qendd')})?"
        rf"(?:\s+of\s+(?:the\s+)?(?:(?:fiscal|calendar)\s+(?:year\s+)?)?"
        rf"(?:{_year('qy2')}|(?P<qyrel>this|last|next|previous|the)\s+year))?"
        # "the second half of the 20th century", "the first half of the match": not a
        # half of a year (but "the third quarter of $226 million" is).
        rf"(?!\s+of\s+(?:the|a|an|this|that|his|her|its|their|our|[a-z]+['’]s)\b)"
        rf"|(?-i:(?P<qq>Q[1-4]|[1-4]Q))(?:\s+{_year('qy3')})?"
        # "the first two quarters of 1990": its first half; "the last two quarters" alone
        # are the latest two, a span.
        rf"|(?:the\s+)?(?:(?P<qfirst2>first)|last|final)\s+two\s+quarters"
        rf"(?:\s+of\s+(?:the\s+)?(?:fiscal\s+)?(?:{_year('qy4')}"
        rf"|(?P<q2rel>this|last|next|the|its|the\s+current)\s+(?:fiscal\s+)?year))"
        # Not "the first two quarters of the game".
        rf"|(?:the\s+)?(?P<qfirst3>first)\s+two\s+quarters(?![\w-])"
        rf"(?!\s+of\s+(?:the|a|an|this|that|his|her|its|their|our|[a-z]+['’]s)\b)"
    ),
    "season": (
        rf"(?:(?P<smod>{_PART_MOD})[-\s]+)?"
        rf"(?:(?P<srel>this|last|next|the|that|coming|past|previous|this\s+past)\s+)?"
        rf"(?:(?P<smod2>early|mid|late)[-\s]+)?"
        rf"(?P<season>spring|summer|fall|autumn|winter)(?!\w)"
        # "the winter of 2004-5": the season that begins in the first year.
        rf"(?:\s+(?:of\s+)?(?:(?<![\w$£€#.,/:])(?P<sfrom>1\d\d\d|20\d\d)[-/–]\d{{1,2}}(?![\w%/-])"
        rf"|{_year('sy')}|(?P<sspelled>{_SPELLED_YEAR})(?![\w-])))?"
    ),
    "relative": (
        rf"(?:(?P<rmod>earlier|later|early|late|mid|{_PART_MOD})[-\s]+)?"
        rf"(?:(?P<rthe>the)\s+)?"
        rf"(?P<rrel>this|last|next|past|previous|preceding|coming|following|current|same|that"
        rf"|upcoming|prior)\s+"
        rf"(?P<runit>day|week|weekend|month|(?:fiscal\s+)?year|decade|century|morning|afternoon"
        rf"|evening|night)(?!\w)"
        rf"|(?P<rweekend>the\s+weekend)"
        # "later in the day": the day the text is about, like "that day".
        rf"|(?:(?<=earlier in )|(?<=later in ))(?P<rinday>the\s+day)(?!\w)"
        rf"|(?:the\s+)?(?P<ryearago>year[-\s](?:ago|earlier))(?:\s+(?P<ryearunit>period|level|result"
        rf"|figure|quarter|month|time)s?)?"
        # Not "the most recent period of unrest".
        rf"|(?:the\s+)?(?P<rlatest>latest|most\s+recent)\s+period(?!\w)(?!\s+of\b)"
        # "by the end of the year": the year the text is about, at its end.
        rf"|(?P<rpart>the(?:\s+very)?\s+(?:end|beginning|start|middle|close)\s+of)\s+the\s+"
        rf"(?P<rpunit>week|month|year)(?!\w)"
        rf"|(?:(?P<yemod>around|about)\s+)?(?P<yearend>(?:the\s+)?(?:year|fiscal[-\s]year)"
        rf"[-\s]end)(?!\w)"
    ),
    "anaphoric": (
        r"(?:the|that)\s+(?P<bunit>day|night|week|month|year)\s+(?P<bdir>before|after|earlier"
        r"|later)(?=\s*[,.;:)]|\s+(?:and|but|when|as|while)\b)"
    ),
    "deictic": (
        r"(?:(?P<tmod>early|late|later|earlier)\s+)?"
        r"(?:the\s+day\s+(?P<tdir>before|after)\s+)?"
        r"(?P<deictic>today|tonight|yesterday|tomorrow)"
        # "Today is the eighth day of Desert Shield", "It's the second day of an offensive":
        # the day it is now.
        r"|(?:(?<=\bit's\s)|(?<=\bit’s\s)|(?<=\bit\sis\s)|(?<=\btoday\sis\s)"
        r"|(?<=\btoday\smarks\s))"
        rf"(?P<nthday>the\s+(?:\d{{1,3}}(?:st|nd|rd|th)|{_ORDINAL_WORD})\s+day)"
        r"(?=\s+(?:of|since|in)\b)"
    ),
    "part": (
        rf"(?:(?P<pmod>early|late|mid)[-\s]+)?"
        rf"(?:(?P<pdet>this|yesterday|tomorrow|last|that|the|same|each)\s+)?"
        rf"(?:(?P<pmod2>early|late|mid(?!night))[-\s]?)?"
        rf"(?P<part>{_PART_OF_DAY}|tonight)(?!\w)"
        rf"(?:\s+(?P<pday>yesterday|today|tomorrow))?"
    ),
    "vague": (
        # "to this day": still, not the day of publication.
        r"(?P<vague>\bto\s+this\s+day|right\s+now|now|currently|current|nowadays"
        r"|these\s+days|at\s+present"
        r"|presently|recently|lately|the\s+past|(?:the\s+)?(?:near|foreseeable|distant)"
        r"\s+future|the\s+future|the\s+(?:short|long|near)\s+term|a\s+later\s+date"
        # "Islam will one day be …", "hopes to one day run": some day to come, when a verb
        # follows (`temporal._plausible`).
        r"|(?:(?<=will\s)|(?<=would\s)|(?<=could\s)|(?<=might\s)|(?<=may\s)|(?<=can\s)"
        r"|(?<=shall\s)|(?<=to\s))(?P<vday>(?:one|some)\s+day))(?!\w)"
    ),
    "set": (
        rf"(?P<severy>every|each|per)\s+(?P<sother>other\s+)?(?:(?P<scount>{COUNT})\s+)?"
        rf"(?P<sunit>{UNIT_WORD}|{_WEEKDAY}|{_month('smonth')}|spring|summer|fall|autumn|winter"
        rf"|morning|afternoon|evening|night)(?!\w)"
        rf"|(?P<sadv>daily|weekly|monthly|yearly|annually|hourly|quarterly|nightly|biweekly"
        rf"|semiannually)(?!\w)"
        rf"|(?P<stimes>once|twice|three\s+times|{COUNT}\s+times)\s+(?:a|an|per|every|each)\s+"
        rf"(?P<sunit2>{UNIT_WORD})"
        rf"|(?P<sdays>{_WEEKDAYS_PLURAL})(?!\w)"
        rf"|(?P<sdays2>{_WEEKDAY})\s+(?P<spart>mornings|afternoons|evenings|nights)(?!\w)"
        rf"|(?P<sper>a|an|per)\s+(?P<sunit3>year|month|week|day|hour|quarter)(?!\w)"
    ),
    "ago": (
        rf"(?:(?P<amod>{_QUANTITY_MOD})\s+)?"
        # "half a year ago", "a year and a half ago": half a unit more or less, counted from
        # today ("a minute and a half later", "half a year later" stay spans).
        rf"(?P<ahalf0>half\s+(?=an?\s+{UNIT_WORD}\s+(?:ago|hence|from\s+now)\b))?"
        rf"(?:(?P<acount>{COUNT})[\s-]+)?(?P<aunit>{UNIT_WORD})"
        rf"(?P<ahalf>\s+and\s+a\s+half(?=\s+(?:ago|hence|from\s+now)))?"
        rf"(?:\s+or\s+so)?\s+(?P<adir>ago|earlier|later|hence|from\s+now|before(?=\s*[,.;:)])"
        rf"|after(?=\s*[,.;:)]))"
    ),
    "duration": (
        rf"(?:(?P<umod>{_QUANTITY_MOD})\s+(?=[\da-z])"
        rf"|(?P<udet>the|another|an?\s+additional|an?\s+extra|those|these|its|their|his|her"
        rf"|our)\s+(?:(?P<urel>{_DURATION_REL})\s+)?"
        rf"|(?P<urel2>{_DURATION_REL})\s+)?"
        rf"(?P<uhalf0>half\s+(?=an?\s))?"
        rf"(?:(?P<ucount>{COUNT})(?:\s+(?:more|additional|extra|full|straight|consecutive))?\s+)?"
        rf"(?P<uunit>{UNIT_WORD})(?P<uhalf>\s+and\s+a\s+half)?"
        rf"(?P<ulong>-long|-old|\s+old)?(?:\s+(?P<uahead>ahead))?(?!\w)"
        rf"(?=\s+(?:that\s+)?(?P<uend>ended|ending)\s+(?:on\s+)?(?:{_MONTH_START}|\d))?"
        rf"|(?P<jcount>{COUNT})-(?P<junit>{UNIT_WORD})(?P<jlong>-long|-old)?(?!\w)"
    ),
    "holiday": (
        # "as Easter week began": the week that holds the holiday.
        rf"(?:(?P<hrel>last|this|next)\s+)?(?P<holiday>{_HOLIDAY})(?!\w)"
        rf"(?:\s+(?P<hweek>week)(?!\w))?(?:\s+{_year('hy')})?"
    ),
}

# Patterns that care about case (month and weekday names, "Q3", time zones) read the text;
# the others read it in lower case, which the regex engine matches much faster than it
# ignores case. Every expression starts at a word boundary; saying so first spares the rest.
_CASED = frozenset(name for name, pattern in PATTERNS.items() if "(?-i:" in pattern)
_COMPILED = {name: re.compile(r"\b(?:" + pattern + ")",
                              re.IGNORECASE if name in _CASED else 0)
             for name, pattern in PATTERNS.items()}
_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
_PRIORITY = {name: i for i, name in enumerate(PATTERNS)}

_DIGIT = "0-9"
_UNITS = ("second", "minute", "hour", "day", "night", "week", "fortnight", "month", "quarter",
          "year", "decade", "centur", "millenni")
_PARTS = ("morning", "afternoon", "evening", "night", "dawn", "dusk", "daybreak", "overnight")
# What no expression of a kind goes without, lowercase: a pattern only runs near one of these.
_CORES: dict[str, tuple[str, ...]] = {
    "iso": (_DIGIT,), "numeric": ("/",),
    "clock": (_DIGIT, "noon", "midnight", "midday", "o'clock", "o’clock", "in the morning",
              "in the afternoon", "in the evening"),
    "weekday": WEEKDAYS,
    "date": ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    "year": (_DIGIT, "nineteen", "eighteen", "twenty", "thousand"),
    "decade": ("0s", "0's", "0’s", "ties"), "century": ("century",),
    "quarter": ("quarter", "half", "q1", "q2", "q3", "q4", "1q", "2q", "3q", "4q"),
    "season": ("spring", "summer", "fall", "autumn", "winter"),
    "relative": (*_UNITS, *_PARTS, "weekend", "period"), "anaphoric": _UNITS,
    "deictic": ("today", "tonight", "yesterday", "tomorrow", " day "),
    "part": (*_PARTS, "tonight"),
    "vague": ("now", "current", "recent", "lately", "present", "past", "future", "term",
              "later date", "these days", "this day", "one day", "some day"),
    "set": ("every", "each", "per", "daily", "weekly", "monthly", "yearly", "annually", "hourly",
            "quarterly", "nightly", "biweekly", "semiannually", "mondays", "tuesdays",
            "wednesdays", "thursdays", "fridays", "saturdays", "sundays", "times", "once",
            "twice", " a year", " a month", " a week", " a day", " an hour", " a quarter"),
    "ago": ("ago", "earlier", "later", "hence", "from now", "before", "after"),
    "duration": _UNITS,
    "holiday": tuple({name.split()[0].rstrip("'") for name in HOLIDAYS}),
}
# How far an expression reaches before and after its core word, in characters.
_BEFORE, _AFTER = 90, 60
_DIGITS = re.compile(r"\d+")


def _windows(lower: str, cores: tuple[str, ...], digits: list[int]) -> list[tuple[int, int]]:
    """The stretches of text around each core word, merged where they touch."""
    hits = list(digits) if _DIGIT in cores else []
    for core in cores:
        if core == _DIGIT:
            continue
        at = lower.find(core)
        while at >= 0:
            hits.append(at)
            at = lower.find(core, at + 1)
    hits.sort()
    windows: list[tuple[int, int]] = []
    for at in hits:
        start, end = max(0, at - _BEFORE), at + _AFTER
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], end))
        else:
            windows.append((start, end))
    return windows


@dataclass
class Match:
    """One pattern's match: its kind, its span in the text and the regex groups it captured."""

    rule: str
    start: int
    end: int
    groups: dict[str, tuple[int, int, str]]  # name → start, end, text

    def __getitem__(self, name: str) -> str | None:
        group = self.groups.get(name)
        return group[2] if group else None

    def start_of(self, name: str) -> int:
        return self.groups[name][0]


def candidates(text: str) -> list[Match]:
    """Every pattern's matches, overlapping ones included, in text order.

    Each pattern runs only around the words it cannot do without, which spares scanning the
    whole text once per pattern (the tagger's speed depends on it).
    """
    lower = text.translate(_LOWER)  # ASCII only, so offsets do not move
    digits = [m.start() for m in _DIGITS.finditer(text)]
    found = []
    seen = set()
    for name, regex in _COMPILED.items():
        subject = text if name in _CASED else lower
        for start, end in _windows(lower, _CORES[name], digits):
            for m in regex.finditer(subject, start, end):
                key = (name, m.start())
                if m.end() > m.start() and key not in seen:
                    seen.add(key)
                    groups = {k: (*m.span(k), v) for k, v in m.groupdict().items()
                              if v is not None}
                    found.append(Match(name, m.start(), m.end(), groups))
    found.sort(key=lambda m: (m.start, m.start - m.end, _PRIORITY[m.rule]))
    return found


def leftmost_longest(matches: list[Match]) -> list[Match]:
    """The matches that survive when each one shadows every later one it overlaps.

    `matches` must be sorted as `candidates` sorts them: by start, longest first.
    """
    chosen: list[Match] = []
    end = -1
    for match in matches:
        if match.start >= end:
            chosen.append(match)
            end = match.end
    return chosen

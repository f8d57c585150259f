"""The temporal tagger: every date, time, duration and set in an article, normalised as TimeML.

Patterns (`temporal_patterns`) find the candidates in the text; the shared spaCy `Doc` rules
out the ones that are not times ("May" the modal verb, "2000" people, "Windows 2000") and gives
the tense of the verb each expression dates; `temporal_normalise` turns each into a type, a
value and a modifier against the publication date, or against the date of the statement when
the expression is inside a quote that the text dates.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import partial
from typing import TYPE_CHECKING

from .analysis import Analysis
from .cues import SPEECH_VERBS
from .layout import ASIDE, CREDIT
from .model import Span, TimeExpr
from .pubdate import month_number, month_pattern
from .temporal_lexicon import NAMED_DAYS, PRESENT_DAY_NOUNS, RECURRENCE_ADJECTIVES
from .temporal_normalise import DATE, TIME, Context, moves_reference, normalise
from .temporal_patterns import Match, candidates, leftmost_longest
from .timex_values import DAY, Period, parse

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as DocSpan

PAST, FUTURE = -1, 1
_FUTURE_AUXILIARIES = frozenset({"will", "'ll", "shall", "wo", "would", "'d"})
_MODALS = frozenset({"can", "may", "must", "should", "ought"})
_PROGRESSIVE = frozenset({"is", "are", "am", "'re", "'m", "'s"})
# Verbs whose past looks ahead from that past ("planned a demonstration on Saturday"): a date
# after them may lie either side of today.
_PLANNING = frozenset({"plan", "schedule", "slate"})
# Verbs that move a deadline or an action later: what they move it "until" is still ahead
# ("postponed until Tuesday morning", "extended its deadline until 9 a.m. Tuesday").
_DEFERRING = frozenset({"postpone", "delay", "defer", "extend", "adjourn", "give", "suspend"})
_UNTIL = frozenset({"until", "till", "through"})
# Verbs whose simple present with a date states a timetable ("the fiscal year ends Sept. 30",
# "the session opens Monday").
_TIMETABLE = frozenset({"end", "begin", "start", "expire", "open", "close", "resume",
                        "finish", "commence", "conclude", "adjourn"})
# Prepositions before a gerund whose event was done by the time of the main verb's.
_DONE_BEFORE = frozenset({"despite", "after"})
# Nouns whose "of" + gerund looks ahead ("the prospect of facing him in November").
_PROSPECTS = frozenset({"prospect", "possibility", "chance", "likelihood", "threat", "risk",
                        "hope", "promise"})
# Conjunctions of a clause that can set a condition on, or the time of, what will happen.
_CONDITIONS = frozenset({"if", "unless", "once", "until", "when", "before", "after"})
_PERFECT = frozenset({"has", "have", "'ve", "'s", "had", "'d"})
# Entities that may hold a date-like word without being a date ("Windows 2000", "April Ryan").
_NAMES = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "FAC", "LAW", "GPE", "LOC",
                    "NORP", "EVENT", "LANGUAGE"})
# How far before publication a date is history rather than the story's time (`extract_times`).
_HISTORY_DAYS = 366
_AMOUNTS = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})
_FIGURES = frozenset({"MONEY", "PERCENT"})
_ORDINAL_HALF = re.compile(r"(?i)(?:first|second|final|1st|2nd)")
_TIME_PREPOSITIONS = frozenset({"in", "since", "by", "until", "till", "from", "of", "during",
                                "before", "after", "through", "to", "between", "and", "early",
                                "late", "mid", "as", "circa", "throughout", "fiscal", "year"})
# Nouns a number after them labels, not dates: "Section 1001", "Flight 1549", "Room 1204".
_LABELS = frozenset({"section", "sec.", "§", "article", "chapter", "title", "rule", "no.",
                     "number", "#", "room", "flight", "route", "page", "form", "code",
                     "resolution", "amendment", "paragraph", "clause", "docket", "highway",
                     "interstate", "suite", "gate", "exit", "precinct", "district", "ward",
                     "version", "model", "bus", "train", "unit"})
_CLOCK_PREPOSITIONS = frozenset({"at", "by", "until", "till", "around", "about", "before",
                                 "after", "from", "since", "to", "between", "past", "through",
                                 "nearly", "almost", "was", "is"})
# What joins "April 24" to "25": "and", "or", a list's comma, a range's "to".
_JOIN_WORD = r",?\s+(?i:and|or|&|to)|,"
_JOIN = rf"(?:st|nd|rd|th)?(?:{_JOIN_WORD})\s+"
_JOINED_DAY = re.compile(_JOIN)
# A month and its days before another day's number: "April 24 and ", "Oct. 3, 4, and ",
# "from Oct. 3 to ".
_NAMED_DAY_BEFORE = re.compile(
    rf"(?P<from>\bfrom\s+)?\b{month_pattern('month')}\s+\d{{1,2}}(?:{_JOIN}\d{{1,2}})*"
    rf"(?:st|nd|rd|th)?(?P<joiner>{_JOIN_WORD})\s+$")
# The rest of a list a comma's day belongs to: "4 and 5" of "Oct. 3, 4 and 5", its last
# number at `last`.
_LIST_GOES_ON = re.compile(r"(?:st|nd|rd|th)?(?:,\s+\d{1,2}(?:st|nd|rd|th)?)*,?\s+(?i:and|or|&)"
                           r"\s+(?P<last>\d{1,2})(?!\d)")
_AFTER_BARE_UNITS = frozenset({"for", "in", "within", "over", "after", "during", "lasting",
                               "took", "take", "takes", "taking", "spent", "spend", "recent",
                               "coming", "past", "few", "the"})


def direction(span: DocSpan) -> int:
    """Whether the verb an expression dates is past (-1), future (+1) or neither (0).

    The verb is the first one up the parse from the expression, through prepositions and the
    nouns they modify ("a mission in December" dates "will be named … for a mission"); an
    adjective in between ("payable Dec. 15", "effective June 1") hides the tense, and "since"
    on the way makes it past.
    """
    token = span.root
    until = False
    gerund = ""
    for _ in range(10):
        if token.head.i == token.i:
            return 0
        token = token.head
        if token.lower_ == "since" and token.pos_ in ("ADP", "SCONJ"):
            return PAST
        until = until or (token.lower_ in _UNTIL and token.pos_ in ("ADP", "SCONJ"))
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass", "prep"):
            if token.tag_ == "VBG" and token.dep_ == "pcomp" and not any(
                    c.dep_ in ("aux", "auxpass") for c in token.children):
                noun = token.head.head
                if token.head.lower_ == "of" and noun.lemma_.lower() in _PROSPECTS:
                    # "salivating over the prospect of taking on the Democratic socialist in
                    # November's general election": what may come, unless seen from the past.
                    verb = _verb_of(noun.doc[noun.i:noun.i + 1])
                    return 0 if verb is not None and _tense(verb) == PAST else FUTURE
                # "responded by establishing a bank in June": the tense of "responded"; what
                # happened "despite" or "after" doing it was done ("is lagging … despite
                # winning the primary there in February").
                gerund = token.head.lower_
                continue
            tense = _tense(token)
            if gerund in _DONE_BEFORE and not _will(token):
                return PAST
            if until and tense == PAST and token.lemma_.lower() in _DEFERRING:
                return FUTURE
            if tense == PAST and _plans(token) and span.start > token.i:
                return 0  # "planned a demonstration on Saturday", not "On Friday, … planned"
            if tense <= 0 and _conditions_future(token, tense):
                return FUTURE
            return tense
        if token.pos_ == "ADJ":
            return 0
    return 0


def _conditions_future(verb: Token, tense: int) -> bool:
    """ "would work with him if he wins in November": a clause that sets a condition on, or
    the time of, what will happen looks ahead in the present tense, and after "if" in the
    past too ("would fare if he won the election on Nov. 8")."""
    if verb.dep_ != "advcl" or verb.head.i == verb.i:
        return False
    marks = {c.lower_ for c in verb.children if c.dep_ in ("mark", "advmod")}
    if not marks & _CONDITIONS or _tense(verb.head) != FUTURE:
        return False
    return tense == 0 or bool(marks & {"if", "unless"})


def _plans(verb: Token) -> bool:
    """ "planned", "scheduled", "slated", and "set" when set for something ("a summit set for
    Washington in April"; "the record set on Aug. 6" is past)."""
    lemma = verb.lemma_.lower()
    return lemma in _PLANNING or (lemma == "set" and any(c.lower_ == "for"
                                                         for c in verb.children))


def _verb_of(span: DocSpan) -> Token | None:
    """The first verb up the parse from an expression ("said … on Friday", even when the
    parser hangs "on Friday" on the speaker)."""
    token = span.root
    for _ in range(6):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass"):
            return token
    return None


def _will(verb: Token) -> bool:
    """ "will win", "is going to win": the future said outright, not an arrangement."""
    return any(c.dep_ in ("aux", "auxpass") and (c.lower_ in _FUTURE_AUXILIARIES
                                                 or c.lower_ == "going") for c in verb.children)


def _tense(verb: Token) -> int:
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {c.lower_ for c in auxiliaries}
    perfect = bool(words & _PERFECT) and (verb.tag_ == "VBN" or "been" in words)
    if _will(verb):
        return FUTURE
    if words & _MODALS:
        return PAST if perfect else FUTURE  # "may meet", but "may have met"
    if verb.tag_ == "VB" and "to" in words:
        # An infinitive looks ahead from the verb it completes: from now if that verb is
        # present ("is scheduled to close Monday"), from some past day otherwise ("arranged
        # celebrations to mark … on Friday"), which may still be before today.
        head = verb.head
        # `i`, not `is`: spaCy makes a new Token object on every access, and the root is its
        # own head.
        if head.pos_ == "ADJ" and head.dep_ == "acomp":
            head = head.head  # "had been due to expire Friday": the tense of "had been"
        present = head.pos_ in ("VERB", "AUX", "ADJ") and head.i != verb.i and (
            _tense(head) >= 0 if head.pos_ != "ADJ" else True)
        return FUTURE if present else 0
    if verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in auxiliaries) or perfect:
        return PAST
    if verb.tag_ == "VBN" and verb.dep_ == "acl":
        return PAST  # "the record set on Aug. 6"
    if verb.tag_ == "VBG" and words & _PROGRESSIVE:
        return FUTURE  # "is meeting on Friday": an arrangement
    if verb.tag_ == "VBN" and words & _PROGRESSIVE and _plans(verb):
        return FUTURE  # "a memorial service is planned Friday": an arrangement too
    if verb.tag_ in ("VBZ", "VBP") and not auxiliaries and verb.lemma_.lower() in _TIMETABLE:
        return FUTURE  # "this fiscal year, which ends Sept. 30": a timetable
    return 0


def _token_at(doc: Doc, offset: int) -> Token | None:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _inside_name(token: Token, span: DocSpan) -> bool:
    """The token belongs to a named entity that reaches beyond the expression."""
    if token.ent_type_ not in _NAMES:
        return False
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if ent is None:
        return False
    # "the Aug. 7 embassy bombings", tagged "the Aug. 7": a determiner widens no name.
    start = ent.start + (ent[0].lower_ == "the" and len(ent) > 1)
    return start < span.start or ent.end > span.end


def _previous_word(text: str, offset: int) -> str:
    words = text[max(0, offset - 30):offset].split()
    return words[-1].lower().strip(",;:(\"“'") if words else ""


def _counts(number: Token) -> bool:
    """ "25 people", "5 of the gunmen": a number that counts something after it."""
    following = number.nbor() if number.i + 1 < len(number.doc) else None
    return (number.dep_ == "nummod" and number.head.i > number.i) or (
        following is not None and following.lower_ == "of")


def _plausible(match: Match, span: DocSpan, text: str) -> bool:
    """Whether the words a pattern matched are a time here, judging by the parse."""
    rule, first = match.rule, span[0]
    before = _previous_word(text, match.start)
    if rule == "date" and match["dmonth3"] and not (match["dyear3"] or match["dmod"]
                                                    or match["drel"] or match["drel0"]):
        # A month on its own: "May" the modal, "March" the verb, "April" a first name, the
        # "Mar" of "Mar-a-Lago", and a first name mistyped ("that March Rubio was").
        month = _token_at(span.doc, match.start_of("dmonth3"))
        named = before not in _TIME_PREPOSITIONS and re.match(r" [A-Z][a-z]", text[match.end:])
        # "the 1963 March on Washington", "the March for Our Lives": a march, no month.
        # "the annual March for Life" too, but "a busy March for Congress" is a month.
        described = before == "the" or re.fullmatch(r"\d{4}", before) or (
            month is not None and month.i > 1 and month.nbor(-1).tag_ == "JJ"
            and month.nbor(-2).lower_ == "the")
        named = named or (described and re.match(
            r" (?:on|for|against|to|from|through|across) [A-Z]", text[match.end:]))
        return month is not None and month.tag_ != "MD" and month.pos_ in (
            "PROPN", "NOUN") and not _inside_name(month, span) and not re.match(
            r"-[a-z]", text[match.end:match.end + 2]) and not named
    if rule == "date" and match["dnext"]:
        # After a month and an earlier day of it; not "on April 24 and 25 people died", a
        # count, nor "on Dec. 31 and 1", nor "Mark 5 and 6"; a comma's day only in a list
        # that goes on ("On Oct. 3, 12 were arrested" is a count), "to" only in a range
        # ("from Oct. 3 to 5", not "cut on March 3 to 5 members").
        named = _NAMED_DAY_BEFORE.search(text, max(0, match.start - 60), match.start)
        if named is None or _counts(first):
            return False
        days = [int(d) for d in re.findall(r"\d+", named.group())]
        joiner = named["joiner"].strip(" ,").lower()
        rest = _LIST_GOES_ON.match(text, match.end) if joiner == "" else None
        last = _token_at(span.doc, rest.start("last")) if rest is not None else None
        # "On Aug. 3, 4 and 5 of them were killed": the list's last number counts too.
        return (days[-1] < int(match["dnext"])
                and (joiner != "" or (last is not None and not _counts(last)))
                and (joiner != "to" or named["from"] is not None))
    if rule in ("date", "weekday", "holiday"):
        return not _inside_name(first, span)
    if rule == "deictic" and match["nthday"]:
        # "it's the second day of an offensive" is today, unless the sentence names another
        # day ("Tomorrow it's the 100th day") or sets a condition ("If it is the first day
        # of the month, rent is due").
        verb = span.root.head
        others = any(e.label_ in ("DATE", "TIME") and e.text.lower() != "today"
                     and not (e.start < span.end and span.start < e.end) for e in span.sent.ents)
        return not others and not any(c.dep_ == "mark" for c in verb.children)
    if rule == "deictic" and not (match["tmod"] or match["tdir"]):
        if first.dep_ == "poss" and first.head.lemma_.lower() in PRESENT_DAY_NOUNS:
            return False  # "today's youth": the present day's, not the day of publication
        # "USA TODAY", "VOA Today": capitalised after a capitalised word, a name.
        return not (first.text[:1].isupper() and first.i > 0 and not first.is_sent_start
                    and first.nbor(-1).text[:1].isupper())
    if rule == "relative" and match["rrel"] and match["runit"] and not match["rmod"]:
        # "ABC's This Week", "Last Week Tonight": a title in the middle of a sentence.
        unit = _token_at(span.doc, match.start_of("runit"))
        return not (first.text[:1].isupper() and not first.is_sent_start
                    and unit is not None and unit.text[:1].isupper())
    unit = next((match.groups[g] for g in ("uunit", "junit", "named") if g in match.groups), None)
    if rule in ("duration", "clock") and unit and text[unit[0]:unit[1]].istitle():
        # "CBS's 60 Minutes", "the movie 13 Hours": a capital mid-sentence makes a title
        # (these patterns read the text in lower case); "at 12 Noon" is still noon, and
        # "Gary Cooper in High Noon" a title by the capitalised word before it.
        token = _token_at(span.doc, unit[0])
        titled = token is not None and not token.is_sent_start and not _title_cased(token)
        previous = token.nbor(-1) if token is not None and token.i > 0 else None
        if titled and (rule == "duration" or (previous is not None and (
                previous.is_quote or previous.tag_ == "POS"
                or (previous.is_title and not previous.is_sent_start)))):
            return False
    if rule == "clock" and match["named"] and len(span) == 1:
        return first.dep_ != "compound"  # "a midnight curfew" is a kind of curfew
    if rule == "clock" and match["hour3"]:
        # "the six o'clock news" is a programme, "2 in the afternoon session" a session.
        last = span[-1]
        if last.dep_ in ("compound", "amod", "nmod") and last.head.i > last.i:
            return False
        if "clock" not in span.text:
            # A bare hour "in the morning" is one only where a time is said ("at 4 in the
            # morning", "it was nearly 3 in the morning"), not a count ("one in the morning
            # and one in the evening", "the Dow was down 12 in the morning").
            return bool(match["cmod"]) or before in _CLOCK_PREPOSITIONS
    if rule == "vague" and match["vday"]:
        # "will one day be", "could one day soon stretch", "hopes to one day run": after a
        # modal or a verb's "to", before a verb (which the tagger often calls a noun); not
        # "cut to one day a week", "from three days to one day last month", "In May one day".
        doc = span.doc
        previous = doc[span.start - 1] if span.start else None
        opener = previous is not None and (previous.tag_ == "MD" or (
            previous.lower_ == "to" and span.start >= 2
            and doc[span.start - 2].pos_ in ("VERB", "AUX")))
        i = span.end
        while i < len(doc) and doc[i].pos_ == "ADV":
            i += 1
        return (opener and i < len(doc) and doc[i].is_lower and doc[i].is_alpha
                and doc[i].pos_ in ("VERB", "AUX", "NOUN"))
    if rule == "year" and match["y"] and not (match["ymod"] or match["yfiscal"]):
        token = _token_at(span.doc, match.start_of("y"))
        if token is None or _inside_name(token, span):
            return False
        if match["yside"]:
            return True  # "the post-1959 politics": a year, whatever noun follows
        if before in _TIME_PREPOSITIONS:
            return True
        if before in _LABELS:
            return False
        # "2000 people", "1999 points", "2047 registered voters": a count of something;
        # "the 1992 primaries" the model calls a date, after "the", is that year's.
        following = token.nbor() if token.i + 1 < len(token.doc) else None
        # Words between it and its noun describe the things counted; a name or an owner
        # before it ("predicting 1990 BellSouth earnings", "the company's 1989 operating
        # results") makes it the year's.
        head = token.head
        plural = (following is not None and following.tag_ == "NNS") or (
            token.dep_ == "nummod" and head.i > token.i and head.tag_ == "NNS"
            and not any(t.pos_ == "PROPN" for t in token.doc[token.i + 1:head.i])
            and not (token.i > 0 and token.nbor(-1).tag_ in ("POS", "PRP$", "DT")))
        counted = plural and not (token.ent_type_ == "DATE" and before == "the")
        return token.ent_type_ not in _AMOUNTS and not counted
    if rule == "season":
        season = _token_at(span.doc, match.start_of("season"))
        if season is None or season.pos_ not in ("NOUN", "PROPN"):
            return False  # "to fall", "spring into action"
        if match["sy"] or match["smod"] or match["smod2"]:
            return True
        # "this fall in prices": a drop in something, not the season ("this fall in Iowa",
        # "this fall in the Senate" are).
        thing = next((c for c in season.children if c.dep_ == "prep" and c.lower_ == "in"),
                     None)
        if season.lower_ == "fall" and thing is not None and any(
                c.dep_ == "pobj" and c.pos_ == "NOUN" and not c.ent_type_
                and c.tag_ == "NNS" for c in thing.children):
            return False
        rel = (match["srel"] or "").lower()
        following = text[match.end:match.end + 4].lower()
        if rel == "the":
            # "well into the summer", "over the summer" too (not "over 1999 points", nor
            # "took over the summer's business").
            preposition = first.nbor(-1) if first.i > 0 else None
            across = before in ("into", "over") and preposition is not None \
                and preposition.dep_ == "prep"
            return (before in _TIME_PREPOSITIONS or across) and not following.startswith(" of")
        return bool(rel) or before in _TIME_PREPOSITIONS
    if rule == "quarter" and match["qunit"] and match["qunit"].lower() == "half" and (
            _ORDINAL_HALF.fullmatch(" ".join(filter(None, (match["qrel"], match["qord"]))))
            and not (match["qy"] or match["qy2"] or match["qyrel"] or match["qyear"]
                     or re.search(r"fiscal|calendar", text[match.start:match.end], re.I))):
        # "he tweeted during the first half": a game's half; a year's is told by the figures
        # reported for it ("a 38% jump in profit for the first half"). Quarters are so
        # often a year's without figures ("ahead of its fourth-quarter results") that they
        # stay.
        return any(e.label_ in _FIGURES for e in span.sent.ents)
    if rule == "set" and match["sadv"]:
        # "paid quarterly", "Daily life is hard": an adverb, or an adjective of a recurrence
        # before its noun; not "its quarterly dividend", the "Daily News" (a name's part) nor
        # "a twice-weekly column" (not every week). A paper's frequency ("the weekly Der
        # Spiegel") stays, as the adverb's always did ("the Paris daily Le Monde").
        if text[match.start - 1:match.start] == "-":
            return False
        return first.pos_ == "ADV" or (first.lower_ in RECURRENCE_ADJECTIVES
                                       and first.dep_ == "amod" and first.head.i > first.i)
    if rule == "set" and match["sper"]:
        # "in 2012, a year after the uprising": a span of time after a clause's end, not
        # "$5 a year".
        if text[:match.start].rstrip().endswith((",", ";", ":")) or re.match(
                r"\s+(?:after|before|earlier|later|ago)\b", text[match.end:], re.I):
            return False
        return any(c.isdigit() for c in before) or before in (
            "million", "billion", "trillion", "percent", "cents", "dollars", "times", "twice",
            "once", "hundred", "thousand")
    if rule == "duration" and not (match["ucount"] or match["jcount"] or match["urel"]
                                   or match["urel2"] or match["udet"]):
        return before in _AFTER_BARE_UNITS or bool(match["ulong"])
    if rule == "part" and re.match(r"\s+of\b", text[match.end:]) and match["part"].lower() in (
            "dawn", "daybreak", "sunrise", "dusk", "sunset", "nightfall"):
        return False  # "the dawn of the conflict": its beginning, not a time of day
    if rule == "quarter" and match["qrel"] and match["qrel"].lower() == "that" \
            and first.pos_ != "DET":
        return False  # "said that quarter profits rose"
    if rule == "part" and before == "good" and not match["pdet"]:
        return False  # "Good evening from Havana": a greeting
    if rule == "part" and not (match["pdet"] or match["pmod"] or match["pmod2"]):
        # "The Steve Harvey Morning Show", "state TV's morning talk show": a name or a kind.
        named = _inside_name(first, span) or (first.text[:1].isupper() and not first.is_sent_start)
        return match["part"].lower() != "night" and not named and first.dep_ != "compound"
    if rule == "vague":
        word = match["vague"].lower()
        if word == "current":
            return first.pos_ == "ADJ"
        if word == "now" and text[match.end:match.end + 1] == "," and (
                first.is_sent_start or (first.i > 0 and first.nbor(-1).is_quote
                                        and first.nbor(-1).is_sent_start)):
            # "Now, he says, it looks like…": a turn in the telling, not a time.
            return False
    return True


def _title_cased(token: Token) -> bool:
    """A headline's words are capitalised ("Hillary And Obama Hid It For Years"): there a
    capital says nothing about a name. Judged on the words around the token in its
    sentence, so that a long sentence costs no more than a short one."""
    doc, start, end = token.doc, token.i, token.i + 1
    while start > max(0, token.i - 8) and not doc[start].is_sent_start:
        start -= 1
    while end < min(len(doc), token.i + 9) and not doc[end].is_sent_start:
        end += 1
    words = [t for t in doc[start:end] if t.is_alpha and len(t) > 2 and t.i != token.i]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) >= 0.75 * len(words)


def _nowadays(span: DocSpan) -> bool:
    """ "Turkey is today an ally of whoever supports it": "today" between a present "is" and
    what it says something is means nowadays, not the day of publication ("Obama is in
    Paris today" is that day; so, for TimeBank, is "Elian today is the symbol of our
    unity")."""
    today, head = span.root, span.root.head
    return (span.text.lower() == "today" and today.dep_ == "npadvmod"
            and head.lemma_ == "be" and head.tag_ in ("VBZ", "VBP") and head.i < today.i
            and any(c.dep_ == "attr" and c.i > today.i for c in head.children))


def _inside(spans: list[Span], offset: int) -> Span | None:
    return next((s for s in spans if s[0] <= offset < s[1]), None)


def _statement_dates(quotes: list[Span], found: list[tuple[Match, DocSpan]], anchor: dt.date
                     ) -> dict[Span, dt.date]:
    """Quotes whose speech verb the text dates ("…today," he said on Friday): that day."""
    dates: dict[Span, dt.date] = {}
    for match, span in found:
        if _inside(quotes, match.start) or match.rule not in ("weekday", "date", "deictic"):
            continue
        verb = _verb_of(span)
        if verb is None or verb.lemma_ not in SPEECH_VERBS:
            continue
        result = normalise(match, Context(anchor, partial(direction, span)))
        period = parse(result[1]) if result and result[0] == DATE else None
        if period is None or period.granularity != DAY:
            continue
        sentence = verb.sent
        for quote in quotes:
            near = sentence.start_char - 3 <= quote[0] <= sentence.end_char
            if near and quote not in dates:
                dates[quote] = period.day
    return dates


def _dated_days(body: str, found: list[tuple[Match, DocSpan]]) -> dict[tuple[int, int], int]:
    """The days the text dates in full, and the days news names by their date alone."""
    dated = {(day.month, day.day): day.year for pattern, day in NAMED_DAYS.items()
             if pattern.search(body)}
    for match, _ in found:
        if match.rule == "date" and (match["dday"] or match["dday2"]) and (
                match["dyear"] or match["dyear2"]):
            month = month_number(match["dmonth"] or match["dmonth2"])
            day = int(match["dday"] or match["dday2"])
            dated.setdefault((month, day), int(match["dyear"] or match["dyear2"]))
    return dated


def _next_day(match: Match, times: list[TimeExpr], body: str) -> tuple[str, str, None] | None:
    """ "on April 24 and 25": the day in the month and year of the date just before it, and
    "April 24 and 25, 2017" gives that date its year too."""
    last = times[-1] if times else None
    if last is None or last.type != DATE or not re.fullmatch(r"\d{4}-\d\d-\d\d", last.value) \
            or not _JOINED_DAY.fullmatch(body, last.span[1], match.start):
        return None
    year = int(match["dnexty"]) if match["dnexty"] else int(last.value[:4])
    try:
        day = dt.date(year, int(last.value[5:7]), int(match["dnext"]))
    except ValueError:
        return None
    # The days before it in the list take its year, back to the one that names the month,
    # unless they have one of their own.
    end = match.start
    for earlier in reversed(times if match["dnexty"] else []):
        if (re.search(r"\d{4}", earlier.text) or earlier.type != DATE
                or not _JOINED_DAY.fullmatch(body, earlier.span[1], end)):
            break
        earlier.value, end = f"{year}{earlier.value[4:]}", earlier.span[0]
        if not earlier.text[:1].isdigit():
            break
    return DATE, day.isoformat(), None


def extract_times(analysis: Analysis) -> list[TimeExpr]:
    """Every temporal expression outside asides and credits, in text order."""
    if not analysis.article.date:
        return []
    published = dt.date.fromisoformat(analysis.article.date)
    body, doc = analysis.body, analysis.doc
    found: list[tuple[Match, DocSpan]] = []
    for match in candidates(body):
        block = analysis.block_of(match.start)
        if block is None or block.kind in (ASIDE, CREDIT):
            continue
        span = doc.char_span(match.start, match.end, alignment_mode="expand")
        if span is not None and len(span) and _plausible(match, span, body):
            found.append((match, span))
    chosen = {id(m) for m in leftmost_longest([m for m, _ in found])}
    found = [(m, s) for m, s in found if id(m) in chosen]
    quotes = analysis.quoted
    statements = _statement_dates(quotes, found, published)
    dated = _dated_days(body, found)
    mentioned: list[Period] = []
    story: list[Period] = []
    times = []
    block = None
    for match, span in found:
        if (current := analysis.block_of(match.start)) is not block:
            # A new paragraph leaves the history behind: "the night" after "the storming of
            # the Bastille on July 14, 1789" in the paragraph before is the story's night;
            # "two years later" still counts from 1789.
            block = current
            story = [p for p in story if (published - p.day).days <= _HISTORY_DAYS]
        quote = _inside(quotes, match.start)
        anchor = statements.get(quote, published) if quote else published
        ctx = Context(anchor, partial(direction, span), mentioned, story, dated)
        result = _next_day(match, times, body) if match["dnext"] else normalise(match, ctx)
        if result is None:
            continue
        kind, value, mod = result
        if kind == DATE and _nowadays(span):
            value, mod = "PRESENT_REF", None
        if mod == "MORE_THAN" and span[0].lower_ == "over" and span[0].dep_ == "prep":
            mod = None  # "talks held over two days": across them, not more than two
        period = parse(value) if kind in (DATE, TIME) else None
        # "held prisoner since 2012" is background: "a year later" counts from the story.
        if period is not None and moves_reference(match) and \
                _previous_word(body, match.start) != "since":
            mentioned.append(period)
            story.append(period)
        if (times and kind == DATE and match.rule in ("year", "date") and times[-1].type == DATE
                and not any(c.isdigit() for c in times[-1].text)
                and re.fullmatch(r",\s*(?:in|on)\s+", body[times[-1].span[1]:match.start])):
            # "Five years later, in 1970,": the date restates the relative one, whatever
            # the text dated last.
            times[-1].value, times[-1].mod = value, mod
        if (times and kind == DATE and times[-1].type == TIME and "T" in times[-1].value
                and len(value) == 10 and re.fullmatch(r"\s+of\s+",
                                                      body[times[-1].span[1]:match.start])):
            # "the night of Friday, Oct. 23": that day's night, not the story's.
            times[-1].value = value + times[-1].value[times[-1].value.index("T"):]
        times.append(TimeExpr(body[match.start:match.end], (match.start, match.end), kind,
                              value, mod))
    return times


"""The background timeline: each dated expression's event, cut to its clause and placed in time.

The event of a date is the clause of the verb it hangs on: its subject, verb and objects, without
the other clauses of the sentence ("Taliban fighters on Monday battled their way into the center
of Kunduz"). A date that hangs on a noun dates that noun ("the end of NATO's combat mission at
the end of 2014"); a relative pronoun or a personal pronoun as subject is replaced by what it
stands for, in brackets. "A day before X" dates X a day after the event it is said of.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from typing import TYPE_CHECKING

from .analysis import Analysis
from .attribution import is_speech_noun
from .cues import SPEECH_VERBS
from .model import Span, TimeExpr, TimelineEntry
from .names import fold
from .timex_values import CENTURY, DAY, DECADE, MONTH, WEEK, YEAR, Period, parse

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as DocSpan

PAST, SAME_DAY, FUTURE = "past", "same-day", "future"
# Children of a verb that tell another story than its own clause.
_OTHER_CLAUSES = frozenset({"advcl", "conj", "cc", "parataxis", "ccomp", "mark", "punct",
                            "preconj", "dep", "meta", "csubj", "appos"})
# Inside a subject or an object: asides that the event can do without.
_ASIDES = frozenset({"relcl", "appos", "advcl", "parataxis", "acl"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubjpass"})
# The longest statement, in tokens, that an event of saying carries whole.
_SAID_TOKENS = 25
_RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
# Pronouns as subjects, and the kinds of named entity they may stand for.
_PRONOUNS = {"it": ("ORG", "GPE", "NORP", "FAC", "PRODUCT", "EVENT"),
             "they": ("ORG", "NORP", "GPE"), "he": ("PERSON",), "she": ("PERSON",)}
# Nouns that date nothing themselves: "for the first time since 2001" dates its verb.
_LIGHT_NOUNS = frozenset({"time", "times", "occasion"})
# Adverbs that turn what a verb says around: "has yet to atone" is no "has to atone".
_DENYING = frozenset({"yet", "never", "hardly", "barely", "scarcely", "seldom", "rarely",
                      "nowhere"})
_UPCOMING = frozenset({"will", "'ll", "shall", "going"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "me", "us"})
_CALLING_OFF = frozenset({"postpone", "cancel", "delay", "defer", "scrap", "suspend",
                          "reschedule", "abandon"})
# What a date right after is measured against: "than in 2014", "compared with the same
# period in 2014", "versus last year".
_COMPARED = re.compile(
    r"\b(?:than|versus|vs\.?|compared\s+(?:with|to))\s+(?:(?:in|during|at|on|over|for)\s+)?"
    r"(?:the\s+)?(?:(?:same|year-earlier|year-ago|prior)\s+(?:period|time|quarter|month|week"
    r"|year|day)\s+(?:(?:in|of|last|a)\s+)?)?$", re.IGNORECASE)
_PUNCTUATION = " ,;:-–—“”\"'’"
# The most words after the date of a paragraph that is a chronology's heading.
_HEADING_WORDS = 10
_MOD_ORDER = {"START": 0, "MID": 1, "END": 2}
_PART_HOURS = {"MO": 8.0, "MI": 12.0, "AF": 15.0, "EV": 19.0, "NI": 22.0}
_SIGNAL = re.compile(r"\b(?:since|until|till|by|before|after|from)\s+$", re.IGNORECASE)
# "between 1983 and 1986", "from 1999 to 2003": one period's first and last.
_RANGE_OPEN = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s+(?:and|to|until|till|through)\s+|\s*[–—-]\s*", re.IGNORECASE)
_WORD = re.compile(r"[a-z0-9]+")
_SHIFT_UNITS = {"D": DAY, "W": WEEK, "M": MONTH, "Y": YEAR}
# How far back a day named earlier still dates a clause in the past ("Taliban fighters on
# Monday battled … The stunning assault came a day before …").
_BASE_SENTENCES = 3
_PERFECT_OR_PAST = frozenset({"has", "have", "'ve", "had", "'d", "did", "was", "were"})


def relation(period: Period, mod: str | None, published: dt.date, upcoming: bool,
             weekend: bool = False) -> str:
    """past, same-day or future: where a period lies against the publication day.

    A period holding the publication day ("this year") is past unless its verb looks ahead
    ("will … this year") or the text places it late in the period ("later this year", "the
    end of the year") and the period's last quarter is still to come, or in its middle ("by
    the middle of this century") and that is still to come. A week's weekend is its Saturday
    and Sunday: on a Friday, "the weekend's events" are to come.
    """
    start, end = period.day, _end(period)
    if weekend:
        start, end = start + dt.timedelta(days=5), start + dt.timedelta(days=6)
    if period.granularity == DAY:
        return SAME_DAY if start == published else (PAST if start < published else FUTURE)
    if end < published:
        return PAST
    if start > published:
        return FUTURE
    return FUTURE if upcoming or (mod == "END" and published < start + (end - start) * 3 / 4) \
        or (mod == "MID" and published < start + (end - start) / 2) else PAST


def _end(period: Period) -> dt.date:
    """The last day of a period."""
    first = parse(period.iso())
    following = (first or period).shift(1)
    return following.day - dt.timedelta(days=1) if first else period.day


def _when(period: Period, mod: str | None) -> dt.date:
    """Where a period sorts: its start, middle or end as its modifier says."""
    start = parse(period.iso())
    begin = start.day if start else period.day
    end = _end(period)
    if mod == "END":
        return end
    if mod == "MID":
        return begin + (end - begin) / 2
    return begin


def _hour(value: str, mod: str | None) -> float:
    """Where in its day a dated event sorts: by its clock time or part of the day, else by
    "early" or "late", else at noon."""
    time = value.partition("T")[2]
    if re.fullmatch(r"\d\d:\d\d", time):
        return int(time[:2]) + int(time[3:]) / 60
    return _PART_HOURS.get(time) or {"START": 6.0, "END": 20.0}.get(mod or "", 12.0)


def _upcoming(verb: Token | None) -> bool:
    """Whether the verb looks ahead: "will meet", an infinitive that describes a noun
    ("research to be released this week") or completes a verb in the present ("intends to
    deliver an address this month"; "wanted to leave" does not)."""
    if verb is None:
        return False
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if "to" in auxiliaries and verb.dep_ == "xcomp":
        head = verb.head
        return head.tag_ in ("VBZ", "VBP") or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in head.children)
    return bool(auxiliaries & _UPCOMING) or (verb.dep_ in ("acl", "relcl") and "to" in auxiliaries)


def _governor(span: DocSpan) -> Token | None:
    """The token an expression dates: the first verb up the parse, or a noun it follows."""
    token = span.root
    head = token.head
    if token.dep_ in ("compound", "nmod", "nummod", "amod") and head.pos_ == "NOUN":
        # "the 2008 crisis" dates the crisis; but in "wounded in the early morning clashes"
        # the clashes are the verb's circumstance, and the verb's clause is the event.
        holder = head.head
        if not (holder.pos_ == "ADP" and holder.head.pos_ in ("VERB", "AUX")):
            return head
    via_preposition = False
    for _ in range(8):
        head = token.head
        if head.i == token.i:
            return None
        if head.pos_ in ("VERB", "AUX") and token.dep_ != "aux":
            return head
        if head.pos_ in ("NOUN", "PROPN") and not (span.start <= head.i < span.end):
            relative = next((c for c in head.children if c.dep_ == "relcl"), None)
            if relative is not None:
                return relative  # "the second time this year that they besieged Kunduz"
            # "the end of NATO's combat mission at the end of 2014"; a name is not dated so
            # ("On The Steve Harvey Morning Show on Tuesday, Clinton criticized …": the
            # parser hung the day on the show, and the verb is the event).
            # "In a televised statement on Saturday, the army spokesman said …": what the
            # statement says is the event, not that there was one.
            if (via_preposition and head.lower_ not in _LIGHT_NOUNS and head.pos_ == "NOUN"
                    and not is_speech_noun(head)):
                return head
        via_preposition = head.dep_ == "prep" or head.pos_ == "ADP"
        token = head
    return None


def _verb_above(token: Token) -> Token | None:
    for _ in range(8):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX") and token.dep_ != "aux":
            return token
    return None


def _inside(token: Token, span: Span) -> bool:
    return span[0] <= token.idx < span[1]


def _subtree(token: Token, keep: Span) -> list[Token]:
    """A token's subtree without its asides, unless an aside holds the expression."""
    tokens = [token]
    for child in token.children:
        holds = child.left_edge.idx <= keep[0] < child.right_edge.idx + len(child.right_edge)
        if child.dep_ in _ASIDES and not holds:
            continue
        tokens += _subtree(child, keep)
    return tokens


_NOWHERE = (-1, -1)


def _noun_phrase(token: Token, keep: Span = _NOWHERE) -> list[Token]:
    """A noun with its modifiers, in text order, without asides unless one holds `keep`."""
    return sorted(_subtree(token, keep), key=lambda t: t.i)


def _antecedent(pronoun: Token) -> list[Token] | None:
    """What a pronoun subject stands for: the nearest fitting name before it in its sentence,
    else the subject of the sentence before."""
    labels = _PRONOUNS.get(pronoun.lower_)
    if labels is None:
        return None
    doc = pronoun.doc
    before = [ent for ent in doc.ents if ent.end <= pronoun.i
              and ent.start >= pronoun.sent.start and ent.label_ in labels]
    if before:
        # "Sanders told Clinton that she won Iowa": two people before a "she" and nothing
        # to say which of them it is, so none.
        people = {ent.text.split()[-1] for ent in before if ent.label_ == "PERSON"}
        return list(before[-1]) if len(people) <= 1 else None
    start = pronoun.sent.start
    if start == 0:
        return None
    previous = doc[start - 1].sent
    subject = next((t for t in previous.root.children if t.dep_ in _SUBJECTS), None)
    if subject is None or subject.pos_ == "PRON" or (
            "PERSON" in labels and subject.ent_type_ != "PERSON"):
        return None  # "she" is no "foreign policy"
    return _noun_phrase(subject)


def _reduced_relative(verb: Token, subject: Token | None) -> Token | None:
    """The noun a relative clause describes, when the clause's subject is that noun: "forces,
    who abandoned …", "the territory gained this year" (which the parser may take for a
    verb joined to the one before)."""
    if subject is not None and subject.lower_ not in _RELATIVE_PRONOUNS:
        return None
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return verb.head
    previous = verb.doc[verb.i - 1] if verb.i > 0 else None
    if (subject is None and verb.dep_ == "conj" and verb.tag_ == "VBN" and previous is not None
            and previous.pos_ in ("NOUN", "PROPN")
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)):
        return previous
    return None


def _clause(verb: Token, keep: Span) -> tuple[list[Token], dict[int, str]]:
    """The verb's clause: subject, verb and complements, with the subject it shares or
    stands for when the clause has none of its own; and the words to put for pronouns."""
    tokens = [verb]
    replaced: dict[int, str] = {}
    subject = None
    for child in verb.children:
        holds = _inside(child, keep) or child.left_edge.idx <= keep[0] < (
            child.right_edge.idx + len(child.right_edge))
        if child.dep_ in _OTHER_CLAUSES and not holds and not _object_clause(child):
            continue
        if child.dep_ == "npadvmod" and not holds and child.left_edge.i > verb.i and (
                child.doc[child.left_edge.i - 1].text == ","):
            continue  # ", the longest run since 2008": a comment on the clause
        if child.dep_ in _SUBJECTS:
            subject = child
        tokens += _subtree(child, keep)
    tokens += _what_was_said(verb, keep)
    antecedent = _reduced_relative(verb, subject)
    if antecedent is not None:
        # "forces, who abandoned …": the forces; "the territory gained this year": it.
        tokens = [t for t in tokens if t is not subject]
        tokens += [t for t in _noun_phrase(antecedent) if t.i < verb.i]
    elif subject is None and verb.dep_ in ("conj", "xcomp") and verb.head.pos_ in ("VERB",
                                                                                   "AUX"):
        shared = next((c for c in verb.head.children if c.dep_ in _SUBJECTS), None)
        if shared is not None:
            # "the soldier who died facing a bomber in 2004": the soldier, not "who".
            relative = _reduced_relative(verb.head, shared)
            tokens += ([t for t in _noun_phrase(relative) if t.i < verb.head.i]
                       if relative is not None else _noun_phrase(shared))
            if verb.dep_ == "xcomp":
                # "Mr. Trump intends to deliver an address", not "Mr. Trump to deliver …"
                tokens += [verb.head] + [c for c in verb.head.children
                                         if c.dep_ in ("aux", "auxpass", "neg")
                                         or c.lower_ in _DENYING]
    elif subject is None and verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(
            c.dep_ == "aux" for c in verb.children):
        # "Cruz derailed the phenomenon, defeating Trump in the Iowa caucuses Monday": who
        # did it, in brackets as the text does not say it there.
        shared = next((c for c in verb.head.children if c.dep_ in _SUBJECTS), None)
        if shared is not None and shared.i < verb.i and shared.pos_ != "PRON":
            replaced[shared.i] = f"[{_text(_noun_phrase(shared), {})[0]}]"
            tokens.append(shared)
    elif subject is not None and subject.pos_ == "PRON" and subject.dep_ != "expl":
        antecedent_words = _antecedent(subject)
        if antecedent_words:
            name = _text(antecedent_words, {})[0]
            replaced[subject.i] = f"[{name}]"
    return tokens, replaced


def _object_clause(verb: Token) -> bool:
    """ "saw him become the fourth councillor", "made them resign": a clause whose subject
    is the main verb's object, so part of what the main verb says."""
    return verb.dep_ in ("ccomp", "xcomp") and any(
        c.dep_ in _SUBJECTS and c.lower_ in _OBJECT_PRONOUNS for c in verb.children)


def _what_was_said(verb: Token, keep: Span) -> list[Token]:
    """What a dated statement said, when it is short: "Mr. Manafort said Thursday night that
    Mr. Trump would moderate his tone", not "Mr. Manafort said Thursday night"; a quotation,
    before or after the verb, with its quotation marks."""
    if verb.lemma_.lower() not in SPEECH_VERBS:
        return []
    reported = [c for c in verb.children if c.dep_ == "ccomp"]
    said = next((c for c in reported if c.i > verb.i), reported[-1] if reported else None)
    if said is None or said.right_edge.i - said.left_edge.i + 1 > _SAID_TOKENS:
        return []
    doc = verb.doc
    first, last = said.left_edge.i, said.right_edge.i
    words = _subtree(said, keep)
    if said.i > verb.i:
        # "said today: “It is with great sadness …”": the quotation keeps its marks.
        if first > 1 and doc[first - 1].is_quote and doc[first - 2].text == ":":
            closing = [t for t in doc[last + 1:last + 3] if t.is_punct][:2]
            if any(t.is_quote for t in closing):
                return [*words, doc[first - 2], doc[first - 1], *closing]
        return words
    # A quotation before the verb ("“We will win,” Trump said Tuesday") comes with its
    # quotation marks and the comma that ends it, or it would read as the reporter's words.
    if not doc[first].is_quote:
        if first == 0 or not doc[first - 1].is_quote:
            return []
        first -= 1
    marks = [doc[first]]
    after = last + 1
    while after < verb.i and doc[after].is_punct and len(marks) < 4:
        marks.append(doc[after])
        after += 1
    # Only a whole quotation: "“We're going to tax you,” Trump said" is not the quotation
    # "“We're going to tax you when those air conditioners …,”" with its end cut away.
    if not any(t.is_quote for t in marks[1:]) or len({t.i for t in words}) < last - first:
        return []
    return words + marks


def _text(tokens: list[Token], replaced: dict[int, str]) -> tuple[str, Span]:
    """The words of a token list in text order, and the stretch of text they span."""
    tokens = sorted({t.i: t for t in tokens}.values(), key=lambda t: t.i)
    while tokens and tokens[0].dep_ in ("mark", "cc", "punct") and len(tokens) > 1 and not (
            tokens[0].is_quote and tokens[1].i == tokens[0].i + 1):
        tokens = tokens[1:]
    # A comma beside a gap belonged to what was cut out; a quotation's opening mark stays.
    last = len(tokens) - 1
    tokens = [t for k, t in enumerate(tokens) if not (t.is_punct and (
        (k in (0, last) and not t.is_quote) or (k < last and tokens[k + 1].i != t.i + 1)
        or (k and tokens[k - 1].i != t.i - 1)))]
    # An opening mark only for a quotation given whole, up to its closing mark.
    closing = next((k for k, t in enumerate(tokens) if k and t.is_quote), None)
    if tokens and tokens[0].is_quote and (closing is None or any(
            tokens[k + 1].i != tokens[k].i + 1 for k in range(closing))):
        tokens = tokens[1:]
    parts = []
    for k, token in enumerate(tokens):
        parts.append(replaced.get(token.i, token.text))
        adjacent = k + 1 < len(tokens) and tokens[k + 1].i == token.i + 1
        parts.append(token.whitespace_ if adjacent else " ")
    text = " ".join("".join(parts).split())
    # No space before a comma or a closing quote, but "the '80s" and a doubled mark keep theirs.
    text = _balanced(_trimmed(re.sub(r"\s+([,.;:!?]|[’'](?![\d']))", r"\1", text)))
    if not tokens:
        return "", (0, 0)
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    return text.rstrip("."), (start, end)


def _trimmed(text: str) -> str:
    """Without punctuation at either end, but with the marks of a quotation that opens or
    closes it (`_balanced` then drops a mark whose other half is missing)."""
    core = text.strip(_PUNCTUATION)
    if not core:
        return ""
    start = len(text) - len(text.lstrip(_PUNCTUATION))
    opening = next((q for q in ("``", "''", "“", '"') if q in text[:start]), "")
    closing = next((q for q in ("''", "”", '"') if q in text[start + len(core):]), "")
    return opening + core + closing


def _balanced(text: str) -> str:
    """Without a bracket or quotation mark whose other half was cut away: "[was] dealing"
    cut to "was] dealing", or "on ABC's \"Good Morning America" cut before its end."""
    for opening, closing in ("[]", "()", "“”"):
        while text.count(opening) != text.count(closing):
            stray = closing if text.count(closing) > text.count(opening) else opening
            at = text.find(stray) if stray == closing else text.rfind(stray)
            text = text[:at] + text[at + 1:]
    for mark in ("''", '"'):  # "''" first: its two apostrophes are one mark
        if text.count(mark) % 2:
            at = text.rfind(mark)
            text = text[:at] + text[at + len(mark):]
    return " ".join(text.split())


def _event(doc: Doc, time: TimeExpr, start: int) -> tuple[str, Span, Token | None] | None:
    """The event an expression dates: its text, its span and the verb it hangs on; words
    before `start` (a dateline) are left out."""
    span = doc.char_span(*time.span, alignment_mode="expand")
    if span is None or not len(span):
        return None
    governor = _governor(span)
    if governor is None:
        return None
    called_off = _called_off(governor)
    if called_off is not None:
        governor = called_off
    if governor.pos_ in ("NOUN", "PROPN"):
        # A dated noun: the noun phrase, without the date's own prepositional phrase.
        head = span.root.head
        date_phrase = head if head.dep_ == "prep" or head.pos_ == "ADP" else None
        tokens = [t for t in _noun_phrase(governor, time.span) if date_phrase is None
                  or not (date_phrase.left_edge.i <= t.i <= date_phrase.right_edge.i)]
        text, where = _text(tokens, {})
        if len(text.split()) >= 3:
            return text, where, None
        # Too short to tell anything ("a rebound"): the verb's clause says more.
        governor = _verb_above(governor)
        if governor is None:
            return None
    if _object_clause(governor):
        governor = governor.head  # "him become …" is what "saw" says
    tokens, replaced = _clause(governor, time.span)
    if governor.head.lemma_.lower() == "let" and governor.dep_ in ("ccomp", "xcomp"):
        tokens.append(governor.head)  # "Let's defeat her in November", not "'s defeat her"
    text, where = _text([t for t in tokens if t.idx >= start], replaced)
    return text, where, governor


def _called_off(governor: Token) -> Token | None:
    """The verb that calls off what a date dates: "was postponing a news conference
    scheduled for Friday" (the conference alone would read as held), "canceled the Friday
    parade"."""
    # Not a relative clause's own story: "canceling the interview, which had been in the
    # works since the summer".
    thing = governor.head if governor.dep_ == "acl" else governor
    verb = thing.head
    if (thing.pos_ in ("NOUN", "PROPN") and thing.dep_ in ("dobj", "nsubjpass")
            and verb.pos_ == "VERB" and verb.lemma_.lower() in _CALLING_OFF):
        return verb
    return None


def _compared(doc: Doc, body: str, time: TimeExpr) -> bool:
    """Whether the date is only what something is measured against, no event of its own:
    "higher than in 2014", "compared with the same period in 2014", "$74 million more than a
    year ago", "the first time since Afghanistan in the 1980s" (but "no later than March 1"
    is a deadline, "closer than the 8-point win for Mitt Romney in 2012" dates the win, and
    "since 2001" is the story's background)."""
    before = body[max(0, time.span[0] - 60):time.span[0]]
    if _COMPARED.search(before) and not re.search(r"\b(?:later|earlier|sooner)\s+than\s+$",
                                                   before, re.IGNORECASE):
        return True
    if time.mod in ("MORE_THAN", "LESS_THAN") and re.search(
            r"(?:\d|\b(?:million|billion|trillion|percent|points?))\W*$", before):
        return True
    span = doc.char_span(*time.span, alignment_mode="expand")
    if span is None or not len(span):
        return False
    token = span.root
    for _ in range(6):
        if token.head.i == token.i:
            return False
        token = token.head
        if token.lower_ == "since":
            return False  # "the first time since 2001": 2001 is the story's background
        if token.pos_ in ("NOUN", "PROPN") and _ranked(token) and any(
                c.lower_ == "since" for c in token.children):
            # "for the first time since Afghanistan in the 1980s": the 1980s date the war
            # in Afghanistan, which the sentence only measures this one against.
            return True
        if token.pos_ in ("VERB", "AUX"):
            return False
    return False


def _ranked(token: Token) -> bool:
    """ "the lowest take", "the fourth councillor", "the first time": ranked among others."""
    return token.tag_ in ("JJS", "RBS") or any(
        c.tag_ in ("JJS", "RBS") or c.ent_type_ == "ORDINAL" for c in token.children)


def _anchored(doc: Doc, body: str, time: TimeExpr, times: list[TimeExpr],
              references: list[tuple[Period, int]],
              published: dt.date) -> tuple[Period, str, Span, Span] | None:
    """"A day before X", "101 years since X": X's date, X's event, and the spans of the
    phrase and of X. The count runs from the date of the clause the phrase qualifies, which
    must be traceable (see `_base`)."""
    match = re.fullmatch(r"P(\d+)([DWMY])", time.value)
    following = re.match(r"\s+(before|after|since)\b", body[time.span[1]:])
    if not match or not following:
        return None
    end = time.span[1] + following.end()
    word = doc.char_span(end - len(following[1]), end, alignment_mode="expand")
    if word is None or not len(word):
        return None
    marker = word[0]
    clause_verb = marker.head if marker.dep_ == "mark" else next(
        (c for c in marker.children if c.dep_ in ("pcomp", "pobj")), None)
    # "marked 101 years since the start of the Armenian genocide": a thing that happened,
    # named by a noun (not "since 2005", a date of its own).
    named = (following[1] == "since" and clause_verb is not None and clause_verb.pos_ == "NOUN"
             and not clause_verb.ent_type_)
    # "Yet, over 365 days since the star announced his candidacy, here we are": a clause
    # after "since" the parse made the sentence's root takes the sentence with it.
    if (clause_verb is None or (clause_verb.pos_ not in ("VERB", "AUX") and not named)
            or (following[1] == "since" and clause_verb.dep_ == "ROOT")):
        return None
    unit = _SHIFT_UNITS[match[2]]
    base = _base(marker, clause_verb, times, references, published, unit)
    if base is None:
        return None
    step = int(match[1]) * (1 if following[1] == "before" else -1)
    period = base.shift(step, unit)
    if unit in (MONTH, YEAR):
        # "Five years after civil war broke out": the year, not a day the text never gives.
        period = period.at(unit)
    if named:
        text, where = _text(_noun_phrase(clause_verb), {})
        return period, text, (time.span[0], end), where
    tokens, replaced = _clause(clause_verb, (marker.idx, marker.idx))
    tokens = [t for t in tokens if t is not marker and not _inside(t, time.span)]
    text, where = _text(tokens, replaced)
    return period, text, (time.span[0], end), where


def _base(marker: Token, clause_verb: Token, times: list[TimeExpr],
          references: list[tuple[Period, int]], published: dt.date,
          unit: str) -> Period | None:
    """The date "a day before X" counts from: a date of the clause it qualifies ("April 24
    marked 101 years since …"); the day of publication for a clause in the present ("The
    incident comes a day after …", "Five years after …, Syria remains"); or the last day
    named no more than `_BASE_SENTENCES` sentences before. Else none: a story told in the
    past ("He was released one day before guards turned their guns") counts from a day it
    has left behind."""
    def fits(period: Period) -> bool:
        return period.granularity == unit or period.finer_than(unit)

    main = clause_verb.head if marker.dep_ == "mark" else marker.head
    if main.pos_ not in ("VERB", "AUX"):
        main = _verb_above(main) or main
    sentence = marker.sent
    for other in times:
        period = parse(other.value) if other.type in ("DATE", "TIME") else None
        if (period is None or not fits(period)
                or not sentence.start_char <= other.span[0] < sentence.end_char):
            continue
        word = marker.doc.char_span(*other.span, alignment_mode="expand")
        verb = _verb_above(word.root) if word is not None else None
        if verb is not None and verb.i == main.i:
            return period
    auxiliaries = [c for c in main.children if c.dep_ in ("aux", "auxpass")]
    # "The results arrive a day after …": the tagger may take a plural present for a bare
    # verb ("VB"); it still has its subject and no auxiliary.
    present = main.tag_ in ("VBZ", "VBP") or (main.tag_ == "VB" and not auxiliaries and any(
        c.dep_ in _SUBJECTS for c in main.children))
    if present and not any(c.lower_ in _PERFECT_OR_PAST for c in auxiliaries):
        return Period(DAY, published)
    if not references:
        return None
    period, offset = references[-1]
    starts = [s.start_char for s in marker.doc.sents]
    behind = bisect.bisect_right(starts, sentence.start_char) - bisect.bisect_right(starts, offset)
    return period if behind <= _BASE_SENTENCES else None


def build_timeline(analysis: Analysis, times: list[TimeExpr]) -> list[TimelineEntry]:
    """The dated events of the article's paragraphs, oldest first, duplicates merged."""
    if not analysis.article.date:
        return []
    published = dt.date.fromisoformat(analysis.article.date)
    body, doc = analysis.body, analysis.doc
    found: dict[tuple[str, str], tuple[tuple[dt.date, float], int, TimelineEntry]] = {}
    by_event: dict[Span, tuple[str, str]] = {}
    dated: dict[str, dict[tuple[str, str], frozenset[str]]] = {}  # date → key → words
    references: list[tuple[Period, int]] = []  # the days named so far, and where
    ends = _range_ends(body, times)
    for index, time in enumerate(times):
        if (not analysis.in_paragraph(time.span[0]) or analysis.in_dateline(time.span)
                or index - 1 in ends):
            continue
        if time.type == "DURATION":
            anchored = _anchored(doc, body, time, times, references, published)
            if anchored is None:
                continue
            period, event, phrase_span, where = anchored
            entry = TimelineEntry(period.iso(), body[phrase_span[0]:phrase_span[1]], event,
                                  relation(period, None, published, False), where,
                                  phrase_span)
            _add(found, by_event, dated, entry, period, None)
            continue
        if time.type not in ("DATE", "TIME"):
            continue
        period = parse(time.value)
        if period is None:
            continue
        if period.granularity == DAY:
            references.append((period, time.span[0]))
        if _compared(doc, body, time):
            continue
        result = _headed(analysis, time) or _event(
            doc, time, analysis.dateline.span[1] if analysis.dateline else 0)
        if result is None:
            continue
        event, where, verb = result
        if len(event.split()) < (2 if verb is None and where[0] >= time.span[1] else 3):
            continue
        phrase_span = _with_signal(body, time.span)
        last = ends.get(index)
        if last is not None:
            opener = _RANGE_OPEN.search(body, max(0, time.span[0] - 10), time.span[0])
            phrase_span = (opener.start() if opener else phrase_span[0], last.span[1])
        entry = TimelineEntry(time.value, body[phrase_span[0]:phrase_span[1]], event,
                              relation(period, time.mod, published, _upcoming(verb),
                                       weekend=time.value.endswith("-WE")), where,
                              phrase_span, time.mod, last.value if last else None)
        _add(found, by_event, dated, entry, period, time.mod)
    ordered = sorted(found.values(), key=lambda item: (item[0], item[1]))
    return [entry for _, _, entry in ordered]


def _range_ends(body: str, times: list[TimeExpr]) -> dict[int, TimeExpr]:
    """The last period of each range, by the index of its first: "between 1983 and 1986",
    "from March to June"; the event is dated once, by both."""
    ends: dict[int, TimeExpr] = {}
    for index, (first, last) in enumerate(itertools.pairwise(times)):
        if first.type != "DATE" or last.type != "DATE" or first.mod or last.mod:
            continue
        start, end = parse(first.value), parse(last.value)
        if (start is not None and end is not None and start.granularity == end.granularity
                and start.day < end.day
                and _RANGE_JOIN.fullmatch(body[first.span[1]:last.span[0]])
                and _RANGE_OPEN.search(body, max(0, first.span[0] - 10), first.span[0])):
            ends[index] = last
    return ends


def _headed(analysis: Analysis, time: TimeExpr) -> tuple[str, Span, None] | None:
    """A chronology's heading, a date and what happened on it: "Oct. 31, 2012 The Obama
    'hug.'", "June 16, 2015 Trump joins the race."; the event is the words after the date."""
    block = analysis.block_of(time.span[0])
    if block is None or analysis.body[block.span[0]:time.span[0]].strip():
        return None
    rest = analysis.body[time.span[1]:block.span[1]]
    if not rest.strip() or len(rest.split()) > _HEADING_WORDS or rest.lstrip()[:1] in ",;:":
        return None
    start = time.span[1] + len(rest) - len(rest.lstrip())
    # 'The Obama "hug."' loses its full stop, not its closing quotation mark.
    text = _balanced(re.sub(r"\.(?=[\"”’]?$)", "", rest.strip())).strip(" ,;:-–—")
    return (text, (start, block.span[1]), None) if text else None


def _with_signal(body: str, span: Span) -> Span:
    """The expression with the word that ties it to its event when that word changes what it
    says: "since 2001", "until Friday", "by 2018"."""
    match = _SIGNAL.search(body, max(0, span[0] - 8), span[0])
    return (span[0] - len(match[0]), span[1]) if match else span


def event_words(text: str) -> frozenset[str]:
    """The words that tell one event from another, numbers among them: "139 delegates in
    the 2008 primary" → {139, 2008, delegates, primary}."""
    return frozenset(w for w in _WORD.findall(fold(text)) if len(w) > 3 or w[0].isdigit())


def _add(found: dict[tuple[str, str], tuple[tuple[dt.date, float], int, TimelineEntry]],
         by_event: dict[Span, tuple[str, str]],
         dated: dict[str, dict[tuple[str, str], frozenset[str]]], entry: TimelineEntry,
         period: Period, mod: str | None) -> None:
    """Keep one entry per date and event; a clause dated twice keeps its finer date. Of two
    events on one date, one whose words the other has all is the same told more briefly
    ("the 2008 primary" beside "their 2008 primary contest"): the fuller one stays."""
    key = (entry.date, entry.event.lower())
    if key in found:
        return
    words = event_words(entry.event)
    on_date = dated.setdefault(entry.date, {})
    # One word in common ("his first win") says too little to call two events one.
    for other_key, other_words in list(on_date.items()):
        if len(words) > 1 and words <= other_words:
            return
        if len(other_words) > 1 and other_words < words:
            other = found.pop(other_key)[2]
            del on_date[other_key]
            if by_event.get(other.span) == other_key:
                del by_event[other.span]
    earlier = by_event.get(entry.span)
    if earlier is not None:
        other = found[earlier][2]
        if len(other.date) >= len(entry.date):
            return
        del found[earlier]
        del dated[earlier[0]][earlier]
    within = _hour(entry.date, mod) if period.granularity == DAY else _MOD_ORDER.get(mod, 1)
    found[key] = ((_when(period, mod), within), entry.time_span[0], entry)
    by_event[entry.span] = key
    on_date[key] = words


def describe(value: str, mod: str | None = None, day_known: bool = False,
             phrase: str = "") -> str:
    """A timeline date in words: `2014` + END → `end of 2014`, `2015-09-28` → `28 September
    2015`, `1989-Q3` → `Q3 1989`, `199` → `the 1990s`, `2015-09-28TMO` → `28 September 2015,
    morning`. With `day_known`, a day says only its time: `morning`, `14:30`, or nothing.
    The `phrase` dated tells "earlier this month" (`earlier in September 2016`) from "early
    this month": TimeML gives both the modifier START."""
    period = parse(value)
    if period is None:
        return value
    g, d = period.granularity, period.day
    time = value.partition("T")[2]
    if mod in ("START", "END") and _RELATIVE.search(phrase):
        # Earlier or later than the story's own time, not the first or last part of the
        # period: "later this year" in March is any time from April on.
        when = "earlier" if mod == "START" else "later"
        if g != DAY:
            return f"{when} in " + describe(value)
        part = f"{when} in the {_PART_WORDS.get(time, 'day')}"
        return part if day_known else f"{d.day} {d:%B %Y}, {part}"
    if g == DAY:
        # The modifier goes with the part of the day it qualifies ("mid-afternoon", "about
        # 15:00"), or with the day: "late 1 March 2016", or on that day "late in the day".
        prefix = _DAY_PREFIXES.get(mod or "", "")
        part = _PART_WORDS.get(time, time)
        if part:
            part = prefix + part
        elif day_known:
            return {"START": "early in the day", "MID": "midday",
                    "END": "late in the day"}.get(mod or "", "")
        date = "" if day_known else ("" if part else prefix) + f"{d.day} {d:%B %Y}"
        return ", ".join(filter(None, (date, part)))
    if g == MONTH:
        text = f"{d:%B %Y}"
    elif g == WEEK and value.endswith("-WE"):
        saturday = d + dt.timedelta(days=5)
        text = f"the weekend of {saturday.day} {saturday:%B %Y}"
    elif g == WEEK:
        text = f"the week of {d.day} {d:%B %Y}"
    elif g == YEAR:
        text = str(d.year)
    elif g == DECADE:
        text = f"the {d.year}s"
    elif g == CENTURY:
        n = d.year // 100 + 1
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        text = f"the {n}{suffix} century"
    else:
        part = value[5:7]
        text = f"{_PERIOD_WORDS.get(part, part)} {d.year}"
    prefix = _PERIOD_PREFIXES.get(mod or "", "")
    if text.startswith("the ") and mod in ("START", "MID"):
        # "the mid-1980s", "early in the week of 7 March 2016", never "mid-the 1980s".
        if g == WEEK:
            return {"START": "early in ", "MID": "the middle of "}[mod] + text
        return "the " + prefix + text.removeprefix("the ")
    return prefix + text


_RELATIVE = re.compile(r"\b(?:earlier|later)\b", re.IGNORECASE)
# Modifiers that place a point only roughly ("nearly two decades ago" is about 1995), and
# the parts of a day or of a longer period.
_POINT_WORDS = {"APPROX": "about ", "BEFORE": "before ", "AFTER": "after ",
                "ON_OR_BEFORE": "by ", "ON_OR_AFTER": "from "}
_DAY_PREFIXES = {"START": "early ", "MID": "mid-", "END": "late ", **_POINT_WORDS}
_PERIOD_PREFIXES = {"START": "early ", "MID": "mid-", "END": "end of ", **_POINT_WORDS}
_PART_WORDS = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening",
               "NI": "night"}
_PERIOD_WORDS = {"H1": "first half of", "H2": "second half of", "SP": "spring",
                 "SU": "summer", "FA": "autumn", "WI": "winter"}

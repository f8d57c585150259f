"""Places: place mentions found in the spaCy pass and the dateline, geocoded with the gazetteer.

Recognition takes spaCy's GPE, LOC and FAC entities, the datelines' cities and regions (also
those opening a later paragraph or sentence), names the small model files under another label
or leaves untagged when the gazetteer or the article itself says they are places ("Kunduz" as
ORG), places named inside the names of organisations, events, laws and works ("U.S. State
Department", "the Qatar World Cup", "Peel Regional Police"), splits names the model runs
together ("Thruxton, Hampshire"), and widens a name to a following kind word ("Kunduz
airport", "Kunduz Province") or a direction ("northern Afghanistan", "the north of
Afghanistan"); a place's name written again where the model saw none is the place again
("Maryland State Police" after "Severn, Md."); and in a story about Britain, its numbered
roads ("a crash on the A120") are places too. Demonyms and hyphenated modifiers ("Afghan",
"U.S.-led") are not places: they tell which countries the story is about, and an adjective of
a country the article names is kept as a reference to it (`Place.references`), with its span
like any mention.

Geocoding scores each gazetteer candidate by its size, the article's countries (dateline,
countries named, demonyms, names whose every sense lies in one country), nearness to places
already resolved (inside a province, near a city) and an explicit qualifier ("Paris, Texas",
"Richmond, Va."), settling the surest and most populous names first; a name keeps one sense
through the article. A town under 5,000 people is taken only in the article's countries, a
province of another country only by its own name. A facility, a street or a region described
by direction borrows the point of the place it lies in and says so (`Place.located_in`), as
does a name the gazetteer lacks that holds a place's name ("St. Louis Hills", "South Florida").
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from .aliases import (
    bracketed_short_name,
    has_body_noun,
    has_legal_form,
    is_name_suffix,
    person_surnames,
)
from .analysis import Analysis
from .cues import GENDERED_NOUNS, SPEECH_VERBS
from .dateline import Dateline, find_dateline
from .gazetteer import (
    CITY,
    CONTINENT,
    COUNTRY,
    MIN_CITY_POPULATION,
    REGION,
    Entry,
    Gazetteer,
    distance_km,
)
from .ids import slugify, unique
from .layout import ASIDE, CREDIT, PARAGRAPH
from .model import Place, Span
from .names import clean_name, fold, locate
from .placewords import (
    DESCRIBED_FACILITIES,
    DIRECTION_ADJECTIVES,
    DIRECTIONS,
    KIND_WORDS,
    LOCATING_SUFFIXES,
    MODIFIER_SUFFIXES,
    MOTION_WORDS,
    PAPER_WORDS,
    PART_OF_TOWN_WORDS,
    PUBLIC_SERVICES,
    ROAD_NOUNS,
    ROAD_PREPOSITIONS,
    STREET_WORDS,
    UNNAMED_STREET_WORDS,
)
from .roles import next_to_person_noun
from .temporal_lexicon import HOLIDAYS
from .temporal_patterns import candidates

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as DocSpan

    from .airports import Airport

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# The small model files some places as organisations or people ("Kunduz" as ORG); such a name
# is a place when the article calls it one elsewhere, or when the gazetteer knows it as a
# country, a continent or a large city.
_OTHER_LABELS = frozenset({"ORG", "NORP", "PERSON", "EMBEDDED", "UNTAGGED"})
# Labels the model also gives a town only where the words around it say it is a place:
# "arrested in Chattanooga", tagged a product.
_WHERE_LABELS = frozenset({"PRODUCT"})
# Entities whose names may hold a place's name ("the Dubai World Cup", "U.S. State Department";
# the actors step keeps such an organisation whole).
_HOST_LABELS = frozenset({"ORG", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"})
_PROMOTION_POPULATION = 100_000
_MINOR_COUNTRY = 1_000_000
_PLACING_WORDS = frozenset({"in", "near", "at", "from", "to", "into", "outside", "around"})
# A city so large that its name alone may mean it whatever town of its name the story is in.
_GREAT_CITY = 500_000
_DATELINE = "DATELINE"
# The labels of a mention the model or a dateline itself calls a place, or that names an
# organisation after it (always a country's; a town's only when it is the town's police or
# council, or named as a place elsewhere).
_SURE_LABELS = PLACE_LABELS | {_DATELINE, "ABBR", "EMBEDDED"}
_LOCATIVE = re.compile(r"\b(?:in|near) $")
# A person's age after the name: "Beryl, 81, met", "Ivanka, 34;" (not "Ohio, 66 delegates"
# or "South Carolina, 367,000 people").
_AGE = re.compile(r",\s+\d{1,3}(?:,(?!\d)|;)")
_CODE_LABELS = frozenset({"GPE", _DATELINE, "ABBR"})
# A list of provinces said to be such: "states such as", "the provinces of".
_PROVINCES_NAMED = re.compile(
    r"\b(?:states|provinces)\s+(?:(?:such\s+as|like|including|of)\s+)?(?:the\s+)?$")
# An officer of a province: "a senator from", "the governor of".
_REPRESENTS = re.compile(r"\b(?:senators?|governors?|congress(?:wo)?man|representatives?|"
                         r"lieutenant governor|attorney general)\s+(?:from|of)\s+$", re.I)
# Towns lie in a province, not in a town: "villages in Idlib", "cities across Texas".
_SETTLEMENTS_IN = re.compile(r"\b(?:villages|towns|cities|hamlets|townships|municipalities)"
                             r"(?:\s+\w+)?\s+(?:in|across|throughout)\s+$", re.I)
# A state's primary or caucuses, its delegates or legislature: "New York's April 19
# primary", "the Iowa caucuses", "the Washington Democratic caucuses".
_STATE_VOTE = re.compile(r"(?:['’]s)?(?:\s+(?:[A-Z][a-z]+\.?|\d{1,2}(?:st|nd|rd|th)?,?))*"
                         r"\s+(?:primary|primaries|caucus|caucuses|delegation|delegates"
                         r"|legislature)\b")
# Great Britain's road numbers after "the", and those listed with them.
_ROAD_NUMBER = re.compile(r"\b[ABM]\d{1,4}(?:\(M\))?(?![\w(])")
_ROADS = re.compile(r"\b[Tt]he (?P<first>[ABM]\d{1,4}(?:\(M\))?(?![\w(]))"
                    r"(?:(?:, | and | or )(?:the )?[ABM]\d{1,4}(?:\(M\))?(?![\w(]))*")
_ROAD_STORY = re.compile(r"(?i)\b(?:motorway|carriageway|junction|roundabout|lorry|lorries"
                         r"|diversion|(?:north|south|east|west)bound)\b")
# A member of Congress's party and state: "(R-Tex.)", "(D-Vt.)", "(I-Vermont)".
_PARTY_STATE = re.compile(r"\((?P<party>(?:R|D|I|Ind)-)?([A-Z][A-Za-z. ]{1,14}?)\)")
# An all-caps place and an agency in brackets open a paragraph: a dateline even without the
# dash `dateline.py` asks for (a garbled or missing one).
_AGENCY_DATELINE = re.compile(
    r"(?:^|(?<=[.!?] ))[ \t]*(?P<place>[A-Z][A-Z.'’\-]*(?:[ /][A-Z][A-Z.'’\-]*){0,4}"
    r"(?:, [A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,3})?) ?(?:\([A-Z][\w&.'’\- ]{0,30}\)|--\()")
# A dateline opening a later sentence with its dash but no agency: "…Grant Event. IMMOKALEE –
# Congressman…" (not a hyphen, which joins too much else mid-paragraph: "…said. A-B - ").
_SENTENCE_DATELINE = re.compile(
    r"(?<=[.!?] )(?P<place>[A-Z][A-Z.'’\-]*[A-Z.](?: [A-Z][A-Z.'’\-]*[A-Z.]){0,3}) (?:--|[–—]) ")
# A dateline that lost its dash or ends in a colon: "LONDON Pope Francis…", "NEW DELHI: The…".
_BARE_DATELINE = re.compile(
    r"[ \t]*(?P<place>[A-Z][A-Z.'’\-]*[A-Z.](?: [A-Z][A-Z.'’\-]*[A-Z.]){0,3})"
    r"(?: (?=[A-Z][a-z])|: )")
FACILITY, WATER, OTHER = "facility", "water", "other"
# "the town of Marea": the kind words of towns, and one that never follows a name.
_TOWN_NOUNS = frozenset({w for w, kind in KIND_WORDS.items() if kind == CITY} | {"hamlet"})
# Verbs that give a thing a name: "the street was later called Lafayette".
# "in Jordan, Hong Kong", "the town of Mexico, Philippines": a town's slot before its name.
_PLACED_BEFORE = re.compile(rf"\b(?:in|near|at|(?:{'|'.join(sorted(_TOWN_NOUNS))}) of) $")
_NAMING_VERBS = frozenset({"call", "name", "rename", "dub", "christen", "nickname"})

# Scoring of candidates (log10 of population, plus bonuses). A region has no population in
# the gazetteer: it counts as a town of 100,000, so that "Kunduz" (162,000) is the city.
_REGION_PRIOR = 100_000
# The median count of GeoNames' alternate names for its towns of 80,000 to 125,000 people.
_REGION_NAMES = 8
_COUNTRY_BONUS = 1.5
_CONTEXT_BONUS = 2.0
_NEAR_BONUS = 2.0
_EXACT_BONUS = 1.0
_NEAR_KM = {CITY: 200.0, REGION: 600.0}
# With the compass words, what makes a name a direction rather than a place: "Centre",
# "West Coast".
_CENTRE_WORDS = frozenset({"centre", "center", "coast"})
_QUALIFIER_KM = 400.0
# How close a district's point lies to the town it qualifies when the two are one place.
_CITY_STATE_KM = 10.0
_CITY_STATE_SHARE = 3  # the District of Columbia's towns have 2.1 times Washington's people
_SAINT = re.compile(r"\bsaint\b")


@dataclass
class _Mention:
    name: str  # as the page shows it: "Kunduz airport", "northern Afghanistan"
    span: Span
    core: str  # the name looked up: "Kunduz"
    label: str
    kind: str | None = None  # from a kind word or a direction
    qualifier: str | None = None  # "Va." in "Richmond, Va."
    part: bool = False  # a part of the place looked up: "northern Afghanistan"
    the: bool = False  # written after "the"
    entry: Entry | None = field(default=None, repr=False)


@dataclass
class _Context:
    """What the article says about where it is: its countries and the places resolved so far."""

    countries: Counter[str] = field(default_factory=Counter)
    anchors: list[Entry] = field(default_factory=list)
    # Adjectives and modifiers of a country, by country code: "Afghan", "U.S." of "U.S.-led".
    references: list[tuple[Span, str]] = field(default_factory=list)
    # Countries of the places an earlier reading resolved: a region or a town the model
    # calls a person or an organisation is taken in these too.
    resolved: Counter[str] = field(default_factory=Counter)
    # The names this reading turned down as places, and whether the words said a town
    # could be one ("in Nelson"): those the resolved countries would take call for a second.
    declined: list[tuple[str, bool]] = field(default_factory=list)
    # The names the model calls persons that this reading did not take for towns abroad: a
    # second reading takes those in the countries of the places it resolved.
    abroad: list[str] = field(default_factory=list)

    def near(self, entry: Entry) -> bool:
        return self.neighbours(entry, self.anchors) > 0

    @staticmethod
    def neighbours(entry: Entry, anchors: Iterable[Entry]) -> int:
        """How many of these places an entry lies near or in."""
        if entry.lat is None or entry.lon is None:
            return 0
        # An entry already resolved counts as near itself: "Kunduz" again is the same city,
        # not the province around it. Near a province is inside it, where the gazetteer says
        # which province a place is in (Springfield, Missouri is 560 km from the middle of
        # Illinois, but not in it; Kabul province borders Kunduz province, but Kabul is the
        # city).
        return sum(a.lat is not None and a.lon is not None
                   and (_inside(entry, a) if a.id.startswith("iso3166-2:")
                        and (entry.region or entry.id.startswith("iso3166-2:"))
                        else distance_km(a.lat, a.lon, entry.lat, entry.lon) <= _NEAR_KM[a.kind])
                   for a in anchors if a.kind in _NEAR_KM)

    def add(self, entry: Entry) -> None:
        if entry.country:
            self.countries[entry.country] += 1
        if entry.kind in _NEAR_KM and entry not in self.anchors:
            self.anchors.append(entry)


def _inside(entry: Entry, region: Entry) -> bool:
    """Whether an entry is a province or lies in it, by the province's ISO 3166-2 code."""
    return entry.id == region.id or entry.region == region.id.removeprefix("iso3166-2:")


def _kind_word(name: str, gazetteer: Gazetteer,
               countries: Counter[str] | None = None) -> tuple[str | None, str]:
    """`Kunduz Province` → ("region", "Kunduz"); `Kunduz airport` → ("facility", "Kunduz");
    `Cape Town`, a name of its own in the gazetteer, stays whole. A street's name is a
    town's only in the article's `countries`: "Park Avenue in Manhattan" is the avenue, not
    the suburb of Rockhampton, Queensland."""
    words = name.split()
    if len(words) > 2 and words[-1].lower() in DIRECTIONS and words[-2].lower() in STREET_WORDS:
        words = words[:-1]  # "Eglinton Avenue West": a stretch of the avenue
    if len(words) < 2 or words[-1].lower() not in KIND_WORDS:
        return None, name
    senses = _own_senses(name, gazetteer)
    if countries is not None and words[-1].lower() in STREET_WORDS:
        senses = [e for e in senses if countries[e.country or ""]]
    if senses:
        return None, name
    core = " ".join(words[:-1])
    # "St George’s Chapel" is a saint's, not in St. George's, Grenada: no town by that name.
    return KIND_WORDS[words[-1].lower()], name if _possessive(core) else core


def _possessive(words: str) -> bool:
    return words.endswith(("'s", "’s"))


def _candidates(analysis: Analysis, gazetteer: Gazetteer, context: _Context) -> list[_Mention]:
    """Every place mention, in text order; demonyms and countries named go into the context."""
    _country_context(analysis, gazetteer, context)
    datelines = _datelines(analysis, gazetteer, context.countries)
    mentions = _dateline_mentions(datelines)
    place_names = {fold(m.core) for m in mentions}
    mentions += _entity_mentions(analysis, gazetteer, context, place_names,
                                 [d.span for d in datelines])
    taken = [m.span for m in mentions]
    mentions += _embedded_mentions(analysis, gazetteer, place_names, taken, context.countries)
    mentions += _untagged_mentions(analysis, gazetteer, context, place_names, taken)
    mentions += _party_states(analysis, gazetteer, [m.span for m in mentions])
    _qualify(mentions, analysis, gazetteer)
    _listed_with_provinces(mentions, analysis, gazetteer)
    _represented(mentions, analysis, gazetteer)
    return mentions


def _datelines(analysis: Analysis, gazetteer: Gazetteer,
               countries: Counter[str]) -> list[Dateline]:
    """The article's dateline, and those opening a later paragraph ("COLUMBUS, Ohio (AP) —"
    after a photo caption) or a sentence ("By Nate Raymond. BOSTON (Reuters) -", "…Grant
    Event. IMMOKALEE – Congressman…"), or missing
    their dash ("MEXICO CITY (AP) Mexico's…", "PLEASANTON, Calif.--(BUSINESS WIRE)--"), or
    a town's bare name before a hyphen ("MEXICO CITY - ", but not "UPDATE - "), a colon or
    the first sentence ("NEW DELHI: The…", "LONDON Pope Francis…")."""
    found = [analysis.dateline] if analysis.dateline else []
    bare = _bare_datelines(analysis, gazetteer)
    for block in analysis.blocks:
        start, end = block.span
        if block.kind != PARAGRAPH:
            continue
        text = analysis.body[start:end]
        dateline = find_dateline(text)
        if dateline is None and (hyphened := find_dateline(text, hyphen=True)) and _names_place(
                hyphened.place, gazetteer):
            dateline = hyphened
        if dateline is None:
            dateline = bare.get(start)
        datelines = [dateline] if dateline else []
        datelines += [Dateline(m["place"], m.span("place"), m.span())
                      for m in _AGENCY_DATELINE.finditer(text) if _wordlike(m["place"])]
        datelines += [Dateline(m["place"], m.span("place"), m.span())
                      for m in _SENTENCE_DATELINE.finditer(text)
                      if _wordlike(m["place"])
                      and _datelined(m["place"], analysis, gazetteer, countries)]
        for line in datelines:
            span = _shift(line.span, start)
            if not any(d.span[0] <= span[0] < d.span[1] for d in found):
                found.append(Dateline(line.place, _shift(line.place_span, start), span))
    return found


def _names_place(name: str, gazetteer: Gazetteer) -> bool:
    """Whether an all-caps name is a town's, a region's or a country's (or opens one)."""
    return any(e.kind in (CITY, COUNTRY, REGION) and fold(e.name).startswith(fold(name))
               for e in gazetteer.lookup(name))


def _datelined(name: str, analysis: Analysis, gazetteer: Gazetteer,
               countries: Counter[str]) -> bool:
    """Whether an all-caps name opening a later sentence before a dash is a dateline's: the
    very name of a country, of a city of 100,000, or of a town or region of the article's
    countries that it also writes in title case ("…Speaks at Immokalee TIGER Grant Event.
    IMMOKALEE – …"); not someone's surname ("CLINTON – We will win"), and not a word that
    only opens a town's name ("MORE –", Morez) or an acronym no town of the story has
    ("NATO –", Nato in the Philippines)."""
    doc = analysis.doc
    if fold(name) in {fold(n) for n in person_surnames(doc)} or any(
            e.label_ == "PERSON" and fold(e.text) == fold(name) for e in doc.ents):
        return False
    written = re.search(rf"(?<!\w){re.escape(name.title())}(?!\w)", analysis.body)
    return any(e.kind == COUNTRY or (e.kind == CITY and e.population >= _PROMOTION_POPULATION)
               or (e.kind in (CITY, REGION) and written is not None
                   and countries[e.country or ""] > 0)
               for e in _own_senses(name, gazetteer))


def _bare_datelines(analysis: Analysis, gazetteer: Gazetteer) -> dict[int, Dateline]:
    """By the paragraph's start (offsets within it), the all-caps names opening a paragraph
    with no dash that are datelines: only the very name of a city of 100,000 or a country
    ("OKLAHOMA CITY The Latest on…"), not a shout ("BREAKING: …", "THIS is…") or a
    photographer's name ("JEWELL: Boyd Carney…", Jewell being a village in Kansas); and not
    a name that opens several paragraphs or is someone's surname, which a transcript's
    speaker is ("JACKSON: We will…")."""
    openers = {block.span[0]: match for block in analysis.blocks if block.kind == PARAGRAPH
               and (match := _BARE_DATELINE.match(analysis.body[block.span[0]:block.span[1]]))}
    counts = Counter(match["place"] for match in openers.values())
    surnames = {fold(name) for name in person_surnames(analysis.doc)}
    return {start: Dateline(match["place"], match.span("place"), match.span())
            for start, match in openers.items()
            if counts[match["place"]] == 1 and fold(match["place"]) not in surnames
            and _wordlike(match["place"]) and any(
                e.kind == COUNTRY or (e.kind == CITY and e.population >= _PROMOTION_POPULATION)
                for e in _own_senses(match["place"], gazetteer))}


def _wordlike(place: str) -> bool:
    """A dateline's town of four letters or more, not a short acronym ("UN (Reuters)")."""
    return sum(c.isalpha() for c in place.partition(",")[0]) >= 4


def _shift(span: Span, offset: int) -> Span:
    return span[0] + offset, span[1] + offset


def _dateline_mentions(datelines: list[Dateline]) -> list[_Mention]:
    """`KUNDUZ, Afghanistan` and `WASHINGTON/LONDON`: the cities, and the region after them."""
    mentions = []
    for dateline in datelines:
        start = dateline.place_span[0]
        city, _, region = dateline.place.partition(", ")
        offset = start
        for part in city.split("/"):
            mentions.append(_Mention(part.title(), (offset, offset + len(part)), part,
                                     _DATELINE, qualifier=region or None))
            offset += len(part) + 1
        if region:
            offset = start + len(city) + 2
            mentions.append(_Mention(region, (offset, offset + len(region)), region, _DATELINE))
    return mentions


def _country_context(analysis: Analysis, gazetteer: Gazetteer, context: _Context) -> None:
    """Demonyms ("Afghan"), the countries named and the places whose every sense of 5,000
    people or more lies in one country ("Karnataka"; "England", whatever hamlet in Arkansas
    shares the name) count before any name is weighed."""
    for token in analysis.doc:
        word, _, suffix = token.text.rpartition("-")
        if word and suffix in MODIFIER_SUFFIXES:
            # "U.S.-led" as one token: the tokenizer keeps the country inside the modifier.
            country = _country_of(word, gazetteer) or gazetteer.demonym(word)
            span = (token.idx, token.idx + len(word))
        else:
            # The "American" of "North American" or "Latin American" is no country's.
            before = token.nbor(-1) if token.i > 0 else None
            continental = before is not None and before.is_alpha and before.is_title and (
                _is_direction(before.text) or before.lower_ == "latin")
            country = gazetteer.demonym(token.text) if token.text[:1].isupper() \
                and not continental else None
            # "the Afghans" are people; "Afghan forces", "the Afghan" refer to the country;
            # the "American" of "Central American" to none.
            span = (token.idx, token.idx + len(token)) if country and token.tag_ not in (
                "NNS", "NNPS") and not _inside_other_people(token, gazetteer) else None
        if country:
            context.countries[country] += 1
            if span:
                context.references.append((span, country))
    for ent in analysis.doc.ents:
        if ent.label_ not in PLACE_LABELS:
            continue
        name = clean_name(ent.text)
        country = _country_of(name, gazetteer)
        if not country and not _is_direction(name) and ent.label_ != "FAC":
            # Only a region or a city of 100,000 people: the gazetteer lacks seas, and many a
            # small town or province of the same name ("Atlantic", Iowa; "Gulf", Papua New
            # Guinea) would make its own context; nor a compass word ("the South" is no
            # province of Cameroon), nor a facility's name ("the Vienna Metro" is not in
            # Metro, Indonesia).
            senses = _own_senses(name, gazetteer)
            countries = {e.country for e in senses if e.population >= MIN_CITY_POPULATION}
            if len(countries) == 1 and any(e.population >= _PROMOTION_POPULATION
                                           for e in senses):
                country = countries.pop()
        if country:
            context.countries[country] += 1


def _inside_other_people(token: Token, gazetteer: Gazetteer) -> bool:
    """A demonym inside a longer name of a people that is no demonym of its own: "the
    Afghan Taliban", "Turkish Cypriots", but not "anti-Russian" or "ex-Russian"."""
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None) \
        if token.ent_type_ == "NORP" else None
    return ent is not None and len(ent) > 1 and gazetteer.demonym(ent.text) is None and any(
        not (t.is_punct or t.is_lower) for t in ent if t.i != token.i)


def _entity_mentions(analysis: Analysis, gazetteer: Gazetteer, context: _Context,
                     place_names: set[str], datelines: list[Span]) -> list[_Mention]:
    """spaCy's place entities, and names under other labels that are places after all."""
    doc, body = analysis.doc, analysis.body
    person_words = _person_words(doc)
    # Not the surname of a person named in full that the model also tags a place: "Ava
    # DuVernay", then "DuVernay" now a place, now an organisation, puts no town of Duvernay
    # on the map.
    surnames = person_surnames(doc)
    # Nor a name the model calls a person more often than a place, unless a town of the
    # article's countries has it: "Obama", once a GPE among six people, is no town in Japan;
    # "Ferguson, Missouri" is Ferguson, whatever the model says elsewhere.
    labels = Counter((fold(clean_name(e.text)), e.label_ == "PERSON") for e in doc.ents
                     if e.label_ in PLACE_LABELS or e.label_ == "PERSON")
    place_names |= {fold(name) for e in doc.ents if e.label_ in PLACE_LABELS
                    and not _a_relative(e)
                    and (((name := clean_name(e.text)) not in surnames
                          and (labels[fold(name), True] <= labels[fold(name), False]
                               or any(context.countries[sense.country or ""]
                                      for sense in gazetteer.lookup(name))))
                         or _country_of(name, gazetteer))}
    short_names = _organisation_short_names(doc)
    mentions: list[_Mention] = []
    joined = [(start, end) for start, end in _split_names(analysis, gazetteer)
              if (block := analysis.block_of(start)) and block.kind not in (ASIDE, CREDIT)]
    for start, end in joined:
        mentions.append(_Mention(body[start:end], (start, end), body[start:end], "GPE"))
        country = _country_of(body[start:end], gazetteer)
        if country:
            context.countries[country] += 1
    for ent in doc.ents:
        block = analysis.block_of(ent.start_char)
        if (block is None or block.kind in (ASIDE, CREDIT)
                or any(start <= ent.start_char < end for start, end in datelines)
                or _overlaps(ent.start_char, ent.end_char, joined)
                or (ent.label_ not in PLACE_LABELS | _OTHER_LABELS
                    and not (ent.label_ in _WHERE_LABELS and (_after_in(ent) or _listed(ent))))):
            continue
        name = clean_name(ent.text)
        if not name or not name[0].isalnum() or _cut_from_a_word(body, ent.start_char):
            continue
        if name.islower():
            continue  # "Ferguson's metro city neighbor": common nouns, whatever the model says
        if _a_relative(ent):
            continue  # "girlfriend Olivia", "his wife, Melania,": a person, whatever the model says
        if _given_name(ent) and _kind_word(name, gazetteer)[0] is None:
            continue  # "the street was later called Lafayette": the street, not the city
        if fold(name) in short_names and not any(
                e.kind in (COUNTRY, CONTINENT) for e in gazetteer.lookup(name, codes=True)[:1]):
            continue  # "The Ministry of Defence (MoD)", not "the European Union (EU)"
        if gazetteer.demonym(name) and not _own_senses(name, gazetteer):
            continue  # "Ukrainian": an adjective, counted as the country's reference
        first = ent.start_char + locate(ent.text, name)[0]
        for offset, part in _parts(name, gazetteer):
            mentions += _entity_mention(analysis, gazetteer, context, ent, part,
                                        first + offset, place_names, person_words, surnames)
    return mentions


def _indefinite(mention: _Mention, doc: Doc) -> bool:
    """Whether the name takes "a" or "an" right before it ("as a Latina"; not "a New York
    man", whose article is the man's, nor "a Hampstead, New Hampshire, coffee shop")."""
    words = doc.char_span(*mention.span, alignment_mode="expand")
    if words is None or words.start == 0 or (words.end < len(doc) and doc[words.end].text == ","):
        return False
    before = doc[words.start - 1]
    return before.lower_ in ("a", "an") and before.dep_ == "det" and before.head.i in range(
        words.start, words.end)


def _a_relative(name: DocSpan) -> bool:
    """Whether a name is a person's by the noun of kin or office beside it."""
    return next_to_person_noun(name) or _set_beside_a_relative(name)


def _set_beside_a_relative(name: DocSpan) -> bool:
    """ "His wife, Melania, delivered a speech": a name in apposition to a noun that says who
    a person is ("wife", "sons", "spokesman": the nouns that give a person's gender), or
    after it ("daughters North"), and every name listed with it ("his two sons, Lachlan, 44,
    and James", "daughters North and Chicago"); but not a place listed after such a noun
    ("the king and Jordan")."""
    first = name.root
    while (first.dep_ == "conj" and first.head.i < first.i
           and first.head.pos_ in ("PROPN", "NOUN")):
        first = first.head
    if (first.i != name.root.i and _relative_noun(first) and first.tag_ == "NNS"
            and first.i + 1 < len(first.doc) and first.doc[first.i + 1].text == ","):
        return True  # "two daughters, Elizabeth and Carol", parsed as one list
    head, before = first.head, first.doc[first.i - 1] if first.i else None
    return ((first.dep_ == "appos" and head.i < first.i and _relative_noun(head))
            or (before is not None and before.dep_ == "compound" and before.head.i == first.i
                and _relative_noun(before)))


def _relative_noun(token: Token) -> bool:
    return token.is_lower and token.lemma_ in GENDERED_NOUNS


def _organisation_short_names(doc: Doc) -> set[str]:
    """Short names an organisation's name defines in brackets: "The Ministry of Defence
    (MoD)", which the model may later call a place."""
    return {fold(short) for i in range(1, len(doc))
            if doc[i - 1].ent_type_ == "ORG" and (short := bracketed_short_name(doc, i))}


def _entity_mention(analysis: Analysis, gazetteer: Gazetteer, context: _Context,
                    ent: DocSpan, name: str, start: int, place_names: set[str],
                    person_words: set[str], surnames: set[str]) -> list[_Mention]:
    """The mention (and the region a direction widens it to) of one name of an entity."""
    body = analysis.body
    end = start + len(name)
    countries = context.countries + context.resolved
    suffix = _modifier_suffix(body, end)
    if suffix:
        # "U.S.-led": an adjective, so the country is context, not a place mentioned;
        # but a "Calgary-based" firm is in Calgary.
        country = _country_of(name, gazetteer)
        if country:
            context.countries[country] += 1
            context.references.append(((start, end), country))
        if country or suffix not in LOCATING_SUFFIXES:
            return []
    if (body[max(0, start - 4):start].lower() == "the " and "." not in name
            and _state_code(name, gazetteer)):
        # "The VA hotline" is Veterans Affairs': a state's bare code takes no article (but
        # "the D.C. Council" is the District's).
        return []
    kind, core = _kind_word(name, gazetteer, context.countries)
    if kind and _describes_next_name(analysis, gazetteer, name, (start, end)):
        return []
    # "the town of Marea", which the model calls an organisation and the gazetteer lacks:
    # the text says what it is (a known name is taken as any name after "in" is).
    town_of = kind is None and ent.label_ not in PLACE_LABELS and _town_of(ent)
    label = "GPE" if town_of and not gazetteer.lookup(name) else ent.label_
    if label == "ORG" and _country_initials(ent, body, start, name, countries, gazetteer):
        label = "GPE"  # "the UAE", which the model calls an organisation
    if label == "LOC" and kind is None and re.match(r"\s+area\b", body[end:end + 8]) and any(
            e.kind == CITY and fold(e.name) == fold(name) for e in gazetteer.lookup(name)):
        # "the Fredericton area" is around a town, however small, whatever the model says.
        label = "GPE"
    if label in PLACE_LABELS:
        if name in surnames and (
                (ent.root.dep_ == "nsubj" and ent.root.head.lemma_ in SPEECH_VERBS)
                or not any(e.kind in (COUNTRY, REGION)
                           for e in gazetteer.lookup(name, codes=True))):
            # "Rep. Steve Israel … Israel said": him, not the country; "Chrystia Freeland …
            # Freeland, U.S. Trade Representative Robert Lighthizer and …": her, not
            # Collegeville, Pennsylvania, once called Freeland.
            return []
        if _opens_a_name(ent) and not _country_of(name, gazetteer) and not any(
                e.label_ in PLACE_LABELS and e.start != ent.start and not _opens_a_name(e)
                and fold(clean_name(e.text)) == fold(name) for e in ent.doc.ents):
            # "Cambridge Analytica", the model's place and organisation cut apart: like any
            # place in a firm's name, a place only if the story names it as one elsewhere.
            return []
        # "Murad" tagged GPE in "Murad Ali Murad told…": a word of a person's name; but
        # not "US", which a misread byline ("By: Henry Lazenby US-based …") put in one.
        if name in person_words and not any(
                e.kind in (COUNTRY, REGION) or context.countries[e.country or ""]
                for e in gazetteer.lookup(name, codes=True)):
            return []
    elif kind != FACILITY:
        # "Warren", tagged an organisation after "Elizabeth Warren": her, not the city in
        # Michigan.
        if _speaks(ent, name, gazetteer) or (name in surnames
                                             and not _country_of(name, gazetteer)):
            return []
        towns = _after_in(ent) or _listed(ent) or town_of
        best = gazetteer.lookup(name, codes=True)[:1]
        if (ent.label_ == "PERSON" and not towns and fold(name) not in place_names
                and not _placed(ent, body) and not _after_a_comma(ent)
                and not any(countries[e.country or ""] or e.kind != CITY for e in best)):
            # "The Bush administration", "the Bush tax cuts": a name the model calls a
            # person is no town abroad (Bush, Egypt) unless the story goes there or places
            # it ("militias from Misrata", "the Federal University of Technology, Owerri");
            # "Burma", a country by another name, stays one. A village at home does not
            # make "helped by George" George, South Africa: the likeliest sense decides.
            context.abroad.append(name)
            return []
        if not _promotable(name, place_names, countries, gazetteer, towns=towns):
            context.declined.append((name, towns))  # the second reading may take it
            return []
    elif kind == FACILITY and ent.label_ == "PERSON" and _persons_name(
            name, surnames, place_names, countries, gazetteer) \
            and name.split()[-1].lower() not in UNNAMED_STREET_WORDS:
        return []  # "Shirley Temple", "Mayor John Street", but not "Dubonet Drive"
    # "the Duma" names a body, not a town; in "the Samos hotspot" the article is the noun's.
    the = (body[max(0, start - 4):start].lower() == "the "
           and ent.root.dep_ not in ("compound", "amod", "nmod", "poss"))
    mention = _Mention(name, (start, end), core, label, kind, the=the)
    region = _widen(mention, analysis, gazetteer)
    return [mention, region] if region else [mention]


def _persons_name(name: str, surnames: set[str], place_names: set[str],
                  countries: Counter[str], gazetteer: Gazetteer) -> bool:
    """Whether a name the model calls a person and that ends in a building's kind word is a
    given name and a surname ("Shirley Temple", "Sen. Frank Church"): not a building named
    after a surname ("Trump Tower"), a full name ("Karl Bremer Hospital") or a place
    ("Bikoro Hospital")."""
    words = name.split()
    if len(words) != 2:
        return False
    first = words[0].removesuffix("'s").removesuffix("’s")
    return first not in surnames and not _promotable(first, place_names, countries, gazetteer)


def _describes_next_name(analysis: Analysis, gazetteer: Gazetteer, name: str,
                         span: Span) -> bool:
    """Whether a name ending in a lower-case kind word only describes the place named next:
    "the northern Kazakh city of Aktogay", "the nearest Kazakh city, Almaty," (GeoNames
    calls Petropavl "Kazakh" too); but "Kunduz city, Afghanistan", "the Asia-Pacific region,
    Adm. Harris" and "in Torkula village of Guma" are places."""
    body = analysis.body
    start, end = span
    if not name.split()[-1].islower() or not re.search(
            r"\b(?:the|a|an)\s+(?:[a-z]+\s+)?$", body[max(0, start - 30):start], re.IGNORECASE):
        return False
    named = re.match(r" of (?:the )?[A-Z]|, ([A-Z][\w.' -]+?),", body[end:])
    if named is None or named[1] is None:
        return named is not None
    first = analysis.doc.char_span(end + 2, end + 2 + len(named[1]), alignment_mode="expand")
    return (first is not None and first[0].ent_type_ in ("GPE", "LOC")
            and not _country_of(named[1], gazetteer))


def _parts(name: str, gazetteer: Gazetteer) -> list[tuple[int, str]]:
    """The names in one entity the model ran together, each with its offset: "Thruxton,
    Hampshire" and "Donington Park, Leicestershire" end in a region that says where the
    first name is, "Greece Italy" is two countries; a name the gazetteer knows stays whole."""
    if gazetteer.lookup(name, codes=True):
        return [(0, name)]
    head, comma, tail = name.rpartition(", ")
    if comma and head and any(e.kind in (COUNTRY, REGION, CITY)
                              for e in _own_senses(tail, gazetteer)):
        return [(0, head), (len(head) + len(comma), tail)]
    words = name.split(" ")
    for cut in range(1, len(words)):
        left, right = " ".join(words[:cut]), " ".join(words[cut:])
        if all(any(e.kind == COUNTRY for e in _own_senses(half, gazetteer))
               for half in (left, right)):
            return [(0, left), (len(left) + 1, right)]
    # "the United States-Mexico border", "U.S.-China talks": two countries joined by a dash.
    joined = re.fullmatch(r"(.+?[^\s])([-–—])([^\s].*)", name)
    if joined and all(_country_of(half, gazetteer) for half in (joined[1], joined[3])):
        return [(0, joined[1]), (joined.start(3), joined[3])]
    return [(0, name)]


def _own_senses(name: str, gazetteer: Gazetteer) -> list[Entry]:
    """The entries known by this very name (not by an alternate spelling or a code)."""
    return [e for e in gazetteer.lookup(name) if fold(e.name) == fold(name)]


def _person_words(doc: Doc) -> set[str]:
    """Every word of every person's name."""
    return {t.text for ent in doc.ents if ent.label_ == "PERSON" for t in ent}


def _cut_from_name(mention: _Mention, doc: Doc) -> bool:
    """Whether a one-word name is cut from a longer one the model tags otherwise: it runs
    into a date ("Super Tuesday", "Black Friday") or ends a person's name ("Ursula von der"
    + "Leyen")."""
    words = doc.char_span(*mention.span, alignment_mode="expand")
    if words is None or len(words) != 1:
        return False
    after = doc[words.end] if words.end < len(doc) and words[-1].whitespace_ else None
    before = doc[words.start - 1] if words.start and doc[words.start - 1].whitespace_ else None
    return ((after is not None and after.ent_type_ == "DATE" and after.is_title)
            or (before is not None and before.ent_type_ == "PERSON"))


def _cut_from_a_word(body: str, start: int) -> bool:
    """Whether a name starts inside a word: "golÃ" of "SÃ©golÃ ̈ne Royal", UTF-8 read as
    Latin-1, which folds to a town's name ("Ciudad JuÃ¡rez", whole, is still Juárez)."""
    before = body[start - 1] if start > 0 else " "
    return before.isalnum() or ("\u0080" <= before <= "\u00ff" and not before.isspace())


def _split_names(analysis: Analysis, gazetteer: Gazetteer) -> list[Span]:
    """Place names the model cuts in two: a country whose name joins two ("Trinidad and
    Tobago", "Bosnia and Herzegovina"), cut at the "and" or read as a person in part; and
    two names side by side, one tagged a place, that together are a place's own name
    ("Boa" and "Vista": Boa Vista, not a town in Congo and one in California); and a place
    with the untagged words after it that complete its name ("U.S." of "U.S. Virgin
    Islands")."""
    body = analysis.body
    spans = [m.span() for m in _joined_country_names().finditer(body)]
    for first, second in pairwise(analysis.doc.ents):
        start, end = first.start_char, second.end_char
        if (second.start == first.end and {first.label_, second.label_} & PLACE_LABELS
                and clean_name(first.text) == first.text
                and not _overlaps(start, end, spans)
                and _own_senses(body[start:end], gazetteer)):
            spans.append((start, end))
    doc = analysis.doc
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS:
            continue
        # "U.S." tagged alone in "the U.S. Virgin Islands", "Guinea" in "Guinea-Bissau": the
        # words after it complete it.
        words = 0
        while (words < 3 and ent.end + words < len(doc)
               and doc[ent.end + words].ent_iob_ == "O"
               and (doc[ent.end + words].is_title or _joining_dash(doc[ent.end + words]))):
            words += 1
        for stop in range(ent.end + words, ent.end, -1):
            start, end = ent.start_char, doc[stop - 1].idx + len(doc[stop - 1])
            if _joining_dash(doc[stop - 1]):
                continue  # "London-based": the name ends before its dash
            if not _overlaps(start, end, spans) and _own_senses(body[start:end], gazetteer):
                spans.append((start, end))
                break
    return spans


def _joining_dash(token: Token) -> bool:
    """A hyphen with no space either side ("Guinea-Bissau")."""
    return (token.text == "-" and token.i > 0 and not token.nbor(-1).whitespace_
            and not token.whitespace_)


def _embedded_mentions(analysis: Analysis, gazetteer: Gazetteer, place_names: set[str],
                       taken: list[Span], countries: Counter[str]) -> list[_Mention]:
    """Places named inside the name of an organisation, an event, a law or a work: a country or
    a group of countries always ("the U.S. Open", "EU Aviation Strategy"); a city or a region
    when the article names it as a place elsewhere, or when the organisation is its police,
    fire service, council or court (`_serves`), so "The Washington Post" alone puts no
    Washington on the map, but "Peel Regional Police" puts Peel."""
    # "the Kennedy Court" after "Anthony Kennedy" is his, not a court of a town Kennedy.
    surnames = person_surnames(analysis.doc)
    mentions: list[_Mention] = []
    for ent in analysis.doc.ents:
        if (ent.label_ not in _HOST_LABELS or _overlaps(ent.start_char, ent.end_char, taken)
                or not analysis.in_paragraph(ent.start_char)):
            continue
        i = ent.start
        while i < ent.end:
            for j in range(min(ent.end, i + 4), i, -1):
                words = analysis.doc[i:j]
                name = words.text
                if j - i == len(ent) or not name[:1].isupper() or words[-1].is_punct:
                    continue
                if _is_modifier(analysis.body, words.end_char):
                    continue
                entries = [e for e in gazetteer.lookup(name) if fold(e.name) == fold(name)
                           or e.kind in (COUNTRY, CONTINENT)]
                code = gazetteer.abbreviation(name)
                if code and (code.kind == CONTINENT or (code.kind == COUNTRY and (
                        "." in name or countries[code.country or ""]))):
                    # "the U.S. Trade Representative", "EU Aviation Strategy"; "US" without
                    # dots only in an article about the United States.
                    label = "ABBR"
                elif entries and (fold(name) in place_names
                                  or (entries[0].kind in (COUNTRY, CONTINENT)
                                      # "Georgia Institute of Technology" in a story
                                      # about the United States is the state's.
                                      and not any(countries[c] for c in
                                                  _province_of(name, gazetteer)))
                                  or (_serves(analysis.doc[j:min(j + 3, ent.end)])
                                      and name not in surnames
                                      and _promotable(name, place_names, countries,
                                                      gazetteer, towns=True))):
                    label = "EMBEDDED"
                elif not any(w.is_lower for w in words) and any(
                        fold(e.name) == fold(name) for e in entries):
                    # "the New Jersey Generals", "the Staten Island Zoo": named after a
                    # place whose words are no places of their own (the island of Jersey,
                    # Iceland by its alias "Island"); but the "University of Texas" that
                    # GeoNames lists as a town is the state's.
                    i = j - 1
                    break
                else:
                    continue
                mentions.append(_Mention(name, (words.start_char, words.end_char), name,
                                         label))
                i = j - 1
                break
            i += 1
    return mentions


def _serves(words: DocSpan) -> bool:
    """Whether the words after a place's name in an organisation's make it the place's own
    police, fire service, council, court or government ("Peel Regional Police", "The Boise
    Fire Department"), which works where the story happens, unlike a newspaper or a team
    named after a place. A national or federal body is no town's: "the White House
    National Security Council" is not White House, Tennessee's (but a state's National Guard
    is the state's)."""
    for word in words:
        if word.lower_ in ("national", "federal") and not (
                word.i + 1 < len(word.doc) and word.nbor().lower_ == "guard"):
            return False
        if word.lower_ in PUBLIC_SERVICES:
            return True
    return False


def _untagged_mentions(analysis: Analysis, gazetteer: Gazetteer, context: _Context,
                       place_names: set[str], taken: list[Span]) -> list[_Mention]:
    """Proper nouns the model left without an entity that the gazetteer knows as a country,
    a city of 100,000, a region or town of the article's countries, or a place named
    elsewhere."""
    doc = analysis.doc
    person_words = _person_words(doc)
    untagged = _timeless(doc)
    mentions: list[_Mention] = []
    i = 0
    while i < len(doc):
        token = doc[i]
        if (token.ent_iob_ != "O" and token.i not in untagged) or token.tag_ not in (
                "NNP", "NNPS") or not token.is_title:
            i += 1
            continue
        j = i
        while j < len(doc) and (doc[j].ent_iob_ == "O" or j in untagged) \
                and doc[j].tag_ in ("NNP", "NNPS") and doc[j].is_title:
            j += 1
        words = doc[i:j]
        name = words.text
        # "at the Center", "the Mall": a building or a body, not the town of that name.
        after_the = i > 0 and doc[i - 1].lower_ == "the" and fold(name) not in place_names
        # "People’s Republic of Korea", "the Chamber of Commerce": a piece of a longer name
        # is no town (Republic, Missouri; Commerce, California), though it may be a region.
        piece = (i > 1 and doc[i - 1].tag_ == "POS" and doc[i - 2].is_title) or (
            j + 1 < len(doc) and doc[j].lower_ == "of" and doc[j + 1].is_title) or (
            i > 1 and doc[i - 1].lower_ == "of" and doc[i - 2].is_title
            and doc[i - 2].ent_type_ != "PERSON")  # "the Mahlers of Bellmore" live there
        # "Justice Antonin Scalia", "Governor Cuomo": a title before a name, no place (but
        # "President of Kazakhstan Nursultan Nazarbayev" names a country).
        title = (j < len(doc) and doc[j].ent_type_ == "PERSON"
                 and not _country_of(name, gazetteer))
        # "Man, that was boring", "she told him, “Man, you are working it hard”": one word
        # opening a sentence or a quote before a comma is a word of address or an
        # exclamation, unless the article calls it a place elsewhere.
        opens = words[0].is_sent_start or (i > 0 and doc[i - 1].is_quote and (
            i == 1 or doc[i - 1].is_sent_start or bool(doc[i - 2].whitespace_)))
        address = (len(words) == 1 and opens and j < len(doc)
                   and doc[j].text == "," and fold(name) not in place_names)
        street = _second_street(analysis.body, words.start_char, words.end_char)
        if (analysis.in_paragraph(words.start_char) and len(words) <= 4 and not after_the
                and not title and not address and (street or not _given_name(words))
                and not _overlaps(words.start_char, words.end_char, taken)
                and not (set(name.split()) & person_words)
                and not _is_modifier(analysis.body, words.end_char)
                and (street or _promotable(name, place_names, context.countries, gazetteer,
                                           towns=not piece and _placed(words, analysis.body)))):
            mentions.append(_Mention(f"{name} {street.title()}" if street else name,
                                     (words.start_char, words.end_char), name, "UNTAGGED",
                                     KIND_WORDS[street] if street else None))
        i = j
    return mentions


def _known_or_placed(mentions: list[_Mention], hosts: dict[str, Entry],
                     analysis: Analysis) -> list[_Mention]:
    """Without the names the model calls a town or a country that no gazetteer knows, holds
    no place's name and no words place: "Bloomberg also reported", "Pfizer buying Allergan"
    are a firm's far more often than a village's. Words that place it once ("in Toomevara",
    "from Helmet", "the village of Nagrig", "Stanley Uzoaru, Owerri") or a "the" of its own
    ("the Soviet Union", "the former Soviet Union", "the Islamic Republic's exports"; not
    "the UConn women") keep the name everywhere in the story."""
    def unknown(m: _Mention) -> bool:
        return (m.label == "GPE" and m.entry is None and m.kind is None
                and fold(m.name) not in hosts)

    placed = {fold(m.name) for m in mentions if unknown(m) and _placed_at(m, analysis)}
    return [m for m in mentions if not unknown(m) or fold(m.name) in placed]


def _placed_at(mention: _Mention, analysis: Analysis) -> bool:
    words = analysis.doc.char_span(*mention.span, alignment_mode="expand")
    return words is not None and (
        _placed(words, analysis.body) or _after_a_comma(words) or _town_of(words)
        or any(child.dep_ == "det" and child.lower_ == "the" for child in words.root.children))


def _placed(words: DocSpan, body: str) -> bool:
    """ "in Ossett", "from Centreville", "Brick, N.J.", "the Mahlers of Bellmore", "Fig Leaf
    Boutique (Maywood)": words that put a name the model left untagged, or called a person,
    where a town stands, rather than at a sentence's start ("Union leaders"), in a title
    ("Took Everyone By Surprise") or in a name ("the Paley Center for Media")."""
    doc = words.doc
    if re.match(r", [A-Z]", body[words.end_char:words.end_char + 3]):
        return True
    if words.start == 0:
        return False
    before = doc[words.start - 1]
    after = doc[words.end] if words.end < len(doc) else None
    return (before.lower_ in _PLACING_WORDS
            or (before.lower_ == "of" and words.start >= 2
                and doc[words.start - 2].ent_type_ == "PERSON")
            or (before.text == "(" and after is not None and after.text == ")"))


def _timeless(doc: Doc) -> set[int]:
    """Tokens of the model's dates and times that hold no temporal expression: "in Manbij
    near the Turkish border" had been a date, so never a place."""
    return {token.i for ent in doc.ents if ent.label_ in ("DATE", "TIME")
            and not candidates(ent.text) for token in ent}


def _road_numbers(analysis: Analysis, taken: list[Span]) -> list[_Mention]:
    """ "The A417 from Air Balloon roundabout", "via the A436, A40 and A429": roads by Great
    Britain's numbers, for a story with a place in Britain. A road has no point of its own
    here; like a street it lies in the story's town."""
    doc, mentions = analysis.doc, []
    matches = list(_ROADS.finditer(analysis.body))
    # A story about a road says so in a road's words ("roundabout", "lorry"); one about an
    # Airbus or a rifle ("the A380", "the M16") does not.
    if not matches or not _ROAD_STORY.search(analysis.body):
        return []
    sentences = [(s.start, s.end) for s in doc.sents]
    by_road = {start for start, end in sentences
               if any(t.lower_ in ROAD_NOUNS for t in doc[start:end])}
    for match in matches:
        # On a road by its preposition or by the words of its sentence.
        the = doc.char_span(match.start(), match.start() + 3)
        if the is None:
            continue
        before = doc[the.start - 1].lower_ if the.start > 0 else ""
        sentence = sentences[bisect_right(sentences, (the.start, len(doc))) - 1][0]
        if before not in ROAD_PREPOSITIONS and sentence not in by_road:
            continue
        for code in _ROAD_NUMBER.finditer(analysis.body, match.start(1), match.end()):
            following = _token_after(doc, *code.span())
            if following is not None and following.is_lower and following.pos_ in (
                    "NOUN", "PROPN", "NUM") and following.lower_ not in ROAD_NOUNS \
                    and not following.lower_.endswith("ing"):
                break  # "the M16 rifle": a thing's number (but "the A417 heading south")
            if analysis.in_paragraph(code.start()) and not _overlaps(*code.span(), taken):
                mentions.append(_Mention(code[0], code.span(), code[0], "FAC", FACILITY))
    return mentions


def _party_states(analysis: Analysis, gazetteer: Gazetteer, taken: list[Span]
                  ) -> list[_Mention]:
    """ "Rep. Paul Ryan (R-Wis.)", "Sen. Bernie Sanders (Vt.)": the state a member of Congress
    sits for, whatever the model calls it."""
    mentions = []
    for match in _PARTY_STATE.finditer(analysis.body):
        start = match.start(2)
        written = match[2]
        if not match["party"]:
            # Without a party, only a state's code right after a person's name.
            before = analysis.doc.char_span(match.start(), match.start() + 1)
            if (before is None or before.start == 0 or written[-1] != "."
                    or analysis.doc[before.start - 1].ent_type_ != "PERSON"):
                continue
        code = next((c for c in (written, written.removesuffix(".")) if gazetteer.abbreviation(c)),
                    None)
        name = code or written
        if code is None and not any(e.id.startswith("iso3166-2:US-") and fold(e.name) == fold(name)
                                    for e in gazetteer.lookup(name)):
            continue
        span = (start, start + len(name))
        if analysis.in_paragraph(start) and not _overlaps(*span, taken):
            mentions.append(_Mention(name, span, name, "ABBR" if code else "GPE",
                                     qualifier="US"))
    return mentions


def _after_in(name: DocSpan) -> bool:
    """ "in Dewsbury", "near Castlegar", "moved to Thornhill": a name right after "in", "near"
    or the "to" of going somewhere, with no article, is where something is, even when the
    model calls it a person or an organisation ("in the White House" names a building)."""
    if name.start == 0 or name[0].lower_ == "the":
        return False
    before = name.doc[name.start - 1]
    # Only a motion's "to": "a letter to Clinton" names a person.
    return before.lower_ in ("in", "near") or (
        before.lower_ in ("to", "into") and before.head.lemma_.lower() in MOTION_WORDS)


def _is_paper(mention: _Mention) -> bool:
    """ "reported by the Miami Herald": a newspaper the gazetteer does not know as a place."""
    words = mention.name.lower().split()
    return (mention.entry is None and len(words) > 1
            and (words[-1] in PAPER_WORDS or " ".join(words[-2:]) in PAPER_WORDS))


def _given_name(name: DocSpan) -> bool:
    """Whether the words are a name given to something other than a town: "the street was
    later called Lafayette and then Almonaster", "a park known as Washington Square" (but "a
    town called Paris" is a town so named)."""
    root = name.root
    while root.dep_ == "conj" and root.head.i < root.i and root.head.pos_ != "VERB":
        root = root.head  # "called Lafayette and Almonaster"
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ == "as" and verb.head.lemma_ == "know":
        verb = verb.head
    elif not (verb.lemma_ in _NAMING_VERBS and verb.pos_ == "VERB" and (
            # "called Lafayette and then Almonaster", read as two verbs
            root.dep_ in ("oprd", "conj")
            # Passive, the name is the object: "was called Lafayette"; active, it is the
            # second ("they called the street Lafayette"): "called Mexico" alone is Mexico.
            or (root.dep_ in ("dobj", "attr") and (
                any(c.dep_ == "nsubjpass" for c in verb.children) or verb.dep_ == "acl"
                or any(c.dep_ == "dobj" and c.i < root.i for c in verb.children))))):
        return False
    named = verb.head if verb.dep_ == "acl" else next(
        (c for c in verb.children if c.dep_ in ("nsubjpass", "dobj") and c.i != root.i),
        None)
    return named is None or named.lemma_.lower() not in _TOWN_NOUNS


def _opens_a_name(name: DocSpan) -> bool:
    """Whether a place's name is the first word of a longer name the model left untagged:
    "Cambridge Analytica" (but not "Kunduz Province": a kind word says what the place is; nor
    "California Governor Jerry Brown": its governor, mayor, police or council is the
    place's)."""
    doc = name.doc
    if name.end >= len(doc):
        return False
    after = doc[name.end]
    # "in Maiduguri Borno State": a town run into its province, no firm.
    province = (name.end + 1 < len(doc) and KIND_WORDS.get(doc[name.end + 1].lower_) == REGION
                and (name.end + 2 == len(doc) or not doc[name.end + 2].is_title))
    return (after.pos_ == "PROPN" and after.is_title and after.ent_type_ in ("", "ORG")
            and after.lower_ not in KIND_WORDS and after.lower_ not in PUBLIC_SERVICES
            and not province and name.root.dep_ == "compound"
            and name.root.head.i >= name.end)


def _after_a_comma(name: DocSpan) -> bool:
    """ "Stanley Uzoaru, Owerri", "the Federal University of Technology, Owerri (FUTO)": a
    name set after another and a comma, where an address or a byline puts the town."""
    return (name.root.dep_ == "appos" and name.start > 0
            and name.doc[name.start - 1].text == ",")


def _state_code(name: str, gazetteer: Gazetteer) -> bool:
    """Whether a name is only a province's code ("VA", "Va."), no town's, nor a country's
    but a small one's (`_minor_code`: the Vatican's "VA")."""
    senses = [] if gazetteer.lookup(name) else gazetteer.lookup(name, codes=True)
    return any(e.kind == REGION for e in senses) and all(
        e.kind == REGION or _minor_code(name, e, gazetteer) for e in senses)


def _town_of(name: DocSpan) -> bool:
    """ "the town of Marea", "the village of Torkula": a name a town's kind noun and "of"
    come before."""
    return name.start >= 2 and name.doc[name.start - 1].lower_ == "of" and name.doc[
        name.start - 2].lower_ in _TOWN_NOUNS


def _listed(name: DocSpan) -> bool:
    """ "Hilversum and Almelo", "Žilina, Nitra, Prešov and Košice": a name in a list with a
    name the model calls a place is a place too, whatever the model calls it."""
    root = name.root
    linked = [root.head] if root.dep_ == "conj" else []
    linked += [t for t in root.children if t.dep_ == "conj"]
    return any(t.ent_type_ in PLACE_LABELS and not name.start <= t.i < name.end
               for t in linked)


def _speaks(name: DocSpan, part: str, gazetteer: Gazetteer) -> bool:
    """ "Warren said", tagged a person, or "Toyota said", tagged an organisation: someone or
    a firm, whatever town shares the name (though "the University of California, Berkeley"
    is in Berkeley); a country or a state speaks through its government ("Tamil Nadu
    said")."""
    root = name.root
    return ((name.label_ == "PERSON" or (name.label_ == "ORG" and part == clean_name(name.text)))
            and root.dep_ == "nsubj"
            and root.head.lemma_ in SPEECH_VERBS
            and not any((e.kind == COUNTRY or e.id.startswith("iso3166-2:"))
                        and fold(e.name) == fold(name.text)
                        for e in gazetteer.lookup(name.text)))


def _overlaps(start: int, end: int, spans: list[Span]) -> bool:
    return any(start < b and a < end for a, b in spans)


def _modifier_suffix(body: str, end: int) -> str | None:
    """The suffix that makes the name ending here an adjective: "led" of "U.S.-led"."""
    match = re.match(r"-([a-z]+)", body[end:end + 20])
    return match[1] if match and match[1] in MODIFIER_SUFFIXES else None


def _is_modifier(body: str, end: int) -> bool:
    return _modifier_suffix(body, end) is not None


def _is_group_code(name: str, gazetteer: Gazetteer) -> bool:
    """ "EU": the code of a group of countries is no common acronym, so it names the group
    whatever label spaCy gives it (mostly ORG)."""
    entry = gazetteer.abbreviation(name)
    return entry is not None and entry.kind == CONTINENT


def _promotable(name: str, place_names: set[str], countries: Counter[str],
                gazetteer: Gazetteer, towns: bool = False) -> bool:
    """Whether a name the model did not call a place is one: named as a place elsewhere, a
    country by any of its names, or known by that very name as a continent, a city of
    100,000, or a region of the article's countries; with `towns`, also a town of 5,000
    there (for untagged proper nouns, names right after "in" and names listed with places:
    elsewhere what the model calls a person or an organisation is "Nelson" or the "White
    House")."""
    if fold(name) in place_names or _is_group_code(name, gazetteer):
        return True
    # A region only in a country the article is about: many share their names with words or
    # bodies ("Centre" in Burkina Faso), but "Tamil Nadu" in a story about India is the state.
    # A country by any of its names: "DPRK", tagged an organisation, is North Korea.
    # A town may go by the first words of its name ("in Matias Romero, Oaxaca State" is
    # Matías Romero Avendaño), not by any other name ("Abo" is Turku).
    return any((fold(e.name) == fold(name) or e.kind in (COUNTRY, REGION)
                or (towns and fold(e.name).startswith(fold(name) + " ")))
               and (e.kind in (COUNTRY, CONTINENT)
                    or (e.kind == CITY and e.population >= _PROMOTION_POPULATION)
                    or (countries[e.country or ""] > 0 and (e.kind == REGION or (
                        towns and e.kind == CITY and e.population >= MIN_CITY_POPULATION))))
               for e in gazetteer.lookup(name))


def _second_street(body: str, start: int, end: int) -> str | None:
    """The street word of a name that is the second of two streets: "at the corner of State
    and Hubbard streets" is Hubbard Street, not Hubbard, Ohio."""
    following = re.match(r" ([a-z]+)s\b", body[end:end + 20])
    if following and following[1] in STREET_WORDS and body[max(0, start - 5):start].endswith(
            " and "):
        return following[1]
    return None


def _widen(mention: _Mention, analysis: Analysis, gazetteer: Gazetteer) -> _Mention | None:
    """Take in a following kind word ("Kunduz airport"); a direction before the name
    ("northern Afghanistan", "the north of Afghanistan") makes a region of its own."""
    body = analysis.body
    start, end = mention.span
    # Or a building's name the model cuts after a saint's: "St. Peter's Basilica".
    following = re.match(r" ([a-z]+)\b(?!-)", body[end:end + 20]) or re.match(
        r"(?:['’]s)? ([A-Z][a-z]+)\b", body[end:end + 20])
    if (mention.kind is None and following and following[1].lower() in KIND_WORDS
            and (following[1].islower() or KIND_WORDS[following[1].lower()] == FACILITY)
            and not _describes(mention.core, following[1].lower(), gazetteer)):
        mention.kind = KIND_WORDS[following[1].lower()]
        word = analysis.doc.char_span(end + 1, end + len(following[0]))
        if word is not None and word.root.dep_ in ("compound", "amod", "nmod") and (
                word.root.head.i > word.root.i):
            return None  # "the South Carolina state director": the state, named "South Carolina"
        mention.span = (start, end + len(following[0]))
        mention.name = f"{mention.name}{following[0]}"
        if _possessive(following[0].split()[0]):
            mention.core = mention.name  # a saint's, not a town's
        return None
    street = _second_street(body, start, end)
    if mention.kind is None and street:
        mention.kind = KIND_WORDS[street]
        mention.name = f"{mention.name} {street.title()}"
        return None
    if mention.kind is not None:
        return None
    before = body[max(0, start - 30):start]
    adjective = re.search(r"\b([a-z]+(?:-[a-z]+)?) $", before)
    if adjective and adjective[1] in DIRECTION_ADJECTIVES:
        name = f"{adjective[1]} {mention.name}"
        span = (start - len(adjective[0]), end)
        if any(fold(e.name) == fold(name) for e in gazetteer.lookup(name)):
            # "northern Europe" is the region so named, not a part of Europe.
            return _Mention(name, span, name, mention.label)
        return _Mention(name, span, mention.core, mention.label, REGION, part=True)
    # "the (once-quiet) north of Afghanistan" is a part of it; "25 miles south of Florence"
    # lies outside.
    noun = re.search(r"\b[Tt]he (?:[a-z]+-?[a-z]* )?(([a-z]+(?:-[a-z]+)?) of (?:the )?)$",
                     before)
    if noun and noun[2] in DIRECTIONS:
        return _Mention(f"{DIRECTIONS[noun[2]]} {mention.name}", (start - len(noun[1]), end),
                        mention.core, mention.label, REGION, part=True)
    return None


def _describes(name: str, kind_word: str, gazetteer: Gazetteer) -> bool:
    """Whether a name before a kind word only describes an unnamed place: "a U.S. city",
    "the U.S. state of" (a country's name), "his Florida resort" (a country's or province's
    before a facility such a name never names), "an Illinois town" (a province's before a
    town's noun, unless a town in that province has the name: "Kunduz city" is Kunduz, but
    "a small Virginia town" is not Virginia, Minnesota)."""
    if _country_of(name, gazetteer):
        return KIND_WORDS[kind_word] in (CITY, REGION) or kind_word in DESCRIBED_FACILITIES
    if KIND_WORDS[kind_word] == CITY:
        provinces = _provinces_named(name, gazetteer)
        return bool(provinces) and not any(
            e.kind == CITY and fold(e.name) == fold(name) and _in_province(e, provinces)
            for e in gazetteer.lookup(name))
    return kind_word in DESCRIBED_FACILITIES and bool(_province_of(name, gazetteer))


def _in_province(town: Entry, provinces: list[Entry]) -> bool:
    """Whether a town lies in one of these provinces: filed under its code, or, where the
    gazetteer files towns under another level of division ("ES-MD" for the province
    "ES-M"), within 150 km of its point in the same country."""
    return any(town.region == p.id.removeprefix("iso3166-2:") or (
        town.country == p.country and None not in (town.lat, p.lat)
        and distance_km(town.lat, town.lon, p.lat, p.lon) <= 150) for p in provinces)


def _qualify(mentions: list[_Mention], analysis: Analysis, gazetteer: Gazetteer) -> None:
    """`Richmond, Va.`, `Paris, Texas`: the name after the comma says where the first one is."""
    body = analysis.body
    for first, second in pairwise(mentions):
        if (first.qualifier is None and body[first.span[1]:second.span[0]] == ", "
                and not _is_premodifier(analysis, second.span)
                and not _two_countries(first, second, body, gazetteer)):
            first.qualifier = second.core
    known = {m.span for m in mentions}
    for mention in list(mentions):
        match = re.match(r", ([A-Z][A-Za-z.]{1,6})", body[mention.span[1]:mention.span[1] + 10])
        if mention.qualifier or not match:
            continue
        # "Va." keeps its dot; "Athens, GA." ends a sentence.
        code = next((c for c in (match[1], match[1].removesuffix("."))
                     if gazetteer.abbreviation(c)), None)
        span = (mention.span[1] + 2, mention.span[1] + 2 + len(code or ""))
        if code and span not in known:
            mention.qualifier = code
            mentions.append(_Mention(code, span, code, "ABBR"))
    for mention in list(mentions):
        region = _region_after(mention, body, gazetteer)
        if region is not None and region[1] not in known:
            mention.qualifier = region[0]
            mentions.append(_Mention(region[0], region[1], region[0], "ABBR"))
    for mention in mentions:
        # The code after a name the gazetteer lacks ("Estey's Bridge, N.B.") is in a
        # place's slot all the same.
        if (mention.label == "GPE" and "." in mention.core
                and gazetteer.abbreviation(mention.core) is not None
                and re.search(r"[A-Z][\w'’]*, $", body[max(0, mention.span[0] - 40):
                                                    mention.span[0]])):
            mention.label = "ABBR"
    mentions.sort(key=lambda m: m.span)
    # "Newtown, Connecticut" once, then "the Newtown massacre": the same Newtown. Not where
    # the name is also a province's or a great city's in the qualifier's country:
    # "Washington, Iowa" leaves "Republicans in Washington" in the capital, and "New York,
    # NY" in an address leaves "Mamaroneck, New York" in the state.
    written = {fold(m.core): m.qualifier for m in reversed(mentions)
               if m.qualifier and m.kind is None and not m.part}
    for mention in mentions:
        qualifier = written.get(fold(mention.core))
        if (qualifier and mention.qualifier is None and mention.kind is None
                and not mention.part and not _outshone(mention.core, qualifier, gazetteer)):
            mention.qualifier = qualifier


def _two_countries(first: _Mention, second: _Mention, body: str, gazetteer: Gazetteer) -> bool:
    """ "Leaders of China, Japan and South Korea", "together with Canada, Mexico should sue":
    two countries named one after the other, not the towns of China (Okinawa) and Cañada
    (Hidalgo). Unless the first is a province of the second ("Georgia, U.S."), or a place is
    put there and no list goes on: "protesters in Jordan, Hong Kong, on Sunday" and "the town
    of Mexico, Philippines" are a district and a town."""
    country = _country_of(second.core, gazetteer)
    if country is None or _country_of(first.core, gazetteer) is None or any(
            e.kind == REGION and e.country == country for e in gazetteer.lookup(first.core)):
        return False
    listed = re.match(r"(?:,| and| or) [A-Z]", body[second.span[1]:second.span[1] + 6])
    placed = _PLACED_BEFORE.search(body, max(0, first.span[0] - 16), first.span[0])
    return bool(listed) or not placed


def _region_after(mention: _Mention, body: str, gazetteer: Gazetteer
                  ) -> tuple[str, Span] | None:
    """The region named after a comma that holds a town of the mention's name, though the
    model tagged nothing there: "near New Quay, Ceredigion"."""
    match = re.match(r", ((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)\b(?! [A-Z])",
                     body[mention.span[1]:mention.span[1] + 50])
    if mention.qualifier or mention.kind is not None or mention.part or not match:
        return None
    towns = [e for e in gazetteer.lookup(mention.core)
             if e.kind == CITY and _spelled_alike(e.name, mention.core)]
    if not any(_qualified(towns, region, strict=True) for region in gazetteer.lookup(match[1])
               if region.kind == REGION and fold(region.name) == fold(match[1])):
        return None
    start = mention.span[1] + 2
    return match[1], (start, start + len(match[1]))


def _outshone(name: str, qualifier: str, gazetteer: Gazetteer) -> bool:
    """Whether a province or a city of half a million bears the name in the qualifier's
    country, which the name alone may well mean."""
    countries = {e.country for e in gazetteer.lookup(qualifier, codes=True)}
    return any(e.country in countries and (e.kind == REGION or (
        e.kind == CITY and e.population >= _GREAT_CITY)) for e in _own_senses(name, gazetteer))


def _is_premodifier(analysis: Analysis, span: Span) -> bool:
    """ "U.S." in "Kunduz, U.S. officials said": a modifier of what follows, no qualifier."""
    words = analysis.doc.char_span(*span, alignment_mode="expand")
    return words is not None and words.root.dep_ in ("compound", "amod", "nmod", "poss")


def _accepts(kind: str | None, entry: Entry, label: str = "", core: str = "",
             the: bool = False) -> bool:
    """Whether an entry can be what a kind word says: a "province" is no city. What spaCy
    calls a location rather than a GPE ("Atlantic") is no town of that name either (Atlantic,
    Iowa), but may be a large city known by that very name ("Cape Town"). A sea or a river
    is no town or region at all: the Pacific Ocean is not in Pacific, Washington."""
    if kind == REGION:
        return entry.kind in (REGION, COUNTRY, CONTINENT)
    if kind == WATER:
        return False
    if kind is None and label == "LOC" and entry.kind == CITY:
        return fold(entry.name) == fold(core) and entry.population >= _PROMOTION_POPULATION
    if kind is None and label in ("FAC", "ORG") and entry.kind == CITY:
        # A building's, a square's or a body's name is a town's only if it is the town's
        # own (GeoNames lists "Washington Square" for Franklin Square, New York), and "the
        # White House" or "the Vista employee" is no town at all (White House, Tennessee).
        return fold(entry.name) == fold(core) and not the
    if kind is None and label == "PERSON" and the and entry.kind == CITY:
        return False  # "an open letter to the Duma" is Russia's parliament, no Syrian town
    if kind == CITY:
        return entry.kind == CITY
    if kind == FACILITY and entry.kind == CITY:
        # A facility is in the town of its name's own ("Kunduz airport"), not in one that
        # GeoNames also calls so: "Washington Square Park" is not in Franklin Square.
        return _spelled_alike(entry.name, core)
    return True


def _qualified(candidates: list[Entry], qualifier: Entry | None, strict: bool = False,
               core: str = "") -> list[Entry]:
    """The candidates inside the qualifier; all of them when none is (or, `strict`, none).
    Of those inside, the towns written by their own name go first, and of them those the
    gazetteer puts in that very region: "Newtown, Connecticut" is neither Hartford nor
    Cambridge, Massachusetts (near Connecticut), both also called Newtown by GeoNames, nor
    Newtown, Pennsylvania."""
    if qualifier is None:
        return candidates
    code = qualifier.id.split(":")[1]
    inside = [c for c in candidates if c.id != qualifier.id and (
        (qualifier.kind == COUNTRY and c.country == qualifier.country)
        or (qualifier.kind == REGION and c.country == qualifier.country and (
            c.region == code
            or (c.lat is not None and qualifier.lat is not None and qualifier.lon is not None
                and distance_km(c.lat, c.lon or 0, qualifier.lat, qualifier.lon)
                <= _QUALIFIER_KM))))]
    if not inside:
        return inside if strict else candidates
    inside = [c for c in inside if _spelled_alike(c.name, core)] or inside
    return [c for c in inside if c.region == code] or inside


def _score(entry: Entry, mention: _Mention, context: _Context) -> float:
    if entry.kind == REGION:
        # Every region counts as a town of 100,000 with as many names as such a town
        # has, the more populous of two regions a little more: a county is not preferred to
        # the city it is named after. A region of over a million gains what its population
        # has beyond that: Ontario, the province of 14 million, outweighs the Californian
        # city of 171,000; Kunduz province (1 million) still yields to Kunduz city.
        score = (math.log10(_REGION_PRIOR) + math.log10(_REGION_NAMES + 1)
                 + math.log10(entry.population + 1) / 100
                 + max(0.0, math.log10(entry.population + 1) - 6.0))
    else:
        size = entry.population or (_REGION_PRIOR if entry.kind == CONTINENT else 1)
        # A city known the world over outweighs a larger context bonus: London, not London,
        # Ontario, in a story that names Canada.
        score = math.log10(size + 1) + math.log10(entry.names + 1)
    if entry.kind == COUNTRY:
        score += _COUNTRY_BONUS
    if entry.country and context.countries[entry.country]:
        score += _CONTEXT_BONUS
    if context.near(entry):
        score += _NEAR_BONUS
    if _spelled_alike(entry.name, mention.core):
        score += _EXACT_BONUS
    return score


def _spelled_alike(name: str, written: str) -> bool:
    """The same name, "Saint" and "St." alike: GeoNames calls the Russian city "Saint
    Petersburg" and the Floridian one "St. Petersburg"."""
    return _SAINT.sub("st", fold(name)) == _SAINT.sub("st", fold(written))


class _Resolver:
    """Chooses the gazetteer entry for each mention; one sense per name within an article."""

    def __init__(self, gazetteer: Gazetteer, context: _Context) -> None:
        self.gazetteer = gazetteer
        self.context = context
        self.senses: dict[tuple[str, str | None, str | None, bool], Entry | None] = {}

    def lookup(self, name: str, label: str) -> list[Entry]:
        # Written codes ("US", "U.S.", "Va.") only where spaCy or the layout says the text
        # names a place: "AI" or "P.A." elsewhere are not Anguilla and Panama.
        return self.gazetteer.lookup(name, codes=label in _CODE_LABELS
                                     or _is_group_code(name, self.gazetteer))

    def plausible(self, entry: Entry, mention: _Mention) -> bool:
        """A town under 5,000 people only in the article's countries, and never for what
        the model calls a location or a compass word ("the Middle East", "West"); a compass
        word only by an entry's own name. A region of a country the article does not name
        only by its own name, not a compass word, and of 100,000 people: "Atlantic" is no
        Atlantique (Benin), "North West" no district of Botswana, "the Gulf" no province of
        14,000 in Papua New Guinea. A written code in a place's slot ("Moncton, N.B.",
        "(R-Wis.)"), or a dotted one that only one region has ("Vt.", not "N.B."), is that
        region."""
        if entry.kind == REGION and (mention.label == "ABBR" or (
                "." in mention.core and self.gazetteer.abbreviation(mention.core) is entry
                and self._regions_coded(mention.core) == 1)):
            return True
        small = entry.kind == CITY and entry.population < MIN_CITY_POPULATION
        if small and (mention.label == "LOC" or _is_direction(mention.core)):
            return False
        if _is_direction(mention.core) and fold(entry.name) != fold(mention.core):
            return False  # "the North" (Korea) is no Nord, even in a story naming France
        if self.context.countries[entry.country or ""]:
            return True
        if _minor_code(mention.core, entry, self.gazetteer):
            return False
        if mention.label == "FAC" and entry.kind == CITY and sum(self.context.countries.values()):
            # What the model calls a building, a station or a line is in the story's
            # countries, whatever town abroad shares its name: "the Metro" near Vienna,
            # Virginia is not in Metro, Indonesia (but "the Mariupol theater", a town the
            # model names with a kind word after it, is in Mariupol).
            return False
        if entry.kind == CITY:
            return not small
        if entry.kind != REGION:
            return True
        return (fold(entry.name) == fold(mention.core) and not _is_direction(mention.core)
                and entry.population >= _PROMOTION_POPULATION)

    def _regions_coded(self, code: str) -> int:
        return sum(e.kind == REGION for e in self.gazetteer.lookup(code, codes=True))

    def _named_country(self, codes: Iterable[str], named: bool = True) -> Entry | None:
        """The one country of the article among these (or, not `named`, the only one)."""
        codes = [c for c in codes if self.context.countries[c] or not named]
        if len(codes) != 1:
            return None
        return next((e for e in self.gazetteer.lookup(codes[0], codes=True)
                     if e.kind == COUNTRY and e.country == codes[0]), None)

    def best(self, candidates: list[Entry], mention: _Mention, code: str | None) -> Entry | None:
        """The best scored; a code several provinces share names first the one the
        gazetteer files it under, as a name spelled alike is preferred: "N.B.", dotted, is
        New Brunswick before the larger Noord-Brabant."""
        written = self.gazetteer.abbreviation(code) if code else None
        return max(candidates, key=lambda e: _score(e, mention, self.context)
                   + (_EXACT_BONUS if e == written else 0.0), default=None)

    def senses_of(self, mention: _Mention) -> list[Entry]:
        """The gazetteer's entries this mention may mean, before any qualifier."""
        kind = None if mention.part else mention.kind
        return [c for c in self.lookup(mention.core, mention.label)
                if _accepts(kind, c, mention.label, mention.core, mention.the)
                and self.plausible(c, mention)]

    def resolve(self, mention: _Mention) -> Entry | None:
        if _is_street(mention):
            return None
        # Whether written codes count is part of the sense: "UAE" the model calls an
        # organisation finds nothing, and the same "UAE" tagged a place later is the country.
        key = (fold(mention.core), None if mention.part else mention.kind,
               mention.qualifier and fold(mention.qualifier), mention.label in _CODE_LABELS)
        if key in self.senses:
            return self.senses[key]
        kind = None if mention.part else mention.kind
        candidates = self.senses_of(mention)
        qualifier = None
        if mention.qualifier:
            found = self.lookup(mention.qualifier, "ABBR")
            # Of the provinces a code names ("N.B."), one that holds a town of this name:
            # "Moncton, N.B." is in New Brunswick, not Noord-Brabant.
            found = [q for q in found if _qualified(candidates, q, strict=True)] or found
            qualifier = self.best(found, mention, mention.qualifier)
            if qualifier is not None:
                # The code's own mention is that province too.
                self.senses.setdefault((fold(mention.qualifier), None, None, True), qualifier)
        if qualifier is not None and kind is None and not _qualified(candidates, qualifier,
                                                                     strict=True):
            # "New Quay, Ceredigion": a town written with its region is that town, however
            # small, and whatever the model called it.
            candidates = [c for c in _qualified(self.lookup(mention.core, mention.label),
                                                qualifier, strict=True, core=mention.core)
                          if c.kind == CITY and _spelled_alike(c.name, mention.core)
                          ] or candidates
        candidates = _qualified(candidates, qualifier, core=mention.core)
        # "Trinidad" in a story naming Trinidad and Tobago is that country, not the town in
        # Colorado; "America" is the United States, not América in Argentina, unless
        # another sense lies in the article's countries.
        halves = _joined_halves().get(mention.core, ())
        # "Bosnia", which the gazetteer knows by no other sense, is Bosnia and Herzegovina in
        # any story (but "Wallis" may be Valais, or a footballer).
        country = self._named_country(
            halves, named=bool(halves) and bool(self.gazetteer.lookup(mention.core)))
        if country is None and not any(self.context.countries[c.country or ""]
                                       for c in candidates):
            # A story naming no country of any sense: "America" is still the one country
            # so called, not a town of 14,000 in Argentina.
            tails = _official_tails().get(mention.core, ())
            country = self._named_country(tails) or self._named_country(tails, named=False)
        candidates = [country] if country is not None else candidates
        if kind is None and any(c.kind == REGION and c.id.startswith("iso3166-2:")
                                and fold(c.name) == fold(mention.core)
                                and self.context.countries[c.country or ""] for c in candidates):
            # A name shared by a province of the article's countries and a town smaller than
            # a region counts (see `_score`) is the province: "California" is no town of
            # 11,000 in Maryland, however near the story's other places.
            candidates = [c for c in candidates
                          if c.kind != CITY or c.population >= _REGION_PRIOR] or candidates
        entry = self.best(candidates, mention, mention.core if mention.label in _CODE_LABELS
                          else None)
        self.senses[key] = entry
        if entry:
            self.context.add(entry)
        return entry


def _country_initials(ent: DocSpan, body: str, start: int, name: str,
                      countries: Counter[str], gazetteer: Gazetteer) -> bool:
    """ "The UAE leads the region", "in the DRC": the initials of a country's name, of a
    million people or more, after "the" as the name would be; other codes ("the RSA", "the
    SCG", "the PRC") and initials before a noun ("the CAR team") only in a story already
    there; with no article ("CAR T-cell therapy"), or where the story defines them as an
    organisation's ("the Danish Refugee Council (DRC)"), never."""
    letters = name.replace(".", "").replace(" ", "")
    if not (len(letters) >= 3 and letters.isupper()
            and body[max(0, start - 4):start].lower() == "the "
            and f"({name})" not in body):  # "The Danish Refugee Council (DRC)"
        return False
    entry = gazetteer.abbreviation(name)
    if entry is None or entry.kind != COUNTRY or entry.population < _MINOR_COUNTRY:
        return False
    initials = "".join(w[0] for w in entry.name.split() if w[0].isupper())
    return countries[entry.country or ""] > 0 or (
        letters == initials and ent.root.dep_ != "compound")


@cache
def _joined_countries() -> dict[str, str]:
    """pycountry's names of countries that join two names with "and", to their codes."""
    import pycountry

    return {name: country.alpha_2 for country in pycountry.countries
            for name in (country.name, getattr(country, "common_name", None))
            if name and " and " in name and "," not in name}


@cache
def _joined_country_names() -> re.Pattern[str]:
    """Those names in a text, the longest first."""
    names = sorted(_joined_countries(), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")


@cache
def _joined_halves() -> dict[str, frozenset[str]]:
    """Each half of those names ("Trinidad", "Herzegovina") to the countries it is half of."""
    halves: dict[str, set[str]] = {}
    for name, code in _joined_countries().items():
        for half in name.split(" and "):
            halves.setdefault(half.removeprefix("the "), set()).add(code)
    return {half: frozenset(codes) for half, codes in halves.items()}


@cache
def _official_tails() -> dict[str, frozenset[str]]:
    """What follows the last "of" in a country's name or official name (pycountry): "America"
    of "United States of America", "Korea" of "Democratic People's Republic of Korea"."""
    import pycountry

    tails: dict[str, set[str]] = {}
    for country in pycountry.countries:
        for name in (country.name, getattr(country, "official_name", None)):
            if name and " of " in name:
                tails.setdefault(name.rsplit(" of ", 1)[1], set()).add(country.alpha_2)
    return {tail: frozenset(codes) for tail, codes in tails.items()}


def _province_of(name: str, gazetteer: Gazetteer) -> set[str]:
    """The countries with a province of this very name (ISO 3166-2): "Virginia" → {"US"}."""
    return {e.country for e in _provinces_named(name, gazetteer) if e.country}


def _provinces_named(name: str, gazetteer: Gazetteer) -> list[Entry]:
    """The provinces (ISO 3166-2) of this very name."""
    return [e for e in gazetteer.lookup(name)
            if e.id.startswith("iso3166-2:") and fold(e.name) == fold(name)]


def _listed_with_provinces(mentions: list[_Mention], analysis: Analysis,
                           gazetteer: Gazetteer) -> None:
    """ "Virginia, Georgia, Arkansas", "Oklahoma and Texas": a name listed with provinces of
    one country, and with no country, is that country's province of the name (not the
    country Georgia, not Oklahoma City), all through the story (one sense per name)."""
    known: dict[str, set[str]] = {}

    def province_of(name: str) -> set[str]:
        if name not in known:
            known[name] = _province_of(name, gazetteer)
        return known[name]

    provinces: dict[str, str] = {}
    said: set[Span] = set()  # listed after "states such as"
    for mention in mentions:
        if mention.kind is not None or not province_of(mention.core):
            continue
        words = analysis.doc.char_span(*mention.span, alignment_mode="expand")
        if words is None:
            continue
        listed = [clean_name(e.text) for t in words.root.conjuncts
                  for e in analysis.doc.ents if e.start <= t.i < e.end]
        if not listed or any(_country_of(name, gazetteer) and not province_of(name)
                             for name in listed):
            continue
        shared = set.intersection(province_of(mention.core), *map(province_of, listed))
        if len(shared) == 1:
            provinces[fold(mention.core)] = shared.pop()
            first = min(t.idx for t in (words.root, *words.root.conjuncts))
            if _PROVINCES_NAMED.search(analysis.body[max(0, first - 40):first]):
                said.add(mention.span)
    for mention in mentions:
        code = provinces.get(fold(mention.core))
        if code is None or mention.kind is not None:
            continue
        if _country_of(mention.core, gazetteer):
            # The province, not the country: "Georgia, Arkansas" in such a list is no town
            # and its state either (`_qualify`).
            if mention.qualifier is None or code in province_of(mention.qualifier):
                mention.qualifier = code
        elif mention.span in said or not any(
                e.kind == CITY and e.population >= _PROMOTION_POPULATION
                for e in _own_senses(mention.core, gazetteer)):
            # The state of Oklahoma, not Oklahoma City; but "Kabul and Herat" are still
            # the cities the provinces are named after, unless the text says "states such
            # as California or Washington".
            mention.kind = REGION


def _represented(mentions: list[_Mention], analysis: Analysis, gazetteer: Gazetteer) -> None:
    """ "A senator from New York", "the governor of Washington": a province's officers stand
    for the province, not for the city of its name; so do its primary, its caucuses and its
    delegation ("New York's April 19 primary"), and the towns that lie in it ("villages in
    Idlib")."""
    for mention in mentions:
        before = analysis.body[max(0, mention.span[0] - 40):mention.span[0]]
        if (mention.kind is None and (_REPRESENTS.search(before) or _STATE_VOTE.match(
                analysis.body, mention.span[1], mention.span[1] + 60)
                or _SETTLEMENTS_IN.search(before))
                and _province_of(mention.core, gazetteer)):
            mention.kind = REGION


def _is_demonym(name: str, gazetteer: Gazetteer) -> bool:
    """ "the North Koreans", and an adjective joined to one: "Franco-German", "Turkish-Gulf"."""
    words = {name, *name.split("-")} if "-" in name else {name}
    return any(gazetteer.demonym(word) or gazetteer.demonym(word.removesuffix("s"))
               for word in words)


def _is_direction(name: str) -> bool:
    """ "West", "North West", "Centre", "Southern": compass words and nothing else."""
    return all(w in DIRECTIONS or w in DIRECTION_ADJECTIVES or w in _CENTRE_WORDS
               for w in fold(name).split())


def _country_of(name: str, gazetteer: Gazetteer) -> str | None:
    """The country code when a name ("Afghanistan", "U.S.") is first of all a country."""
    top = gazetteer.lookup(name, codes=True)[:1]
    return top[0].country if top and top[0].kind == COUNTRY and not _minor_code(
        name, top[0], gazetteer) else None


def _minor_code(name: str, entry: Entry, gazetteer: Gazetteer) -> bool:
    """Whether a name is only the code of a country of under a million people: "AI" (artificial
    intelligence, not Anguilla), "IS" (not Iceland), "TV" (not Tuvalu) stand for the country
    only in a story that names it otherwise."""
    return (entry.kind == COUNTRY and entry.population < _MINOR_COUNTRY
            and not gazetteer.lookup(name))


def _order(mention: _Mention, gazetteer: Gazetteer) -> tuple[int, float]:
    """Resolve the surest first: countries, then the dateline, then qualified names and the
    shared codes that qualify them, then the rest from the most populous best sense down, so
    that "Florida" is settled before the "Parkland" written ahead of it and can tilt it."""
    if (mention.label in ("ABBR", _DATELINE) and gazetteer.abbreviation(mention.core)
            and len(gazetteer.lookup(mention.core, codes=True)) > 1):
        # A code several places share ("SC": the Seychelles, South Carolina) waits for the
        # town it follows to say which ("HORRY COUNTY, SC").
        return 2, 1.0
    if _country_of(mention.core, gazetteer):
        return 0, 0.0
    if mention.label == _DATELINE:
        return 1, 0.0
    if mention.qualifier:
        return 2, 0.0
    top = max((e.population for e in gazetteer.lookup(mention.core)
               if fold(e.name) == fold(mention.core)), default=0)
    return 3, -float(top)


def _focus(mentions: list[_Mention]) -> Entry | None:
    """The city or region the story is mostly about: the dateline's, else the most named."""
    located = [m.entry for m in mentions if m.entry and m.entry.kind in (CITY, REGION)
               and m.kind in (None, CITY, REGION) and m.entry.lat is not None]
    for mention in mentions:
        if mention.label == _DATELINE and mention.entry in located:
            return mention.entry
    counts = Counter(e.id for e in located)
    return next((e for e in located if e.id == counts.most_common(1)[0][0]), None) \
        if counts else None


def _organisations_town(analysis: Analysis, gazetteer: Gazetteer) -> Entry | None:
    """In a story that names no town, the city of 100,000 or more that organisations are
    named after: a walk through a neighbourhood that names only "the New Orleans Railways
    and Light Company" is most likely in New Orleans. It is no place of the story (a paper
    named after a town may be read anywhere), only where its facilities are looked for."""
    towns: Counter[Entry] = Counter()
    for ent in analysis.doc.ents:
        if ent.label_ != "ORG" or not analysis.in_paragraph(ent.start_char):
            continue
        words = [w for w in ent if w.lower_ != "the"]
        for size in range(min(3, len(words) - 1), 0, -1):
            name = " ".join(w.text for w in words[:size])
            senses = [e for e in gazetteer.lookup(name) if fold(e.name) == fold(name)]
            cities = [e for e in senses if e.population >= _PROMOTION_POPULATION]
            # "the Armenia Fund" is the country's, and "Washington" may be the state.
            if cities and all(e.kind == CITY for e in senses):
                towns[max(cities, key=lambda e: e.population)] += 1
                break
    return towns.most_common(1)[0][0] if towns else None


def extract_places(analysis: Analysis, gazetteer: Gazetteer) -> list[Place]:
    places, context = _extract(analysis, gazetteer, Counter())
    # The story's countries are known better once its places are resolved: in "travelling
    # to Cirencester from Gloucester", Cirencester, which the model calls a person, is a
    # town of England only once Gloucester is placed there.
    found = Counter(place.country for place in places if place.country)
    if any(_promotable(name, set(), found, gazetteer, towns=towns)
           for name, towns in context.declined) or any(
            found[e.country or ""] for name in context.abroad
            for e in _own_senses(name, gazetteer)):
        places = _extract(analysis, gazetteer, found)[0]
    return places


def _extract(analysis: Analysis, gazetteer: Gazetteer,
             resolved: Counter[str]) -> tuple[list[Place], _Context]:
    """The places, read with the countries an earlier reading resolved."""
    context = _Context(resolved=resolved)
    mentions = _candidates(analysis, gazetteer, context)
    # "The White House", which the model calls a building or a body, names one wherever else
    # the story writes it ("her White House bid"), since one name has one sense; unless a
    # city of 100,000 has the name ("the Mariupol of old" is still the city).
    buildings = {fold(m.core) for m in mentions if m.the and m.label in ("FAC", "ORG")
                 and not any(e.population >= _PROMOTION_POPULATION
                             for e in _own_senses(m.core, gazetteer))}
    for mention in mentions:
        mention.the = mention.the or fold(mention.core) in buildings
    resolver = _Resolver(gazetteer, context)
    for mention in sorted(mentions, key=lambda m: (_order(m, gazetteer), m.span)):
        mention.entry = resolver.resolve(mention)
    _among_neighbours(mentions, resolver)
    _airports_by_name(mentions, gazetteer, context)
    _one_sense(mentions)
    _coded_regions(mentions)
    _city_states(mentions, analysis.body)
    # A name spaCy files as an organisation or a person is a place only if the gazetteer
    # knows it, or if it names a facility ("Bikoro Hospital").
    mentions = [m for m in mentions if (m.label not in _OTHER_LABELS | _WHERE_LABELS
                                        or m.entry is not None or m.kind == FACILITY)
                and not _is_paper(m)]
    # What the gazetteer cannot place and no kind word makes a place is kept only if written
    # as a name: "the North" and "the West" are relative, "aren’t", "us" and "Jr." are the
    # model's mistakes; nor is a name the model tags a person more often ("Marco Rubio",
    # once a facility), a holiday ("Bastille Day"), a people, a body or a firm ("Germany's
    # Green Party", "Apple Inc.", not "the West Bank") or a word cut from a longer name
    # (`_cut_from_name`).
    labels = Counter((clean_name(e.text), e.label_ == "PERSON") for e in analysis.doc.ents)
    mentions = [m for m in mentions if m.entry is not None or m.kind == FACILITY
                or (m.core[:1].isupper() and not is_name_suffix(m.core)
                    and (" " in m.core.strip() or not _is_direction(m.core))
                    and not 0 < labels[m.name, False] < labels[m.name, True]
                    and m.core.lower() not in HOLIDAYS  # "Bastille Day"
                    and not _is_demonym(m.name, gazetteer)  # "the North Koreans"
                    and not (has_body_noun(m.name) and not _is_direction(m.name.split()[0]))
                    and not has_legal_form(m.name)
                    # An acronym no gazetteer knows is a group's ("ISIL"), not a place's.
                    and not (m.core.isupper() and len(m.core.replace(".", "")) <= 5)
                    and not _cut_from_name(m, analysis.doc))]
    # "Barry Smith, 80, and Beryl, 81, met …": a name followed by an age is a person's, here
    # and wherever else the story writes it ("while Beryl worked"); not a city of 100,000 in
    # a tally ("Wuhan, 129; Beijing, 14") nor a town the story has things happen in.
    not_places = {m.name for m in mentions if _AGE.match(analysis.body, m.span[1]) and (
        m.entry is None or (m.entry.kind == CITY and m.entry.population < _PROMOTION_POPULATION))}
    # "As a Latina", "a Golden Globe": a name right after an indefinite article is a common
    # noun, here and wherever else the story writes it ("a wise Latina"), not Latina in Madrid;
    # unless the model calls it a town, a country or a region ("a Middle East free of nuclear
    # weapons"), or the story has it after "in" or "near" ("a Hampstead, New Hampshire,
    # coffee shop" is a place; "He bought a Lincoln … in the Lincoln" is a car).
    not_places |= {m.name for m in mentions if m.kind is None and m.label not in ("GPE", "LOC")
               and _indefinite(m, analysis.doc)
               and not (m.entry and m.entry.kind in (COUNTRY, CONTINENT))}
    not_places -= {m.name for m in mentions
               if _LOCATIVE.search(analysis.body, max(0, m.span[0] - 6), m.span[0])}
    mentions = [m for m in mentions if m.name not in not_places]
    if any(m.entry is not None and m.entry.country == "GB" for m in mentions):
        mentions += _road_numbers(analysis, [m.span for m in mentions])
    focus = _focus(mentions) or _organisations_town(analysis, gazetteer)
    hosts = _hosts(mentions, analysis.body)
    hosts |= _named_within(mentions, hosts, resolver)
    hosts = _sentence_towns(mentions, analysis.doc) | hosts
    mentions = _known_or_placed(mentions, hosts, analysis)

    places: dict[str, Place] = {}
    written_as: dict[int, Counter[str]] = {}
    for mention in mentions:
        place = _place_for(mention, hosts.get(fold(mention.name)), focus, places, gazetteer)
        written_as.setdefault(id(place), Counter())[mention.name] += 1
        if (place.kind == REGION and mention.kind == REGION and not mention.part
                and mention.entry and place.name == mention.entry.name
                and fold(mention.name) != fold(place.name)):
            # "Kunduz Province" says more than the gazetteer's bare "Kunduz".
            place.aliases.append(place.name)
            place.name = mention.name
        written = analysis.body[mention.span[0]:mention.span[1]]
        for alias in (mention.name, written):
            if fold(alias) != fold(place.name) and alias not in place.aliases:
                place.aliases.append(alias)
        place.mentions.append(mention.span)
    _refer(places.values(), context.references, [m.span for m in mentions])
    sure = {m.span for m in mentions if m.label in _SURE_LABELS}
    _named_again([p for p in places.values()
                  if p.kind == COUNTRY or sure.intersection(p.mentions)
                  or _located_twice(p, analysis)],
                 places.values(), analysis)
    for place in places.values():
        place.mentions.sort()
        _name_as_written(place, written_as[id(place)])
    ordered = sorted(places.values(), key=lambda p: (-len(p.mentions), p.mentions[0]))
    used: set[str] = set()
    for place in ordered:
        place.id = unique(slugify(place.name), used)
    return ordered, context


def _name_as_written(place: Place, written: Counter[str]) -> None:
    """ "Cologne", not GeoNames' "Köln"; "Bavaria", not ISO's "Bayern": a town or region the
    gazetteer knows by a local name (written with accents, or a province's in ISO 3166-2) and
    the article never writes so goes by the name the article uses most ("Douma" for "Dūmā"),
    unless that is a code ("N.Y.") or a longer form of the name, or for a town a shorter
    one. An English name the gazetteer gives stays, so that the page shows which place a
    name was taken for ("Granville": Beaufort)."""
    gazetteer_id = place.gazetteer_id or ""
    local = gazetteer_id and (not place.name.isascii() or gazetteer_id.startswith("iso3166-2:"))
    if place.kind not in (CITY, REGION) or not local or place.name in written:
        return
    # Not a code, and not a spelling the source garbled ("KÃ¶ln").
    name = next((n for n, _ in written.most_common()
                 if len(n) > 3 and n[:1].isupper() and not n.isupper() and "." not in n
                 and (n.isascii() or fold(n) == fold(place.name))), None)
    if name is None:
        return
    if fold(name) == fold(place.name):
        # "Bogotá" keeps its accent; a transliteration's marks ("Dūmā") go.
        if all(ord(c) < 0x100 for c in place.name):
            return
    elif fold(place.name) in fold(name) or (fold(name) in fold(place.name) and not (
            gazetteer_id.startswith("iso3166-2:") and fold(place.name).startswith(fold(name)))):
        # A province goes by its short name ("Xinjiang" for "Xinjiang Uygur Zizhiqu"), a
        # town not ("New York" is not New York City's name).
        return
    place.aliases = [place.name, *(a for a in place.aliases if a != name)]
    place.name = name


def _refer(places: Iterable[Place], references: list[tuple[Span, str]],
           taken: list[Span]) -> None:
    """Each adjective of a country goes to that country's place, when the article names it
    as a place ("Afghan" to Afghanistan); a country only ever an adjective gets no place."""
    countries = {p.country: p for p in places if p.kind == COUNTRY}
    for span, country in references:
        place = countries.get(country)
        if place is not None and not _overlaps(*span, taken) and span not in place.references:
            place.references.append(span)
    for place in countries.values():
        place.references.sort()


def _token_after(doc: Doc, start: int, end: int) -> Token | None:
    """The token right after the words at these characters, if any."""
    words = doc.char_span(start, end, alignment_mode="expand")
    return doc[words.end] if words is not None and words.end < len(doc) else None


def _located_twice(place: Place, analysis: Analysis) -> bool:
    """ "in Riverdale" twice: where things happen, whatever the model called the name; not
    a name that goes on to a noun or another name ("in Gallup data", "in Gallup and in
    Quinnipiac surveys": the pollster's)."""
    located = 0
    for start, end in place.mentions:
        following = _token_after(analysis.doc, start, end)
        located += bool(_LOCATIVE.search(analysis.body, max(0, start - 6), start)) and not (
            following is not None and following.pos_ in ("NOUN", "PROPN", "CCONJ"))
    return located >= 2


def _named_again(sure: list[Place], places: Iterable[Place], analysis: Analysis) -> None:
    """A place's name written again where the model saw none is the place again, most often
    inside an organisation's name: "Maryland State Police", "the Jamaica Cancer Society" in
    a story about Maryland or Jamaica. Only a place with a point that is a country, or that
    the model or a dateline called a place at least once, or whose police or council the
    story names, or that is twice "in" somewhere (a name only ever promoted from an
    organisation's or a person's, "Gallup", is too unsure to spread); written exactly as
    one of its mentions or as its name, as a proper noun, and not as a part of a longer
    name: "Mount Washington", "George Washington", "Washington-based" and "@Jamaica" name
    something else."""
    body, doc = analysis.body, analysis.doc
    # Characters already named, by a place or a person: a mask keeps a long article linear.
    taken = bytearray(len(body))
    for start, end in (*(s for p in places for s in (*p.mentions, *p.references)),
                       *((e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON")):
        taken[start:end] = b"\x01" * (end - start)
    surnames = person_surnames(doc)  # "Holland recalled", after "Tom Holland"
    for place in sure:
        if place.lat is None:
            continue
        names = {place.name} | {body[start:end] for start, end in place.mentions}
        # A code of two letters ("AI", "EW") is too often something else to be spread.
        for name in sorted(n for n in names if n[:1].isupper() and n not in surnames
                           and len(n.replace(".", "")) > 2):
            for match in re.finditer(rf"(?<![\w.&$@#-]){re.escape(name)}(?![\w&$-]|\.\w)",
                                     body):
                start, end = match.span()
                block = analysis.block_of(start)
                words = doc.char_span(start, end, alignment_mode="expand")
                if (block is None or block.kind in (ASIDE, CREDIT) or words is None
                        or any(taken[start:end]) or words.root.pos_ != "PROPN"
                        or _in_longer_name(words, place.kind)):
                    continue
                place.mentions.append((start, end))
                taken[start:end] = b"\x01" * (end - start)


def _in_longer_name(words: DocSpan, kind: str) -> bool:
    """Whether a capitalised word just before (a proper noun, where it opens the sentence),
    or another kind of place's word just after, makes the name part of another: "George
    Washington", "Mount Washington", "Kunduz Province" for the city (but "Maryland State"
    is Maryland)."""
    doc = words.doc
    before = doc[words.start - 1] if words.start else None
    after = doc[words.end] if words.end < len(doc) else None
    return ((before is not None and before.is_title and before.lower_ != "the"
             and (not before.is_sent_start or before.pos_ == "PROPN"))
            or (after is not None and KIND_WORDS.get(after.lower_, kind) != kind))


def _hosts(mentions: list[_Mention], body: str) -> dict[str, Entry]:
    """The town or region a facility's own words put it in, by the facility's name: "Alder
    Hey Children's Hospital in Liverpool", "Kamenné Square, Bratislava", "Iran's Evin
    Prison"."""
    located = {m.span[0]: m.entry for m in mentions
               if m.entry is not None and m.entry.kind in (CITY, REGION) and not m.part}
    # "Iran's notorious Evin Prison": the owner's name, a country's too, ends before it.
    owners = {m.span[1]: m.entry for m in mentions
              if m.entry is not None and m.entry.kind in (CITY, REGION, COUNTRY) and not m.part}
    hosts: dict[str, Entry] = {}
    for mention in mentions:
        # "the Crown Heights neighborhood of Brooklyn".
        after = re.match(r" ([a-z]+) of (?:the )?", body[mention.span[1]:mention.span[1] + 30])
        town = located.get(mention.span[1] + len(after[0])) if after else None
        if (mention.entry is None and after is not None and after[1] in PART_OF_TOWN_WORDS
                and town is not None and town.kind == CITY):
            hosts.setdefault(fold(mention.name), town)
            continue
        # "the Brussels neighborhood of Molenbeek", "Cairo's gated suburb of Madinaty".
        part = re.search(r"(?:['’]s)? (?:[a-z]+ )?([a-z]+) of $",
                         body[max(0, mention.span[0] - 40):mention.span[0]])
        if mention.entry is None and part is not None and part[1] in PART_OF_TOWN_WORDS:
            town = owners.get(mention.span[0] - len(part[0]))
            if town is not None and town.kind == CITY:
                hosts.setdefault(fold(mention.name), town)
                continue
        # A facility named after a town may lie in another: "Washington Square Park in
        # Manhattan" (there is a Washington Square in Philadelphia). A name the gazetteer
        # lacks is in the town it is said to be in: "Le Bernardin in New York".
        if mention.kind != FACILITY:
            host = located.get(mention.span[1] + 4) \
                if body[mention.span[1]:mention.span[1] + 4] == " in " else None
            if (mention.entry is None and mention.kind is None and host is not None
                    and host.kind == CITY):
                hosts.setdefault(fold(mention.name), host)
            continue
        # "the New Bilibid Prison (NBP) in Muntinlupa": its initials may come between.
        gap = re.match(r"(?: \([A-Z][A-Za-z.&]{1,9}\))?(?:,| in| at| near| outside)(?: the)? ",
                       body[mention.span[1]:])
        host = located.get(mention.span[1] + len(gap[0])) if gap else None
        owner = re.search(r"['’]s (?:[a-z]+ ){0,2}$", body[max(0, mention.span[0] - 40):
                                                            mention.span[0]])
        if host is None and owner is not None:
            host = owners.get(mention.span[0] - len(owner[0]))
        if host is not None:
            hosts.setdefault(fold(mention.name), host)
    # "the Drake Hotel on Park Avenue in Manhattan": in the town of the street it is on.
    facilities = {m.span[0]: m for m in mentions if m.kind == FACILITY}
    for mention in facilities.values():
        gap = re.match(r" (?:on|at|off)(?: the)? ", body[mention.span[1]:])
        street = facilities.get(mention.span[1] + len(gap[0])) if gap else None
        if street is not None and fold(street.name) in hosts:
            hosts.setdefault(fold(mention.name), hosts[fold(street.name)])
    return hosts


def _sentence_towns(mentions: list[_Mention], doc: Doc) -> dict[str, Entry]:
    """The town a facility's own sentence names, when it names one: "a mall and spa called
    Bulgari Tower, according to a lawsuit filed in Manhattan" is more likely there than in
    the place the whole story names most."""
    towns: dict[str, Entry] = {}
    for mention in mentions:
        if mention.kind != FACILITY or mention.entry is not None:
            continue
        words = doc.char_span(*mention.span, alignment_mode="expand")
        if words is None:
            continue
        start, end = words.sent.start_char, words.sent.end_char
        found = {m.entry.id: m.entry for m in mentions
                 if m.entry is not None and m.entry.kind == CITY and not m.part
                 and start <= m.span[0] < end}
        if len(found) == 1:
            towns.setdefault(fold(mention.name), next(iter(found.values())))
    return towns


def _one_sense(mentions: list[_Mention]) -> None:
    """A name the model calls a place keeps the sense it has elsewhere in the article, even
    where its label finds none: "Parkland" tagged a location after "Parkland" the town. A
    name the gazetteer lacks that begins a place's name written earlier is that place, cut
    short: "North-Rhine" after "North-Rhine Westphalia"."""
    senses = {fold(m.core): m.entry for m in mentions
              if m.entry is not None and m.kind is None and not m.part}
    # Nor does the model's other label give it another sense: "Schengen" tagged a place,
    # then a person, is one village, not the village and then its commune. (A name inside
    # another's has its own: "the New York Daily News" is the city's in a story of the state.)
    tagged = {fold(m.core): m.entry for m in mentions if m.entry is not None
              and m.kind is None and not m.part and not m.qualifier and m.label in PLACE_LABELS}
    for mention in mentions:
        if (mention.entry is not None and mention.kind is None and not mention.part
                and not mention.qualifier and mention.label in _OTHER_LABELS - {"EMBEDDED"}
                and fold(mention.core) in tagged):
            mention.entry = tagged[fold(mention.core)]
        if (mention.entry is None and mention.kind is None and not mention.part
                and mention.label in PLACE_LABELS):
            key = fold(mention.core)
            # A compass word begins no name cut short: "South" is no South Carolina.
            mention.entry = senses.get(key) or (None if _is_direction(mention.core) else next(
                (m.entry for m in mentions if m.span < mention.span and m.entry is not None
                 and m.kind is None and not m.part and fold(m.name).startswith(key + " ")),
                None))


def _among_neighbours(mentions: list[_Mention], resolver: _Resolver) -> None:
    """A town far from every other place of the story is the namesake that lies near two of
    them: "Oceanside" in a story of Bellmore and Fort Salonga is the hamlet on Long Island,
    not the larger Californian city, which was resolved first and so saw no neighbours; with
    no such namesake, a town abroad loses its point. A city of half a million keeps its sense
    (London, not London, Ontario), and so does a province, a qualified name and a
    dateline."""
    resolved = [m for m in mentions if m.entry is not None and m.entry.kind in _NEAR_KM]
    moved: dict[str, Entry | None] = {}
    for mention in resolved:
        entry, key = mention.entry, fold(mention.core)
        if (key in moved or mention.kind is not None or mention.part or mention.qualifier
                or mention.label == _DATELINE or entry.population >= _GREAT_CITY
                or entry.id.startswith("iso3166-2:")):
            continue
        # What a kind word places ("Hamilton County jail") is itself a guess.
        anchors = list({m.entry.id: m.entry for m in resolved
                        if fold(m.core) != key and m.kind is None}.values())
        if _Context.neighbours(entry, anchors):
            continue
        namesakes = [(near, _score(c, mention, resolver.context), c)
                     for c in resolver.senses_of(mention)
                     if c.id != entry.id and (near := _Context.neighbours(c, anchors)) >= 2]
        if namesakes:
            moved[key] = max(namesakes, key=lambda n: n[:2])[2]
        elif (entry.kind == CITY and entry.population < _PROMOTION_POPULATION
              and len(anchors) >= 2) and entry.country not in {
                m.entry.country for m in mentions if m.entry is not None and fold(m.core) != key}:
            # Nor is a town abroad under 100,000, in a country nothing else in the story
            # lies in, far from the story's places: "Delft" in a story of Cape Town is its
            # township, which the gazetteer lacks, not the Dutch city; better no point than
            # that one. (A known city may well be abroad: talks in Geneva.)
            moved[key] = None
    named = {fold(m.core) for m in mentions if m.kind is None}
    anchors = list({m.entry.id: m.entry for m in resolved if m.kind is None}.values())
    for mention in resolved:
        if mention.kind is None and not mention.part and fold(mention.core) in moved:
            mention.entry = moved[fold(mention.core)]
        elif (mention.kind == FACILITY and mention.entry is not None
              and mention.entry.kind == CITY
              and mention.entry.population < _PROMOTION_POPULATION
              and fold(mention.core) not in named and len(anchors) >= 2
              and not _Context.neighbours(mention.entry, anchors)):
            # "Pearl Harbor" in a story of Honolulu is no harbour of Pearl, Mississippi: a
            # small town that only a facility's name gives, far from all the story's
            # places, yields to the story's own place.
            mention.entry = None


def _coded_regions(mentions: list[_Mention]) -> None:
    """ "Clarkston, Ga." … "refugees to come to Georgia": a region the article writes by its
    code is what its bare name means there, not the country of that name; and a compass
    word before the name makes it that region, not a town of its name: "central Washington"
    in a story datelined "Camp Murray, Wash." is the state's middle, not the capital's."""
    coded = {fold(m.entry.name): m.entry for m in mentions
             if m.entry is not None and m.entry.kind == REGION and not m.part
             and len(m.core) <= 6 and fold(m.core) != fold(m.entry.name)}
    compassed = {m.span[1] for m in mentions if m.part and m.kind == REGION}
    for mention in mentions:
        region = coded.get(fold(mention.core))
        if region is None or mention.entry is None:
            continue
        if mention.entry.kind == COUNTRY or (mention.entry.kind == CITY and (
                mention.part or (mention.kind is None and mention.span[1] in compassed))):
            mention.entry = region


def _city_states(mentions: list[_Mention], body: str) -> None:
    """ "Washington, D.C.": a district of another name that follows a town after a comma,
    lies where the town does and is little more than the town is one place with it, not a
    second marker on the same spot ("Kunduz, Kunduz Province" and "Calamba, Laguna", a
    province whose point its largest town pulls close, stay two)."""
    merged: dict[str, Entry] = {}
    for first, second in pairwise(mentions):
        town, district = first.entry, second.entry
        if (town is not None and district is not None and town.kind == CITY
                and district.kind == REGION and body[first.span[1]:second.span[0]] == ", "
                and town.lat is not None and district.lat is not None
                and fold(town.name) != fold(district.name)
                and district.population <= _CITY_STATE_SHARE * town.population
                and distance_km(town.lat, town.lon, district.lat, district.lon)
                <= _CITY_STATE_KM):
            merged[district.id] = town
    for mention in mentions:
        if mention.entry is not None and mention.entry.id in merged:
            mention.entry = merged[mention.entry.id]


def _named_within(mentions: list[_Mention], hosts: dict[str, Entry],
                  resolver: _Resolver) -> dict[str, Entry]:
    """The place a name the gazetteer lacks holds in its own words, by that name: "Old Town
    Manassas" is in Manassas, "St. Louis Hills" in St. Louis, "South Florida" in Florida.
    The longest such name wins (`_within` says which names count)."""
    place_names = {fold(m.core) for m in mentions if m.entry is not None}
    found: dict[str, Entry] = {}
    for mention in mentions:
        key = fold(mention.name)
        if (mention.entry is not None or mention.part or key in hosts or key in found
                or mention.label not in PLACE_LABELS or _is_street(mention)):
            continue
        words = list(re.finditer(r"[^\s\-–]+", mention.name))
        inner = (mention.name[words[i].start():words[i + size - 1].end()]
                 for size in range(len(words) - 1, 0, -1)
                 for i in range(len(words) - size + 1))
        entry = next(filter(None, (_within(mention, name, resolver, place_names)
                                   for name in inner)), None)
        if entry is not None:
            found[key] = entry
    return found


def _is_street(mention: _Mention) -> bool:
    """A street or a square, which is named after a place, not in it: "Hampton Avenue" in St.
    Louis, "Washington Square" in New Orleans."""
    return mention.kind == FACILITY and fold(mention.name).split()[-1] in STREET_WORDS


def _within(mention: _Mention, name: str, resolver: _Resolver,
             place_names: set[str]) -> Entry | None:
    """The sense of a name inside the mention's, if it passes `_named_within`'s test."""
    if not name[:1].isupper() or _is_direction(name) or is_name_suffix(name):
        return None
    if _possessive(name):
        return None  # a saint's: "St George’s Chapel" is not in St. George's, Grenada
    # "South Florida", "Western US": what follows a compass word is the region or country
    # it is part of, whichever the article's countries. Otherwise only a place the article
    # names elsewhere, a country or a region of the article's countries: a town's name is
    # too often a word ("Soviet Union", "Nile Delta", "Paddock Hill Bend", "West Bank").
    head = mention.name.removesuffix(name)
    directed = head != mention.name and bool(head.strip()) and _is_direction(head)
    countries = resolver.context.countries
    if fold(name) not in place_names and not any(
            e.kind in (COUNTRY, CONTINENT)
            or (e.kind == REGION and (directed or countries[e.country or ""]))
            for e in _own_senses(name, resolver.gazetteer)
            + (resolver.gazetteer.lookup(name, codes=True) if directed else [])):
        return None
    start = mention.span[0] + mention.name.find(name)
    return resolver.resolve(_Mention(name, (start, start + len(name)), name,
                                     "GPE" if directed else "EMBEDDED"))


def _place_for(mention: _Mention, host: Entry | None, focus: Entry | None,
               places: dict[str, Place], gazetteer: Gazetteer) -> Place:
    entry = mention.entry
    if entry is not None and not mention.part and mention.kind in (None, CITY, REGION):
        key = entry.id
        if key not in places:
            name = mention.name if mention.kind == REGION else entry.name
            places[key] = _from_entry(entry, name)
        return places[key]
    # A facility, a street or "northern Afghanistan": the name is the place; the point is
    # that of the place it lies in, if the text (`_hosts`) or the story's focus says which,
    # unless it is an airport, which has its own.
    kind = mention.kind or OTHER
    # A named facility the gazetteer lacks ("Bikoro Hospital", "Royal Street") is most likely
    # in the story's main place; any other unknown name ("Britain", "Middle East") may be
    # anywhere, and gets no point rather than a wrong one.
    within = (host or entry or focus) if kind == FACILITY else (entry or host)
    if (within is not None and within.kind == CONTINENT and kind != FACILITY
            and f" of {fold(within.name)}" in fold(mention.name)):
        # "the Horn of Africa" in Africa's middle would sit in the Central African Republic:
        # a continent says too little of where a part of it is to lend its point.
        within = None
    airport = _airport(mention.name, within, gazetteer) if kind == FACILITY else None
    key = f"icao:{airport.icao}" if airport else f"{kind}:{fold(mention.name)}"
    if key not in places:
        place = places[key] = Place(id="", name=mention.name, kind=kind)
        if airport is not None:
            place.country, place.lat, place.lon = airport.country, airport.lat, airport.lon
            place.gazetteer_id = key
        elif within is not None:
            place.country = within.country
            place.lat, place.lon = within.lat, within.lon
            place.located_in = within.name if within.lat is not None else None
    return places[key]


def _airports_by_name(mentions: list[_Mention], gazetteer: Gazetteer, context: _Context) -> None:
    """ "Flights from Heathrow", "landed at Schiphol": a place name of one word that is an
    airport's own is the airport when the gazetteer knows no place of that name, or only one
    in another country than the airport's while the story is about the airport's ("Heathrow"
    next to London is not Heathrow, Florida; "Narita" stays the city, in Japan either way)."""
    # The story's countries by its places and its adjectives; each name's own senses are
    # taken out again below (the resolver has already counted them).
    story = Counter(country for _, country in context.references) + Counter(
        m.entry.country for m in mentions if m.entry is not None)
    senses: dict[str, Counter[str | None]] = {}
    for m in mentions:
        if m.entry is not None:
            senses.setdefault(fold(m.core), Counter())[m.entry.country] += 1
    for mention in mentions:
        # Not "the West" (Qayyarah West Airport), nor a compass word at all.
        if mention.kind is not None or mention.label not in PLACE_LABELS or mention.the \
                or " " in mention.core or not mention.core[:1].isupper() \
                or _is_direction(mention.core):
            continue
        entry = mention.entry
        if entry is not None and entry.kind != CITY:
            continue
        countries = story - senses.get(fold(mention.core), Counter())
        if entry is not None and countries[entry.country]:
            continue
        airport = gazetteer.airports.named(mention.core)
        if airport is None or (entry is not None and (entry.country == airport.country
                                                      or not countries[airport.country])):
            continue
        mention.name, mention.kind, mention.entry = airport.name, FACILITY, None


def _airport(name: str, within: Entry | None, gazetteer: Gazetteer) -> Airport | None:
    """The airport a facility's name says, by the place the article puts it in."""
    if within is None:
        return gazetteer.airports.find(name)
    near = None if within.lat is None or within.lon is None else (within.lat, within.lon)
    return gazetteer.airports.find(name, within.country, near)


def _from_entry(entry: Entry, name: str) -> Place:
    kind = REGION if entry.kind == CONTINENT else entry.kind
    return Place(id="", name=name, kind=kind, country=entry.country, lat=entry.lat,
                 lon=entry.lon, geonameid=entry.geonameid, gazetteer_id=entry.id)

"""Toponyms: the place names an article's text holds, each with the words around it.

Recognition takes spaCy's GPE, LOC and FAC entities, the datelines' cities and regions (also
those opening a later paragraph or sentence), names the small model files under another label
or leaves untagged when the gazetteer or the article itself says they are places ("Kunduz" as
ORG), places named inside the names of organisations, events, laws and works ("U.S. State
Department", "the Qatar World Cup", "Peel Regional Police"), splits names the model runs
together ("Thruxton, Hampshire"), and widens a name to a following kind word ("Kunduz
airport", "Kunduz Province") or a direction ("northern Afghanistan", "the north of
Afghanistan"); and in a story about Britain, its numbered roads ("a crash on the A120") are
places too. Demonyms and hyphenated modifiers ("Afghan", "U.S.-led") are not places: they
tell which countries the story is about (`Context`), and an adjective of a country is kept
with its span as a possible reference to it. The words around a name also turn it down once
it is resolved (`places.py` asks): a paper's name, a common noun after "a", a word cut from a
longer name, an unknown name nothing places.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from .aliases import (
    bracketed_short_name,
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
from .geocoding import (
    DATELINE,
    FACILITY,
    GREAT_CITY,
    MINOR_COUNTRY,
    OTHER_LABELS,
    PLACE_LABELS,
    PROMOTION_POPULATION,
    Context,
    Mention,
    country_of,
    is_direction,
    is_group_code,
    joined_countries,
    minor_code,
    own_senses,
    possessive,
    qualified,
    spelled_alike,
)
from .layout import ASIDE, CREDIT, PARAGRAPH
from .model import Span
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
    PUBLIC_SERVICES,
    ROAD_NOUNS,
    ROAD_PREPOSITIONS,
    STREET_WORDS,
    UNNAMED_STREET_WORDS,
)
from .roles import next_to_person_noun
from .temporal_patterns import candidates

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as DocSpan


# Labels the model also gives a town only where the words around it say it is a place:
# "arrested in Chattanooga", tagged a product.
WHERE_LABELS = frozenset({"PRODUCT"})
# Entities whose names may hold a place's name ("the Dubai World Cup", "U.S. State Department";
# the actors step keeps such an organisation whole).
_HOST_LABELS = frozenset({"ORG", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"})
_PLACING_WORDS = frozenset({"in", "near", "at", "from", "to", "into", "outside", "around"})
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
# A province's office after its name: "New York Attorney General Eric Schneiderman",
# "Washington Gov. Jay Inslee", "New York's governor, Andrew Cuomo" (not "New York Mayor",
# the city's).
_STATE_OFFICE = re.compile(r"(?:['’]s)?\s+(?:Gov\.|Governor|Premier|Lt\.\s+Gov\."
                           r"|Lieutenant\s+Governor|Sen\.|Senator|Rep\.|Representative"
                           r"|Attorney\s+General"
                           r"|Secretary\s+of\s+State|Comptroller|State\s+Senate"
                           r"|General\s+Assembly)(?!\w)"
                           r"|['’]s\s+(?:governor|lieutenant\s+governor|attorney\s+general"
                           # Not "New York's premier jazz club": the best, no office.
                           r"|premier)(?!\w)(?!\s+(?!(?:said|says|told|has|had|is|was|will"
                           r"|would|and|who|also|\w+ed)\b)[a-z])")
_LOCATIVE_BEFORE = re.compile(r"\b(?:[Ii]n|[Aa]t)\s+$")
# The titled person's name in the possessive, or the office's own: "Gov. Andrew Cuomo's
# budget", "in New York's governor's race".
_POSSESSOR = re.compile(r"(?:\s+[A-Z][\w.-]*){0,4}?['’]s\b")
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
# "the town of Marea": the kind words of towns, and one that never follows a name.
_TOWN_NOUNS = frozenset({w for w, kind in KIND_WORDS.items() if kind == CITY} | {"hamlet"})
# Verbs that give a thing a name: "the street was later called Lafayette".
# "in Jordan, Hong Kong", "the town of Mexico, Philippines": a town's slot before its name.
_PLACED_BEFORE = re.compile(rf"\b(?:in|near|at|(?:{'|'.join(sorted(_TOWN_NOUNS))}) of) $")
_NAMING_VERBS = frozenset({"call", "name", "rename", "dub", "christen", "nickname"})


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
    senses = own_senses(name, gazetteer)
    if countries is not None and words[-1].lower() in STREET_WORDS:
        senses = [e for e in senses if countries[e.country or ""]]
    if senses:
        return None, name
    core = " ".join(words[:-1])
    # "St George’s Chapel" is a saint's, not in St. George's, Grenada: no town by that name.
    return KIND_WORDS[words[-1].lower()], name if possessive(core) else core


def find_mentions(analysis: Analysis, gazetteer: Gazetteer, context: Context) -> list[Mention]:
    """Every place mention, in text order; demonyms and countries named go into the context."""
    _country_context(analysis, gazetteer, context)
    datelines = _datelines(analysis, gazetteer, context.countries)
    mentions = _dateline_mentions(datelines)
    place_names = {fold(m.core) for m in mentions}
    mentions += _entity_mentions(analysis, gazetteer, context, place_names,
                                 [d.span for d in datelines])
    taken = [m.span for m in mentions]
    mentions += _embedded_mentions(analysis, gazetteer, place_names, taken, context)
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
    return any(e.kind == COUNTRY or (e.kind == CITY and e.population >= PROMOTION_POPULATION)
               or (e.kind in (CITY, REGION) and written is not None
                   and countries[e.country or ""] > 0)
               for e in own_senses(name, gazetteer))


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
                e.kind == COUNTRY or (e.kind == CITY and e.population >= PROMOTION_POPULATION)
                for e in own_senses(match["place"], gazetteer))}


def _wordlike(place: str) -> bool:
    """A dateline's town of four letters or more, not a short acronym ("UN (Reuters)")."""
    return sum(c.isalpha() for c in place.partition(",")[0]) >= 4


def _shift(span: Span, offset: int) -> Span:
    return span[0] + offset, span[1] + offset


def _dateline_mentions(datelines: list[Dateline]) -> list[Mention]:
    """`KUNDUZ, Afghanistan` and `WASHINGTON/LONDON`: the cities, and the region after them."""
    mentions = []
    for dateline in datelines:
        start = dateline.place_span[0]
        city, _, region = dateline.place.partition(", ")
        offset = start
        for part in city.split("/"):
            mentions.append(Mention(part.title(), (offset, offset + len(part)), part,
                                     DATELINE, qualifier=region or None))
            offset += len(part) + 1
        if region:
            offset = start + len(city) + 2
            mentions.append(Mention(region, (offset, offset + len(region)), region, DATELINE))
    return mentions


def _country_context(analysis: Analysis, gazetteer: Gazetteer, context: Context) -> None:
    """Demonyms ("Afghan"), the countries named and the places whose every sense of 5,000
    people or more lies in one country ("Karnataka"; "England", whatever hamlet in Arkansas
    shares the name) count before any name is weighed."""
    for token in analysis.doc:
        word, _, suffix = token.text.rpartition("-")
        if word and suffix in MODIFIER_SUFFIXES:
            # "U.S.-led" as one token: the tokenizer keeps the country inside the modifier.
            country = country_of(word, gazetteer) or gazetteer.demonym(word)
            span = (token.idx, token.idx + len(word))
        else:
            # The "American" of "North American" or "Latin American" is no country's.
            before = token.nbor(-1) if token.i > 0 else None
            continental = before is not None and before.is_alpha and before.is_title and (
                is_direction(before.text) or before.lower_ == "latin")
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
        country = country_of(name, gazetteer)
        if not country and not is_direction(name) and ent.label_ != "FAC":
            # Only a region or a city of 100,000 people: the gazetteer lacks seas, and many a
            # small town or province of the same name ("Atlantic", Iowa; "Gulf", Papua New
            # Guinea) would make its own context; nor a compass word ("the South" is no
            # province of Cameroon), nor a facility's name ("the Vienna Metro" is not in
            # Metro, Indonesia).
            senses = own_senses(name, gazetteer)
            countries = {e.country for e in senses if e.population >= MIN_CITY_POPULATION}
            if len(countries) == 1 and any(e.population >= PROMOTION_POPULATION
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


def _entity_mentions(analysis: Analysis, gazetteer: Gazetteer, context: Context,
                     place_names: set[str], datelines: list[Span]) -> list[Mention]:
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
                         or country_of(name, gazetteer))}
    short_names = _organisation_short_names(doc)
    mentions: list[Mention] = []
    joined = [(start, end) for start, end in _split_names(analysis, gazetteer)
              if (block := analysis.block_of(start)) and block.kind not in (ASIDE, CREDIT)]
    for start, end in joined:
        mentions.append(Mention(body[start:end], (start, end), body[start:end], "GPE"))
        country = country_of(body[start:end], gazetteer)
        if country:
            context.countries[country] += 1
    for ent in doc.ents:
        block = analysis.block_of(ent.start_char)
        if (block is None or block.kind in (ASIDE, CREDIT)
                or any(start <= ent.start_char < end for start, end in datelines)
                or overlaps(ent.start_char, ent.end_char, joined)
                or (ent.label_ not in PLACE_LABELS | OTHER_LABELS
                    and not (ent.label_ in WHERE_LABELS and (_after_in(ent) or _listed(ent))))):
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
        if gazetteer.demonym(name) and not own_senses(name, gazetteer):
            continue  # "Ukrainian": an adjective, counted as the country's reference
        first = ent.start_char + locate(ent.text, name)[0]
        for offset, part in _parts(name, gazetteer):
            mentions += _entity_mention(analysis, gazetteer, context, ent, part,
                                        first + offset, place_names, person_words, surnames)
    return mentions


def indefinite(mention: Mention, doc: Doc) -> bool:
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


def _entity_mention(analysis: Analysis, gazetteer: Gazetteer, context: Context,
                    ent: DocSpan, name: str, start: int, place_names: set[str],
                    person_words: set[str], surnames: set[str]) -> list[Mention]:
    """The mention (and the region a direction widens it to) of one name of an entity."""
    body = analysis.body
    end = start + len(name)
    countries = context.countries + context.resolved
    suffix = _modifier_suffix(body, end)
    if suffix:
        # "U.S.-led": an adjective, so the country is context, not a place mentioned;
        # but a "Calgary-based" firm is in Calgary.
        country = country_of(name, gazetteer)
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
        if _opens_a_name(ent) and not country_of(name, gazetteer) and not any(
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
                                             and not country_of(name, gazetteer)):
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
        # "a former governor of Enugu State", which the model calls an organisation: the
        # office and the kind word say a province, wherever it is (but "a representative
        # from Zamora" may be a club's).
        governed = (kind == REGION and _REPRESENTS.search(body, max(0, start - 40), start)
                    is not None and any(e.kind == REGION for e in own_senses(core, gazetteer)))
        if not governed and not promotable(name, place_names, countries, gazetteer,
                                           towns=towns):
            context.declined.append((name, towns))  # the second reading may take it
            return []
    elif kind == FACILITY and ent.label_ == "PERSON" and _persons_name(
            name, surnames, place_names, countries, gazetteer) \
            and name.split()[-1].lower() not in UNNAMED_STREET_WORDS:
        return []  # "Shirley Temple", "Mayor John Street", but not "Dubonet Drive"
    # "the Duma" names a body, not a town; in "the Samos hotspot" the article is the noun's.
    the = (body[max(0, start - 4):start].lower() == "the "
           and ent.root.dep_ not in ("compound", "amod", "nmod", "poss"))
    mention = Mention(name, (start, end), core, label, kind, the=the)
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
    return first not in surnames and not promotable(first, place_names, countries, gazetteer)


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
            and not country_of(named[1], gazetteer))


def _parts(name: str, gazetteer: Gazetteer) -> list[tuple[int, str]]:
    """The names in one entity the model ran together, each with its offset: "Thruxton,
    Hampshire" and "Donington Park, Leicestershire" end in a region that says where the
    first name is, "Greece Italy" is two countries; a name the gazetteer knows stays whole."""
    if gazetteer.lookup(name, codes=True):
        return [(0, name)]
    head, comma, tail = name.rpartition(", ")
    if comma and head and any(e.kind in (COUNTRY, REGION, CITY)
                              for e in own_senses(tail, gazetteer)):
        return [(0, head), (len(head) + len(comma), tail)]
    words = name.split(" ")
    for cut in range(1, len(words)):
        left, right = " ".join(words[:cut]), " ".join(words[cut:])
        if all(any(e.kind == COUNTRY for e in own_senses(half, gazetteer))
               for half in (left, right)):
            return [(0, left), (len(left) + 1, right)]
    # "the United States-Mexico border", "U.S.-China talks": two countries joined by a dash.
    joined = re.fullmatch(r"(.+?[^\s])([-–—])([^\s].*)", name)
    if joined and all(country_of(half, gazetteer) for half in (joined[1], joined[3])):
        return [(0, joined[1]), (joined.start(3), joined[3])]
    return [(0, name)]


def _person_words(doc: Doc) -> set[str]:
    """Every word of every person's name."""
    return {t.text for ent in doc.ents if ent.label_ == "PERSON" for t in ent}


def cut_from_name(mention: Mention, doc: Doc) -> bool:
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
                and not overlaps(start, end, spans)
                and own_senses(body[start:end], gazetteer)):
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
            if not overlaps(start, end, spans) and own_senses(body[start:end], gazetteer):
                spans.append((start, end))
                break
    return spans


def _joining_dash(token: Token) -> bool:
    """A hyphen with no space either side ("Guinea-Bissau")."""
    return (token.text == "-" and token.i > 0 and not token.nbor(-1).whitespace_
            and not token.whitespace_)


def _embedded_mentions(analysis: Analysis, gazetteer: Gazetteer, place_names: set[str],
                       taken: list[Span], context: Context) -> list[Mention]:
    """Places named inside the name of an organisation, an event, a law or a work: a country or
    a group of countries always ("the U.S. Open", "EU Aviation Strategy"); a city or a region
    when the article names it as a place elsewhere, or when the organisation is its police,
    fire service, council or court (`_serves`), so "The Washington Post" alone puts no
    Washington on the map, but "Peel Regional Police" puts Peel."""
    # "the Kennedy Court" after "Anthony Kennedy" is his, not a court of a town Kennedy.
    surnames = person_surnames(analysis.doc)
    # A second reading knows the countries of the places the first resolved: "Manitoba
    # Premier Brian Pallister" is the province's once "WINNIPEG —" is placed in Canada.
    countries = context.countries + context.resolved
    mentions: list[Mention] = []
    for ent in analysis.doc.ents:
        if (ent.label_ not in _HOST_LABELS or overlaps(ent.start_char, ent.end_char, taken)
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
                                      and name not in surnames and not is_direction(name)
                                      and _served(name, place_names, countries, context,
                                                  gazetteer))):
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
                mentions.append(Mention(name, (words.start_char, words.end_char), name,
                                         label))
                i = j - 1
                break
            i += 1
    return mentions


def _served(name: str, place_names: set[str], countries: Counter[str], context: Context,
            gazetteer: Gazetteer) -> bool:
    """Whether the place a public service is named after is one the story may be in; if not,
    the second reading asks again."""
    if promotable(name, place_names, countries, gazetteer, towns=True):
        return True
    context.declined.append((name, True))
    return False


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


def _untagged_mentions(analysis: Analysis, gazetteer: Gazetteer, context: Context,
                       place_names: set[str], taken: list[Span]) -> list[Mention]:
    """Proper nouns the model left without an entity that the gazetteer knows as a country,
    a city of 100,000, a region or town of the article's countries, or a place named
    elsewhere."""
    doc = analysis.doc
    person_words = _person_words(doc)
    untagged = _timeless(doc)
    mentions: list[Mention] = []
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
                 and not country_of(name, gazetteer))
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
                and not overlaps(words.start_char, words.end_char, taken)
                and not (set(name.split()) & person_words)
                and not _is_modifier(analysis.body, words.end_char)
                and (street or promotable(name, place_names, context.countries, gazetteer,
                                           towns=not piece and _placed(words, analysis.body)))):
            mentions.append(Mention(f"{name} {street.title()}" if street else name,
                                     (words.start_char, words.end_char), name, "UNTAGGED",
                                     KIND_WORDS[street] if street else None))
        i = j
    return mentions


def known_or_placed(mentions: list[Mention], hosts: dict[str, Entry],
                     analysis: Analysis) -> list[Mention]:
    """Without the names the model calls a town or a country that no gazetteer knows, holds
    no place's name and no words place: "Bloomberg also reported", "Pfizer buying Allergan"
    are a firm's far more often than a village's. Words that place it once ("in Toomevara",
    "from Helmet", "the village of Nagrig", "Stanley Uzoaru, Owerri") or a "the" of its own
    ("the Soviet Union", "the former Soviet Union", "the Islamic Republic's exports"; not
    "the UConn women") keep the name everywhere in the story."""
    def unknown(m: Mention) -> bool:
        return (m.label == "GPE" and m.entry is None and m.kind is None
                and fold(m.name) not in hosts)

    placed = {fold(m.name) for m in mentions if unknown(m) and _placed_at(m, analysis)}
    return [m for m in mentions if not unknown(m) or fold(m.name) in placed]


def _placed_at(mention: Mention, analysis: Analysis) -> bool:
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


def road_numbers(analysis: Analysis, taken: list[Span]) -> list[Mention]:
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
            following = token_after(doc, *code.span())
            if following is not None and following.is_lower and following.pos_ in (
                    "NOUN", "PROPN", "NUM") and following.lower_ not in ROAD_NOUNS \
                    and not following.lower_.endswith("ing"):
                break  # "the M16 rifle": a thing's number (but "the A417 heading south")
            if analysis.in_paragraph(code.start()) and not overlaps(*code.span(), taken):
                mentions.append(Mention(code[0], code.span(), code[0], "FAC", FACILITY))
    return mentions


def _party_states(analysis: Analysis, gazetteer: Gazetteer, taken: list[Span]
                  ) -> list[Mention]:
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
        if analysis.in_paragraph(start) and not overlaps(*span, taken):
            mentions.append(Mention(name, span, name, "ABBR" if code else "GPE",
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


def is_paper(mention: Mention) -> bool:
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
    but a small one's (`minor_code`: the Vatican's "VA")."""
    senses = [] if gazetteer.lookup(name) else gazetteer.lookup(name, codes=True)
    return any(e.kind == REGION for e in senses) and all(
        e.kind == REGION or minor_code(name, e, gazetteer) for e in senses)


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


def overlaps(start: int, end: int, spans: list[Span]) -> bool:
    return any(start < b and a < end for a, b in spans)


def _modifier_suffix(body: str, end: int) -> str | None:
    """The suffix that makes the name ending here an adjective: "led" of "U.S.-led"."""
    match = re.match(r"-([a-z]+)", body[end:end + 20])
    return match[1] if match and match[1] in MODIFIER_SUFFIXES else None


def _is_modifier(body: str, end: int) -> bool:
    return _modifier_suffix(body, end) is not None


def promotable(name: str, place_names: set[str], countries: Counter[str],
                gazetteer: Gazetteer, towns: bool = False) -> bool:
    """Whether a name the model did not call a place is one: named as a place elsewhere, a
    country by any of its names, or known by that very name as a continent, a city of
    100,000, or a region of the article's countries; with `towns`, also a town of 5,000
    there (for untagged proper nouns, names right after "in" and names listed with places:
    elsewhere what the model calls a person or an organisation is "Nelson" or the "White
    House")."""
    if fold(name) in place_names or is_group_code(name, gazetteer):
        return True
    # A region only in a country the article is about: many share their names with words or
    # bodies ("Centre" in Burkina Faso), but "Tamil Nadu" in a story about India is the state.
    # A country by any of its names: "DPRK", tagged an organisation, is North Korea.
    # A town may go by the first words of its name ("in Matias Romero, Oaxaca State" is
    # Matías Romero Avendaño), not by any other name ("Abo" is Turku).
    return any((fold(e.name) == fold(name) or e.kind in (COUNTRY, REGION)
                or (towns and fold(e.name).startswith(fold(name) + " ")))
               and (e.kind in (COUNTRY, CONTINENT)
                    or (e.kind == CITY and e.population >= PROMOTION_POPULATION)
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


def _widen(mention: Mention, analysis: Analysis, gazetteer: Gazetteer) -> Mention | None:
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
        if possessive(following[0].split()[0]):
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
            return Mention(name, span, name, mention.label)
        return Mention(name, span, mention.core, mention.label, REGION, part=True)
    # "the (once-quiet) north of Afghanistan" is a part of it; "25 miles south of Florence"
    # lies outside.
    noun = re.search(r"\b[Tt]he (?:[a-z]+-?[a-z]* )?(([a-z]+(?:-[a-z]+)?) of (?:the )?)$",
                     before)
    if noun and noun[2] in DIRECTIONS:
        return Mention(f"{DIRECTIONS[noun[2]]} {mention.name}", (start - len(noun[1]), end),
                        mention.core, mention.label, REGION, part=True)
    return None


def _describes(name: str, kind_word: str, gazetteer: Gazetteer) -> bool:
    """Whether a name before a kind word only describes an unnamed place: "a U.S. city",
    "the U.S. state of" (a country's name), "his Florida resort" (a country's or province's
    before a facility such a name never names), "an Illinois town" (a province's before a
    town's noun, unless a town in that province has the name: "Kunduz city" is Kunduz, but
    "a small Virginia town" is not Virginia, Minnesota)."""
    if country_of(name, gazetteer):
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


def _qualify(mentions: list[Mention], analysis: Analysis, gazetteer: Gazetteer) -> None:
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
            mentions.append(Mention(code, span, code, "ABBR"))
    for mention in list(mentions):
        region = _region_after(mention, body, gazetteer)
        if region is not None and region[1] not in known:
            mention.qualifier = region[0]
            mentions.append(Mention(region[0], region[1], region[0], "ABBR"))
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


def _two_countries(first: Mention, second: Mention, body: str, gazetteer: Gazetteer) -> bool:
    """ "Leaders of China, Japan and South Korea", "together with Canada, Mexico should sue":
    two countries named one after the other, not the towns of China (Okinawa) and Cañada
    (Hidalgo). Unless the first is a province of the second ("Georgia, U.S."), or a place is
    put there and no list goes on: "protesters in Jordan, Hong Kong, on Sunday" and "the town
    of Mexico, Philippines" are a district and a town."""
    country = country_of(second.core, gazetteer)
    if country is None or country_of(first.core, gazetteer) is None or any(
            e.kind == REGION and e.country == country for e in gazetteer.lookup(first.core)):
        return False
    listed = re.match(r"(?:,| and| or) [A-Z]", body[second.span[1]:second.span[1] + 6])
    placed = _PLACED_BEFORE.search(body, max(0, first.span[0] - 16), first.span[0])
    return bool(listed) or not placed


def _region_after(mention: Mention, body: str, gazetteer: Gazetteer
                  ) -> tuple[str, Span] | None:
    """The region named after a comma that holds a town of the mention's name, though the
    model tagged nothing there: "near New Quay, Ceredigion"."""
    match = re.match(r", ((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)\b(?! [A-Z])",
                     body[mention.span[1]:mention.span[1] + 50])
    if mention.qualifier or mention.kind is not None or mention.part or not match:
        return None
    towns = [e for e in gazetteer.lookup(mention.core)
             if e.kind == CITY and spelled_alike(e.name, mention.core)]
    if not any(qualified(towns, region, strict=True) for region in gazetteer.lookup(match[1])
               if region.kind == REGION and fold(region.name) == fold(match[1])):
        return None
    start = mention.span[1] + 2
    return match[1], (start, start + len(match[1]))


def _outshone(name: str, qualifier: str, gazetteer: Gazetteer) -> bool:
    """Whether a province or a city of half a million bears the name in the qualifier's
    country, which the name alone may well mean."""
    countries = {e.country for e in gazetteer.lookup(qualifier, codes=True)}
    return any(e.country in countries and (e.kind == REGION or (
        e.kind == CITY and e.population >= GREAT_CITY)) for e in own_senses(name, gazetteer))


def _is_premodifier(analysis: Analysis, span: Span) -> bool:
    """ "U.S." in "Kunduz, U.S. officials said": a modifier of what follows, no qualifier."""
    words = analysis.doc.char_span(*span, alignment_mode="expand")
    return words is not None and words.root.dep_ in ("compound", "amod", "nmod", "poss")


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
    if entry is None or entry.kind != COUNTRY or entry.population < MINOR_COUNTRY:
        return False
    initials = "".join(w[0] for w in entry.name.split() if w[0].isupper())
    return countries[entry.country or ""] > 0 or (
        letters == initials and ent.root.dep_ != "compound")


@cache
def _joined_country_names() -> re.Pattern[str]:
    """Those names in a text, the longest first."""
    names = sorted(joined_countries(), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")


def _province_of(name: str, gazetteer: Gazetteer) -> set[str]:
    """The countries with a province of this very name (ISO 3166-2): "Virginia" → {"US"}."""
    return {e.country for e in _provinces_named(name, gazetteer) if e.country}


def _provinces_named(name: str, gazetteer: Gazetteer) -> list[Entry]:
    """The provinces (ISO 3166-2) of this very name."""
    return [e for e in gazetteer.lookup(name)
            if e.id.startswith("iso3166-2:") and fold(e.name) == fold(name)]


def _listed_with_provinces(mentions: list[Mention], analysis: Analysis,
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
        if not listed or any(country_of(name, gazetteer) and not province_of(name)
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
        if country_of(mention.core, gazetteer):
            # The province, not the country: "Georgia, Arkansas" in such a list is no town
            # and its state either (`_qualify`).
            if mention.qualifier is None or code in province_of(mention.qualifier):
                mention.qualifier = code
        elif mention.span in said or not any(
                e.kind == CITY and e.population >= PROMOTION_POPULATION
                for e in own_senses(mention.core, gazetteer)):
            # The state of Oklahoma, not Oklahoma City; but "Kabul and Herat" are still
            # the cities the provinces are named after, unless the text says "states such
            # as California or Washington".
            mention.kind = REGION


def _represented(mentions: list[Mention], analysis: Analysis, gazetteer: Gazetteer) -> None:
    """ "A senator from New York", "the governor of Washington", "New York Attorney General
    Eric Schneiderman": a province's officers stand for the province, not for the city of
    its name; so do its primary, its caucuses and its delegation ("New York's April 19
    primary"), and the towns that lie in it ("villages in Idlib"). An office says a
    province and nothing else ("Georgia Gov. Brian Kemp" is no country's; `Mention.province`);
    a primary may be a territory's that is also a country ("the Puerto Rico primary")."""
    for mention in mentions:
        before = analysis.body[max(0, mention.span[0] - 40):mention.span[0]]
        after = (mention.span[1], mention.span[1] + 60)
        title = _STATE_OFFICE.match(analysis.body, *after)
        # Not "In Washington Sen. Ted Cruz called …": there the capital is where he spoke
        # (but "in New York Gov. Andrew Cuomo's budget" is the governor's).
        office = bool(_REPRESENTS.search(before) or (title and (
            not _LOCATIVE_BEFORE.search(before)
            or _POSSESSOR.match(analysis.body, title.end(), title.end() + 40))))
        if office and (country := country_of(mention.core, gazetteer)) and country in \
                _province_of(mention.core, gazetteer):
            continue  # "Mexico's Attorney General": the country's, not the State of México
        if (mention.kind is None and (office or _SETTLEMENTS_IN.search(before)
                                      or _STATE_VOTE.match(analysis.body, *after))
                and _province_of(mention.core, gazetteer)):
            mention.kind, mention.province = REGION, office


def token_after(doc: Doc, start: int, end: int) -> Token | None:
    """The token right after the words at these characters, if any."""
    words = doc.char_span(start, end, alignment_mode="expand")
    return doc[words.end] if words is not None and words.end < len(doc) else None

"""Places: an article's toponyms geocoded and gathered into places, with their mentions.

`toponyms.py` finds the names and `geocoding.py` resolves them; this module settles what is
shown: a place's name as the article writes it, the adjectives that refer to a country the
article names (`Place.references`), a place's name written again where the model saw none
("Maryland State Police" after "Severn, Md."), and the point of the place a facility, a
street or a region described by direction lies in, which it borrows and says so
(`Place.located_in`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .aliases import (
    has_body_noun,
    has_legal_form,
    is_name_suffix,
    person_surnames,
)
from .analysis import Analysis
from .gazetteer import (
    CITY,
    CONTINENT,
    COUNTRY,
    REGION,
    Entry,
    Gazetteer,
)
from .geocoding import (
    DATELINE,
    FACILITY,
    OTHER,
    OTHER_LABELS,
    PLACE_LABELS,
    PROMOTION_POPULATION,
    Context,
    Mention,
    Resolver,
    airports_by_name,
    among_neighbours,
    city_states,
    coded_regions,
    host_towns,
    is_direction,
    named_within,
    one_sense,
    own_senses,
    resolution_order,
    sentence_towns,
    story_focus,
)
from .ids import slugify, unique
from .layout import ASIDE, CREDIT
from .model import Place, Span
from .names import clean_name, fold
from .placewords import KIND_WORDS
from .temporal_lexicon import HOLIDAYS
from .toponyms import (
    WHERE_LABELS,
    cut_from_name,
    find_mentions,
    indefinite,
    is_paper,
    known_or_placed,
    overlaps,
    promotable,
    road_numbers,
    token_after,
)

if TYPE_CHECKING:
    from spacy.tokens import Span as DocSpan

    from .airports import Airport

# The labels of a mention the model or a dateline itself calls a place, or that names an
# organisation after it (always a country's; a town's only when it is the town's police or
# council, or named as a place elsewhere).
_SURE_LABELS = PLACE_LABELS | {DATELINE, "ABBR", "EMBEDDED"}
_LOCATIVE = re.compile(r"\b(?:in|near) $")
# A person's age after the name: "Beryl, 81, met", "Ivanka, 34;" (not "Ohio, 66 delegates"
# or "South Carolina, 367,000 people").
_AGE = re.compile(r",\s+\d{1,3}(?:,(?!\d)|;)")


def extract_places(analysis: Analysis, gazetteer: Gazetteer) -> list[Place]:
    places, context = _extract(analysis, gazetteer, Counter())
    # The story's countries are known better once its places are resolved: in "travelling
    # to Cirencester from Gloucester", Cirencester, which the model calls a person, is a
    # town of England only once Gloucester is placed there.
    found = Counter(place.country for place in places if place.country)
    if any(promotable(name, set(), found, gazetteer, towns=towns)
           for name, towns in context.declined) or any(
            found[e.country or ""] for name in context.abroad
            for e in own_senses(name, gazetteer)):
        places = _extract(analysis, gazetteer, found)[0]
    return places


def _extract(analysis: Analysis, gazetteer: Gazetteer,
             resolved: Counter[str]) -> tuple[list[Place], Context]:
    """The places, read with the countries an earlier reading resolved."""
    context = Context(resolved=resolved)
    mentions = find_mentions(analysis, gazetteer, context)
    # "The White House", which the model calls a building or a body, names one wherever else
    # the story writes it ("her White House bid"), since one name has one sense; unless a
    # city of 100,000 has the name ("the Mariupol of old" is still the city).
    buildings = {fold(m.core) for m in mentions if m.the and m.label in ("FAC", "ORG")
                 and not any(e.population >= PROMOTION_POPULATION
                             for e in own_senses(m.core, gazetteer))}
    for mention in mentions:
        mention.the = mention.the or fold(mention.core) in buildings
    resolver = Resolver(gazetteer, context)
    for mention in sorted(mentions, key=lambda m: (resolution_order(m, gazetteer), m.span)):
        mention.entry = resolver.resolve(mention)
    among_neighbours(mentions, resolver)
    airports_by_name(mentions, gazetteer, context)
    one_sense(mentions)
    coded_regions(mentions)
    city_states(mentions, analysis.body)
    # A name spaCy files as an organisation or a person is a place only if the gazetteer
    # knows it, or if it names a facility ("Bikoro Hospital").
    mentions = [m for m in mentions if (m.label not in OTHER_LABELS | WHERE_LABELS
                                        or m.entry is not None or m.kind == FACILITY)
                and not is_paper(m)]
    # What the gazetteer cannot place and no kind word makes a place is kept only if written
    # as a name: "the North" and "the West" are relative, "aren’t", "us" and "Jr." are the
    # model's mistakes; nor is a name the model tags a person more often ("Marco Rubio",
    # once a facility), a holiday ("Bastille Day"), a people, a body or a firm ("Germany's
    # Green Party", "Apple Inc.", not "the West Bank") or a word cut from a longer name
    # (`cut_from_name`).
    labels = Counter((clean_name(e.text), e.label_ == "PERSON") for e in analysis.doc.ents)
    mentions = [m for m in mentions if m.entry is not None or m.kind == FACILITY
                or (m.core[:1].isupper() and not is_name_suffix(m.core)
                    and (" " in m.core.strip() or not is_direction(m.core))
                    and not 0 < labels[m.name, False] < labels[m.name, True]
                    and m.core.lower() not in HOLIDAYS  # "Bastille Day"
                    and not _is_demonym(m.name, gazetteer)  # "the North Koreans"
                    and not (has_body_noun(m.name) and not is_direction(m.name.split()[0]))
                    and not has_legal_form(m.name)
                    # An acronym no gazetteer knows is a group's ("ISIL"), not a place's.
                    and not (m.core.isupper() and len(m.core.replace(".", "")) <= 5)
                    and not cut_from_name(m, analysis.doc))]
    # "Barry Smith, 80, and Beryl, 81, met …": a name followed by an age is a person's, here
    # and wherever else the story writes it ("while Beryl worked"); not a city of 100,000 in
    # a tally ("Wuhan, 129; Beijing, 14") nor a town the story has things happen in.
    not_places = {m.name for m in mentions if _AGE.match(analysis.body, m.span[1]) and (
        m.entry is None or (m.entry.kind == CITY and m.entry.population < PROMOTION_POPULATION))}
    # "As a Latina", "a Golden Globe": a name right after an indefinite article is a common
    # noun, here and wherever else the story writes it ("a wise Latina"), not Latina in Madrid;
    # unless the model calls it a town, a country or a region ("a Middle East free of nuclear
    # weapons"), or the story has it after "in" or "near" ("a Hampstead, New Hampshire,
    # coffee shop" is a place; "He bought a Lincoln … in the Lincoln" is a car).
    not_places |= {m.name for m in mentions if m.kind is None and m.label not in ("GPE", "LOC")
               and indefinite(m, analysis.doc)
               and not (m.entry and m.entry.kind in (COUNTRY, CONTINENT))}
    not_places -= {m.name for m in mentions
               if _LOCATIVE.search(analysis.body, max(0, m.span[0] - 6), m.span[0])}
    mentions = [m for m in mentions if m.name not in not_places]
    if any(m.entry is not None and m.entry.country == "GB" for m in mentions):
        mentions += road_numbers(analysis, [m.span for m in mentions])
    focus = story_focus(mentions) or _organisations_town(analysis, gazetteer)
    hosts = host_towns(mentions, analysis.body)
    hosts |= named_within(mentions, hosts, resolver)
    hosts = sentence_towns(mentions, analysis.doc) | hosts
    mentions = known_or_placed(mentions, hosts, analysis)

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


def _is_demonym(name: str, gazetteer: Gazetteer) -> bool:
    """ "the North Koreans", and an adjective joined to one: "Franco-German", "Turkish-Gulf"."""
    words = {name, *name.split("-")} if "-" in name else {name}
    return any(gazetteer.demonym(word) or gazetteer.demonym(word.removesuffix("s"))
               for word in words)


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
            cities = [e for e in senses if e.population >= PROMOTION_POPULATION]
            # "the Armenia Fund" is the country's, and "Washington" may be the state.
            if cities and all(e.kind == CITY for e in senses):
                towns[max(cities, key=lambda e: e.population)] += 1
                break
    return towns.most_common(1)[0][0] if towns else None


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
        if place is not None and not overlaps(*span, taken) and span not in place.references:
            place.references.append(span)
    for place in countries.values():
        place.references.sort()


def _located_twice(place: Place, analysis: Analysis) -> bool:
    """ "in Riverdale" twice: where things happen, whatever the model called the name; not
    a name that goes on to a noun or another name ("in Gallup data", "in Gallup and in
    Quinnipiac surveys": the pollster's)."""
    located = 0
    for start, end in place.mentions:
        following = token_after(analysis.doc, start, end)
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


def _place_for(mention: Mention, host: Entry | None, focus: Entry | None,
               places: dict[str, Place], gazetteer: Gazetteer) -> Place:
    entry = mention.entry
    if entry is not None and not mention.part and mention.kind in (None, CITY, REGION):
        key = entry.id
        if key not in places:
            name = mention.name if mention.kind == REGION else entry.name
            places[key] = _from_entry(entry, name)
        return places[key]
    # A facility, a street or "northern Afghanistan": the name is the place; the point is
    # that of the place it lies in, if the text (`host_towns`) or the story's focus says which,
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

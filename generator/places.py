"""Places: spaCy's place entities and the dateline city, merged by name and geocoded offline."""

from __future__ import annotations

from collections import Counter

from .analysis import Analysis
from .gazetteer import Entry, Gazetteer
from .ids import slugify, unique
from .layout import ASIDE, CREDIT
from .model import Place, Span
from .names import clean_name, fold

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# spaCy's small model often calls a city an organisation ("Kunduz" as ORG); such an entity
# is a place when the gazetteer knows its exact name as a country or a large city.
_PROMOTABLE_LABELS = frozenset({"ORG", "NORP"})
_PROMOTION_POPULATION = 100_000
_KIND_WORDS = {
    "city": "city", "town": "city", "village": "city",
    "province": "region", "state": "region", "region": "region", "district": "region",
    "county": "region", "governorate": "region",
    "airport": "facility", "hospital": "facility", "prison": "facility", "base": "facility",
}
def _kind_and_core(name: str) -> tuple[str | None, str]:
    """`Kunduz Province` → ("region", "Kunduz"); `Kunduz airport` → ("facility", "Kunduz")."""
    words = name.split()
    if len(words) > 1 and words[-1].lower() in _KIND_WORDS:
        return _KIND_WORDS[words[-1].lower()], " ".join(words[:-1])
    return None, name


def _choose(candidates: list[Entry], countries: Counter[str]) -> Entry | None:
    """The candidate in a country the article names most, else the most populous."""
    if not candidates:
        return None
    return max(candidates, key=lambda e: (e.kind == "country", countries[e.country or ""] > 0,
                                          e.population))


def extract_places(analysis: Analysis, gazetteer: Gazetteer) -> list[Place]:
    doc = analysis.doc
    person_words = {t.text for ent in doc.ents if ent.label_ == "PERSON" for t in ent}
    mentions: list[tuple[str, Span]] = []
    if analysis.dateline:
        dateline = analysis.dateline
        start = dateline.place_span[0]
        city = dateline.place.split(",")[0]
        mentions.append((city.title(), (start, start + len(city))))
    for ent in doc.ents:
        block = analysis.block_of(ent.start_char)
        if block is None or block.kind in (ASIDE, CREDIT) or analysis.in_dateline(
                (ent.start_char, ent.end_char)):
            continue
        name = clean_name(ent.text)
        if not name:
            continue
        if ent.label_ in PLACE_LABELS:
            # "Murad" tagged GPE in "Murad Ali Murad told…": a word of a person's name.
            if name in person_words and not gazetteer.lookup(name):
                continue
        elif ent.label_ in _PROMOTABLE_LABELS:
            found = gazetteer.lookup(name)
            if not any(e.kind == "country" or e.population >= _PROMOTION_POPULATION
                       for e in found if fold(e.name) == fold(name)):
                continue
        else:
            continue
        offset = ent.start_char + ent.text.find(name.split()[0])
        mentions.append((name, (offset, offset + len(name))))

    # Countries first, so that cities can be disambiguated by the countries named.
    countries: Counter[str] = Counter()
    for name, _ in mentions:
        top = gazetteer.lookup(_kind_and_core(name)[1])[:1]
        if top and top[0].kind == "country":
            countries[top[0].country or ""] += 1
    places: dict[str, Place] = {}
    for name, span in mentions:
        kind, core = _kind_and_core(name)
        entry = _choose(gazetteer.lookup(core), countries)
        place_kind = kind or (entry.kind if entry else "other")
        # A province or a facility is not the city of the same name: keep them apart.
        key = f"{place_kind}:{entry.geonameid if entry else fold(name)}"
        place = places.get(key)
        if place is None:
            same_point = place_kind == (entry.kind if entry else None)
            place = places[key] = Place(
                id="",
                name=entry.name if entry and same_point else name,
                kind=place_kind,
                country=entry.country if entry else None,
                lat=entry.lat if entry and same_point else None,
                lon=entry.lon if entry and same_point else None,
                geonameid=entry.geonameid if entry and same_point else None,
            )
        if name != place.name and name not in place.aliases:
            place.aliases.append(name)
        place.mentions.append(span)

    for place in places.values():
        place.mentions.sort()
    ordered = sorted(places.values(), key=lambda p: (-len(p.mentions), p.mentions[0]))
    used: set[str] = set()
    for place in ordered:
        place.id = unique(slugify(place.name), used)
    return ordered

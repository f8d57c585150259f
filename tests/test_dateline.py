"""Datelines: place, agency and date at the start of a wire story."""

from __future__ import annotations

import pytest

from generator.dateline import find_dateline


@pytest.mark.parametrize(("text", "place", "agency", "date"), [
    ("KUNDUZ, Afghanistan (Reuters) - Taliban fighters", "KUNDUZ, Afghanistan", "Reuters", None),
    ("WASHINGTON (AP) — The Senate voted", "WASHINGTON", "AP", None),
    ("NEW YORK, Sept 28 (Reuters) - Stocks fell", "NEW YORK", "Reuters", "Sept 28"),
    ("RICHMOND, Va. (AP) -- A judge ruled", "RICHMOND, Va.", "AP", None),
    ("PARIS — Le gouvernement", "PARIS", None, None),
    # Some wires write the place in title case, always with their name.
    ("Cleveland (AFP) – The Trump troops", "Cleveland", "AFP", None),
    ("Washington (CNN) — The Senate voted", "Washington", "CNN", None),
])
def test_datelines(text, place, agency, date):
    found = find_dateline(text)
    assert found is not None
    assert (found.place, found.agency, found.date) == (place, agency, date)
    assert text[found.place_span[0]:found.place_span[1]] == place
    assert text[found.span[1]:][0].isalpha()


@pytest.mark.parametrize("text", [
    "NATO - the alliance said",  # an acronym, not a place
    "The president said on Monday - again - that",
    "U.S. - China talks resumed",
    "Cleveland - the city said",  # title case asks for the agency
    "Smith (R) - a senator from Texas",
])
def test_not_datelines(text):
    assert find_dateline(text) is None

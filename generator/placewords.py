"""The closed-class words around place names: kind nouns, directions and modifier suffixes."""

from __future__ import annotations

# The noun after a name that says what kind of place it is ("Kunduz Province").
KIND_WORDS = {
    "city": "city", "town": "city", "village": "city",
    "province": "region", "state": "region", "region": "region", "district": "region",
    "county": "region", "governorate": "region", "prefecture": "region", "oblast": "region",
    "territory": "region", "valley": "region", "peninsula": "region", "desert": "region",
    "island": "region", "islands": "region", "mountains": "region",
    "airport": "facility", "airbase": "facility", "base": "facility", "hospital": "facility",
    "prison": "facility", "jail": "facility", "stadium": "facility", "church": "facility",
    "cathedral": "facility", "basilica": "facility", "chapel": "facility", "abbey": "facility",
    "mosque": "facility", "synagogue": "facility", "temple": "facility", "museum": "facility",
    "library": "facility", "palace": "facility", "embassy": "facility", "bridge": "facility",
    "station": "facility", "port": "facility", "harbor": "facility", "harbour": "facility",
    "dam": "facility", "camp": "facility", "park": "facility", "square": "facility",
    "street": "facility", "avenue": "facility", "road": "facility", "boulevard": "facility",
    "drive": "facility", "st.": "facility", "ave.": "facility", "rd.": "facility",
    "highway": "facility", "resort": "facility", "hotel": "facility", "tower": "facility",
    "arena": "facility", "mall": "facility", "theatre": "facility", "theater": "facility",
    "hall": "facility", "courthouse": "facility", "cemetery": "facility",
    "river": "water", "lake": "water", "sea": "water", "ocean": "water", "gulf": "water",
    "bay": "water", "strait": "water", "canal": "water",
}

# Facilities a province or a country only describes: "his Florida resort" is a resort in
# Florida, where "Deer Valley resort" is one by its name.
DESCRIBED_FACILITIES = frozenset({"resort", "hotel", "tower", "arena", "mall"})

# Nouns of a part of a town: "the Brussels neighborhood of Molenbeek" lies in Brussels.
PART_OF_TOWN_WORDS = frozenset({
    "neighborhood", "neighbourhood", "suburb", "district", "borough", "quarter", "township",
})

# Kind words of streets, which are named after places elsewhere ("Hampton Avenue").
STREET_WORDS = frozenset({"street", "avenue", "road", "boulevard", "highway", "square",
                          "drive", "st.", "ave.", "rd."})
# Street words no one's surname is ("Mayor John Street", "Tom Road" are people).
UNNAMED_STREET_WORDS = frozenset({"drive", "st.", "ave.", "rd.", "avenue", "boulevard"})

# Nouns a road's number may come before: "the A417 southbound carriageway", "the A429
# Cirencester junction" (but "the A380 superjumbo" and "the M16 rifle" are things).
ROAD_NOUNS = frozenset({"motorway", "carriageway", "junction", "roundabout", "road",
                        "interchange", "exit", "southbound", "northbound", "eastbound",
                        "westbound"})
# Prepositions that put something on a road: "a crash on the A120", "via the A436".
ROAD_PREPOSITIONS = frozenset({"on", "via", "along", "onto", "off"})

# Last words of a newspaper's name: "the Miami Herald", "the Cedar Rapids Gazette" are papers,
# not places (a town of such a name, "Newport News", is known by its own).
PAPER_WORDS = frozenset({"herald", "gazette", "tribune", "union-tribune", "observer",
                         "chronicle", "inquirer", "examiner", "dispatch", "courier", "journal",
                         "times", "post", "sun", "register", "bulletin", "star-ledger",
                         "star-tribune", "free press", "daily news"})

# Compass nouns and their adjectives: "the north of Afghanistan" is "northern Afghanistan".
DIRECTIONS = {
    "north": "northern", "south": "southern", "east": "eastern", "west": "western",
    "northeast": "northeastern", "northwest": "northwestern", "southeast": "southeastern",
    "southwest": "southwestern", "north-east": "north-eastern", "north-west": "north-western",
    "south-east": "south-eastern", "south-west": "south-western",
}
# "central Afghanistan" is a region; "the center of Kunduz" is only the middle of a city.
DIRECTION_ADJECTIVES = frozenset({*DIRECTIONS.values(), "central"})

# A name joined to one of these by a hyphen is an adjective ("U.S.-led", "Kabul-based").
MODIFIER_SUFFIXES = frozenset({
    "led", "based", "backed", "born", "made", "owned", "run", "funded", "brokered",
    "sponsored", "controlled", "held", "bound", "allied", "supported", "style", "worthy",
    "like", "inspired", "themed",
})
# Those that say where a thing is or comes from ("a Calgary-based firm"): a town or region so
# joined is a place mentioned; a country stays an adjective ("U.S.-based").
LOCATING_SUFFIXES = frozenset({"based", "born", "made"})

# Words that make an organisation named after a place that place's own public service or
# government ("Peel Regional Police", "Cavan County Council", "Manitoba Premier Brian
# Pallister", which the model runs into one organisation): it works where the story happens.
PUBLIC_SERVICES = frozenset({
    "police", "sheriff", "sheriff's", "constabulary", "fire", "paramedic", "ambulance",
    "council", "court", "courts", "premier", "governor", "mayor", "government",
    "legislature", "guard", "attorney", "prosecutor", "commissioner", "deputy", "assistant",
    "gov.", "sen.", "rep.", "senator", "representative",
})

# Verbs and nouns of going somewhere: the name after their "to" is a place ("moved to
# Thornhill", "a trip to Saipan").
MOTION_WORDS = frozenset({
    "go", "come", "travel", "move", "head", "drive", "fly", "return", "flee", "walk", "ride",
    "sail", "relocate", "commute", "emigrate", "migrate", "evacuate", "deport", "march",
    "trip", "journey", "flight", "honeymoon", "voyage", "route", "road",
})

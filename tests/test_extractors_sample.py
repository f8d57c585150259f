"""Each extractor on the sample article, against expectations checked by hand in the text."""

from __future__ import annotations

from .conftest import text_at


def by_id(items):
    return {item.id: item for item in items}


def test_every_span_indexes_the_body(sample):
    body = sample.article.body
    for actor in sample.actors:
        for mention in actor.mentions:
            assert text_at(body, mention) in [actor.name, *actor.aliases]
    for place in sample.places:
        for mention in place.mentions:
            assert text_at(body, mention) in [place.name, *place.aliases, "KUNDUZ"]
    for quote in sample.quotes:
        assert text_at(body, quote.span) == quote.text


def test_summary_is_the_lead_without_the_dateline(sample):
    assert len(sample.summary) == 2
    assert sample.summary[0].startswith("Taliban fighters on Monday battled their way")
    assert sample.summary[1].startswith("In a major setback for Afghan forces")


def test_actors(sample):
    actors = by_id(sample.actors)
    mujahid = actors["zabihullah-mujahid"]
    assert mujahid.kind == "person" and "Mujahid" in mujahid.aliases
    assert len(mujahid.mentions) == 3  # full name, "Mujahid said", "Taliban spokesman Mujahid"
    assert "spokesman for the hardline Islamist movement" in mujahid.roles
    assert actors["graeme-smith"].roles == ["senior analyst for International Crisis Group"]
    assert actors["dominic-medley"].roles == ["U.N. spokesman"]
    assert actors["abdullah-danishy"].roles == ["deputy governor of Kunduz"]
    assert "Afghan Interior Ministry spokesman" in actors["sediq-sediqqi"].roles
    assert actors["sediq-sediqqi"].kind == "person"  # tagged ORG by the model
    assert actors["taliban"].kind == "organization" and len(actors["taliban"].mentions) == 14
    names = {a.name for a in sample.actors}
    # A place never becomes an actor; the publisher and photo credits are not actors.
    assert not names & {"Kunduz", "KUNDUZ", "Reuters", "REUTERS/Stringer", "Afghanistan"}


def test_direct_quotes_and_speakers(sample):
    direct = {q.text: q for q in sample.quotes if q.kind == "direct"}
    advancing = direct["Our fighters are now advancing toward the airport"]
    assert (advancing.speaker, advancing.cue, advancing.channel) == (
        "zabihullah-mujahid", "said", "Twitter")
    grim = direct["It is certainly the first major breach of a provincial capital since 2001"]
    assert grim.speaker == "graeme-smith"
    # The second half of Smith's broken quote has no attribution of its own.
    choking = direct["They are choking the Afghan forces from all sides. It looks pretty grim."]
    assert choking.speaker == "graeme-smith"
    # Murad's quote continues, without attribution, in the next paragraph.
    arrived = next(q for t, q in direct.items() if t.startswith("Our forces arrived there"))
    troops = next(q for t, q in direct.items() if t.startswith("There were enough troops"))
    assert arrived.speaker == troops.speaker and troops.channel == "news briefing"
    # "she said" resolves to the spokeswoman named in the previous paragraph.
    fluid = next(q for t, q in direct.items() if t.startswith("The situation remains fluid"))
    assert fluid.speaker == "katy-bondy"
    # The sub-heading “IT LOOKS GRIM” is not a quote.
    assert not any("IT LOOKS GRIM" in q.text for q in sample.quotes)


def test_reported_speech_and_anonymous_sources(sample):
    indirect = [q for q in sample.quotes if q.kind == "indirect"]
    regrouping = next(q for q in indirect if q.text.startswith("Afghan forces were regrouping"))
    assert regrouping.speaker == "sediq-sediqqi" and regrouping.cue == "said"
    vowed = next(q for q in indirect if q.cue == "vowed")
    assert vowed.speaker == "abdullah-danishy"
    assert vowed.text == "Afghan forces would retake the occupied city"
    kabul = next(q for q in indirect if q.cue == "according to" and "Kabul" in q.speaker_name)
    assert kabul.speaker is None and kabul.speaker_name == "a senior official in Kabul"
    assert kabul.text.startswith("Dozens of Afghan special forces were flown")


def test_places(sample):
    places = by_id(sample.places)
    kunduz = places["kunduz"]
    assert (kunduz.kind, kunduz.country) == ("city", "AF")
    assert abs(kunduz.lat - 36.73) < 0.1 and abs(kunduz.lon - 68.86) < 0.1
    assert "Kunduz city" in kunduz.aliases
    assert places["kabul"].kind == "city" and abs(places["kabul"].lat - 34.53) < 0.1
    assert places["afghanistan"].kind == "country" and places["afghanistan"].country == "AF"
    assert places["kunduz-province"].kind == "region"

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
    for time in sample.times:
        assert text_at(body, time.span) == time.text
    for entry in sample.timeline:
        assert text_at(body, entry.time_span) == entry.phrase


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


def test_places(sample):
    places = by_id(sample.places)
    kunduz = places["kunduz"]
    assert (kunduz.kind, kunduz.country) == ("city", "AF")
    assert abs(kunduz.lat - 36.73) < 0.1 and abs(kunduz.lon - 68.86) < 0.1
    assert "Kunduz city" in kunduz.aliases
    assert places["kabul"].kind == "city" and abs(places["kabul"].lat - 34.53) < 0.1
    assert places["afghanistan"].kind == "country" and places["afghanistan"].country == "AF"
    assert places["kunduz-province"].kind == "region"


def test_times(sample):
    values = {(t.text, t.value, t.type, t.mod) for t in sample.times}
    assert ("last year", "2014", "DATE", None) in values
    assert ("the end of 2014", "2014", "DATE", "END") in values
    assert ("14 years", "P14Y", "DURATION", None) in values
    assert ("Monday", "2015-09-28", "DATE", None) in values
    assert ("earlier this year", "2015", "DATE", None) in values
    assert ("September 28, 2015", "2015-09-28", "DATE", None) in values


def test_timeline_is_sorted_and_dated(sample):
    dates = [e.date for e in sample.timeline]
    assert dates == sorted(dates)
    withdrew = next(e for e in sample.timeline if e.phrase == "last year")
    assert withdrew.date == "2014" and withdrew.relation == "past"
    assert "withdrew most of its troops" in withdrew.event
    ousted = next(e for e in sample.timeline if "ousted" in e.event)
    assert ousted.date == "2001" and ousted.relation == "past"
    same_day = [e for e in sample.timeline if e.relation == "same-day"]
    assert any("battled their way into the center of Kunduz" in e.event for e in same_day)

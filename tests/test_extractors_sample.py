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
    for quote in sample.quotes:
        assert text_at(body, quote.span) == quote.text


def test_summary_is_the_lead_without_the_dateline(sample):
    assert len(sample.summary) == 2
    assert sample.summary[0].startswith("Taliban fighters on Monday battled their way")
    assert sample.summary[1].startswith("In a major setback for Afghan forces")


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



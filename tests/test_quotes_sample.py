"""Who said what in the sample article: its 13 direct quotes and its reported speech, each
expectation checked by hand against the text."""

from __future__ import annotations

import pytest

from .conftest import text_at

# The sample's direct quotes in order: words, the name the speaker goes by where they are
# named in the article, the cue, the channel.
DIRECT = [
    ("Our fighters are now advancing toward the airport",
     "Zabihullah Mujahid", "said", "Twitter"),
    ("most of Kunduz city has fallen to the Taliban", "Sediq Sediqqi", "confirmed", None),
    ("It is certainly the first major breach of a provincial capital since 2001",
     "Graeme Smith", "said", None),
    ("They are choking the Afghan forces from all sides. It looks pretty grim.",
     "Graeme Smith", None, None),
    ("They’ve been relocated within Afghanistan", "Dominic Medley", "said", None),
    ("There were enough troops inside Kunduz city, but the insurgents used some route deemed "
     "not that sensitive", "Murad Ali Murad", "told", "news briefing"),
    ("Our forces arrived there on time, but we had to take extra care not to cause civilian "
     "casualties.", "Murad Ali Murad", None, None),
    ("and we expected that fighting would be severe this year.", "Katy Bondy", "said", None),
    ("The situation remains fluid, and we are continuing to follow the situation closely",
     "Katy Bondy", "said", None),
    ("We have reinforcements coming from other areas and will beat back the Taliban",
     "Abdullah Danishy", "said", "telephone"),
    ("Once they get inside an urban area, your air assets and artillery become much less "
     "useful", "Graeme Smith", "said", None),
    ("My uncle’s wife has been killed by the Taliban today and still my wife and kids are in "
     "the area that the Taliban captured, so it is important to free my family",
     "Matin Safraz", "said", None),
    ("The mujahideen are trying to avoid any harm to Kunduz residents",
     "Zabihullah Mujahid", "said", "Twitter"),
]


def actor_named(sample, name):
    """The actor holding the first mention of `name` in the body, whatever actors.py calls
    it ("Murad Ali Murad" may be an actor of its own or the alias of one)."""
    start = sample.article.body.index(name)
    end = start + len(name)
    for actor in sample.actors:
        if any(s < end and start < e for s, e in actor.mentions):
            return actor
    raise AssertionError(f"no actor mentioned as {name!r}")


@pytest.fixture(scope="module")
def direct(sample):
    return [q for q in sample.quotes if q.kind == "direct"]


def test_the_thirteen_direct_quotes(sample, direct):
    assert [q.text for q in direct] == [text for text, *_ in DIRECT]
    for quote, (_, name, cue, channel) in zip(direct, DIRECT, strict=True):
        assert text_at(sample.article.body, quote.span) == quote.text
        actor = actor_named(sample, name)
        assert (quote.speaker, quote.speaker_name) == (actor.id, actor.name), quote.text
        assert (quote.cue, quote.channel) == (cue, channel), quote.text
        if cue:
            assert text_at(sample.article.body, quote.cue_span) == cue


def test_a_quote_broken_by_its_attribution_is_one_quote_in_two_parts(direct):
    first, second = direct[2], direct[3]
    assert second.continues == first.id and first.continues is None
    assert not any(q.continues for q in direct[:2] + direct[4:])


def test_pronouns_resolve_to_the_speaker_named_before(sample, direct):
    body = sample.article.body
    fluid, mujahideen = direct[8], direct[12]
    assert text_at(body, fluid.speaker_span) == "she"
    assert text_at(body, mujahideen.speaker_span) == "he"


def test_partial_quote_is_held_by_its_reported_speech(sample, direct):
    expected = direct[7]
    holder = next(q for q in sample.quotes if q.id == expected.within)
    assert holder.kind == "indirect" and holder.speaker == expected.speaker
    assert holder.text == ("Afghan forces assumed primarily security responsibilities earlier "
                           "this year, “and we expected that fighting would be severe this "
                           "year.”")


def test_headings_are_not_quotes(sample):
    assert not any("IT LOOKS GRIM" in q.text for q in sample.quotes)


REPORTED = [
    ("Taliban fighters on Monday battled their way", "said", None, "witnesses and officials"),
    ("The insurgents launched a surprise", "said", "Zabihullah Mujahid", None),
    ("Afghan forces were regrouping at the airport", "said", "Sediq Sediqqi", None),
    ("they withdrew to avoid harming civilians", "suggesting", "Murad Ali Murad", None),
    ("Dozens of Afghan special forces were flown", "according to", None,
     "a senior official in Kabul"),
    ("The U.S. military did not carry out any airstrikes", "said", None, "U.S. officials"),
    ("Afghan forces assumed primarily security responsibilities", "said", "Katy Bondy", None),
    ("Afghan forces would retake the occupied city", "vowed", "Abdullah Danishy", None),
    ("he was prepared to fight the Taliban", "said", "Matin Safraz", None),
    ("20 Taliban fighters had been killed", "said", "Sayed Sarwar Hussaini", None),
    ("Taliban gunmen, some armed with rocket-propelled grenades", "according to", None,
     "two security officials"),
    ("Kunduz residents to stay inside", "urged", "Zabihullah Mujahid", None),
]


def test_reported_speech(sample):
    indirect = [q for q in sample.quotes if q.kind == "indirect"]
    assert len(indirect) == len(REPORTED)
    for quote, (start, cue, name, anonymous) in zip(indirect, REPORTED, strict=True):
        assert quote.text.startswith(start), (quote.text, start)
        assert quote.cue == cue, quote.text
        if name:
            assert quote.speaker == actor_named(sample, name).id, quote.text
        else:
            assert (quote.speaker, quote.speaker_name, quote.anonymous) == (
                None, anonymous, True), quote.text


def test_reported_speech_is_precise(sample):
    texts = [q.text for q in sample.quotes]
    # "declining to say where or how many staff were evacuated", "could not say whether …":
    # a question no one answered is not what anyone said.
    assert not any("how many staff" in t or "any action by the U.S.-led" in t for t in texts)
    lead = next(q for q in sample.quotes if q.text.startswith("Taliban fighters on Monday"))
    assert lead.text.endswith("in 14 years")  # the dateline and "witnesses … said" left out

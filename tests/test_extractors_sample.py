"""Each extractor on the sample article, against expectations checked by hand in the text."""

from __future__ import annotations

from .conftest import text_at


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



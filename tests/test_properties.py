"""Property-based tests over generated articles: extraction never raises, every span is evidence,
the JSON keeps its contract, and the same input always gives the same output."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.model import Article, Explainer
from generator.names import fold

WORDS = [
    "the", "minister", "said", "on", "Monday", "that", "talks", "with", "Ruritania", "would",
    "resume", "last", "year", "in", "2014", "Kabul", "Paris", "Texas", "John", "Smith", "Acme",
    "Corp", "U.N.", "NATO", "spokesman", "told", "Reuters", "according", "to", "officials",
    "she", "he", "they", "'s", "early", "September", "28,", "2015", "next", "week", "ago",
    "two", "years", "Dr.", "Ms.", "O'Brien", "Zoë", "Ñandú", "москва", "北京", "😀", "&", "<b>",
    "*", "_", "#", "|", "{:", "}", "[", "](", ")", "---", "\\", "`", "=", "~", "-", "—", ":",
]
MARKS = ['"', "“", "”", "‘", "’", "'", "«", "»"]
token = st.one_of(st.sampled_from(WORDS), st.sampled_from(MARKS),
                  st.text(min_size=1, max_size=6))
sentence = st.lists(token, min_size=1, max_size=25).map(" ".join)
paragraph = st.lists(sentence, min_size=1, max_size=4).map(lambda s: ". ".join(s) + ".")
body = st.lists(paragraph, min_size=1, max_size=5).map("\n\n".join).filter(str.strip)
dateline = st.sampled_from(["", "KABUL (Reuters) - ", "WASHINGTON, Sept 28 (AP) — "])

SETTINGS = settings(max_examples=40, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow,
                                           HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def schema():
    return json.loads(resources.files("generator").joinpath(
        "schema/explainer-1.schema.json").read_text())


def article(text: str) -> Article:
    return Article(slug="generated", title="Generated", body=text, path="generated.txt",
                   date="2015-09-28", date_source="front-matter")


def check_evidence(x: Explainer) -> None:
    body = x.article.body
    length = len(body)

    def at(span) -> str:
        start, end = span
        assert 0 <= start <= end <= length, span
        return body[start:end]

    for start, end in x.sentences:
        assert 0 <= start < end <= length
    for text, span in zip(x.summary, x.summary_spans, strict=True):
        assert " ".join(at(span).split()) == text
    for item in (*x.actors, *x.places):
        names = {fold(n) for n in (item.name, *item.aliases)}
        for mention in item.mentions:
            assert fold(at(mention)) in names, (item, mention, at(mention))
    for quote in x.quotes:
        assert at(quote.span) == quote.text or fold(at(quote.span)) == fold(quote.text)
    for time in x.times:
        assert at(time.span) == time.text
    for entry in x.timeline:
        at(entry.span)
        at(entry.time_span)


@SETTINGS
@given(text=body, prefix=dateline)
def test_extraction_never_raises_and_keeps_its_contract(pipeline, schema, text, prefix):
    explainer = pipeline.explain(article(prefix + text))
    check_evidence(explainer)
    data = json.loads(json.dumps(explainer.to_dict()))
    jsonschema.validate(data, schema)
    # The same input gives byte-identical output, and the JSON round trip loses nothing.
    again = pipeline.explain(article(prefix + text))
    assert json.dumps(again.to_dict()) == json.dumps(explainer.to_dict())
    assert Explainer.from_dict(data).to_dict() == data

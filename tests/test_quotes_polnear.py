"""The PolNeAR benchmark's reading of the gold, and a smoke run over two dev articles."""

from __future__ import annotations

from benchmarks.quotes import load, quoted_characters, score, surname


def test_quoted_characters_of_a_gold_content():
    text = 'He said the plan was "a disaster" and “we will fix it.” Later: tired.'
    whole = [(0, len(text))]
    assert [text[s:e] for s, e in quoted_characters(text, whole)] == [
        "a disaster", "we will fix it."]
    # A content that starts inside a quote: its opening mark lies before the content.
    assert quoted_characters('all tired." He left.', [(0, 11)]) == [(0, 10)]
    assert quoted_characters("no marks here", [(0, 13)]) == []


def test_a_named_source_has_a_surname():
    assert surname("Republican nominee Donald Trump") == "trump"
    assert surname("Sen. Bernie Sanders (I-Vt.)") == "sanders"
    assert surname("Rep. Tom Cole of Oklahoma, an ally") == "cole"
    assert surname("Former Secretary of State Madeleine Albright") == "albright"
    assert surname("Mark-Viverito") == "mark viverito"
    for description in ("he", "sources", "the Trump campaign", "a woman in Worcester",
                        "a spokesman for Sen. Ted Cruz", "ROLL TIDE", None):
        assert surname(description) is None, description


def test_smoke_two_dev_articles(shared_eval, pipeline):
    articles = load(shared_eval / "polnear" / "dev")[:2]
    from benchmarks.quotes import explain_all

    for article, explainer in zip(articles, explain_all(pipeline, articles), strict=True):
        tally = score(article, explainer.quotes, "direct")
        assert tally.gold == len(article.direct)
        assert 0 <= tally.correct <= tally.predicted and 0 <= tally.found <= tally.gold

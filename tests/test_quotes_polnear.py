"""The PolNeAR benchmark's reading of the gold, and a smoke run over two dev articles."""

from __future__ import annotations

from benchmarks.quotes import GoldArticle, GoldQuote, load, quoted_characters, score, surname
from generator.model import Quote


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

    explainers, _ = explain_all(pipeline, articles, cache=False)
    for article, explainer in zip(articles, explainers, strict=True):
        tally = score(article, explainer.quotes, "direct")
        assert tally.gold == len(article.direct)
        assert 0 <= tally.correct <= tally.predicted and 0 <= tally.found <= tally.gold


def test_a_speaker_matches_by_any_name_of_its_actor():
    text = "“We apologise,” the DNC said."
    gold = GoldQuote([(1, 13)], [(1, 13)], "the DNC", surname("the DNC"))
    article = GoldArticle("t", text, None, "a", direct=[gold])
    quote = Quote("q1", "We apologise", (1, 13), "direct", "dnc-id",
                  "Democratic National Committee", "said")
    strict = score(article, [quote], "direct")
    assert (strict.named, strict.named_right, strict.named_right_name) == (1, 0, 0)
    aliases = {"dnc-id": ["Democratic National Committee", "DNC"]}
    tally = score(article, [quote], "direct", aliases=aliases)
    assert (tally.named, tally.named_right, tally.named_right_name) == (1, 1, 0)
    wrong = score(article, [quote], "direct", aliases={"other": ["DNC"]})
    assert wrong.named_right == 0

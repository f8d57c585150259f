"""The "What they said" section of the page: groups, parts shown together, links, escaping."""

from __future__ import annotations

import re

from generator.markup import md
from generator.model import Actor, Article, Explainer, Quote
from generator.render import render_article


def section(markdown: str) -> str:
    return markdown.split("## What they said", 1)[1].split("\n## ", 1)[0]


def test_sample_groups_speakers_most_quoted_first_then_anonymous_sources(sample):
    text = section(render_article(sample))
    speakers = re.findall(r"^\*\*(.+?)\*\*", text, flags=re.MULTILINE)
    assert speakers[0] == "[Zabihullah Mujahid](#actor-zabihullah-mujahid)"
    named, anonymous = text.split("### Anonymous sources")
    assert "a senior official in Kabul" in anonymous and "two security officials" in anonymous
    assert "Kabul" not in named and "[Graeme Smith](#actor-graeme-smith)" in named


def test_sample_broken_quote_is_shown_in_one_piece_with_a_link_per_part(sample):
    text = section(render_article(sample))
    line = next(t for t in text.splitlines() if "first major breach" in t)
    assert re.search(r"since 2001” \[§\]\(#s-(\d+) [^)]*\) … “They are choking .* \[§\]\(#s-(\d+)",
                     line)
    assert line.endswith("— said")


def test_sample_partial_quote_is_shown_inside_its_reported_speech(sample):
    lines = [t for t in section(render_article(sample)).splitlines() if "we expected" in t]
    assert len(lines) == 1 and lines[0].startswith("> *Reported:* Afghan forces assumed")


def test_every_quote_links_to_its_sentence(sample):
    text = section(render_article(sample))
    starts = [s for s, _ in sample.sentences]
    for quote in sample.quotes:
        if quote.within or quote.continues:
            continue
        sentence = max(i for i, s in enumerate(starts) if s <= quote.span[0]) + 1
        line = next(t for t in text.splitlines() if md(quote.text[:30]) in t)
        assert f"(#s-{sentence} " in line, quote.text


def test_who_s_who_counts_each_quote_once(sample):
    table = render_article(sample).split("## Who's who", 1)[1].split("\n## ", 1)[0]
    row = next(t for t in table.splitlines() if "actor-graeme-smith" in t)
    assert row.rstrip(" |").endswith("| 2")  # the broken quote and the later one


def test_quote_text_and_speaker_names_are_escaped():
    body = "Evil said <script>x</script> and *this* [link](javascript:x) went on."
    article = Article(slug="t", title="t", body=body, path="t.txt")
    quote = Quote(id="q1", text=body[10:], span=(10, len(body)), kind="direct", speaker=None,
                  speaker_name="<b>Mallory</b> [x](y)", cue="said", anonymous=True)
    unknown = Quote(id="q2", text="plain words here", span=(0, 4), kind="direct",
                    speaker=None, speaker_name=None, cue=None)
    explainer = Explainer(article=article, sentences=[(0, len(body))],
                          actors=[Actor(id="a", name="A", kind="person", mentions=[(0, 1)])],
                          quotes=[unknown, quote])
    text = section(render_article(explainer))
    assert "<script>" not in text and "<b>" not in text and "[link](" not in text
    assert "&lt;script&gt;" in text and "\\*this\\*" in text and "&lt;b&gt;Mallory" in text
    assert "### Anonymous sources" in text and "### Unattributed" in text


def test_parts_of_one_sentence_share_one_link():
    # "The line, Paul Brandt said, would reopen …": two parts, one sentence, one link at the
    # end; a part in the next sentence has its own.
    body = "The line, Paul Brandt said, would reopen in March. It will be rebuilt."
    article = Article(slug="t", title="t", body=body, path="t.txt")
    parts = [Quote(id="q1", text="The line", span=(0, 8), kind="indirect", speaker="a",
                   speaker_name="Paul Brandt", cue="said"),
             Quote(id="q2", text="would reopen in March", span=(28, 49), kind="indirect",
                   speaker="a", speaker_name="Paul Brandt", cue="said", continues="q1"),
             Quote(id="q3", text="It will be rebuilt", span=(51, 69), kind="indirect",
                   speaker="a", speaker_name="Paul Brandt", cue="said", continues="q2")]
    explainer = Explainer(article=article, sentences=[(0, 50), (51, 70)],
                          actors=[Actor(id="a", name="Paul Brandt", kind="person",
                                        mentions=[(10, 21)])],
                          quotes=parts)
    line = next(t for t in section(render_article(explainer)).splitlines() if "line" in t)
    assert re.sub(r"\(#s-(\d) [^)]*\)", r"(\1)", line) == (
        "> *Reported:* The line … would reopen in March [§](1) … It will be rebuilt [§](2)"
        " — said")

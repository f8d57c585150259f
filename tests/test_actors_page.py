"""The "Who's who" section of the page: main actors, roles linked to organisations, groups."""

from __future__ import annotations

import dataclasses

import markdown

from generator import render
from generator.cache import Cache
from generator.model import Actor, Article, Explainer, Group, Role
from generator.render import ArticleLinks, render_article


def section(markdown: str) -> str:
    return markdown.split("## Who's who", 1)[1].split("## What they said", 1)[0]


def row(text: str, actor_id: str) -> str:
    return next(line for line in text.splitlines() if f'id="actor-{actor_id}"' in line)


def test_sample_section(sample):
    text = section(render_article(sample))
    taliban = row(text, "taliban")
    assert 'class="ex-main"' in taliban and "**15** · [1](#s-1 " in taliban
    medley = row(text, "dominic-medley")
    # The role's organisation links to its actor; the role cites its sentence.
    assert '[U\\.N\\.](#actor-united-nations "United Nations") spokesman [§](#s-14 ' in medley
    assert 'class="ex-main"' not in medley
    assert row(text, "united-nations").count("*also U\\.N\\.*") == 1
    # Ordered by salience: the most central actor first.
    ids = [line.split('id="actor-', 1)[1].split('"', 1)[0]
           for line in text.splitlines() if 'id="actor-' in line]
    assert ids == [a.id for a in sample.actors] and ids[0] == "taliban"
    assert '<span id="group-afghan-forces"></span>Afghan forces | **8** ·' in text


def test_untrusted_names_and_roles_are_escaped():
    body = "Eve <b>Mallory</b>, the *boss* of [Acme](http://x), said no."
    article = Article(slug="t", title="t", body=body, path="t.txt")
    acme_start = body.index("[Acme")
    acme = Actor("acme", "[Acme](http://x)", "organization",
                 mentions=[(acme_start, acme_start + len("[Acme](http://x)"))])
    role_span = (body.index("the *boss*") + 4, acme_start + len("[Acme](http://x)"))
    eve = Actor("eve", "Eve <b>Mallory</b>", "person", mentions=[(0, 18)], main=True,
                role_details=[Role(body[role_span[0]:role_span[1]], role_span, "acme")])
    explainer = Explainer(article=article, sentences=[(0, len(body))], actors=[eve, acme],
                          groups=[Group("g", "<i>crowd</i>", [(0, 3)])])
    text = section(render_article(explainer))
    html = markdown.markdown(text, extensions=["tables", "attr_list", "md_in_html"])
    assert "<b>" not in html and "<i>" not in html and 'href="http://x"' not in html
    assert 'href="#actor-acme"' in html
    assert "Eve &lt;b&gt;Mallory&lt;/b&gt;" in text
    assert "\\*boss\\* of [\\[Acme\\]\\(http://x\\)](#actor-acme " in text
    assert "&lt;i&gt;crowd&lt;/i&gt;" in text


def test_a_cached_page_is_rendered_again_only_when_what_it_shows_changes(sample, tmp_path,
                                                                          monkeypatch):
    rendered = []
    real = render.ArticlePage
    monkeypatch.setattr(render, "ArticlePage", lambda *a: rendered.append(1) or real(*a))
    cache = Cache(tmp_path)
    actor = sample.actors[0]
    links = ArticleLinks(actors={actor.id: "../actors/a.md"})
    first = render_article(sample, links, cache)
    assert render_article(sample, links, cache) == first == render_article(sample, links)
    assert len(rendered) == 2  # the uncached render drew its own
    # Another link target, another correction, another related article: drawn again.
    moved = render_article(sample, ArticleLinks(actors={actor.id: "../actors/b.md"}), cache)
    assert "../actors/b.md" in moved and "../actors/b.md" not in first
    renamed = dataclasses.replace(sample, actors=[dataclasses.replace(actor, name="Someone"),
                                                  *sample.actors[1:]])
    assert "Someone" in render_article(renamed, links, cache)
    other = dataclasses.replace(sample, article=dataclasses.replace(sample.article,
                                                                    title="Another story"))
    assert "Another story" in render_article(sample, ArticleLinks(
        actors=links.actors, related=[other]), cache)
    assert len(rendered) == 5

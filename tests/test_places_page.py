"""The page's "Where" section: map, off-map note, rows with borrowed points."""

from __future__ import annotations

import dataclasses

from generator import geomap
from generator.cache import Cache
from generator.model import Place
from generator.render import ArticleLinks, render_article


def where(markdown: str) -> str:
    return markdown.split("## Where", 1)[1].split("\n## ", 1)[0]


def test_where_section_of_the_sample(sample):
    section = where(render_article(sample))
    assert '<figure class="ex-map-figure" markdown="0"><svg class="ex-map"' in section
    assert "Not on the map, too far from the story's region: [United States]" \
           "(#place-united-states)." in section
    airport = next(line for line in section.splitlines() if "place-kunduz-airport" in line)
    assert "36\\.67° N, 68\\.91° E |" in airport and "those of" not in airport
    assert '<span id="place-kunduz"></span>**Kunduz**<br>*also Kunduz city*' in section
    # The adjectives of a country are cited under its mentions, the word as written.
    afghanistan = next(line for line in section.splitlines()
                       if line.startswith("| <span id=\"place-afghanistan\">"))
    assert '<br>*as* *Afghan* [1](#s-2 "Sentence 2 of the article") [2](#s-4 ' in afghanistan


def test_a_hostile_place_name_is_inert(sample):
    evil = Place(id="evil", name="<img src=x onerror=alert(1)>", kind="city", country="AF",
                 lat=36.0, lon=68.0, mentions=[(0, 6)], located_in="*[x](javascript:1)*",
                 references=[(0, 6)])
    sample = dataclasses.replace(sample, article=dataclasses.replace(
        sample.article, body="<b>*x*" + sample.article.body[6:]))
    page = render_article(dataclasses.replace(sample, places=[evil]))
    section = where(page)
    assert "<img" not in section and "&lt;img" in section
    # The borrowed place's name is text, never a link.
    assert "those of \\*\\[x\\]\\(javascript:1\\)\\*" in section
    # So is the adjective, cited as written.
    assert "*as* *&lt;b&gt;\\*x\\** [1]" in section


def test_no_places(sample):
    section = where(render_article(dataclasses.replace(sample, places=[])))
    assert "No places were recognised in this article." in section
    assert "<svg" not in section


def test_the_map_is_drawn_once_per_set_of_places(sample, tmp_path, monkeypatch):
    drawn = []
    real = geomap.draw
    monkeypatch.setattr(geomap, "draw", lambda *a, **k: drawn.append(1) or real(*a, **k))
    cache = Cache(tmp_path)
    first = render_article(sample, cache=cache)
    assert render_article(sample, cache=cache) == first == render_article(sample)
    assert len(drawn) == 2  # the uncached render drew its own
    # Other links make another page, with the same map.
    assert render_article(sample, ArticleLinks(tags=["Kunduz"]), cache) != first
    assert len(drawn) == 2
    moved = [dataclasses.replace(sample.places[0], lat=10.0, lon=10.0), *sample.places[1:]]
    assert where(render_article(dataclasses.replace(sample, places=moved), cache=cache)) \
        != where(first)
    assert len(drawn) == 3


def test_the_map_is_framed_on_the_places_of_the_lead(sample):
    # Named once in the lead, Kunduz outweighs the United States named five times later.
    kunduz = next(p for p in sample.places if p.id == "kunduz")
    start = sample.summary_spans[0][0]
    lead_kunduz = dataclasses.replace(kunduz, mentions=[(start, start + 1)])
    end = len(sample.article.body) - 1
    far = dataclasses.replace(next(p for p in sample.places if p.id == "united-states"),
                              mentions=[(end, end)] * 5)
    country = dataclasses.replace(next(p for p in sample.places if p.id == "afghanistan"),
                                  mentions=[(end, end)], references=[])
    page = where(render_article(dataclasses.replace(
        sample, places=[far, lead_kunduz, country])))
    assert "Not on the map, too far from the story's region: [United States]" in page
    assert 'href="#place-kunduz"' in page.split("</svg>")[0]


def test_a_continent_is_listed_but_not_drawn(sample):
    asia = Place(id="asia", name="Asia", kind="region", country=None, lat=29.84, lon=89.30,
                 mentions=[(0, 6)])
    section = where(render_article(dataclasses.replace(sample, places=[*sample.places, asia])))
    assert 'href="#place-asia"' not in section.split("</svg>")[0]
    assert "Not on the map, too wide to be a point on it: [Asia](#place-asia)." in section
    assert '<span id="place-asia"></span>' in section

"""The archive's pages as Markdown: home, actors, places, the master timeline, the article list."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from . import geomap
from .archive import Archive, ArchiveActor, ArchivePlace
from .markup import link, md
from .model import Explainer
from .render import (
    ArticleLinks,
    Sentences,
    byline,
    environment,
    front_matter,
    human_date,
    page_path,
)

HOME = "index.md"
TIMELINE = "timeline.md"
ACTORS = "actors/index.md"
PLACES = "places/index.md"
ARTICLES = "articles/index.md"
TAGS = "tags.md"
MAP = "map.md"
LATEST = 12  # article cards on the home page
TOP = 10  # most covered actors and places on the home page
TAGGED_ACTORS, TAGGED_PLACES = 5, 3
# Actor and place pages come first in search results for their name.
SEARCH_BOOST = 4


def actor_path(actor_id: str) -> str:
    return f"actors/{actor_id}.md"


def place_path(place_id: str) -> str:
    return f"places/{place_id}.md"


@dataclass
class Page:
    """A generated page: where it goes, its Markdown, and whether it belongs in the nav."""

    path: str
    markdown: str
    in_nav: bool = False


def _month(iso: str | None) -> str:
    try:
        return dt.date.fromisoformat(iso or "").strftime("%B %Y")
    except ValueError:
        return "Undated"


def _render(template: str, **context: Any) -> str:
    return environment().get_template(template).render(
        human_date=human_date, md=md, Markup=Markup, **context)


def article_links(archive: Archive, x: Explainer) -> ArticleLinks:
    slug = x.article.slug
    actors = {a.id: f"../{actor_path(archive.actor_of[(slug, a.id)])}" for a in x.actors}
    places = {p.id: f"../{place_path(archive.place_of[(slug, p.id)])}" for p in x.places}
    tags = [a.name for a in x.actors[:TAGGED_ACTORS]] + [p.name for p in x.places[:TAGGED_PLACES]]
    return ArticleLinks(actors=actors, places=places,
                        related=[archive.article(s) for s in archive.related[slug]],
                        tags=list(dict.fromkeys(tags)))


class ArchiveView:
    """What the archive templates read: links between pages, counts, bylines."""

    def __init__(self, archive: Archive, base: str) -> None:
        self.archive = archive
        self.base = base  # from the page being rendered to the site root, e.g. "../"

    def article(self, slug: str, anchor: str = "") -> Markup:
        x = self.archive.article(slug)
        return link(x.article.title, f"{self.base}{page_path(slug)}{anchor}")

    def byline(self, slug: str) -> str:
        return byline(self.archive.article(slug))

    def actor(self, actor_id: str) -> Markup:
        return link(self.archive.actor(actor_id).name, f"{self.base}{actor_path(actor_id)}")

    def place(self, place_id: str) -> Markup:
        return link(self.archive.place(place_id).name, f"{self.base}{place_path(place_id)}")

    def sentence(self, slug: str, offset: int) -> str:
        """`#s-N`, the anchor of the sentence holding `offset` on an explainer page."""
        return "#" + Sentences(self.archive.article(slug).sentences).anchor(offset)

    def cite(self, slug: str, offset: int) -> Markup:
        """`§` linking to the sentence on its explainer page."""
        return link("§", f"{self.base}{page_path(slug)}{self.sentence(slug, offset)}")


def home(archive: Archive, site_name: str, problems: Sequence[str] = ()) -> Page:
    view = ArchiveView(archive, "")
    cards = [{
        "link": view.article(x.article.slug),
        "meta": byline(x),
        "summary": x.summary[0] if x.summary else "",
        "actors": Markup(", ").join(view.actor(archive.actor_of[(x.article.slug, a.id)])
                                    for a in x.actors[:3]),
        "places": Markup(", ").join(view.place(archive.place_of[(x.article.slug, p.id)])
                                    for p in x.places[:3]),
    } for x in archive.articles[:LATEST]]
    return Page(HOME, _render("index.md.j2", view=view, cards=cards, site_name=site_name,
                              problems=problems, actors=archive.actors[:TOP],
                              places=archive.places[:TOP], more=len(archive.articles) > LATEST),
                in_nav=True)


def _meta(name: str) -> Markup:
    # Explainers are tagged with their actors' and places' names, and Material's search weighs
    # tags above titles; the page of the name carries the tag too, and a boost to rank first.
    return front_matter({"search": {"boost": SEARCH_BOOST}, "hide": ["navigation"],
                         "tags": [name]})


def actor_page(archive: Archive, actor: ArchiveActor) -> Page:
    return Page(actor_path(actor.id), _render(
        "actor.md.j2", meta=_meta(actor.name), view=ArchiveView(archive, "../"), actor=actor))


def place_page(archive: Archive, place: ArchivePlace) -> Page:
    return Page(place_path(place.id), _render(
        "place.md.j2", meta=_meta(place.name), view=ArchiveView(archive, "../"), place=place))


def index_pages(archive: Archive, directory_urls: bool = True) -> list[Page]:
    """The lists of every actor, place and article, the master timeline and the tags."""
    by_month: dict[str, list[Explainer]] = {}
    for x in archive.articles:
        by_month.setdefault(_month(x.article.date), []).append(x)
    return [
        Page(ACTORS, _render("actors.md.j2", view=ArchiveView(archive, "../"),
                             actors=archive.actors), in_nav=True),
        Page(PLACES, _render("places.md.j2", view=ArchiveView(archive, "../"),
                             places=archive.places), in_nav=True),
        Page(ARTICLES, _render("articles.md.j2", view=ArchiveView(archive, "../"),
                               months=by_month), in_nav=True),
        Page(TIMELINE, _render("timeline.md.j2", view=ArchiveView(archive, ""),
                               events=archive.events, articles=archive.articles), in_nav=True),
        Page(MAP, _render("map.md.j2", view=ArchiveView(archive, ""),
                          svg=world_map(archive, directory_urls),
                          places=[p for p in archive.places if p.lat is not None]),
             in_nav=True),
        Page(TAGS, "# Tags\n\nArticles by the people, organisations and places they feature.\n\n"
                   "<!-- material/tags -->\n", in_nav=True),
    ]


def world_map(archive: Archive, directory_urls: bool = True) -> Markup:
    """Every located place of the archive, each marker sized by how many articles name it.
    Markers are raw SVG links, which MkDocs does not rewrite: they are written as the page at
    `map/` (or `map.html`) reaches a place page."""
    most = max((len(p.slugs) for p in archive.places), default=1)
    target = "../places/{}/" if directory_urls else "places/{}.html"
    return geomap.draw(
        archive.places, "Map of every place in the explainers", frame=geomap.world(),
        href=lambda place: target.format(place.id),
        radius=lambda place: 2.5 + 9.5 * math.sqrt(len(place.slugs) / most))


def archive_pages(archive: Archive, site_name: str, problems: Sequence[str] = (),
                  directory_urls: bool = True) -> list[Page]:
    """Every page the archive adds beside the explainers themselves."""
    pages = [home(archive, site_name, problems), *index_pages(archive, directory_urls)]
    pages += [actor_page(archive, actor) for actor in archive.actors]
    pages += [place_page(archive, place) for place in archive.places]
    return pages

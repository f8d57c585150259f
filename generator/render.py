"""Markdown rendering: explainer pages and the home page, from templates, every value escaped."""

from __future__ import annotations

import datetime as dt
import functools
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from . import geomap
from .cache import Cache, files_digest
from .layout import ASIDE, CAPTION, CREDIT, HEADING
from .markup import attr, link, md, url
from .model import (
    Actor,
    Explainer,
    Place,
    Quote,
    Role,
    Span,
    TimelineEntry,
    quote_items,
    to_json,
)
from .timeline import describe
from .world import atlas_digest

ARTICLES_DIR = "articles"
# Timeline values that are also valid HTML `datetime` values (years, months, weeks, days).
_HTML_DATE = re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?|-W\d\d)?")


def _finalize(value: Any) -> Any:
    # Markdown has no autoescape: anything a template prints that is not already Markup
    # (built by the helpers below from escaped parts) is escaped here.
    if value is None:
        return ""
    return value if isinstance(value, Markup) else md(value)


@functools.cache
def environment() -> Environment:
    """The template environment, built once: compiling templates per page would dominate."""
    env = Environment(loader=PackageLoader("generator", "templates"), autoescape=False,
                      finalize=_finalize, undefined=StrictUndefined, keep_trailing_newline=True,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["attr"] = attr
    return env


def human_date(iso: str | None) -> str:
    """`2015-09-28` → `28 September 2015`; partial or odd values are shown as they are."""
    if not iso:
        return ""
    try:
        date = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{date.day} {date:%B %Y}"


def page_path(slug: str) -> str:
    return f"{ARTICLES_DIR}/{slug}.md"


# libyaml's emitter where PyYAML was built with it: a tenth of the pure-Python one's time, which
# a large archive pays once per page.
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def front_matter(meta: dict[str, Any]) -> Markup:
    """A page's YAML front matter; values from articles are quoted by the YAML dumper."""
    text = yaml.dump(meta, Dumper=_DUMPER, allow_unicode=True, sort_keys=False,
                     default_flow_style=False)
    return Markup(f"---\n{text}---\n")


@dataclass
class ArticleLinks:
    """Where an explainer page links beyond itself: archive pages and related articles."""

    actors: dict[str, str] = field(default_factory=dict)  # actor id → page path
    places: dict[str, str] = field(default_factory=dict)  # place id → page path
    related: list[Explainer] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)


@dataclass
class QuoteItem:
    """One quote as the page shows it: its parts, in order, or one piece of reported speech."""

    kind: str
    quotes: list[Quote] = field(default_factory=list)


@dataclass
class Sentences:
    """Sentence anchors: which `#s-N` holds a character offset."""

    spans: Sequence[Span]
    starts: list[int] = field(init=False)

    def __post_init__(self) -> None:
        self.starts = [s for s, _ in self.spans]

    def anchor(self, offset: int) -> str:
        return f"s-{max(0, bisect_right(self.starts, offset) - 1) + 1}"

    def cite(self, span: Span, label: str = "§") -> Markup:
        number = self.anchor(span[0])
        return link(label, f"#{number}", f"Sentence {number[2:]} of the article")


class ArticlePage:
    """The view of one explainer that the article template reads."""

    def __init__(self, explainer: Explainer, links: ArticleLinks | None = None,
                 cache: Cache | None = None) -> None:
        self.x = explainer
        self.cache = cache or Cache(None)
        self.article = explainer.article
        self.links = links or ArticleLinks()
        self.sentences = Sentences(explainer.sentences)
        self.cite = self.sentences.cite
        self.actor_ids = {a.id for a in explainer.actors}
        self.actors_by_id = {a.id: a for a in explainer.actors}

    def meta(self) -> Markup:
        meta: dict[str, Any] = {"hide": ["navigation"]}
        if self.links.tags:
            meta["tags"] = self.links.tags
        return front_matter(meta)

    def actor_name(self, actor: Actor) -> Markup:
        """The actor's name, linked to its archive page when there is one."""
        target = self.links.actors.get(actor.id)
        bold = Markup("**") + md(actor.name) + Markup("**")
        return Markup(f"[{bold}]({target})") if target else bold

    def place_name(self, place: Place) -> Markup:
        target = self.links.places.get(place.id)
        bold = Markup("**") + md(place.name) + Markup("**")
        return Markup(f"[{bold}]({target})") if target else bold

    def related(self) -> list[dict[str, Any]]:
        return [{"link": link(x.article.title, f"{x.article.slug}.md"),
                 "meta": byline(x)} for x in self.links.related]

    def header(self) -> Markup:
        """Source, date, dateline, author and the link to the original, on one line."""
        article = self.article
        parts = []
        if article.source:
            parts.append(Markup("**") + md(article.source) + Markup("**"))
        if article.date:
            # A file's date is the reader's last resort: say so rather than pass it off as the
            # day of publication.
            file_date = Markup(" *(the file's date; the article gives none)*") \
                if article.date_source == "file" else Markup("")
            parts.append(md(human_date(article.date)) + file_date)
        if article.dateline:
            parts.append(Markup("Dateline: ") + md(article.dateline))
        if article.author:
            parts.append(Markup("By ") + md(article.author))
        if article.url:
            parts.append(Markup(f"[Read the original](<{url(article.url)}>)"))
        return Markup(" · ").join(parts)

    def summary(self) -> list[tuple[str, Markup]]:
        return [(text, self.cite(span)) for text, span in
                zip(self.x.summary, self.x.summary_spans, strict=True)]

    def mention_links(self, mentions: Sequence[Span]) -> Markup:
        return Markup(" ".join(self.cite(m, str(n)) for n, m in enumerate(mentions, 1)))

    def place_references(self, place: Place) -> Markup:
        """`as *Afghan* 1 2`: the adjectives that refer to a country, each cited."""
        words: dict[str, list[Span]] = {}
        for start, end in place.references:
            words.setdefault(self.article.body[start:end], []).append((start, end))
        return Markup(", ").join(Markup("*{}* {}").format(md(word), self.mention_links(spans))
                                 for word, spans in words.items())

    def actor_mentions(self, mentions: Sequence[Span]) -> Markup:
        """`3 · 1 2 3`: how often an actor or a group is named, each mention cited."""
        return Markup(f"**{len(mentions)}** · ") + self.mention_links(mentions)

    def role(self, role: Role) -> Markup:
        """A role as the text words it, its organisation linked to that actor, then cited."""
        body = self.article.body
        start, end = role.span
        org = self.actors_by_id.get(role.affiliation or "")
        inside = [m for m in (org.mentions if org else []) if start <= m[0] and m[1] <= end]
        parts, cursor = [], start
        for m_start, m_end in inside[:1]:
            parts += [md(body[cursor:m_start]),
                      link(body[m_start:m_end], f"#actor-{org.id}", org.name)]
            cursor = m_end
        parts.append(md(body[cursor:end]))
        return Markup("").join(parts) + Markup(" ") + self.cite(role.span)

    def roles(self, actor: Actor) -> Markup:
        return Markup("<br>").join(self.role(r) for r in actor.role_details)

    def speaker(self, quote: Quote) -> Markup:
        if quote.speaker in self.actor_ids:
            return link(quote.speaker_name or quote.speaker, f"#actor-{quote.speaker}")
        return md(quote.speaker_name or "unattributed")

    def _quote_items(self) -> list[QuoteItem]:
        return [QuoteItem(parts[0].kind, parts) for parts in quote_items(self.x.quotes)]

    def quote_groups(self) -> list[dict[str, Any]]:
        """Named speakers, most quoted first; then anonymous sources; then unattributed
        words. Each group holds its items in the order of the article."""
        named: dict[str, list[QuoteItem]] = {}
        anonymous: dict[str, list[QuoteItem]] = {}
        unattributed: list[QuoteItem] = []
        for item in self._quote_items():
            first = item.quotes[0]
            if first.speaker or (first.speaker_name and not first.anonymous):
                named.setdefault(first.speaker or f"name:{first.speaker_name}", []).append(item)
            elif first.speaker_name:
                anonymous.setdefault(first.speaker_name, []).append(item)
            else:
                unattributed.append(item)
        roles = {a.id: a.roles[0] for a in self.x.actors if a.roles}
        groups = []
        for items in sorted(named.values(), key=lambda i: (-len(i), i[0].quotes[0].span)):
            first = items[0].quotes[0]
            role = roles.get(first.speaker or "")
            groups.append({"speaker": self.speaker(first),
                           "role": Markup(" · ") + md(role) if role else Markup(""),
                           "entries": [self._item(i) for i in items], "anonymous": False})
        for name, items in anonymous.items():
            groups.append({"speaker": md(name), "role": Markup(""),
                           "entries": [self._item(i) for i in items], "anonymous": True})
        if unattributed:
            groups.append({"speaker": None, "role": Markup(""),
                           "entries": [self._item(i) for i in unattributed], "anonymous": False})
        return groups

    def _item(self, item: QuoteItem) -> dict[str, Any]:
        """One quote for the template: its paragraphs of parts, each part with its sentence
        link, and the attribution (the first cue and channel among its parts)."""
        paragraphs: list[list[dict[str, Any]]] = []
        previous_end = None
        for quote in item.quotes:
            gap = self.article.body[previous_end:quote.span[0]] if previous_end else ""
            if not paragraphs or "\n" in gap:
                paragraphs.append([])
            cite = self.cite(quote.span)
            if paragraphs[-1] and paragraphs[-1][-1]["cite"] == cite:
                paragraphs[-1][-1]["cite"] = Markup("")  # one link for the sentence's parts
            paragraphs[-1].append({"text": quote.text, "cite": cite})
            previous_end = quote.span[1]
        cue = next((q.cue for q in item.quotes if q.cue), None)
        channel = next((q.channel for q in item.quotes if q.channel), None)
        return {"kind": item.kind, "paragraphs": paragraphs, "cue": cue, "channel": channel}

    def coordinates(self, lat: float | None, lon: float | None) -> str:
        if lat is None or lon is None:
            return "–"
        north, east = "N" if lat >= 0 else "S", "E" if lon >= 0 else "W"
        return f"{abs(lat):.2f}° {north}, {abs(lon):.2f}° {east}"

    def place_location(self, place: Place) -> Markup:
        """The coordinates, saying where they come from when the place borrows another's."""
        text = md(self.coordinates(place.lat, place.lon))
        if place.located_in and place.lat is not None:
            text += Markup("<br>*") + md(f"those of {place.located_in}") + Markup("*")
        return text

    def place_map(self) -> Markup:
        """The inline SVG map, or nothing when no place has coordinates. Drawn once per set
        of places: the outlines cost more than the rest of the page."""
        label = f"Map of the places in {self.article.title}"
        identity = ["map", self.x.pipeline, atlas_digest(), label, to_json(self.x.places),
                    self.x.summary_spans]
        return Markup(self.cache.fragment("maps", identity,
                                          lambda: str(geomap.draw(self.x.places, label,
                                                                  lead=self.x.summary_spans))))

    def places_off_map(self) -> tuple[Markup, Markup]:
        """Links to the located places left off the map: those too far from the story's
        region, and those too wide to be a point on it (a continent, a group of countries)."""
        _, _, off_map = geomap.framed(self.x.places, self.x.summary_spans)
        far, wide = [], []
        for place in off_map:
            (wide if geomap.spans_countries(place) else far).append(
                link(place.name, f"#place-{place.id}"))
        return Markup(", ").join(far), Markup(", ").join(wide)

    def timeline_groups(self) -> list[dict[str, Any]]:
        """The timeline in three groups, each oldest first: the background, what happened on
        the day of publication, and what is still to come."""
        titles = {"past": "How we got here", "same-day": (
            f"On the day, {human_date(self.article.date)}" if self.article.date else "On the day"),
            "future": "What comes next"}
        groups = []
        for relation, title in titles.items():
            entries = [self.timeline_entry(e) for e in self.x.timeline if e.relation == relation]
            if entries:
                groups.append({"kind": relation, "title": title, "entries": entries})
        return groups

    def timeline_entry(self, entry: TimelineEntry) -> dict[str, Any]:
        value = entry.date
        day = value.partition("T")[0]
        same_day = entry.relation == "same-day" and entry.until is None
        label = describe(value, entry.mod, day_known=same_day, phrase=entry.phrase)
        if entry.until:
            label += "–" + describe(entry.until)
        return {
            # On the day of publication the group says the date; the entry only its time.
            "label": label,
            "datetime": day if _HTML_DATE.fullmatch(day) else None,
            "event": entry.event[:1].upper() + entry.event[1:],
            "phrase": entry.phrase,
            "cite": self.cite(entry.span),
        }

    def text_blocks(self) -> list[dict[str, Any]]:
        """The body block by block, each sentence wrapped in its anchor."""
        body = self.article.body
        spans = self.x.sentences
        out = []
        index = 0
        for block in self.x.blocks:
            start, end = block.span
            parts: list[str] = []
            cursor = start
            while index < len(spans) and spans[index][0] < end:
                s_start, s_end = max(spans[index][0], start), min(spans[index][1], end)
                if s_start >= cursor:
                    parts.append(md(body[cursor:s_start]))
                    parts.append(Markup(f'<span class="ex-sentence" id="s-{index + 1}">')
                                 + md(body[s_start:s_end]) + Markup("</span>"))
                    cursor = s_end
                if spans[index][1] > end:
                    break
                index += 1
            parts.append(md(body[cursor:end]))
            out.append({"kind": block.kind, "text": Markup("".join(parts)).strip()})
        return out


def byline(x: Explainer) -> str:
    """`Reuters · 28 September 2015`."""
    return " · ".join(v for v in (x.article.source, human_date(x.article.date)) if v)


@functools.cache
def _templates_digest() -> str:
    return files_digest(Path(__file__).parent / "templates", "*.j2")


def render_article(explainer: Explainer, links: ArticleLinks | None = None,
                   cache: Cache | None = None) -> str:
    """The explainer page's Markdown. `cache` keeps the page, and apart from it its map (which
    outlives a change of links), by everything they are drawn from: a warm build of a large
    archive then renders only what changed."""
    links = links or ArticleLinks()
    cache = cache or Cache(None)

    def draw() -> str:
        template = environment().get_template("article.md.j2")
        return template.render(page=ArticlePage(explainer, links, cache), x=explainer,
                               human_date=human_date, HEADING=HEADING, CAPTION=CAPTION,
                               ASIDE=ASIDE, CREDIT=CREDIT)

    # A related article shows only its title and byline: its `Article` stands for it, far
    # cheaper to hash than its whole explainer.
    identity = ["page", explainer.pipeline, _templates_digest(), to_json(explainer),
                links.actors, links.places, to_json([r.article for r in links.related]),
                links.tags]
    return cache.fragment("pages", identity, draw)

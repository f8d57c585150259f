"""The archive: actors, places and events merged across all articles, built once per build."""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from .ids import slugify, unique
from .model import Actor, Explainer, Place, Quote, Span, quote_items
from .names import fold
from .timeline import event_words

ALONGSIDE = 10  # co-appearing actors shown on an actor page
RELATED = 5  # related articles shown on an explainer page
# Entities in more articles than this share of the archive say little about relatedness.
COMMON_SHARE = 0.1
COMMON_FLOOR = 25
# From each entity, only its newest articles are followed: without a fixed cap, a popular
# actor would make finding related articles quadratic in the size of the archive.
POSTINGS_CAP = 100
WORD_POSTINGS = 50  # a word used by more events of one date is too common to find duplicates


@dataclass
class Role:
    role: str
    date: str | None
    slug: str


@dataclass
class Said:
    parts: list[Quote]  # one quote, in the parts its attribution broke it into
    slug: str


@dataclass
class ArchiveActor:
    id: str
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    slugs: list[str] = field(default_factory=list)  # articles, newest first
    mentions: int = 0
    roles: list[Role] = field(default_factory=list)  # oldest first: roles over time
    quotes: list[Said] = field(default_factory=list)  # newest article first
    alongside: list[tuple[str, int]] = field(default_factory=list)  # (actor id, articles)


@dataclass
class ArchivePlace:
    id: str
    name: str
    kind: str
    country: str | None
    lat: float | None
    lon: float | None
    slugs: list[str] = field(default_factory=list)
    mentions: int = 0


@dataclass
class Source:
    slug: str
    span: Span


@dataclass
class ArchiveEvent:
    date: str
    event: str
    phrase: str
    sources: list[Source] = field(default_factory=list)
    until: str | None = None  # the last period of a range


@dataclass
class Archive:
    articles: list[Explainer]  # newest first
    actors: list[ArchiveActor]  # most covered first
    places: list[ArchivePlace]
    events: list[ArchiveEvent]  # by date
    actor_of: dict[tuple[str, str], str]  # (article slug, actor id) → archive actor id
    place_of: dict[tuple[str, str], str]
    related: dict[str, list[str]]
    _by_slug: dict[str, Explainer] = field(init=False, repr=False)
    _actors: dict[str, ArchiveActor] = field(init=False, repr=False)
    _places: dict[str, ArchivePlace] = field(init=False, repr=False)

    def article(self, slug: str) -> Explainer:
        return self._by_slug[slug]

    def actor(self, actor_id: str) -> ArchiveActor:
        return self._actors[actor_id]

    def place(self, place_id: str) -> ArchivePlace:
        return self._places[place_id]

    def __post_init__(self) -> None:
        self._by_slug = {x.article.slug: x for x in self.articles}
        self._actors = {a.id: a for a in self.actors}
        self._places = {p.id: p for p in self.places}


def newest_first(explainers: Iterable[Explainer]) -> list[Explainer]:
    return sorted(explainers, key=lambda x: (x.article.date or "", x.article.slug), reverse=True)


class _Groups:
    """Union-find over (article, item) pairs that share an identity key."""

    def __init__(self) -> None:
        self.parent: dict[tuple[str, str], tuple[str, str]] = {}
        self.owner: dict[object, tuple[str, str]] = {}

    def find(self, item: tuple[str, str]) -> tuple[str, str]:
        root = item
        while self.parent.setdefault(root, root) != root:
            root = self.parent[root]
        while item != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def add(self, item: tuple[str, str], keys: Iterable[object]) -> None:
        self.find(item)
        for key in keys:
            if key in self.owner:
                a, b = self.find(self.owner[key]), self.find(item)
                if a != b:
                    self.parent[max(a, b)] = min(a, b)
            else:
                self.owner[key] = item


def _actor_keys(actor: Actor) -> set[tuple[str, str]]:
    """Names that identify an actor across articles; a person is never matched by surname alone."""
    keys = set()
    for name in (actor.name, *actor.aliases):
        key = fold(name)
        if key and (actor.kind != "person" or len(key.split()) > 1):
            keys.add((actor.kind, key))
    return keys


def _place_key(place: Place) -> tuple[str, str]:
    # By the gazetteer's id, not the name: one article's "Bavaria" is another's "Bayern".
    if place.geonameid:
        return ("geonames", str(place.geonameid))
    if place.gazetteer_id:
        return ("gazetteer", place.gazetteer_id)
    return (place.kind, fold(place.name))


def _merge_actors(articles: list[Explainer]) -> tuple[list[ArchiveActor], dict]:
    groups = _Groups()
    local: dict[tuple[str, str], tuple[Explainer, Actor]] = {}
    for x in articles:
        for actor in x.actors:
            item = (x.article.slug, actor.id)
            local[item] = (x, actor)
            groups.add(item, _actor_keys(actor))
    members: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for item in local:  # newest article first, as `articles` is ordered
        members[groups.find(item)].append(item)

    merged: list[tuple[ArchiveActor, list[tuple[str, str]]]] = []
    for items in members.values():
        names = Counter(local[i][1].name for i in items)
        kinds = Counter(local[i][1].kind for i in items)
        name = max(names, key=lambda n: (names[n], len(n), n))
        actor = ArchiveActor(id="", name=name, kind=max(kinds, key=lambda k: (kinds[k], k)))
        seen = {fold(name)}
        for item in items:
            x, a = local[item]
            for alias in (a.name, *a.aliases):
                if fold(alias) not in seen:
                    seen.add(fold(alias))
                    actor.aliases.append(alias)
            if x.article.slug not in actor.slugs:
                actor.slugs.append(x.article.slug)
            actor.mentions += len(a.mentions)
            actor.roles += [Role(r, x.article.date, x.article.slug) for r in a.roles]
            actor.quotes += [Said(parts, x.article.slug) for parts in quote_items(x.quotes)
                             if parts[0].speaker == a.id]
        actor.roles.sort(key=lambda r: (r.date or "", r.slug))
        merged.append((actor, items))

    merged.sort(key=lambda m: (-len(m[0].slugs), -m[0].mentions, m[0].name))
    used: set[str] = set()
    actor_of = {}
    for actor, items in merged:
        actor.id = unique(slugify(actor.name), used)
        for item in items:
            actor_of[item] = actor.id
    return [a for a, _ in merged], actor_of


def _merge_places(articles: list[Explainer]) -> tuple[list[ArchivePlace], dict]:
    by_key: dict[tuple[str, str], ArchivePlace] = {}
    keys_of: dict[tuple[str, str], tuple[str, str]] = {}
    for x in articles:
        for place in x.places:
            key = _place_key(place)
            keys_of[(x.article.slug, place.id)] = key
            merged = by_key.get(key)
            if merged is None:
                merged = by_key[key] = ArchivePlace(
                    id="", name=place.name, kind=place.kind, country=place.country,
                    lat=place.lat, lon=place.lon)
            if x.article.slug not in merged.slugs:
                merged.slugs.append(x.article.slug)
            merged.mentions += len(place.mentions)
    places = sorted(by_key.values(), key=lambda p: (-len(p.slugs), -p.mentions, p.name))
    used: set[str] = set()
    for place in places:
        place.id = unique(slugify(place.name), used)
    return places, {item: by_key[key].id for item, key in keys_of.items()}


def _merge_events(articles: list[Explainer]) -> list[ArchiveEvent]:
    """Every dated event; the same event told by two articles (same date, mostly the same
    words) becomes one entry with both sources."""
    events: list[ArchiveEvent] = []
    slugs: list[set[str]] = []
    words_of: list[frozenset[str]] = []
    # Per date, word → events using it: candidates share a distinctive word, so that no event
    # is compared with every other event of its year.
    index: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for x in articles:
        for entry in x.timeline:
            words = event_words(entry.event)
            by_word = index[entry.date]
            candidates = {n for w in words if len(by_word[w]) <= WORD_POSTINGS
                          for n in by_word[w]}
            found = next((n for n in sorted(candidates)
                          if len(words & words_of[n]) >= 0.6 * len(words | words_of[n])), None)
            if found is None:
                found = len(events)
                events.append(ArchiveEvent(entry.date, entry.event, entry.phrase,
                                           until=entry.until))
                slugs.append(set())
                words_of.append(words)
                for word in words:
                    by_word[word].append(found)
            if x.article.slug not in slugs[found]:
                slugs[found].add(x.article.slug)
                events[found].sources.append(Source(x.article.slug, entry.time_span))
    return sorted(events, key=lambda e: (e.date, e.event))


def _related(articles: list[Explainer], actor_of: dict, place_of: dict) -> dict[str, list[str]]:
    """Articles sharing the most distinctive actors and places (IDF-weighted)."""
    entities: dict[str, set[str]] = {}
    postings: dict[str, list[str]] = defaultdict(list)
    for x in articles:
        slug = x.article.slug
        keys = {f"a:{actor_of[(slug, a.id)]}" for a in x.actors}
        keys |= {f"p:{place_of[(slug, p.id)]}" for p in x.places}
        entities[slug] = keys
        for key in keys:
            postings[key].append(slug)
    total = len(articles)
    common = max(COMMON_FLOOR, int(total * COMMON_SHARE))
    order = {x.article.slug: n for n, x in enumerate(articles)}
    related = {}
    for slug, keys in entities.items():
        scores: Counter[str] = Counter()
        for key in keys:
            posting = postings[key]
            if len(posting) > common:
                continue
            weight = math.log(1 + total / len(posting))
            for other in posting[:POSTINGS_CAP]:
                if other != slug:
                    scores[other] += weight
        best = heapq.nsmallest(RELATED, scores, key=lambda s: (-scores[s], order[s]))
        related[slug] = best
    return related


def build_archive(explainers: Iterable[Explainer]) -> Archive:
    articles = newest_first(explainers)
    actors, actor_of = _merge_actors(articles)
    places, place_of = _merge_places(articles)
    index = {a.id: a for a in actors}
    together: dict[str, Counter[str]] = defaultdict(Counter)
    for x in articles:
        ids = sorted({actor_of[(x.article.slug, a.id)] for a in x.actors})
        # Pairs per article grow with the square of its cast, not of the archive.
        for one in ids:
            together[one].update(other for other in ids if other != one)
    for actor_id, counts in together.items():
        index[actor_id].alongside = sorted(counts.items(), key=lambda c: (-c[1], c[0]))[:ALONGSIDE]
    return Archive(articles=articles, actors=actors, places=places,
                   events=_merge_events(articles), actor_of=actor_of, place_of=place_of,
                   related=_related(articles, actor_of, place_of))

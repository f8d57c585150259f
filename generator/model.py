"""The explainer data model: plain dataclasses that serialise to the `explainer/1` JSON contract."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from functools import cache
from typing import Any

SCHEMA = "explainer/1"

# A `[start, end)` character range into `Article.body`.
Span = tuple[int, int]


@dataclass
class Article:
    """One article as read from `content/`: metadata plus the body exactly as analysed."""

    slug: str
    title: str
    body: str
    path: str
    date: str | None = None
    date_source: str = "file"
    source: str | None = None
    url: str | None = None
    author: str | None = None
    dateline: str | None = None
    agency: str | None = None
    tags: list[str] = field(default_factory=list)
    title_source: str = "derived"
    corrections: dict[str, Any] = field(default_factory=dict)


@dataclass
class Block:
    """A stretch of the body between blank lines: paragraph, sub-heading, caption, credit, aside."""

    kind: str
    span: Span


@dataclass
class Role:
    """A role as the text states it (`U.N. spokesman`), with the organisation actor it names."""

    text: str
    span: Span
    affiliation: str | None = None  # an organisation actor's id


@dataclass
class Actor:
    """A person or organisation: every name it goes by, its roles, and how central it is."""

    id: str
    name: str
    kind: str
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    role_details: list[Role] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)  # organisation actor ids
    quotes: int = 0
    salience: float = 0.0
    main: bool = False

    def __post_init__(self) -> None:
        # JSON gives roles back as dicts and spans as lists.
        self.role_details = [
            r if isinstance(r, Role) else Role(r["text"], tuple(r["span"]), r.get("affiliation"))
            for r in self.role_details
        ]


@dataclass
class Group:
    """An unnamed group that acts in the story (`Afghan forces`); never a named actor."""

    id: str
    name: str
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Quote:
    id: str
    text: str
    span: Span
    kind: str
    speaker: str | None
    speaker_name: str | None
    cue: str | None
    cue_span: Span | None = None
    speaker_span: Span | None = None
    channel: str | None = None
    # The quote part this one carries on: the same quote broken by its attribution or
    # continued into a new paragraph. The page shows the parts together.
    continues: str | None = None
    # The reported speech that holds this partial quote ("said that …, “and we …”").
    within: str | None = None
    # The speaker is a description ("a senior official in Kabul"), not a name.
    anonymous: bool = False


def quote_items(quotes: list[Quote]) -> list[list[Quote]]:
    """Quotes as a reader sees them: the parts of one quote together (`continues`), and no
    partial quote apart from the reported speech that holds it (`within`)."""
    items: list[list[Quote]] = []
    item_of: dict[str, list[Quote]] = {}
    for quote in quotes:
        if quote.within:
            continue
        item = item_of.get(quote.continues or "")
        if item is None:
            item = []
            items.append(item)
        item.append(quote)
        item_of[quote.id] = item
    return items


@dataclass
class Place:
    id: str
    name: str
    kind: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    # "geonames:1135689", "iso3166-2:AF-KDZ" or "m49:015" (a UN region, Northern Africa): the
    # gazetteer entry the point comes from.
    gazetteer_id: str | None = None
    # The place whose point this one borrows (a facility its city's), when it has none.
    located_in: str | None = None
    # Adjectives and modifiers that refer to this country without naming it as a place:
    # "Afghan" in "Afghan forces", "U.S." in "U.S.-led".
    references: list[Span] = field(default_factory=list)


@dataclass
class TimeExpr:
    """A temporal expression: its TimeML type (DATE, TIME, DURATION, SET), value and modifier."""

    text: str
    span: Span
    type: str
    value: str
    mod: str | None = None


@dataclass
class TimelineEntry:
    """A dated event: when (an ISO value), the words that date it, and the event's clause."""

    date: str
    phrase: str
    event: str
    relation: str  # past, same-day or future, against the publication date
    span: Span  # the event's words
    time_span: Span  # the phrase
    mod: str | None = None  # START, MID or END of the period
    until: str | None = None  # the last period of a range: "between 1983 and 1986"


@dataclass
class Explainer:
    """Everything extracted from one article: the `extract` output and the page's only input."""

    article: Article
    blocks: list[Block] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    summary: list[str] = field(default_factory=list)
    summary_spans: list[Span] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)
    pipeline: str = ""

    def to_dict(self) -> dict[str, Any]:
        return json.loads(to_json(self))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Explainer:
        if data.get("schema") != SCHEMA:
            raise ValueError(f"not an {SCHEMA} document: schema={data.get('schema')!r}")
        items = {
            "blocks": Block, "actors": Actor, "groups": Group, "quotes": Quote, "places": Place,
            "times": TimeExpr, "timeline": TimelineEntry,
        }
        kwargs: dict[str, Any] = {"article": _build(Article, data["article"])}
        for name, kind in items.items():
            kwargs[name] = [_build(kind, item) for item in data.get(name, [])]
        kwargs["sentences"] = [tuple(s) for s in data.get("sentences", [])]
        kwargs["summary"] = list(data.get("summary", []))
        kwargs["summary_spans"] = [tuple(s) for s in data.get("summary_spans", [])]
        kwargs["pipeline"] = data.get("pipeline", "")
        return cls(**kwargs)


def _build(kind: type, data: dict[str, Any]) -> Any:
    """Rebuild a dataclass from JSON, turning span lists back into tuples."""
    values = {}
    for f in fields(kind):
        if f.name not in data:
            continue
        value = data[f.name]
        if f.name in ("span", "cue_span", "speaker_span", "time_span") and value is not None:
            value = tuple(value)
        elif f.name in ("mentions", "references"):
            value = [tuple(m) for m in value]
        values[f.name] = value
    return kind(**values)


@cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(kind))


def _fields(value: Any) -> dict[str, Any]:
    """One level of a dataclass for the JSON encoder, which walks the rest in C: a tenth of the
    time of converting the whole tree first, which a site's export of every explainer pays."""
    if not hasattr(type(value), "__dataclass_fields__"):
        raise TypeError(f"{type(value).__name__} is not JSON serialisable")
    data: dict[str, Any] = {"schema": SCHEMA} if isinstance(value, Explainer) else {}
    for name in _field_names(type(value)):
        data[name] = getattr(value, name)
    return data


def to_json(value: Any, indent: int | None = None) -> str:
    """Model objects (an explainer, a list of places, a dict holding explainers…) as JSON:
    dataclasses become objects, an `Explainer` with its `schema`, and tuples arrays."""
    return json.dumps(value, default=_fields, ensure_ascii=False, indent=indent,
                      separators=(",", ": ") if indent else (",", ":"))

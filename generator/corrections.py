"""Editorial corrections: front-matter instructions that fix what the machine got wrong."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from .model import Actor, Explainer, Place, TimelineEntry
from .names import fold
from .timeline import relation

# Every key an editor may write under `corrections:`, with what its value must be.
KEYS = {
    "rename_actors": "a mapping of current name → new name",
    "merge_actors": "a mapping of name → the name of the actor it is merged into",
    "drop_actors": "a list of names",
    "drop_places": "a list of names",
    "quote_speakers": "a mapping of the start of a quote's text → speaker name (or null)",
    "place_coordinates": "a mapping of place name → [latitude, longitude]",
    "add_timeline": "a list of {date, text, event}; `text` is copied from the article",
}


def _text(value: object) -> str | None:
    return " ".join(str(value).split()) if isinstance(value, str | int | float) else None


def parse(raw: object, name: str, warnings: list[str]) -> dict[str, Any]:
    """The corrections of one article, validated; anything malformed is dropped with a warning."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        warnings.append(f"{name}: 'corrections' must be a mapping of {', '.join(KEYS)}; ignored")
        return {}
    found: dict[str, Any] = {}
    for key, value in raw.items():
        expected = KEYS.get(str(key))
        if expected is None:
            warnings.append(f"{name}: unknown correction '{key}' (known: {', '.join(KEYS)})")
            continue
        parsed = _parse_value(str(key), value)
        if parsed is None:
            warnings.append(f"{name}: correction '{key}' must be {expected}; ignored")
            continue
        found[str(key)] = parsed
    return found


def _parse_value(key: str, value: object) -> Any:
    if key in ("drop_actors", "drop_places"):
        items = [_text(v) for v in value] if isinstance(value, list) else None
        return items if items is not None and all(items) else None
    if key == "add_timeline":
        if not isinstance(value, list):
            return None
        entries = []
        for item in value:
            if not isinstance(item, dict) or not _text(item.get("text")):
                return None
            date = item.get("date")
            date = date.isoformat() if isinstance(date, dt.date) else _text(date)
            if not date:
                return None
            entries.append({"date": date, "text": _text(item["text"]),
                            "event": _text(item.get("event")) or _text(item["text"])})
        return entries
    if not isinstance(value, dict):
        return None
    if key == "place_coordinates":
        pins = {}
        for place, point in value.items():
            if (not isinstance(point, list) or len(point) != 2
                    or not all(isinstance(v, int | float) and not isinstance(v, bool)
                               for v in point)
                    or not (-90 <= point[0] <= 90 and -180 <= point[1] <= 180)):
                return None
            pins[_text(place)] = [float(point[0]), float(point[1])]
        return pins
    pairs = {}
    for old, new in value.items():
        new_text = _text(new) if new is not None else None
        if not _text(old) or (new_text is None and key != "quote_speakers"):
            return None
        pairs[_text(old)] = new_text
    return pairs


def _finder(items: list, names: Callable[[Any], list[str]]) -> Callable[[str], Any]:
    def find(name: str) -> Any:
        key = fold(name)
        return next((item for item in items if key in {fold(n) for n in names(item)}), None)
    return find


def _actor_names(actor: Actor) -> list[str]:
    return [actor.name, *actor.aliases]


def _place_names(place: Place) -> list[str]:
    return [place.name, *place.aliases]


def apply(explainer: Explainer) -> list[str]:
    """Apply the article's corrections in place; each one that names nothing gets a warning."""
    corrections = explainer.article.corrections
    if not corrections:
        return []
    warnings: list[str] = []
    path = explainer.article.path

    def warn(key: str, message: str) -> None:
        warnings.append(f"{path}: correction {key}: {message}")

    find_actor = _finder(explainer.actors, _actor_names)
    find_place = _finder(explainer.places, _place_names)

    def reassign(source: Actor, target: Actor | None) -> None:
        for quote in explainer.quotes:
            if quote.speaker == source.id:
                quote.speaker = target.id if target else None
                if target:
                    quote.speaker_name = target.name

    for old, new in corrections.get("rename_actors", {}).items():
        actor = find_actor(old)
        if actor is None:
            warn("rename_actors", f"no actor named '{old}'")
            continue
        if actor.name not in actor.aliases:
            actor.aliases.append(actor.name)
        actor.name = new
        actor.aliases = [a for a in actor.aliases if fold(a) != fold(new)]
        reassign(actor, actor)

    for source_name, target_name in corrections.get("merge_actors", {}).items():
        source, target = find_actor(source_name), find_actor(target_name)
        if source is None or target is None or source is target:
            missing = source_name if source is None else target_name
            warn("merge_actors", f"no actor named '{missing}'" if source is None or
                 target is None else f"'{source_name}' and '{target_name}' are one actor")
            continue
        for name in _actor_names(source):
            if fold(name) not in {fold(n) for n in _actor_names(target)}:
                target.aliases.append(name)
        target.mentions = sorted({*target.mentions, *source.mentions})
        target.roles += [r for r in source.roles if r not in target.roles]
        explainer.actors.remove(source)
        reassign(source, target)

    for name in corrections.get("drop_actors", []):
        actor = find_actor(name)
        if actor is None:
            warn("drop_actors", f"no actor named '{name}'")
            continue
        explainer.actors.remove(actor)
        reassign(actor, None)

    for name in corrections.get("drop_places", []):
        place = find_place(name)
        if place is None:
            warn("drop_places", f"no place named '{name}'")
            continue
        explainer.places.remove(place)

    for start, speaker_name in corrections.get("quote_speakers", {}).items():
        quote = next((q for q in explainer.quotes if fold(q.text).startswith(fold(start))), None)
        if quote is None:
            warn("quote_speakers", f"no quote starts with '{start}'")
            continue
        if speaker_name is None:
            quote.speaker = quote.speaker_name = None
            continue
        actor = find_actor(speaker_name)
        if actor is None:
            warn("quote_speakers", f"no actor named '{speaker_name}'")
            continue
        quote.speaker, quote.speaker_name = actor.id, actor.name

    for name, (lat, lon) in corrections.get("place_coordinates", {}).items():
        place = find_place(name)
        if place is None:
            warn("place_coordinates", f"no place named '{name}'")
            continue
        place.lat, place.lon = lat, lon

    body = explainer.article.body
    published = explainer.article.date or ""
    for entry in corrections.get("add_timeline", []):
        # The editor's copy may break lines differently from the article.
        pattern = r"\s+".join(re.escape(word) for word in entry["text"].split())
        found = re.search(pattern, body)
        if found is None:
            warn("add_timeline", f"the text '{entry['text']}' is not in the article")
            continue
        span = found.span()
        explainer.timeline.append(TimelineEntry(
            date=entry["date"], phrase=entry["text"], event=entry["event"],
            relation=relation(entry["date"], published, None), span=span, time_span=span))
    explainer.timeline.sort(key=lambda e: (e.date, e.span))
    return warnings

"""Actors: the article's people and organisations, every name they go by, and their roles."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .analysis import Analysis
from .ids import slugify, unique
from .layout import ASIDE, CREDIT
from .model import Actor, Place, Span
from .names import clean_name, fold

if TYPE_CHECKING:
    from spacy.tokens import Span as DocSpan
    from spacy.tokens import Token

ACTOR_KINDS = {"PERSON": "person", "ORG": "organization"}
# Clauses that describe a role's holder rather than the role ("…, who was visiting Kunduz").
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl"})
_PERSON_NOUN = re.compile(r"(?:man|woman|person|men|women)$", re.IGNORECASE)


@dataclass
class _Mention:
    name: str
    span: Span
    kind: str
    ent: DocSpan


def _phrase(head: Token, stop: int | None = None) -> str:
    """The noun phrase of `head`, without clauses that describe its holder or a leading article."""
    start, end = head.left_edge.i, head.right_edge.i + 1
    for token in head.subtree:
        if token.i > head.i and token.dep_ in _CLAUSE_DEPS:
            end = min(end, token.left_edge.i)
    if stop is not None:
        end = min(end, stop)
    doc = head.doc
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space
                           or doc[end - 1].dep_ == "cc"):
        end -= 1
    while start < end and doc[start].dep_ == "det":
        start += 1
    return " ".join(doc[start:end].text.split())


def roles_of(ent: DocSpan) -> list[str]:
    """Roles the text gives an entity: appositives either side and pre-modifiers."""
    roles: list[str] = []
    root = ent.root
    for child in root.children:
        if child.dep_ == "appos" and child.i >= ent.end:
            roles.append(_phrase(child))
    head = root.head
    if root.dep_ == "appos" and head.i < ent.start and not head.ent_type_:
        roles.append(_phrase(head, stop=ent.start))
    left = root.left_edge.i
    if left < ent.start:
        modifiers = ent.doc[left:ent.start]
        if any(t.pos_ == "NOUN" or (t.pos_ == "PROPN" and not t.ent_type_) for t in modifiers):
            roles.append(_phrase(root, stop=ent.start) if left > 0 else modifiers.text)
    return [r for r in roles if r and len(r.split()) <= 15]


def _candidates(analysis: Analysis, places: list[Place]) -> list[_Mention]:
    place_spans = [m for p in places for m in p.mentions]
    place_names = {fold(n) for p in places for n in [p.name, *p.aliases]}
    publishers = {fold(n) for n in (analysis.article.source, analysis.article.agency) if n}
    found = []
    for ent in analysis.doc.ents:
        if ent.label_ not in ACTOR_KINDS:
            continue
        span = (ent.start_char, ent.end_char)
        block = analysis.block_of(ent.start_char)
        if (block is None or block.kind in (ASIDE, CREDIT) or analysis.in_dateline(span)
                or "/" in ent.text
                or any(s < span[1] and span[0] < e for s, e in place_spans)):
            continue
        name = clean_name(ent.text)
        if not name or fold(name) in place_names or fold(name) in publishers:
            continue
        offset = ent.start_char + ent.text.find(name)
        kind = ACTOR_KINDS[ent.label_]
        before = ent.doc[ent.start - 1] if ent.start > 0 else None
        # "spokesman Sediq Sediqqi": the small model calls some names organisations.
        if (kind == "organization" and before is not None and before.dep_ == "compound"
                and before.pos_ == "NOUN" and _PERSON_NOUN.search(before.text)):
            kind = "person"
        found.append(_Mention(name, (offset, offset + len(name)), kind, ent))
    return found


def _matches(mention: _Mention, actor: Actor) -> bool:
    key = fold(mention.name)
    if key == fold(actor.name) or key in {fold(a) for a in actor.aliases}:
        return True
    words, actor_words = key.split(), fold(actor.name).split()
    # A surname, or the tail of a full name ("Mujahid", "Ali Murad"), is that person.
    return (actor.kind == "person" and len(words) < len(actor_words)
            and actor_words[-len(words):] == words)


def extract_actors(analysis: Analysis, places: list[Place]) -> list[Actor]:
    mentions = _candidates(analysis, places)
    actors: list[Actor] = []
    # Longest names first, so that a surname finds the full name it belongs to.
    for mention in sorted(mentions, key=lambda m: (-len(m.name.split()), m.span)):
        matching = [a for a in actors if _matches(mention, a)]
        if len(matching) > 1:  # "Smith" with two Smiths: ambiguous, keep it apart
            matching = [a for a in matching if fold(a.name) == fold(mention.name)]
        if matching:
            actor = matching[0]
            if mention.kind == "person" and actor.kind != "person":
                actor.kind = "person"
        else:
            actor = Actor(id="", name=mention.name, kind=mention.kind)
            actors.append(actor)
        if fold(mention.name) != fold(actor.name) and mention.name not in actor.aliases:
            actor.aliases.append(mention.name)
        actor.mentions.append(mention.span)
        for role in roles_of(mention.ent):
            if role.lower() not in {r.lower() for r in actor.roles}:
                actor.roles.append(role)
    for actor in actors:
        actor.mentions.sort()
    actors.sort(key=lambda a: (-len(a.mentions), a.mentions[0]))
    used: set[str] = set()
    for actor in actors:
        actor.id = unique(slugify(actor.name), used)
    return actors

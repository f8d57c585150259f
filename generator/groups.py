"""Unnamed groups that act in the story (`Afghan forces`, `the insurgents`): never actors."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .analysis import Analysis
from .cues import SPEECH_VERBS
from .ids import slugify, unique
from .model import Actor, Group, Span
from .names import fold
from .roles import is_person_noun

if TYPE_CHECKING:
    from spacy.tokens import Token

# Agent nouns name people by what they do: fighters, insurgents, militants, civilians, gunmen.
_AGENT_NOUN = re.compile(r"(?:er|or|ist|ian|ant|ent|man|men|ee)s?$")
_MODIFIER_LABELS = frozenset({"NORP", "GPE", "ORG"})


def _is_agent(token: Token) -> bool:
    """The subject of a verb other than `be`: someone who does something."""
    return token.dep_ == "nsubj" and token.head.pos_ == "VERB" and token.head.lemma_ != "be"


def names_people(token: Token) -> bool:
    """An agent noun or a role: `fighters`, `spokesman`, `analysts`."""
    return bool(_AGENT_NOUN.search(token.lemma_.lower())) or is_person_noun(token)


def _is_people(token: Token) -> bool:
    """A plural that names people: an agent noun, a role, or a group that speaks."""
    return (names_people(token) or any(m.ent_type_ == "NORP" for m in token.lefts)
            or (token.dep_ == "nsubj" and token.head.lemma_ in SPEECH_VERBS))


def _name_start(head: Token) -> int:
    """Where a group's name starts: its nationality, organisation or noun modifiers."""
    start = head.i
    for token in reversed(list(head.lefts)):
        if token.i != start - 1:
            break
        if token.dep_ == "compound" or token.ent_type_ in _MODIFIER_LABELS or (
                token.dep_ == "amod" and start < head.i):
            start = token.i
            # "law enforcement sources", "human rights activists": the noun modifier's own
            # words belong to it.
            edge = token.left_edge.i
            if token.dep_ == "compound" and all(
                    t.dep_ == "compound" or (t.dep_ == "amod" and not t.is_stop)
                    for t in head.doc[edge:token.i]):
                start = edge
        else:
            break
    # "special" in "Afghan special forces" stays only between a kept modifier and the head.
    while (start < head.i and head.doc[start].dep_ == "amod" and not head.doc[start].ent_type_
           and head.doc[start].head.i == head.i):
        start += 1
    return start


def extract_groups(analysis: Analysis, actors: list[Actor]) -> list[Group]:
    """Plural groups of people that are the subject of something they do, with every mention."""
    doc, body = analysis.doc, analysis.body
    actor_names = {fold(n) for a in actors for n in [a.name, *a.aliases]}
    names: dict[str, str] = {}
    for sent in analysis.sents_in_paragraphs():
        for token in sent:
            if (token.tag_ != "NNS" or token.ent_type_ or token.is_stop
                    or not _is_agent(token) or not _is_people(token)):
                continue
            start = _name_start(token)
            name = doc[start:token.i + 1].text
            if doc[start].pos_ != "PROPN" and not doc[start].ent_type_:
                name = name[0].lower() + name[1:]  # "Insurgents" opening a sentence
            if fold(name) not in actor_names:
                names.setdefault(fold(name), name)
    groups: list[Group] = []
    for name in names.values():
        spans: list[Span] = []
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", body, re.IGNORECASE):
            if analysis.in_paragraph(match.start()):
                spans.append(match.span())
        groups.append(Group(id="", name=name, mentions=spans))
    # A group inside a longer one ("forces" in "Afghan forces") keeps only its own mentions.
    for group in groups:
        others = [m for g in groups if g is not group for m in g.mentions]
        group.mentions = [m for m in group.mentions if not any(
            o != m and o[0] <= m[0] and m[1] <= o[1] for o in others)]
    groups = [g for g in groups if g.mentions]
    groups.sort(key=lambda g: (-len(g.mentions), g.mentions[0]))
    used: set[str] = set()
    for group in groups:
        group.id = unique(slugify(group.name), used)
    return groups

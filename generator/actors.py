"""Actors: the article's people and organisations, every name they go by, and their roles."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .aliases import (
    PREFIX,
    SAME,
    acronym_letters,
    bracketed_short_name,
    expands,
    expansion_in,
    has_body_noun,
    has_legal_form,
    initials,
    is_short_name,
    is_title,
    name_key,
    organization_form,
    person_surnames,
    same_person,
    surname,
)
from .analysis import Analysis
from .cues import CHANNELS
from .ids import slugify, unique
from .layout import ASIDE, CREDIT, HEADING, PARAGRAPH
from .model import Actor, Place, Quote, Role, Span
from .names import clean_name, locate
from .nonactors import is_credit, is_event, is_measure, is_title_word
from .products import in_product_name, name_after_model, used_as_organization, used_as_product
from .roles import is_person_noun, listed_apposition, next_to_person_noun, roles_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as DocSpan

PERSON, ORGANIZATION = "person", "organization"
EXACT = SAME + 1  # a name the actor already goes by
ACTOR_KINDS = {"PERSON": PERSON, "ORG": ORGANIZATION}
# Salience: a quote says more about an actor's place in the story than a passing mention.
QUOTE_WEIGHT, LEAD_BONUS, MAIN_SHARE = 2.0, 2.0, 0.4
# What a person leads and lends a name to: "the Obama administration".
_LED_BY = frozenset({"administration", "presidency"})


@dataclass
class _Mention:
    name: str
    span: Span
    label: str  # the kind the model's label says
    tokens: DocSpan
    title: DocSpan | None = None  # "President" before "Ashraf Ghani"
    evidence: str | None = None  # a kind the text shows, stronger than the label
    core: str | None = None  # the name less a leading nationality or place ("Interior Ministry")
    core_letters: str | None = None  # an acronym less a country's letters (`USAF` → `AF`)
    product: bool = False  # used as a product's name ("Apple's iPod")
    body: bool = False  # used as an organisation's name ("Apple said", "Apple CEO")
    headline: bool = False  # in the headline, where title case hides where names end
    # The lone last word of a person the model names in full elsewhere ("Clinton" with
    # "Hillary Clinton" and "Bill Clinton", so kept apart from both).
    surname: bool = False


@dataclass
class _Cluster:
    name: str
    mentions: list[_Mention] = field(default_factory=list)
    extra: list[Span] = field(default_factory=list)  # found by name, outside spaCy's entities

    def is_product(self) -> bool:
        """Named as someone's product somewhere, and never as a body that acts."""
        return (self.kind() == ORGANIZATION and any(m.product for m in self.mentions)
                and not any(m.body for m in self.mentions))

    def names(self) -> set[str]:
        """Keys of every name and core name the cluster's mentions use."""
        keys = {name_key(m.name) for m in self.mentions}
        return keys | {name_key(m.core) for m in self.mentions if m.core}

    def given_name(self, mention: _Mention) -> bool:
        """A lone word that is the first of a full name the model calls a person here."""
        key = name_key(mention.name)
        return len(key.split()) == 1 and any(
            m.label == PERSON and len(words := name_key(m.name).split()) > 1
            and words[0] == key for m in self.mentions)

    def _surnamed(self) -> bool:
        """ "Ava DuVernay", then "DuVernay said" five times, the model calling it an
        organisation: a full name the model calls a person, then only its surname."""
        full = [m.name for m in self.mentions if m.label == PERSON and len(m.name.split()) > 1]
        short = [m.name for m in self.mentions
                 if len(m.name.split()) == 1 and not self.given_name(m)]
        return bool(full and short) and all(
            any(name_key(s) == name_key(f.split()[-1]) for f in full) for s in short)

    def kind(self) -> str:
        """`person` or `organization`: the text's evidence first, then the model's labels."""
        # "Bernie", which the model calls a person somewhere, is a given name, not "Lockheed"
        # of a "Lockheed Martin" the model took for a person.
        given = {name_key(m.name) for m in self.mentions
                 if m.label == PERSON and self.given_name(m)}
        # "the Trump we all knew" after "Donald Trump": an article before a surname makes
        # no organisation of someone named in full.
        surnamed = self._surnamed()
        strong = Counter(m.evidence for m in self.mentions
                         if m.evidence and name_key(m.name) not in given
                         and not (surnamed and m.evidence == ORGANIZATION
                                  and len(m.name.split()) == 1))
        if not strong and surnamed:
            return PERSON
        # A headline's title case misleads the model: its labels count only when the text
        # below has none.
        voters = self.mentions if strong else (
            [m for m in self.mentions if not m.headline] or self.mentions)
        # "Bernie" of "Bernie Sanders", which the model often calls an organisation, has no
        # vote: the full name has.
        voters = [m for m in voters if not self.given_name(m)] or voters
        votes = strong or Counter(m.label for m in voters)
        top = max(votes.values())
        # A tie goes to the kind of the earliest mention among the leaders.
        kind = next((m.evidence or m.label for m in sorted(voters, key=lambda m: m.span)
                     if votes[m.evidence or m.label] == top), max(votes, key=votes.__getitem__))
        # News names a person in full, or with a title or a role; a lone word the model calls
        # a person ("Ryanair", "Safari") is a company or a brand, unless someone named in
        # full has it for a surname.
        if (kind == PERSON and not strong and not any(m.surname for m in self.mentions)
                and all(len(m.name.split()) == 1 for m in self.mentions)):
            return ORGANIZATION
        return kind


def _blocked(analysis: Analysis, places: list[Place]) -> list[Span]:
    """Where no actor can be: places, the dateline, channels (`on Twitter`), credits, asides."""
    spans = [m for p in places for m in p.mentions]
    if analysis.dateline:
        spans.append(analysis.dateline.span)
    for _, pattern in CHANNELS:
        spans += [m.span() for m in pattern.finditer(analysis.body)]
    spans += [b.span for b in analysis.blocks if b.kind in (ASIDE, CREDIT)]
    return spans


def _blocks(block: Span, span: Span, inner_places: set[Span]) -> bool:
    """Whether a blocked span keeps the name at `span` from being an actor's: any overlap, but
    a place named inside the name leaves it whole ("U.S. State Department")."""
    if not (block[0] < span[1] and span[0] < block[1]):
        return False
    return not (block in inner_places and span[0] <= block[0] and block[1] <= span[1]
                and block != span)


def _single(token: Token) -> bool:
    """Whether a token is outside any entity or an entity of its own."""
    if not token.ent_type_:
        return True
    doc = token.doc
    return token.ent_iob_ == "B" and (token.i + 1 >= len(doc) or doc[token.i + 1].ent_iob_ != "I")


def _name_tokens(ent: DocSpan, countries: set[Span], national: set[str]
                 ) -> tuple[int, int, int]:
    """Token bounds `(title_start, start, end)` of the name in an entity, repaired."""
    doc = ent.doc
    start, end = ent.start, ent.end
    for token in doc[start + 1:end]:
        # "European Union (EU": the acronym is a mention of its own (see `_candidates`);
        # "Apple Computer's Mac OS": two names, the owner's first.
        if token.text == "(" or token.tag_ == "POS":
            end = token.i
            break
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1
    while start < end and (doc[start].pos_ == "DET" or doc[start].is_punct):
        start += 1
    if end <= start:
        return start, start, start
    if ent.label_ == "PERSON":
        # "Telling Jeb Bush": a gerund the model ran into a person's name.
        while start < end - 1 and doc[start].tag_ == "VBG":
            start += 1
        # "Murad Ali Murad": the model tagged the first "Murad" a place ("Republican Donald
        # Trump": a party is no part of the name).
        while (start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title
               and doc[start - 1].dep_ == "compound" and start <= doc[start - 1].head.i < end
               and _single(doc[start - 1]) and doc[start - 1].ent_type_ != "NORP"):
            start -= 1
        # "Pentagon Acquisition Director Michael Wynne": the name follows the last title word.
        title = start
        for token in doc[start:end - 1]:
            if is_title(token.text) or token.pos_ == "NOUN":
                start = token.i + 1
        # "U.S. Jobs": a place the model ran into the name (never one joined to it above).
        while start >= ent.start and start < end - 1 and name_key(doc[start].text) in national:
            start += 1
        return title, start, end
    if end - start >= 2:
        before = doc[start - 1] if start > 0 else None
        # "Afghan Interior Ministry": the nationality belongs to a ministry's name.
        if (before is not None and before.ent_type_ == "NORP" and _single(before)
                and before.dep_ in ("compound", "amod") and start <= before.head.i < end):
            start -= 1
        # "United Nations Assistance Mission in Afghanistan": a country in the name.
        if (end + 1 < len(doc) and doc[end].lower_ == "in" and doc[end].head.i == end - 1
                and doc[end - 1].pos_ == "PROPN"):
            country = doc[end + 1]
            if (country.idx, country.idx + len(country.text)) in countries:
                end += 2
        end = _legal_tail(doc, end)
    return start, start, end


def _legal_tail(doc: Doc, end: int) -> int:
    """`European Aeronautic Defence and Space Company`: the model ends the name at "and", but
    capitalised words after it that end in a legal form are the rest of it."""
    if end >= len(doc) or doc[end].lower_ not in ("and", "&"):
        return end
    tail = end + 1
    while tail < len(doc) and doc[tail].is_title and not doc[tail].ent_type_:
        tail += 1
    words = doc[end + 1:tail].text
    return tail if tail > end + 1 and has_legal_form(words) else end


def _core(tokens: DocSpan, national: set[str]) -> str | None:
    """`Afghan Interior Ministry` → `Interior Ministry`, `United States Air Force` → `Air Force`:
    a nationality, a place or a short acronym before a name of two words or more."""
    words = list(tokens)
    n = 0
    while n < len(words) - 2:
        place = next((k for k in range(len(words) - 2, n, -1)
                      if name_key(tokens[n:k].text) in national), None)
        if place is not None:
            n = place
        elif words[n].ent_type_ == "NORP" or len(acronym_letters(words[n].text) or "") in (2, 3):
            n += 1
        else:
            break
    return clean_name(tokens[n:].text) if n else None


def _core_letters(name: str, national: set[str]) -> str | None:
    """`USAF` → `AF` when the article names the `U.S.`: an acronym that begins with a
    country's, so that it matches a name it never spells out in full (`Air Force`)."""
    letters = acronym_letters(name)
    if not letters:
        return None
    for key in national:
        words = key.split()
        prefix = initials(key.title()) if len(words) > 1 else key.upper()
        if 2 <= len(prefix) < len(letters) - 1 and letters.upper().startswith(prefix):
            return letters.upper()[len(prefix):]
    return None


def _candidates(analysis: Analysis, places: list[Place], blocked: list[Span],
                place_spans: set[Span]) -> list[_Mention]:
    doc = analysis.doc
    place_names = {name_key(n) for p in places for n in [p.name, *p.aliases]}
    # Leading words that make a name national ("U.S. Air Force"), for matching it without them.
    national = place_names | {name_key(e.text) for e in doc.ents if e.label_ in ("GPE", "NORP")}
    countries = {m for p in places if p.kind == "country" for m in p.mentions}
    article = analysis.article
    # The publisher, the agency and the byline wrote the story; they are not in it.
    bylines = re.split(r",|;|\band\b|&", article.author or "")
    publishers = {name_key(n) for n in (article.source, article.agency, *bylines) if n}
    publishers.discard("")
    ent_names = {name_key(clean_name(e.text)) for e in doc.ents if e.label_ in ACTOR_KINDS}
    surnames = {name_key(word) for word in person_surnames(doc)}
    found = []
    # "Dreamliner" of "the 787 Dreamliner": a product wherever else the text names it so.
    product_names: set[str] = set()
    for ent in doc.ents:
        if ent.label_ not in ACTOR_KINDS or "/" in ent.text:  # "REUTERS/Stringer": a credit
            continue
        # A place inside a person's name is the model's error, not the person's birthplace.
        inner = place_spans if ent.label_ == "ORG" else set()
        if any(_blocks(b, (ent.start_char, ent.end_char), inner) for b in blocked) or \
                analysis.block_of(ent.start_char) is None:
            continue
        pieces = [_name_tokens(ent, countries, national)]
        bracket = next((t.i for t in ent if t.text == "("), None)
        if bracket is not None and acronym_letters(doc[bracket + 1:ent.end].text.rstrip(")")):
            # "World Health Organization (WHO": the acronym is a mention of its own.
            end = ent.end - (doc[ent.end - 1].text == ")")
            pieces.append((bracket + 1, bracket + 1, end))
        _, start, end = pieces[0]
        hyphen = next((t.i for t in doc[start + 1:end - 1] if t.text == "-"), None)
        if hyphen is not None and name_key(doc[start:hyphen].text) in ent_names:
            # "Boeing-Air Force": two names the text also uses apart; "Rolls-Royce" is one.
            pieces[0:1] = [(start, start, hyphen), (hyphen + 1, hyphen + 1, end)]
        joint = next((t.i for t in doc[start + 1:end - 1] if t.lower_ == "and"), None)
        if joint is not None and doc[start].lower_ == doc[joint + 1].lower_:
            # "Macbook and Macbook Pro": two names that share their first word.
            pieces[0:1] = [(start, start, joint), (joint + 1, joint + 1, end)]
        for title_start, start, end in pieces:
            if end <= start:
                continue
            if in_product_name(doc, start, end):
                product_names.add(name_key(name_after_model(doc, start, end) or ""))
                continue
            if ent.label_ == "ORG" and (is_event(doc[start:end]) or is_measure(doc[start:end])
                                        or is_title_word(doc[start:end])):
                continue
            if is_credit(doc[start:end]):
                continue
            tokens = doc[start:end]
            name = clean_name(tokens.text)
            if not name or name_key(name) in place_names or name_key(name) in publishers:
                continue
            if " " not in name and name.endswith(".") and is_title(name):
                continue  # "including Sens. John McCain (Ariz.)": a title the model tagged
            first, last = locate(tokens.text, name)
            title = doc[title_start:start] if title_start < start else None
            span = (tokens.start_char + first, tokens.start_char + last)
            mention = _Mention(name, span, ACTOR_KINDS[ent.label_],
                               tokens, title=title)
            mention.evidence = _evidence(mention)
            mention.surname = (mention.label == PERSON and " " not in name
                               and name_key(name) in surnames)
            if mention.label == ORGANIZATION:
                mention.core = _core(tokens, national)
                mention.core_letters = _core_letters(name, national)
            mention.product, mention.body = used_as_product(tokens), used_as_organization(tokens)
            found.append(mention)
    product_names.discard("")
    for mention in found:
        mention.product = mention.product or name_key(mention.name) in product_names
    _trim_headline(found, analysis)
    return found


def _trim_headline(found: list[_Mention], analysis: Analysis) -> None:
    """"Black Lawmakers Rip Donald Trump As A ‘Disgusting Fraud’": in a headline's title case
    the model runs words into a name; cut such a name to the longest one the text below uses."""
    title = analysis.article.title.strip().rstrip(".")
    lines = [b.span for b in analysis.blocks if b.kind == HEADING
             or analysis.body[b.span[0]:b.span[1]].strip().rstrip(".") == title]
    for mention in found:
        mention.headline = any(start <= mention.span[0] < end for start, end in lines)
    # Names of two words or more: a single one ("Union" in "STATE OF THE UNION") says too
    # little to cut at.
    names = {name_key(m.name) for m in found if not m.headline and len(m.tokens) > 1}
    for mention in (m for m in found if m.headline and name_key(m.name) not in names):
        words = mention.tokens
        inner = next((words[i:j] for size in range(len(words) - 1, 1, -1)
                      for i in range(len(words) - size + 1) for j in [i + size]
                      if name_key(words[i:j].text) in names), None)
        if inner is not None:
            mention.name, mention.tokens, mention.title = inner.text, inner, None
            mention.span = (inner.start_char, inner.end_char)


def _evidence(mention: _Mention) -> str | None:
    """The kind the text shows where the model's label is often wrong."""
    tokens = mention.tokens
    doc = tokens.doc
    before = doc[tokens.start - 1] if tokens.start > 0 else None
    if mention.title is not None or (mention.label == PERSON and _his_or_hers(tokens)):
        return PERSON
    if next_to_person_noun(tokens):
        return PERSON  # "his mother Michelle", "girlfriend Olivia"
    if mention.label == ORGANIZATION:
        # "spokesman Sediq Sediqqi", "Danishy, deputy governor of Kunduz": a person's role.
        if before is not None and before.dep_ == "compound" and is_person_noun(before):
            return PERSON
        if any(is_person_noun(c) for t in tokens for c in t.children
               if c.dep_ == "appos" and c.i >= tokens.end and not listed_apposition(c)):
            return PERSON
    if mention.label == PERSON:
        # "the Obama administration": a government named after its head; "the Food and Drug
        # Administration" is a name of its own.
        after = doc[tokens.end] if tokens.end < len(doc) else None
        if (after is not None and after.lower_ in _LED_BY and after.is_lower
                and tokens.root.head.i == after.i):
            return PERSON
        # "Apple Inc.", "Fox News", "the Beatles": a legal form, a body's noun or an
        # article is no person's.
        if has_legal_form(mention.name) or has_body_noun(mention.name):
            return ORGANIZATION
        if before is not None and before.lower_ == "the" and before.head.i in range(
                tokens.start, tokens.end):
            return ORGANIZATION
    return None


def _his_or_hers(tokens: DocSpan) -> bool:
    """ "Trump laid out his vision", "Trump said he would": a subject the model calls a
    person that the verb's own "his", "her", "he" or "she" takes up is someone, even where
    the model calls the same name an organisation as often. (Not a name it calls an
    organisation: "the Global Times praised his plan" speaks of someone else.)"""
    root = tokens.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.i == root.i:
        return False
    for token in verb.subtree:
        if token.lower_ in ("his", "her") and token.dep_ == "poss" and token.head.head.i == verb.i:
            return True
        if (token.lower_ in ("he", "she") and token.dep_ == "nsubj" and token.head.dep_ == "ccomp"
                and token.head.head.i == verb.i):
            return True
    return False


def _match(mention: _Mention, cluster: _Cluster) -> int:
    """How surely a mention names a cluster's actor (`EXACT`, `SAME`, `PREFIX`), or 0."""
    key = name_key(mention.name)
    if key in {name_key(m.name) for m in cluster.mentions}:
        return EXACT
    if key in cluster.names() or (mention.core and name_key(mention.core) in cluster.names()):
        return SAME
    if any(expands(mention.name, m.name) for m in cluster.mentions):
        return SAME
    if any(_spells(a, b) or _spells(b, a) for a, b in ((mention, m) for m in cluster.mentions)):
        return SAME
    if cluster.kind() == PERSON:
        if same_person(mention.name, cluster.name) and not _coordinated(mention, cluster):
            return SAME
        if _first_name(mention, cluster):
            return PREFIX  # a surname it is ("Gorka" of "Sebastian Gorka") says more
        return PREFIX if _first_words(mention, cluster) else 0
    return organization_form(mention.name, cluster.name)


def _coordinated(mention: _Mention, cluster: _Cluster) -> bool:
    """ "Prescott Bush, George Bush and George W. Bush": names listed together are different
    people, however alike."""
    def conjuncts(token: Token) -> set[int]:
        while token.dep_ == "conj" and token.head.i != token.i:
            token = token.head
        return {token.i, *(t.i for t in token.conjuncts)}

    listed = conjuncts(mention.tokens.root)
    return any(m.tokens.root.i in listed for m in cluster.mentions
               if m.tokens.root.i != mention.tokens.root.i)


def _spells(acronym: _Mention, name: _Mention) -> bool:
    """`USAF` ↔ `Air Force`: the acronym less its country's letters spells out the name."""
    return (acronym.core_letters is not None and len(name.name.split()) >= 2
            and initials(name.name) == acronym.core_letters)


def _first_name(mention: _Mention, cluster: _Cluster) -> bool:
    """ "I know Bernie", "Hillary is the candidate": a lone word the model calls a person is
    the given name of a person named in full (two people of that name tie, and stay apart).
    Not in a headline, whose title case misleads the model ("ending Douglas era")."""
    return mention.label == PERSON and not mention.headline and cluster.given_name(mention)


def _first_words(mention: _Mention, cluster: _Cluster) -> bool:
    """`Lockheed` for `Lockheed Martin`: news never names a person by the first name alone, so
    the "person" is an organisation."""
    return (mention.label == ORGANIZATION and cluster.kind() == PERSON
            and not same_person(mention.name, cluster.name)
            and bool(organization_form(mention.name, cluster.name)))


def _cluster(mentions: list[_Mention]) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    # Longest names first, so that a surname or a short form finds the full name it belongs to.
    for mention in sorted(mentions, key=lambda m: (-len(m.name.split()), m.span)):
        scored = [(strength, c) for c in clusters if (strength := _match(mention, c))]
        best = max((strength for strength, _ in scored), default=0)
        tied = [c for strength, c in scored if strength == best]
        if len(tied) > 1:
            # A short form follows the full name it stands for: "Apple" after "Apple Computer"
            # and before "Apple Macintosh" is the company.
            tied = [c for c in tied if min(m.span[0] for m in c.mentions
                                           if not c.given_name(m)) < mention.span[0]]
        if len(tied) > 1 and mention.body and mention.label == ORGANIZATION:
            # "500 Apple engineers" after "Apple Computer CEO" and "Apple Macintosh
            # computers": a body, so the name of the two that is used as one.
            tied = [c for c in tied if any(m.body for m in c.mentions)] or tied
        if len(tied) == 1:
            if _first_words(mention, tied[0]):
                mention.evidence = ORGANIZATION
            tied[0].mentions.append(mention)
        else:  # "Smith" with two Smiths: ambiguous, kept apart
            clusters.append(_Cluster(mention.name, [mention]))
    return clusters


def _parenthesised(clusters: list[_Cluster], doc: Doc, place_spans: set[Span]
                   ) -> list[_Cluster]:
    """`Singapore Airlines (SIA)`, `the Ministry of Defence (MoD)`: a short name defined in
    brackets is the name before it, wherever the text uses it again."""
    by_end = {m.tokens.end: c for c in clusters for m in c.mentions}
    for i in range(len(doc) - 2):
        target = by_end.get(i)
        short = bracketed_short_name(doc, i) if target is not None else None
        if target is None or short is None:
            continue
        found = False
        for cluster in clusters:
            if any(m.tokens.start == i + 1 or name_key(m.name) == name_key(short)
                   for m in cluster.mentions):
                found = True
                if cluster is not target:
                    target.mentions += cluster.mentions
                    cluster.mentions = []
        span = (doc[i + 1].idx, doc[i + 1].idx + len(short))
        if not found and span not in place_spans:
            # Tagged nothing, or a place: still the name the text will use again.
            target.mentions.append(_Mention(short, span, "ORG", doc[i + 1:i + 2]))
    return [c for c in clusters if c.mentions]


def _more_mentions(analysis: Analysis, clusters: list[_Cluster], blocked: list[Span],
                   place_spans: set[Span]) -> None:
    """Mentions the model left untagged or tagged a place: `Murad told…`, a lone `Smith`, the
    `Garuda Indonesia` of "Garuda Indonesia Flight 200"."""
    body, doc = analysis.body, analysis.doc
    taken = [m.span for c in clusters for m in c.mentions] + blocked
    owners: dict[str, set[int]] = {}
    for n, cluster in enumerate(clusters):
        names = {m.name for m in cluster.mentions}
        if cluster.kind() == PERSON:
            names.add(surname(cluster.name))
        for name in names:
            owners.setdefault(name, set()).add(n)
    # Longest names first, so that "Apple Inc." is found before the "Apple" inside it.
    for name, owner in sorted(owners.items(), key=lambda item: (-len(item[0]), item[0])):
        if len(owner) != 1 or len(name) < 2:
            continue
        cluster = clusters[next(iter(owner))]
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", body):
            span = match.span()
            # "…and AT&T." can be one token with the full stop: the name is still whole.
            tokens = doc.char_span(*span, alignment_mode="expand")
            if tokens is not None and tokens.text.rstrip(".") != body[span[0]:span[1]].rstrip("."):
                tokens = None
            block = analysis.block_of(span[0])
            if (tokens is None or block is None
                    or any(_blocks(t, span, place_spans) for t in taken)
                    or not (is_short_name(name) or all(t.pos_ == "PROPN" for t in tokens))
                    or in_product_name(doc, tokens.start, tokens.end)):
                continue
            cluster.extra.append(span)
            taken.append(span)


def _emphasis(cluster: _Cluster, analysis: Analysis) -> bool:
    """ "the Caravan is largely broken up … a giant scene at our Border": a common noun
    capitalised for emphasis inside someone's words, which the article itself writes in
    lower case ("the caravan"), names no body."""
    word = cluster.name
    if " " in word or not word.istitle() or not word.isalpha():
        return False
    if not all(any(start <= m.span[0] < end for start, end in analysis.quoted)
               for m in cluster.mentions):
        return False
    return re.search(rf"\b{re.escape(word.lower())}\b", analysis.body) is not None


def _expand_acronyms(actors: list[Actor]) -> None:
    """`U.N.` alone is the `United Nations` that begins `United Nations Assistance Mission`."""
    names = {name_key(a.name) for a in actors}
    for actor in actors:
        if actor.kind != ORGANIZATION or not acronym_letters(actor.name):
            continue
        for other in actors:
            full = expansion_in(actor.name, other.name) if other is not actor else None
            if full and name_key(full) not in names:
                actor.aliases.insert(0, actor.name)
                actor.name = full
                break


def _affiliate(actors: list[Actor]) -> None:
    """Link each role to the organisation actor it names (`U.N. spokesman` → United Nations)."""
    orgs = [(m, a) for a in actors if a.kind == ORGANIZATION for m in a.mentions]
    for actor in actors:
        for role in actor.role_details:
            for span, org in orgs:
                if org is not actor and role.span[0] <= span[0] and span[1] <= role.span[1]:
                    role.affiliation = org.id
                    break
            if role.affiliation and role.affiliation not in actor.affiliations:
                actor.affiliations.append(role.affiliation)


def extract_actors(analysis: Analysis, places: list[Place]) -> list[Actor]:
    """People and organisations, one per real-world entity, in order of mentions."""
    blocked = _blocked(analysis, places)
    place_spans = {m for p in places for m in p.mentions}
    clusters = _parenthesised(_cluster(_candidates(analysis, places, blocked, place_spans)),
                              analysis.doc, place_spans)
    clusters = [c for c in clusters if not c.is_product() and not _emphasis(c, analysis)]
    _more_mentions(analysis, clusters, blocked, place_spans)
    body = analysis.body
    actors = []
    for cluster in clusters:
        actor = Actor(id="", name=cluster.name, kind=cluster.kind())
        roles: list[Role] = []
        for mention in cluster.mentions:
            actor.mentions.append(mention.span)
            if not mention.headline:
                roles += roles_of(mention.tokens, mention.title)
        for span in cluster.extra:
            actor.mentions.append(span)
            tokens = analysis.doc.char_span(*span)
            roles += roles_of(tokens) if tokens is not None else []
        for role in sorted(roles, key=lambda r: r.span):
            if any(start <= role.span[0] < end for start, end in analysis.quoted):
                continue  # "“Donald Trump is a disgusting fraud”": an opinion, not a role
            if name_key(role.text) in cluster.names():
                continue  # "the Trump we all knew, the Trump who …": his name again
            if role.text.lower() not in {r.text.lower() for r in actor.role_details}:
                actor.role_details.append(role)
        actor.mentions.sort()
        for start, end in actor.mentions:
            surface = body[start:end]
            if name_key(surface) != name_key(actor.name) and surface not in actor.aliases:
                actor.aliases.append(surface)
        actor.roles = [r.text for r in actor.role_details]
        actors.append(actor)
    _expand_acronyms(actors)
    actors.sort(key=lambda a: (-len(a.mentions), a.mentions[0]))
    used: set[str] = set()
    for actor in actors:
        actor.id = unique(slugify(actor.name), used)
    _affiliate(actors)
    return actors


def rank_actors(actors: list[Actor], quotes: list[Quote], analysis: Analysis) -> list[Actor]:
    """Order actors by salience (mentions, quotes, a place in the lead) and mark the main ones."""
    # A quote broken by its attribution, or held inside reported speech, counts once.
    said = Counter(q.speaker for q in quotes if q.speaker and not q.continues and not q.within)
    lead = next((b.span for b in analysis.blocks if b.kind == PARAGRAPH), (0, 0))
    scores = {}
    for actor in actors:
        actor.quotes = said.get(actor.id, 0)
        in_lead = any(lead[0] <= s < lead[1] for s, _ in actor.mentions)
        scores[actor.id] = len(actor.mentions) + QUOTE_WEIGHT * actor.quotes + (
            LEAD_BONUS if in_lead else 0.0)
    top = max(scores.values(), default=0.0)
    for actor in actors:
        actor.salience = round(scores[actor.id] / top, 3) if top else 0.0
        actor.main = actor.salience >= MAIN_SHARE
    return sorted(actors, key=lambda a: (-a.salience, a.mentions[0]))

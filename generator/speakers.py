"""Speakers: a source phrase resolved to an actor by name, role or pronoun, or kept as it is."""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .analysis import Analysis
from .attribution import (
    according_source,
    is_according,
    is_cue_verb,
    is_speech_noun,
    name_like,
    publisher,
    source_phrase,
    speech_owner,
    subject_of,
)
from .cues import (
    DEMONSTRATIVES,
    FIRST_PERSON,
    GENDERED_NOUNS,
    GENDERED_PRONOUNS,
    GROUP_PRONOUNS,
    PERSON_PRONOUNS,
    RELATIVE_PRONOUNS,
    THING_PRONOUNS,
)
from .groups import names_people
from .model import Actor, Span
from .names import clean_name, fold
from .roles import next_to_person_noun

if TYPE_CHECKING:
    from spacy.tokens import Token

# How far back a pronoun looks for its antecedent.
_SENTENCES_BACK = 10
_PARAGRAPHS_BACK = 4
# How many sentences whose subject is the same pronoun a pronoun follows back.
_CHAIN = 3
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_INDEFINITE = frozenset({"a", "an", "one", "another", "some", "several", "many", "two",
                         "three", "four", "few"})


@dataclass
class Speaker:
    """Who said it: an actor, or a name or description that no actor holds."""

    actor: Actor | None
    name: str | None
    span: Span | None
    anonymous: bool = False


@dataclass
class _Referent:
    """Something a later pronoun may stand for: an actor's mention or a described source."""

    span: Span
    actor: Actor | None
    description: str | None
    kind: str  # person, organization or group
    gender: str | None
    subject: bool
    named: bool = False


class Speakers:
    """Resolves source phrases against the article's actors; built once per article."""

    def __init__(self, analysis: Analysis, actors: list[Actor], quoted: list[Span]) -> None:
        self.analysis = analysis
        self.actors = actors
        self.doc = analysis.doc
        self._quoted = sorted(quoted)
        self._quoted_starts = [s for s, _ in self._quoted]
        self.mentions = sorted(((m, a) for a in actors for m in a.mentions),
                               key=lambda item: item[0])
        self._mention_starts = [m[0] for m, _ in self.mentions]
        self._names = {a.id: [fold(n).split() for n in (a.name, *a.aliases)] for a in actors}
        self._add_short_names()
        self.gender = self._learn_gender()
        self.referents = self._referents()
        self._referent_starts = [r.span[0] for r in self.referents]

    # -- text lookups --------------------------------------------------------------------

    def quoted(self, offset: int) -> bool:
        index = bisect_right(self._quoted_starts, offset) - 1
        return index >= 0 and offset < self._quoted[index][1]

    def _actor_at(self, token: Token) -> Actor | None:
        index = bisect_right(self._mention_starts, token.idx) - 1
        for (start, end), actor in reversed(self.mentions[max(0, index - 3):index + 1]):
            if start <= token.idx < end:
                return actor
        return None

    def _add_short_names(self) -> None:
        """Names the recogniser missed but that name an actor ("Berg said" after "Anna
        Berg"): mentions too, for gender, antecedents and lookups."""
        found = []
        for token in self.doc:
            if (token.pos_ != "PROPN" or self.quoted(token.idx) or self._actor_at(token)
                    or (token.dep_ in ("compound", "flat") and token.head.pos_ == "PROPN")):
                continue
            actor = self._by_name(token)
            if actor is not None and actor.kind == "person":
                start = self.doc[self._run_start(token)].idx
                found.append(((start, token.idx + len(token.text)), actor))
        if found:
            self.mentions = sorted(self.mentions + found, key=lambda item: item[0])
            self._mention_starts = [m[0] for m, _ in self.mentions]

    # -- what the text says about each person ----------------------------------------------

    def _learn_gender(self) -> dict[str, str]:
        """Each person's gender as the article states it: gendered nouns and honorifics
        around their name, and he/she/his/her in sentences where they are the only person."""
        votes: dict[str, Counter[str]] = {}
        persons = [(m, a) for m, a in self.mentions if a.kind == "person"]
        for actor in self.actors:
            if actor.kind != "person":
                continue
            for role in actor.roles:
                for word in fold(role).split():
                    if word in GENDERED_NOUNS:
                        votes.setdefault(actor.id, Counter())[GENDERED_NOUNS[word]] += 3
        for (start, _), actor in persons:
            token = self._token_at(start)
            if token is None:
                continue
            for before in (token.nbor(-1) if token.i > 0 else None,
                           token.nbor(-2) if token.i > 1 else None):
                word = fold(before.text) if before is not None else ""
                if word in GENDERED_NOUNS:
                    votes.setdefault(actor.id, Counter())[GENDERED_NOUNS[word]] += 3
                    break
        for sent in self.analysis.sents_in_paragraphs():
            inside = [(m, a) for m, a in persons
                      if sent.start_char <= m[0] < sent.end_char and not self.quoted(m[0])
                      and not self._someones_relative(m)]
            if len({a.id for _, a in inside}) != 1:
                continue
            (first, _), actor = inside[0]
            for token in sent:
                if (token.idx > first and token.lower_ in GENDERED_PRONOUNS
                        and not self.quoted(token.idx)):
                    votes.setdefault(actor.id, Counter())[GENDERED_PRONOUNS[token.lower_]] += 1
        gender = {}
        for actor_id, counter in votes.items():
            ranked = counter.most_common()
            if len(ranked) == 1 or ranked[0][1] > 2 * ranked[1][1]:
                gender[actor_id] = ranked[0][0]
        return gender

    def _someones_relative(self, mention: Span) -> bool:
        """ "her daughter Esther": named as someone's relative, so "her" is that someone."""
        name = self.doc.char_span(*mention, alignment_mode="expand")
        return (name is not None and name.start >= 2 and next_to_person_noun(name)
                and self.doc[name.start - 2].tag_ == "PRP$")

    def _token_at(self, offset: int) -> Token | None:
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def _referents(self) -> list[_Referent]:
        """Every mention of an actor, and every described source of a speech cue, in order."""
        found: list[_Referent] = []
        for (start, end), actor in self.mentions:
            if self.quoted(start):
                continue
            token = self._token_at(end - 1)
            subject = token is not None and (token.dep_ in ("nsubj", "nsubjpass") or (
                token.dep_ in ("appos", "compound") and token.head.dep_ in ("nsubj", "nsubjpass")))
            found.append(_Referent((start, end), actor, None, actor.kind,
                                   self.gender.get(actor.id), subject))
        for token in self.doc:
            if self.quoted(token.idx) or not (is_cue_verb(token) or is_according(token)):
                continue
            head = (according_source(token) if is_according(token)
                    else subject_of(token, lambda t: self.quoted(t.idx)))
            if (head is None or head.pos_ not in ("NOUN", "PROPN") or is_speech_noun(head)
                    or self._actor_at(head) is not None):
                continue
            if (token.tag_ == "VBG" and head.pos_ == "NOUN" and not names_people(head)
                    and not any(c.dep_ == "aux" for c in token.children)):
                # A bare participle of a thing is no one speaking: "The contrast with his
                # previous life - cheering for the Lewisburg Green Dragons - …".
                continue
            start, end = source_phrase(head)
            span = (self.doc[start].idx, self.doc[end - 1].idx + len(self.doc[end - 1].text))
            plural = head.tag_ in _PLURAL_TAGS
            if head.pos_ == "PROPN":
                # A named source no actor holds ("Kasich says he'd …" with Kasich untagged);
                # "Republicans attacked …" names a group, which no "he" stands for.
                found.append(_Referent(span, None, clean_name(self._name_run(head)),
                                       "group" if plural else "person", None, True,
                                       named=True))
                continue
            found.append(_Referent(span, None, self._describe(start, end),
                                   "group" if plural else "person",
                                   GENDERED_NOUNS.get(head.lower_), True))
        found.sort(key=lambda r: r.span)
        return found

    def _describe(self, start: int, end: int) -> str:
        return " ".join(self.doc[start:end].text.split())

    # -- resolution ----------------------------------------------------------------------

    def resolve(self, head: Token | None) -> Speaker | None:
        """The speaker behind a source token (the head of the cue's subject)."""
        if head is None:
            return None
        if is_speech_noun(head):
            head = speech_owner(head)
            if head is None:
                return None
        else:
            head = publisher(head) or head
        if self.analysis.in_dateline((head.idx, head.idx + 1)):
            head = self._after_dateline(head)
            if head is None:
                return None
        # "Sanders’ email": the tagger may read a possessive name opening a sentence as a noun.
        proper = head.pos_ == "PROPN" or name_like(head) or (
            head.dep_ == "poss" and head.text[:1].isupper() and head.is_alpha)
        if head.ent_type_ in ("DATE", "TIME") or not (proper or head.pos_ in ("NOUN", "PRON")):
            person = self._person_within(head)
            if person is None:
                if head.pos_ in ("ADJ", "NUM", "DET") and not head.ent_type_:
                    # "Several said", "Many agreed": a group nobody named.
                    start, end = source_phrase(head)
                    return Speaker(None, self._describe(start, end),
                                   (self.doc[start].idx, self.doc[end - 1].idx
                                    + len(self.doc[end - 1].text)), anonymous=True)
                return None
            head = person
        lower = head.lower_
        if lower in PERSON_PRONOUNS or lower in GROUP_PRONOUNS or lower in THING_PRONOUNS:
            return self._antecedent(head)
        if head.pos_ == "PRON" and (lower in FIRST_PERSON or lower in RELATIVE_PRONOUNS
                                    or lower in DEMONSTRATIVES):
            return None  # "This was the Trump we all knew, … claims that": not "This"
        subject = _described_subject(head)
        if subject is not None:
            return self.resolve(subject)
        named = self._name_after(head)
        if named is not None:
            head, proper = named, True
        start, end = source_phrase(head)
        span = (self.doc[start].idx, self.doc[end - 1].idx + len(self.doc[end - 1].text))
        actor = self._actor_at(head) or self._named_child(head)
        if actor is None and proper:
            actor = self._by_name(head)
            if actor is None:
                name = clean_name(self._name_run(head))
                return Speaker(None, name or head.text, span)
        if actor is None:
            return self._described(head, start, end, span)
        return Speaker(actor, actor.name, span)

    def _after_dateline(self, head: Token) -> Token | None:
        """"PHILADELPHIA (AP) — The Democratic National Committee released …": a subject read
        in the dateline is the noun phrase right after it."""
        end = self.analysis.dateline.span[1] if self.analysis.dateline else head.idx
        for token in head.sent:
            if token.idx >= end and token.pos_ in ("NOUN", "PROPN"):
                while (token.dep_ in ("compound", "amod", "poss") and token.head.i > token.i):
                    token = token.head
                return token
        return None

    def _person_within(self, head: Token) -> Token | None:
        """A subject the parse got wrong ("Saturday at the convention Sen. Elizabeth Warren
        said"): the last person named inside it."""
        found = None
        for token in head.subtree:
            actor = self._actor_at(token)
            if actor is not None and actor.kind == "person":
                found = token
        return found

    def _name_after(self, head: Token) -> Token | None:
        """"The Israeli newspaper Haaretz": a name right after a noun, with no comma between,
        is who the noun describes."""
        if head.pos_ != "NOUN":
            return None
        child = next((c for c in head.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if child is None or self._run_start(child) != head.i + 1:
            return None
        return child

    def _named_child(self, head: Token) -> Actor | None:
        """A person named beside a role noun ("the army's deputy chief, Murad Ali Murad"), or
        joined to a title the parse took for the subject ("former Pennsylvania Gov. and DNC
        Chairman Ed Rendell")."""
        joined = ("appos",) if head.pos_ == "NOUN" else ("appos", "conj")
        for child in head.children:
            if child.pos_ == "PROPN" and (child.dep_ in joined or (
                    head.pos_ == "NOUN" and child.dep_ == "compound" and child.i > head.i)):
                actor = self._actor_at(child)
                if actor is not None and actor.kind == "person":
                    return actor
        if head.pos_ == "NOUN":
            # "a former spokesman for Ukraine's Foreign Ministry, Oleg Voloshyn, who …": the
            # parse hangs the name on the ministry, but set off by a comma after the role's
            # words it names the role's holder.
            for token in head.subtree:
                if (token.dep_ == "appos" and token.pos_ == "PROPN" and token.i > head.i
                        and self.doc[self._run_start(token) - 1].text == ","):
                    actor = self._actor_at(token)
                    if actor is not None and actor.kind == "person":
                        return actor
        return None

    def _name_run(self, head: Token) -> str:
        """The proper nouns that end at `head`: "Mr. Burman", "President Ashraf Ghani"."""
        return self.doc[self._run_start(head):head.i + 1].text

    def _run_start(self, head: Token) -> int:
        start = head.i
        while start > 0 and self.doc[start - 1].pos_ == "PROPN" and (
                self.doc[start - 1].head.i == head.i or self.doc[start - 1].dep_ == "compound"):
            start -= 1
        return start

    def _by_name(self, head: Token) -> Actor | None:
        """The actor whose name, alias, surname or (if unique) given name this is."""
        key = fold(clean_name(self._name_run(head)))
        if not key:
            return None
        words = key.split()
        exact = [a for a in self.actors if words in self._names[a.id]]
        if exact:
            return self._nearest(exact, head.idx)
        people = [a for a in self.actors if a.kind == "person"]
        surname = [a for a in people if any(n[-1:] == words[-1:] for n in self._names[a.id])]
        if surname:
            return self._nearest(surname, head.idx)
        if len(words) == 1:
            given = [a for a in people if self._names[a.id][0][:1] == words]
            if len(given) == 1:
                return given[0]
        return None

    def _nearest(self, actors: list[Actor], offset: int) -> Actor:
        """Of several candidates, the one mentioned last before `offset` (else the first)."""
        best, best_start = actors[0], -1
        for (start, _), actor in self.mentions:
            if start >= offset:
                break
            if actor in actors and start > best_start:
                best, best_start = actor, start
        return best

    def _described(self, head: Token, start: int, end: int, span: Span) -> Speaker:
        """A role noun: the actor holding that role, an earlier source it refers back to, or
        an anonymous source described as written."""
        determiner = next((c.lower_ for c in head.lefts if c.dep_ in ("det", "nummod")), None)
        plural = head.tag_ in _PLURAL_TAGS
        definite = determiner not in _INDEFINITE and not plural
        description = self._describe(start, end)
        if definite:
            holder = self._role_holder(head)
            if holder is not None:
                return Speaker(holder, holder.name, span)
        if determiner == "the" or (determiner in ("these", "those")):
            earlier = self._earlier_description(head, span[0])
            if earlier is not None:
                return Speaker(None, earlier, span, anonymous=True)
        return Speaker(None, description, span, anonymous=True)

    def _role_holder(self, head: Token) -> Actor | None:
        words = {head.lower_, head.lemma_.lower()}
        holders = [a for a in self.actors if a.kind == "person"
                   and any(words & _role_nouns(r) for r in a.roles)]
        modifiers = {fold(t.text) for t in head.lefts
                     if t.dep_ in ("compound", "amod", "poss") and t.pos_ in ("PROPN", "NOUN")}
        if len(holders) > 1 and modifiers:
            narrowed = [a for a in holders
                        if any(modifiers & set(fold(r).split()) for r in a.roles)]
            holders = narrowed or holders
        return self._nearest(holders, head.idx) if holders else None

    def _earlier_description(self, head: Token, offset: int) -> str | None:
        """"The officials" after "U.S. officials said": the same anonymous source."""
        lemma = head.lemma_.lower()
        index = bisect_right(self._referent_starts, offset) - 1
        while index >= 0:
            referent = self.referents[index]
            index -= 1
            if referent.description is None or referent.span[0] >= offset:
                continue
            last = referent.description.split()[-1].lower()
            if last in (head.lower_, lemma) or last.rstrip("s") == lemma:
                return referent.description
        return None

    def _antecedent(self, pronoun: Token, depth: int = 0) -> Speaker | None:
        """The nearest compatible referent before a pronoun, subjects first in each sentence,
        never one its own verb addresses ("he told Hannity"); a sentence (its own or an
        earlier one) whose main verb's subject is the same pronoun, with no referent as that
        subject, passes the question on to it ("… she was a booster of Mitt Romney. 'I was at
        every event,' she said": her, not Romney)."""
        lower = pronoun.lower_
        span = (pronoun.idx, pronoun.idx + len(pronoun.text))
        if lower in PERSON_PRONOUNS:
            gender = PERSON_PRONOUNS[lower]

            def fits(r: _Referent) -> bool:
                return r.kind == "person" and r.gender in (None, gender)
        elif lower in GROUP_PRONOUNS:
            def fits(r: _Referent) -> bool:
                return r.kind in ("organization", "group")
        elif lower in THING_PRONOUNS:
            def fits(r: _Referent) -> bool:
                return r.kind == "organization"
        else:
            return None
        # Whom the pronoun's verb tells or acts on is someone else.
        objects = [c for c in pronoun.head.children if c.dep_ in ("dobj", "dative")]
        addressed = {actor.id for c in objects if (actor := self._actor_at(c)) is not None}
        addressed_names = {c.lower_ for c in objects if c.pos_ == "PROPN"}

        # The subject of the words "he said" is set among is not "he": a speaker talking of
        # himself is written "he" there, not named ("Clinton, he said, …"). Someone named
        # elsewhere in them may be ("When she noticed Mr. Rogan, …, he said").
        clause = _said_into(pronoun)
        subjects = [] if clause is None else [
            r for r in self._referents_in(clause.left_edge.idx, pronoun.idx)
            if r.subject and self._subject_of(r) in (clause, *clause.children)]
        addressed |= {r.actor.id for r in subjects if r.actor is not None}

        def other(r: _Referent) -> bool:
            if r in subjects:
                return False
            if r.actor is not None:
                return r.actor.id not in addressed
            return not (r.description
                        and r.description.split()[-1].lower() in addressed_names)

        sentences = self.analysis.sentences
        current = self.analysis.sentence_of(pronoun.idx)
        paragraphs = 0
        block = self.analysis.block_of(pronoun.idx)
        for index in range(current, max(-1, current - _SENTENCES_BACK), -1):
            start, end = sentences[index]
            here = self.analysis.block_of(start)
            if here is not block:
                paragraphs += 1
                block = here
                if paragraphs > _PARAGRAPHS_BACK:
                    break
            limit = min(end, pronoun.idx) if index == current else end
            candidates = [r for r in self._referents_in(start, limit)
                          if fits(r) and other(r)]
            if index == current:
                candidates.reverse()  # in its own sentence, the nearest one first
            candidates.sort(key=lambda r: not r.subject)
            if depth < _CHAIN and not any(self._main_subject(r) for r in candidates):
                # The same pronoun as the sentence's subject is the same person, before a
                # subject of a clause inside it: "He added that if his son Beau … were still
                # serving, he would advise him" is not Beau.
                same = self._subject_pronoun(start, limit, lower)
                if same is not None and same.i != pronoun.i:
                    found = self._antecedent(same, depth + 1)
                    return None if found is None else dataclasses.replace(found, span=span)
            if candidates:
                chosen = candidates[0]
                if chosen.actor is not None:
                    return Speaker(chosen.actor, chosen.actor.name, span)
                return Speaker(None, chosen.description, span, anonymous=not chosen.named)
        return None

    def _subject_of(self, referent: _Referent) -> Token | None:
        """The verb a subject referent is the subject of."""
        token = self._token_at(referent.span[1] - 1)
        if token is None:
            return None
        return token.head if token.dep_ in ("nsubj", "nsubjpass") else token.head.head

    def _main_subject(self, referent: _Referent) -> bool:
        """Whether a referent is the subject of its sentence's main verb."""
        token = self._token_at(referent.span[1] - 1)
        return (token is not None and token.dep_ in ("nsubj", "nsubjpass")
                and token.head.dep_ == "ROOT")

    def _subject_pronoun(self, start: int, end: int, lower: str) -> Token | None:
        """The pronoun `lower` as the subject of a sentence's main verb, outside quotes."""
        span = self.analysis.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return None
        return next((t for t in span if t.lower_ == lower and t.dep_ == "nsubj"
                     and t.head.dep_ == "ROOT" and not self.quoted(t.idx)), None)

    def _referents_in(self, start: int, end: int) -> list[_Referent]:
        low = bisect_right(self._referent_starts, start - 1)
        high = bisect_right(self._referent_starts, end - 1)
        return self.referents[low:high]


def _said_into(pronoun: Token) -> Token | None:
    """The verb of the words a parenthetical "he said" is set into, which are what he said:
    `going` of "If Clinton is elected, he said, 'she might be going …'"."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.dep_ != "parataxis" or not is_cue_verb(verb):
        return None
    return verb.head


def _role_nouns(role: str) -> set[str]:
    """The nouns a role is: `mayor` of "mayor of Seville", `lawyer` of "the man's lawyer"
    (not `man`), `president` and `manager` of "club's president and general manager"."""
    nouns = set()
    # Split as written: folding would open "take-a-back-seat-to-no-one governor" at its "to".
    for part in re.split(r"\s+(?:and|or|&)\s+|,\s*", role.lower()):
        words = re.split(r"\s+(?:of|for|at|to|with|in|on|from)\s+", part)[0].split()
        if words:
            nouns.add(fold(words[-1]))
    return nouns


def _described_subject(head: Token) -> Token | None:
    """ "Trump is a serial liar, rampant xenophobe … and birther who has pledged …": a noun
    the copula says of a named subject is that subject."""
    if head.ent_type_:
        return None  # a name of its own
    noun = head
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return None
    verb = noun.head
    # "incites violence and is a serial liar": the copula shares the first verb's subject.
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ == "PROPN" else None

"""Attribution in the parse: which tokens are speech cues, their subjects, and source phrases."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .cues import (
    LIGHT_VERBS,
    NOT_LABELLING,
    PHRASAL_CUES,
    PUBLISHING_VERBS,
    QUOTING_VERBS,
    RELATIVE_PRONOUNS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    VIEW_NOUNS,
)
from .groups import names_people
from .model import Span
from .quotemarks import window

if TYPE_CHECKING:
    from spacy.tokens import Token

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Speech verbs whose passive subject is spoken to, not speaking ("was asked", "were told").
_ADDRESSED = frozenset({"ask", "tell", "question", "interview", "inform", "advise", "warn",
                        "assure"})
# Links through which a participle or a coordinated verb shares its subject ("…, adding",
# "confirmed … and said", "was quoted as saying", "was quick to add").
_SHARING = frozenset({"conj", "advcl", "xcomp", "pcomp", "prep", "dep", "acomp"})
# Right-hand dependents that belong to a source's description ("a senior official in Kabul").
_DESCRIPTION = frozenset({"prep", "pobj", "compound", "amod", "nummod", "cc", "conj", "nmod",
                          "case", "poss"})
_NOT_SOURCES = frozenset({"GPE", "LOC", "DATE", "TIME", "CARDINAL"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
# Named-entity types a cue verb never carries ("Sayed", tagged VBD, is a name).
_NAME_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART"})


def _never(_token: Token) -> bool:
    return False


@dataclass
class Cue:
    """A speech cue: its words ("said", "went on", "according to") and its source token."""

    token: Token
    text: str
    span: Span
    source: Token | None


def particle(verb: Token) -> Token | None:
    """The particle that makes `verb` a phrasal cue ("went on", "pointed out")."""
    for child in verb.children:
        if child.dep_ == "prt" and (verb.lemma_.lower(), child.lower_) in PHRASAL_CUES:
            return child
    return None


def is_cue_verb(token: Token, quoting: bool = True) -> bool:
    """A verb that attributes words to its subject; `quoting` admits the verbs that only
    attribute a quote they govern ("called it “a disaster”", "made the point that …")."""
    if not token.tag_.startswith("VB") or token.ent_type_ in _NAME_TYPES:
        return False
    if token.dep_ in ("amod", "compound", "nmod", "npadvmod"):
        return False
    lemma = token.lemma_.lower()
    if lemma in SPEECH_VERBS or particle(token) is not None:
        return True
    if not quoting:
        return False
    if lemma in QUOTING_VERBS:
        return not (lemma == "call" and any(c.lower_ in NOT_LABELLING for c in token.children
                                            if c.dep_ in ("prep", "prt")))
    if lemma == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children):
        return True  # "as The Post's Dana Milbank puts it, “…”"
    return lemma in LIGHT_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in SPEECH_NOUNS
                                        for c in token.children)


def is_according(token: Token) -> bool:
    """"according to X", or "in X’s view", "in the words of X": a cue without a verb."""
    if token.lower_ == "according":
        return any(c.lower_ == "to" for c in token.children)
    return token.lower_ == "in" and according_source(token) is not None


def according_source(token: Token) -> Token | None:
    if token.lower_ == "in":
        view = next((c for c in token.children if c.dep_ == "pobj"
                     and c.lower_ in VIEW_NOUNS), None)
        if view is None:
            return None
        for child in view.children:
            if child.dep_ == "poss":
                return child
            if child.dep_ == "prep" and child.lower_ == "of":
                return next((c for c in child.children if c.dep_ == "pobj"), None)
        return None
    to = next((c for c in token.children if c.lower_ == "to"), None)
    return next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None


def cue_of(token: Token, quoted: Callable[[Token], bool] = _never) -> Cue:
    """The cue at `token` (a cue verb or "according"), with its words and its source;
    `quoted` tells the words inside quotation marks, which are never the source."""
    if is_according(token):
        source = according_source(token)
        # "according to", "in Bolton’s view", "in the words of"
        last = (next(c for c in token.children if c.lower_ == "to")
                if token.lower_ == "according" else source.head)
        words = token.doc[token.i:last.i + 1]
        text = words.text[:1].lower() + words.text[1:]  # as mid-sentence: "according to"
        return Cue(token, text, (words.start_char, words.end_char), source)
    end = particle(token)
    last = end if end is not None and end.i == token.i + 1 else token
    words = token.doc[token.i:last.i + 1]
    return Cue(token, words.text, (words.start_char, words.end_char),
               subject_of(token, quoted))


def _own_subject(verb: Token, quoted: Callable[[Token], bool] = _never) -> Token | None:
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS and not quoted(c)]
    if not subjects:
        # "Beck joked", "Trump barked": a name the parser hung on the verb as a compound.
        subjects = [c for c in verb.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"
                    and not quoted(c)]
    if not subjects:
        return None
    # Of two subjects the parse gives one verb ("…, OH, after winning Ohio, Gov. John Kasich
    # said"), a place or a date is the misreading; then the nearer one.
    child = min(subjects, key=lambda c: (c.ent_type_ in _NOT_SOURCES, abs(verb.i - c.i)))
    if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return verb.head  # "Smith, who said …": the noun the clause describes
    if child.dep_ == "nsubjpass":
        agent = _agent(verb)
        if agent is not None:
            return agent  # "was asked by host Bill Maher"
        if verb.lemma_.lower() in _ADDRESSED:
            return None  # "Trump was asked, 'What's the most dangerous place?'": not by him
    return _outside_brackets(child)


def _agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


_BRACKET_REACH = 12


def _outside_brackets(token: Token) -> Token:
    """"Gov. John Kasich (R-OH), said": a subject read inside brackets is the name before."""
    doc = token.doc
    start = window(token, _BRACKET_REACH)[0]
    i = token.i - 1
    while i >= start and doc[i].text not in ("(", ")"):
        i -= 1
    if i > start and doc[i].text == "(" and doc[i - 1].pos_ in ("PROPN", "NOUN"):
        return doc[i - 1]
    return token


def subject_of(verb: Token, quoted: Callable[[Token], bool] = _never) -> Token | None:
    """The subject of a speech verb, shared with the verb it hangs on when it has none.

    A participle ("…, adding", "saying") shares the subject of the nearest speech verb above
    it, when there is one: in "Sanders said the process could be “messy,” adding, …" the one
    adding is Sanders, not the process. Nothing inside quotation marks is a source.
    """
    if verb.tag_ == "VBG" and _own_subject(verb, quoted) is None:
        above = verb.head
        while above.head.i != above.i and not is_cue_verb(above, quoting=False):
            above = above.head
        if above.i != verb.i and is_cue_verb(above, quoting=False) and not quoted(above):
            verb = above
    token = verb
    for _ in range(4):
        subject = _own_subject(token, quoted)
        if subject is not None:
            return _teller(token, subject, quoted)
        if token.dep_ in ("relcl", "acl") and token.head.pos_ in ("NOUN", "PROPN"):
            return token.head  # "a statement saying …", "officials speaking on condition …"
        if token.dep_ == "xcomp":  # "prompted Rubio to call Trump “…”": Rubio calls
            held = next((c for c in token.head.children if c.dep_ == "dobj" and c.i < token.i
                         and not quoted(c)), None)
            if held is not None and (held.pos_ == "PROPN" or names_people(held)):
                return held  # not "asked this question to …"
        if token.dep_ not in _SHARING or token.head.i == token.i or quoted(token.head):
            break
        token = token.head
    if verb.tag_ in _FINITE or (verb.tag_ == "VBN" and not any(
            c.dep_ in ("aux", "auxpass") for c in verb.children)):
        return _subject_nearby(verb)  # a bare VBN is a past tense the tagger misread
    if verb.tag_ == "VBG":
        return _subject_before(verb, quoted)
    return None


def _teller(verb: Token, subject: Token, quoted: Callable[[Token], bool]) -> Token:
    """"Starr said Clinton's situation reminds him …", "Sanders said that fact speaks volumes":
    a cue inside what someone says, whose subject is a thing, is that someone's words."""
    if (subject.pos_ != "NOUN" or names_people(subject)
            or subject.lemma_.lower() in SPEECH_NOUNS or verb.dep_ != "ccomp"
            or quoted(verb.head) or not is_cue_verb(verb.head, quoting=False)):
        return subject
    outer = _own_subject(verb.head, quoted)
    if outer is not None and (outer.pos_ in ("PROPN", "PRON") or names_people(outer)):
        return outer
    return subject


def name_like(token: Token) -> bool:
    """A capitalised word inside a sentence that the tagger did not take for a name
    ("And Skelly called …", Skelly read as an adverb)."""
    return (not token.is_sent_start and token.text[:1].isupper() and token.is_alpha
            and token.pos_ in ("ADV", "ADJ", "X", "INTJ"))


def _subject_before(verb: Token, quoted: Callable[[Token], bool]) -> Token | None:
    """A participle the parse attached nowhere useful ("Flea shared the news, writing “…”"):
    the last subject before it in its sentence."""
    found = None
    for token in verb.sent:
        if token.i >= verb.i:
            break
        if token.dep_ in _SUBJECTS and not quoted(token):
            found = token
    return found


def _subject_nearby(verb: Token) -> Token | None:
    """A finite speech verb the parse left without a subject ("Sayed Sarwar Hussaini, a
    spokesman …, said", where "Sayed" was read as a verb): the noun just before it, past an
    appositive between commas or a bracket, or the one just after it ("“…,” said Smith")."""
    doc, sent = verb.doc, verb.sent
    i = verb.i - 1
    while i > sent.start and doc[i].pos_ in ("ADV", "AUX", "PART") and not name_like(doc[i]):
        i -= 1
    comma = i > sent.start and doc[i].text == ","
    if comma:
        i -= 1
    if i > sent.start and doc[i].text == ")":  # "Rep. Paul Ryan (R-WI) said"
        while i > sent.start and doc[i].text != "(":
            i -= 1
        i -= 1
    elif comma:  # "Hussaini, a spokesman for Kunduz police, said"
        j = i
        while j > sent.start and doc[j].text != "," and i - j < 40:
            j -= 1
        i = j - 1 if doc[j].text == "," else -1
    if i >= sent.start and (doc[i].pos_ in ("PROPN", "NOUN") or name_like(doc[i])):
        return doc[i]
    # Inverted after a quote: "“…,” said Skelly" (Skelly read as an adverb), "“…,” added a
    # New Hampshire Democrat" (read as the object); or opening a lead-in: "Continued Stone:".
    opening = verb.i == sent.start
    if not opening and not doc[verb.i - 1].is_punct:
        return None
    after = verb.i + 1
    while after < sent.end and doc[after].pos_ in ("DET", "ADJ", "NUM"):
        after += 1
    if after >= sent.end or not (doc[after].pos_ in ("PROPN", "NOUN")
                                 or doc[after].text[:1].isupper()):
        return None
    while after + 1 < sent.end and doc[after + 1].pos_ in ("PROPN", "NOUN"):
        after += 1
    if opening and (after + 1 >= sent.end or doc[after + 1].text not in (":", ",")):
        return None
    return doc[after]


def source_phrase(head: Token) -> tuple[int, int]:
    """Token range `[start, end)` of a source's name or description, without its clauses."""
    start = head.i
    for child in head.lefts:
        if child.dep_ not in ("punct", "cc", "prep"):
            start = min(start, child.left_edge.i)
    end = head.i + 1
    for child in head.rights:
        if child.dep_ in _DESCRIPTION and not child.is_punct:
            end = child.right_edge.i + 1
        else:
            break
    doc = head.doc
    while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
        end -= 1
    while start < head.i and doc[start].is_punct:
        start += 1
    return start, end


def is_speech_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and (token.lemma_.lower() in SPEECH_NOUNS
                                     or token.lower_ in SPEECH_NOUNS)


def speech_owner(head: Token) -> Token | None:
    """The source behind a speech noun: "the White House statement", "Sanders’ email", "her
    statement", "a statement from the DNC", "an email sent by Sanders", "Trump posted a
    message reading …"."""
    for child in head.children:
        if child.i < head.i and (child.dep_ == "poss" or (child.dep_ == "compound"
                                                          and child.pos_ == "PROPN")):
            return child
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            owner = next((c for c in child.children if c.dep_ == "pobj"), None)
            if owner is not None:
                return owner
        if child.dep_ == "acl":  # "an email sent out by Sanders"
            owner = _agent(child)
            if owner is not None:
                return owner
    if head.dep_ == "dobj":
        return subject_of(head.head)
    return None


def publisher(head: Token) -> Token | None:
    """"Trump released a marketing video that said …", "The Post ran a piece that noted …":
    whoever put out the thing that speaks."""
    if (head.pos_ != "NOUN" or head.dep_ != "dobj" or names_people(head)
            or head.head.lemma_.lower() not in PUBLISHING_VERBS):
        return None
    owner = subject_of(head.head)
    return owner if owner is not None and owner.i != head.i else None


def owned_speech(token: Token) -> Cue | None:
    """"Trump’s claim that Obama “founded ISIS”": a speech noun whose owner the text names,
    as the cue of the words its clause holds."""
    if not is_speech_noun(token) or not any(c.dep_ == "poss" for c in token.children):
        return None
    return Cue(token, token.text, (token.idx, token.idx + len(token.text)), token)

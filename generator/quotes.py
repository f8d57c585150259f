"""Who said what: direct quotes between quotation marks and reported speech, with their speakers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .analysis import Analysis
from .cues import ACCORDING_TO, SPEECH_VERBS, WEAK_SPEECH_VERBS, channel_of
from .layout import PARAGRAPH
from .model import Actor, Quote, Span
from .names import fold

if TYPE_CHECKING:
    from spacy.tokens import Span as DocSpan
    from spacy.tokens import Token

OPENING, CLOSING, STRAIGHT = "“„«", "”»", '"'
_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_TRAILING = " ,\n\t"
MIN_WORDS = 4  # fewer words without a speech cue are scare quotes or titles


@dataclass
class _Segment:
    span: Span  # inside the marks
    closed: bool


def quoted_segments(text: str, start: int, end: int) -> list[_Segment]:
    """Double-quoted stretches of one paragraph; one left open runs to the paragraph's end."""
    segments: list[_Segment] = []
    opened: int | None = None
    for i in range(start, end):
        char = text[i]
        if opened is None and (char in OPENING or char == STRAIGHT):
            opened = i + 1
        elif opened is not None and (char in CLOSING or char == STRAIGHT):
            segments.append(_Segment((opened, i), True))
            opened = None
        elif opened is not None and char in OPENING:
            opened = i + 1  # a stray opening mark: the earlier one was never closed
    if opened is not None and end > opened:
        segments.append(_Segment((opened, end), False))
    return segments


def _trim(text: str, span: Span) -> Span:
    start, end = span
    while start < end and text[start] in _TRAILING:
        start += 1
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return start, end


def _subject(verb: Token) -> Token | None:
    """The subject of a speech verb, inherited from the verb it hangs on ("…, suggesting")."""
    token: Token | None = verb
    for _ in range(3):
        if token is None:
            return None
        for child in token.children:
            if child.dep_ in _SUBJECT_DEPS:
                return child
        token = token.head if token.head is not token else None
    return None


def _noun_phrase(token: Token) -> DocSpan:
    """The subject's name or description, without relative clauses."""
    if token.ent_type_:
        for ent in token.doc.ents:
            if ent.start <= token.i < ent.end:
                return ent
    start, end = token.left_edge.i, token.i + 1
    for child in token.rights:
        if child.dep_ in ("compound", "prep", "amod", "pobj", "nummod"):
            end = child.right_edge.i + 1
        else:
            break
    return token.doc[start:end]


class _Speakers:
    """Resolves a subject phrase to an actor: its mentions, its names, or a pronoun's antecedent."""

    def __init__(self, actors: list[Actor]) -> None:
        self.actors = actors
        self.by_mention = sorted(((m, a) for a in actors for m in a.mentions),
                                 key=lambda item: item[0])

    def at(self, span: Span) -> Actor | None:
        for (start, end), actor in self.by_mention:
            if start < span[1] and span[0] < end:
                return actor
        return None

    def named(self, text: str) -> Actor | None:
        key = fold(re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE))
        for actor in self.actors:
            names = [fold(n) for n in (actor.name, *actor.aliases)]
            if key in names or (actor.kind == "person" and key.split()[-1:] == names[0].split()[-1:]
                                and len(key.split()) == 1):
                return actor
        return None

    def last_person_before(self, offset: int) -> Actor | None:
        found = None
        for (start, _), actor in self.by_mention:
            if start >= offset:
                break
            if actor.kind == "person":
                found = actor
        return found


def _attribution(sent: DocSpan, inside: list[Span]) -> tuple[Token, Token | None] | None:
    """The speech verb outside the quoted stretches of a sentence, and its subject."""
    def outside(token: Token) -> bool:
        return not any(s <= token.idx < e for s, e in inside)

    for token in sent:
        if (token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in SPEECH_VERBS
                and outside(token)):
            return token, _subject(token)
    return None


def _speaker(subject_phrase: DocSpan | None, speakers: _Speakers, previous: Quote | None
             ) -> tuple[str | None, str | None, Span | None]:
    if subject_phrase is None:
        return None, None, None
    span = (subject_phrase.start_char, subject_phrase.end_char)
    text = subject_phrase.text
    if text.lower() in _PRONOUNS:
        # The nearest person named before the pronoun; the previous speaker when none is.
        actor = speakers.last_person_before(subject_phrase.start_char)
        if actor:
            return actor.id, actor.name, span
        if previous is not None:
            return previous.speaker, previous.speaker_name, span
        return None, None, span
    actor = speakers.at(span) or speakers.named(text)
    if actor:
        return actor.id, actor.name, span
    return None, " ".join(text.split()), span


def extract_quotes(analysis: Analysis, actors: list[Actor]) -> list[Quote]:
    body, doc = analysis.body, analysis.doc
    speakers = _Speakers(actors)
    quotes: list[Quote] = []
    previous: Quote | None = None
    previous_paragraph_quoted = False

    for block in analysis.blocks:
        if block.kind != PARAGRAPH:
            continue
        segments = quoted_segments(body, *block.span)
        inside = [s.span for s in segments]
        for segment in segments:
            span = _trim(body, segment.span)
            if span[1] <= span[0]:
                continue
            sent = doc.char_span(*analysis.sentences[analysis.sentence_of(span[0])],
                                 alignment_mode="expand")
            found = _attribution(sent, inside) if sent is not None else None
            whole_paragraph = span[0] - block.span[0] <= 1 and block.span[1] - span[1] <= 2
            cue = cue_span = None
            speaker = speaker_name = speaker_span = None
            if found:
                verb, subject = found
                cue, cue_span = verb.text, (verb.idx, verb.idx + len(verb.text))
                speaker, speaker_name, speaker_span = _speaker(
                    _noun_phrase(subject) if subject is not None else None,
                    speakers, previous)
            elif previous is not None and (previous.span[0] >= block.span[0]
                                           or (whole_paragraph and previous_paragraph_quoted)):
                # A quote with no attribution of its own continues the previous speaker's:
                # later in the same paragraph, or as a paragraph of its own right after.
                speaker, speaker_name = previous.speaker, previous.speaker_name
            if len(body[span[0]:span[1]].split()) < MIN_WORDS and not found:
                continue
            quote = Quote(
                id=f"q{len(quotes) + 1}", text=body[span[0]:span[1]], span=span, kind="direct",
                speaker=speaker, speaker_name=speaker_name, cue=cue, cue_span=cue_span,
                speaker_span=speaker_span,
                channel=channel_of(sent.text) if found and sent is not None else None,
            )
            quotes.append(quote)
            previous = quote
        previous_paragraph_quoted = bool(segments)

    quotes.extend(_reported(analysis, speakers, [q.span for q in quotes], len(quotes)))
    quotes.sort(key=lambda q: q.span)
    for number, quote in enumerate(quotes, 1):
        quote.id = f"q{number}"
    return quotes


def _reported(analysis: Analysis, speakers: _Speakers, direct: list[Span],
              count: int) -> list[Quote]:
    """Reported speech: `X said (that) …`, `X confirmed/vowed/urged …`, `according to X, …`."""
    body = analysis.body
    found: list[Quote] = []

    def overlaps_direct(span: Span) -> bool:
        return any(s < span[1] and span[0] < e for s, e in direct)

    for sent in analysis.sents_in_paragraphs():
        for token in sent:
            content: Span | None = None
            subject_phrase = None
            if token.pos_ == "VERB" and token.lemma_.lower() in SPEECH_VERBS:
                clauses = [c for c in token.children if c.dep_ in ("ccomp", "xcomp")]
                if not clauses or (token.lemma_.lower() in WEAK_SPEECH_VERBS and not any(
                        c.dep_ == "ccomp" for c in clauses)):
                    continue
                clause = clauses[0]
                start = clause.left_edge
                if start.dep_ == "mark":
                    start = start.nbor()
                content = (start.idx, clause.right_edge.idx + len(clause.right_edge.text))
                subject = _subject(token)
                subject_phrase = _noun_phrase(subject) if subject is not None else None
                cue_token = token
            elif token.lower_ == "according" and ACCORDING_TO.match(body, token.idx):
                to = next((c for c in token.children if c.lower_ == "to"), None)
                source = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
                if source is None:
                    continue
                subject_phrase = _noun_phrase(source)
                prep = token
                rest = [t for t in sent if not (prep.left_edge.i <= t.i <= prep.right_edge.i)
                        and not t.is_punct and not t.is_space]
                if not rest:
                    continue
                content = (rest[0].idx, rest[-1].idx + len(rest[-1].text))
                cue_token = token
            else:
                continue
            content = _trim(body, content)
            if analysis.dateline and content[0] < analysis.dateline.span[1]:
                content = (analysis.dateline.span[1], content[1])
            if content[1] <= content[0] or overlaps_direct(content):
                continue
            speaker, speaker_name, speaker_span = _speaker(subject_phrase, speakers, None)
            cue_end = cue_token.idx + len(cue_token.text)
            cue_text = "according to" if cue_token.lower_ == "according" else cue_token.text
            if cue_text == "according to":
                cue_end = cue_token.idx + len("according to")
            found.append(Quote(
                id=f"q{count + len(found) + 1}", text=body[content[0]:content[1]], span=content,
                kind="indirect", speaker=speaker, speaker_name=speaker_name, cue=cue_text,
                cue_span=(cue_token.idx, cue_end), speaker_span=speaker_span,
                channel=channel_of(sent.text),
            ))
    return found

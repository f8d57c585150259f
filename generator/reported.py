"""Reported speech: `X said (that) …`, `according to X, …`, `X urged Y to …`, with its content."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .analysis import Analysis
from .attribution import Cue, cue_of, is_according, is_cue_verb
from .cues import DIRECTIVE_VERBS, SILENCING_VERBS, channel_of
from .model import Span
from .quotemarks import DASHES, unquoted_near

if TYPE_CHECKING:
    from spacy.tokens import Span as DocSpan
    from spacy.tokens import Token

_TRIM = " \t\n,;:" + DASHES
_QUESTION_WORDS = frozenset({"whether", "if", "what", "who", "whom", "whose", "which", "where",
                             "when", "why", "how"})
# Share of a content inside quote marks above which it is a direct quote, not a report.
_QUOTED_SHARE = 0.8
MIN_CONTENT_WORDS = 3


@dataclass
class Report:
    """One piece of reported speech: what was said, the cue, the source token."""

    span: Span
    cue: Cue
    channel: str | None
    # The content in the pieces a parenthetical cue leaves of it ("If Clinton is elected |,
    # he said, | “she might …”"): the cue's words are no part of what was said.
    pieces: tuple[Span, ...] = ()


def _negated(verb: Token) -> bool:
    """"did not say", "would not comment", "declining to say", "refused to confirm", "have
    no evidence to suggest", "nothing to suggest"."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    head = verb.head
    if verb.dep_ in ("acl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to"
                                             for c in verb.children):
        return head.lower_ in ("nothing", "none") or any(
            c.dep_ == "det" and c.lower_ == "no" for c in head.children)
    return verb.dep_ == "xcomp" and (head.lemma_.lower() in SILENCING_VERBS
                                     or any(c.dep_ == "neg" for c in head.children))


def _complement(verb: Token) -> tuple[Token, Token] | None:
    """First and last token of what a speech verb reports, or None when it reports nothing
    citable: a question ("could not say whether …"), a bare object ("added details")."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if clauses:
        clause = clauses[0]
        first = clause.left_edge
        if first.dep_ == "mark" and first.lower_ == "that":
            first = first.nbor()
        if first.lower_ in _QUESTION_WORDS or clause.right_edge.text == "?":
            return None
        return first, clause.right_edge
    aside = _aside_content(verb)
    if aside is not None:
        return aside
    if verb.lemma_.lower() not in DIRECTIVE_VERBS:
        return None
    # "urged residents to stay inside", "vowed to retake the city": the infinitive, with the
    # person it is addressed to.
    infinitive = next((c for c in verb.children if c.dep_ == "xcomp"
                       and any(a.lower_ == "to" for a in c.lefts)), None)
    if infinitive is None:
        return None
    addressee = next((c for c in verb.children if c.dep_ == "dobj" and c.i < infinitive.i),
                     None)
    first = addressee.left_edge if addressee is not None else infinitive.left_edge
    return first, infinitive.right_edge


def _is_aside(verb: Token) -> bool:
    """ "Mr. Obama, officials said, has become skeptical": a speech verb with its subject set
    off by commas inside the clause it reports."""
    if verb.dep_ != "parataxis" or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return False
    words = [t for t in verb.subtree if not t.is_punct]
    doc = verb.doc
    first, last = words[0], words[-1]
    return (first.i > 0 and doc[first.i - 1].text == "," and last.i + 1 < len(doc)
            and doc[last.i + 1].text == "," and first.i - 1 > verb.head.left_edge.i
            and any(c.dep_ == "nsubj" for c in verb.children))


def _aside_content(verb: Token) -> tuple[Token, Token] | None:
    """The clause an aside cue reports, the cue within it."""
    if not _is_aside(verb):
        return None
    clause = list(verb.head.subtree)
    while clause and clause[-1].is_punct:
        clause.pop()
    return (clause[0], clause[-1]) if clause else None


def _according_content(token: Token, sent: DocSpan) -> tuple[Token, Token] | None:
    """"According to X, …": the rest of the sentence."""
    rest = [t for t in sent if not (token.left_edge.i <= t.i <= token.right_edge.i)
            and not t.is_punct and not t.is_space]
    return (rest[0], rest[-1]) if rest else None


def reported_speech(analysis: Analysis, quoted: list[Span],
                    inside: bytearray) -> list[Report]:
    """Every reported-speech clause in the article's paragraphs."""
    body = analysis.body
    found: list[Report] = []
    for sent in analysis.sents_in_paragraphs():
        for token in sent:
            if inside[token.idx]:
                continue
            if is_according(token):
                edges = _according_content(token, sent)
            elif is_cue_verb(token, quoting=False) and not _negated(token):
                edges = _complement(token)
            else:
                continue
            if edges is None:
                continue
            span = _span(body, edges, quoted)
            if span is None:
                continue
            if analysis.dateline and span[0] < analysis.dateline.span[1]:
                span = (analysis.dateline.span[1], span[1])
            span = _trim(body, span)
            if len(body[span[0]:span[1]].split()) < MIN_CONTENT_WORDS:
                continue
            if _quoted_share(span, inside) >= _QUOTED_SHARE:
                continue  # the quote itself carries it
            cue = cue_of(token, lambda t: bool(inside[t.idx]))
            aside = _is_aside(token)
            if cue.token.i <= edges[1].i and edges[0].i <= cue.token.i and not aside:
                continue  # a cue inside its own content: a parse gone wrong
            found.append(Report(span, cue, channel_of(unquoted_near(cue.token, inside)),
                                _around_aside(body, span, token) if aside else (span,)))
    return found


def _around_aside(body: str, span: Span, verb: Token) -> tuple[Span, ...]:
    """The content before and after an aside cue inside it, or the whole content when either
    side is empty."""
    words = [t for t in verb.subtree if not t.is_punct]
    doc = verb.doc
    before = _trim(body, (span[0], doc[words[0].i - 1].idx))
    after = _trim(body, (doc[words[-1].i + 1].idx + 1, span[1]))
    if before[0] >= before[1] or after[0] >= after[1]:
        return (span,)
    return before, after


_WIDENING = 200  # characters a cut quote may add to a content beyond doubling it
# No reported clause in news runs this long; such a span comes from a runaway parse or
# unbalanced quotation marks, and would repeat the article on the page.
MAX_CONTENT = 1500


def _span(body: str, edges: tuple[Token, Token], quoted: list[Span]) -> Span | None:
    """The content's characters, widened so that a quote it cuts is taken whole; None when
    that would more than double it, or the content is implausibly long."""
    first, last = edges
    start, end = first.idx, last.idx + len(last.text)
    length = end - start
    # `quoted` is in text order: start with the last quote opening before the content.
    for q_start, q_end in quoted[max(0, bisect_left(quoted, (start, -1)) - 1):]:
        if q_start >= end:
            break
        if start < q_end:
            start, end = min(start, q_start), max(end, q_end)
    if end - start > 2 * length + _WIDENING or end - start > MAX_CONTENT:
        return None
    # Keep the quote marks of a quote at either edge.
    while start > 0 and body[start - 1] in "“\"'‘":
        start -= 1
    while end < len(body) and body[end] in "”\"'’":
        end += 1
    return start, end


def _trim(body: str, span: Span) -> Span:
    start, end = span
    while start < end and body[start] in _TRIM:
        start += 1
    while end > start and body[end - 1] in _TRIM:
        end -= 1
    return start, end


def _quoted_share(span: Span, inside: bytearray) -> float:
    length = span[1] - span[0]
    return sum(inside[span[0]:span[1]]) / length if length else 0.0



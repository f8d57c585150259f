"""Who said what: direct quotes and reported speech, each with its speaker, cue and channel."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .analysis import Analysis
from .attribution import Cue, cue_of, is_according, is_cue_verb
from .cues import channel_of
from .layout import PARAGRAPH
from .model import Actor, Quote, Span
from .quotemarks import Segment, lines_as_paragraphs, quoted_segments
from .reported import reported_speech
from .speakers import Speaker, Speakers

if TYPE_CHECKING:
    from spacy.tokens import Span as DocSpan
    from spacy.tokens import Token

MIN_WORDS = 4  # a shorter quote needs a cue governing it: else it is a scare quote or a title
_DASH_SOURCE = re.compile(r"\s*[—–-]{1,2}\s*(?=\S)")
_COLON_LEAD = re.compile(r":\s*$")
_SMALL_WORDS = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for",
                          "with", "by", "from", "de", "la", "vs", "vs."})


@dataclass
class _Part:
    """One quoted segment on its way to becoming a `Quote`."""

    segment: Segment
    paragraph: int
    cue: Cue | None = None
    governed: bool = False  # the cue's clause holds the quote ("confirmed that “…”")
    source: Token | None = None  # a source with no verb: "“…” – Name", "Name: “…”"
    speaker: Speaker | None = None
    channel: str | None = None
    previous: _Part | None = None  # the part this one continues

    @property
    def attributed(self) -> bool:
        return self.cue is not None or self.source is not None


class _Text:
    """The article's paragraphs, their quoted segments, and which characters are quoted."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.body = analysis.body
        self.doc = analysis.doc
        self.paragraphs = [line for b in analysis.blocks if b.kind == PARAGRAPH
                           for line in lines_as_paragraphs(self.body, b.span)]
        self._starts = [start for start, _ in self.paragraphs]
        self.segments = quoted_segments(self.body, self.paragraphs)
        self.quoted = [s.span for segments in self.segments for s in segments]
        self.inside = bytearray(len(self.body) + 1)
        for start, end in self.quoted:
            self.inside[start:end] = b"\x01" * (end - start)

    def is_inside(self, token: Token) -> bool:
        return bool(self.inside[token.idx])

    def tokens(self, span: Span) -> DocSpan | None:
        return self.doc.char_span(*span, alignment_mode="expand")

    def paragraph_of(self, offset: int) -> int:
        index = bisect_right(self._starts, offset) - 1
        return index if index >= 0 and offset < self.paragraphs[index][1] else -1


class _Attributor:
    """Finds the cue or the bare source of each quoted segment, from the parse and the text
    around the segment."""

    def __init__(self, text: _Text) -> None:
        self.text = text
        self.body = text.body

    def parts(self) -> list[list[_Part]]:
        found = []
        for index, segments in enumerate(self.text.segments):
            here = [_Part(segment, index) for segment in segments]
            for number, part in enumerate(here):
                self._attribute(part, segments, number)
            found.append(here)
        return found

    def _attribute(self, part: _Part, segments: list[Segment], number: int) -> None:
        span = self.text.tokens(part.segment.span)
        if span is None or not len(span):
            return
        governing = self._governing_cue(span)
        if governing is not None:
            part.cue, part.governed = governing, True
            return
        paragraph = self.text.paragraphs[part.paragraph]
        before = (segments[number - 1].span[1] if number else paragraph[0],
                  part.segment.span[0])
        after = (part.segment.span[1],
                 segments[number + 1].span[0] if number + 1 < len(segments) else paragraph[1])
        part.cue = self._adjacent_cue(before, after)
        if part.cue is None:
            part.source = self._dash_source(after) or self._colon_source(before)

    def _governing_cue(self, span: DocSpan) -> Cue | None:
        """The nearest cue above the quote in the parse: the quote is (in) what it says."""
        best: tuple[int, Token] | None = None
        for token in span:
            if span.start <= token.head.i < span.end or token.head.i == token.i:
                continue
            ancestor, steps = token.head, 1
            while steps <= 8:
                if not self.text.is_inside(ancestor) and is_cue_verb(ancestor):
                    if best is None or steps < best[0]:
                        best = (steps, ancestor)
                    break
                if ancestor.head.i == ancestor.i:
                    break
                ancestor, steps = ancestor.head, steps + 1
        return cue_of(best[1]) if best else None

    def _adjacent_cue(self, before: Span, after: Span) -> Cue | None:
        """A cue beside the quote in its own sentence: `“…,” he said`, `according to X, “…”`,
        `He boomed: “…”`. The sentence is the one holding the words right after the closing
        mark or right before the opening one: the parser may have cut the quote's own
        sentence at its full stop."""
        after = self._sentence_part(after, first=True)
        before = self._sentence_part(before, first=False)
        candidates: list[tuple[int, Token]] = []
        for gap, near in ((after, after[0]), (before, before[1])):
            window = self.text.tokens(gap) if gap[1] > gap[0] else None
            for token in window or ():
                if not self.text.is_inside(token) and (is_according(token)
                                                       or is_cue_verb(token)):
                    candidates.append((abs(token.idx - near), token))
        if candidates:
            return cue_of(min(candidates, key=lambda c: c[0])[1])
        if _COLON_LEAD.search(self.body[before[0]:before[1]]):
            return self._lead_in(before)
        return None

    def _sentence_part(self, gap: Span, first: bool) -> Span:
        """The part of a gap between quotes that lies in the sentence nearest the quote."""
        window = self.text.tokens(gap) if gap[1] > gap[0] else None
        words = [t for t in window or () if not (t.is_punct or t.is_space)]
        if not words:
            return gap[0], gap[0]
        if first:
            return gap[0], min(gap[1], words[0].sent.end_char)
        last = words[-1]
        if any(c in ".!?" for c in self.body[last.idx + len(last.text):gap[1]]) or (
                last.text in (".", "!", "?")):
            return gap[1], gap[1]  # the sentence before has ended: no lead-in
        return max(gap[0], last.sent.start_char), gap[1]

    def _lead_in(self, span: Span) -> Cue | None:
        """Whatever verb ends a lead-in with a colon introduces the quote ("Trump leaned in
        and boomed: “…”"), a speech verb first; its subject is the speaker."""
        window = self.text.tokens(span)
        verbs = [t for t in window or () if t.pos_ == "VERB" and not self.text.is_inside(t)]
        cues = [t for t in verbs if is_cue_verb(t)]
        return cue_of((cues or verbs)[-1]) if verbs else None

    def lead_ins(self) -> dict[int, Cue]:
        """Paragraphs that end with a colon, by index: their last sentence introduces the
        quote that opens the next paragraph ("17-year-old Jared Potts echoed:")."""
        found = {}
        for index, (start, end) in enumerate(self.text.paragraphs):
            if not _COLON_LEAD.search(self.body[start:end]):
                continue
            window = self.text.tokens((start, end))
            if window is None or not len(window):
                continue
            sentence = window[-1].sent
            cue = self._lead_in((max(start, sentence.start_char), end))
            if cue is not None:
                found[index] = cue
        return found

    def _dash_source(self, gap: Span) -> Token | None:
        """`“…” – Name`: a name right after a dash that follows the quote."""
        match = _DASH_SOURCE.match(self.body, gap[0], gap[1])
        if match is None:
            return None
        window = self.text.tokens((match.end(), gap[1]))
        if window is None or not len(window) or window[0].pos_ != "PROPN":
            return None
        token = window[0]
        while (token.dep_ in ("compound", "flat") and token.head.pos_ == "PROPN"
               and window.start <= token.head.i < window.end):
            token = token.head
        return token

    def _colon_source(self, gap: Span) -> Token | None:
        """`Name: “…”` opening a paragraph, as in transcripts and interviews."""
        text = self.body[gap[0]:gap[1]]
        if not _COLON_LEAD.search(text) or not 0 < len(text.split()) <= 4:
            return None
        window = self.text.tokens(gap)
        if window is None or not all(t.pos_ == "PROPN" or t.is_punct for t in window):
            return None
        names = [t for t in window if t.pos_ == "PROPN"]
        return names[-1] if names else None


def _is_title(text: str) -> bool:
    """“The Art of the Deal”: capitalised words and no sentence punctuation."""
    words = [w for w in text.split() if any(c.isalpha() for c in w)]
    if not words or len(words) > 10 or text.rstrip()[-1:] in ".!?…":
        return False
    return all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in words)


def _keep(part: _Part, text: str) -> bool:
    """Scare quotes and titles are not quotes; a short quote stays when a cue governs it."""
    if _is_title(text):
        return False
    return len(text.split()) >= MIN_WORDS or part.governed


def _share_along(paragraphs: list[list[_Part]], events: list[tuple[int, Speaker | None]],
                 lead_ins: dict[int, Speaker | None], text: _Text) -> None:
    """Attribution shared by the parts of one quote: along a paragraph (a quote broken by its
    attribution), and into the next paragraph (a quote carried over, or a paragraph of quote
    with no attribution, which continues the previous paragraph's last speaker)."""
    last: Speaker | None = None  # the last speaker of the previous paragraph
    last_part: _Part | None = None  # its quote, when left open
    for index, here in enumerate(paragraphs):
        for number, part in enumerate(here):
            if part.attributed:
                continue
            before = here[number - 1] if number else None
            after = here[number + 1] if number + 1 < len(here) else None
            if number == 0 and part.segment.continued and last_part is not None:
                part.previous, part.speaker = last_part, last_part.speaker
            elif before is not None and (before.speaker is not None or before.attributed):
                part.previous, part.speaker = before, before.speaker
            elif after is not None and after.attributed:
                after.previous = after.previous or part
                part.speaker = after.speaker
            elif number == 0 and part.segment.span[0] - text.paragraphs[index][0] <= 1:
                part.speaker = last
        spoken = [(p.segment.span[0], p.speaker, p) for p in here]
        spoken += [(offset, speaker, None) for offset, speaker in events
                   if text.paragraph_of(offset) == index]
        if index in lead_ins:
            last, last_part = lead_ins[index], None
        elif spoken:
            _, last, last_part = max(spoken, key=lambda e: e[0])
            if last_part is not None and last_part.segment.closed:
                last_part = None  # only an open quote is carried over as one
        else:
            last, last_part = None, None


def extract_quotes(analysis: Analysis, actors: list[Actor]) -> list[Quote]:
    """Direct quotes and reported speech, in text order, speakers resolved to actors."""
    text = _Text(analysis)
    speakers = Speakers(analysis, actors, text.quoted)
    attributor = _Attributor(text)
    paragraphs = attributor.parts()
    for part in (p for here in paragraphs for p in here):
        if part.cue is not None:
            part.speaker = speakers.resolve(part.cue.source)
            part.channel = channel_of(_unquoted(part.cue.token.sent, text))
        elif part.source is not None:
            part.speaker = speakers.resolve(part.source)
    reports = [(r, speakers.resolve(r.cue.source))
               for r in reported_speech(analysis, text.quoted, text.inside)]
    # Speech in a relative clause ("…, which included staff members suggesting …") does not
    # make its speaker the one a following quote continues.
    events = [(r.cue.span[0], s) for r, s in reports if not _subordinate(r.cue.token)]
    lead_ins = {index: speakers.resolve(cue.source)
                for index, cue in attributor.lead_ins().items()}
    _share_along(paragraphs, events, lead_ins, text)

    built: dict[int, Quote] = {}
    links: list[tuple[Quote, str, object]] = []
    for part in (p for here in paragraphs for p in here):
        start, end = part.segment.span
        words = text.body[start:end]
        if not _keep(part, words):
            continue
        quote = _quote(words, part.segment.span, "direct", part.speaker, part.cue, part.channel)
        built[id(part)] = quote
        previous = part.previous
        while previous is not None and id(previous) not in built:
            previous = previous.previous
        if previous is not None:
            links.append((quote, "continues", built[id(previous)]))
    quotes = list(built.values())
    for report, speaker in reports:
        words = text.body[report.span[0]:report.span[1]]
        quotes.append(_quote(words, report.span, "indirect", speaker, report.cue,
                             report.channel))
    links += _nested(quotes)
    quotes.sort(key=lambda q: (q.span, q.kind))
    for number, quote in enumerate(quotes, 1):
        quote.id = f"q{number}"
    for quote, field, target in links:
        setattr(quote, field, target.id)  # type: ignore[attr-defined]
    return quotes


def _quote(words: str, span: Span, kind: str, speaker: Speaker | None, cue: Cue | None,
           channel: str | None) -> Quote:
    return Quote(
        id="", text=words, span=span, kind=kind,
        speaker=speaker.actor.id if speaker and speaker.actor else None,
        speaker_name=speaker.name if speaker else None,
        cue=cue.text if cue else None,
        cue_span=cue.span if cue else None,
        speaker_span=speaker.span if speaker else None,
        channel=channel,
        anonymous=bool(speaker and speaker.anonymous),
    )


def _subordinate(token: Token) -> bool:
    return any(t.dep_ in ("relcl", "acl") for t in (token, *token.ancestors))


def _unquoted(sent: DocSpan, text: _Text) -> str:
    return "".join(" " if text.is_inside(t) else t.text_with_ws for t in sent)


def _nested(quotes: list[Quote]) -> list[tuple[Quote, str, Quote]]:
    """A direct quote inside reported speech ("said that …, “and we expected …”") is shown
    within it."""
    reports = [q for q in quotes if q.kind == "indirect"]
    links = []
    for quote in quotes:
        if quote.kind != "direct":
            continue
        holders = [r for r in reports
                   if r.span[0] <= quote.span[0] and quote.span[1] <= r.span[1]]
        if holders:
            smallest = min(holders, key=lambda r: r.span[1] - r.span[0])
            links.append((quote, "within", smallest))
    return links

"""Who said what: direct quotes and reported speech, each with its speaker, cue and channel."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .analysis import Analysis
from .attribution import Cue, cue_of, is_according, is_cue_verb, owned_speech, subject_of
from .cues import channel_of
from .layout import PARAGRAPH
from .model import Actor, Quote, Span
from .quotemarks import DASHES, Segment, lines_as_paragraphs, quoted_segments, unquoted_near
from .reported import reported_speech
from .speakers import Speaker, Speakers

if TYPE_CHECKING:
    from spacy.tokens import Span as DocSpan
    from spacy.tokens import Token

MIN_WORDS = 4  # a shorter quote needs a cue governing it: else it is a scare quote or a title
_DASH_SOURCE = re.compile(rf"[”\"’»,.]*\s*[{DASHES}]{{1,2}}\s*(?=\S)")
# A lead-in ending with a colon or a dash introduces the quote that follows (a spaced
# hyphen only when doubled: DASHES ends with the hyphen).
_COLON_LEAD = re.compile(rf'(?::|\s[{DASHES[:-1]}]|\s--)\s*[“"„«]?\s*$')
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
    around the segment, and its speaker."""

    def __init__(self, text: _Text, speakers: Speakers) -> None:
        self.text = text
        self.body = text.body
        self.speakers = speakers

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
        governing = self._governing_cues(span)
        if governing:
            part.governed = True
            self._choose(part, governing)
            return
        paragraph = self.text.paragraphs[part.paragraph]
        before = (segments[number - 1].span[1] if number else paragraph[0],
                  part.segment.span[0])
        after = (part.segment.span[1],
                 segments[number + 1].span[0] if number + 1 < len(segments) else paragraph[1])
        adjacent = self._adjacent_cues(before, after)
        if span[-1].text == "." and "," not in self.body[part.segment.span[1]:after[1]][:2]:
            # A quote that ends its sentence with a full stop inside the marks (“… much.”)
            # is not what the next sentence's speech says when that says something of its
            # own: "The TTC said it could not comment" is the TTC's statement, not the
            # attribution of the lawyer's quote before it ("Smith said Monday." still is).
            adjacent = [t for t in adjacent if isinstance(t, Cue) or t.idx < span.start_char
                        or (is_cue_verb(t) and t.dep_ == "ROOT" and not any(
                            c.dep_ in ("ccomp", "xcomp", "dobj") for c in t.children))]
        if adjacent:
            self._choose(part, adjacent)
            return
        part.source = (self._dash_source(after) or self._colon_source(before)
                       or self._signature(part, segments, number))
        if part.source is not None:
            part.speaker = self.speakers.resolve(part.source)

    def _choose(self, part: _Part, tokens: list[Token]) -> None:
        """The first cue, in order of preference, whose source resolves to a speaker; the
        first cue when none does ("Ryan said it's unrealistic to think … “…”": not "think",
        which has no subject, but "said")."""
        cues = [cue_of(t, self.text.is_inside) if not isinstance(t, Cue) else t
                for t in tokens]
        found = [(cue, self.speakers.resolve(cue.source)) for cue in cues]
        resolved = [(cue, speaker) for cue, speaker in found if speaker is not None]
        # A label or an appraisal ("called", "blamed") with a nameless subject is often the
        # parser's mistake; a speech verb further up naming someone is the better reading.
        trusted = [(cue, speaker) for cue, speaker in resolved
                   if not speaker.anonymous or is_cue_verb(cue.token, quoting=False)]
        part.cue, part.speaker = (trusted or resolved or [(cues[0], None)])[0]
        part.channel = channel_of(unquoted_near(part.cue.token, self.text.inside))

    def _governing_cues(self, span: DocSpan) -> list[Token | Cue]:
        """The cues above the quote in the parse, nearest first: the quote is (in) what
        they say, or what a speech noun they own says ("Trump’s claim that …")."""
        found: dict[int, tuple[int, Token | Cue]] = {}
        for token in span:
            if span.start <= token.head.i < span.end or token.head.i == token.i:
                continue
            child, ancestor, steps = token, token.head, 1
            while steps <= 8:
                outside = not self.text.is_inside(ancestor)
                cue = (owned_speech(ancestor) if outside and child.dep_ in ("acl", "ccomp")
                       else None)
                if cue is None and outside and is_cue_verb(ancestor):
                    cue = ancestor
                if cue is not None and steps < found.get(ancestor.i, (99, cue))[0]:
                    found[ancestor.i] = (steps, cue)
                if ancestor.head.i == ancestor.i:
                    break
                child, ancestor, steps = ancestor, ancestor.head, steps + 1
        return [t for _, t in sorted(found.values(), key=lambda item: item[0])]

    def _adjacent_cues(self, before: Span, after: Span) -> list[Token | Cue]:
        """Cues beside the quote in its own sentence, nearest first: `“…,” he said`,
        `according to X, “…”`, `He boomed: “…”`. The sentence is the one holding the words
        right after the closing mark or right before the opening one: the parser may have cut
        the quote's own sentence at its full stop."""
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
            return [t for _, t in sorted(candidates, key=lambda c: c[0])]
        if _COLON_LEAD.search(self.body[before[0]:before[1]]):
            lead_in = self._lead_in(before)
            return [lead_in] if lead_in is not None else []
        return []

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
        and boomed: “…”"), a speech verb first; its subject is the speaker. A lead-in that
        ends with a name ("… doesn't surprise pollster Daron Shaw:") has no verb of its own."""
        if self._name_before_colon(span) is not None:
            return None
        window = self.text.tokens(span)
        verbs = [t for t in window or () if t.pos_ == "VERB" and not self.text.is_inside(t)]
        cues = [t for t in verbs if is_cue_verb(t)]
        return cue_of((cues or verbs)[-1], self.text.is_inside) if verbs else None

    def _name_before_colon(self, span: Span) -> Token | None:
        window = self.text.tokens(span)
        words = [t for t in window or () if not (t.is_punct or t.is_space)]
        if words and words[-1].pos_ == "PROPN" and words[-1].ent_type_ in ("PERSON", "ORG"):
            return words[-1]
        return None

    def lead_ins(self) -> dict[int, Token | None]:
        """Paragraphs that end with a colon, by index, with the source their last sentence
        names: it speaks the quote that opens the next paragraph ("Stated Stone:")."""
        found = {}
        for index, (start, end) in enumerate(self.text.paragraphs):
            if not _COLON_LEAD.search(self.body[start:end]):
                continue
            window = self.text.tokens((start, end))
            if window is None or not len(window):
                continue
            span = (max(start, window[-1].sent.start_char), end)
            cue = self._lead_in(span)
            found[index] = cue.source if cue is not None else self._name_before_colon(span)
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

    def _signature(self, part: _Part, segments: list[Segment], number: int) -> Token | None:
        """A pull quote signed on the next line: `“…”` / `Josh Bivens, Economic Policy
        Institute.` or `- Sanders.` (a name first, no verb, a few words)."""
        index = part.paragraph
        if number + 1 < len(segments) or index + 1 >= len(self.text.paragraphs):
            return None
        end = self.text.paragraphs[index][1]
        if self.body[part.segment.span[1]:end].strip(" ”\"'’.,"):
            return None  # words after the quote in its own paragraph
        line = self.text.paragraphs[index + 1]
        window = self.text.tokens(line)
        if window is None or not 0 < len(window) <= 15:
            return None
        words = [t for t in window if not (t.is_punct or t.is_space)]
        if not words or any(t.pos_ in ("VERB", "AUX") for t in window):
            return None
        first = words[0]
        if first.ent_type_ == "PERSON":
            return next(e for e in first.doc.ents if e.start <= first.i < e.end)[-1]
        dash = _DASH_SOURCE.match(self.body, line[0])
        if first.pos_ == "PROPN" and dash is not None and dash.end() == first.idx:
            # A dash says it is a signature even where the model tags no person.
            while first.dep_ == "compound" and first.head.i > first.i:
                first = first.head
            return first
        return None

    def _colon_source(self, gap: Span) -> Token | None:
        """`Name: “…”`, as in transcripts and interviews, or a lead-in that ends with one."""
        if not _COLON_LEAD.search(self.body[gap[0]:gap[1]]):
            return None
        return self._name_before_colon(self._sentence_part(gap, first=False))


def _is_title(text: str) -> bool:
    """“The Art of the Deal”: capitalised words and no sentence punctuation."""
    words = [w for w in text.split() if any(c.isalpha() for c in w)]
    if not words or len(words) > 10 or text.rstrip()[-1:] in ".!?…":
        return False
    return all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in words)


def _keep(part: _Part, text: str, body: str) -> bool:
    """Scare quotes and titles are not quotes; a short quote stays when a cue governs it, or
    when it is a sentence of its own that its context attributes (“I can’t vote for Trump,”
    said Whit Symms. “He’s an embarrassment.”)."""
    if _is_title(text) or (_is_title(text.rstrip(".")) and _of_a_medium(body,
                                                                    part.segment.span[0])):
        return False
    return (len(text.split()) >= MIN_WORDS or part.governed
            or (part.speaker is not None and _own_sentence(body, part.segment.span)))


def _of_a_medium(body: str, start: int) -> bool:
    """ "said on CBS's “Face the Nation.”", "told ABC's “Good Morning America.”": a show or a
    paper, its title closing the sentence and taking in its full stop."""
    before = body[max(0, start - 12):start].rstrip().rstrip("“\"'`‘").rstrip()
    return bool(re.search(r"(?:['’]s|\bon|\bin)$", before))


def _own_sentence(body: str, span: Span) -> bool:
    """A quote that opens with a capital after a sentence's end and closes with one."""
    text = body[span[0]:span[1]].rstrip()
    before = body[:span[0]].rstrip().rstrip("“\"'`‘").rstrip()
    return (text[:1].isupper() and text[-1:] in ".!?"
            and (not before or before[-1] in ".!?\n" or before.endswith(("”", '"'))))


def _share_along(paragraphs: list[list[_Part]], events: list[tuple[int, Speaker | None]],
                 lead_ins: dict[int, Speaker | None], text: _Text) -> None:
    """Attribution for the quotes that have none of their own, from the speech around them:
    the quote this one continues (broken by its attribution, or carried over a paragraph
    break), the last speech act before it in its paragraph, the attribution that follows it,
    or, for a paragraph that opens with a quote, the previous paragraph's last speaker."""
    by_paragraph: dict[int, list[tuple[int, Speaker | None]]] = {}
    for offset, speaker in events:
        by_paragraph.setdefault(text.paragraph_of(offset), []).append((offset, speaker))
    last: Speaker | None = None  # the last speaker of the previous paragraph
    last_part: _Part | None = None  # its quote, when left open
    for index, here in enumerate(paragraphs):
        spoken = sorted(by_paragraph.get(index, []), key=lambda e: e[0])
        for number, part in enumerate(here):
            # A cue with no subject at all ("Adding, “…”", "Asked about it, “…”") names no
            # one: the speaker comes from around it, like a quote with no cue.
            if part.attributed and not (part.speaker is None and part.cue is not None
                                        and part.cue.source is None):
                continue
            start = part.segment.span[0]
            before = here[number - 1] if number else None
            after = here[number + 1] if number + 1 < len(here) else None
            # A speech act that names no one ("… if asked") hands on no speaker.
            earlier = [e for e in spoken if e[0] < start and e[1] is not None
                       and (before is None or e[0] > before.segment.span[0])
                       and not (before and before.cue and e[0] == before.cue.span[0])]
            if number == 0 and part.segment.continued and last_part is not None:
                part.previous, part.speaker = last_part, last_part.speaker
            elif earlier:
                part.speaker = earlier[-1][1]
            elif before is not None and (before.speaker is not None or before.attributed):
                part.previous, part.speaker = before, before.speaker
            elif after is not None and after.attributed:
                after.previous = after.previous or part
                part.speaker = after.speaker
            elif number == 0 and start - text.paragraphs[index][0] <= 1:
                part.speaker = last
        timeline = [(p.segment.span[0], p.speaker, p) for p in here]
        timeline += [(offset, speaker, None) for offset, speaker in spoken]
        if index in lead_ins:
            last, last_part = lead_ins[index], None
        elif timeline:
            _, last, last_part = max(timeline, key=lambda e: e[0])
            if last_part is not None and last_part.segment.closed:
                last_part = None  # only an open quote is carried over as one
        else:
            last, last_part = None, None


def _sentence_subject(part: _Part, text: _Text, speakers: Speakers) -> Speaker | None:
    """A quote inside a sentence that no speech names (“Rubio called him ‘very flexible’” is
    named; “Trump warned of “dangerous, dangerous, dangerous criminals”” is not): the words are
    those of the sentence's subject, when it names someone."""
    span = text.tokens(part.segment.span)
    if span is None or not len(span):
        return None
    verb = next((t.head for t in span if not span.start <= t.head.i < span.end), None)
    while verb is not None and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head if verb.head.i != verb.i else None
    if verb is None or text.is_inside(verb):
        return None
    subject = subject_of(verb, text.is_inside)
    if subject is None:
        # "Clinton supports …, opposes …": the parse may hang the first of two verbs that
        # share a subject under the second, as if it were what the second says.
        first = next((c for c in verb.lefts if c.dep_ == "ccomp" and not text.is_inside(c)),
                     None)
        subject = subject_of(first, text.is_inside) if first is not None else None
    speaker = speakers.resolve(subject)
    return speaker if speaker is not None and not speaker.anonymous else None


def _speech_events(text: _Text, speakers: Speakers) -> list[tuple[int, Speaker | None]]:
    """Every speech act in a main clause of a paragraph, outside quotes, with its speaker
    ("Valastro praised Christie's leadership", "the DNC issued a statement"). Speech in a
    relative clause ("…, which included staff members suggesting …") is left out: a quote
    that follows does not continue it."""
    events = []
    for token in text.doc:
        if (text.is_inside(token) or text.paragraph_of(token.idx) < 0
                or not (is_cue_verb(token) or is_according(token)) or _subordinate(token)):
            continue
        events.append((token.idx, speakers.resolve(cue_of(token, text.is_inside).source)))
    return events


def extract_quotes(analysis: Analysis, actors: list[Actor]) -> list[Quote]:
    """Direct quotes and reported speech, in text order, speakers resolved to actors."""
    text = _Text(analysis)
    speakers = Speakers(analysis, actors, text.quoted)
    attributor = _Attributor(text, speakers)
    paragraphs = attributor.parts()
    reports = [(r, speakers.resolve(r.cue.source))
               for r in reported_speech(analysis, text.quoted, text.inside)]
    lead_ins = {index: speakers.resolve(source)
                for index, source in attributor.lead_ins().items()}
    _share_along(paragraphs, _speech_events(text, speakers), lead_ins, text)
    for part in (p for here in paragraphs for p in here if p.speaker is None):
        part.speaker = _sentence_subject(part, text, speakers)

    built: dict[int, Quote] = {}
    links: list[tuple[Quote, str, object]] = []
    for part in (p for here in paragraphs for p in here):
        start, end = part.segment.span
        words = text.body[start:end]
        if not _keep(part, words, text.body):
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
        first = None
        for span in report.pieces or (report.span,):
            quote = _quote(text.body[span[0]:span[1]], span, "indirect", speaker, report.cue,
                           report.channel)
            quotes.append(quote)
            if first is not None:
                links.append((quote, "continues", first))
            first = quote
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

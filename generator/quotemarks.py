"""Quotation marks: the quoted stretches of each paragraph, across paragraphs in news style."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .model import Span

if TYPE_CHECKING:
    from spacy.tokens import Token

OPENING = "“„«"
CLOSING = "”»"
STRAIGHT = '"'
MARKS = OPENING + CLOSING + STRAIGHT
# Two characters for one mark, as older newswire and corpus text writes them: two
# apostrophes (`''Now it's mostly women,''`), or two backticks that open.
DOUBLED = ("''", "``")
# The horizontal bar is the quotation dash of pull quotes and signatures ("“…” ― Name").
DASHES = "―—–-"
# What may stand right before an opening mark, besides a space: brackets, dashes, slashes.
_BEFORE_OPENING = "([{/:" + DASHES
# What may follow a closing mark, besides a space: punctuation.
_AFTER_CLOSING = ",.;:!?)]}…'’" + DASHES
_TRIM = " \t\n,;:"


@dataclass
class Segment:
    """One quoted stretch inside one paragraph: the words between a pair of marks."""

    span: Span  # the words inside the marks, surrounding spaces and commas trimmed
    opened: bool  # False when the paragraph starts inside a quote whose opening mark is lost
    closed: bool  # False when the quote runs on to the paragraph's end (news style)
    continued: bool = False  # the paragraph reopens a quote left open by the previous one


def mark_width(text: str, i: int) -> int:
    """How many characters the quotation mark at `i` takes (0: none there)."""
    if text.startswith(DOUBLED, i):
        return 2
    return 1 if i < len(text) and text[i] in MARKS else 0


def _opens(text: str, i: int, start: int, end: int, is_open: bool) -> bool:
    """Whether the mark at `i` opens a quote: its context first, its glyph second.

    Typesetting errors are common (`”Hello,” he said`, `“Yes“`), and a straight mark has no
    direction at all, so a mark with a space before and a word after opens whatever its shape.
    """
    width = mark_width(text, i)
    before = text[i - 1] if i > start else " "
    after = text[i + width] if i + width < end else " "
    space_before = before.isspace() or before in _BEFORE_OPENING or before in MARKS
    space_after = after.isspace() or after in _AFTER_CLOSING
    if space_before and not space_after:
        return True
    if space_after and not space_before:
        return False
    char = text[i]
    if char in OPENING or text.startswith("``", i):
        return True
    if char in CLOSING:
        return False
    return not is_open  # a straight mark between two words or two spaces: alternate


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def paragraph_segments(text: str, start: int, end: int) -> list[Segment]:
    """The double-quoted stretches of one paragraph, `text[start:end]`.

    Single marks are left alone: inside a double quote they are the nested quote or an
    apostrophe, and they are never a quote of their own at this level.
    """
    segments: list[Segment] = []
    opened_at: int | None = None

    def add(left: int, right: int, opened: bool, closed: bool) -> None:
        span = _trim(text, left, right)
        if span[1] > span[0]:
            segments.append(Segment(span, opened, closed))

    i = start - 1
    width = 1
    while i + width < end:
        i += width
        width = mark_width(text, i)
        if not width:
            width = 1
            continue
        if text[i] == STRAIGHT and i > start and text[i - 1] == "=":
            # Markup in pasted text (`<tweet author="…">`): an attribute value, not a quote.
            closing = text.find(STRAIGHT, i + 1, end)
            i = closing if closing >= 0 else i
            continue
        if _opens(text, i, start, end, opened_at is not None):
            if opened_at is not None:
                # An opening mark while a quote is open: the earlier one was never closed.
                add(opened_at, i, True, False)
            opened_at = i + width
        elif opened_at is not None:
            add(opened_at, i, True, True)
            opened_at = None
        elif not segments and _looks_lost(text, start, i):
            # A closing mark with no opening one before it, first in the paragraph: the
            # paragraph starts inside a quote whose opening mark was lost.
            add(start, i, False, True)
    if opened_at is not None:
        add(opened_at, end, True, False)
    return segments


def _looks_lost(text: str, start: int, i: int) -> bool:
    """A closing mark that ends a sentence-like stretch from the paragraph start."""
    words = text[start:i].split()
    return len(words) >= 4 and text[i - 1] in ".,!?…"


def lines_as_paragraphs(text: str, block: Span) -> list[Span]:
    """A block whose lines each end a sentence is one paragraph per line (text pasted with
    single line breaks); hard-wrapped text stays one paragraph."""
    start, end = block
    lines = []
    for piece in text[start:end].split("\n"):
        stripped = piece.strip()
        if stripped:
            left = start + piece.index(stripped[0])
            lines.append((left, left + len(stripped)))
        start += len(piece) + 1
    if len(lines) < 2:
        return [block]
    ends = [text[e - 1] in ".!?:”\"’)]…" for _, e in lines[:-1]]
    return lines if sum(ends) >= 0.8 * len(ends) else [block]


def quoted_segments(text: str, paragraphs: list[Span]) -> list[list[Segment]]:
    """The segments of each paragraph; a paragraph that opens with a quote mark while the
    previous paragraph's quote is still open continues it (news-style multi-paragraph quotes)."""
    found: list[list[Segment]] = []
    for start, end in paragraphs:
        segments = paragraph_segments(text, start, end)
        previous = found[-1] if found else []
        if (segments and previous and not previous[-1].closed and segments[0].opened
                and mark_width(text, start) and segments[0].span[0] - start <= 3):
            segments[0].continued = True
        found.append(segments)
    return found


def window(token: Token, reach: int) -> tuple[int, int]:
    """Token indexes `[start, end)` within `reach` of `token`, never past its sentence. Asking
    for `token.sent` instead costs the whole sentence each time, which a text of thousands of
    quotation marks makes quadratic."""
    doc = token.doc
    start = token.i
    while start > max(0, token.i - reach) and not doc[start].is_sent_start:
        start -= 1
    end = token.i + 1
    while end < min(len(doc), token.i + reach + 1) and not doc[end].is_sent_start:
        end += 1
    return start, end


def unquoted_near(token: Token, inside: bytearray, reach: int = 15) -> str:
    """The words around a cue with the quoted ones blanked: where the text says how the words
    came ("said by telephone"), without reading the quote itself."""
    start, end = window(token, reach)
    return "".join(" " if inside[t.idx] else t.text_with_ws for t in token.doc[start:end])

"""The body's layout: paragraphs, sub-headings, photo captions, credits and web asides."""

from __future__ import annotations

import re

from .model import Block

PARAGRAPH, HEADING, CAPTION, CREDIT, ASIDE = "paragraph", "heading", "caption", "credit", "aside"

_BREAK = re.compile(r"\n[ \t]*\n")
_REPEATED_WORDS = 8  # a repeated paragraph at least this long is a pasted duplicate
_MARKDOWN_HEADING = re.compile(r"#{1,6}[ \t]+\S")
_CAPTION = re.compile(
    r"\b(?:REUTERS|Reuters|AP|AFP|EPA|Getty Images|Bloomberg|Xinhua)/[A-Z]|\bAP Photo\b"
    r"|\A(?:Photo|Image|Picture|Caption)\s*:|\((?:Photo|Image|Picture)s?\s+(?:by|credit|:)",
)
_CREDIT = re.compile(
    r"\A\(?(?:Additional\s+)?(?:Reporting|Editing|Writing|Compiled|Edited|Written)\s+by\b",
    re.IGNORECASE,
)
_ASIDE = re.compile(
    r"\A(?:Related\s+Coverage|Related(?:\s+stories|\s+articles)?\s*:|Slideshow\s*\(|Read\s+more\b"
    r"|Advertisement\Z|See\s+also\b|Click\s+here\b|Sign\s+up\b|Subscribe\b|Share\s+this\b"
    r"|Video\s*:|Graphic\s*:|Factbox\s*:|Editor[’']?s[’']?\s+note\s*:)",
    re.IGNORECASE,
)


def _kind(text: str) -> str:
    if _MARKDOWN_HEADING.match(text):
        return HEADING
    if _CREDIT.match(text):
        return CREDIT
    if _ASIDE.match(text):
        return ASIDE
    if _CAPTION.search(text):
        return CAPTION
    letters = [c for c in text if c.isalpha()]
    if ("\n" not in text and len(text) <= 80 and len(letters) >= 3
            and all(c.isupper() for c in letters) and text[-1] not in ".,;"):
        # An all-caps line standing alone is a sub-heading ("FAMILIES SEPARATED").
        return HEADING
    return PARAGRAPH


def blocks(body: str) -> list[Block]:
    """The body cut at blank lines, each piece classified; spans exclude surrounding space.
    A paragraph or caption the body repeats word for word is an aside the second time: a
    pasted duplicate would count every quote and mention in it twice."""
    found = []
    seen: set[str] = set()
    start = 0
    for end in [m.start() for m in _BREAK.finditer(body)] + [len(body)]:
        piece = body[start:end]
        stripped = piece.strip()
        if stripped:
            left = start + len(piece) - len(piece.lstrip())
            kind = _kind(stripped)
            words = " ".join(stripped.split())
            # A short one ("Yes.", "* * *") may well be said or set twice.
            if kind in (PARAGRAPH, CAPTION) and len(words.split()) >= _REPEATED_WORDS:
                if words in seen:
                    kind = ASIDE
                seen.add(words)
            found.append(Block(kind, (left, left + len(stripped))))
        start = end
    return found


def analysed_part(layout: list[Block], body: str, limit: int) -> list[Block]:
    """The blocks that fit in the first `limit` characters; a first block longer than that is
    cut at the last space before the limit. Longer articles are analysed only this far."""
    fitting = [b for b in layout if b.span[1] <= limit]
    if fitting or not layout:
        return fitting
    first = layout[0]
    end = body.rfind(" ", first.span[0], limit)
    return [Block(first.kind, (first.span[0], end if end > first.span[0] else limit))]

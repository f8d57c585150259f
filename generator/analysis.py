"""What every extractor reads: the article, its layout and the one spaCy `Doc`, with lookups."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from .dateline import Dateline, find_dateline
from .layout import PARAGRAPH
from .model import Article, Block, Span
from .quotemarks import DOUBLED, MARKS, quoted_segments

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as DocSpan


@dataclass
class Analysis:
    article: Article
    blocks: list[Block]
    doc: Doc
    _starts: list[int] = field(init=False, repr=False)
    _block_starts: list[int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._starts = [start for start, _ in self.sentences]
        self._block_starts = [block.span[0] for block in self.blocks]

    @property
    def body(self) -> str:
        return self.article.body

    @cached_property
    def dateline(self) -> Dateline | None:
        return find_dateline(self.body)

    @cached_property
    def sentences(self) -> list[Span]:
        """Sentence spans with surrounding whitespace trimmed; empty sentences dropped."""
        spans = []
        for sent in self.doc.sents:
            text = sent.text
            start = sent.start_char + len(text) - len(text.lstrip())
            end = sent.start_char + len(text.rstrip())
            if end > start:
                spans.append((start, end))
        return spans

    @cached_property
    def quoted(self) -> list[Span]:
        """The quoted stretches of the article's paragraphs, in text order."""
        body = self.body
        paragraphs = [b.span for b in self.blocks if b.kind == PARAGRAPH
                      and any(mark in body[b.span[0]:b.span[1]] for mark in (*MARKS, *DOUBLED))]
        return [s.span for segments in quoted_segments(body, paragraphs) for s in segments]

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence holding a character offset (or the one before a gap)."""
        return max(0, bisect_right(self._starts, offset) - 1)

    def block_of(self, offset: int) -> Block | None:
        index = bisect_right(self._block_starts, offset) - 1
        if index >= 0 and offset < self.blocks[index].span[1]:
            return self.blocks[index]
        return None

    def in_paragraph(self, offset: int) -> bool:
        block = self.block_of(offset)
        return block is not None and block.kind == PARAGRAPH

    def in_dateline(self, span: Span) -> bool:
        return self.dateline is not None and span[0] < self.dateline.span[1]

    def sents_in_paragraphs(self) -> list[DocSpan]:
        return [s for s in self.doc.sents if self.in_paragraph(s.start_char + _lead_space(s.text))]


def _lead_space(text: str) -> int:
    return len(text) - len(text.lstrip())

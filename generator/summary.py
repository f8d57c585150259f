"""At a glance: the lead, the first two or three sentences of the story without the dateline."""

from __future__ import annotations

from .analysis import Analysis
from .model import Span

MAX_SENTENCES = 3
MAX_CHARS = 600


def lead(analysis: Analysis) -> list[Span]:
    """Spans of the opening sentences of the first paragraphs, dateline excluded."""
    spans: list[Span] = []
    total = 0
    for start, end in analysis.sentences:
        if not analysis.in_paragraph(start):
            continue
        if analysis.dateline and start < analysis.dateline.span[1] <= end:
            start = analysis.dateline.span[1]
        if spans and (len(spans) >= MAX_SENTENCES or total + end - start > MAX_CHARS):
            break
        spans.append((start, end))
        total += end - start
        if len(spans) >= 2 and total >= MAX_CHARS // 2:
            break
    return spans

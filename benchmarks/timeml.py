"""The temporal tagger scored as TempEval-3 scores it, on TimeBank, AQUAINT and MEANTIME.

    python3 dev.py bench timeml                # the figures in docs/quality.md
    python3 dev.py bench timeml --errors dev   # and every miss, false alarm and wrong value

Each document's text goes through the product's own path: layout, the one spaCy pass, then
`extract_times` with the document creation time as the publication date. Scores, per corpus:

- strict and relaxed span precision, recall and F1 (a system expression matches a gold one
  with the same span, or with overlapping spans; one to one);
- value F1: precision and recall of matches whose value is identical, as TempEval-3 counts it;
- type accuracy over the relaxed matches (and type F1, TempEval-3's figure).

TimeBank + AQUAINT are reported together (the target), MEANTIME separately (only its annotated
first sentences are scored). TimeBank + AQUAINT are also cut in two halves by a hash of the
file name: the rules were developed looking only at the errors of the `dev` half, and the
`held-out` half shows how well they carry over.

Speed is the tagger alone: `extract_times` on an `Analysis` whose spaCy `Doc` already exists
(so it includes the tagger's own look-ups in the `Doc` and the quotes it finds, but not reading,
layout or the spaCy pass, which every extractor shares). The spaCy pass is timed apart.
"""

from __future__ import annotations

import argparse
import html
import re
import statistics
import sys
import time
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.common import article_from_text, eval_dir, parse
from generator.analysis import Analysis
from generator.layout import blocks
from generator.model import Span, TimeExpr
from generator.pipeline import Pipeline
from generator.temporal import extract_times

CORPUS = "timeml"
_TAG = re.compile(r"<(/?)(\w+)([^>]*?)(/?)>")
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')


@dataclass
class Gold:
    span: Span
    type: str
    value: str
    mod: str | None


@dataclass
class Document:
    name: str
    corpus: str
    text: str
    dct: str
    gold: list[Gold]
    limit: int  # the end of the annotated part of `text`

    @property
    def split(self) -> str:
        if self.corpus == "meantime":
            return "meantime"
        return "held-out" if zlib.crc32(f"{self.name}.tml".encode()) % 2 else "dev"


def untag(marked: str) -> tuple[str, list[Gold]]:
    """Plain text and its TIMEX3 annotations from TimeML inline markup (unclosed tags dropped)."""
    out: list[str] = []
    length = 0
    stack: list[tuple[int, dict[str, str]]] = []
    gold: list[Gold] = []
    cursor = 0
    for match in _TAG.finditer(marked):
        piece = html.unescape(marked[cursor:match.start()])
        out.append(piece)
        length += len(piece)
        cursor = match.end()
        closing, name, attributes, empty = match.groups()
        if name != "TIMEX3" or empty:
            continue
        if not closing:
            stack.append((length, dict(_ATTRIBUTE.findall(attributes))))
        elif stack:
            start, attrs = stack.pop()
            gold.append(Gold((start, length), attrs["type"], attrs.get("value", ""),
                             attrs.get("mod")))
    out.append(html.unescape(marked[cursor:]))
    text = "".join(out)
    return text, [_trim(g, text) for g in gold if text[g.span[0]:g.span[1]].strip()]


def _trim(gold: Gold, text: str) -> Gold:
    start, end = gold.span
    while text[start].isspace():
        start += 1
    while text[end - 1].isspace():
        end -= 1
    gold.span = (start, end)
    return gold


def _dct(tml: str) -> str:
    match = re.search(r"<DCT>\s*<TIMEX3([^>]*)>", tml)
    if match is None:
        raise ValueError("no document creation time")
    return dict(_ATTRIBUTE.findall(match[1]))["value"]


def read_tml(path: Path, corpus: str) -> Document:
    """A TimeBank or AQUAINT document: the text inside `<TEXT>` and its gold expressions."""
    tml = path.read_text(encoding="utf-8")
    inner = tml.split("<TEXT>", 1)[1].split("</TEXT>", 1)[0]
    text, gold = untag(inner)
    return Document(path.stem, corpus, text, _dct(tml), gold, len(text))


def read_meantime(path: Path) -> Document:
    """A MEANTIME article: the full `.txt`, with the gold of its tokenised `.tml` mapped onto it.

    The `.tml` text is the `.txt` re-tokenised (spaces around punctuation), so the two agree
    character for character once whitespace is skipped. One sentence a line becomes one
    paragraph a line, as a pasted article would be.
    """
    tml = path.read_text(encoding="utf-8")
    raw = path.with_suffix(".txt").read_text(encoding="utf-8")
    inner = tml.split("<TEXT>", 1)[1].split("</TEXT>", 1)[0]
    tokenised, gold = untag(inner)
    position = {}
    i = j = 0
    while i < len(tokenised):
        if tokenised[i].isspace():
            i += 1
            continue
        while j < len(raw) and raw[j].isspace():
            j += 1
        # The tokeniser wrote straight double quotes as `` and ''.
        width = 2 if tokenised[i:i + 2] in ("``", "''") and raw[j:j + 1] == '"' else 1
        if width == 1 and (j >= len(raw) or raw[j] != tokenised[i]):
            raise ValueError(f"{path.name}: .tml and .txt differ at {i}")
        for k in range(width):
            position[i + k] = j
        i += width
        j += 1
    # Doubling each newline keeps the layout's paragraphs one sentence line each.
    shift = [0] * (len(raw) + 1)
    for i, char in enumerate(raw):
        shift[i + 1] = shift[i] + (char == "\n")
    text = raw.replace("\n", "\n\n")

    def moved(offset: int) -> int:
        return offset + shift[offset]

    mapped = []
    for g in gold:
        start = position[g.span[0]]
        end = position[g.span[1] - 1] + 1
        mapped.append(Gold((moved(start), moved(end)), g.type, g.value, g.mod))
    limit = moved(max(position.values()) + 1)
    return Document(path.stem, "meantime", text, _dct(tml), mapped, limit)


def corpus(root: Path) -> list[Document]:
    docs = [read_tml(p, "timebank") for p in sorted((root / "timebank").glob("*.tml"))]
    docs += [read_tml(p, "aquaint") for p in sorted((root / "aquaint").glob("*.tml"))]
    docs += [read_meantime(p) for p in sorted((root / "meantime-en").glob("*.tml"))]
    return docs


@dataclass
class Scores:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Scores) -> None:
        for name in ("gold", "system", "strict", "relaxed", "value", "type"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors += other.errors

    def prf(self, hits: int) -> tuple[float, float, float]:
        p = hits / self.system if self.system else 0.0
        r = hits / self.gold if self.gold else 0.0
        return p, r, 2 * p * r / (p + r) if p + r else 0.0

    def lines(self, title: str) -> list[str]:
        rows = [f"{title}: {self.gold} gold expressions, {self.system} found"]
        for label, hits in (("strict span", self.strict), ("relaxed span", self.relaxed),
                            ("value", self.value), ("type", self.type)):
            p, r, f = self.prf(hits)
            rows.append(f"  {label:<13} P {p:6.1%}  R {r:6.1%}  F1 {f:6.1%}")
        accuracy = self.type / self.relaxed if self.relaxed else 0.0
        rows.append(f"  type accuracy {accuracy:6.1%} (of the relaxed matches)")
        return rows


def _overlap(a: Span, b: Span) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


def score(doc: Document, found: Iterable[TimeExpr]) -> Scores:
    """One document's counts; each system expression matches at most one gold one."""
    system = [t for t in found if t.span[0] < doc.limit]
    result = Scores(gold=len(doc.gold), system=len(system))
    free = list(doc.gold)
    text = doc.text
    for time_ in system:
        best = max(free, key=lambda g: _overlap(g.span, time_.span), default=None)
        if best is None or _overlap(best.span, time_.span) <= 0:
            result.errors.append(f"{doc.name}\tFALSE\t{time_.text!r}\t{time_.type}\t"
                                 f"{time_.value}\t{_context(text, time_.span)}")
            continue
        free.remove(best)
        result.relaxed += 1
        result.strict += best.span == time_.span
        result.value += best.value == time_.value
        result.type += best.type == time_.type
        if best.value != time_.value or best.span != time_.span:
            result.errors.append(
                f"{doc.name}\tWRONG\t{time_.text!r} {time_.type} {time_.value}\t"
                f"gold {text[best.span[0]:best.span[1]]!r} {best.type} {best.value}\t"
                f"dct {doc.dct}\t{_context(text, best.span)}")
    for g in free:
        result.errors.append(f"{doc.name}\tMISSED\t{text[g.span[0]:g.span[1]]!r}\t{g.type}\t"
                             f"{g.value}\tdct {doc.dct}\t{_context(text, g.span)}")
    return result


def _context(text: str, span: Span, width: int = 70) -> str:
    left = " ".join(text[max(0, span[0] - width):span[0]].split())
    right = " ".join(text[span[1]:span[1] + width].split())
    return f"…{left} [[{text[span[0]:span[1]]}]] {right}…"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python3 dev.py bench timeml")
    parser.add_argument("--errors", choices=["dev", "held-out", "meantime", "all"],
                        help="print every error of a split (all: both halves of TB+AQ)")
    parser.add_argument("--no-cache", action="store_true",
                        help="parse again instead of reading .cache/bench-timeml/")
    parser.add_argument("--repeat", type=int, default=5, help="timing runs of the tagger")
    args = parser.parse_args(argv)
    root = eval_dir() / CORPUS
    docs = corpus(root)
    pipeline = Pipeline()
    print(f"pipeline {pipeline.id}; {len(docs)} documents", flush=True)
    articles = [article_from_text(d.text, d.name, d.dct[:10]) for d in docs]
    layouts = [blocks(a.body) for a in articles]
    parsed, spacy_seconds = parse(pipeline, articles, layouts, "timeml",
                                  cache=not args.no_cache)

    timings = []
    results: list[list[TimeExpr]] = []
    for _ in range(max(1, args.repeat)):
        fresh = [Analysis(a, lay, doc) for a, lay, doc in
                 zip(articles, layouts, parsed, strict=True)]
        started = time.perf_counter()
        results = [extract_times(analysis) for analysis in fresh]
        timings.append(time.perf_counter() - started)

    totals: dict[str, Scores] = {}
    for doc, found in zip(docs, results, strict=True):
        scores = score(doc, found)
        for key in {doc.split, "meantime" if doc.corpus == "meantime" else "tbaq"}:
            totals.setdefault(key, Scores()).add(scores)
    for key, title in (("tbaq", "TimeBank + AQUAINT (target)"), ("dev", "  dev half"),
                       ("held-out", "  held-out half"), ("meantime", "MEANTIME (annotated part)")):
        if key in totals:
            print("\n".join(totals[key].lines(title)))
    seconds = statistics.median(timings)
    words = sum(len(d.text.split()) for d in docs)
    spacy = (f"the spaCy pass {len(docs) / spacy_seconds:,.1f} articles/s" if spacy_seconds
             else "the spaCy pass read from the cache (time it with --no-cache)")
    print(f"speed: tagger alone {len(docs) / seconds:,.0f} articles/s "
          f"({seconds * 1000 / len(docs):.2f} ms per article, median of {len(timings)} runs; "
          f"{words / len(docs):,.0f} words per article); {spacy}")
    if args.errors:
        keys = ["dev", "held-out"] if args.errors == "all" else [args.errors]
        for key in keys:
            print("\n".join(totals[key].errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())

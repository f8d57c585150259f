"""Quotes and speakers on PolNeAR: direct-quote precision, recall and F1, named-speaker accuracy.

    python3 dev.py bench quotes                  # the dev split, as reported in docs/quality.md
    python3 dev.py bench quotes --split train    # the split to develop on
    python3 dev.py bench quotes --show 20        # also print misses, false alarms, wrong speakers

The spaCy parses are kept in `.cache/bench-quotes/` (`--no-cache` parses again).

Gold: each article's attributions from one annotator, the first in sorted order of the
`<stem>_<annotator>.ann` files (two dev articles were annotated by six). A gold content is a
direct quote when some of its characters lie between double quotation marks (straight or
curly, or two apostrophes as the NYT's archive text writes them; paired within the content's
own spans; a mark whose partner lies outside the content counts from the content's edge).
Those quoted characters are what is scored.

Scoring, by character overlap: a predicted quote (each quoted part) is correct when at least
half of its characters are quoted characters of gold contents; a gold quote is found when at
least half of its quoted characters are inside predicted quotes. Speaker accuracy covers found
gold quotes whose source is a name ("Mr. Burman", "Republican nominee Donald Trump", "CNN"; not
"he", "sources", "the Trump campaign"): the predicted part covering most of the gold quote must
have a speaker name that contains the source's surname (its last word), or be resolved to an
actor one of whose aliases does ("the DNC" for the Democratic National Committee); the shown
name alone is printed too.
"""

from __future__ import annotations

import argparse
import csv
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.common import article_from_text, eval_dir, parse
from generator.analysis import Analysis
from generator.layout import blocks
from generator.model import Explainer, Quote, Span
from generator.names import fold
from generator.pipeline import Pipeline

OPENING, CLOSING, STRAIGHT = "“„«", "”»", '"'
_ANNOTATION = re.compile(r"^([TE]\d+)\t(\S+) ?([^\t]*)(?:\t(.*))?$")
_PRONOUNS = frozenset({"he", "she", "they", "it", "i", "we", "you", "who", "which", "that",
                       "one", "this", "these", "those"})
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_OFFICES = frozenset({"secretary", "speaker", "chief", "director", "minister", "chairman",
                      "chairwoman", "head", "president", "member", "governor", "mayor",
                      "leader", "editor", "general", "attorney", "commissioner", "chair"})
_PREPOSITIONS = frozenset({"in", "of", "at", "from", "for", "with", "on", "by", "to", "near",
                           "outside", "inside", "about"})


@dataclass
class GoldQuote:
    content: list[Span]
    quoted: list[Span]
    source: str | None
    surname: str | None


@dataclass
class GoldArticle:
    stem: str
    text: str
    date: str | None
    annotator: str
    direct: list[GoldQuote] = field(default_factory=list)
    reported: list[GoldQuote] = field(default_factory=list)


def quoted_characters(text: str, spans: list[Span]) -> list[Span]:
    """The characters of a gold content that lie between double quotation marks."""
    found: list[Span] = []
    for start, end in spans:
        opened: int | None = None
        seen = False
        i = start - 1
        while i + 1 < end:
            i += 1
            char = text[i]
            # Two apostrophes are one straight mark in the NYT's archive text (`''Now …''`).
            doubled = text.startswith("''", i)
            if char not in OPENING + CLOSING + STRAIGHT and not doubled:
                continue
            before = text[i - 1] if i > 0 else " "
            if char == STRAIGHT or doubled:
                opens = i == start or before.isspace() or before in "([{—–-/"
            else:
                opens = char in OPENING
            mark = i
            i += 1 if doubled else 0
            if opens and opened is None:
                opened = i + 1
            elif opened is not None:
                found.append((opened, mark))
                opened = None
            elif not seen:
                found.append((start, mark))  # its opening mark lies before the content
            seen = True
        if opened is not None:
            found.append((opened, end))
    return [(s, e) for s, e in found if any(c.isalnum() for c in text[s:e])]


def surname(source: str | None) -> str | None:
    """The last word of a source that is a name ("Sen. Bernie Sanders (I-Vt.)" → Sanders)."""
    if not source:
        return None
    head = re.split(r"[,(]| who | which ", source)[0]
    head = re.sub(r"['’]s?\s*$", "", head.strip())
    words = [w for w in head.split() if fold(w) not in _SUFFIXES]
    if len(words) >= 2 and all(not c.isalpha() or c.isupper() for c in head):
        return None  # a sub-heading in capitals taken as the source
    for i, word in enumerate(words):
        # "Stacy Baker of Columbia", "Rep. Tom Cole of Oklahoma": the name ends before the
        # place; "Former Secretary of State Madeleine Albright" is a title and a name.
        if (fold(word) in _PREPOSITIONS and i >= 1 and words[i - 1][:1].isupper()
                and (i == 1 or words[i - 2][:1].isupper())
                and fold(words[i - 1]) not in _OFFICES):
            words = words[:i]
            break
    if not words:
        return None
    last = words[-1].strip(".")
    if not last[:1].isupper() or fold(last) in _PRONOUNS:
        return None
    run = len(words) - 1
    while run > 0 and words[run - 1][:1].isupper():
        run -= 1
    if (run > 1 and fold(words[run - 1]) in _PREPOSITIONS
            and not words[run - 2][:1].isupper()):
        return None  # "a woman in Worcester", "a spokesman for Sen. Ted Cruz": descriptions
    return fold(last)


def _read_ann(path: Path) -> tuple[dict[str, tuple[str, list[Span]]], list[dict[str, str]]]:
    spans: dict[str, tuple[str, list[Span]]] = {}
    relations: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        match = _ANNOTATION.match(line)
        if match is None:
            continue  # notes, and the spill-over of a text field with a line break
        ident, kind, offsets, _ = match.groups()
        if ident.startswith("T"):
            parts = [tuple(int(n) for n in piece.split()) for piece in offsets.split(";")]
            spans[ident] = (kind, [(p[0], p[1]) for p in parts])
        else:
            args = dict(arg.split(":", 1) for arg in f"{kind} {offsets}".split() if ":" in arg)
            relations.append(args)
    return spans, relations


def load(folder: Path) -> list[GoldArticle]:
    """Every article of a PolNeAR split, with its gold direct quotes and reported speech."""
    dates = {}
    with (folder.parent / "metadata.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            dates[row["filename"]] = row["publication_date"]
    annotations: dict[str, list[Path]] = {}
    for path in sorted((folder / "attributions").glob("*.ann")):
        stem = path.stem.rsplit("_", 1)[0]
        annotations.setdefault(stem, []).append(path)
    articles = []
    for stem, paths in sorted(annotations.items()):
        text = (folder / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        chosen = paths[0]
        article = GoldArticle(stem, text, dates.get(stem), chosen.stem.rsplit("_", 1)[1])
        spans, relations = _read_ann(chosen)
        seen: set[str] = set()
        for relation in relations:
            content_id = relation.get("Content")
            if content_id is None or content_id in seen or content_id not in spans:
                continue
            seen.add(content_id)
            content = spans[content_id][1]
            source = relation.get("Source")
            source_text = (" ".join(text[s:e] for s, e in spans[source][1])
                           if source in spans else None)
            quoted = quoted_characters(text, content)
            gold = GoldQuote(content, quoted, source_text, surname(source_text))
            (article.direct if quoted else article.reported).append(gold)
        articles.append(article)
    return articles


def _overlap(a: Span, spans: list[Span]) -> int:
    return sum(max(0, min(a[1], e) - max(a[0], s)) for s, e in spans)


def _length(spans: list[Span]) -> int:
    return sum(e - s for s, e in spans)


@dataclass
class Tally:
    predicted: int = 0
    correct: int = 0
    gold: int = 0
    found: int = 0
    named: int = 0
    named_right: int = 0  # by the speaker's name or one of its actor's aliases
    named_right_name: int = 0  # by the name the page shows alone
    named_total: int = 0

    def add(self, other: Tally) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def prf(self) -> tuple[float, float, float]:
        p = self.correct / self.predicted if self.predicted else 0.0
        r = self.found / self.gold if self.gold else 0.0
        return p, r, 2 * p * r / (p + r) if p + r else 0.0


def score(article: GoldArticle, quotes: list[Quote], kind: str,
          show: list[str] | None = None, aliases: dict[str, list[str]] | None = None) -> Tally:
    """One article's tally for `direct` quotes (scored on quoted characters) or `indirect`.

    `aliases`: every name of each actor, by id; a speaker resolved to an actor shares the
    gold surname when any of them does ("the DNC" is the Democratic National Committee).
    """
    tally = Tally()
    golds = article.direct if kind == "direct" else article.reported
    gold_chars = [s for g in golds for s in (g.quoted if kind == "direct" else g.content)]
    predicted = [q for q in quotes if q.kind == kind]
    text = article.text
    for quote in predicted:
        tally.predicted += 1
        if _overlap(quote.span, gold_chars) * 2 >= quote.span[1] - quote.span[0]:
            tally.correct += 1
        elif show is not None:
            show.append(f"FALSE ALARM {article.stem}: {quote.speaker_name!r} "
                        f"{text[quote.span[0]:quote.span[1]][:160]!r}")
    for gold in golds:
        target = gold.quoted if kind == "direct" else gold.content
        tally.gold += 1
        covered = sum(_overlap(q.span, target) for q in predicted)
        if covered * 2 < _length(target):
            if show is not None:
                show.append(f"MISSED {article.stem}: {gold.source!r} "
                            f"{' | '.join(text[s:e] for s, e in target)[:160]!r}")
            if gold.surname:
                tally.named_total += 1
            continue
        tally.found += 1
        if gold.surname:
            tally.named_total += 1
            tally.named += 1
            best = max(predicted, key=lambda q: _overlap(q.span, target))
            names = [best.speaker_name or "", *(aliases or {}).get(best.speaker or "", [])]
            right = [f" {gold.surname} " in f" {fold(name)} " for name in names]
            tally.named_right_name += right[0]
            if any(right):
                tally.named_right += 1
            elif show is not None:
                show.append(f"SPEAKER {article.stem}: gold {gold.source!r}, got "
                            f"{best.speaker_name!r} for {best.text[:100]!r}")
    return tally


def explain_all(pipeline: Pipeline, articles: list[GoldArticle], cache: bool
                ) -> tuple[list[Explainer], float]:
    """Every article's explainer, and the seconds of the spaCy pass (0 when cached)."""
    items = [article_from_text(a.text, a.stem, a.date) for a in articles]
    layouts = [blocks(a.body) for a in items]
    parsed, seconds = parse(pipeline, items, layouts, "quotes", cache=cache)
    return [pipeline.build(Analysis(a, layout, doc))
            for a, layout, doc in zip(items, layouts, parsed, strict=True)], seconds


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", default="dev", choices=("train", "dev"))
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--show", type=int, default=0, help="print N examples of each error")
    parser.add_argument("--no-cache", action="store_true",
                        help="parse again instead of reading .cache/bench-quotes/")
    args = parser.parse_args(argv)

    articles = load(eval_dir() / "polnear" / args.split)
    if args.limit:
        articles = articles[:args.limit]
    pipeline = Pipeline()
    pipeline.nlp  # noqa: B018 - load the model before the clock starts
    direct, reported = Tally(), Tally()
    examples: list[str] = []
    started = time.perf_counter()
    explainers, spacy_seconds = explain_all(pipeline, articles, cache=not args.no_cache)
    elapsed = time.perf_counter() - started
    for article, explainer in zip(articles, explainers, strict=True):
        aliases = {a.id: [a.name, *a.aliases] for a in explainer.actors}
        direct.add(score(article, explainer.quotes, "direct", examples if args.show else None,
                         aliases))
        reported.add(score(article, explainer.quotes, "indirect"))

    p, r, f = direct.prf()
    spacy = (f"the spaCy pass {spacy_seconds:.1f} s" if spacy_seconds
             else "the spaCy pass read from the cache (time it with --no-cache)")
    print(f"PolNeAR {args.split}: {len(articles)} articles, {elapsed:.1f} s "
          f"({len(articles) / elapsed:.1f} articles/s, whole pipeline; {spacy})")
    print(f"direct quotes: {direct.gold} gold, {direct.predicted} predicted")
    print(f"  precision {p:.3f} ({direct.correct}/{direct.predicted})  recall {r:.3f} "
          f"({direct.found}/{direct.gold})  F1 {f:.3f}")
    accuracy = direct.named_right / direct.named if direct.named else 0.0
    print(f"named-speaker accuracy {accuracy:.3f} ({direct.named_right}/{direct.named} found "
          f"quotes with a named source; {direct.named_right}/{direct.named_total} of all)")
    by_name = direct.named_right_name / direct.named if direct.named else 0.0
    print(f"  by the shown name alone, not the actor's aliases: {by_name:.3f} "
          f"({direct.named_right_name}/{direct.named})")
    p, r, f = reported.prf()
    print(f"reported speech (for information; contents without quote marks): "
          f"precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}")
    if args.show:
        for prefix in ("MISSED", "FALSE ALARM", "SPEAKER"):
            chosen = [e for e in examples if e.startswith(prefix)][:args.show]
            print(f"\n{prefix} ({sum(e.startswith(prefix) for e in examples)}):")
            for line in chosen:
                print(" ", line)


if __name__ == "__main__":
    main()

"""Actors against MEANTIME's gold entities: recall, precision, alias clusters and kinds.

    python3 dev.py bench actors             # the figures in docs/quality.md
    python3 dev.py bench actors --errors    # and every miss, false actor, split and merge
    python3 dev.py bench actors --names-on-polnear a.json   # no gold: every actor's name on
    python3 dev.py bench actors --compare a.json b.json     # 534 PolNeAR articles, to compare
                                                            # two versions of the code by hand

Scores only the annotated part of each article (`annotated_chars`), as its README asks. Gold
named PER/ORG entities are the ones to find; a predicted actor is right when one of its mentions
overlaps a gold PER or ORG mention (of any syntactic type), a type error when it overlaps only
gold of another type (LOC, PRO, FIN, MIX), ignored when it overlaps only mentions the annotators
left unlinked, and false otherwise.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.common import article_from_text, eval_dir
from generator import nlp
from generator.actors import extract_actors
from generator.analysis import Analysis
from generator.groups import extract_groups
from generator.layout import blocks
from generator.model import Actor, Span
from generator.pipeline import Pipeline
from generator.places import extract_places

CORPUS = "meantime-entities"
KINDS = {"PER": "person", "ORG": "organization"}


@dataclass
class Entity:
    name: str
    type: str
    named: bool
    mentions: list[Span]


@dataclass
class GoldDoc:
    doc_id: str
    body: str
    date: str | None
    limit: int  # end of the annotated part, in body offsets
    entities: list[Entity]
    unlinked: list[Span]


@dataclass
class Score:
    gold: int = 0  # named PER/ORG entities in the annotated part
    found: int = 0  # ... overlapped by an actor's mention
    found_kind: int = 0  # ... overlapped by an actor of the right kind
    found_exact: int = 0  # ... with a mention span equal to an actor's
    actors: int = 0  # actors with a mention in the annotated part
    correct: int = 0
    type_errors: int = 0
    product_errors: int = 0  # ... of them, actors that overlap only products (PRO)
    false: int = 0
    ignored: int = 0
    kind_right: int = 0  # correct actors whose kind is their gold entity's type
    matched: int = 0  # actor mentions matched to a gold PER/ORG mention
    exact: int = 0  # ... whose span equals that gold mention
    pure: int = 0  # matched mentions of an actor's majority entity
    inverse_pure: int = 0  # matched mentions of an entity's majority actor
    split: int = 0  # named entities whose mentions went to several actors
    merged: int = 0  # actors holding mentions of several gold entities
    errors: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in self.__dataclass_fields__:
            if name != "errors":
                setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors += other.errors


def paragraphs(text: str) -> tuple[str, callable]:
    """MEANTIME's one-sentence-a-line text as paragraphs, and the offset map into it.

    The product reads blank-line paragraphs; a single newline would glue the headline, the date
    line and the first sentence into one sentence for the parser.
    """
    body = text.replace("\n", "\n\n")
    starts = [i for i, char in enumerate(text) if char == "\n"]

    def shift(offset: int) -> int:
        return offset + sum(1 for i in starts if i < offset)

    return body, shift


def load(path: Path) -> GoldDoc:
    data = json.loads(path.read_text(encoding="utf-8"))
    body, shift = paragraphs(data["text"])

    def span(start: int, end: int) -> Span:
        return shift(start), shift(end)

    entities = [Entity(e["name"], e["type"], bool(e["named"]),
                       [span(m[0], m[1]) for m in e["mentions"]]) for e in data["entities"]]
    unlinked = [span(m[0], m[1]) for m in data.get("unlinked_mentions", [])]
    return GoldDoc(data["doc_id"], body, data.get("date"), shift(data["annotated_chars"]),
                   entities, unlinked)


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _iou(a: Span, b: Span) -> float:
    inter = _overlap(a, b)
    return inter / (max(a[1], b[1]) - min(a[0], b[0])) if inter else 0.0


def score(doc: GoldDoc, actors: list[Actor]) -> Score:
    """One article's counts; `errors` says what went wrong, in words."""
    s = Score()
    body, limit = doc.body, doc.limit

    def show(span: Span) -> str:
        return repr(body[span[0]:span[1]])

    gold = [(m, i) for i, e in enumerate(doc.entities) for m in e.mentions if m[1] <= limit]
    people_orgs = [(m, i) for m, i in gold if doc.entities[i].type in KINDS]
    predicted = [(a, [m for m in a.mentions if m[1] <= limit]) for a in actors]
    predicted = [(a, ms) for a, ms in predicted if ms]

    # Each actor mention goes to the gold mention it covers best ("iPhone" to the product's
    # "the iPhone", not to Apple's "the manufacturer of the iPhone"), kept if PER or ORG.
    best: dict[tuple[int, Span], int] = {}
    for n, (_, mentions) in enumerate(predicted):
        for m in mentions:
            scored = [(_iou(m, g), -(g[1] - g[0]), i) for g, i in gold if _overlap(m, g)]
            if scored and doc.entities[max(scored)[2]].type in KINDS:
                best[(n, m)] = max(scored)[2]
                s.matched += 1
                s.exact += any(g == m for g, _ in people_orgs)

    wanted = sorted({i for m, i in people_orgs if doc.entities[i].named})
    for i in wanted:
        entity = doc.entities[i]
        spans = [m for m in entity.mentions if m[1] <= limit]
        hits = [(a, m) for a, ms in predicted for m in ms if any(_overlap(m, g) for g in spans)]
        s.gold += 1
        if hits:
            s.found += 1
            s.found_kind += any(a.kind == KINDS[entity.type] for a, _ in hits)
            s.found_exact += any(m in spans for _, m in hits)
            if not any(a.kind == KINDS[entity.type] for a, _ in hits):
                s.errors.append(f"kind   {entity.type} {entity.name!r} found only as "
                                f"{sorted({a.kind for a, _ in hits})}")
        else:
            s.errors.append(f"missed {entity.type} {entity.name!r}: "
                            + ", ".join(show(m) for m in spans))
        holders = {n for (n, _), e in best.items() if e == i}
        if len(holders) > 1:
            s.split += 1
            s.errors.append(f"split  {entity.type} {entity.name!r} over "
                            + ", ".join(repr(predicted[n][0].name) for n in sorted(holders)))

    for n, (actor, mentions) in enumerate(predicted):
        s.actors += 1
        entities = Counter(best[(n, m)] for m in mentions if (n, m) in best)
        overlapped = Counter(i for m in mentions for g, i in people_orgs if _overlap(m, g))
        if overlapped:
            s.correct += 1
            top = doc.entities[(entities or overlapped).most_common(1)[0][0]]
            s.pure += entities.most_common(1)[0][1] if entities else 0
            if KINDS[top.type] == actor.kind:
                s.kind_right += 1
            else:
                s.errors.append(f"kind   {actor.name!r} is {actor.kind}, gold {top.type}")
            if len(entities) > 1:
                s.merged += 1
                s.errors.append(f"merged {actor.name!r}: " + ", ".join(
                    repr(doc.entities[i].name) for i in entities))
        elif any(_overlap(m, g) for m in mentions for g, _ in gold):
            s.type_errors += 1
            types = {doc.entities[i].type for g, i in gold for m in mentions if _overlap(m, g)}
            s.product_errors += types == {"PRO"}
            s.errors.append(f"type   {actor.name!r} ({actor.kind}) is gold {sorted(types)}")
        elif any(_overlap(m, g) for m in mentions for g in doc.unlinked):
            s.ignored += 1
        else:
            s.false += 1
            s.errors.append(f"false  {actor.name!r} ({actor.kind}): "
                            + ", ".join(show(m) for m in mentions))

    by_entity: dict[int, Counter[int]] = {}
    for (n, _), i in best.items():
        by_entity.setdefault(i, Counter())[n] += 1
    s.inverse_pure = sum(c.most_common(1)[0][1] for c in by_entity.values())
    return s


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f} ({a}/{b})" if b else "n/a"


def report(total: Score, docs: int, timings: dict[str, float]) -> str:
    t = total
    judged = t.correct + t.type_errors + t.false
    lines = [
        f"MEANTIME entities, annotated part: {docs} articles, {t.gold} named PER/ORG entities, "
        f"{t.actors} actors",
        f"recall (overlap)              {_ratio(t.found, t.gold)}",
        f"recall (overlap, right kind)  {_ratio(t.found_kind, t.gold)}",
        f"recall (exact span)           {_ratio(t.found_exact, t.gold)}",
        f"precision                     {_ratio(t.correct, judged)}"
        f"  [type errors {t.type_errors}, false {t.false}, ignored (unlinked) {t.ignored}]",
        f"precision, products aside     {_ratio(t.correct, judged - t.product_errors)}"
        f"  [{t.product_errors} actors that are only gold products (PRO) left out]",
        f"kind accuracy                 {_ratio(t.kind_right, t.correct)}",
        f"split entities                {_ratio(t.split, t.gold)}",
        f"merged actors                 {_ratio(t.merged, t.correct)}",
        f"cluster purity                {_ratio(t.pure, t.matched)}",
        f"inverse purity                {_ratio(t.inverse_pure, t.matched)}",
        f"exact mention spans           {_ratio(t.exact, t.matched)}",
        "time per article: " + ", ".join(f"{name} {1000 * seconds / docs:.0f} ms"
                                         for name, seconds in timings.items()),
    ]
    return "\n".join(lines)


def names_on_polnear(path: Path) -> None:
    """Every actor's name in the first 450 PolNeAR `train` articles and all of `dev`, as JSON:
    text the MEANTIME rules were not written from, for reading what a change adds or drops."""
    from benchmarks.quotes import explain_all
    from benchmarks.quotes import load as load_polnear

    pipeline = Pipeline()
    names: dict[str, list[str]] = {}
    for split, limit in (("train", 450), ("dev", None)):
        articles = load_polnear(eval_dir() / "polnear" / split)[:limit]
        explainers, _ = explain_all(pipeline, articles, cache=True)
        for article, explainer in zip(articles, explainers, strict=True):
            names[article.stem] = sorted(a.name for a in explainer.actors)
    path.write_text(json.dumps(names, indent=1), encoding="utf-8")
    print(f"{sum(map(len, names.values()))} actors in {len(names)} articles -> {path}")


def compare(before: Path, after: Path) -> None:
    """The actor names one run of `names_on_polnear` has and the other has not."""
    old, new = (json.loads(p.read_text(encoding="utf-8")) for p in (before, after))
    for title, a, b in (("removed", old, new), ("added", new, old)):
        changes = [(stem, name) for stem in a
                   for name in sorted(set(a[stem]) - set(b.get(stem, [])))]
        print(f"{title}: {len(changes)}")
        print("\n".join(f"  {stem}: {name}" for stem, name in changes))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list every error by article")
    parser.add_argument("--names-on-polnear", type=Path, metavar="OUT",
                        help="write every actor's name on 534 PolNeAR articles, and stop")
    parser.add_argument("--compare", type=Path, nargs=2, metavar=("BEFORE", "AFTER"),
                        help="the names two --names-on-polnear files differ by, and stop")
    args = parser.parse_args(argv)
    if args.names_on_polnear:
        return names_on_polnear(args.names_on_polnear)
    if args.compare:
        return compare(*args.compare)
    docs = [load(p) for p in sorted((eval_dir() / CORPUS).glob("*.json"))]
    pipeline = Pipeline()
    pipeline.nlp, pipeline.gazetteer  # noqa: B018 - load before timing
    articles = [article_from_text(d.body, d.doc_id, d.date) for d in docs]
    layouts = [blocks(a.body) for a in articles]
    timings = {"spaCy": 0.0, "every extractor": 0.0, "actors and groups": 0.0}
    started = time.perf_counter()
    docs_out = list(nlp.analyse_many(pipeline.nlp, [(a.body, lay) for a, lay in
                                                   zip(articles, layouts, strict=True)]))
    timings["spaCy"] = time.perf_counter() - started
    total = Score()
    for doc, article, layout, spacy_doc in zip(docs, articles, layouts, docs_out, strict=True):
        analysis = Analysis(article, layout, spacy_doc)
        # The actor steps alone first (their name caches still cold), then the whole build.
        places = extract_places(analysis, pipeline.gazetteer)
        started = time.perf_counter()
        extract_groups(analysis, extract_actors(analysis, places))
        timings["actors and groups"] += time.perf_counter() - started
        started = time.perf_counter()
        result = pipeline.build(analysis)
        timings["every extractor"] += time.perf_counter() - started
        one = score(doc, result.actors)
        if args.errors and one.errors:
            print(f"## {doc.doc_id}")
            print("\n".join(f"  {e}" for e in one.errors))
        total.add(one)
    print(report(total, len(docs), timings))


if __name__ == "__main__":
    main()

"""Places on GeoWebNews: toponym recall and precision (span overlap), accuracy within 161 km.

    python3 dev.py bench places [--limit N] [--errors]

Gold toponyms are the annotations that carry coordinates (every toponym type of Gritta et al.,
including metonyms and modifiers). The product does not count adjectives ("Irish", "Syrian")
as places, but keeps those of a country the article names as references to it
(`Place.references`); they are scored like mentions. The figures are also given without the
adjectival modifiers.
"""

from __future__ import annotations

import argparse
import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass

from benchmarks.common import article_from_text, eval_dir
from generator import nlp
from generator.analysis import Analysis
from generator.gazetteer import MIN_CITY_POPULATION, Gazetteer, distance_km
from generator.layout import blocks
from generator.places import extract_places
from generator.world import load_countries, numeric_code

KM = 161.0


@dataclass
class Gold:
    text: str
    span: tuple[int, int]
    type: str
    modifier: str
    lat: float
    lon: float


def read_corpus() -> list[tuple[str, list[Gold]]]:
    root = ET.parse(eval_dir() / "geo" / "GeoWebNews.xml").getroot()
    articles = []
    for article in root.iter("article"):
        text = article.findtext("text") or ""
        gold = []
        for toponym in article.iter("toponym"):
            lat, lon = toponym.findtext("latitude"), toponym.findtext("longitude")
            if not lat or not lon:
                continue
            gold.append(Gold(toponym.findtext("extractedName") or "",
                             (int(toponym.findtext("start")), int(toponym.findtext("end"))),
                             toponym.findtext("type") or "", toponym.findtext("modifierType") or "",
                             float(lat), float(lon)))
        articles.append((text, gold))
    return articles


def within_country(alpha2: str | None, lat: float, lon: float) -> bool:
    """Whether a point lies inside the atlas outline of a country."""
    numeric = numeric_code(alpha2)
    return any(c.numeric == numeric and c.contains(lat, lon) for c in load_countries())


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


@dataclass
class Score:
    gold: int = 0
    recognised: int = 0
    correct: int = 0

    def line(self, name: str) -> str:
        recall = self.recognised / self.gold if self.gold else 0.0
        on_all = self.correct / self.gold if self.gold else 0.0
        on_found = self.correct / self.recognised if self.recognised else 0.0
        return (f"{name:<34} gold {self.gold:5d}  recall {recall:.3f} ({self.recognised})  "
                f"acc@161 all {on_all:.3f}  acc@161 recognised {on_found:.3f} ({self.correct})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--errors", action="store_true", help="print the geocoding misses")
    parser.add_argument("--min-population", type=int, default=MIN_CITY_POPULATION,
                        help="smallest city in the gazetteer: 500, 1000, 5000 or 15000")
    args = parser.parse_args()

    corpus = read_corpus()
    if args.limit:
        corpus = corpus[:args.limit]
    started = time.perf_counter()
    model = nlp.load()
    model_seconds = time.perf_counter() - started
    started = time.perf_counter()
    Gazetteer.build(args.min_population)
    build_seconds = time.perf_counter() - started
    Gazetteer.load(args.min_population)  # writes the index if there is none yet
    started = time.perf_counter()
    gazetteer = Gazetteer.load(args.min_population)
    gazetteer_seconds = time.perf_counter() - started

    scores = {"all gold toponyms": Score(), "without adjectival modifiers": Score()}
    by_type: dict[str, Score] = {}
    predicted = true_predicted = 0
    spacy_seconds = places_seconds = 0.0
    misses: Counter[str] = Counter()
    unfound: Counter[str] = Counter()
    spurious: Counter[str] = Counter()
    for n, (text, gold) in enumerate(corpus):
        article = article_from_text(text, f"geowebnews-{n}", None)
        layout = blocks(text)
        started = time.perf_counter()
        doc = nlp.analyse(model, text, layout)
        spacy_seconds += time.perf_counter() - started
        started = time.perf_counter()
        places = extract_places(Analysis(article, layout, doc), gazetteer)
        places_seconds += time.perf_counter() - started
        mentions = [(span, place) for place in places
                    for span in place.mentions + place.references]
        predicted += len(mentions)
        for span, place in mentions:
            if any(_overlap(span, g.span) for g in gold):
                true_predicted += 1
            elif args.errors:
                spurious[f"{text[span[0]:span[1]]} ({place.kind})"] += 1
        for g in gold:
            hits = [(_overlap(span, g.span), place) for span, place in mentions
                    if _overlap(span, g.span)]
            place = max(hits, key=lambda h: h[0])[1] if hits else None
            good = (place is not None and place.lat is not None and place.lon is not None
                    and distance_km(place.lat, place.lon, g.lat, g.lon) <= KM)
            if place is None and args.errors:
                unfound[f"{g.text} ({g.type}{'/' + g.modifier if g.modifier else ''})"] += 1
            if place is not None and not good and args.errors:
                misses[f"{g.text} → {place.name} ({place.kind}, {place.country})"] += 1
            kinds = ["all gold toponyms", f"type {g.type}{'/' + g.modifier if g.modifier else ''}"]
            if place is not None:
                kinds.append("point from the gazetteer" if place.gazetteer_id else
                             "point borrowed (located_in)" if place.located_in else "no point")
                if place.lat is not None:
                    kinds.append("recognised with a point")
                if place.gazetteer_id and place.kind != "country":
                    kinds.append("point from the gazetteer, not a country")
                if place.kind == "country":
                    inside = within_country(place.country, g.lat, g.lon)
                    kinds.append("countries, gold point inside the outline"
                                 if inside else "countries, gold point outside the outline")
            if g.modifier != "Adjective":
                kinds.append("without adjectival modifiers")
            for kind in kinds:
                score = scores.get(kind) or by_type.setdefault(kind, Score())
                score.gold += 1
                score.recognised += place is not None
                score.correct += good

    print(f"GeoWebNews: {len(corpus)} articles; spaCy load {model_seconds:.2f} s, gazetteer "
          f"build {build_seconds:.2f} s, load from its index {gazetteer_seconds:.2f} s "
          f"({len(gazetteer.entries)} entries); spaCy pass "
          f"{spacy_seconds:.1f} s, places {places_seconds:.2f} s "
          f"({1000 * places_seconds / max(1, len(corpus)):.1f} ms an article)")
    print(f"precision {true_predicted / max(1, predicted):.3f} "
          f"({true_predicted} of {predicted} predicted mentions overlap a gold toponym)")
    for name, score in scores.items():
        print(score.line(name))
    for name in sorted(by_type, key=lambda k: -by_type[k].gold):
        print("  " + by_type[name].line(name))
    for title, errors in (("geocoded wrong", misses), ("not recognised", unfound),
                          ("not a gold toponym", spurious)):
        if errors:
            print(f"{title}: {sum(errors.values())}")
        for error, count in errors.most_common(60):
            print(f"  {count:3d}  {error}")


if __name__ == "__main__":
    main()

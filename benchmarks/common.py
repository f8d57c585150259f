"""What every benchmark needs: where the evaluation corpora are, and articles from raw text."""

from __future__ import annotations

import hashlib
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from generator.ids import slugify
from generator.model import Article, Block
from generator.nlp import analyse_many, model_id

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from generator.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent


def eval_dir() -> Path:
    """`../shared/eval` beside the checkout, or `$EXPLAINER_EVAL_DIR`; exits when absent."""
    folder = Path(os.environ.get("EXPLAINER_EVAL_DIR", ROOT.parent / "shared" / "eval"))
    if not folder.is_dir():
        sys.exit(f"evaluation corpora not found at {folder} (set EXPLAINER_EVAL_DIR)")
    return folder


def article_from_text(text: str, name: str, date: str | None) -> Article:
    """An article whose body is exactly `text`, so gold offsets index it unchanged."""
    return Article(slug=slugify(name), title=name, body=text, path=name, date=date,
                   date_source="front-matter" if date else "file")


def parse(pipeline: Pipeline, articles: list[Article], layouts: list[list[Block]], name: str,
          cache: bool = True) -> tuple[list[Doc], float]:
    """The spaCy pass over every article, and its seconds (0 when read from the cache).

    The parses are kept in `.cache/bench-<name>/`, keyed by the model, the code that prepares
    and tokenises the texts, and the texts, so that rerunning a benchmark after a change to an
    extractor does not parse the corpus again.
    """
    from spacy.tokens import DocBin

    digest = hashlib.sha256(model_id(pipeline.model).encode())
    for module in ("nlp.py", "layout.py"):
        digest.update((ROOT / "generator" / module).read_bytes())
    for article in articles:
        digest.update(article.body.encode())
    path = ROOT / ".cache" / f"bench-{name}" / f"{digest.hexdigest()[:16]}.spacy"
    if cache and path.exists():
        return list(DocBin().from_disk(path).get_docs(pipeline.nlp.vocab)), 0.0
    started = time.perf_counter()
    items = ((a.body, layout) for a, layout in zip(articles, layouts, strict=True))
    parsed = list(analyse_many(pipeline.nlp, items))
    seconds = time.perf_counter() - started
    path.parent.mkdir(parents=True, exist_ok=True)
    DocBin(store_user_data=True, docs=parsed).to_disk(path)
    return parsed, seconds

"""A folder of articles: find, read, give unique slugs, and extract each through the cache."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from . import corrections
from .cache import Cache, cache_key
from .errors import ArticleError
from .ids import unique
from .model import Article, Explainer
from .parallel import explain_parallel
from .pipeline import Pipeline
from .reader import is_article, read_article


@dataclass
class Collection:
    explainers: list[Explainer] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # articles left out: "path: reason"
    warnings: list[str] = field(default_factory=list)  # articles built despite: "path: reason"
    analysed: int = 0  # how many needed spaCy (cache misses)


def find_articles(folder: Path) -> list[Path]:
    """Article files under `folder`, in a stable order; hidden files and folders are skipped."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.rglob("*"):
        relative = path.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if is_article(path) and path.is_file():
            found.append(path)
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix())


def read_all(paths: list[Path], folder: Path, *, date: dt.date | None = None,
             collection: Collection) -> list[Article]:
    """Read every file; unreadable ones become problems. Slugs are made unique in path order."""
    articles = []
    used: set[str] = set()
    for path in paths:
        name = path.relative_to(folder).as_posix() if path.is_relative_to(folder) else str(path)
        try:
            result = read_article(path, date=date, name=name)
        except ArticleError as error:
            collection.problems.append(str(error))
            continue
        collection.warnings.extend(result.warnings)
        article = result.article
        article.slug = unique(article.slug, used)
        articles.append(article)
    return articles


Progress = Callable[[int, int], None]


def explain_all(articles: list[Article], pipeline: Pipeline, cache: Cache,
                collection: Collection, *, processes: int = 1,
                progress: Progress | None = None) -> None:
    """Explainers for every article, in order: from the cache, or analysed over `processes`
    cores (0: all). `progress(done, total)` hears of each article analysed."""
    results: dict[int, Explainer] = {}
    missing: list[tuple[int, str, Article]] = []
    for index, article in enumerate(articles):
        if len(article.body) > pipeline.max_chars:
            collection.warnings.append(
                f"{article.path}: {len(article.body):,} characters; only the first "
                f"{pipeline.max_chars:,} are analysed")
        key = cache_key(article, pipeline.id)
        cached = cache.get(key, article)
        if cached is not None:
            results[index] = cached
        else:
            missing.append((index, key, article))
    if missing:
        fresh = explain_parallel(pipeline, [a for _, _, a in missing], processes)
        for done, ((index, key, _), result) in enumerate(zip(missing, fresh, strict=True), 1):
            if progress:
                progress(done, len(missing))
            if isinstance(result, ArticleError):
                collection.problems.append(str(result))
                continue
            cache.put(key, result)
            results[index] = result
    collection.analysed += len(missing)
    for index in sorted(results):
        # Corrections apply after the cache, which keeps the machine's own result.
        collection.warnings.extend(corrections.apply(results[index]))
        collection.explainers.append(results[index])


def collect(folder: Path, pipeline: Pipeline, cache: Cache, *, date: dt.date | None = None,
            processes: int = 1, progress: Progress | None = None) -> Collection:
    collection = Collection()
    articles = read_all(find_articles(folder), folder, date=date, collection=collection)
    explain_all(articles, pipeline, cache, collection, processes=processes, progress=progress)
    return collection

"""The extraction pipeline: layout → one spaCy pass → extractors → the `Explainer` model."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__, nlp
from .actors import extract_actors, rank_actors
from .analysis import Analysis
from .cache import files_digest
from .errors import ArticleError
from .gazetteer import Gazetteer
from .groups import extract_groups
from .layout import analysed_part, blocks
from .model import Article, Block, Explainer
from .places import extract_places
from .quotes import extract_quotes
from .summary import lead
from .temporal import extract_times
from .timeline import build_timeline

if TYPE_CHECKING:
    from spacy.language import Language


def _source_digest() -> str:
    """A digest of the package's own code, so that any change to it invalidates cached results."""
    return files_digest(Path(__file__).parent, "*.py")


# Beyond this, an article is analysed only up to the last block that fits: spaCy needs about a
# gigabyte for this much text (measured), and no news story is half as long.
MAX_CHARS = 250_000


class Pipeline:
    """Holds the spaCy model and the gazetteer, each loaded once, on first use."""

    def __init__(self, model: str = nlp.AUTO, max_chars: int = MAX_CHARS,
                 index_dir: Path | None = None) -> None:
        self.model = model
        self.max_chars = max_chars
        # Where the gazetteer keeps its index; None: the user's cache folder.
        self.index_dir = index_dir

    @cached_property
    def id(self) -> str:
        """What produced a result: package version, code digest and model; part of cache keys."""
        return (f"{__version__}+{_source_digest()}/{nlp.model_id(self.model)}"
                f"/max{self.max_chars}")

    @cached_property
    def nlp(self) -> Language:
        return nlp.load(self.model)

    @cached_property
    def gazetteer(self) -> Gazetteer:
        return Gazetteer.load(cache_dir=self.index_dir)

    def explain(self, article: Article) -> Explainer:
        result = next(self.explain_many([article]))
        if isinstance(result, ArticleError):
            raise result
        return result

    def explain_many(self, articles: Iterable[Article], **pipe_options: object
                     ) -> Iterator[Explainer | ArticleError]:
        """Explainers in input order; spaCy batches the analysis (`n_process` and all).

        An article whose extraction fails yields an `ArticleError` in its place, so that one
        bad article never stops the others.
        """
        pending: deque[tuple[Article, list[Block], list[Block]]] = deque()

        def items() -> Iterator[tuple[str, list[Block]]]:
            for article in articles:
                layout = blocks(article.body)
                analysed = analysed_part(layout, article.body, self.max_chars) \
                    if len(article.body) > self.max_chars else layout
                pending.append((article, layout, analysed))
                yield article.body[:analysed[-1].span[1] if analysed else 0], analysed

        for doc in nlp.analyse_many(self.nlp, items(), **pipe_options):
            article, layout, analysed = pending.popleft()
            try:
                yield self.build(Analysis(article, analysed, doc), layout)
            except Exception as error:
                yield ArticleError(article.path, f"extraction failed: {type(error).__name__}: "
                                                 f"{error}")

    def build(self, analysis: Analysis, layout: list[Block] | None = None) -> Explainer:
        """Run every extractor over one analysed article (`layout`: all of its blocks, when
        only a part was analysed)."""
        places = extract_places(analysis, self.gazetteer)
        actors = extract_actors(analysis, places)
        quotes = extract_quotes(analysis, actors)
        actors = rank_actors(actors, quotes, analysis)
        groups = extract_groups(analysis, actors)
        times = extract_times(analysis)
        summary = lead(analysis)
        body = analysis.body
        return Explainer(
            article=analysis.article,
            blocks=layout or analysis.blocks,
            sentences=analysis.sentences,
            summary=[" ".join(body[s:e].split()) for s, e in summary],
            summary_spans=summary,
            actors=actors,
            groups=groups,
            quotes=quotes,
            places=places,
            times=times,
            timeline=build_timeline(analysis, times),
            pipeline=self.id,
        )


"""Cold extraction over all cores: worker processes that each hold one loaded `Pipeline`."""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from .errors import ArticleError
from .model import Article, Explainer
from .pipeline import Pipeline

# Below this many articles per process, starting workers costs more than it saves.
MIN_PER_PROCESS = 8
CHUNK = 4  # articles per task: small enough to balance, large enough for spaCy to batch

# The pipeline of a worker process, set once by its initializer; never used in the parent.
_worker: Pipeline | None = None


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _start(model: str, max_chars: int, index_dir: Path | None) -> None:
    global _worker
    _worker = Pipeline(model, max_chars, index_dir)


def _adopt(pipeline: Pipeline) -> None:
    global _worker
    _worker = pipeline


def _can_fork() -> bool:
    """Forking is safe on Linux while this process runs no other thread (`mkdocs serve` does)."""
    return sys.platform == "linux" and threading.active_count() == 1


def _explain(chunk: list[Article]) -> list[Explainer | ArticleError]:
    assert _worker is not None
    return list(_worker.explain_many(chunk))


def explain_parallel(pipeline: Pipeline, articles: Sequence[Article], processes: int = 0
                     ) -> Iterator[Explainer | ArticleError]:
    """`pipeline.explain_many` spread over `processes` workers (0: every core), in order."""
    processes = processes or available_cores()
    if processes <= 1 or len(articles) < MIN_PER_PROCESS * processes:
        yield from pipeline.explain_many(articles)
        return
    chunks = [list(articles[i:i + CHUNK]) for i in range(0, len(articles), CHUNK)]
    if _can_fork():
        # Loaded once, here: the workers share the model and the gazetteer copy-on-write,
        # which saves each one a few seconds and some 300 MB.
        _ = (pipeline.nlp, pipeline.gazetteer)
        context = multiprocessing.get_context("fork")
        initializer, initargs = _adopt, (pipeline,)
    else:
        context = multiprocessing.get_context("spawn")
        initializer, initargs = _start, (pipeline.model, pipeline.max_chars, pipeline.index_dir)
    with ProcessPoolExecutor(processes, mp_context=context, initializer=initializer,
                             initargs=initargs) as pool:
        for results in pool.map(_explain, chunks):
            yield from results

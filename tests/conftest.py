"""Shared fixtures: the sample article, one pipeline for the whole session, the eval corpora."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.analysis import Analysis
from generator.layout import blocks
from generator.model import Article, Explainer
from generator.nlp import analyse
from generator.pipeline import Pipeline
from generator.reader import read_article

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "content" / "reuters-kunduz-2015-09-28.txt"
SHARED_EVAL = Path(os.environ.get("EXPLAINER_EVAL_DIR", ROOT.parent / "shared" / "eval"))


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="session")
def sample_article() -> Article:
    return read_article(SAMPLE, name="reuters-kunduz-2015-09-28.txt").article


@pytest.fixture(scope="session")
def sample(pipeline: Pipeline, sample_article: Article) -> Explainer:
    return pipeline.explain(sample_article)


@pytest.fixture(scope="session")
def analyse_text(pipeline: Pipeline):
    """An `Analysis` of a snippet, for extractor unit tests."""

    def make(body: str, date: str = "2015-09-28") -> Analysis:
        article = Article(slug="t", title="t", body=body, path="t.txt", date=date)
        layout = blocks(body)
        return Analysis(article, layout, analyse(pipeline.nlp, body, layout))

    return make


@pytest.fixture(scope="session")
def shared_eval() -> Path:
    if not SHARED_EVAL.is_dir():
        pytest.skip("../shared/eval is not available")
    return SHARED_EVAL


def text_at(body: str, span) -> str:
    return body[span[0]:span[1]]

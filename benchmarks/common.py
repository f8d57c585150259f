"""What every benchmark needs: where the evaluation corpora are, and articles from raw text."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from generator.ids import slugify
from generator.model import Article

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

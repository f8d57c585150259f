"""The `explainer` command: analyse an article and print its JSON or its page's Markdown."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence

from .cache import Cache
from .collection import Collection, explain_all
from .errors import ArticleError
from .nlp import AUTO, ModelNotFound
from .pipeline import Pipeline
from .reader import read_article
from .render import render_article


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {value!r}") from None


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(prog="explainer", description=__doc__)
    commands = main.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="analyse one article file")
    extract.add_argument("path", help="a .md or .txt article")
    extract.add_argument("--date", type=_date, help="publication date, overriding the file's")
    extract.add_argument("--format", choices=("json", "markdown"), default="json")
    extract.add_argument("--model", default=AUTO, help="spaCy model package (default: auto)")
    extract.add_argument("--cache-dir", help="reuse and store results in this folder")
    return main


def extract(args: argparse.Namespace) -> int:
    result = read_article(args.path, date=args.date)
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    collection = Collection()
    explain_all([result.article], Pipeline(args.model), Cache(args.cache_dir), collection)
    for warning in collection.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if collection.problems:
        print(f"error: {collection.problems[0]}", file=sys.stderr)
        return 1
    explainer = collection.explainers[0]
    if args.format == "markdown":
        sys.stdout.write(render_article(explainer))
    else:
        json.dump(explainer.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return extract(args)
    except (ArticleError, ModelNotFound) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `explainer extract … | head` is fine
        sys.stderr.close()
        return 0

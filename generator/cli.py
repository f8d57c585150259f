"""The `explainer` command: analyse an article or a folder and print the JSON or the Markdown."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path

from .archive import newest_first
from .cache import Cache
from .collection import Collection, collect, explain_all
from .errors import ArticleError
from .exports import corpus_json
from .model import to_json
from .nlp import AUTO, ModelNotFound
from .pipeline import Pipeline
from .progress import Progress
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
    extract = commands.add_parser(
        "extract", help="analyse an article file, or every article in a folder")
    extract.add_argument("path", help="a .md or .txt article, or a folder of them")
    extract.add_argument("--date", type=_date, help="publication date, overriding the file's")
    extract.add_argument("--format", choices=("json", "markdown"), default="json",
                         help="json (a folder gives the explainer-corpus/1 JSON) or markdown")
    extract.add_argument("--model", default=AUTO, help="spaCy model package (default: auto)")
    extract.add_argument("--cache-dir", help="reuse and store results in this folder")
    extract.add_argument("--processes", type=int, default=0,
                         help="worker processes for a folder (default: one per core)")
    return main


def _stderr_line(line: str) -> None:
    print(line, file=sys.stderr)


def _warn(messages: Sequence[str], level: str = "warning") -> None:
    for message in messages:
        print(f"{level}: {message}", file=sys.stderr)


def extract(args: argparse.Namespace) -> int:
    path = Path(args.path)
    index_dir = Path(args.cache_dir) if args.cache_dir else None
    pipeline, cache = Pipeline(args.model, index_dir=index_dir), Cache(args.cache_dir)
    if path.is_dir():
        if args.format == "markdown":
            print("error: --format markdown takes one article, not a folder", file=sys.stderr)
            return 2
        live = sys.stderr.isatty()
        progress = Progress(sys.stderr.write if live else _stderr_line, live=live)
        collection = collect(path, pipeline, cache, date=args.date, processes=args.processes,
                             progress=progress)
        _warn(collection.warnings)
        _warn([f"skipped {p}" for p in collection.problems])
        sys.stdout.write(corpus_json(newest_first(collection.explainers)) + "\n")
        return 0
    result = read_article(path, date=args.date)
    collection = Collection(warnings=result.warnings)
    explain_all([result.article], pipeline, cache, collection)
    _warn(collection.warnings)
    if collection.problems:
        _warn(collection.problems[:1], "error")
        return 1
    explainer = collection.explainers[0]
    if args.format == "markdown":
        sys.stdout.write(render_article(explainer))
    else:
        sys.stdout.write(to_json(explainer, indent=2))
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

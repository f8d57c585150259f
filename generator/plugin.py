"""The MkDocs adapter: article files in, generated explainer pages and a home page out."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Literal

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel

from .cache import Cache
from .collection import collect
from .nlp import AUTO
from .pipeline import Pipeline
from .reader import is_article
from .render import page_path, render_article, render_index

log = logging.getLogger("mkdocs.plugins.explainer")


class ExplainerConfig(base.Config):
    content_dir = c.Optional(c.Type(str))
    """Folder of articles; defaults to `docs_dir`, which `mkdocs serve` already watches."""
    model = c.Type(str, default=AUTO)
    """spaCy package; `auto` prefers `en_core_web_sm`, then its PyPI re-upload."""
    cache_dir = c.Optional(c.Type(str))
    """Where extraction results are kept; defaults to `.cache/explainer` beside mkdocs.yml."""
    cache = c.Type(bool, default=True)
    home = c.Type(bool, default=True)
    """Generate the home page unless the site has its own `index.md`."""


class ExplainerPlugin(BasePlugin[ExplainerConfig]):
    command = "build"
    pipeline: Pipeline | None = None

    # `on_startup` keeps one plugin instance across `mkdocs serve` rebuilds, so the spaCy
    # pipeline loads once per session rather than once per change.
    def on_startup(self, *, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
        self.command = command

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        root = Path(config.config_file_path or ".").resolve().parent
        self.content_dir = (root / self.config.content_dir).resolve() if self.config.content_dir \
            else Path(config.docs_dir).resolve()
        cache_dir = root / (self.config.cache_dir or ".cache/explainer")
        self.cache = Cache(cache_dir if self.config.cache else None)
        if self.pipeline is None or self.pipeline.model != self.config.model:
            self.pipeline = Pipeline(self.config.model)
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        for file in list(files):
            if file.abs_src_path and is_article(file.src_path) and Path(
                    file.abs_src_path).resolve().is_relative_to(self.content_dir):
                files.remove(file)
        collection = collect(self.content_dir, self.pipeline, self.cache)
        for message in collection.problems:
            log.warning(f"Skipped {message}")
        for message in collection.warnings:
            log.warning(message)
        if collection.analysed:
            log.info(f"explainer: analysed {collection.analysed} of "
                     f"{len(collection.explainers)} articles, the rest from the cache")
        for explainer in collection.explainers:
            files.append(File.generated(config, page_path(explainer.article.slug),
                                        content=render_article(explainer),
                                        inclusion=InclusionLevel.NOT_IN_NAV))
        if self.config.home and files.get_file_from_path("index.md") is None:
            # Problems on the home page help an editor under `serve`; readers never see them.
            problems = collection.problems if self.command == "serve" else ()
            files.append(File.generated(config, "index.md", content=render_index(
                collection.explainers, config.site_name, problems)))
        return files

    def on_serve(self, server, /, *, config: MkDocsConfig, builder):
        if not self.content_dir.is_relative_to(Path(config.docs_dir).resolve()):
            server.watch(str(self.content_dir))
        return server

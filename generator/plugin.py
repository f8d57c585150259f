"""The MkDocs adapter: article files in; explainer, archive and export pages out."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Literal

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from . import exports, pages, search
from .archive import build_archive
from .cache import Cache
from .collection import collect
from .nlp import AUTO
from .pipeline import Pipeline
from .progress import Progress
from .reader import is_article
from .render import page_path, render_article

log = logging.getLogger("mkdocs.plugins.explainer")


class ExplainerConfig(base.Config):
    content_dir = c.Optional(c.Type(str))
    """Folder of articles; defaults to `docs_dir`, which `mkdocs serve` already watches."""
    model = c.Type(str, default=AUTO)
    """spaCy package; `auto` prefers `en_core_web_sm`, then its PyPI re-upload."""
    cache_dir = c.Optional(c.Type(str))
    """Where extraction results are kept; defaults to `.cache/explainer` beside mkdocs.yml."""
    cache = c.Type(bool, default=True)
    cache_max_age = c.Type(int, default=30)
    """Days a cache entry that no build uses is kept; `mkdocs build` deletes older ones. 0 keeps
    every entry."""
    home = c.Type(bool, default=True)
    """Generate the home page unless the site has its own `index.md`."""
    processes = c.Type(int, default=0)
    """Worker processes for analysing new articles; 0 means one per core."""
    exports = c.Type(bool, default=True)
    """Write `explainers.json` (every explainer) and `feed.xml` (Atom) into the site."""
    search = c.Choice(("material", "pagefind"), default="material")
    """`pagefind` replaces Material's in-browser index, slow to build past a few hundred
    articles, with Pagefind's, which the browser fetches in small chunks."""


NAV = [
    {"Home": pages.HOME},
    {"Timeline": pages.TIMELINE},
    {"People and organisations": pages.ACTORS},
    {"Places": pages.PLACES},
    {"Map": pages.MAP},
    {"All articles": pages.ARTICLES},
    {"Tags": pages.TAGS},
]


class ExplainerPlugin(BasePlugin[ExplainerConfig]):
    command = "build"
    pipeline: Pipeline | None = None
    unindexed: Path | None = None  # a built site that waits for its Pagefind index

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
            # The gazetteer's index goes beside the results: a build writes nothing outside
            # the project.
            self.pipeline = Pipeline(self.config.model, index_dir=cache_dir)
        self.tags = any(name in config.plugins for name in ("tags", "material/tags"))
        if self.config.search == "pagefind":
            for name in ("search", "material/search"):
                if name in config.plugins:
                    config.plugins[name].config.enabled = False  # type: ignore[attr-defined]
            config.extra["explainer_search"] = "pagefind"  # read by overrides/main.html
        if config.nav is None:
            # Only the archive's index pages: Material renders the nav into every page, so
            # thousands of explainers in it would make the build quadratic.
            config.nav = [item for item in NAV if self.tags or pages.TAGS not in item.values()]
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        for file in list(files):
            if file.abs_src_path and is_article(file.src_path) and Path(
                    file.abs_src_path).resolve().is_relative_to(self.content_dir):
                files.remove(file)
        progress = Progress(lambda line: log.info(f"explainer: {line}"), every=15)
        collection = collect(self.content_dir, self.pipeline, self.cache,
                             processes=self.config.processes, progress=progress)
        for message in collection.problems:
            log.warning(f"Skipped {message}")
        for message in collection.warnings:
            log.warning(message)
        if collection.analysed:
            log.info(f"explainer: analysed {collection.analysed} of "
                     f"{len(collection.explainers)} articles, the rest from the cache")
        archive = build_archive(collection.explainers)
        generated: list[pages.Page] = [
            pages.Page(page_path(x.article.slug),
                       render_article(x, pages.article_links(archive, x), self.cache))
            for x in archive.articles]
        # Problems on the home page help an editor under `serve`; readers never see them.
        problems = collection.problems if self.command == "serve" else ()
        for page in pages.archive_pages(archive, config.site_name, problems,
                                        config.use_directory_urls):
            if page.path == pages.HOME and not self.config.home:
                continue
            if page.path == pages.TAGS and not self.tags:
                continue
            if files.get_file_from_path(page.path) is None:
                generated.append(page)
        for page in generated:
            inclusion = InclusionLevel.INCLUDED if page.in_nav else InclusionLevel.NOT_IN_NAV
            files.append(File.generated(config, page.path, content=page.markdown,
                                        inclusion=inclusion))
        if self.config.exports:
            files.append(File.generated(config, exports.CORPUS_FILE,
                                        content=exports.corpus_json(archive.articles)))
            files.append(File.generated(config, exports.FEED_FILE, content=exports.atom_feed(
                archive, config.site_name, config.site_url)))
        return files

    @event_priority(-100)  # after every other plugin has read the page
    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str:
        # A written page's HTML and Markdown serve no one after this, but Material's tags plugin
        # keeps every page until the next build, Pagefind's run included: at 1,000 articles the
        # build held 430 MB while the indexer ran, and holds 185 MB without them.
        page.content = None
        page.markdown = None
        if config.plugins.get(page.file.generated_by or "") is self:
            page.file.content_string = ""  # the Markdown this plugin generated, read once
        return output

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self.command != "serve":  # each serve rebuild would scan the folder for nothing
            self._prune()
        if self.config.search != "pagefind":
            return
        if self.command == "serve":
            self._index(Path(config.site_dir))
        else:
            # Indexed at shutdown, once the build is over: Pagefind's indexer needs about half
            # a gigabyte per thousand articles of its own.
            self.unindexed = Path(config.site_dir)

    def _prune(self) -> None:
        """After the build's own hits have marked the entries it uses."""
        days = self.config.cache_max_age
        if days > 0 and (removed := self.cache.prune(days)):
            log.info(f"explainer: removed {removed} cache entries unused for {days} days")

    def on_build_error(self, *, error: Exception) -> None:
        self.unindexed = None

    def on_shutdown(self) -> None:
        site, self.unindexed = self.unindexed, None
        if site is not None:
            self._index(site)

    def _index(self, site: Path) -> None:
        try:
            search.index_site(site)
        except search.SearchIndexError as error:
            raise PluginError(str(error)) from error

    def on_serve(self, server, /, *, config: MkDocsConfig, builder):
        if not self.content_dir.is_relative_to(Path(config.docs_dir).resolve()):
            server.watch(str(self.content_dir))
        return server

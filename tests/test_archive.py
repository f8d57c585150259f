"""The archive across articles: merged actors and places, the master timeline, related stories,
editorial corrections and exports, as units and in a real three-article site."""

from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path
from types import SimpleNamespace

import jsonschema
import pytest

from generator import search
from generator.archive import build_archive
from generator.cache import DAY, Cache
from generator.model import Actor, Article, Explainer, Place, TimelineEntry
from generator.plugin import ExplainerPlugin

from .conftest import ROOT, SAMPLE

RETAKEN = """---
title: Afghan forces retake Kunduz city centre
date: 2015-10-01
source: Example Wire
url: https://example.com/kunduz-retaken
corrections:
  rename_actors:
    Interior Ministry: Afghan Interior Ministry
  quote_speakers:
    "on Thursday they had retaken": Sediq Sediqqi
---

KABUL (Example Wire) - Afghan forces said on Thursday they had retaken the centre of Kunduz,
three days after the Taliban seized the city.

"The city is now under our control," said Sediq Sediqqi, a spokesman for the Interior Ministry.
Taliban spokesman Zabihullah Mujahid denied the claim on Twitter.

The Taliban were ousted in 2001 after a U.S.-led campaign.
"""
ECONOMICS = """---
title: A lecture on markets
date: 2015-09-01
source: Example Review
---

LONDON (Example Review) - Adam Smith's ideas still shape economics, the lecturer Jane Doe said
on Tuesday. "Markets are older than money," said Doe, a professor at the London School of
Economics.

Smith lectured on moral philosophy between 1751 and 1764.
"""


def explainer(slug: str, date: str, actors=(), places=(), timeline=()) -> Explainer:
    article = Article(slug=slug, title=slug.title(), body="x " * 50, path=f"{slug}.md",
                      date=date)
    return Explainer(article=article, sentences=[(0, 100)], actors=list(actors),
                     places=list(places), timeline=list(timeline))


def person(actor_id: str, name: str, *aliases: str) -> Actor:
    return Actor(id=actor_id, name=name, kind="person", aliases=list(aliases),
                 mentions=[(0, 1)])


def test_people_merge_by_full_name_never_by_surname_alone():
    archive = build_archive([
        explainer("a", "2015-01-01", [person("smith", "Graeme Smith", "Smith")]),
        explainer("b", "2015-01-02", [person("smith", "Graeme Smith")]),
        explainer("c", "2015-01-03", [person("smith", "Smith")]),
        explainer("d", "2015-01-04", [person("adam-smith", "Adam Smith", "Smith")]),
    ])
    graeme = next(a for a in archive.actors if a.name == "Graeme Smith")
    assert graeme.slugs == ["b", "a"]  # newest first
    assert archive.actor_of[("c", "smith")] != graeme.id
    assert archive.actor_of[("d", "adam-smith")] != graeme.id
    assert len(archive.actors) == 3


def test_organisations_merge_by_alias_and_places_by_gazetteer_id():
    un = Actor(id="un", name="United Nations", kind="organization", aliases=["U.N."],
               mentions=[(0, 1)])
    un_short = Actor(id="u-n", name="U.N.", kind="organization", mentions=[(0, 1)])
    kunduz = Place(id="kunduz", name="Kunduz", kind="city", geonameid=1135689, mentions=[(0, 1)])
    konduz = Place(id="konduz", name="Konduz", kind="city", geonameid=1135689, mentions=[(0, 1)])
    archive = build_archive([explainer("a", "2015-01-01", [un], [kunduz]),
                             explainer("b", "2015-01-02", [un_short], [konduz])])
    assert [a.name for a in archive.actors] == ["United Nations"]
    assert [(p.name, p.slugs) for p in archive.places] == [("Konduz", ["b", "a"])]
    # A province has no GeoNames id, and the articles may call it by different names.
    bavaria = Place(id="bavaria", name="Bavaria", kind="region", gazetteer_id="iso3166-2:DE-BY",
                    mentions=[(0, 1)])
    bayern = Place(id="bayern", name="Bayern", kind="region", gazetteer_id="iso3166-2:DE-BY",
                   mentions=[(0, 1)])
    archive = build_archive([explainer("a", "2015-01-01", [], [bavaria]),
                             explainer("b", "2015-01-02", [], [bayern])])
    assert [len(p.slugs) for p in archive.places] == [2]


def test_events_told_twice_are_one_entry_with_both_sources():
    def ousted(words: str) -> TimelineEntry:
        return TimelineEntry("2001", "in 2001", words, "past", (0, 10), (0, 4))

    archive = build_archive([
        explainer("a", "2015-01-01", timeline=[ousted("The Taliban were ousted in 2001")]),
        explainer("b", "2015-01-02", timeline=[ousted("the Taliban were ousted in 2001 after "
                                                      "a campaign")]),
        explainer("c", "2015-01-03", timeline=[ousted("A new constitution was written")]),
    ])
    assert len(archive.events) == 2
    merged = next(e for e in archive.events if "ousted" in e.event)
    assert sorted(s.slug for s in merged.sources) == ["a", "b"]


def test_related_articles_share_distinctive_actors():
    rare = person("rare", "Rare Person")
    archive = build_archive([
        explainer("a", "2015-01-01", [rare, person("x", "Xavier One")]),
        explainer("b", "2015-01-02", [rare]),
        explainer("c", "2015-01-03", [person("x", "Xavier One")]),
        explainer("d", "2015-01-04", [person("z", "Zed Nobody")]),
    ])
    assert archive.related["b"] == ["a"]
    assert set(archive.related["a"]) == {"b", "c"}
    assert archive.related["d"] == []


def build_project(root: Path, *extra: str, search: str = "material",
                  env: dict[str, str] | None = None) -> Path:
    """A site of three articles, built with `mkdocs build` (strict unless told otherwise)."""
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    if search != "material":
        config = config.replace("  - explainer:\n", f"  - explainer:\n      search: {search}\n")
        assert f"search: {search}" in config
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")
    shutil.copytree(ROOT / "overrides", root / "overrides")
    content = root / "content"
    content.mkdir()
    shutil.copy(SAMPLE, content / SAMPLE.name)
    (content / "kunduz-retaken.md").write_text(RETAKEN, encoding="utf-8")
    (content / "economics.md").write_text(ECONOMICS, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", *(extra or ("--strict",))], cwd=root,
        capture_output=True, text=True, check=False,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": str(Path(sys.executable).parent), **(env or {})})
    assert done.returncode == 0, done.stderr
    (root / "build.log").write_text(done.stderr)
    return root


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    return build_project(tmp_path_factory.mktemp("archive")) / "site"


def read(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text() if not path.endswith(".xml") and not \
        path.endswith(".json") else (site / path).read_text()


def test_one_actor_page_across_articles(site):
    html = read(site, "actors/zabihullah-mujahid")
    assert html.count('href="../../articles/reuters-kunduz-2015-09-28/"') >= 1
    assert 'href="../../articles/kunduz-retaken/"' in html
    assert "Our fighters are now advancing toward the airport" in html
    assert re.search(r'href="../../articles/reuters-kunduz-2015-09-28/#s-\d+"', html)
    assert 'href="../taliban/"' in html  # appears alongside
    # Graeme Smith's page knows nothing of Adam Smith, the economist.
    assert "A lecture on markets" not in read(site, "actors/graeme-smith")


def test_place_pages_and_indexes(site):
    kunduz = read(site, "places/kunduz")
    assert "kunduz-retaken/" in kunduz and "reuters-kunduz-2015-09-28/" in kunduz
    assert 'href="kunduz/"' in read(site, "places")
    assert 'href="zabihullah-mujahid/"' in read(site, "actors")
    articles = read(site, "articles")
    assert articles.index("October 2015") < articles.index("September 2015")


def test_master_timeline_merges_and_links(site):
    html = read(site, "timeline")
    assert "By event date" in html and "By story, newest first" in html
    ousted = re.search(r"<li><strong>2001</strong> · The Taliban were ousted in 2001[^<]*"
                       r"(.*?)</li>", html, re.S)
    assert ousted, "the ousting of 2001 is one entry"
    assert "kunduz-retaken/" in ousted[1] and "reuters-kunduz-2015-09-28/" in ousted[1]
    # A range is dated by both its ends, in both lists.
    assert html.count("<strong>1751–1764</strong> · Smith lectured on moral philosophy") == 2


def test_home_related_and_tags(site):
    home = read(site, "")
    assert home.index("kunduz-retaken/") < home.index("reuters-kunduz-2015-09-28/")
    assert "Most covered" in home and 'href="actors/taliban/"' in home
    explainer_page = read(site, "articles/kunduz-retaken")
    related = explainer_page[explainer_page.index('id="related-articles"'):]
    assert related.index("reuters-kunduz-2015-09-28/") < related.index('id="the-article"')
    assert 'class="md-tag' in explainer_page
    assert "Zabihullah Mujahid" in read(site, "tags")


def test_actor_and_place_pages_come_first_in_search(site):
    docs = json.loads((site / "search/search_index.json").read_text())["docs"]
    boosts = {d["location"]: d.get("boost") for d in docs}
    assert boosts["actors/zabihullah-mujahid/"] > 1
    assert boosts["places/kunduz/"] > 1
    assert not boosts.get("articles/kunduz-retaken/")


def test_corrections_are_applied(site):
    corpus = json.loads(read(site, "explainers.json"))
    retaken = next(a for a in corpus["articles"] if a["article"]["slug"] == "kunduz-retaken")
    ministry = next(a for a in retaken["actors"] if a["id"] == "interior-ministry")
    assert ministry["name"] == "Afghan Interior Ministry"
    assert "Interior Ministry" in ministry["aliases"]
    # Renamed, it is now the same organisation as the sample's across the archive.
    ministry_page = read(site, "actors/afghan-interior-ministry")
    assert "kunduz-retaken/" in ministry_page and "reuters-kunduz-2015-09-28/" in ministry_page
    quote = next(q for q in retaken["quotes"] if "retaken the centre" in q["text"])
    assert (quote["speaker"], quote["speaker_name"]) == ("sediq-sediqqi", "Sediq Sediqqi")


def test_exports(site):
    corpus = json.loads(read(site, "explainers.json"))
    assert corpus["schema"] == "explainer-corpus/1"
    assert [a["article"]["slug"] for a in corpus["articles"]] == [
        "kunduz-retaken", "reuters-kunduz-2015-09-28", "economics"]
    schema = json.loads(resources.files("generator").joinpath(
        "schema/explainer-1.schema.json").read_text())
    for article in corpus["articles"]:
        jsonschema.validate(article, schema)
    feed = ET.fromstring(read(site, "feed.xml"))
    atom = "{http://www.w3.org/2005/Atom}"
    titles = [e.find(f"{atom}title").text for e in feed.findall(f"{atom}entry")]
    assert titles[0] == "Afghan forces retake Kunduz city centre" and len(titles) == 3
    assert 'type="application/atom+xml"' in read(site, "")


def test_a_correction_naming_nothing_is_a_warning(tmp_path):
    root = tmp_path
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(ROOT / "overrides", root / "overrides")
    (root / "content").mkdir()
    (root / "content" / "note.md").write_text(
        "---\ntitle: Note\ndate: 2020-01-01\ncorrections:\n  drop_actors: [Nobody]\n"
        "  rename: {a: b}\n  place_coordinates: {Paris: [200, 0]}\n---\n\n"
        "Jane Doe said the plan would work.\n")
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build"], cwd=root,
                          capture_output=True, text=True, check=False,
                          env={"NO_MKDOCS_2_WARNING": "1",
                               "PATH": str(Path(sys.executable).parent)})
    assert done.returncode == 0, done.stderr
    assert "note.md: correction drop_actors: no actor named 'Nobody'" in done.stderr
    assert "note.md: unknown correction 'rename'" in done.stderr
    assert "note.md: correction 'place_coordinates' must be" in done.stderr


def test_site_wide_map_sizes_places_by_coverage(site):
    html = read(site, "map")
    assert '<svg class="ex-map"' in html
    radii = {m[0]: float(m[1]) for m in re.findall(
        r'href="\.\./places/([a-z0-9-]+)/"><title>[^<]*</title><circle [^>]*r="([\d.]+)"', html)}
    # Kunduz is in two articles, London in one: a larger circle.
    assert radii["kunduz"] > radii["london"]
    assert (site / "places" / "kunduz" / "index.html").is_file()


def test_pagefind_backend_replaces_materials_index(tmp_path):
    site = build_project(tmp_path, search="pagefind") / "site"
    assert (site / "pagefind" / "pagefind.js").is_file()
    assert not (site / "search" / "search_index.json").exists()
    html = read(site, "")
    assert '<template id="ex-search">' in html and "pagefind-search.js" in html
    # Material's own search box is gone, so its script never fetches a missing index.
    assert 'data-md-component="search"' not in html
    # The index holds each page's own words, not the copies of them on the page or elsewhere.
    indexed = pagefind_contents(site)
    article = indexed["/articles/reuters-kunduz-2015-09-28/"]
    assert "Taliban fighters on Monday battled their way into the center" in article
    for derived in ("At a glance", "Who's who", "What they said", "Where", "Background timeline",
                    "Related articles"):
        assert derived not in article
    ghani = indexed["/actors/ashraf-ghani/"]
    assert ghani.startswith("Ashraf Ghani.") and "President" in ghani
    assert "Appears alongside" not in ghani and "What they said" not in ghani
    assert "Articles" not in indexed["/places/kunduz/"]


def pagefind_contents(site: Path) -> dict[str, str]:
    """Page address → the text Pagefind indexed, read from its gzipped JSON fragments."""
    contents = {}
    for fragment in (site / "pagefind" / "fragment").iterdir():
        data = gzip.decompress(fragment.read_bytes()).removeprefix(b"pagefind_dcd")
        record = json.loads(data)
        contents[record["url"]] = record["content"]
    return contents


@pytest.mark.parametrize("command", ["build", "gh-deploy", "serve"])
def test_pagefind_indexes_after_the_build_lets_go_of_its_pages(command, tmp_path, monkeypatch):
    indexed: list[Path] = []
    monkeypatch.setattr(search, "index_site", indexed.append)
    plugin = ExplainerPlugin()
    plugin.load_config({"search": "pagefind"})
    plugin.on_startup(command=command, dirty=False)
    plugin.cache = Cache(None)
    config = SimpleNamespace(site_dir=str(tmp_path))
    plugin.on_post_build(config=config)
    # Under serve at once, for the page the editor reloads; otherwise at shutdown.
    assert indexed == ([tmp_path] if command == "serve" else [])
    plugin.on_shutdown()
    assert indexed == [tmp_path]
    # A failed build is not indexed.
    plugin.on_post_build(config=config)
    plugin.on_build_error(error=RuntimeError("strict"))
    plugin.on_shutdown()
    assert len(indexed) == (2 if command == "serve" else 1)


@pytest.mark.parametrize("command", ["build", "serve"])
def test_a_build_prunes_cache_entries_unused_for_a_month(command, tmp_path):
    plugin = ExplainerPlugin()
    plugin.load_config({"cache_max_age": 30})
    plugin.on_startup(command=command, dirty=False)
    plugin.cache = Cache(tmp_path)
    plugin.cache.fragment("pages", ["a page"], lambda: "# Old")
    entry = next(tmp_path.rglob("*.txt"))
    os.utime(entry, (time.time() - 31 * DAY,) * 2)
    plugin.on_post_build(config=SimpleNamespace(site_dir=str(tmp_path / "site")))
    assert entry.exists() == (command == "serve")


def test_a_written_page_lets_go_of_its_html():
    # Material's tags plugin holds every page until the next build, Pagefind's run included.
    plugin = ExplainerPlugin()
    plugin.load_config({})
    config = SimpleNamespace(plugins={"explainer": plugin, "other": object()})
    for maker, kept in (("explainer", ""), ("other", "Text")):
        page = SimpleNamespace(content="<p>Text</p>", markdown="Text",
                               file=SimpleNamespace(generated_by=maker, content_string="Text"))
        assert plugin.on_post_page("<html>…</html>", page=page, config=config) == "<html>…</html>"
        assert page.content is None and page.markdown is None
        # The Markdown this plugin generated goes too; another plugin's file is its own.
        assert page.file.content_string == kept


def test_material_search_is_the_default(site):
    assert (site / "search" / "search_index.json").is_file()
    assert not (site / "pagefind").exists()
    html = read(site, "")
    assert 'data-md-component="search"' in html and "ex-search" not in html

"""End to end: build the real site in a temporary folder and read its HTML and search index."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, SAMPLE

SECTIONS = ["At a glance", "Who's who", "What they said", "Where", "Background timeline",
            "The article"]
SECOND = """---
title: "Flood </title><script>document.title='pwned'</script> & *stars*"
date: 2016-03-01
source: The Example Times
url: https://example.com/flood
---

Heavy rain flooded Lagos on Tuesday, officials said. "We have never seen water like this,"
said Akin Bello, the head of the state emergency agency. Schools in Nigeria's largest city were
closed last week.
"""


def tree_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        digest.update(path.relative_to(folder).as_posix().encode())
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def build(project: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {"NO_MKDOCS_2_WARNING": "1", "PATH": str(Path(sys.executable).parent)}
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", *extra], cwd=project,
                          capture_output=True, text=True, check=False, env=env)


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("site")
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(ROOT / "overrides", root / "overrides")
    (root / "content").mkdir()
    shutil.copy(SAMPLE, root / "content" / SAMPLE.name)
    done = build(root, "--strict")
    assert done.returncode == 0, done.stderr
    return root


def search_index(project: Path) -> list[dict]:
    return json.loads((project / "site/search/search_index.json").read_text())["docs"]


def page(project: Path, slug: str) -> str:
    return (project / "site/articles" / slug / "index.html").read_text()


def test_explainer_page_sections_and_evidence(project):
    html = page(project, "reuters-kunduz-2015-09-28")
    headings = re.findall(r'<h2 id="[^"]+">(.*?)<a class="headerlink"', html)
    assert [h.replace("&#39;", "'") for h in headings] == SECTIONS
    # Every item links to a sentence anchor that exists on the page.
    targets = set(re.findall(r'href="#(s-\d+)"', html))
    anchors = set(re.findall(r'<span class="ex-sentence" id="(s-\d+)"', html))
    assert targets and targets <= anchors
    assert len(anchors) > 40
    assert "Zabihullah Mujahid" in html and 'id="actor-zabihullah-mujahid"' in html
    assert 'href="#actor-zabihullah-mujahid"' in html  # a speaker links to their row


def test_home_page_lists_the_article(project):
    html = (project / "site/index.html").read_text()
    assert 'href="articles/reuters-kunduz-2015-09-28/"' in html
    assert "28 September 2015" in html and "Reuters" in html
    assert "Zabihullah Mujahid" not in html or "Who:" in html


def test_search_finds_the_article_by_actor_place_and_quote(project):
    docs = [d for d in search_index(project) if d["location"].startswith(
        "articles/reuters-kunduz-2015-09-28/")]
    text = " ".join(d["text"] + " " + d["title"] for d in docs)
    for needle in ("Zabihullah Mujahid", "Kabul", "Our fighters are now advancing"):
        assert needle in text


def test_article_pages_stay_out_of_the_sidebar(project):
    html = page(project, "reuters-kunduz-2015-09-28")
    nav_links = re.findall(r'class="md-nav__link[^"]*"[^>]*href="([^"]+)"', html)
    assert not [link for link in nav_links if "articles/" in link]


def test_no_third_party_requests(project):
    for path in (project / "site").rglob("*.html"):
        html = path.read_text()
        assert "fonts.googleapis" not in html and "fonts.gstatic" not in html
        for tag in re.findall(r"<(?:script|link|img|iframe)\b[^>]*>", html):
            assert not re.search(r'(?:src|href)="(?:https?:)?//', tag), (path, tag)


def test_new_article_appears_and_content_is_never_written(project):
    content = project / "content"
    (content / "lagos flood.md").write_text(SECOND, encoding="utf-8")
    (content / "broken.md").write_bytes(b"---\ntitle: [oops\n---\nText\n")
    before = tree_digest(content)
    done = build(project)
    assert done.returncode == 0, done.stderr
    assert tree_digest(content) == before
    # The broken file is named with its reason; everything else still builds.
    assert "broken.md: front matter is not valid YAML" in done.stderr
    # The unchanged article came from the cache; only the new one was analysed.
    assert "analysed 1 of 2 articles" in done.stderr
    html = page(project, "lagos-flood")
    assert "<script>document.title" not in html and "</title><script>" not in html
    assert "&lt;script&gt;document.title" in html
    assert "<em>stars</em>" not in html
    docs = search_index(project)
    locations = {d["location"].split("#")[0] for d in docs}
    assert {"articles/reuters-kunduz-2015-09-28/", "articles/lagos-flood/"} <= locations
    lagos = " ".join(d["text"] for d in docs if d["location"].startswith("articles/lagos-flood/"))
    assert "Akin Bello" in lagos and "Lagos" in lagos
    home = (project / "site/index.html").read_text()
    assert home.index("lagos-flood") < home.index("reuters-kunduz-2015-09-28"), "newest first"

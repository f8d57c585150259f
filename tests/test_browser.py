"""A reader's visit in headless Chromium: search, explainer, map, timeline, evidence, dark mode.

Fails on any console error and on any request to a host other than the local server. Needs
Debian's Chromium (`apt-get install chromium`); `.ci/run` installs it and sets
EXPLAINER_REQUIRE_BROWSER=1, so that in CI a missing browser fails instead of skipping.
"""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from .test_archive import build_project

CHROMIUM = Path(os.environ.get("EXPLAINER_CHROMIUM", "/usr/bin/chromium"))
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        if os.environ.get("EXPLAINER_REQUIRE_BROWSER"):
            pytest.fail(f"{CHROMIUM} is missing; install Debian's chromium")
        pytest.skip(f"{CHROMIUM} is missing; install Debian's chromium to run browser tests")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield instance
        instance.close()


@contextmanager
def serving(site: Path) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(site))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with serving(build_project(tmp_path_factory.mktemp("browser")) / "site") as url:
        yield url


@pytest.fixture(scope="module")
def pagefind_server(tmp_path_factory):
    project = build_project(tmp_path_factory.mktemp("pagefind"), search="pagefind")
    with serving(project / "site") as url:
        yield url


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(params=["material"])
def url(request) -> str:
    """The site built with a search backend: Material's own unless a test asks for Pagefind."""
    return request.getfixturevalue("server" if request.param == "material" else "pagefind_server")


@pytest.fixture
def page(browser, url):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.errors = []
    page.foreign = []
    page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.on("request", lambda r: None if r.url.startswith((url, "data:", "blob:"))
            else page.foreign.append(r.url))
    yield page
    context.close()
    assert page.errors == [], "console errors"
    assert page.foreign == [], "requests to other hosts"


@pytest.mark.parametrize("url", ["material", "pagefind"], indirect=True)
def test_search_an_actor_and_open_the_result(page, url):
    page.goto(url)
    page.click(".md-search__input")
    page.keyboard.type("Zabihullah Mujahid")
    first = page.locator(".md-search-result__item .md-search-result__link").first
    first.wait_for(timeout=15000)
    assert "actors/zabihullah-mujahid/" in first.get_attribute("href")
    first.click()
    page.wait_for_url("**/actors/zabihullah-mujahid/**")
    assert page.locator("h1").inner_text().startswith("Zabihullah Mujahid")


def test_explainer_map_timeline_evidence_and_dark_mode(page, url):
    page.goto(url)
    page.click("text=Taliban fighters on Monday battled their way into the center of Kunduz")
    page.wait_for_url("**/articles/reuters-kunduz-2015-09-28/")
    map_svg = page.locator("svg.ex-map")
    map_svg.scroll_into_view_if_needed()
    assert map_svg.is_visible() and map_svg.locator("a.ex-map-marker").count() >= 3
    box = map_svg.bounding_box()
    assert box is not None and box["width"] > 300 and box["height"] > 150
    timeline = page.locator(".ex-timeline")
    timeline.scroll_into_view_if_needed()
    assert timeline.is_visible() and timeline.locator(".ex-tl-entry").count() >= 10
    # Follow a quote to its sentence: the page scrolls there and highlights it.
    quote_link = page.locator("blockquote a[href^='#s-']").first
    target = quote_link.get_attribute("href")
    quote_link.click()
    page.wait_for_url(f"**/{target}")
    sentence = page.locator(target)
    assert sentence.evaluate("el => el.matches(':target')")
    box = sentence.bounding_box()
    assert box is not None and 0 <= box["y"] < 900
    # Switch to dark mode with the palette toggle.
    scheme = page.locator("body").get_attribute("data-md-color-scheme")
    page.locator("label.md-header__button[for^='__palette']:visible").first.click()
    page.wait_for_function(
        f"document.body.getAttribute('data-md-color-scheme') !== '{scheme}'")
    assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"

"""Hostile and broken input: the bad-input corpus in tests/bad_input/ built into a real site.

For every file: the expected outcome, a message naming the file, every other article built,
content/ byte-identical before and after, nothing written outside the project's site and cache
folders, and no injected markup that executes in a browser.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from .conftest import ROOT

CORPUS = Path(__file__).parent / "bad_input"
PAYLOAD_TITLE = "pwned"

# File → ("skipped", reason in the message) or ("built", slug, messages expected for it).
EXPECTED: dict[str, tuple] = {
    "empty.md": ("skipped", "empty file"),
    "whitespace-only.txt": ("skipped", "empty file"),
    "binary.txt": ("skipped", "binary file"),
    "front-matter-invalid.md": ("skipped", "front matter is not valid YAML (line 3)"),
    "front-matter-unclosed.md": ("skipped", "front matter opened with '---' on line 1 is never"),
    "front-matter-not-mapping.md": ("skipped", "front matter is a list, not a mapping"),
    "nul-bytes.md": ("built", "nul-bytes", ["removed 1 NUL character"]),
    "invalid-utf8.txt": ("built", "invalid-utf8",
                         ["not UTF-8 (invalid byte at 3); read as cp1252"]),
    "utf16-bom.txt": ("built", "utf16-bom", []),
    "crlf.txt": ("built", "crlf", []),
    "front-matter-wrong-types.md": ("built", "front-matter-wrong-types", [
        "'title' must be text", "'date' is not a date", "'tags' must be text or a list",
        "'url' is not an http(s) address", "'author' must be text or a list"]),
    "duplicate-title-a.md": ("built", "same", []),
    "duplicate-title-b.md": ("built", "same-2", []),
    "path-trick.md": ("built", "etc-passwd", []),
    "file name with spaces Üñíçødé.md": ("built", "file-name-with-spaces-unicde", []),
    "UPPER CASE.TXT": ("built", "upper-case", []),
    "emoji-rtl-combining.md": ("built", "emoji-rtl-combining", []),
    "html-injection.md": ("built", "html-injection", []),
    "markdown-jinja-injection.md": ("built", "markdown-jinja-injection", []),
    "huge.txt": ("built", "huge", ["only the first"]),
    "one-paragraph.txt": ("built", "one-paragraph", []),
    "long-word.txt": ("built", "long-word", []),
    "many-quotes.txt": ("built", "many-quotes", []),
}


def generated_files(folder: Path) -> None:
    """The large files of the corpus, made at test time rather than committed."""
    sentence = 'The minister said on Tuesday that talks with Ruritania would resume. '
    (folder / "huge.txt").write_text("Huge article\n\n" + "\n\n".join(
        sentence * 20 for _ in range(3700)), encoding="utf-8")  # about 5 MB
    (folder / "one-paragraph.txt").write_text(sentence * 2900, encoding="utf-8")  # 200 KB
    (folder / "long-word.txt").write_text(
        "Officials said " + "a" * 100_000 + " was the word.\n", encoding="utf-8")
    (folder / "many-quotes.txt").write_text(
        'Many quotes\n\n' + ' '.join('"x" said he, “' for _ in range(3000)) + '\n\n'
        + '"' * 5000 + "\n", encoding="utf-8")


def digest(folder: Path, skip: tuple[str, ...] = ()) -> dict[str, str]:
    found = {}
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).as_posix()
        if relative.split("/")[0] in skip:
            continue
        found[relative] = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() \
            else "dir"
    return found


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    project = tmp_path_factory.mktemp("bad")
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(ROOT / "overrides", project / "overrides")
    shutil.copytree(CORPUS, project / "content")
    generated_files(project / "content")
    before = digest(project)
    home = tmp_path_factory.mktemp("home")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build"], cwd=project, capture_output=True, text=True,
        check=False, timeout=1200,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": str(Path(sys.executable).parent),
             "HOME": str(home)})
    after = digest(project, skip=("site", ".cache"))
    # Nothing in the user's folders either: the gazetteer's index goes to the project's cache.
    assert not any(home.iterdir())
    return project, done, before, after


def messages(log: str, name: str) -> list[str]:
    return [line for line in log.splitlines() if f" {name}: " in line or f"Skipped {name}:" in
            line]


def test_every_file_has_its_expected_outcome(built):
    project, done, _, _ = built
    assert done.returncode == 0, done.stderr
    log = done.stderr
    for name, expected in EXPECTED.items():
        found = messages(log, name)
        if expected[0] == "skipped":
            assert any(expected[1] in m for m in found), (name, found)
            assert all("WARNING" in m for m in found)
        else:
            slug, wanted = expected[1], expected[2]
            page = project / "site" / "articles" / slug / "index.html"
            assert page.is_file(), (name, slug)
            for text in wanted:
                assert any(text in m for m in found), (name, text, found)
            if not wanted:
                assert not found, (name, found)
    # Dot-files are not articles, silently.
    assert ".hidden" not in log and not (project / "site" / "articles" / "hidden").exists()


def test_content_untouched_and_nothing_written_outside_the_site(built):
    _, _, before, after = built
    assert after == before


def test_slugs_never_leave_the_articles_folder(built):
    project, _, _, _ = built
    site = project / "site"
    for path in site.rglob("*"):
        assert path.resolve().is_relative_to(site.resolve())
    assert not (project / "etc").exists()


class _Elements(HTMLParser):
    """Every element of a page with its attributes, and the text of its inline scripts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script and data.strip():
            self.scripts.append(data)


def test_no_injected_markup_in_any_page(built):
    project, _, _, _ = built
    for path in (project / "site").rglob("*.html"):
        page = _Elements()
        page.feed(path.read_text(encoding="utf-8"))
        for tag, attrs in page.elements:
            handlers = [name for name in attrs if name.startswith("on")]
            assert not handlers, (path, tag, attrs)
            for name in ("href", "src", "action", "formaction", "xlink:href"):
                assert not (attrs.get(name) or "").strip().lower().startswith("javascript:"), (
                    path, tag, attrs)
            assert tag not in ("img", "iframe", "object", "embed"), (path, tag, attrs)
            if tag == "script":
                # Only Material's own scripts: its bundle and search worker, its inline config.
                src = attrs.get("src") or ""
                assert src == "" or "assets/javascripts/" in src, (path, attrs)
        for script in page.scripts:
            assert PAYLOAD_TITLE not in script, path


def test_injected_markup_does_not_run_in_a_browser(built):
    from .test_browser import ARGS, CHROMIUM

    if not CHROMIUM.exists():
        if os.environ.get("EXPLAINER_REQUIRE_BROWSER"):
            pytest.fail(f"{CHROMIUM} is missing")
        pytest.skip("Chromium is not installed")
    from playwright.sync_api import sync_playwright

    project, _, _, _ = built
    site = project / "site"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        for slug in ("html-injection", "markdown-jinja-injection", "front-matter-wrong-types"):
            page.goto((site / "articles" / slug / "index.html").as_uri())
            page.wait_for_load_state("load")
            page.mouse.move(10, 10)
            # The payloads would set the title to exactly "pwned"; shown as text, the title
            # still carries the page's own site name.
            assert page.title() != PAYLOAD_TITLE, slug
            assert page.title().endswith("- Article Explainer"), slug
        browser.close()
    assert dialogs == []

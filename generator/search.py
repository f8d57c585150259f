"""The Pagefind search backend: an index of the built site that the browser reads in chunks."""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import subprocess
import sys
from pathlib import Path

# Material's article body: the page's own text, without header, navigation and footer.
ROOT_SELECTOR = "article.md-content__inner"
IGNORED = ".headerlink"  # the ¶ after each heading


class SearchIndexError(Exception):
    pass


def index_site(site_dir: Path) -> None:
    """Write Pagefind's index and scripts into `site_dir/pagefind/`."""
    _release_memory()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--root-selector",
             ROOT_SELECTOR, "--exclude-selectors", IGNORED, "--force-language", "en", "--silent"],
            capture_output=True, text=True, check=False, timeout=3600)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise SearchIndexError(f"Pagefind could not run: {error}") from error
    if done.returncode:
        raise SearchIndexError(f"Pagefind failed: {(done.stderr or done.stdout).strip()}")


def _release_memory() -> None:
    """Give the build's garbage back to the system before the indexer starts: a build's pages
    hold reference cycles, and glibc keeps freed heap unless asked. A no-op without glibc."""
    gc.collect()
    name = ctypes.util.find_library("c")
    try:
        trim = ctypes.CDLL(name).malloc_trim if name else None
    except (OSError, AttributeError):
        trim = None
    if trim is not None:
        trim(0)

"""The cache: hits skip spaCy, a code or model change misses, a broken entry is recomputed."""

from __future__ import annotations

import dataclasses
import os
import time

from generator.cache import DAY, Cache, cache_key


def test_hit_miss_and_corruption(tmp_path, sample):
    cache = Cache(tmp_path)
    article = sample.article
    key = cache_key(article, "pipeline-a")
    assert cache.get(key, article) is None
    cache.put(key, sample)
    assert cache.get(key, article) == sample
    # Another pipeline (code or model) or another text never sees this entry.
    assert cache_key(article, "pipeline-b") != key
    edited = dataclasses.replace(article, body=article.body + " More.")
    assert cache_key(edited, "pipeline-a") != key
    # Where the file lives is not part of the key.
    moved = dataclasses.replace(article, path="elsewhere/story.txt")
    assert cache_key(moved, "pipeline-a") == key
    assert cache.get(key, moved).article.path == "elsewhere/story.txt"
    # A truncated or foreign entry is recomputed, never trusted.
    entry = next(tmp_path.rglob("*.json"))
    entry.write_text(entry.read_text()[:100])
    assert cache.get(key, article) is None
    entry.write_text('{"schema": "explainer/1", "article": {"body": "other"}}')
    assert cache.get(key, article) is None


def test_disabled_cache_and_unwritable_folder(tmp_path, sample):
    Cache(None).put("k", sample)
    assert Cache(None).get("k", sample.article) is None
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    Cache(blocker).put("abcd", sample)  # no exception: caching is an optimisation
    assert Cache(blocker).get("abcd", sample.article) is None


def test_fragments_are_kept_by_identity_and_checked(tmp_path):
    cache = Cache(tmp_path)
    made = []

    def make(text):
        return lambda: made.append(text) or text

    assert cache.fragment("maps", ["a", 1], make("<svg>a</svg>")) == "<svg>a</svg>"
    assert cache.fragment("maps", ["a", 1], make("never")) == "<svg>a</svg>"
    assert cache.fragment("maps", ["a", 2], make("<svg>b</svg>")) == "<svg>b</svg>"
    assert made == ["<svg>a</svg>", "<svg>b</svg>"]
    # A damaged entry is drawn again, never served.
    for entry in (tmp_path / "maps").rglob("*.txt"):
        entry.write_text(entry.read_text().replace("svg>", "svg><script>x</script>", 1))
    assert cache.fragment("maps", ["a", 1], make("<svg>a</svg>")) == "<svg>a</svg>"
    assert made[-1] == "<svg>a</svg>" and len(made) == 3
    assert Cache(None).fragment("maps", ["a", 1], make("<svg>c</svg>")) == "<svg>c</svg>"


def test_prune_keeps_what_builds_use(tmp_path, sample):
    cache = Cache(tmp_path)
    old, used, recent = (cache_key(sample.article, f"pipeline-{n}") for n in "abc")
    for key in (old, used, recent):
        cache.put(key, sample)
    cache.fragment("pages", ["old"], lambda: "# Old")
    cache.fragment("pages", ["used"], lambda: "# Used")
    (tmp_path / "gazetteer-index").write_text("not the cache's own")
    (tmp_path / "ab").mkdir(exist_ok=True)
    (tmp_path / "ab" / "cut-short.tmp").write_text("{")
    month_ago = time.time() - 31 * DAY
    for path in tmp_path.rglob("*"):
        if path.is_file():
            os.utime(path, (month_ago, month_ago))
    os.utime(cache._path(recent))  # written by another build just now
    # A hit marks its entry as used.
    assert cache.get(used, sample.article) is not None
    assert cache.fragment("pages", ["used"], lambda: "never") == "# Used"

    assert cache.prune(30) == 3
    assert cache.get(old, sample.article) is None
    assert cache.get(used, sample.article) == cache.get(recent, sample.article) == sample
    assert cache.fragment("pages", ["old"], lambda: "# Drawn again") == "# Drawn again"
    assert cache.fragment("pages", ["used"], lambda: "never") == "# Used"
    assert (tmp_path / "gazetteer-index").is_file()
    assert not (tmp_path / "ab" / "cut-short.tmp").exists()
    # Everything is a month old a year from now.
    assert cache.prune(30, now=time.time() + 365 * DAY) == 4
    assert Cache(None).prune(30) == 0 and Cache(tmp_path / "none").prune(30) == 0

"""The cache: one JSON file of extraction results per article, keyed by content hash and
pipeline id, and rendered pages and maps, keyed by everything they are drawn from."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

from .model import Article, Explainer, to_json


def files_digest(folder: Path, pattern: str) -> str:
    """A digest of the files under `folder` that match `pattern`, names and contents: the
    version of the code or templates that made an entry."""
    digest = hashlib.sha256()
    for path in sorted(folder.rglob(pattern)):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def cache_key(article: Article, pipeline_id: str) -> str:
    """Everything that decides the extraction: the article as read and the code and model that
    analyse it. Where the file lives and its editorial corrections (applied after the cache) are
    not part of it, so moving a file or correcting it never costs a new analysis."""
    content = {k: v for k, v in asdict(article).items() if k not in ("path", "corrections")}
    payload = json.dumps([pipeline_id, content], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode()).hexdigest()


# What `Cache` writes: extraction results, then fragments (under their kind); nothing else in
# the folder (the gazetteer's index) is ever pruned.
_ENTRIES = ("??/*.json", "*/??/*.txt")
DAY = 86400.0


class Cache:
    """A folder of results; `None` as folder disables caching. Safe for concurrent builds: writes
    are atomic renames, and an entry that cannot be read back is recomputed, never trusted."""

    def __init__(self, folder: str | Path | None) -> None:
        self.folder = Path(folder) if folder else None

    def _path(self, key: str) -> Path:
        assert self.folder is not None
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str, article: Article) -> Explainer | None:
        if self.folder is None:
            return None
        path = self._path(key)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            explainer = Explainer.from_dict(data)
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if explainer.article.body != article.body:  # a hash collision or a tampered file
            return None
        explainer.article = article
        _touch(path)
        return explainer

    def put(self, key: str, explainer: Explainer) -> None:
        if self.folder is not None:
            _write(self._path(key), to_json(explainer))

    def fragment(self, kind: str, identity: object, make: Callable[[], str]) -> str:
        """A piece of a page that is slow to draw, kept under `kind/` by a digest of
        `identity` (JSON: everything it is drawn from, code version included); `make` draws
        it on a miss. An entry whose checksum does not match is drawn again."""
        if self.folder is None:
            return make()
        key = hashlib.sha256(json.dumps(identity, sort_keys=True, ensure_ascii=False)
                             .encode()).hexdigest()
        path = self.folder / kind / key[:2] / f"{key}.txt"
        try:
            checksum, _, text = path.read_text(encoding="utf-8").partition("\n")
            if checksum == _checksum(text):
                _touch(path)
                return text
        except (OSError, ValueError):
            pass
        text = make()
        _write(path, f"{_checksum(text)}\n{text}")
        return text

    def prune(self, max_age_days: float, now: float | None = None) -> int:
        """Delete the entries no build has used for `max_age_days`, and the leftovers of writes
        cut short, so that the folder does not grow with every version of the code or the
        articles; returns how many files went. Every hit marks its entry as used."""
        if self.folder is None or not self.folder.is_dir():
            return 0
        current = time.time() if now is None else now
        removed = 0
        for patterns, oldest in ((_ENTRIES, current - max_age_days * DAY),
                                 # A day-old temporary file belongs to no write still running.
                                 (("??/*.tmp", "*/??/*.tmp"), current - DAY)):
            for path in (path for pattern in patterns for path in self.folder.glob(pattern)):
                try:
                    if path.stat().st_mtime < oldest:
                        path.unlink()
                        removed += 1
                except OSError:  # gone already: another build pruned it
                    pass
        return removed


def _touch(path: Path) -> None:
    """Mark an entry as used now, for `Cache.prune`."""
    with contextlib.suppress(OSError):
        os.utime(path)


def _checksum(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _write(path: Path, text: str) -> None:
    """Write atomically: a reader sees the old entry, the new one or none, never a part."""
    temporary: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, path)
    except OSError:
        # A read-only or full disk costs speed, not correctness.
        if temporary:
            Path(temporary).unlink(missing_ok=True)

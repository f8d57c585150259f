"""The extraction cache: one JSON file per article, keyed by content hash and pipeline id."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import asdict
from pathlib import Path

from .model import Article, Explainer


def cache_key(article: Article, pipeline_id: str) -> str:
    """Everything that decides the extraction: the article as read and the code and model that
    analyse it. Where the file lives and its editorial corrections (applied after the cache) are
    not part of it, so moving a file or correcting it never costs a new analysis."""
    content = {k: v for k, v in asdict(article).items() if k not in ("path", "corrections")}
    payload = json.dumps([pipeline_id, content], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode()).hexdigest()


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
        try:
            data = json.loads(self._path(key).read_text(encoding="utf-8"))
            explainer = Explainer.from_dict(data)
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if explainer.article.body != article.body:  # a hash collision or a tampered file
            return None
        explainer.article = article
        return explainer

    def put(self, key: str, explainer: Explainer) -> None:
        if self.folder is None:
            return
        path = self._path(key)
        temporary: str | None = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(explainer.to_dict(), out, ensure_ascii=False)
            os.replace(temporary, path)
        except OSError:
            # A read-only or full disk costs speed, not correctness.
            if temporary:
                Path(temporary).unlink(missing_ok=True)

"""The one error type for an article that cannot be read, named by file and reason."""

from __future__ import annotations


class ArticleError(Exception):
    """An article file that cannot be turned into an explainer; `str()` names the file and why."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

    def __reduce__(self) -> tuple[type, tuple[str, str]]:
        # Errors cross from worker processes; the default pickling passes only the message.
        return (ArticleError, (self.path, self.reason))

"""Progress of a long extraction: a live line on a terminal, a line every few seconds elsewhere."""

from __future__ import annotations

import time
from collections.abc import Callable


class Progress:
    """Called as `progress(done, total)`; writes through `write` (a live `\\r` line when
    `live`, otherwise at most one line per `every` seconds, and always the last one)."""

    def __init__(self, write: Callable[[str], None], *, live: bool = False, every: float = 10.0,
                 what: str = "articles analysed") -> None:
        self.write = write
        self.live = live
        self.every = every
        self.what = what
        self.started = time.monotonic()
        self.last = self.started

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - self.last < (0.2 if self.live else self.every):
            return
        self.last = now
        rate = done / max(now - self.started, 1e-9)
        left = (total - done) / rate if rate else 0
        line = (f"{done:,} of {total:,} {self.what} ({done / total:.0%}, {rate:.1f}/s"
                + (f", about {left:.0f} s left)" if done < total else ")"))
        self.write(f"\r{line}" + ("\n" if done == total else "") if self.live else line)

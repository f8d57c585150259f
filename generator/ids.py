"""URL-safe identifiers: slugs for articles, actors and places, unique within a page or site."""

from __future__ import annotations

import re
import unicodedata


def slugify(text: str, default: str = "item") -> str:
    """A lowercase ASCII slug; never empty, never a path."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:80].strip("-") or default


def unique(base: str, used: set[str]) -> str:
    """`base`, or `base-2`, `base-3`… whichever is not in `used` yet; records the choice."""
    candidate, n = base, 2
    while candidate in used:
        candidate, n = f"{base}-{n}", n + 1
    used.add(candidate)
    return candidate

"""Exports of the archive: every explainer as one JSON file, and an Atom feed of the latest."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from xml.sax.saxutils import escape as _escape
from xml.sax.saxutils import quoteattr as _quoteattr

from .archive import Archive
from .model import Explainer, to_json

CORPUS_FILE = "explainers.json"
CORPUS_SCHEMA = "explainer-corpus/1"
FEED_FILE = "feed.xml"
FEED_ENTRIES = 30
# Characters XML 1.0 forbids even as references; article text may carry them.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def escape(text: str) -> str:
    return _escape(_NOT_XML.sub("", text))


def quoteattr(text: str) -> str:
    return _quoteattr(_NOT_XML.sub("", text))


def corpus_json(explainers: Sequence[Explainer]) -> str:
    """`{"schema": "explainer-corpus/1", "articles": [explainer/1, …]}`, in the order given,
    with the editors' corrections applied: the data behind every page of the site."""
    return to_json({"schema": CORPUS_SCHEMA, "articles": explainers})


def _timestamp(iso: str | None) -> str:
    try:
        day = dt.date.fromisoformat(iso or "")
    except ValueError:
        day = dt.date(1970, 1, 1)
    return f"{day.isoformat()}T00:00:00Z"


def atom_feed(archive: Archive, site_name: str, site_url: str | None) -> str:
    """An Atom feed of the latest explainers. Links are absolute when the site has a `site_url`,
    relative to the feed otherwise (it sits at the site root)."""
    base = (site_url or "").rstrip("/") + "/" if site_url else ""
    latest = archive.articles[:FEED_ENTRIES]
    updated = _timestamp(latest[0].article.date if latest else None)
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        f"  <title>{escape(site_name)}</title>",
        f"  <id>{escape(base or 'urn:article-explainer:feed')}</id>",
        f"  <link rel=\"alternate\" href={quoteattr(base or './')}/>",
        f"  <updated>{updated}</updated>",
    ]
    for x in latest:
        a = x.article
        href = f"{base}articles/{a.slug}/"
        lines += [
            "  <entry>",
            f"    <title>{escape(a.title)}</title>",
            f"    <link rel=\"alternate\" href={quoteattr(href)}/>",
            f"    <id>{escape(href if base else f'urn:article-explainer:{a.slug}')}</id>",
            f"    <updated>{_timestamp(a.date)}</updated>",
            f"    <author><name>{escape(a.author or a.source or site_name)}</name></author>",
            f"    <summary>{escape(' '.join(x.summary))}</summary>",
            "  </entry>",
        ]
    lines.append("</feed>")
    return "\n".join(lines) + "\n"

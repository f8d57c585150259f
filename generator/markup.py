"""Escaping untrusted text for Markdown and HTML, and the Markdown snippets pages are built of."""

from __future__ import annotations

import html
import re

from markupsafe import Markup

# Every ASCII character that Markdown or the site's extensions (tables, attr_list, md_in_html,
# admonition, toc, pymdownx tabbed and superfences) give a meaning to. Python-Markdown's
# backslash escapes cover the first group; the rest become character references, which Markdown
# passes through untouched. Text is kept on one line, so line-based syntax (setext headings,
# lists) cannot form.
_ESCAPES = str.maketrans({
    **{char: "\\" + char for char in "\\`*_{}[]()#+-.!|"},
    "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "=": "&#61;", "~": "&#126;",
})
_WHITESPACE = re.compile(r"\s+")


def md(text: object) -> Markup:
    """Untrusted text as inert Markdown inline content on one line."""
    return Markup(_WHITESPACE.sub(" ", str(text)).translate(_ESCAPES))


def attr(text: object) -> Markup:
    """Untrusted text inside a double-quoted HTML attribute or link title."""
    return Markup(html.escape(_WHITESPACE.sub(" ", str(text)), quote=True))


def link(label: object, target: str, title: str | None = None) -> Markup:
    """A Markdown link; the label is escaped, the target must be one the code built."""
    suffix = f' "{attr(title)}"' if title else ""
    return Markup(f"[{md(label)}]({target}{suffix})")


def url(value: str) -> str:
    """An http(s) address made safe inside `<…>` Markdown link syntax."""
    return "".join(c if c.isascii() and c.isprintable() and c not in '<>"\\ ' else
                   "".join(f"%{b:02X}" for b in c.encode()) for c in value)

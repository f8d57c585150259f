"""Read an article file into an `Article`: decoding, metadata, title, slug, dateline and date."""

from __future__ import annotations

import codecs
import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from . import corrections
from .aliases import is_title
from .dateline import find_dateline
from .errors import ArticleError
from .ids import slugify
from .model import Article
from .names import fold
from .pubdate import date_in_text, dateline_date, parse_date

ARTICLE_SUFFIXES = (".md", ".markdown", ".txt")

# Canonical field → the names other tools write for it (Jekyll, Hugo, Pelican, Obsidian,
# web clippers, CMS exports). Matched case-insensitively, `-` and `_` alike.
ALIASES: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline", "heading"),
    "date": ("date", "published", "published_at", "publish_date", "pubdate", "date_published",
             "datepublished", "created", "created_at", "date_created", "datecreated", "time"),
    "source": ("source", "site", "site_name", "sitename", "publisher", "publication", "outlet",
               "agency", "newspaper"),
    "url": ("url", "link", "source_url", "canonical_url", "canonical", "permalink", "original",
            "original_url", "href"),
    "author": ("author", "authors", "byline", "by", "creator", "writer"),
    "tags": ("tags", "keywords", "categories", "topics"),
    "slug": ("slug",),
}
_FIELD_OF = {alias.replace("-", "_"): name for name, names in ALIASES.items() for alias in names}

_FRONT_MATTER_OPEN = re.compile(r"\A---[ \t]*\n")
_FRONT_MATTER_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$\n?", re.MULTILINE)
_HEADER_LINE = re.compile(r"\A([A-Za-z][\w -]{0,30}):[ \t]*(.*?)[ \t]*\Z")
_TITLE_MAX = 150
# Where a sentence may end, and the words whose full stop ends none ("U.S.", "J.").
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z“\"])")
_DOTTED_WORD = re.compile(r"(?:[A-Za-z]\.)+")
_CODECS = (("utf-8-sig", codecs.BOM_UTF8), ("utf-32", codecs.BOM_UTF32_LE),
           ("utf-32", codecs.BOM_UTF32_BE), ("utf-16", codecs.BOM_UTF16_LE),
           ("utf-16", codecs.BOM_UTF16_BE))
FALLBACK_ENCODING = "cp1252"
# Control bytes that no text file carries (tab, newlines, form feed and escape aside); more than
# this share of them, or any NUL at all beyond a couple, and the file is not an article.
_BINARY_BYTES = bytes([*range(0, 8), 11, *range(14, 27), *range(28, 32)])
BINARY_SHARE = 0.01


@dataclass
class ReadResult:
    article: Article
    warnings: list[str] = field(default_factory=list)


def is_article(path: str | Path) -> bool:
    name = Path(path).name
    return not name.startswith(".") and name.lower().endswith(ARTICLE_SUFFIXES)


def decode(raw: bytes, name: str, warnings: list[str]) -> str:
    """Text from bytes: a BOM decides, then UTF-8, then the declared fallback with a warning."""
    for encoding, bom in _CODECS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError as error:
                raise ArticleError(name, f"not valid {encoding} despite its byte-order mark "
                                         f"(byte {error.start})") from None
    controls = sum(raw.count(bytes([b])) for b in _BINARY_BYTES)
    if controls > max(2, len(raw) * BINARY_SHARE):
        raise ArticleError(name, f"binary file ({controls} control bytes such as NUL), not text")
    if b"\x00" in raw:
        # A stray NUL in pasted text is an accident; the text around it is still the story.
        count = raw.count(b"\x00")
        warnings.append(f"{name}: removed {count} NUL character{'s' if count > 1 else ''}")
        raw = raw.replace(b"\x00", b"")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        try:
            text = raw.decode(FALLBACK_ENCODING)
        except UnicodeDecodeError:
            raise ArticleError(name, f"not UTF-8 (invalid byte at {error.start}) and not "
                                     f"{FALLBACK_ENCODING} either") from None
        warnings.append(f"{name}: not UTF-8 (invalid byte at {error.start}); "
                        f"read as {FALLBACK_ENCODING}")
        return text


def split_front_matter(text: str, name: str) -> tuple[dict[str, Any], int]:
    """YAML front matter as a mapping, and the offset where the body starts."""
    opening = _FRONT_MATTER_OPEN.match(text)
    if not opening:
        return {}, 0
    closing = _FRONT_MATTER_CLOSE.search(text, opening.end())
    if not closing:
        raise ArticleError(name, "front matter opened with '---' on line 1 is never closed")
    try:
        data = yaml.safe_load(text[opening.end() : closing.start()])
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise ArticleError(name, f"front matter is not valid YAML{where}: {problem}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ArticleError(name, f"front matter is a {type(data).__name__}, not a mapping")
    return data, closing.end()


def split_header_lines(text: str) -> tuple[dict[str, Any], int]:
    """`Key: value` lines at the top of a plain-text article, for known keys only."""
    data: dict[str, Any] = {}
    offset = 0
    for line in text.splitlines(keepends=True):
        match = _HEADER_LINE.match(line.strip())
        key = match and match[1].strip().lower().replace("-", "_").replace(" ", "_")
        if not match or key not in _FIELD_OF or not match[2]:
            break
        data[key] = match[2]
        offset += len(line)
    return data, offset


def canonical_metadata(raw: dict[str, Any], name: str, warnings: list[str]) -> dict[str, Any]:
    """Map aliases onto canonical fields; values of a wrong type are dropped with a warning."""
    meta: dict[str, Any] = {}
    for key, value in raw.items():
        field_name = _FIELD_OF.get(str(key).strip().lower().replace("-", "_"))
        if field_name is None or field_name in meta or value is None:
            continue
        if field_name == "date":
            date = parse_date(value)
            if date is None:
                warnings.append(f"{name}: '{key}' is not a date ({value!r}); ignored")
                continue
            meta["date"] = date
        elif field_name in ("tags", "author"):
            if isinstance(value, list):
                items = value
            elif isinstance(value, str | int | float) and not isinstance(value, bool):
                items = re.split(r"\s*[,;]\s*", str(value))
            else:
                items = [value]
            if not all(isinstance(i, str | int | float) and not isinstance(i, bool)
                       for i in items):
                warnings.append(f"{name}: '{key}' must be text or a list of text; ignored")
                continue
            items = [str(i).strip() for i in items if str(i).strip()]
            meta[field_name] = items if field_name == "tags" else ", ".join(items)
        elif isinstance(value, str | int | float) and not isinstance(value, bool):
            text = " ".join(str(value).split())
            if field_name == "url" and not re.match(r"https?://[^\s/]", text, re.IGNORECASE):
                warnings.append(f"{name}: '{key}' is not an http(s) address ({text!r}); ignored")
            elif text:
                meta[field_name] = text
        else:
            warnings.append(f"{name}: '{key}' must be text, not {type(value).__name__}; ignored")
    return meta


def _title_line(text: str, offset: int) -> tuple[str | None, int]:
    """A plain-text title: a short first line without final punctuation, then a line break."""
    rest = text[offset:]
    stripped = rest.lstrip()
    start = offset + len(rest) - len(stripped)
    line, newline, _ = stripped.partition("\n")
    line = line.strip()
    if (not newline or not line or len(line) > _TITLE_MAX or line[-1] in ".!?:;,…\"”’)"
            or find_dateline(line + " ")):
        return None, offset
    return line, start + len(line) + 1


def _markdown_title(text: str, offset: int) -> tuple[str | None, int]:
    """A Markdown article's leading `# Heading`."""
    match = re.compile(r"[ \t\n]*#[ \t]+(.+?)[ \t#]*(?:\n|\Z)").match(text, offset)
    if not match:
        return None, offset
    return match[1].strip(), match.end()


def _repeated_title(text: str, offset: int, title: str) -> int:
    """Past a first line that says the title again, full stop or not; else `offset`."""
    rest = text[offset:]
    stripped = rest.lstrip()
    line, newline, _ = stripped.partition("\n")
    if newline and fold(line.strip().rstrip(".")) == fold(title.rstrip(".")):
        return offset + len(rest) - len(stripped) + len(line) + 1
    return offset


def derive_title(body: str, lead_start: int) -> str:
    """A title from the lead when the article has none: its first clause, cut at a word."""
    paragraph = " ".join(body[lead_start:].strip().split("\n\n", 1)[0].split())
    sentence = paragraph
    for stop in _SENTENCE_END.finditer(paragraph):
        word = paragraph[:stop.start() + 1].rsplit(None, 1)[-1]
        # "The Evolution Of The U.S. Prison System", "Sen. Warren": no sentence ends there.
        if not (_DOTTED_WORD.fullmatch(word) or is_title(word)):
            sentence = paragraph[:stop.start() + 1]
            break
    sentence = sentence.rstrip(".")
    if len(sentence) <= 90:
        return sentence or "Untitled article"
    for mark in (", ", "; ", " – ", " — ", " - "):
        cut = sentence.find(mark, 30)
        if 0 < cut <= 100:
            return sentence[:cut]
    return sentence[:90].rsplit(" ", 1)[0] + "…"


def read_article(path: str | Path, *, date: dt.date | None = None,
                 name: str | None = None) -> ReadResult:
    """Read one article; raises `ArticleError` naming the file when it cannot become a page.

    `name` is how messages name the file (its path relative to `content/`, say); `date`
    overrides every other source of the publication date.
    """
    path = Path(path)
    name = name or str(path)
    warnings: list[str] = []
    try:
        raw = path.read_bytes()
        mtime = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC).date()
    except OSError as error:
        raise ArticleError(name, f"cannot be read: {error.strerror or error}") from None
    text = decode(raw, name, warnings).replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ArticleError(name, "empty file, nothing to explain")

    markdown = not path.name.lower().endswith(".txt")
    if markdown:
        raw_meta, offset = split_front_matter(text, name)
    else:
        raw_meta, offset = split_header_lines(text)
    meta = canonical_metadata(raw_meta, name, warnings)
    fixes = corrections.parse(raw_meta.get("corrections"), name, warnings)

    title_source = "metadata" if meta.get("title") else "derived"
    title, after = (_markdown_title if markdown else _title_line)(text, offset)
    # A Markdown heading that repeats the front-matter title is not part of the story either.
    if title and (not meta.get("title") or (markdown and title.lower() == meta["title"].lower())):
        offset = after
        if not meta.get("title"):
            meta["title"], title_source = title, "text"
    elif markdown and meta.get("title"):
        # So is a first line that repeats it in plain text ("Falling Deficit … as U.S. Ages."),
        # which would hide the dateline under it.
        offset = _repeated_title(text, offset, meta["title"])
    # The body starts at its first non-blank line; blank lines left by metadata carry nothing.
    offset += len(text[offset:]) - len(text[offset:].lstrip("\n"))
    body = text[offset:]
    if not body.strip():
        raise ArticleError(name, "no article text after the metadata")

    dateline = find_dateline(body)
    lead_start = dateline.span[1] if dateline else 0
    lead = body[lead_start:].split("\n\n", 1)[0]
    if date is not None:
        published, date_source = date, "command-line"
    elif meta.get("date"):
        published, date_source = meta["date"], "front-matter"
    elif dateline and dateline.date and (found := dateline_date(
            dateline.date, (date_in_text(body, lead) or mtime).year)):
        published, date_source = found, "dateline"
    elif found := date_in_text(body, lead):
        published, date_source = found, "text"
    else:
        published, date_source = mtime, "file"

    source = meta.get("source") or (dateline.agency if dateline else None)
    return ReadResult(
        Article(
            slug=slugify(str(meta.get("slug") or path.stem), default="article"),
            title=meta.get("title") or derive_title(body, lead_start),
            body=body,
            path=name,
            date=published.isoformat(),
            date_source=date_source,
            source=source,
            url=meta.get("url"),
            author=meta.get("author"),
            dateline=dateline.place if dateline else None,
            agency=dateline.agency if dateline else None,
            tags=meta.get("tags", []),
            title_source=title_source,
            corrections=fixes,
        ),
        warnings,
    )

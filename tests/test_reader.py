"""Reading articles: metadata, titles, slugs, dates, datelines, and files that cannot be read."""

from __future__ import annotations

import datetime as dt
import os

import pytest

from generator.errors import ArticleError
from generator.reader import read_article

from .conftest import SAMPLE


def write(tmp_path, name: str, content: str | bytes):
    path = tmp_path / name
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


def test_sample_article_metadata(sample_article):
    a = sample_article
    assert a.slug == "reuters-kunduz-2015-09-28"
    # The first line is a long sentence ending with a full stop, so the title is derived from it.
    assert a.title == "Taliban fighters on Monday battled their way into the center of Kunduz"
    assert a.title_source == "derived"
    assert a.date == "2015-09-28" and a.date_source == "text"  # the photo caption's date
    assert a.dateline == "KUNDUZ, Afghanistan" and a.agency == "Reuters"
    assert a.source == "Reuters"
    # The body is the file's text, untouched.
    assert a.body == SAMPLE.read_text(encoding="utf-8")


def test_markdown_front_matter_and_aliases(tmp_path):
    path = write(tmp_path, "Some Story.md", "---\nheadline: Big news\npublished: 2020-02-03\n"
                 "site: The Daily\nlink: https://example.com/a\nauthors: [Ann, Bo]\n"
                 "keywords: politics, world\nslug: my story\n---\n\nBody text here.\n")
    a = read_article(path).article
    assert (a.title, a.date, a.date_source) == ("Big news", "2020-02-03", "front-matter")
    assert (a.source, a.url, a.author) == ("The Daily", "https://example.com/a", "Ann, Bo")
    assert a.tags == ["politics", "world"]
    assert a.slug == "my-story"
    assert a.body == "Body text here.\n"


def test_markdown_heading_is_the_title_when_front_matter_has_none(tmp_path):
    path = write(tmp_path, "a.md", "# Floods in the north\n\nRivers rose on Tuesday.\n")
    a = read_article(path).article
    assert a.title == "Floods in the north" and a.title_source == "text"
    assert a.body == "Rivers rose on Tuesday.\n"


def test_a_first_line_repeating_the_title_is_not_the_story(tmp_path):
    # It had hidden the dateline under it and stood in the summary and the timeline.
    path = write(tmp_path, "d.md", "---\ntitle: \"Falling Deficit to Reverse Course in '16\"\n"
                 "---\n\nFalling Deficit to Reverse Course in '16.\n\nWASHINGTON --  A trend "
                 "will end this year.\n")
    a = read_article(path).article
    assert a.body == "WASHINGTON --  A trend will end this year.\n"
    assert a.dateline == "WASHINGTON"
    # A first line that only starts like the title stays.
    path = write(tmp_path, "e.md", "---\ntitle: Floods\n---\n\nFloods hit the north.\n")
    assert read_article(path).article.body == "Floods hit the north.\n"


def test_text_title_line_and_header_lines(tmp_path):
    path = write(tmp_path, "b.txt", "Source: Wire\nDate: 5 March 2019\nURL: https://x.test/1\n\n"
                 "Storm hits coast\n\nA storm hit the coast, officials said.\n")
    a = read_article(path).article
    assert (a.title, a.source, a.url) == ("Storm hits coast", "Wire", "https://x.test/1")
    assert (a.date, a.date_source) == ("2019-03-05", "front-matter")
    assert a.body == "A storm hit the coast, officials said.\n"


def test_text_first_line_with_final_punctuation_is_body(tmp_path):
    path = write(tmp_path, "c.txt", "The storm hit the coast on Friday, killing two people.\n\n"
                 "More rain is forecast.\n")
    a = read_article(path).article
    assert a.body.startswith("The storm hit")
    assert a.title_source == "derived" and a.title.startswith("The storm hit the coast")


def test_a_derived_title_runs_past_abbreviations(tmp_path):
    path = write(tmp_path, "h.txt", "Ava DuVernay’s ‘13th’ Explores The Evolution Of The U.S. "
                 "Prison System.\n\nSen. J. Smith spoke. Nobody listened.\n")
    assert read_article(path).article.title == (
        "Ava DuVernay’s ‘13th’ Explores The Evolution Of The U.S. Prison System")


def test_dateline_date_and_command_line_override(tmp_path):
    path = write(tmp_path, "d.txt", "LONDON, Sept 28 (Reuters) - Prices rose.\n\n"
                 "Photo taken September 30, 2016. REUTERS/Someone\n")
    a = read_article(path).article
    assert (a.date, a.date_source, a.dateline) == ("2016-09-28", "dateline", "LONDON")
    forced = read_article(path, date=dt.date(2001, 1, 2)).article
    assert (forced.date, forced.date_source) == ("2001-01-02", "command-line")


def test_file_date_is_the_last_resort(tmp_path):
    path = write(tmp_path, "e.txt", "Nothing here says when. Nothing at all.\n")
    os.utime(path, (1_000_000_000, 1_000_000_000))
    a = read_article(path).article
    assert (a.date, a.date_source) == ("2001-09-09", "file")


def test_prose_dates_are_not_publication_dates(tmp_path):
    # A date in running prose is background, not the day the story was published.
    path = write(tmp_path, "f.txt", "The war began on March 20, 2003, and lasted for years "
                 "according to most of the historians who have studied it closely.\n")
    os.utime(path, (1_000_000_000, 1_000_000_000))
    assert read_article(path).article.date_source == "file"


@pytest.mark.parametrize(("content", "reason"), [
    (b"", "empty file"),
    (b"  \n\n\t ", "empty file"),
    (b"\x00\x01\x02binary", "binary file"),
    (b"---\ntitle: [unclosed\n---\nBody\n", "front matter is not valid YAML (line 3)"),
    (b"---\ntitle: x\nBody without end\n", "never closed"),
    (b"---\n- a\n- b\n---\nBody\n", "front matter is a list, not a mapping"),
    (b"---\ntitle: only metadata\n---\n\n", "no article text"),
])
def test_unreadable_articles_name_the_file_and_reason(tmp_path, content, reason):
    path = write(tmp_path, "bad.md", content)
    with pytest.raises(ArticleError) as error:
        read_article(path, name="bad.md")
    assert str(error.value).startswith("bad.md: ")
    assert reason in str(error.value)


def test_missing_file(tmp_path):
    with pytest.raises(ArticleError, match="cannot be read"):
        read_article(tmp_path / "missing.txt")


def test_encodings(tmp_path):
    utf16 = write(tmp_path, "u16.txt", "Café owners said prices rose.\n".encode("utf-16"))
    assert read_article(utf16).article.body == "Café owners said prices rose.\n"
    latin = write(tmp_path, "l1.txt", "Caf\xe9 owners said prices rose.\r\n".encode("cp1252"))
    result = read_article(latin, name="l1.txt")
    assert result.article.body == "Café owners said prices rose.\n"
    assert result.warnings == ["l1.txt: not UTF-8 (invalid byte at 3); read as cp1252"]


def test_wrong_metadata_types_are_dropped_with_a_warning(tmp_path):
    path = write(tmp_path, "w.md", "---\ntitle: {a: 1}\ndate: someday\nurl: javascript:alert(1)\n"
                 "---\nSome text here.\n")
    result = read_article(path, name="w.md")
    assert result.article.url is None
    assert result.article.date_source == "file"
    assert len(result.warnings) == 3
    assert all(w.startswith("w.md: '") for w in result.warnings)

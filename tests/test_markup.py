"""Escaping: untrusted text never becomes markup in Markdown or HTML."""

from __future__ import annotations

import markdown

from generator.markup import attr, md, url

EXTENSIONS = ["attr_list", "md_in_html", "tables", "admonition", "toc"]
HOSTILE = [
    "<script>document.title='pwned'</script>",
    "<img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    "**bold** _it_ `code` # not a heading",
    "{: onclick=alert(1) } {#id .cls}",
    "| a | b |",
    "!!! note",
    "&amp; &lt;b&gt;",
    "{{ config }} {% raw %}",
    "<!-- comment -->",
    "1. item",
    "\\*escaped\\*",
]


def test_escaped_text_renders_as_itself():
    for text in HOSTILE:
        html = markdown.markdown(str(md(text)), extensions=EXTENSIONS)
        assert "<script" not in html and "<img" not in html and "<a " not in html
        assert "<strong>" not in html and "<em>" not in html and "<code>" not in html
        assert "onclick" not in html.split(">", 1)[0]
        # What a reader sees is the original text.
        from html.parser import HTMLParser

        seen: list[str] = []
        parser = HTMLParser(convert_charrefs=True)
        parser.handle_data = seen.append
        parser.feed(html)
        assert "".join(seen).strip() == text.strip(), text


def test_text_in_a_table_cell_stays_in_its_cell():
    table = f"| a | b |\n| --- | --- |\n| {md('x | y')} | z |\n"
    html = markdown.markdown(table, extensions=EXTENSIONS)
    assert html.count("<td>") == 2


def test_attribute_and_url_escaping():
    assert attr('a "b" <c>') == "a &quot;b&quot; &lt;c&gt;"
    assert url('https://x.test/a b<c>"') == "https://x.test/a%20b%3Cc%3E%22"

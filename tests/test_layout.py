"""Layout: the sample's sub-headings, caption and web asides are told apart from paragraphs."""

from __future__ import annotations

from generator.layout import blocks


def test_sample_layout(sample_article):
    body = sample_article.body
    kinds = [(b.kind, body[b.span[0]:b.span[1]]) for b in blocks(body)]
    assert [t for k, t in kinds if k == "heading"] == ["“IT LOOKS GRIM”", "FAMILIES SEPARATED"]
    assert [t[:25] for k, t in kinds if k == "caption"] == ["Afghan security forces tr"]
    assert [t[:16] for k, t in kinds if k == "aside"] == ["Related Coverage", "Slideshow (4 Ima"]
    assert sum(k == "paragraph" for k, _ in kinds) == 33


def test_blocks_cover_text_without_surrounding_space():
    body = "  First para\nstill first.\n\n\n## Heading\n\n(Reporting by A; Editing by B)  \n"
    found = blocks(body)
    assert [b.kind for b in found] == ["paragraph", "heading", "credit"]
    assert [body[s:e] for s, e in (b.span for b in found)] == [
        "First para\nstill first.", "## Heading", "(Reporting by A; Editing by B)"]


def test_an_editors_note_is_the_publishers_aside():
    # HuffPost put one under every Trump story of 2016; its words are no one's quote.
    body = ("Graham spoke.\n\nEditor’s note: Donald Trump regularly\nincites\npolitical "
            "violence and is a serial liar, rampant xenophobe.\n\nEditors' Note: An earlier "
            "version misspelled a name.")
    assert [b.kind for b in blocks(body)] == ["paragraph", "aside", "aside"]


def test_a_paragraph_pasted_twice_is_an_aside_the_second_time():
    # Its quotes and mentions would count twice; a short answer may be given twice.
    repeated = "“It's a very disturbing matter,” the man's lawyer, David Shellnutt, said."
    body = f"{repeated}\n\nYes.\n\nThe claim was filed.\n\nYes.\n\n{repeated}"
    assert [b.kind for b in blocks(body)] == [
        "paragraph", "paragraph", "paragraph", "paragraph", "aside"]

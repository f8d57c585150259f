"""Quotation marks paired into quoted segments, without the parser."""

from __future__ import annotations

from generator.layout import blocks
from generator.quotemarks import lines_as_paragraphs, paragraph_segments, quoted_segments


def words(text):
    return [(text[s.span[0]:s.span[1]], s.opened, s.closed)
            for s in paragraph_segments(text, 0, len(text))]


def test_curly_straight_and_mixed_marks():
    assert words("“One two,” she said. \"Three four.\" «Five» and “six\"") == [
        ("One two", True, True), ("Three four.", True, True), ("Five", True, True),
        ("six", True, True)]


def test_two_apostrophes_or_backticks_are_one_mark():
    # The NYT's archive text, and older newswire: `''…''` and ``` ``…'' ```.
    assert words("''Now it's mostly women,'' said Amy Rao. ''They're younger.''") == [
        ("Now it's mostly women", True, True), ("They're younger.", True, True)]
    assert words("He said ``we will win'' and left. The students' books stay.") == [
        ("we will win", True, True)]


def test_marks_set_the_wrong_way_round_are_read_from_their_context():
    assert words("”Hello there,” he said.") == [("Hello there", True, True)]


def test_single_marks_never_open_a_quote():
    assert words("She said: \"I love the 'Gatsby' book.\" It's Tom's.") == [
        ("I love the 'Gatsby' book.", True, True)]


def test_a_quote_left_open_runs_to_the_paragraph_end():
    assert words("He said: “The line will reopen in March.") == [
        ("The line will reopen in March.", True, False)]


def test_markup_attributes_are_not_quotes():
    assert words('<tweet id="6993" author="@x">“Very good reporter there”') == [
        ("Very good reporter there", True, True)]


def test_next_paragraph_reopening_the_quote_continues_it():
    text = "He said: “First paragraph.\n\n“Second paragraph.”\n\n“A new quote.”"
    found = quoted_segments(text, [block.span for block in blocks(text)])
    assert [[s.continued for s in segments] for segments in found] == [[False], [True], [False]]


def test_lines_are_paragraphs_only_when_each_ends_a_sentence():
    text = "First line ends.\n“Second line,” he said.\nThird."
    assert lines_as_paragraphs(text, (0, len(text))) == [(0, 16), (17, 40), (41, 47)]
    wrapped = "A hard-wrapped line that\ngoes on “and\nquotes” too."
    assert lines_as_paragraphs(wrapped, (0, len(wrapped))) == [(0, len(wrapped))]

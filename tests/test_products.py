"""Products and bodies on hand-built parses, so that each rule is checked apart from the model."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from generator.products import used_as_organization, used_as_product

# (words, heads, deps, pos, lemmas) for each parse; heads are absolute token indices.
PARSES = {
    "the Safari browser": (["the", "Safari", "browser"], [2, 2, 2],
                           ["det", "compound", "ROOT"], ["DET", "PROPN", "NOUN"],
                           ["the", "Safari", "browser"]),
    "Intel processors": (["Intel", "processors"], [1, 1], ["compound", "ROOT"],
                         ["PROPN", "NOUN"], ["Intel", "processor"]),
    "OS X Lion ships": (["OS", "X", "Lion", "ships"], [2, 2, 3, 3],
                        ["compound", "compound", "nsubj", "ROOT"],
                        ["PROPN", "PROPN", "PROPN", "VERB"], ["OS", "X", "Lion", "ship"]),
    "Luther Pate IV spoke": (["Luther", "Pate", "IV", "spoke"], [2, 2, 3, 3],
                             ["compound", "compound", "nsubj", "ROOT"],
                             ["PROPN", "PROPN", "PROPN", "VERB"],
                             ["Luther", "Pate", "IV", "speak"]),
    "Tiger , the newest version": (["Tiger", ",", "the", "newest", "version"], [0, 0, 4, 4, 0],
                                   ["ROOT", "punct", "det", "amod", "appos"],
                                   ["PROPN", "PUNCT", "DET", "ADJ", "NOUN"],
                                   ["Tiger", ",", "the", "new", "version"]),
    "iPod Classic , Nano": (["iPod", "Classic", ",", "Nano"], [1, 1, 1, 1],
                            ["compound", "ROOT", "punct", "conj"],
                            ["PROPN", "PROPN", "PUNCT", "PROPN"],
                            ["iPod", "Classic", ",", "Nano"]),
    "Apple Inc. grew": (["Apple", "Inc.", "grew"], [1, 2, 2], ["compound", "nsubj", "ROOT"],
                        ["PROPN", "PROPN", "VERB"], ["Apple", "Inc.", "grow"]),
    "Apple unveiled it": (["Apple", "unveiled", "it"], [1, 1, 1], ["nsubj", "ROOT", "dobj"],
                          ["PROPN", "VERB", "PRON"], ["Apple", "unveil", "it"]),
    "iPhone is claimed": (["iPhone", "is", "claimed"], [2, 2, 2],
                          ["nsubjpass", "auxpass", "ROOT"], ["PROPN", "AUX", "VERB"],
                          ["iPhone", "be", "claim"]),
    "Mac computers": (["Mac", "computers"], [1, 1], ["compound", "ROOT"], ["PROPN", "NOUN"],
                      ["Mac", "computer"]),
    "Apple engineers": (["Apple", "engineers"], [1, 1], ["compound", "ROOT"],
                        ["PROPN", "NOUN"], ["Apple", "engineer"]),
    "web browser Safari": (["web", "browser", "Safari"], [1, 2, 2],
                           ["compound", "compound", "ROOT"], ["NOUN", "NOUN", "PROPN"],
                           ["web", "browser", "Safari"]),
    "operating system Mac OSX": (["operating", "system", "Mac", "OSX"], [1, 3, 3, 3],
                                 ["amod", "compound", "compound", "ROOT"],
                                 ["NOUN", "NOUN", "PROPN", "PROPN"],
                                 ["operating", "system", "Mac", "OSX"]),
    "school system Fairfax": (["school", "system", "Fairfax"], [1, 2, 2],
                              ["compound", "compound", "ROOT"], ["NOUN", "NOUN", "PROPN"],
                              ["school", "system", "Fairfax"]),
    "fashion model Kate Moss": (["fashion", "model", "Kate", "Moss"], [1, 3, 3, 3],
                                ["compound", "compound", "compound", "ROOT"],
                                ["NOUN", "NOUN", "PROPN", "PROPN"],
                                ["fashion", "model", "Kate", "Moss"]),
}


def span(text: str, start: int, end: int):
    words, heads, deps, pos, lemmas = PARSES[text]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    return doc[start:end]


@pytest.mark.parametrize(("text", "start", "end", "product"), [
    ("the Safari browser", 1, 2, True),  # a product's kind after it
    ("Intel processors", 0, 1, False),  # a device names the maker
    ("OS X Lion ships", 0, 3, True),  # a version in Roman numerals
    ("Luther Pate IV spoke", 0, 3, False),  # last, it is a person's
    ("Tiger , the newest version", 0, 1, True),  # an appositive calls it a version
    ("iPod Classic , Nano", 3, 4, True),  # joined to a product's name
    ("web browser Safari", 2, 3, True),  # a product's kind before it
    ("operating system Mac OSX", 2, 4, True),
    ("school system Fairfax", 2, 3, False),  # a system alone may be a body
    ("fashion model Kate Moss", 2, 4, False),  # before a name, "model" is a trade
])
def test_used_as_product(text, start, end, product):
    assert used_as_product(span(text, start, end)) is product


@pytest.mark.parametrize(("text", "start", "end", "body"), [
    ("Apple Inc. grew", 0, 2, True),  # a legal form
    ("Apple unveiled it", 0, 1, True),  # a release verb's subject
    ("iPhone is claimed", 0, 1, False),  # the passive says nothing of who claims it
    ("Mac computers", 0, 1, False),  # nameparser's "computer" title names a thing here
    ("Apple engineers", 0, 1, True),  # people who work for it
])
def test_used_as_organization(text, start, end, body):
    assert used_as_organization(span(text, start, end)) is body

"""The actors benchmark's scoring on hand-made gold, and a smoke run on two MEANTIME articles."""

from __future__ import annotations

import pytest

from benchmarks.actors import Entity, GoldDoc, compare, load, paragraphs, score
from generator.model import Actor

BODY = "Acme Corp. hired Jane Roe. Acme said Roe starts Monday. Acme Phone sells well."
#       0         1         2         3         4         5         6         7
#       0123456789012345678901234567890123456789012345678901234567890123456789012345678


def gold() -> GoldDoc:
    return GoldDoc("t", BODY, None, len(BODY), [
        Entity("Acme", "ORG", True, [(0, 10), (27, 31)]),
        Entity("Jane Roe", "PER", True, [(17, 25), (37, 40)]),
        Entity("Acme Phone", "PRO", True, [(56, 66)]),
    ], unlinked=[])


def test_a_perfect_answer():
    actors = [Actor("acme", "Acme Corp.", "organization", mentions=[(0, 10), (27, 31)]),
              Actor("jane-roe", "Jane Roe", "person", mentions=[(17, 25), (37, 40)])]
    s = score(gold(), actors)
    assert (s.gold, s.found, s.found_kind, s.found_exact) == (2, 2, 2, 2)
    assert (s.actors, s.correct, s.type_errors, s.false, s.kind_right) == (2, 2, 0, 0, 2)
    assert (s.split, s.merged, s.pure, s.inverse_pure, s.matched, s.exact) == (0, 0, 4, 4, 4, 4)


def test_splits_merges_kinds_and_type_errors():
    actors = [Actor("acme", "Acme", "person", mentions=[(0, 4)]),  # partial span, wrong kind
              Actor("acme-2", "Acme", "organization", mentions=[(27, 31), (37, 40)]),  # merge
              Actor("phone", "Acme Phone", "organization", mentions=[(56, 66)]),  # a product
              Actor("starts", "Monday", "person", mentions=[(48, 54)])]  # nothing there
    s = score(gold(), actors)
    assert (s.found, s.found_kind, s.found_exact) == (2, 1, 2)
    assert (s.correct, s.type_errors, s.false) == (2, 1, 1)
    assert s.kind_right == 1  # "Acme" as a person is wrong, the merged actor counts as ORG
    assert (s.split, s.merged) == (1, 1)  # Acme over two actors; Acme + Roe in one
    assert (s.matched, s.exact, s.pure, s.inverse_pure) == (3, 2, 2, 2)


def test_paragraphs_keep_gold_offsets_aligned():
    text = "Title\nMarch 1, 2008\nAcme hired Roe."
    body, shift = paragraphs(text)
    start = text.index("Acme")
    assert body[shift(start):shift(start + 4)] == "Acme"
    assert body.count("\n\n") == 2


def test_smoke_on_two_corpus_articles(shared_eval, pipeline):
    from benchmarks.common import article_from_text

    paths = sorted((shared_eval / "meantime-entities").glob("*.json"))[:2]
    if not paths:
        pytest.skip("meantime-entities is empty")
    for path in paths:
        doc = load(path)
        explainer = pipeline.explain(article_from_text(doc.body, doc.doc_id, doc.date))
        s = score(doc, explainer.actors)
        assert s.gold > 0 and s.found > 0 and s.correct > 0


def test_compare_lists_the_names_removed_and_added(tmp_path, capsys):
    before, after = tmp_path / "before.json", tmp_path / "after.json"
    before.write_text('{"a": ["Apple", "Mac"], "b": ["DNC"]}', encoding="utf-8")
    after.write_text('{"a": ["Apple"], "b": ["DNC", "RNC"]}', encoding="utf-8")
    compare(before, after)
    assert capsys.readouterr().out.splitlines() == ["removed: 1", "  a: Mac", "added: 1",
                                                    "  b: RNC"]

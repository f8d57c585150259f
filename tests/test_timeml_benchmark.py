"""The TimeML benchmark's reader and scorer, on one TimeBank and one MEANTIME file (skips without
the corpus; the full run is `python3 dev.py bench timeml`)."""

from __future__ import annotations

from benchmarks.timeml import Document, Gold, read_meantime, read_tml, score, untag
from generator.model import TimeExpr


def test_untag_keeps_offsets_and_drops_unclosed_tags():
    text, gold = untag('On <TIMEX3 tid="t1" type="DATE" value="1998-01-08">Friday</TIMEX3>'
                       ' &amp; <TIMEX3 type="DURATION" value="P2Y">from <TIMEX3 type="DATE" '
                       'value="2009">2009</TIMEX3></TEXT>')
    assert text == "On Friday & from 2009"
    assert [(text[g.span[0]:g.span[1]], g.value) for g in gold] == [("Friday", "1998-01-08"),
                                                                    ("2009", "2009")]


def test_scores_as_tempeval_counts():
    doc_gold = [Gold((3, 9), "DATE", "1998-01-08", None), Gold((14, 23), "DURATION", "P2Y",
                                                                None)]

    doc = Document("d", "timebank", "On Friday for two years.", "1998-01-09", doc_gold, 24)
    found = [TimeExpr("Friday", (3, 9), "DATE", "1998-01-08"),
             TimeExpr("two years.", (14, 24), "DURATION", "P3Y"),
             TimeExpr("On", (0, 2), "DATE", "PRESENT_REF")]
    result = score(doc, found)
    assert (result.gold, result.system, result.strict, result.relaxed, result.value,
            result.type) == (2, 3, 1, 2, 1, 2)
    assert result.prf(result.value) == (1 / 3, 1 / 2, 0.4)


def test_reads_the_corpus(shared_eval):
    root = shared_eval / "timeml"
    tml = sorted((root / "timebank").glob("*.tml"))[0]
    doc = read_tml(tml, "timebank")
    assert doc.gold and doc.dct[:4].isdigit()
    marked = tml.read_text(encoding="utf-8")
    for g in doc.gold:
        assert doc.text[g.span[0]:g.span[1]].strip() in marked
    meantime = read_meantime(sorted((root / "meantime-en").glob("*.tml"))[0])
    assert meantime.gold and meantime.limit <= len(meantime.text)
    for g in meantime.gold:
        assert meantime.text[g.span[0]:g.span[1]].strip()

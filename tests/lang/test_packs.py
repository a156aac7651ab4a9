"""The language seam: which packs exist, and the language-free sentence splitter."""

from __future__ import annotations

from newsweave.lang import PACKS, pack_for, reads_statements
from newsweave.lang.en import ENGLISH
from newsweave.lang.xx import sentence_spans, sentences_only
from newsweave.models import Article


def test_english_is_a_full_pack_and_unknown_codes_have_none() -> None:
    assert pack_for("en") is ENGLISH and reads_statements("en")
    assert ENGLISH.annotate is None  # the analyze stage's statistical pipeline
    for code in ("und", "", None, "xx", "EN"):
        assert pack_for(code) is None and not reads_statements(code)
    assert all(code == pack.code for code, pack in PACKS.items())


def test_sentences_of_any_script_end_at_their_full_stops_and_line_breaks() -> None:
    text = "पहला वाक्य यहाँ है। दूसरा वाक्य यहाँ है।\nΠρώτη πρόταση. Δεύτερη πρόταση;\n\n  الجملة الأولى. "
    pieces = [text[s:e] for s, e in sentence_spans(text)]
    assert pieces[:2] == ["पहला वाक्य यहाँ है।", "दूसरा वाक्य यहाँ है।"]
    assert "Πρώτη πρόταση." in pieces and pieces[-1] == "الجملة الأولى."
    assert all(p == p.strip() and "\n" not in p for p in pieces)


def test_sentences_only_carries_nothing_else() -> None:
    ann = sentences_only(Article(id="x", text="Une phrase ici. Une autre là.", language="fr"))
    assert len(ann.sentences) == 2 and not (ann.entities or ann.dates or ann.quotes or ann.numbers)

"""The language seam: which packs exist, and the language-free sentence splitter."""

from __future__ import annotations

import dataclasses

import pytest

from newsweave.lang import NO_WORDS, PACKS, LanguagePack, pack_for, reads_statements, statement_words
from newsweave.lang.en import ENGLISH
from newsweave.lang.xx import sentence_spans, sentences_only
from newsweave.models import Article, Briefing


def test_english_is_a_full_pack_and_unknown_codes_have_none() -> None:
    assert pack_for("en") is ENGLISH and reads_statements("en")
    assert ENGLISH.annotate is None  # the analyze stage's statistical pipeline
    for code in ("und", "", None, "xx", "EN"):
        assert pack_for(code) is None and not reads_statements(code)
    assert all(code == pack.code for code, pack in PACKS.items())


def test_packs_are_found_by_their_folders() -> None:
    from newsweave.lang.fr import FRENCH

    # lang/xx holds what needs no language and declares no pack.
    assert PACKS == {"en": ENGLISH, "fr": FRENCH}


def test_sentences_of_any_script_end_at_their_full_stops_and_line_breaks() -> None:
    text = "पहला वाक्य यहाँ है। दूसरा वाक्य यहाँ है।\nΠρώτη πρόταση. Δεύτερη πρόταση;\n\n  الجملة الأولى. "
    pieces = [text[s:e] for s, e in sentence_spans(text)]
    assert pieces[:2] == ["पहला वाक्य यहाँ है।", "दूसरा वाक्य यहाँ है।"]
    assert "Πρώτη πρόταση." in pieces and pieces[-1] == "الجملة الأولى."
    assert all(p == p.strip() and "\n" not in p for p in pieces)


def test_sentences_only_carries_nothing_else() -> None:
    ann = sentences_only(Article(id="x", text="Une phrase ici. Une autre là.", language="fr"))
    assert len(ann.sentences) == 2 and not (ann.entities or ann.dates or ann.quotes or ann.numbers)


def test_a_stub_pack_without_word_lists_degrades_cleanly(monkeypatch: pytest.MonkeyPatch) -> None:
    """A pack that claims to read statements but brings no StatementWords: weave runs, and every field its
    words would fill stays empty (no claim passes the verb test, so no figures, events or conflicts)."""
    from tests.weave.weave_fixtures import Doc

    from newsweave.lang import statement_words
    from newsweave.models import AnalyzedArticle, Story
    from newsweave.weave.briefing import WeaveOptions, weave

    stub = LanguagePack(code="zz", name="Stub", stop_words=frozenset, annotate=sentences_only,
                        statements=True)
    monkeypatch.setitem(PACKS, "zz", stub)
    assert statement_words("zz") is NO_WORDS and statement_words("und") is NO_WORDS

    def brief(language: str) -> Briefing:
        docs = []
        for i, (toll, outlet) in enumerate(((40, "Wire One"), (90, "Daily Post"))):
            text = f"The Northern Militia seized two villages in Dalvo after killing {toll} guards."
            d = Doc(f"d{i}", text, published="2024-03-02", outlet=outlet)
            d.entity("Northern Militia", "ORG").entity("Dalvo", "GPE")
            d.number(str(toll), toll, toll, "guards killed")
            d.predicate("seized", agent="Militia", patient="villages")
            docs.append(d)
        items = [AnalyzedArticle(dataclasses.replace(d.article(), language=language), d.annotations())
                 for d in docs]
        return weave(Story("st", ("d0", "d1")), items, WeaveOptions(summary_words=60))

    control = brief("en")  # the same reports read as English get every label the stub lacks
    assert control.claims and control.events and control.numbers
    assert any(c.conflicts for c in control.claims)
    b = brief("zz")
    assert len(b.sources) == 2 and b.entities
    assert b.claims == () and b.events == () and b.numbers == () and b.updates == ()


def test_no_words_match_nothing() -> None:
    from newsweave.weave.numbers import fate
    from newsweave.weave.statements import is_assertion

    assert not is_assertion("The Northern Militia seized two villages.", NO_WORDS)
    assert fate("killed and wounded", NO_WORDS) is None
    assert all(p.search("anything at all") is None
               for p in (NO_WORDS.verb_like, NO_WORDS.toll_before, NO_WORDS.update_cue, NO_WORDS.severity))


def test_english_toll_reaches_a_figure_across_its_place_and_cause() -> None:
    words = statement_words("en")
    before = "The death toll from Hurricane Ramona in the southern provinces rose to "
    assert words.toll_before.search(before)
    assert not words.toll_before.search("The toll booth on the bridge was closed. Then ")
    # A toll or death count said to pass or near a figure reaches it too.
    for before in ("The death toll passed ", "the confirmed death count is ", "the toll is nearing "):
        assert words.toll_before.search(before), before
    assert not words.toll_before.search("The count of ballots passed ")
    assert {name for name, p in words.fates if p.search("passengers drowned")} == {"killed"}


def test_english_update_cue_reads_a_revised_count() -> None:
    words = statement_words("en")
    assert words.update_cue.search("Officials revised the toll down to 380 on Tuesday.")
    assert words.update_cue.search("The ministry corrected its count.")
    assert not words.update_cue.search("The storm killed 380 people on Tuesday.")

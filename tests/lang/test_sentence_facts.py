"""Per-clause facts: English cues read, packs without cues give None, never a crash."""

from __future__ import annotations

import pytest

from newsweave.analyze.pipeline import annotate
from newsweave.errors import ContractError
from newsweave.lang.en import ENGLISH
from newsweave.lang.facts import sentence_facts
from newsweave.lang.pack import LanguagePack
from newsweave.lang.xx import sentence_spans
from newsweave.models import Article, SentenceFacts, Span

DATELINE = "FERNHOLM, Westmark (Lowland Press) - "
TEXT = (DATELINE + "The pier did not collapse; it reportedly sagged.\n"
        "Harbour Board says ferries will resume on Monday.")


def _sentences(text: str) -> tuple[Span, ...]:
    return tuple(Span("a", s, e) for s, e in sentence_spans(text))


def test_english_clauses_carry_dateline_end_negation_hedge_and_lead_party() -> None:
    facts = sentence_facts("a", TEXT, _sentences(TEXT), ENGLISH)
    statements = [TEXT[f.statement_start : f.span.end] for f in facts]
    assert statements == ["The pier did not collapse", "it reportedly sagged.",
                          "Harbour Board says ferries will resume on Monday."]
    assert facts[0].span.start == 0 and facts[0].statement_start == len(DATELINE)
    assert [(f.negated, f.hedged) for f in facts] == [(True, False), (False, True), (False, False)]
    lead = facts[2].lead_source
    assert lead is not None and lead.text_in(TEXT) == "Harbour Board"
    assert facts[0].lead_source is None


def test_without_annotated_sentences_the_rough_split_is_used() -> None:
    text = "Officials denied it. Nobody was hurt"
    facts = sentence_facts("a", text, (), ENGLISH)
    statements = [text[f.statement_start : f.span.end] for f in facts]
    assert statements == ["Officials denied it.", "Nobody was hurt"]
    assert [f.negated for f in facts] == [True, False]


@pytest.mark.parametrize("pack", [None, LanguagePack(code="zz", name="Stub", stop_words=frozenset)])
def test_a_pack_without_cues_degrades_to_unknown_flags(pack: LanguagePack | None) -> None:
    facts = sentence_facts("a", TEXT, _sentences(TEXT), pack)
    assert len(facts) == 3 and facts[0].statement_start == len(DATELINE)  # datelines need no language
    assert all(f.negated is None and f.hedged is None and f.lead_source is None for f in facts)


@pytest.mark.parametrize("language", ["fr", "und"])
def test_analysis_emits_facts_for_packs_without_cues(language: str) -> None:
    text = "PARIS (AFP) - Le pont ne s'est pas effondré. Il aurait cédé."
    ann = annotate(Article(id="a", text=text, language=language), None)
    assert ann.facts is not None and ann.facts[0].statement_start == len("PARIS (AFP) - ")
    assert all(f.negated is None and f.hedged is None for f in ann.facts)


def test_a_statement_start_outside_its_clause_is_refused() -> None:
    with pytest.raises(ContractError):
        SentenceFacts(Span("a", 5, 10), 11, None, None)
    with pytest.raises(ContractError):
        SentenceFacts(Span("a", 5, 10), 6, None, None, lead_source=Span("a", 5, 8))


def test_a_conjunction_opening_the_clause_is_no_part_of_the_lead_party() -> None:
    text = "But Westmark said the pier was safe. And Harbour Board says ferries will resume."
    facts = sentence_facts("a", text, _sentences(text), ENGLISH)
    leads = [f.lead_source.text_in(text) for f in facts if f.lead_source is not None]
    assert leads == ["Westmark", "Harbour Board"]

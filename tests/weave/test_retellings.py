"""Retold reports: two origins whose other sentences say the same in other words do not corroborate."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

import numpy as np
import pytest
from tests.weave.test_claims import brief, claim_with
from tests.weave.test_corroborate import FACT_A, FACT_B
from tests.weave.weave_fixtures import Doc

from newsweave.render.wording import single_source_reason
from newsweave.semantic.encoder import load_encoder
from newsweave.semantic.weights import archive_path
from newsweave.weave.retellings import Retellings, sentence_units, twins
from newsweave.weave.statements import Statement

needs_encoder = pytest.mark.skipif(archive_path() is None, reason="sentence encoder weights not installed")

FERRIES_A = "Ferry services to the islands will run from the southern pier while the work goes on."
FERRIES_B = "While the work goes on, ferries to the islands will sail from the southern pier instead."


def test_sentence_units_keep_whole_unquoted_sentences_of_eight_words() -> None:
    text = ("Harbour closes\nThe northern terminal will close for repairs until the end of March. "
            "Short line here. \"We regret the delay to every traveller this winter,\" she said. "
            "Ferries will sail from the southern pier while the work goes on")
    units = sentence_units(text)
    assert [text[u.start:u.end] for u in units] == [
        "The northern terminal will close for repairs until the end of March."]


def test_twins_pair_each_sentence_once() -> None:
    sim = np.array([[0.9, 0.85], [0.88, 0.5]])
    # The closest pair first: row 0 takes column 0, and row 1's only twin is that column.
    assert twins(sim, [0, 1], [0, 1]) == 1
    assert twins(sim, [1], [0, 1]) == 1
    assert twins(np.array([[0.9, 0.95]]), [0], [0, 1]) == 1


@needs_encoder
def test_two_reports_that_retell_one_another_are_one_source() -> None:
    b = brief(Doc("a", f"{FACT_A} {FERRIES_A}"), Doc("b", f"{FACT_B} {FERRIES_B}"))
    c = claim_with(b, "northern terminal")
    assert c.independent_origins == 2
    assert c.status == "single_source"
    assert c.retold == ("s1", "s2")
    reason = single_source_reason(c, b.sources)
    assert reason is not None and "s1 and s2" in reason and "retold" in reason


@needs_encoder
def test_independent_reports_of_one_fact_still_corroborate() -> None:
    # The claim's own two sentences are near-identical (cosine 0.96): they are what two reports of one fact
    # share, and are left out of the count.
    a = Doc("a", f"{FACT_A} Dock workers met the announcement with anger at a rally outside the gates.")
    b = Doc("b", f"{FACT_B} Shipping firms expect delays for cargo bound for the capital this winter.")
    c = claim_with(brief(a, b), "northern terminal")
    assert c.status == "corroborated"
    assert c.retold == ()



def test_the_encoder_is_asked_for_once_per_report_and_only_when_reports_are_compared() -> None:
    calls: list[int] = []

    def no_encoder() -> None:
        calls.append(1)
        return None

    retellings = Retellings({"a": f"{FACT_A} {FERRIES_A}", "b": f"{FACT_B} {FERRIES_B}"}, encoder=no_encoder)
    a = cast(Statement, SimpleNamespace(article_id="a", start=0, end=len(FACT_A)))
    b = cast(Statement, SimpleNamespace(article_id="b", start=0, end=len(FACT_B)))
    assert calls == []
    assert retellings.retold([a], [b]) is False  # no encoder: nothing is called retold
    assert retellings.retold([a], [b]) is False
    assert len(calls) == 2


def test_a_story_without_a_claim_of_two_origins_never_loads_the_encoder() -> None:
    before = load_encoder.cache_info()
    brief(Doc("a", f"{FACT_A} Dock workers met the announcement with anger at a rally outside the gates."))
    after = load_encoder.cache_info()
    assert (after.hits, after.misses) == (before.hits, before.misses)

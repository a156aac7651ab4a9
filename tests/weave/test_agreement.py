"""Corroboration needs agreement: same polarity, state, figures and scope, not shared vocabulary."""

from __future__ import annotations

from tests.weave.test_claims import brief, claim_with
from tests.weave.weave_fixtures import Doc

from newsweave.weave.paraphrase import opposite_states


def test_disrupted_and_normal_service_are_not_one_claim() -> None:
    a = Doc("a", "Airline service at Kelport airport was disrupted on Friday by the storm.")
    b = Doc("b", "Airline service at Kelport airport is normal on Friday despite the storm.")
    one, other = claim_with(brief(a, b), "disrupted"), claim_with(brief(a, b), "normal")
    assert one.id != other.id
    assert one.status == other.status == "single_source"


def test_the_same_statement_in_two_outlets_is_one_corroborated_claim() -> None:
    a = Doc("a", "Airline service at Kelport airport was disrupted on Friday by the storm.")
    b = Doc("b", "The storm disrupted airline service at Kelport airport on Friday.")
    c = claim_with(brief(a, b), "disrupted")
    assert c.sources == ("s1", "s2") and c.status == "corroborated"


def test_closed_and_reopened_port_disagree_but_a_change_takes_no_side() -> None:
    assert opposite_states("The port was closed on Monday.", "The port reopened on Monday.")
    assert not opposite_states("The port reopened after being closed.", "The port was closed on Monday.")
    # In stable condition is alive: set against a report of his death, the two say different things.
    assert opposite_states("The driver was taken to hospital in stable condition.",
                           "The driver was taken to hospital, where he died.")
    assert not opposite_states("The port was closed on Monday.", "Officials closed the port on Monday.")


def test_the_same_fact_in_different_named_places_is_two_claims() -> None:
    a = Doc("a", "Floods destroyed the main bridge in Dalvo on Sunday night.")
    b = Doc("b", "Floods destroyed the main bridge in Kesra on Sunday night.")
    a.entity("Dalvo", "GPE")
    b.entity("Kesra", "GPE")
    br = brief(a, b)
    assert claim_with(br, "Dalvo").id != claim_with(br, "Kesra").id


def test_one_of_a_thing_does_not_agree_with_an_exact_count_of_several() -> None:
    def pair(first: str, counted_words: str) -> tuple[Doc, Doc]:
        a = Doc("a", "Tarven Holt is a convicted arsonist serving a life sentence.")
        b = Doc("b", first)
        b.number(counted_words, 3, 3, "life sentences")
        return a, b

    a, b = pair("Tarven Holt, a convicted arsonist, is serving three life sentences.", "three")
    assert claim_with(brief(a, b), "arsonist").status == "single_source"
    # a sentence that itself speaks of one and of several gives no whole count to set against "a"
    a = Doc("a", "Tarven Holt fled the Merrow prison van on Monday after pulling a gun on its guards.")
    b = Doc("b", "On Monday Tarven Holt pulled a gun on the guards of the Merrow prison van, fled and took "
                 "their three guns.")
    b.number("three", 3, 3, "guns")
    assert claim_with(brief(a, b), "fled").status == "corroborated"

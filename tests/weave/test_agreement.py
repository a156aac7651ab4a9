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

"""Conflicts: disagreeing figures, polarity, places and dates; later updates are not conflicts."""

from __future__ import annotations

from tests.weave.test_claims import brief, claim_with
from tests.weave.weave_fixtures import Doc

from newsweave.models import NumberMention, Span
from newsweave.weave.numbers import disjoint, value_range


def toll_docs(pub_a: str | None = None, pub_b: str | None = None) -> tuple[Doc, Doc]:
    a = Doc(
        "a",
        "Rebels ambushed the convoy near Kesra. Around 300 soldiers were killed in the ambush near Kesra.",
        published=pub_a,
    )
    b = Doc(
        "b",
        "Rebel fighters retook two villages near Kesra after killing dozens of soldiers in the fighting.",
        published=pub_b,
    )
    a.number("Around 300", 300, 300, "soldiers killed", approximate=True).entity("Kesra", "GPE", 1)
    b.number("dozens", 24, None, "soldiers killed").entity("Kesra", "GPE")
    return a, b


def test_non_overlapping_tolls_for_the_same_count_conflict() -> None:
    b = brief(*toll_docs("2024-03-02", "2024-03-03"))
    big, small = claim_with(b, "Around 300"), claim_with(b, "dozens")
    # Each figure rests on one origin: single-source, with the contradiction listed in its conflicts.
    assert big.status == small.status == "single_source"
    assert [(r.claim, r.kind) for r in big.conflicts] == [(small.id, "number")]
    assert "300" in big.conflicts[0].detail and "dozens" in big.conflicts[0].detail
    assert [r.claim for r in small.conflicts] == [big.id]


def test_a_much_later_report_updates_rather_than_contradicts() -> None:
    b = brief(*toll_docs("2024-03-02", "2024-03-14"))
    assert all(not c.conflicts for c in b.claims)
    assert claim_with(b, "Around 300").status == "single_source"


def test_different_places_do_not_conflict() -> None:
    a, b = toll_docs()
    b.entities.clear()
    b.text = b.text.replace("Kesra", "Dalvo")
    b.entity("Dalvo", "GPE")
    brief_ = brief(a, b)
    assert all(not c.conflicts for c in brief_.claims)


def test_different_counted_things_do_not_conflict() -> None:
    a = Doc("a", "Around 300 soldiers were killed in the ambush near the river crossing.")
    b = Doc("b", "Dozens of houses were destroyed in the ambush near the river crossing.")
    a.number("Around 300", 300, 300, "soldiers killed", approximate=True)
    b.number("Dozens", 24, None, "houses destroyed")
    assert all(not c.conflicts for c in brief(a, b).claims)


def test_asserted_and_denied_conflict_on_negation() -> None:
    a = Doc("a", "The militia has captured the airport outside the northern city this morning.")
    b = Doc("b", "The militia has not captured the airport outside the northern city this morning.")
    b_ = brief(a, b)
    yes, no = claim_with(b_, "has captured"), claim_with(b_, "has not captured")
    assert [(r.claim, r.kind) for r in yes.conflicts] == [(no.id, "negation")]
    assert no.status == "single_source" and no.conflicts


def test_same_event_on_different_explicit_days_conflicts_on_date() -> None:
    a = Doc("a", "The ministry signed the water treaty with its neighbour on 3 May 2024 in the capital.")
    b = Doc("b", "The ministry signed the water treaty with its neighbour on 5 May 2024 in the capital.")
    a.date("3 May 2024", "2024-05-03")
    b.date("5 May 2024", "2024-05-05")
    c = claim_with(brief(a, b), "3 May")
    assert [r.kind for r in c.conflicts] == ["date"]
    assert "2024-05-03" in c.conflicts[0].detail


def test_vague_plural_ranges() -> None:
    dozens = NumberMention(Span("a", 0, 6), "dozens", None, 24, None, False, None)
    assert value_range(dozens) == (24, 99)
    exact = NumberMention(Span("a", 0, 3), "120", 120, 120, 120, False, None)
    assert not disjoint(dozens, NumberMention(Span("a", 0, 2), "50", 50, 50, 50, False, None))
    assert disjoint(dozens, exact)



def test_a_contradicted_claim_with_two_origins_is_disputed() -> None:
    a, b = toll_docs("2024-03-02", "2024-03-03")
    c = Doc(
        "c",
        "Hospital staff in the valley worked through the night as families waited for news. "
        "Around 300 soldiers were killed near Kesra in that ambush, the army said.",
        published="2024-03-02",
    )
    c.number("Around 300", 300, 300, "soldiers killed", approximate=True).entity("Kesra", "GPE")
    big = claim_with(brief(a, b, c), "Around 300")
    assert len(big.sources) == 2 and big.independent_origins == 2
    assert big.conflicts and big.status == "disputed"

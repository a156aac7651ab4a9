"""Children: one parent given different numbers of children by two outlets is a number conflict."""

from __future__ import annotations

from tests.weave.test_claims import brief, claim_with
from tests.weave.weave_fixtures import Doc


def _docs(first: str, second: str, pub_b: str | None = "2024-03-09") -> tuple[Doc, Doc]:
    a = Doc("a", f"Police said Maren Holt, 41, {first}, was struck by a stray bullet outside the school.",
            published="2024-03-02", outlet="Wire One")
    b = Doc("b", f"Neighbours gathered on Friday to remember {second} Maren Holt, who grew up in Dalvo.",
            published=pub_b, outlet="Daily Post")
    a.entity("Maren Holt", "PERSON")
    b.entity("Maren Holt", "PERSON").entity("Dalvo", "GPE")
    return a, b


def test_two_outlets_giving_one_parent_different_numbers_of_children_conflict() -> None:
    b = brief(*_docs("a mother of 12", "the mother of 13"))
    (ref,) = claim_with(b, "mother of 12").conflicts
    assert ref.kind == "number" and ref.detail == "Maren Holt's children 12 vs 13"
    texts = {s.id: s.text for s in b.sources}
    this, other = ref.spans
    assert texts[this.source][this.start:this.end] == "12"
    assert texts[other.source][other.start:other.end] == "13"


def test_counts_in_words_and_undated_reports_are_compared() -> None:
    (ref,) = claim_with(brief(*_docs("a mother of three", "the mother of four", None)), "three").conflicts
    assert ref.detail == "Maren Holt's children 3 vs 4"


def test_the_same_count_or_a_story_told_again_months_later_is_no_conflict() -> None:
    assert all(not c.conflicts for c in brief(*_docs("a mother of 12", "the mother of 12")).claims)
    assert all(not c.conflicts for c in brief(*_docs("a mother of 12", "the mother of 13",
                                                     "2024-09-01")).claims)


def test_a_parent_of_others_named_after_the_count_is_not_a_count_of_children() -> None:
    # "the father of two of the pupils": two of the pupils are his, not the number of his children.
    a, _ = _docs("a mother of 12", "")
    b = Doc("b", "The court heard that Maren Holt, the mother of two of the pupils, had called the police.",
            published="2024-03-09", outlet="Daily Post")
    b.entity("Maren Holt", "PERSON")
    assert all(not c.conflicts for c in brief(a, b).claims)

"""A lone figure against the value several other families agree on is a number conflict."""

from __future__ import annotations

from tests.weave.test_claims import brief, claim_with
from tests.weave.weave_fixtures import Doc

AGREEING = (
    ("a", "Thieves took 14 crates of lobster from the trawler that ran aground near Ostby on Monday.",
     "Wire One"),
    ("b", "The thieves took 14 crates of lobster from the trawler after it ran aground near Ostby on Monday.",
     "Daily Post"),
    ("c", "On Monday thieves took 14 crates of lobster from a trawler that had run aground near Ostby.",
     "Coast FM"),
)


def _doc(key: str, text: str, outlet: str, figure: str = "14", value: float = 14.0,
         published: str | None = "2024-05-06") -> Doc:
    d = Doc(key, text, published=published, outlet=outlet)
    d.entity("Ostby", "GPE").number(figure, value, value, "crates of lobster")
    return d


def _story(lone: str, figure: str, value: float, agreeing: int = 3, published: str | None = "2024-05-06"):
    docs = [_doc(k, t, o, published=published) for k, t, o in AGREEING[:agreeing]]
    return brief(*docs, _doc("d", lone, "Harbour News", figure, value, published))


LONE = "The thieves took 40 crates of lobster from the trawler that ran aground near Ostby, its owner said."


def test_one_family_against_three_that_agree_is_a_conflict_even_undated() -> None:
    for published in ("2024-05-06", None):
        b = _story(LONE, "40", 40.0, published=published)
        refs = claim_with(b, "40 crates").conflicts
        assert refs and all(r.kind == "number" for r in refs)
        texts = {s.id: s.text for s in b.sources}
        for ref in refs:
            this, other = ref.spans
            assert texts[this.source][this.start:this.end] == "40"
            assert texts[other.source][other.start:other.end] == "14"


def test_the_agreed_claim_keeps_its_standing_and_lists_the_lone_figure() -> None:
    b = _story(LONE, "40", 40.0)
    agreed, lone = claim_with(b, "14 crates"), claim_with(b, "40 crates")
    assert agreed.status == "corroborated" and agreed.conflicts
    assert lone.status == "single_source"
    (line,) = [s for s in b.summary if s.claim == agreed.id]
    assert line.note == "one source differs: 40 crates of lobster vs 14 crates of lobster"


def test_two_reports_that_differ_are_no_consensus() -> None:
    b = _story(LONE, "40", 40.0, agreeing=1)
    assert all(not c.conflicts for c in b.claims)


def test_a_third_value_in_the_story_means_the_figures_may_count_different_things() -> None:
    docs = [_doc(k, t, o) for k, t, o in AGREEING]
    docs.append(_doc("d", LONE, "Harbour News", "40", 40.0))
    docs.append(_doc("e", "Thieves took 6 crates of lobster from a second boat near Ostby, police said.",
                     "Ostby Times", "6", 6.0))
    assert all(not c.conflicts for c in brief(*docs).claims)


def test_a_part_or_both_values_in_one_sentence_is_no_lone_figure() -> None:
    part = "Police said 40 of the crates of lobster the thieves took from the trawler near Ostby were sold."
    assert all(not c.conflicts for c in _story(part, "40", 40.0).claims)
    both = ("The thieves took 14 crates of lobster from the trawler near Ostby, not 40 crates of lobster as "
            "first said.")
    docs = [_doc(k, t, o) for k, t, o in AGREEING]
    d = _doc("d", both, "Harbour News").number("40", 40.0, 40.0, "crates of lobster")
    assert all(not c.conflicts for c in brief(*docs, d).claims)


def test_a_figure_said_of_another_person_is_no_lone_figure() -> None:
    # Three outlets give Vell's count, one gives Lutt's: two people's figures, not a dispute.
    docs = []
    for key, outlet in (("a", "Wire One"), ("b", "Daily Post"), ("c", "Coast FM")):
        d = Doc(key, f"Near Ostby, Ana Vell landed 14 crates of lobster on Monday, {outlet} was told.",
                published="2024-05-06", outlet=outlet)
        docs.append(d.entity("Ostby", "GPE").entity("Ana Vell", "PERSON").number("14", 14, 14, "crates"))
    d = Doc("d", "Near Ostby, Bo Lutt landed 40 crates of lobster on Monday, Harbour News was told.",
            published="2024-05-06", outlet="Harbour News")
    docs.append(d.entity("Ostby", "GPE").entity("Bo Lutt", "PERSON").number("40", 40, 40, "crates"))
    assert all(not c.conflicts for c in brief(*docs).claims)
    docs[-1] = Doc("d", "Near Ostby, Ana Vell landed 40 crates of lobster on Monday, Harbour News was told.",
                   published="2024-05-06", outlet="Harbour News")
    docs[-1].entity("Ostby", "GPE").entity("Ana Vell", "PERSON").number("40", 40, 40, "crates")
    assert any(c.conflicts for c in brief(*docs).claims)

"""Ages: one person given different ages by two outlets in the same weeks is a number conflict."""

from __future__ import annotations

from tests.weave.test_claims import brief, claim_with
from tests.weave.weave_fixtures import Doc


def _docs(age_a: str, age_b: str, pub_b: str, outlet_b: str = "Daily Post") -> tuple[Doc, Doc]:
    a = Doc("a", f"Police detained Maren Holt, {age_a}, at her home in Dalvo on Monday night.",
            published="2024-03-02", outlet="Wire One")
    b = Doc("b", f"The court heard that Maren Holt, {age_b}, had organised the petition alone.",
            published=pub_b, outlet=outlet_b)
    a.entity("Maren Holt", "PERSON").entity("Dalvo", "GPE")
    b.entity("Maren Holt", "PERSON")
    return a, b


def test_two_outlets_giving_one_person_different_ages_conflict() -> None:
    b = brief(*_docs("44", "45", "2024-03-09"))
    claim = claim_with(b, "44")
    (ref,) = claim.conflicts
    assert ref.kind == "number" and "Maren Holt" in ref.detail and "44" in ref.detail and "45" in ref.detail
    texts = {s.id: s.text for s in b.sources}
    this, other = ref.spans
    assert texts[this.source][this.start : this.end] == "44"
    assert texts[other.source][other.start : other.end] == "45"


def test_the_same_age_or_a_year_later_is_no_conflict() -> None:
    assert all(not c.conflicts for c in brief(*_docs("44", "44", "2024-03-09")).claims)
    assert all(not c.conflicts for c in brief(*_docs("44", "45", "2025-01-20")).claims)


def test_an_age_in_a_relative_clause_is_read_too() -> None:
    b = brief(*_docs("who is 44", "45 years old", "2024-03-09"))
    (ref,) = claim_with(b, "44").conflicts
    assert ref.kind == "number" and "44" in ref.detail and "45" in ref.detail


def test_one_statement_told_with_two_ages_is_two_claims_in_conflict() -> None:
    # The sentences agree on all but the age: aligned into one claim, the age conflict would have no
    # second claim to stand against.
    a = Doc("a", "A court sentenced the dissident Maren Holt, 44, to 11 years in prison on Monday.",
            published="2024-03-02", outlet="Wire One")
    b = Doc("b", "A court sentenced the 47-year-old dissident Maren Holt to 11 years in prison on Monday.",
            published="2024-03-02", outlet="Daily Post")
    a.entity("Maren Holt", "PERSON")
    b.entity("Maren Holt", "PERSON")
    (ref,) = claim_with(brief(a, b), "44").conflicts
    assert ref.detail == "Maren Holt aged 44 vs 47"


def test_an_age_told_as_a_description_after_the_name_is_read() -> None:
    b = brief(*_docs("a 44-year-old teacher", "45", "2024-03-09"))
    (ref,) = claim_with(b, "44-year-old").conflicts
    assert "44" in ref.detail and "45" in ref.detail


def test_each_report_giving_the_other_age_is_cited() -> None:
    # Two outlets state one claim with the other age, in articles of their own (no copies of each other).
    a = _docs("44", "45", "2024-03-04")[0]
    said = "The court heard that Maren Holt, 45, had organised the petition alone."
    b = Doc("b", said + " The hearing resumes next week in the old town hall.", published="2024-03-04",
            outlet="Daily Post")
    c = Doc("c", said + " Her lawyer declined to comment on the charges.", published="2024-03-05",
            outlet="Evening Star")
    b.entity("Maren Holt", "PERSON")
    c.entity("Maren Holt", "PERSON")
    briefing = brief(a, b, c)
    assert len(claim_with(briefing, "petition").sources) == 2
    refs = claim_with(briefing, "44").conflicts
    texts = {s.id: s.text for s in briefing.sources}
    cited = {texts[r.spans[1].source] for r in refs}
    assert cited == {b.text, c.text} and all("45" in r.detail for r in refs)


def _before_name(age_phrase: str, age_b: str = "45") -> tuple[Doc, Doc]:
    a = Doc("a", f"On Monday {age_phrase} Maren Holt was detained at her home in Dalvo.",
            published="2024-03-02", outlet="Wire One")
    b = Doc("b", f"The court heard that Maren Holt, {age_b}, had organised the petition alone.",
            published="2024-03-09", outlet="Daily Post")
    a.entity("Maren Holt", "PERSON").entity("Dalvo", "GPE")
    b.entity("Maren Holt", "PERSON")
    return a, b


def test_an_age_before_a_capitalised_description_of_the_person_is_read() -> None:
    # "a 44-year-old Norlander Maren Holt": the demonym or nationality runs straight into the name.
    (ref,) = claim_with(brief(*_before_name("the 44-year-old Norlander")), "44-year-old").conflicts
    assert ref.detail == "Maren Holt aged 44 vs 45"


def test_an_age_written_with_spaced_hyphens_is_read() -> None:
    # Text rebuilt from tokens spaces its hyphens: "44 - year - old".
    (ref,) = claim_with(brief(*_before_name("the 44 - year - old teacher")), "year - old").conflicts
    assert ref.detail == "Maren Holt aged 44 vs 45"


def test_a_capitalised_word_before_a_lower_case_one_may_be_another_name() -> None:
    # "the 44-year-old Varga told Maren Holt": Varga is 44, not Holt.
    a = Doc("a", "On Monday the 44-year-old Varga told Maren Holt that the petition had failed.",
            published="2024-03-02", outlet="Wire One")
    b = _before_name("")[1]
    a.entity("Maren Holt", "PERSON")
    assert all(not c.conflicts for c in brief(a, b).claims)

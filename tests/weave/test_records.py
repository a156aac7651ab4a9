"""Records: one person's win-loss record told by two outlets so that no single bout explains the difference
is a number conflict; one result apart (before and after the bout) is not."""

from __future__ import annotations

from tests.weave.test_claims import brief, claim_with
from tests.weave.weave_fixtures import Doc

from newsweave.models import Citation
from newsweave.weave.records import RECORD_AFTER_NAME, RecordReport, one_bout_apart


def _docs(rec_a: str, rec_b: str, pub_a: str | None = "2024-05-04",
          pub_b: str | None = "2024-05-05") -> tuple[Doc, Doc]:
    a = Doc("a", f"Tomas Verrin ({rec_a}, 20 KOs) stopped his challenger in the ninth round in Kallby "
                 "on Saturday.", published=pub_a, outlet="Wire One")
    b = Doc("b", f"On the undercard Tomas Verrin, {rec_b}, looked slow but still won on points over ten "
                 "rounds.", published=pub_b, outlet="Ring Daily")
    a.entity("Tomas Verrin", "PERSON").entity("Kallby", "GPE")
    b.entity("Tomas Verrin", "PERSON")
    return a, b


def test_records_two_bouts_apart_conflict_with_the_records_cited() -> None:
    b = brief(*_docs("31-4", "33-4"))
    (ref,) = claim_with(b, "31-4").conflicts
    assert ref.kind == "number" and ref.detail == "Tomas Verrin's record 31-4 vs 33-4"
    texts = {s.id: s.text for s in b.sources}
    this, other = ref.spans
    assert texts[this.source][this.start:this.end] == "31-4"
    assert texts[other.source][other.start:other.end] == "33-4"


def test_one_result_apart_or_equal_is_no_conflict() -> None:
    for rec_b in ("32-4", "31-5", "31-4"):
        assert all(not c.conflicts for c in brief(*_docs("31-4", rec_b)).claims), rec_b


def test_undated_reports_of_one_story_are_compared_and_reports_months_apart_are_not() -> None:
    assert claim_with(brief(*_docs("31-4", "30-5", None, None)), "31-4").conflicts
    assert all(not c.conflicts for c in brief(*_docs("31-4", "33-4", "2024-05-04", "2024-09-01")).claims)


def test_a_teams_record_after_the_article_is_not_compared() -> None:
    a = Doc("a", "Ruan Okafor scored 20 points for the Kallby Owls (10-0), who stayed unbeaten on Tuesday.",
            outlet="Wire One")
    b = Doc("b", "Ruan Okafor had 15 points for the Kallby Owls (14-1), who lost at home on Sunday.",
            outlet="Ring Daily")
    for doc in (a, b):
        doc.entity("Ruan Okafor", "PERSON").entity("Kallby Owls", "PERSON")  # the small model's tag
    assert all(not c.conflicts for c in brief(a, b).claims)
    # the same records after a name with no article are one person's, two bouts apart or more
    c = Doc("c", a.text.replace("the Kallby Owls", "Kallby Owls"), outlet="Wire One")
    d = Doc("d", b.text.replace("the Kallby Owls", "Kallby Owls"), outlet="Ring Daily")
    for doc in (c, d):
        doc.entity("Ruan Okafor", "PERSON").entity("Kallby Owls", "PERSON")
    assert claim_with(brief(c, d), "10-0").conflicts


def _report(wins: int, losses: int, draws: int | None = None) -> RecordReport:
    return RecordReport("e1", wins, losses, draws, None, Citation("s", 0, 1))  # type: ignore[arg-type]


def test_one_bout_adds_one_result_and_draws_count_only_when_both_give_them() -> None:
    assert one_bout_apart(_report(52, 3), _report(53, 3))
    assert one_bout_apart(_report(45, 7, 2), _report(45, 7))
    assert one_bout_apart(_report(45, 7, 2), _report(45, 7, 3))
    assert not one_bout_apart(_report(43, 1), _report(45, 1))
    assert not one_bout_apart(_report(30, 4), _report(31, 3))  # one bout cannot be both a win and a loss
    assert not one_bout_apart(_report(45, 7, 2), _report(46, 7, 3))


def test_the_record_form_needs_a_closing_comma_or_bracket() -> None:
    assert RECORD_AFTER_NAME.match(" (52 - 3, 46 KOs)")
    assert RECORD_AFTER_NAME.match(", 43-1, 33 KOs")
    assert RECORD_AFTER_NAME.match(" (45-7-2)")
    assert RECORD_AFTER_NAME.match(", 10-12 years old") is None
    assert RECORD_AFTER_NAME.match(" said 4-1") is None
    assert RECORD_AFTER_NAME.match(", 6-4, 6-3 in the final") is None  # set scores, not a record

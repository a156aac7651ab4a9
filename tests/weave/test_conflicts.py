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
    a, b = toll_docs("2024-03-02", "2024-03-03")  # dated: undated tallies never conflict anyway
    b.entities.clear()
    b.text = b.text.replace("Kesra", "Dalvo")
    b.entity("Dalvo", "GPE")
    brief_ = brief(a, b)
    assert all(not c.conflicts for c in brief_.claims)


def test_different_counted_things_do_not_conflict() -> None:
    a = Doc("a", "Around 300 soldiers were killed in the ambush near the river crossing.", "2024-03-02")
    b = Doc("b", "Dozens of houses were destroyed in the ambush near the river crossing.", "2024-03-02")
    a.number("Around 300", 300, 300, "soldiers killed", approximate=True)
    b.number("Dozens", 24, None, "houses destroyed")
    assert all(not c.conflicts for c in brief(a, b).claims)


def test_asserted_and_denied_conflict_on_negation() -> None:
    a = Doc("a", "The militia has captured the airport outside the northern city this morning.")
    b = Doc("b", "The militia has not captured the airport outside the northern city this morning.")
    a.predicate("captured", agent="militia", patient="airport")
    b.predicate("captured", agent="militia", patient="airport", asserted=False, negated=True)
    b_ = brief(a, b)
    yes, no = claim_with(b_, "has captured"), claim_with(b_, "has not captured")
    assert [(r.claim, r.kind) for r in yes.conflicts] == [(no.id, "negation")]
    assert no.status == "single_source" and no.conflicts


def test_two_publication_stamps_are_no_date_conflict() -> None:
    # Nothing happens in a stamp line: two days with no shared happening are no dispute.
    a = Doc("a", "The page was last refreshed by the desk on 12 March 2024.")
    b = Doc("b", "The page was last refreshed by the desk on 13 March 2024.")
    a.date("12 March 2024", "2024-03-12")
    b.date("13 March 2024", "2024-03-13")
    assert all(not c.conflicts for c in brief(a, b).claims)


def test_a_negation_outside_the_shared_verb_is_no_conflict() -> None:
    # The "not" denies another verb of the sentence: both reports say the flaw could let attackers in.
    a = Doc("a", "The flaw lets attackers take control of computers and steal passwords from users.")
    b = Doc("b", "The flaw lets attackers take control of computers and steal passwords when users are not "
                 "online.")
    for d in (a, b):
        d.predicate("lets", agent="flaw", patient="attackers")
    b.predicate("are not", agent="users", asserted=False, negated=True)
    assert all(not c.conflicts for c in brief(a, b).claims)


def test_a_hometown_is_not_where_it_happened() -> None:
    a = Doc("a", "Police arrested the driver, Mark Tulley, at Harbour Street after the crash.")
    b = Doc("b", "Police arrested the driver, Mark Tulley of Pellston, after the crash.")
    for d in (a, b):
        d.entity("Mark Tulley").predicate("arrested", agent="Police", patient="driver")
    a.entity("Harbour Street", "FAC")
    b.entity("Pellston", "GPE")
    assert all(not c.conflicts for c in brief(a, b).claims)


def test_two_places_where_it_happened_conflict() -> None:
    a = Doc("a", "Police arrested the driver, Mark Tulley, in Pellston after the crash on Friday.")
    b = Doc("b", "Police arrested the driver, Mark Tulley, in Marden after the crash on Friday.")
    for d in (a, b):
        d.entity("Mark Tulley").predicate("arrested", agent="Police", patient="driver")
    a.entity("Pellston", "GPE")
    b.entity("Marden", "GPE")
    kinds = {r.kind for c in brief(a, b).claims for r in c.conflicts}
    assert kinds == {"entity"}


def test_a_different_doer_conflicts_but_a_possessor_does_not() -> None:
    a = Doc("a", "Ana Ruiz set the Velmar League record for goals in a season on Sunday night.")
    b = Doc("b", "Lena Voss set the Velmar League record for goals in a season on Sunday night.")
    c = Doc("c", "The striker set the Velmar League record for goals, beating Lena Voss's mark, on Sunday "
                 "night.")
    a.entity("Ana Ruiz").predicate("set", agent="Ana Ruiz", patient="record")
    b.entity("Lena Voss").predicate("set", agent="Lena Voss", patient="record")
    c.entity("Lena Voss").predicate("set", agent="striker", patient="record")
    for d in (a, b, c):
        d.entity("Velmar League", "ORG")
    assert {r.kind for x in brief(a, b).claims for r in x.conflicts} == {"entity"}
    assert all(not x.conflicts for x in brief(a, c).claims)


def test_same_event_on_different_explicit_days_conflicts_on_date() -> None:
    a = Doc("a", "The ministry signed the water treaty with its neighbour on 3 May 2024 in the capital.")
    b = Doc("b", "The ministry signed the water treaty with its neighbour on 5 May 2024 in the capital.")
    a.date("3 May 2024", "2024-05-03").predicate("signed", agent="ministry", patient="treaty")
    b.date("5 May 2024", "2024-05-05").predicate("signed", agent="ministry", patient="treaty")
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


def test_many_and_several_never_contradict_a_figure() -> None:
    four = NumberMention(Span("a", 0, 4), "four", 4, 4, 4, False, "people killed")
    for word in ("many", "several", "numerous"):
        vague = NumberMention(Span("b", 0, len(word)), word, 10, 10, None, True, "people killed")
        assert not disjoint(four, vague), word
    dozens = NumberMention(Span("b", 0, 6), "dozens", 12, 12, None, True, "people killed")
    assert disjoint(four, dozens)  # a plural of dozens is at least 24: four is not dozens


def test_the_missing_are_a_running_count_that_can_conflict() -> None:
    a = Doc("a", "After the landslide near Kesra, 12 villagers were missing on Tuesday, officials said.",
            published="2024-03-05")
    b = Doc("b", "After the landslide near Kesra, 40 villagers were missing on Tuesday, rescuers said.",
            published="2024-03-05")
    a.number("12", 12, 12, "villagers missing").entity("Kesra", "GPE")
    b.number("40", 40, 40, "villagers missing").entity("Kesra", "GPE")
    kinds = {r.kind for c in brief(a, b).claims for r in c.conflicts}
    assert kinds == {"number"}


def test_the_same_act_to_different_people_or_by_different_nationals_is_two_facts() -> None:
    a = Doc("a", "The Harriers fired coach Ana Ruiz on Saturday after a losing run.")
    b = Doc("b", "The Harriers fired coach Lena Voss on Saturday after a losing run.")
    a.entity("Ana Ruiz").entity("Harriers", "ORG").predicate("fired", agent="Harriers", patient="Ana Ruiz")
    b.entity("Lena Voss").entity("Harriers", "ORG").predicate("fired", agent="Harriers", patient="Lena Voss")
    assert len(brief(a, b).claims) == 2
    c = Doc("c", "A Danish climber fell to his death on the north face on Friday.")
    d = Doc("d", "A Swedish climber fell to his death on the north face on Friday.")
    c.entity("Danish", "NORP").predicate("fell", agent="Danish climber")
    d.entity("Swedish", "NORP").predicate("fell", agent="Swedish climber")
    assert len(brief(c, d).claims) == 2
    # Acts not (yet) done are still two parties' acts: "will cut" and "plans to cut" by two makers.
    e = Doc("e", "Norvale Motors will cut 3,000 jobs and close two plants next year.")
    f = Doc("f", "Under the plan, Kestrel Cars plans to cut 3,000 jobs and close two plants next year.")
    e.entity("Norvale Motors", "ORG").predicate("cut", agent="Norvale Motors", patient="jobs", asserted=False)
    f.entity("Kestrel Cars", "ORG").predicate("cut", agent="Kestrel Cars", patient="jobs", asserted=False)
    assert len(brief(e, f).claims) == 2
    # A people named in the singular and the plural is one party.
    g = Doc("g", "The Velmari will keep control over flights into the new airport.")
    h = Doc("h", "The Velmaris keep control over flights into the new airport.")
    g.entity("Velmari", "NORP").predicate("keep", agent="Velmari", patient="control", asserted=False)
    h.entity("Velmaris", "NORP").predicate("keep", agent="Velmaris", patient="control")
    assert len(brief(g, h).claims) == 1


def test_undated_reports_of_a_tally_do_not_conflict_unless_two_parties_dispute_it() -> None:
    # No publication dates: "dozens" may be a later count than "around 300" or an earlier one.
    b = brief(*toll_docs())
    assert all(not c.conflicts for c in b.claims)
    # Two named parties giving the figures is a dispute, whenever it was reported.
    a, d = toll_docs()
    a.attributed("Around 300 soldiers", "the army")
    d.attributed("Rebel fighters retook", "the rebels")
    b = brief(a, d)
    assert [r.kind for r in claim_with(b, "Around 300").conflicts] == ["number"]
    # The same party giving both figures is its own count changing.
    a, d = toll_docs()
    a.attributed("Around 300 soldiers", "the army")
    d.attributed("Rebel fighters retook", "the army")
    assert all(not c.conflicts for c in brief(a, d).claims)


def test_a_role_and_a_name_may_be_one_party() -> None:
    from dataclasses import replace

    from newsweave.weave.conflicts import _rival_parties
    from newsweave.weave.statements import Statement

    base = Statement(0, "a", "s1", "f1", None, 0, 1, "x", None, False, False, (), (), (), (),
                     frozenset(), frozenset())
    union, authority = replace(base, origins=("the union",)), replace(base, origins=("the authority",))
    police, rescuers = replace(base, roles=("police",)), replace(base, roles=("rescuers",))
    metro_police = replace(base, origins=("Metro Police",))
    assert _rival_parties(union, authority) and _rival_parties(police, rescuers)
    assert not _rival_parties(union, replace(base, origins=("The Union",)))
    assert not _rival_parties(police, metro_police)  # "police said" may be the Metro Police
    assert not _rival_parties(union, base)  # one side rests on nobody named


def test_police_taken_for_a_name_is_still_a_role() -> None:
    from dataclasses import replace

    from newsweave.lang.en.statement_words import WORDS
    from newsweave.weave.conflicts import _rival_parties
    from newsweave.weave.statements import Statement

    base = Statement(0, "a", "s1", "f1", None, 0, 1, "x", None, False, False, (), (), (), (),
                     frozenset(), frozenset(), words=WORDS)
    police, nypd = replace(base, origins=("Police",)), replace(base, origins=("the NYPD",))
    rescuers = replace(base, roles=("rescuer",))
    assert not _rival_parties(police, nypd)  # "the police said" may be the NYPD
    assert _rival_parties(police, rescuers)  # two roles


def test_the_day_of_the_saying_is_not_the_figures_time_frame() -> None:
    # Killed on Monday (a says so on Monday, b on Tuesday): one toll, whose two values contradict.
    a = Doc("a", "The flood killed 210 people in Varno on Monday, officials said.", "2024-03-05T10:00")
    b = Doc("b", "The flood killed 110 people in Varno on Monday, the ministry said on Tuesday.",
            "2024-03-05T18:00")
    a.number("210", 210, 210, "people killed").entity("Varno", "GPE").date("Monday", "2024-03-04")
    b.number("110", 110, 110, "people killed").entity("Varno", "GPE").date("Monday", "2024-03-04")
    b.date("Tuesday", "2024-03-05")
    kinds = {r.kind for c in brief(a, b).claims for r in c.conflicts}
    assert kinds == {"number"}
    # Without the shared Monday, Monday's and Tuesday's tolls are two moments.
    b2 = Doc("b", "The flood killed 110 people in Varno, the ministry said on Tuesday, a day later.",
             "2024-03-05T18:00")
    b2.number("110", 110, 110, "people killed").entity("Varno", "GPE").date("Tuesday", "2024-03-05")
    b3 = Doc("b", "The flood killed 110 people in Varno on Tuesday.", "2024-03-05T18:00")
    b3.number("110", 110, 110, "people killed").entity("Varno", "GPE").date("Tuesday", "2024-03-05")
    assert {r.kind for c in brief(a, b2).claims for r in c.conflicts} == {"number"}
    assert "number" not in {r.kind for c in brief(a, b3).claims for r in c.conflicts}


def test_where_a_toll_happened_is_the_place_the_parse_names_as_where() -> None:
    a = Doc("a", "The storm killed 210 people in Varno on Monday.", "2024-03-05T10:00")
    b = Doc("b", "The storm killed 110 people in Varno on Monday as it moved toward Dalvo.",
            "2024-03-05T18:00")
    for d, n in ((a, "210"), (b, "110")):
        d.number(n, float(n), float(n), "people killed").entity("Varno", "GPE").date("Monday", "2024-03-04")
        d.predicate("killed", agent="storm", patient="people", where=("Varno",))
    b.entity("Dalvo", "GPE")
    assert {r.kind for c in brief(a, b).claims for r in c.conflicts} == {"number"}


def _ambush_reports() -> tuple[Doc, Doc, Doc]:
    a = Doc("a", "Rebels ambushed the army convoy near Kesra on Saturday, killing 12 soldiers, "
            "the army said.", published="2024-03-02T09:00")
    a.number("12", 12, 12, "soldiers killed").entity("Kesra", "GPE")
    b = Doc("b", "Rebels ambushed the army convoy near Kesra on Saturday, killing 30 soldiers, "
            "the rebels said.", published="2024-03-02T10:00")
    b.number("30", 30, 30, "soldiers killed").entity("Kesra", "GPE")
    c = Doc("c", "An army convoy was ambushed by rebels near Kesra on Saturday.",
            published="2024-03-02T11:00")
    c.entity("Kesra", "GPE")
    return a, b, c


def test_two_clashing_tolls_are_two_claims_even_through_a_report_without_one() -> None:
    b = brief(*_ambush_reports())
    twelve, thirty = claim_with(b, "12 soldiers"), claim_with(b, "30 soldiers")
    assert twelve.id != thirty.id
    assert [r.claim for r in twelve.conflicts] == [thirty.id]


def test_a_claim_is_disputed_only_by_the_origins_that_give_its_disputed_figure() -> None:
    # The report without a toll joins one of the two tolls' claims: it backs the ambush, not the figure.
    b = brief(*_ambush_reports())
    joined = next(c for c in b.claims if len(c.mentions) == 2)
    assert joined.conflicts and joined.independent_origins == 2
    assert joined.status == "single_source"  # one origin gives the figure the other claim contradicts
    assert "killing 12 soldiers" in joined.text  # worded by the report that gives it

"""Running figures and scope: later revisions are updates, other quantities never conflict."""

from __future__ import annotations

from tests.weave.test_claims import brief, claim_with
from tests.weave.weave_fixtures import Doc

from newsweave.lang.en.statement_words import WORDS
from newsweave.weave.scope import is_measure


def toll(aid: str, text: str, figure: str, value: float, published: str, outlet: str = "Wire") -> Doc:
    d = Doc(aid, text, published=published, outlet=outlet)
    d.number(figure, value, value, "people killed")
    return d


def test_a_rising_toll_in_later_takes_is_an_update_not_a_dispute() -> None:
    a = toll("a", "The fire at the dance hall killed 40 people, police said.", "40", 40, "2030-10-30T09:00")
    b = toll("b", "The fire at the dance hall killed 55 people, police said on Friday.", "55", 55,
             "2030-10-30T15:00")
    c = toll("c", "The fire at the dance hall killed 60 people, police said on Saturday.", "60", 60,
             "2030-10-31T10:00")
    br = brief(a, b, c)
    assert all(not cl.conflicts for cl in br.claims)
    assert all(cl.status != "disputed" for cl in br.claims)
    (update,) = br.updates
    assert [r.value for r in update.history] == [40, 55, 60]
    assert update.latest == update.history[-1] and update.latest.source == "s3"
    assert "killed" in update.counts


def test_two_outlets_disagreeing_the_same_day_conflict_with_the_figures_as_spans() -> None:
    a = toll("a", "The fire at the dance hall killed 40 people, police said.", "40", 40, "2030-10-30T09:00")
    b = toll("b", "The fire at the dance hall killed 90 people, police said.", "90", 90, "2030-10-30T10:00",
             outlet="Daily")
    br = brief(a, b)
    forty = claim_with(br, "40 people")
    (ref,) = forty.conflicts
    assert ref.kind == "number" and ref.spans is not None
    texts = {s.id: s.text for s in br.sources}
    assert [texts[c.source][c.start : c.end] for c in ref.spans] == ["40", "90"]
    assert br.updates == ()


def test_different_quantities_never_conflict() -> None:
    wind = Doc("a", "The typhoon brought winds of 130 kph to the coast of Dalvo on Monday.",
               published="2030-01-01")
    speed = Doc("b", "The typhoon moved towards the coast of Dalvo at 9 kph on Monday.",
                published="2030-01-01", outlet="Daily")
    wind.number("130", 130, 130, "kph")
    speed.number("9", 9, 9, "kph")
    assert all(not c.conflicts for c in brief(wind, speed).claims)
    pop = Doc("c", "Dalvo, a town of 20,000 people, was hit hardest by the storm on Monday.",
              published="2030-01-01")
    dead = toll("d", "The storm killed 30 people in Dalvo on Monday.", "30", 30, "2030-01-01", outlet="Daily")
    pop.number("20,000", 20000, 20000, "people")
    assert all(not c.conflicts for c in brief(pop, dead).claims)


def test_scope_helpers() -> None:
    a = toll("a", "The storm killed 30 people in Dalvo on Monday.", "30", 30, "2030-01-01")
    region = toll("b", "The storm killed 300 people across the region on Monday.", "300", 300, "2030-01-01")
    a.entity("Dalvo", "GPE")
    region.entity("region", "LOC")
    # One town and the whole region are two scopes: no conflict.
    assert all(not c.conflicts for c in brief(a, region).claims)
    wind = Doc("w", "winds of 130 kph")
    wind.number("130", 130, 130, "kph")
    assert is_measure(wind.numbers[0], WORDS) and not is_measure(a.numbers[0], WORDS)


def test_a_figure_that_later_takes_undo_contradicts_instead_of_updating() -> None:
    a = toll("a", "The fire at the dance hall killed 60 people, police said.", "60", 60, "2030-10-30T09:00")
    b = toll("b", "Police said the blaze at the hall killed 67 people on Friday.", "67", 67,
             "2030-10-30T09:30")
    c = toll("c", "The fire at the dance hall killed 60 people, police said on Saturday.", "60", 60,
             "2030-10-31T10:00")
    br = brief(a, b, c)
    assert br.updates == ()
    odd = claim_with(br, "67 people")
    assert [r.kind for r in odd.conflicts] == ["number"]
    assert "67" in odd.conflicts[0].detail and "60" in odd.conflicts[0].detail


def test_a_bare_figure_the_death_toll_reaches_counts_the_dead() -> None:
    import dataclasses

    from newsweave.lang import NO_WORDS
    from newsweave.weave.scope import running_fate
    from newsweave.weave.statements import Statement

    d = Doc("a", "Two more died on Monday, bringing the death toll in the fire to 62.")
    d.number("62", 62, 62, None)
    n = d.numbers[0]
    s = Statement(0, "a", "s1", "f1", None, 0, len(d.text), d.text, None, False, False, (), (), (n,), (),
                  frozenset(), frozenset(), words=WORDS)
    assert running_fate(n, s) == "killed"
    # A language without toll words reads no toll into a bare figure.
    assert running_fate(n, dataclasses.replace(s, words=NO_WORDS)) is None


def test_a_later_take_bringing_the_toll_to_a_figure_updates_the_earlier_tolls() -> None:
    import dataclasses

    from tests.weave.weave_fixtures import story_of

    from newsweave.weave.briefing import WeaveOptions, weave

    a = toll("a", "A fire turned the dance hall into a deathtrap, killing 60 people.", "60", 60,
             "2030-10-30T09:00")
    past = Doc("a2", "In 1978, 20 people died in a hotel fire in Borvik.", published="2030-10-30T09:00",
               outlet="Wire")
    past.number("20", 20, 20, "people died").date("1978", "1978", precision="year")
    b = toll("b", "Officials gave no cause on Sunday for the fire that killed 60 people.", "60", 60,
             "2030-11-01T10:00")
    c = Doc("c", "Two youths died early Monday, bringing the death toll in the dance hall fire to 62.",
            published="2030-11-02T05:00", outlet="Wire")
    c.number("62", 62, 62, None).date("early Monday", "2030-11-02")
    story, items = story_of([a, past, b, c])
    story = dataclasses.replace(story, families=(("a", "a2", "b", "c"),))
    br = weave(story, items, WeaveOptions(summary_words=60))
    (update,) = br.updates
    # The reworded running total joins the earlier tolls; the 1978 disaster's toll is another time frame.
    assert [r.value for r in update.history] == [60, 60, 62]
    assert all(not cl.conflicts for cl in br.claims)

"""Running figures and scope: later revisions are updates, other quantities never conflict."""

from __future__ import annotations

import dataclasses

from tests.weave.test_claims import brief, claim_with
from tests.weave.weave_fixtures import Doc, span_of, story_of

from newsweave.lang.en.statement_words import WORDS
from newsweave.weave.briefing import WeaveOptions, weave
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


def _rose_to(aid: str, value: int, published: str, outlet: str = "Wire") -> Doc:
    d = Doc(aid, f"The number of people killed in the collapse rose to {value} on Thursday after divers "
                 "recovered seven more bodies.", published=published, outlet=outlet)
    d.number(str(value), value, value, None)
    return d


def test_an_outlet_revising_its_own_count_is_an_update_however_soon_after_another_outlet() -> None:
    a = toll("a", "At least 12 people were killed when the bridge collapsed, police said.", "12", 12,
             "2030-03-11")
    b = toll("b", "Police said 12 people were killed in the collapse of the bridge.", "12", 12, "2030-03-13",
             outlet="Daily")
    # Wire's own later count, a day and a half after Daily's: Wire revises what it reported itself.
    br = brief(a, b, _rose_to("c", 19, "2030-03-14T09:00"))
    (update,) = br.updates
    assert [r.value for r in update.history] == [12, 12, 19]
    assert all(not cl.conflicts for cl in br.claims)
    # Another outlet's higher figure the same day as Daily's, with no earlier report of its own, is a dispute.
    br = brief(a, b, _rose_to("c", 19, "2030-03-13T20:00", outlet="Courier"))
    assert br.updates == ()
    assert any(r.kind == "number" for cl in br.claims for r in cl.conflicts)


def test_another_outlets_higher_count_a_day_or_more_later_is_the_count_going_up() -> None:
    a = toll("a", "The storm killed at least 20 people in the port, police said.", "20", 20,
             "2030-09-22T09:00")
    b = toll("b", "Police said the storm killed 110 people in the port.", "110", 110, "2030-09-23T10:00",
             outlet="Daily")
    c = toll("c", "The storm killed 210 people in the port, officials said.", "210", 210, "2030-09-25T20:00",
             outlet="Courier")
    br = brief(a, b, c)
    assert all(not cl.conflicts for cl in br.claims)
    (update,) = br.updates
    assert [r.value for r in update.history] == [20, 110, 210]
    # A fall is no rise, however late: Courier's lower count two days on contradicts Daily's.
    low = toll("c", "The storm killed 60 people in the port, officials said.", "60", 60, "2030-09-25T20:00",
               outlet="Courier")
    assert any(r.kind == "number" for cl in brief(a, b, low).claims for r in cl.conflicts)


def test_a_party_contesting_the_count_stays_out_of_its_history() -> None:
    a = toll("a", "At least 12 people were killed when the bridge collapsed, the authority said.", "12", 12,
             "2030-03-11").attributed("At least 12 people", "the authority")
    police = toll("p", "Police said the death toll from the bridge collapse stood at 12.", "12", 12,
                  "2030-03-11", outlet="Ledger").attributed("death toll", "Police")
    b = Doc("b", "The authority said 12 people died in the collapse. The union said dozens were killed in "
                 "the collapse.", published="2030-03-13", outlet="Daily")
    b.number("12", 12, 12, "people died").number("dozens", 24, None, "killed")
    b.attributed("12 people died", "the authority").attributed("dozens were", "the union")
    br = brief(a, police, b, _rose_to("c", 19, "2030-03-14T09:00"))
    (update,) = br.updates
    # The union's "dozens" is a claim against the authority's 12 (which the police's 12 confirms).
    assert [r.text for r in update.history][-1] == "19"
    assert "dozens" not in [r.text for r in update.history]
    # The count rising to 19 explains "12" vs "19": no dispute between them; the union's claim still is one.
    details = [ref.detail for cl in br.claims for ref in cl.conflicts]
    assert not any("12" in d and "19" in d for d in details)
    assert any("dozens" in d and "19" in d for d in details)


def test_a_vague_plural_takes_of_before_a_thing_not_before_a_fate() -> None:
    from newsweave.weave.numbers import describe
    from newsweave.weave.statements import Statement

    d = Doc("a", "The union said dozens were killed.").number("dozens", 24, None, "killed")
    s = Statement(0, "a", "s1", "f1", None, 0, len(d.text), d.text, None, False, False, (), (),
                  tuple(d.numbers), (), frozenset(), frozenset(), words=WORDS)
    assert describe(d.numbers[0], s) == "dozens killed"
    e = Doc("b", "Dozens of people died.").number("Dozens", 24, None, "people died")
    t = Statement(0, "b", "s1", "f1", None, 0, len(e.text), e.text, None, False, False, (), (),
                  tuple(e.numbers), (), frozenset(), frozenset(), words=WORDS)
    assert describe(e.numbers[0], t) == "Dozens of people died"


def test_a_figure_counting_the_dead_and_the_injured_together_is_no_running_count() -> None:
    from newsweave.weave.scope import running_fate
    from newsweave.weave.statements import Statement

    d = Doc("a", "A reporter saw dozens of dead and injured people in the square.")
    d.number("dozens", 12, None, "dead and injured people")
    d.number("dozens", 12, None, "dead people")
    mixed, dead = d.numbers
    s = Statement(0, "a", "s1", "f1", None, 0, len(d.text), d.text, None, False, False, (), (), (mixed,), (),
                  frozenset(), frozenset(), words=WORDS)
    assert running_fate(mixed, s) is None
    assert running_fate(dead, s) == "killed"


def test_a_figure_counting_an_increment_is_not_the_running_total() -> None:
    from newsweave.models import NumberMention
    from newsweave.weave.scope import is_increment, same_quantity
    from newsweave.weave.statements import Statement

    def figure(text: str, words: str, value: float, counts: str) -> tuple[Statement, NumberMention]:
        d = Doc("a", text)
        d.number(words, value, value, counts)
        s = Statement(0, "a", "s1", "f1", None, 0, len(text), text, None, False, False, (), (),
                      tuple(d.numbers), (), frozenset(), frozenset(), words=WORDS)
        return s, d.numbers[0]

    also, n_also = figure("4 people were also arrested today on the bridge.", "4", 4, "people arrested")
    more, n_more = figure("Police arrested 12 more on Sunday.", "12", 12, "arrested")
    extra, n_extra = figure("An additional 30 protesters were arrested.", "30", 30, "protesters arrested")
    total, n_total = figure("Around 25 people were arrested during the day.", "25", 25, "people arrested")
    assert is_increment(n_also, also) and is_increment(n_more, more) and is_increment(n_extra, extra)
    assert not is_increment(n_total, total)
    assert not same_quantity(n_also, also, n_total, total)
    other, n_other = figure("Some 40 people were arrested on Monday.", "40", 40, "people arrested")
    assert same_quantity(n_other, other, n_total, total)


def test_who_was_aboard_yields_to_what_happened_to_them() -> None:
    from newsweave.weave.scope import compared_fate, running_fate
    from newsweave.weave.statements import Statement

    d = Doc("a", "Of the 150 people on board, 40 people aboard were missing; a jet carrying 90 people came.")
    d.number("150", 150, 150, "people on board")
    d.number("40", 40, 40, "people aboard were missing")
    d.number("90", 90, 90, "people")
    on_board, missing, carried = d.numbers
    s = Statement(0, "a", "s1", "f1", None, 0, len(d.text), d.text, None, False, False, (), (),
                  tuple(d.numbers), (), frozenset(), frozenset(), words=WORDS)
    assert compared_fate(on_board, s) == "aboard"
    assert running_fate(on_board, s) is None  # one moment's count, never a running figure
    assert compared_fate(missing, s) == "missing"
    assert compared_fate(carried, s) == "aboard"  # read from "carrying" before the figure


def _hurt(aid: str, text: str, figure: str, value: float, published: str) -> Doc:
    d = Doc(aid, text, published=published, outlet="Wire")
    d.number(figure, value, value, "people injured")
    return d


def test_takes_that_revise_a_count_back_and_forth_are_one_update() -> None:
    # One agency's takes give the injured as 140, 133, 151, then 140 again: a count still being established,
    # each take revising the one before, not one odd report contradicting a steady figure.
    lead = "A blaze at the warehouse in Dalvo injured {} people on Friday, the fire service said."
    a = _hurt("a", lead.format(140), "140", 140, "2030-10-30T09:00")
    b = _hurt("b", lead.format(133), "133", 133, "2030-10-30T09:20")
    c = _hurt("c", lead.format(151), "151", 151, "2030-10-30T10:10")
    d = _hurt("d", lead.format(140), "140", 140, "2030-10-31T08:00")
    story, items = story_of([a, b, c, d])
    takes = dataclasses.replace(story, families=(("a", "b", "c", "d"),))
    br = weave(takes, items, WeaveOptions(summary_words=60))
    assert all(not cl.conflicts for cl in br.claims)
    (update,) = br.updates
    assert [r.value for r in update.history] == [140, 133, 151, 140]
    # The same reports from four separate outlets are no one agency's takes: the odd values contradict.
    assert not brief(a, b, c, d).updates


def test_a_severity_word_after_a_later_figure_is_that_figures_scope() -> None:
    # "severely" qualifies the 12, not the 151: both takes count everyone injured.
    a = _hurt("a", "A blaze at the warehouse in Dalvo injured 140 people on Friday.", "140", 140,
              "2030-10-30T09:00")
    b = Doc("b", "Police said 151 people were injured, 12 of them severely, in the blaze at the warehouse.",
            published="2030-10-30T15:00", outlet="Wire")
    b.number("151", 151, 151, "people injured").number("12", 12, 12, None)
    (update,) = brief(a, b).updates
    assert [r.value for r in update.history] == [140, 151]


def test_a_facility_and_a_town_with_no_pin_keep_one_running_toll() -> None:
    from newsweave.models import EntityMention, Geo

    # A quay lies inside some town, and a town the gazetteer cannot pin may lie in the country of the
    # story's pinned places: neither makes the later toll another quantity.
    a = toll("a", "The collapse at Varn Quay in Tolsk killed 40 people, police said.", "40", 40,
             "2030-10-30T09:00")
    a.entity("Varn Quay", "FAC").entity("Tolsk", "GPE")
    b = toll("b", "The collapse at Varn Quay killed 55 people, police said on Friday.", "55", 55,
             "2030-10-31T20:00", outlet="Daily")
    b.entity("Varn Quay", "FAC")
    c = Doc("c", "Twelve injured people were taken to hospital in Dalvo.", published="2030-10-30T10:00")
    c.number("Twelve", 12, 12, "injured people")
    dalvo = Geo(lat=10.0, lon=20.0, gazetteer_id="geonames:1", precision="city", country_code="XX")
    c.entities.append(EntityMention(span_of("c", c.text, "Dalvo"), "Dalvo", "GPE", geo=dalvo))
    (update,) = brief(a, b, c).updates
    assert [r.value for r in update.history] == [40, 55]


def test_a_toll_said_to_pass_a_figure_updates_a_toll_of_the_year_before() -> None:
    # Reports three days apart across a new year, neither naming a year: one time frame, one running toll.
    a = Doc("a", "Flood toll passes 8,000 people as relief effort continues.", published="2030-12-29",
            outlet="Wire")
    a.number("8,000", 8000, 8000, "people")
    b = Doc("b", "The confirmed flood death toll passed 12,000 as the relief effort continued.",
            published="2031-01-01", outlet="Post")
    b.number("12,000", 12000, 12000, None)
    br = brief(a, b)
    (update,) = br.updates
    assert [r.value for r in update.history] == [8000, 12000] and update.counts == "killed"


def test_a_change_a_report_states_is_an_update_with_both_values_cited() -> None:
    d = Doc("a", "The coastguard raised the death toll from 12 to 19 on Tuesday.", outlet="Wire")
    d.changed("12", 12, "19", 19, "people killed")
    (update,) = brief(d).updates
    assert [r.value for r in update.history] == [12, 19] and update.latest.value == 19
    text = brief(d).sources[0].text
    assert [text[r.citation.start:r.citation.end] for r in update.history] == ["12", "19"]
    # another report of the earlier value, undated too, opens the history: it told the count before
    e = Doc("e", "Twelve people were killed when the ferry sank off the coast on Sunday.", outlet="Daily")
    e.number("Twelve", 12, 12, "people killed")
    br = brief(d, e)
    (update,) = br.updates
    assert [(r.source, r.value) for r in update.history] == [("s2", 12), ("s1", 12), ("s1", 19)]
    assert all(not c.conflicts for c in br.claims)


def test_a_stated_change_joins_the_running_figure_and_explains_the_earlier_report() -> None:
    a = toll("a", "The fire at the dance hall killed 40 people, police said.", "40", 40, "2030-10-30T09:00")
    b = Doc("b", "Police raised the death toll of the fire at the dance hall from 52 to 60 on Friday.",
            published="2030-10-31T10:00", outlet="Daily")
    b.changed("52", 52, "60", 60, "people killed")
    (update,) = brief(a, b).updates
    assert [r.value for r in update.history] == [40, 52, 60]
    # the value changed from is not repeated when the report before gave it
    c = toll("c", "The fire at the dance hall killed 52 people, police said.", "52", 52, "2030-10-30T09:00")
    (update,) = brief(c, b).updates
    assert [r.value for r in update.history] == [52, 60]


def test_a_report_of_the_value_a_figure_changed_from_is_no_dispute() -> None:
    a = toll("a", "The fire at the dance hall killed 40 people, police said.", "40", 40, "2030-10-30T09:00")
    b = Doc("b", "The fire at the dance hall killed 90 people, police said, raising the toll from 40.",
            published="2030-10-30T10:00", outlet="Daily")
    b.number("90", 90, 90, "people killed")
    assert claim_with(brief(a, b), "40 people").conflicts  # two outlets disagree the same day
    b2 = Doc("b", "Police raised the toll of the fire at the dance hall from 40 to 90 people killed.",
             published="2030-10-30T10:00", outlet="Daily")
    b2.changed("40", 40, "90", 90, "people killed")
    br = brief(a, b2)
    assert all(not cl.conflicts for cl in br.claims)
    assert [(r.source, r.value) for r in br.updates[0].history] == [("s1", 40), ("s2", 40), ("s2", 90)]

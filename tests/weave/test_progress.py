"""Running figures that are no casualty count: countdowns of days and a vote count's progress."""

from __future__ import annotations

from tests.weave.test_claims import brief
from tests.weave.weave_fixtures import Doc


def _days(aid: str, text: str, words: str, value: float, published: str, outlet: str = "Gazette") -> Doc:
    d = Doc(aid, text, published=published, outlet=outlet)
    d.number(words, value, value, "days")
    return d


def test_a_countdown_to_one_day_across_daily_reports_is_an_update() -> None:
    a = _days("a", "With six days until the port lease runs out, the council met again on Monday.",
              "six days", 6, "2031-03-02T20:00")
    b = _days("b", "With five days until the port lease expires, the mayor called for calm on Tuesday.",
              "five days", 5, "2031-03-03T20:00")
    c = _days("c", "With four days until the lease on the port runs out, talks resumed on Wednesday.",
              "four days", 4, "2031-03-04T20:00", outlet="Courier")
    br = brief(a, b, c)
    (update,) = br.updates
    assert [r.value for r in update.history] == [6, 5, 4]
    assert update.counts.startswith("days until")
    assert all(not cl.conflicts for cl in br.claims)


def test_days_before_another_happening_or_to_another_day_are_no_countdown() -> None:
    # One happening dated by another: no countdown.
    a = _days("a", "The council voted three days before the port lease ran out.", "three days", 3,
              "2031-03-02T20:00")
    b = _days("b", "The mayor spoke two days before the port lease ran out.", "two days", 2,
              "2031-03-03T20:00")
    assert brief(a, b).updates == ()
    # Two countdowns whose days left do not lead to the same day count down to different moments.
    c = _days("c", "With six days until the port lease runs out, the council met.", "six days", 6,
              "2031-03-02T20:00")
    d = _days("d", "With two days until the port lease runs out, the council met.", "two days", 2,
              "2031-03-03T20:00")
    assert brief(c, d).updates == ()


def _share(aid: str, text: str, words: str, value: float, published: str, outlet: str = "Gazette") -> Doc:
    d = Doc(aid, text, published=published, outlet=outlet)
    d.number(words, value, value, None)
    return d


def test_the_share_of_votes_counted_rising_across_reports_is_an_update() -> None:
    a = _share("a", "With 18 percent of the ballots counted, the mayor led the race in Dalvo.", "18 percent",
               18, "2031-05-04T21:00")
    b = _share("b", "With 61 percent of the votes counted, the mayor kept a clear lead.", "61 percent", 61,
               "2031-05-05T18:00", outlet="Courier")
    c = _share("c", "With 88 percent of the votes counted on Wednesday, the mayor was close to victory.",
               "88 percent", 88, "2031-05-06T12:00")
    (update,) = brief(a, b, c).updates
    assert [r.value for r in update.history] == [18, 61, 88]
    assert "counted" in update.counts


def test_a_candidates_share_or_a_falling_count_is_no_progress() -> None:
    # "had N percent of the votes counted" is a candidate's share, not how far counting has gone.
    a = _share("a", "The mayor had 48 percent of the votes counted by Monday night.", "48 percent", 48,
               "2031-05-04T21:00")
    b = _share("b", "The mayor had 52 percent of the votes counted by Tuesday.", "52 percent", 52,
               "2031-05-05T18:00")
    assert brief(a, b).updates == ()
    # Progress that falls is two different counts (two races), not one count going on.
    c = _share("c", "With 70 percent of the votes counted, the mayor led.", "70 percent", 70,
               "2031-05-04T21:00")
    d = _share("d", "With 30 percent of the votes counted, the governor led.", "30 percent", 30,
               "2031-05-05T18:00")
    assert brief(c, d).updates == ()


def test_the_dead_identified_so_far_rising_across_takes_is_an_update() -> None:
    a = Doc("a", "Only 9 of the dead had been identified by Saturday morning, the coroner said.",
            published="2031-07-05T11:00", outlet="Wire")
    a.number("9", 9, 9, None)
    b = Doc("b", "Doctors identified another 15 of the bodies, bringing the total to 24, the coroner said.",
            published="2031-07-06T10:00", outlet="Wire")
    b.number("15", 15, 15, "bodies").number("24", 24, 24, None)
    (update,) = brief(a, b).updates
    assert [r.value for r in update.history] == [9, 24] and update.counts == "dead identified"


def test_patients_in_intensive_care_falling_in_a_later_take_is_an_update() -> None:
    a = Doc("a", "Of the injured, at least 31 were in intensive care on Saturday, the hospital said.",
            published="2031-07-05T11:00", outlet="Wire")
    a.number("at least 31", 31, None, None)
    b = Doc("b", "With 12 people still in intensive care, the toll could rise, the hospital said.",
            published="2031-07-08T10:00", outlet="Wire")
    b.number("12", 12, 12, "people")
    (update,) = brief(a, b).updates
    assert [(r.low, r.value) for r in update.history] == [(31, None), (12, 12)]
    # Two outlets a few hours apart are two tellings of one moment, not a revision.
    c = Doc("c", "With 12 people still in intensive care, the toll could rise, the hospital said.",
            published="2031-07-05T15:00", outlet="Courier")
    c.number("12", 12, 12, "people")
    assert brief(a, c).updates == ()


def test_pieces_of_work_completed_so_far_rising_across_days_is_an_update() -> None:
    a = Doc("a", "So far, the assembly has completed work on only three of those budget laws.",
            published="2031-09-01T20:00", outlet="Gazette")
    a.number("three", 3, 3, "budget laws")
    b = Doc("b", "By Friday, only three of 11 budget laws had been passed by the assembly.",
            published="2031-09-02T09:00", outlet="Courier")
    b.number("three", 3, 3, None).number("11", 11, 11, "budget laws")
    c = Doc("c", "With a vote on roads, the assembly has completed work on 4 of the 11 budget measures.",
            published="2031-09-02T20:00", outlet="Gazette")
    c.number("4", 4, 4, "budget measures").number("11", 11, 11, "budget measures")
    (update,) = brief(a, b, c).updates
    assert [r.value for r in update.history] == [3, 3, 4] and update.counts == "completed so far"
    # A count of work done that falls is two different counts: nothing is claimed.
    d = Doc("d", "The assembly has completed work on 2 of the 11 budget measures.",
            published="2031-09-03T20:00", outlet="Gazette")
    d.number("2", 2, 2, "budget measures")
    assert brief(a, b, c, d).updates == ()


def _tally(aid: str, text: str, progress: str, share: str, published: str, outlet: str,
           doer: str, others: tuple[str, ...] = ()) -> Doc:
    d = Doc(aid, text, published=published, outlet=outlet)
    for words in (progress, share, *others):
        value = float(words.split()[-2])
        d.number(words, value, value, None)
    d.entity(doer, "PERSON").predicate("led", agent=doer.split()[-1], agent_extent=doer)
    return d


def test_a_candidates_share_at_a_further_stage_of_the_count_is_an_update() -> None:
    a = _tally("a", "With 20 percent of the ballots counted, Marta Ilves led with 47 percent, against 40 "
               "percent for her rival, Oskar Tamm.", "20 percent", "47 percent", "2031-05-04T21:00",
               "Gazette", "Marta Ilves", ("40 percent",))
    b = _tally("b", "With 75 percent of the votes counted, Ilves led with 52 percent of the vote.",
               "75 percent", "52 percent", "2031-05-06T12:00", "Courier", "Ilves")
    updates = {u.counts: [r.value for r in u.history] for u in brief(a, b).updates}
    assert updates["percent of the vote"] == [47, 52]
    assert updates["percent of the votes counted"] == [20, 75]


def test_a_share_told_with_a_count_that_went_no_further_is_no_update() -> None:
    a = _tally("a", "With 75 percent of the votes counted, Ilves led with 52 percent of the vote.",
               "75 percent", "52 percent", "2031-05-04T21:00", "Gazette", "Ilves")
    b = _tally("b", "With 60 percent of the votes counted, Ilves led with 49 percent of the vote.",
               "60 percent", "49 percent", "2031-05-06T12:00", "Courier", "Ilves")
    assert all(u.counts != "percent of the vote" for u in brief(a, b).updates)


def test_a_number_of_things_that_passed_somewhere_is_no_work_completed() -> None:
    a = Doc("a", "The number of trucks that passed the border post rose to 120 on Monday.",
            published="2031-09-01T20:00", outlet="Gazette")
    a.number("120", 120, 120, None)
    b = Doc("b", "The number of trucks that passed the border post rose to 180 on Tuesday.",
            published="2031-09-02T20:00", outlet="Courier")
    b.number("180", 180, 180, None)
    assert brief(a, b).updates == ()

"""How long a happening has gone on, counted by reports of different days: an update, never a dispute."""

from __future__ import annotations

from tests.weave.test_claims import brief
from tests.weave.weave_fixtures import Doc

from newsweave.models import Briefing


def _two(first: str, first_day: str, second: str, second_day: str) -> Briefing:
    """The briefing of two outlets' reports, published on ``first_day`` and ``second_day``."""
    return brief(Doc("a", first, published=first_day, outlet="Wire One"),
                 Doc("b", second, published=second_day, outlet="Daily Post"))


def test_one_crackdown_counted_in_days_then_in_weeks_is_an_update() -> None:
    br = _two("The 17-day-old crackdown on dissent in Velmar widened on Wednesday.", "2031-12-16",
              "The three-week crackdown on dissent in Velmar has swept up dozens of activists.", "2031-12-20")
    (update,) = br.updates
    texts = {s.id: s.text for s in br.sources}
    assert [r.text for r in update.history] == ["17-day-old", "three-week"]
    assert all(texts[r.citation.source][r.citation.start:r.citation.end] == r.text for r in update.history)
    assert update.latest == update.history[-1]
    assert update.counts == "time since the crackdown on dissent began"
    assert all(not c.conflicts for c in br.claims)


def test_the_days_of_a_hearing_counted_on_consecutive_days_are_an_update() -> None:
    briefing = _two("The lawyers began a second day of cross-examination of the mayor on Tuesday.",
                    "2031-10-21",
                    "In his third day of cross-examination, the mayor denied any deal with the port.",
                    "2031-10-22")
    (update,) = briefing.updates
    assert [r.value for r in update.history] == [2, 3]


def test_counts_that_put_the_start_on_different_days_are_no_update() -> None:
    # The fifth day on 2 March began on 27 February; the ninth day on 3 March, on 24 February: two strikes.
    briefing = _two("Dock workers held the fifth day of their strike in Velmar on Monday.", "2031-03-02",
                    "Drivers held the ninth day of their strike in Velmar on Tuesday.", "2031-03-03")
    assert briefing.updates == ()


def test_two_lengths_alone_may_be_planned_and_are_no_update() -> None:
    briefing = _two("The minister began a three-day visit to Velmar on Monday.", "2031-03-02",
                    "The minister is on a five-day visit to Velmar, her office said.", "2031-03-04")
    assert briefing.updates == ()


def test_weeks_of_the_calendar_and_undated_reports_count_no_happening() -> None:
    briefing = _two("Talks resumed in the second week of October in Velmar.", "2031-10-09",
                    "Talks resumed in the third week of October in Velmar.", "2031-10-16")
    assert briefing.updates == ()
    c = Doc("c", "The 17-day-old crackdown on dissent in Velmar widened.", outlet="Wire One")
    d = Doc("d", "The three-week crackdown on dissent in Velmar widened.", outlet="Daily Post")
    assert brief(c, d).updates == ()


def test_a_happening_named_before_its_count_is_counted_too() -> None:
    # "Rioting entered its fourth day on Tuesday": the happening comes first, and "on Tuesday" names a time.
    briefing = _two("Rioting in Velmar entered its fourth day on Tuesday as the police fired tear gas.",
                    "2031-03-03",
                    "The sixth day of rioting in Velmar left shops boarded up across the old town.",
                    "2031-03-05")
    (update,) = briefing.updates
    assert [r.text for r in update.history] == ["fourth day", "sixth day"]
    assert update.counts == "time since the rioting in Velmar began"

"""Dates, ranges and tolls written for people, never TimeML codes or "300–300"."""

from __future__ import annotations

import pytest

from newsweave.models import Citation, Claim, Event, Fatalities, NumberEntry, Source
from newsweave.models.briefing import ClaimStatus
from newsweave.render.wording import (
    UNSHOWN_AGREEMENT,
    event_toll,
    fatalities_text,
    human_date,
    human_date_range,
    number_range,
    rests_on_note,
    single_source_reason,
)


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("2021-08-23TNI", "night of 23 Aug 2021"),
        ("2021-08-23TMO", "morning of 23 Aug 2021"),
        ("2021-08-23", "23 Aug 2021"),
        ("2021-08-23T14:05", "23 Aug 2021, 14:05"),
        ("2021-08-23T14:05Z", "23 Aug 2021, 14:05 UTC"),
        ("2021-W33", "week of 16 Aug 2021"),
        ("2021-08", "Aug 2021"),
        ("2021-SU", "summer 2021"),
        ("198X", "the 1980s"),
        ("198", "the 1980s"),
        ("19XX", "the 1900s"),
        ("2001", "2001"),
        (None, "undated"),
        ("2021-13-40", "2021-13-40"),  # malformed: shown as it came, never a crash
        ("PRESENT_REF", "PRESENT_REF"),
    ],
)
def test_human_dates(value: str | None, shown: str) -> None:
    assert human_date(value) == shown


def test_story_span_and_ordering() -> None:
    assert human_date_range("2021-08-24T10:00:00", "2021-09-02") == "24 Aug 2021 to 2 Sep 2021"
    assert human_date_range("2021-08-24", "2021-08-24T18:00") == "24 Aug 2021"
    assert human_date_range(None, None) == "date unknown"


def _n(text: str, value: float | None, low: float | None, high: float | None, approx: bool) -> NumberEntry:
    return NumberEntry(text, value, low, high, approx, "people killed", None, "s1", Citation("s1", 0, 3))


def test_tolls_never_show_a_degenerate_range() -> None:
    around = [_n("Around 300", 300.0, 300.0, 300.0, True)]
    assert fatalities_text(Fatalities(300, 300), around) == "about 300 dead"
    assert fatalities_text(Fatalities(300, 300), [_n("300", 300.0, 300.0, 300.0, False)]) == "300 dead"
    # A toll reported only in words is told in them: its low bound is a coding convention, not a report.
    assert fatalities_text(Fatalities(12, 12), [_n("Dozens", None, 12.0, None, True)]) == "dozens dead"
    a_number = [_n("a number of", None, 10.0, None, True)]
    assert fatalities_text(Fatalities(10, 10), a_number) == "a number of dead"
    # events keep a toll in words open ("a number of" has no upper bound): still told in the words
    assert fatalities_text(Fatalities(10, None), a_number) == "a number of dead"
    assert fatalities_text(Fatalities(12, None), [_n("dozens", None, 12.0, None, True)]) == "dozens dead"
    both = [_n("dozens", None, 12.0, None, True), _n("at least 12", 12.0, 12.0, None, True)]
    assert fatalities_text(Fatalities(12, 12), both) == "at least 12 dead"
    # The analyser gives an open count its low end as a value too: still no upper bound.
    at_least = [_n("At least 12", 12.0, 12.0, None, True)]
    assert fatalities_text(Fatalities(12, 12), at_least) == "at least 12 dead"
    assert fatalities_text(Fatalities(200, None)) == "at least 200 dead"
    assert fatalities_text(Fatalities(12, 36)) == "12 to 36 dead"
    assert number_range(5, None) == "at least 5"
    assert number_range(0, 40, True) == "up to 40"


def test_a_reported_sentence_reads_as_a_clause_after_said_that() -> None:
    from newsweave.render.wording import as_clause

    assert as_clause("They were working for a ferry firm.") == "they were working for a ferry firm."
    assert as_clause("Since March, 12 boats have sunk.") == "since March, 12 boats have sunk."
    assert as_clause("The Hague court will rule.") == "The Hague court will rule."
    assert as_clause("Mara Olin resigned.") == "Mara Olin resigned."
    assert as_clause("I will stay.") == "I will stay."
    common = frozenset({"divers", "i", "will"})
    assert as_clause("Divers joined the search.", common) == "divers joined the search."
    assert as_clause("Kelmouth divers joined the search.", common) == "Kelmouth divers joined the search."
    assert as_clause("I will stay.", common) == "I will stay."
    assert as_clause("Will Smith resigned.", common) == "Will Smith resigned."


def _sources(n: int) -> list[Source]:
    return [Source(id=f"s{i}", outlet=f"paper{i}.example", title=None, url=None, path=None, published=None,
                   published_from=None, language="en", duplicate_of=None, removed=(), text="x",
                   family=f"f{i}")
            for i in range(n)]


def _claim(origins: int, status: ClaimStatus = "single_source") -> Claim:
    return Claim(id="c1", text="x", status=status, sources=("s0", "s1"), independent_origins=origins,
                 origins=(), mentions=(Citation("s0", 0, 1),))


def test_a_single_source_claim_of_several_origins_says_why() -> None:
    assert single_source_reason(_claim(2), _sources(8)) == UNSHOWN_AGREEMENT
    assert single_source_reason(_claim(2), _sources(9)) == (
        "counted as one source: 2 of the story's 9 independent sources carry it, and with this many sources "
        "corroboration needs 3")
    assert single_source_reason(_claim(3), _sources(9)) == (
        "counted as one source: their words do not show 3 of them agree")
    assert single_source_reason(_claim(1), _sources(9)) is None
    assert single_source_reason(_claim(3, "corroborated"), _sources(9)) is None


def test_a_claim_rests_on_its_parties_only_where_every_origin_is_one() -> None:
    import dataclasses

    police = dataclasses.replace(_claim(1), origins=("police",))
    assert rests_on_note(police) == "rests on police"
    # Another origin states it in its own words: the party is only part of it.
    assert rests_on_note(dataclasses.replace(police, independent_origins=2, status="corroborated")) == (
        "attributed in part to police")
    assert rests_on_note(_claim(2)) is None


def test_an_event_toll_is_worded_from_its_own_claims_figures() -> None:
    several = NumberEntry("several hundred", 200.0, 200.0, None, True, "opponents killed", "c2", "s1",
                          Citation("s1", 0, 15))
    crowd = NumberEntry("About 200", 200.0, 200.0, 200.0, True, "supporters", "c9", "s1",
                        Citation("s1", 20, 29))
    event = Event("ASSAULT", None, None, None, None, Fatalities(200, None), ("c2",))
    assert event_toll(event, [several, crowd]) == "several hundred dead"
    # a figure of the same value in another claim would have made it "at least 200"
    assert fatalities_text(Fatalities(200, None), [several, crowd]) == "at least 200 dead"


def test_reported_words_keep_the_sources_own_verb_where_said_that_would_not_read() -> None:
    from newsweave.render.wording import reported_words

    # After a verb of saying (or its "that"), the content is a clause: "said that ...".
    assert reported_words("he backed the plan", "Mara Olin said ") == "said that he backed the plan"
    assert reported_words("The plan failed.", "Olin warned that ") == "said that the plan failed."
    # An infinitive or a stance's object is no clause: the source's own verb is kept.
    assert reported_words("not to repeat that error", "Olin vowed ") == "vowed not to repeat that error"
    assert reported_words("one side or another", "members have backed ") == "backed one side or another"
    assert reported_words("to close the port", "Olin wants ") == "wants to close the port"
    assert reported_words("residents about scams", "Olin is warning ") == "warning residents about scams"
    assert reported_words("the plan failed", "Olin was saying ") == "said that the plan failed"
    # No verb right before (another sentence, a comma, a preposition, a noun): "said that", as before.
    assert reported_words("seeing the fall", "Olin spoke about ") == "said that seeing the fall"
    assert reported_words("the plan failed", "Olin told officials ") == "said that the plan failed"
    assert reported_words("The plan failed.", "It rained. ") == "said that the plan failed."
    assert reported_words("the plan failed", "") == "said that the plan failed"


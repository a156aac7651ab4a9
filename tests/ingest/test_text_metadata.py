"""Metadata found in the text: title suffixes, dates."""

from __future__ import annotations

from newsweave.ingest.metadata import (
    dateline_date,
    looks_like_headline,
    parse_date,
    split_title_suffix,
)


def test_title_suffix_gives_outlet_and_bare_title() -> None:
    parts = split_title_suffix("Floods cut off northern villages | Europe  News | The Daily Planet")
    assert parts.title == "Floods cut off northern villages"
    assert parts.outlet == "The Daily Planet"
    assert parts.suffix == "| Europe  News | The Daily Planet"


def test_long_segment_after_bar_is_not_a_suffix() -> None:
    title = "Floods | what the mayor of the northern town told residents on Tuesday night"
    assert split_title_suffix(title).outlet is None
    assert split_title_suffix("No suffix here").title == "No suffix here"


def test_headline_shape() -> None:
    assert looks_like_headline("Floods cut off northern villages")
    assert looks_like_headline("Aid bill passed in the U.S.")
    assert not looks_like_headline("The river rose overnight.")
    assert not looks_like_headline(" ".join(["word"] * 40))


def test_parse_date_forms() -> None:
    assert parse_date("2021-08-24") == "2021-08-24"
    assert parse_date("2021-08-24T10:30:00Z") == "2021-08-24T10:30:00+00:00"
    assert parse_date("August 24, 2021") == "2021-08-24"
    assert parse_date("Tuesday, 24th Aug. 2021") == "2021-08-24"
    assert parse_date("soon") is None


def test_dateline_only_near_the_top() -> None:
    assert dateline_date(("Headline here", "Saturday, January 8, 2005", "Body.")) == "2005-01-08"
    assert dateline_date(("a", "b", "c", "January 8, 2005")) is None


def test_a_standalone_dateline_in_september_is_read() -> None:
    from newsweave.ingest.metadata import parse_date

    assert parse_date("Thursday, September 22, 2005") == "2005-09-22"
    assert parse_date("Sept. 22, 2005") == "2005-09-22"


def test_a_clock_time_after_the_bar_is_no_outlet() -> None:
    parts = split_title_suffix("Sunday, March 17, 2013 | 5:00 PM")
    assert parts.title == "Sunday, March 17, 2013"
    assert parts.outlet is None
    assert split_title_suffix("Floods cut off villages | Updated 9:28 AM EDT").outlet is None
    assert split_title_suffix("Floods cut off villages | Tidewater Wire").outlet == "Tidewater Wire"


def test_a_dateline_may_carry_a_clock_time_but_no_words() -> None:
    assert dateline_date(("Headline here", "MAR. 14, 2013, 8:12 PM", "Body.")) == "2013-03-14"
    assert dateline_date(("June 6th, 2013 7:38pm EDT", "Body.")) == "2013-06-06"
    assert dateline_date(("Sunday, March 17, 2013 | 5:00 PM", "Body.")) == "2013-03-17"
    assert dateline_date(("May 5, 2010 election results", "Body.")) is None

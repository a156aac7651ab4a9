"""Calendar arithmetic against the publication date (the TimeML document creation time, DCT).

Direction words come from tense.py: "past" looks back from the DCT, "future" looks forward, anything else
takes the nearest candidate (ties go to the past, because news mostly reports what already happened).
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from newsweave.text import iso_day

# "perfect" (a present perfect) places months in the past and weekdays at the nearer day. "schedule" (a
# finite simple present: "the measure expires Friday", "the trial opens Monday") places weekdays ahead, as a
# timetable's present does, and anything else at the nearer one, as "present" does.
Tense = Literal["past", "future", "present", "schedule", "perfect", "none"]

SEASON_CODES = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
# The month each season is taken to start in (northern hemisphere, as TimeML does), to order it
# against the DCT.
SEASON_FIRST_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def shift_months(day: dt.date, months: int) -> tuple[int, int]:
    """(year, month) ``months`` after ``day``'s month."""
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def weekday_date(dct: dt.date, weekday: int, tense: Tense, strict: bool = False) -> dt.date:
    """The day named by a bare weekday. ``strict`` ("last Friday", "next Friday") excludes the DCT itself."""
    back = (dct.weekday() - weekday) % 7
    fwd = (weekday - dct.weekday()) % 7
    if strict:
        back, fwd = back or 7, fwd or 7
    if tense == "past":
        return dct - dt.timedelta(days=back)
    if tense in ("future", "schedule"):
        return dct + dt.timedelta(days=fwd)
    return dct - dt.timedelta(days=back) if back <= fwd else dct + dt.timedelta(days=fwd)


def month_year(dct: dt.date, month: int, tense: Tense, day: int | None = None) -> int:
    """The year of a month (and day) written without one: the past one for past tense, the coming one for
    future tense, else the nearer one."""
    if tense == "perfect":
        tense = "past"
    here = (dct.month, dct.day if day is not None else 0)
    there = (month, day or 0)
    if tense == "past" and there > here:
        return dct.year - 1
    if tense == "future" and there < here:
        return dct.year + 1
    if tense in ("past", "future"):
        return dct.year
    # No tense to go by ("worth $130 million in October", "payable Jan. 2"): the nearer one, ties to the
    # past. Months are counted from the publication month.
    ahead = (month - dct.month) % 12
    back = (dct.month - month) % 12
    if ahead == back == 0:
        return dct.year
    if ahead < back:
        return dct.year + (1 if month < dct.month else 0)
    return dct.year - (1 if month > dct.month else 0)


def relative_month(dct: dt.date, month: int, rel: str) -> int:
    """The year of "last June" (most recent one before this month, skipping the month just past), "next
    June", "this June"."""
    if rel in ("last", "past", "previous"):
        # The month just past is "last month": "crashed last February" in a March report is a year earlier
        # (TimeBank's tuned part has the one case: 1997-02 from 1998-03-01). Only within the year; no
        # labelled case says what "last December" means in January.
        return dct.year if month < dct.month - 1 else dct.year - 1
    if rel in ("next", "coming"):
        return dct.year if month > dct.month else dct.year + 1
    return dct.year


def season_year(dct: dt.date, code: str, rel: str | None, tense: Tense) -> int:
    """The year of a season (winter belongs to the year of its December, as in TimeML)."""
    first = SEASON_FIRST_MONTH[code]
    started = dct.year if dct.month >= first else dct.year - 1  # most recent instance begun by the DCT
    current = (dct.month - first) % 12 < 3
    this = dct.year - 1 if code == "WI" and dct.month <= 2 else dct.year
    if rel in ("last", "past", "previous"):
        return started - 1 if current else started
    if rel in ("next", "coming"):
        return started + 1
    if rel is None and tense == "past":
        return started
    if rel is None and tense == "future":
        return started if current else started + 1
    return this


def parse_dct(published: str | None) -> dt.date | None:
    """The publication day, or None when absent or not an ISO date (never guessed)."""
    return iso_day(published)

"""Periods a news text names against its own reference rather than the publication day: fiscal quarters
and halves ("the year-ago quarter"), "year-ago" results, "the following year", "that year", "the full year",
"the previous month", "the same month a year ago", "year-end".

Values that need the rest of the article carry a marker (``REF_QUARTER``, ``QUARTER_STEP``, ``REF_YEAR``,
``REF_MONTH``) and an offset; ``analyze.dates`` fills them in once all expressions of the article are chosen.
"""

from __future__ import annotations

import re

from newsweave.analyze.temporal import calendar as cal
from newsweave.analyze.temporal.calendar import Tense
from newsweave.analyze.temporal.lexicon import DAYPARTS, MONTHS, YEAR_STEP
from newsweave.analyze.temporal.resolution import UNRESOLVED, Context, Resolution

# "the following year", "that year": the year of the last date the text named before, filled in by ``dates``;
# the offset follows this marker.
REF_YEAR = "REFY"


# "the previous month", "the same month a year ago": the month of the last date the text named before (the
# publication month when none), moved by the signed number of months after this marker; filled in by
# ``dates``.
REF_MONTH = "REFM"
# "in the morning", "later in the day": the last day the text named before (the publication day when none),
# with the part of the day after this marker; filled in by ``dates``.
REF_DAY = "REFD"
# Words before "the day" that make it the day the text is about ("later in the day", "ended the day up 3%",
# "for the day"); after other words it is too often tied to an event ("the day before the crash").
_IN_THE_DAY = re.compile(r"(?i:\b(?:(?:early|earlier|late|later)\s+in|end|ends|ended|ending|finish|finished"
                         r"|finishing|close|closed|closing|for|start\s+of|end\s+of)\s+)$")
# "the previous quarter", "the prior quarter": the article's reference quarter moved by the signed number of
# quarters after this marker; filled in by ``dates`` like ``REF_QUARTER``.
QUARTER_STEP = "STEPQ"


def that_year(m: re.Match[str], ctx: Context) -> Resolution:
    return Resolution("date", f"{REF_YEAR}+0", "year", "relative")


# A quarter or half the text names without its year ("the quarter", "the year-ago quarter", "the 1988
# quarter") takes it from the article's reference quarter, filled in by ``dates`` after all candidates are
# chosen. The value carries the year offset (or the year) after this marker.
REF_QUARTER = "REFQ"
_QUARTER_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


# "the quarter ended Sept. 30", "the period ending Dec. 31, 1989": a quarter dated by its last day.
_ENDED = re.compile(r"\s*,?\s+(?:that\s+)?(?P<verb>ended|ending|ends|to)\s+(?P<mon>(?i:[a-z]{3,9}))\.?\s+"
                    r"(?P<d>[0-3]?\d)\b(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?")


def _quarter_ending(m: re.Match[str], ctx: Context) -> Resolution | None:
    """The calendar quarter that holds the end date written after a quarter without an ordinal."""
    end = _ENDED.match(m.string, m.end())
    if end is None or end["mon"].lower() not in MONTHS:
        return None
    month = MONTHS[end["mon"].lower()]
    if end["y"]:
        year = int(end["y"])
    elif ctx.dct is None:
        return None
    else:  # "ended" is over by publication; "ending" is the nearer one
        tense: Tense = "past" if end["verb"].lower() == "ended" else "none"
        year = cal.month_year(ctx.dct, month, tense, int(end["d"]))
    return Resolution("date", f"{year}-Q{(month - 1) // 3 + 1}", "month", "inferred")


def quarter(m: re.Match[str], ctx: Context) -> Resolution | None:
    """Fiscal quarters and halves: "the third quarter", "third-quarter", "the 1988 second quarter",
    "this year's first half", "the fourth quarter of 1997", "1988's final quarter", "the second half of next
    year", "the latest quarter", "the year-ago quarter", "the previous quarter", "the quarter ended Sept.
    30"."""
    word = m["unit"].lower()
    unit = "H" if word == "half" else "Q"
    ordinal = (m["ord"] or "").lower()
    n = (4 if unit == "Q" else 2) if ordinal == "final" else _QUARTER_ORDINALS.get(ordinal)
    if n is not None and (word == "period" or (unit == "H" and n > 2)):
        return None
    if m["step"]:
        if n is not None or unit == "H":
            return None
        step = "-1" if m["step"].lower() in ("previous", "prior") else "+1"
        return Resolution("date", f"{QUARTER_STEP}{step}", "month", "relative")
    if n is None and not (m["y"] or m["ryear"] or m["ago"] or m["latest"] or m["lastyear"]) and (
            word != "quarter" or not m[0].lower().startswith("the") or m.string.startswith(" of", m.end())):
        return None  # "a quarter of the vote", "the period": only a named or modified quarter is a date
    year = m["y"] or m["y2"]
    ryear = m["ryear"] or m["ofyear"]
    if year is None and ryear:
        if ctx.dct is None:
            return UNRESOLVED
        year = str(ctx.dct.year + YEAR_STEP.get(ryear.lower(), 0))
    if n is None:  # no ordinal: the article's reference quarter, moved by a year-ago or given a year
        if unit == "H":
            return None
        if (m["latest"] or "").lower() == "current" and word == "quarter" and not (year or m["lastyear"]):
            # "the current quarter" is the one in progress at publication, not the one just reported
            if ctx.dct is None:
                return UNRESOLVED
            return Resolution("date", f"{ctx.dct.year}-Q{(ctx.dct.month - 1) // 3 + 1}", "month", "relative")
        if year is None and not (m["ago"] or m["lastyear"]):
            dated = _quarter_ending(m, ctx)
            if dated is not None:
                return dated
        offset = "-1" if m["ago"] or m["lastyear"] else "+0"
        return Resolution("date", f"{REF_QUARTER}{year or offset}", "month", "relative")
    if year is not None:
        return Resolution("date", f"{year}-{unit}{n}", "month", "explicit")
    if ctx.dct is None:
        return UNRESOLVED
    first_month = (n - 1) * (3 if unit == "Q" else 6) + 1
    # The most recent such period begun by the publication date (earnings are reported after the quarter).
    y = ctx.dct.year if first_month <= ctx.dct.month else ctx.dct.year - 1
    # A future tense moves a period to next year unless it is the one just over ("expects to report a
    # third-quarter loss" in November).
    size = 3 if unit == "Q" else 6
    periods_since = (ctx.dct.year * 12 + ctx.dct.month - 1) // size - (y * 12 + first_month - 1) // size
    if m["lastyear"]:
        y -= 1  # "the third quarter a year ago"
    elif periods_since > 1 and ctx.tense() == "future":
        y += 1
    return Resolution("date", f"{y}-{unit}{n}", "month", "inferred")


def this_year(m: re.Match[str], ctx: Context) -> Resolution:
    """"the year", "the full year", "the fiscal year": the publication year in news ("forecast a gain for the
    full year"), but a length when a fiscal year's end is given ("revenue for the year ended March 31")."""
    if re.match(r"\s+(?:ended|ending)\b", m.string[m.end() : m.end() + 8]):
        return Resolution("duration", "P1Y", "unknown", "explicit")
    if ctx.dct is None:
        return UNRESOLVED
    return Resolution("date", str(ctx.dct.year), "year", "relative")


def day_part(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"in the morning", "by mid afternoon", "later in the day": a part of the day the narrative is on."""
    part = m["part"].lower()
    if part == "day":
        if not _IN_THE_DAY.search(m.string, max(0, m.start() - 16), m.start()) or re.match(
                r"\s+(?:before|after|of|when|that)\b", m.string[m.end() : m.end() + 8]):
            return None  # "the day before the crash", "the day's gains": not a time of day
        return Resolution("date", REF_DAY, "day", "relative")
    if ctx.no_day():
        return None
    return Resolution("time", f"{REF_DAY}T{DAYPARTS[part]}", "day", "relative")


def year_end(m: re.Match[str], ctx: Context) -> Resolution:
    """"year-end", "by year's end": the last day of the year, the one now running unless the clause looks
    back ("since year-end", "at year-end, debt was ...")."""
    if m["y"]:
        return Resolution("date", f"{m['y']}-12-31", "day", "explicit")
    if ctx.dct is None:
        return UNRESOLVED
    rel = (m["rel"] or "").lower()
    if rel:
        year = ctx.dct.year + YEAR_STEP[rel]
    else:
        since = re.search(r"(?i:\bsince\s+(?:the\s+)?)$", m.string[max(0, m.start() - 12) : m.start()])
        back: Tense = "past" if since else ctx.tense()
        over = back in ("past", "perfect") and (ctx.dct.month, ctx.dct.day) < (12, 31)
        year = ctx.dct.year - (1 if over else 0)
    return Resolution("date", f"{year}-12-31", "day", "relative")


def same_month(m: re.Match[str], ctx: Context) -> Resolution:
    """"the same month a year ago", "the same month last year": the month the text is about, a year back."""
    return Resolution("date", f"{REF_MONTH}-12", "month", "relative")


def year_ago(m: re.Match[str], ctx: Context) -> Resolution:
    """The adjective "year-ago" / "year-earlier" ("year-ago results"): the reference quarter a year back,
    filled in by ``dates``; the year before publication when there is none."""
    return Resolution("date", f"{REF_QUARTER}-1", "month", "relative")

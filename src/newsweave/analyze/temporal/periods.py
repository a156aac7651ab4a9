"""Periods a news text names against its own reference rather than the publication day: fiscal quarters
and halves ("the year-ago quarter"), "year-ago" results, "the following year", "that year", "the full year".

Values that need the rest of the article carry a marker (``REF_QUARTER``, ``REF_YEAR``) and an offset;
``analyze.dates`` fills them in once all expressions of the article are chosen.
"""

from __future__ import annotations

import re

from newsweave.analyze.temporal.resolution import UNRESOLVED, Context, Resolution

# "the following year", "that year": the year of the last date the text named before, filled in by ``dates``;
# the offset follows this marker.
REF_YEAR = "REFY"


def that_year(m: re.Match[str], ctx: Context) -> Resolution:
    return Resolution("date", f"{REF_YEAR}+0", "year", "relative")


# A quarter or half the text names without its year ("the quarter", "the year-ago quarter", "the 1988
# quarter") takes it from the article's reference quarter, filled in by ``dates`` after all candidates are
# chosen. The value carries the year offset (or the year) after this marker.
REF_QUARTER = "REFQ"
_QUARTER_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def quarter(m: re.Match[str], ctx: Context) -> Resolution | None:
    """Fiscal quarters and halves: "the third quarter", "third-quarter", "the 1988 second quarter",
    "this year's first half", "the fourth quarter of 1997", "the latest quarter", "the year-ago quarter"."""
    word = m["unit"].lower()
    unit = "H" if word == "half" else "Q"
    n = _QUARTER_ORDINALS.get((m["ord"] or "").lower())
    if n is not None and (word == "period" or (unit == "H" and n > 2)):
        return None
    if n is None and not (m["y"] or m["ryear"] or m["ago"] or m["latest"] or m["lastyear"]) and (
            word != "quarter" or not m[0].lower().startswith("the") or m.string.startswith(" of", m.end())):
        return None  # "a quarter of the vote", "the period": only a named or modified quarter is a date
    year = m["y"] or m["y2"]
    if year is None and m["ryear"]:
        if ctx.dct is None:
            return UNRESOLVED
        year = str(ctx.dct.year + {"last": -1, "this": 0, "next": 1}[m["ryear"].lower()])
    if n is None:  # no ordinal: the article's reference quarter, moved by a year-ago or given a year
        if unit == "H":
            return None
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


def year_ago(m: re.Match[str], ctx: Context) -> Resolution:
    """The adjective "year-ago" / "year-earlier" ("year-ago results"): the reference quarter a year back,
    filled in by ``dates``; the year before publication when there is none."""
    return Resolution("date", f"{REF_QUARTER}-1", "month", "relative")

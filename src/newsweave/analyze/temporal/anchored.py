"""Rules for expressions dated from the text's own reference or written in a short form the main rules miss:
"the September quarter" (a fiscal quarter named by its last month), "the same day" (the day last named),
"the previous Friday" (the Friday before the day last named), "'87" (a year written with two digits), and
lengths of no stated count ("the months ahead", "for some time").

Values that need the rest of the article carry a marker that ``analyze.dates`` fills in once all expressions
are chosen, as ``periods`` does.
"""

from __future__ import annotations

import datetime as dt
import re

from newsweave.analyze.temporal import calendar as cal
from newsweave.analyze.temporal.lexicon import MONTH, MONTHS, UNITS, WEEKDAY, WEEKDAYS
from newsweave.analyze.temporal.periods import REF_DAY
from newsweave.analyze.temporal.resolution import UNRESOLVED, Context, Resolution
from newsweave.analyze.temporal.rules import RULES, Rule, ago

# "the previous Friday": the weekday (0 = Monday) after this marker, then "-" for the one before the last day
# named (the publication day when none) or "+" for the one after it; filled in by ``dates``.
REF_WEEKDAY = "REFW"
# "the next day", "the previous day": the day last named (the publication day when none) moved by the signed
# number of days after this marker; filled in by ``dates``.
REF_DAY_STEP = "REFS"
_DAY_STEP = re.compile(rf"{REF_DAY_STEP}([+-]\d+)")
# "a day earlier" is read by the rule of "two days ago" (its counts and hedges), then counted from the day
# the narrative is on; it wins over that rule on the same words.
_AGO = next(r for r in RULES if r.name == "ago")
# A two-digit year is taken in the century that puts it at most this many years after publication ("'95"
# written in 1989 is 1995, "'82" in 2008 is 1982); news looks back far more often than ahead.
TWO_DIGIT_YEAR_AHEAD = 10
# A word with a capital inside or at its start, just before ("iLife '11", "Expo '90"), on the same line.
_NAME_BEFORE = re.compile(r"\b(\w*[A-Z]\w*)[^\S\n]+$")
# Capitalised words that still introduce a year ("Since '82", "In '87").
_YEAR_WORDS = frozenset({"since", "in", "by", "until", "from", "before", "after", "of", "the", "through",
                         "during", "to", "and", "or"})


def month_quarter(m: re.Match[str], ctx: Context) -> Resolution:
    """"the September quarter", "its June quarter": the quarter that ends with (holds) that month, the one
    over by publication unless the clause looks ahead."""
    if ctx.dct is None:
        return UNRESOLVED
    month = MONTHS[m["mon"].lower().rstrip(".")]
    year = cal.month_year(ctx.dct, month, ctx.tense())
    return Resolution("date", f"{year}-Q{(month - 1) // 3 + 1}", "month", "inferred")


def same_day(m: re.Match[str], ctx: Context) -> Resolution:
    """"the same day", "that same day": the day the text last named."""
    return Resolution("date", REF_DAY, "day", "relative")


def step_weekday(m: re.Match[str], ctx: Context) -> Resolution:
    """"the previous Friday", "the following Monday": counted from the day the text last named, not from
    publication ("down 4.5% from the previous Friday" after Friday's close is the Friday a week before)."""
    sign = "-" if m["step"].lower() in ("previous", "preceding", "prior") else "+"
    return Resolution("date", f"{REF_WEEKDAY}{WEEKDAYS[m['wd'].lower()]}{sign}", "day", "relative")


def step_day(m: re.Match[str], ctx: Context) -> Resolution:
    """"the next day", "the previous day": a day of the narrative, counted from the day it last named."""
    sign = "-" if m["step"].lower() in ("previous", "preceding", "prior") else "+"
    return Resolution("date", f"{REF_DAY_STEP}{sign}1", "day", "relative")


def day_earlier(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"a day earlier", "two days earlier": counted back from the day the text last named, as "the previous
    day" is ("He filed a request on Monday ... A day earlier, ..."); from publication only when no day was
    named. "Ago" is always counted from publication, and so is "a year earlier" (TimeBank's reading of
    "up 4% from a year earlier"): only days follow the narrative."""
    if not m[0].rstrip().lower().endswith("earlier") or ctx.dct is None:
        return None
    r = ago(m, ctx)
    if r.precision != "day" or r.value is None or r.value[:10].count("-") != 2:
        return None
    back = (ctx.dct - dt.date.fromisoformat(r.value[:10])).days
    return Resolution("date", f"{REF_DAY_STEP}-{back}{r.value[10:]}", "day", "relative")


def short_year(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"since '82", "the '87 crash": a year written with an apostrophe and two digits; not after a name
    ("iLife '11", "Windows '95": a product's edition)."""
    name = _NAME_BEFORE.search(m.string, max(0, m.start() - 40), m.start())
    if name is not None and name[1].lower() not in _YEAR_WORDS:
        return None
    yy = int(m["yy"])
    ceiling = (ctx.dct.year if ctx.dct else 2000) + TWO_DIGIT_YEAR_AHEAD
    year = (ceiling // 100) * 100 + yy
    if year > ceiling:
        year -= 100
    return Resolution("date", str(year), "year", "inferred")


def ahead(m: re.Match[str], ctx: Context) -> Resolution:
    """"the months ahead": a stretch of no stated length, as "the coming months" is."""
    return Resolution("duration", f"PX{UNITS[m['unit'].lower().rstrip('s')]}", "unknown", "explicit")


def vague_length(m: re.Match[str], ctx: Context) -> Resolution:
    """"for some time", "for a while": a length of no stated count or unit."""
    return Resolution("duration", "PXX", "unknown", "explicit")


def day_from(day: dt.date, marker: str) -> str:
    """The value of a ``REF_WEEKDAY`` or ``REF_DAY_STEP`` marker counted from ``day``; what follows the marker
    (a clock time joined to the day, "T24:00") is kept."""
    step = _DAY_STEP.match(marker)
    if step is not None:
        return (day + dt.timedelta(days=int(step[1]))).isoformat() + marker[step.end():]
    head, rest = marker[:6], marker[6:]
    weekday, sign = int(head[len(REF_WEEKDAY)]), head[len(REF_WEEKDAY) + 1]
    if sign == "-":
        return (day - dt.timedelta(days=(day.weekday() - weekday) % 7 or 7)).isoformat() + rest
    return (day + dt.timedelta(days=(weekday - day.weekday()) % 7 or 7)).isoformat() + rest


ANCHORED_RULES: tuple[Rule, ...] = (
    # The leading lookahead skips most positions at once (the optional "the" otherwise tries every one).
    Rule("month_quarter", re.compile(rf"(?=[TtJFMASOND])(?:\b(?i:the)\s+)?\b(?P<mon>{MONTH})[\s-]+"
                                     r"(?i:quarter)\b(?!-\w)"), month_quarter, 0),
    Rule("same_day", re.compile(r"\b(?i:(?:the|that)\s+(?:very\s+)?same\s+day)\b(?!['’])"), same_day, 1),
    Rule("step_weekday", re.compile(rf"\b(?i:the)\s+(?P<step>(?i:previous|preceding|prior|following))\s+"
                                    rf"(?P<wd>{WEEKDAY})\b"), step_weekday, 0),
    Rule("step_day", re.compile(r"\b(?i:the)\s+(?P<step>(?i:next|previous|preceding|prior|following))\s+"
                                r"(?i:day)\b(?![-'’])"), step_day, 0),
    Rule("day_earlier", _AGO.pattern, day_earlier, _AGO.priority - 1),
    Rule("ahead", re.compile(r"\b(?i:the)\s+(?P<unit>(?i:days|weeks|months|years))\s+(?i:ahead)\b"),
         ahead, 0),
    # Only after "for" (the preposition of a length): "at some time" or "some time ago" are points.
    Rule("vague_length", re.compile(r"(?<=\b[Ff]or\s)(?i:(?:quite\s+)?(?:some\s+time|a\s+(?:long\s+)?while))"
                                    r"\b(?!\s+(?i:ago|now|before|after|to\s+come))"), vague_length, 2),
    # Not inside a word or a quotation ("'87 crash" but not "'s" or "rock'n'roll"), nor before "s" ("the '80s"
    # is a decade) or a digit.
    Rule("short_year", re.compile(r"(?<![\w'’])['’](?P<yy>\d\d)\b(?![%'’]|s\b|[.,]\d)"), short_year, 3),
)

"""Rules that find temporal expressions and normalise them to TimeML TIMEX3 values.

Each rule is a regex over the article text plus a normaliser that turns the match into a ``Resolution``,
given the publication date (DCT) and the tense of the governing verb. Extents follow TimeML: determiners and
modifiers are inside ("the past two years", "late October"), prepositions outside ("on [Sunday]").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from newsweave.analyze.temporal import calendar as cal
from newsweave.analyze.temporal.calendar import Tense
from newsweave.analyze.temporal.lexicon import (
    DAY,
    DAYPART,
    DAYPARTS,
    DECADE_WORDS,
    MODIFIER,
    MONTH,
    MONTH_FULL,
    MONTHS,
    NUM,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    REFS,
    REL,
    SEASON,
    SETS,
    SPELLED_YEAR,
    UNIT,
    UNIT_SCALE,
    UNITS,
    WEEKDAY,
    WEEKDAYS,
    YEAR,
    YEAR_ANY,
    YEAR_STEP,
    alternation,
    spelled_year,
)
from newsweave.analyze.temporal.periods import (
    REF_MONTH,
    REF_YEAR,
    day_part,
    quarter,
    same_month,
    that_year,
    this_year,
    year_ago,
    year_end,
)
from newsweave.analyze.temporal.resolution import UNRESOLVED, Context, Normaliser, Resolution

BACK = ("last", "past", "previous")
# Half of a duration unit, written in the next smaller one ("2 1/2 years" = P2Y6M).
HALVES = {"Y": "6M", "D": "T12H", "TH": "30M", "TM": "30S"}
AHEAD = ("next", "coming", "following")
# Words that step from the period the text is about rather than from the publication date ("the previous
# month", "the prior year").
NARRATIVE = ("previous", "following", "prior", "preceding")


def _int(text: str) -> int:
    return int(re.sub(r"(st|nd|rd|th)$", "", text))


def _month(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def _number(text: str | None) -> int | None:
    """The count of a duration, None when vague ("several")."""
    if text is None:
        return 1
    key = " ".join(text.lower().split())
    if key in NUMBER_WORDS:
        return NUMBER_WORDS[key]
    digits = key.replace(",", "")
    return int(float(digits)) if re.fullmatch(r"\d+(\.\d+)?", digits) else None


def _year(text: str) -> int:
    return int(text) if text.isdigit() else spelled_year(text)


def _unit(text: str) -> str:
    word = text.lower()
    return "century" if word.startswith("centur") else word.rstrip("s")


def _day(day: dt.date, part: str | None = None) -> Resolution:
    if part:
        return Resolution("time", f"{day.isoformat()}T{DAYPARTS[part.lower()]}", "day", "relative")
    return Resolution("date", day.isoformat(), "day", "relative")


def iso_date(m: re.Match[str], ctx: Context) -> Resolution:
    try:
        day = dt.date(int(m["y"]), int(m["mo"]), int(m["d"]))
    except ValueError:
        return Resolution("date", None, "unknown", "explicit")
    return Resolution("date", day.isoformat(), "day", "explicit")


def full_date(m: re.Match[str], ctx: Context) -> Resolution:
    try:
        day = dt.date(int(m["y"]), _month(m["mon"]), _int(m["d"]))
    except ValueError:
        return Resolution("date", None, "unknown", "explicit")
    return Resolution("date", day.isoformat(), "day", "explicit")


# A clock time between a term word and its day ("until 5 p.m. EST, Nov. 9").
_CLOCK_WORDS = r"\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)(?:\s+[ECMP][SD]T)?|noon|midnight"
# Words before a month that make it a deadline or a term, whatever the tense of the clause ("extended the
# offer to Nov. 20", "payable Jan. 2", "loans through January", "named president, effective Jan. 1"): the
# nearer such month, not the past one; so is a day something is set for ("the hearing was set for Dec. 4").
_TERM = re.compile(r"(?i:\b(?:until|till|through|to|by|payable|due|before|expires?|expiring|effective"
                   r"|(?:set|scheduled|slated|rescheduled|postponed|delayed)\s+(?:for|on))\s+(?:mid-?)?"
                   rf"(?:(?:{_CLOCK_WORDS})\s*,?\s*)?)$")
# "since" before a day or month: the start of a stretch that runs to now, so behind us whatever the tense.
_SINCE = re.compile(r"(?i:\bsince\s+(?:early\s+|late\s+|mid-?)?)$")


def _direction(m: re.Match[str], ctx: Context, day_of_week: bool = False) -> Tense:
    if _SINCE.search(m.string, max(0, m.start() - 16), m.start()):
        return "past"  # "halted since Friday", "has doubled since January": a start already behind us
    if ctx.happened():
        return "past"  # "the Feb. 13 death", "Sunday's bombing": known only once it has happened
    tense = ctx.tense()
    term = _TERM.search(m.string, max(0, m.start() - 40), m.start())
    if term and term[0].lower().startswith("to") and "from " in m.string[max(0, m.start() - 40) : m.start()]:
        term = None  # "bought from Sept. 14 to Thursday": the end of a range, not a term
    if tense not in ("future", "schedule") and term:
        if term[0].strip().lower().startswith(("until", "till", "through")) and ctx.lasted():
            return "past"  # "remained in command until March": a stretch that ended before the report
        return "none"  # a term set in the past may still run ("extended the offer to Nov. 20")
    if tense != "future" and ctx.of_noun():
        if day_of_week and tense == "past":
            # "searched the river after the collapse on Sunday": a weekday under a past clause is a day
            # of the week just gone, even on a noun (a month may lie ahead: "agreed a cutback in
            # September"). Our example corpus, read as a user; TempEval-3, TimeBank's tuned part and
            # MEANTIME's timex value F1 unchanged (none of them has the case).
            return "past"
        return "none"  # "told them of a cutback in September": the telling is past, not the cutback
    return tense


# A day written without its year that names an event ("the 7 July link", "the July 7 bombers") lies in the
# writer's shared memory, not in the last twelve months: MultiLing 2011 dev topic 2 (read as a user) dated
# "the 7 July link" in a May 2007 report to 2006 and "the July 7 bombers" in a 2008 one to 2007, both for the
# 2005 bombings. Such a day more than this many days behind publication is left without a year. Half a
# year: the one named day nearer in the dev data ("the Feb. 23 accord", TimeBank's tuned part) is 13 days
# back and right; the wrong ones lie 298 and 299 days back. Thin evidence: a right one 274 days back (an
# earthquake named by its day) loses its year too. TempEval-3 and MEANTIME have no case.
NAMED_DAY_MAX_BACK_DAYS = 183
_THE_BEFORE = re.compile(r"(?i:\bthe\s+)$")
# The noun a named day modifies: a lower-case word that is no function word ("the 7 July link"; not "on
# the 7th of July the police said", "by July 7 or later").
_NOUN_AFTER = re.compile(
    r"\s+(?!(?i:and|or|to|through|until|till|of|in|at|on|by|for|from|when|while|as|is|was|were|will|would"
    r"|had|has|have|the|a|an|that|this|its|his|her|their)\b)[a-z][a-z-]+\b")


# A year-less day followed by its year told relative to now ("June 16th of last year"). PolNeAR's dev
# documents 0-41 (read as a user) dated such a day in the report's year; TempEval-3, TimeBank and MEANTIME
# have no case.
_OF_RELATIVE_YEAR = re.compile(r",?\s+(?:of\s+)?(?P<ry>(?i:last|this|next))\s+(?i:year)\b")


# A day something is for ("has organized its public forum for April 29", "tickets for May 3"): a plan's day,
# the nearer one whatever the clause's tense (the LGL tune half, read as a user, put a school board forum a
# year back).
_FOR_A_DAY = re.compile(r"\bfor\s+$")


def _names_an_event(m: re.Match[str]) -> bool:
    """"the 7 July link", "the July 7 bombings": a year-less day used as the name of what happened on it."""
    after_the = m[0].lower().startswith("the ") or _THE_BEFORE.search(m.string, max(0, m.start() - 8),
                                                                       m.start()) is not None
    return after_the and _NOUN_AFTER.match(m.string, m.end()) is not None


def month_day(m: re.Match[str], ctx: Context) -> Resolution:
    if ctx.dct is None:
        return Resolution("date", None, "unknown", "inferred")
    month, day = _month(m["mon"]), _int(m["d"])
    of_year = _OF_RELATIVE_YEAR.match(m.string, m.end())
    if of_year:  # "on June 16th of last year": the other mention ("last year") gives the year
        year = ctx.dct.year + YEAR_STEP[of_year["ry"].lower()]
    else:
        planned = _FOR_A_DAY.search(m.string, max(0, m.start() - 5), m.start()) is not None
        year = cal.month_year(ctx.dct, month, "none" if planned else _direction(m, ctx), day)
    if m["wdp"]:  # "Saturday, April 25": the year, of the three nearest, in which that day is a Saturday
        weekday_of = WEEKDAYS[m["wdp"].lower()]
        fits = [y for y in (year, year - 1, year + 1) if _weekday_of(y, month, day) == weekday_of]
        year = fits[0] if fits else year
    try:
        value = dt.date(year, month, day)
    except ValueError:
        return Resolution("date", None, "unknown", "inferred")
    if (ctx.dct - value).days > NAMED_DAY_MAX_BACK_DAYS and not m["wdp"] and _names_an_event(m):
        return Resolution("date", None, "unknown", "inferred")
    return Resolution("date", value.isoformat(), "day", "inferred")


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return dt.date(year, month, day).weekday()
    except ValueError:
        return None


def month_year(m: re.Match[str], ctx: Context) -> Resolution:
    if m["ry"]:  # "July last year"
        if ctx.dct is None:
            return UNRESOLVED
        year = ctx.dct.year + YEAR_STEP[m["ry"].lower()]
        return Resolution("date", f"{year:04d}-{_month(m['mon']):02d}", "month", "relative")
    return Resolution("date", f"{_year(m['y']):04d}-{_month(m['mon']):02d}", "month", "explicit")


# A bare month joined to a later month that has its year ("between September and October of 2007", "from
# May to July 1998") shares that year.
_PAIRED_MONTH_YEAR = re.compile(
    rf"\s*(?:and|or|to|through|until|-|–)\s+(?:(?i:early|late|mid)[\s-]+)?(?P<mon>{MONTH_FULL}|{MONTH})"
    rf",?\s+(?:of\s+)?(?P<y>{YEAR})\b")


def bare_month(m: re.Match[str], ctx: Context) -> Resolution:
    if ctx.dct is None:
        return Resolution("date", None, "unknown", "inferred")
    month, rel = _month(m["mon"]), (m["rel"] or "").lower()
    if rel:
        value = f"{cal.relative_month(ctx.dct, month, rel)}-{month:02d}"
        return Resolution("date", value, "month", "relative")
    paired = _PAIRED_MONTH_YEAR.match(m.string, m.end())
    if paired and _month(paired["mon"]) >= month:
        return Resolution("date", f"{_year(paired['y'])}-{month:02d}", "month", "inferred")
    value = f"{cal.month_year(ctx.dct, month, _direction(m, ctx))}-{month:02d}"
    return Resolution("date", value, "month", "inferred")


def year(m: re.Match[str], ctx: Context) -> Resolution:
    return Resolution("date", str(_year(m["y"])), "year", "explicit")


def decade(m: re.Match[str], ctx: Context) -> Resolution | None:
    if m["word"] and not re.search(r"(?i)\bthe\s", m[0]):
        return None  # "in her eighties" is an age
    if m["dec"]:
        return Resolution("date", f"{m['dec']}", "decade", "explicit")
    digit = m["d2"] or str(DECADE_WORDS[m["word"].lower()])
    return Resolution("date", f"19{digit}", "decade", "inferred")


def century(m: re.Match[str], ctx: Context) -> Resolution:
    raw = m["c"].lower()
    number = ORDINAL_WORDS.get(raw) or _int(raw)
    return Resolution("date", f"{number - 1:02d}", "decade", "explicit")


def relative_period(m: re.Match[str], ctx: Context) -> Resolution | None:
    rel, unit = m["rel"].lower(), m["unit"].lower()
    if rel == "past" or (unit == "decade" and rel not in ("this", "current")):
        return None  # "the past week", "the next decade" are durations (P1W, P10Y) in TimeML
    if rel in NARRATIVE:  # anchored to the narrative, not to the publication date
        offset = "+1" if rel == "following" else "-1"
        if unit == "year":
            return Resolution("date", f"{REF_YEAR}{offset}", "year", "relative")
        if unit == "month":
            return Resolution("date", f"{REF_MONTH}{offset}", "month", "relative")
        return UNRESOLVED
    if ctx.dct is None:
        return UNRESOLVED
    step = -1 if rel in BACK else 1 if rel in AHEAD else 0
    dct = ctx.dct
    if unit in ("week", "weekend"):
        week = cal.iso_week(dct + dt.timedelta(weeks=step))
        return Resolution("date", week + ("-WE" if unit == "weekend" else ""), "week", "relative")
    if unit == "month":
        y, mo = cal.shift_months(dct, step)
        return Resolution("date", f"{y}-{mo:02d}", "month", "relative")
    if unit == "quarter":
        index = dct.year * 4 + (dct.month - 1) // 3 + step
        return Resolution("date", f"{index // 4}-Q{index % 4 + 1}", "month", "relative")
    if unit == "decade":
        return Resolution("date", f"{(dct.year // 10 + step):03d}", "decade", "relative")
    return Resolution("date", str(dct.year + step), "year", "relative")


_SIMILE_BEFORE = re.compile(r"\b(?i:like)\s+$")


def season(m: re.Match[str], ctx: Context) -> Resolution | None:
    if m["season"].lower() == "fall" and not m["y"] and re.match(r"\s+of\b", m.string[m.end() : m.end() + 5]):
        return None  # "the fall of Kabul"
    if not m["y"] and not m["rel"] and _SIMILE_BEFORE.search(m.string, max(0, m.start() - 8), m.start()):
        return None  # "fluttered like autumn leaves": a likeness, no time (a DUC 2003 tune cluster, d30048t)
    code = cal.SEASON_CODES[m["season"].lower()]
    if m["y"]:
        return Resolution("date", f"{_year(m['y'])}-{code}", "month", "explicit")
    if ctx.dct is None:
        return UNRESOLVED
    rel = m["rel"].lower().split()[-1] if m["rel"] else None  # "this past spring" is "past spring"
    if rel in ("previous", "following"):
        return UNRESOLVED
    value = f"{cal.season_year(ctx.dct, code, rel, ctx.tense())}-{code}"
    return Resolution("date", value, "month", "relative")


def weekday(m: re.Match[str], ctx: Context) -> Resolution:
    if ctx.dct is None:
        return UNRESOLVED
    rel = (m["rel"] or "").lower()
    wd = WEEKDAYS[m["wd"].lower()]
    if rel in BACK:
        day = cal.weekday_date(ctx.dct, wd, "past", strict=True)
    elif rel in AHEAD:
        day = cal.weekday_date(ctx.dct, wd, "future", strict=True)
    else:
        tense = _direction(m, ctx, day_of_week=True)  # "closed until Friday" looks ahead
        if not rel and not m["part"] and tense != "future" and m.string.startswith(("'s", "’s"), m.end()):
            tense = "past"  # "Friday's close": news names a day gone by (8 of 8 in TimeBank's tuning part)
        day = cal.weekday_date(ctx.dct, wd, "future" if rel == "this" and tense != "past" else tense)
    return _day(day, m["part"])


def weekend(m: re.Match[str], ctx: Context) -> Resolution:
    """"the weekend" in the tense of its clause: "over the weekend" (said) is the one just past, "ahead of the
    weekend" (will) the coming one."""
    if ctx.dct is None:
        return UNRESOLVED
    saturday = cal.weekday_date(ctx.dct, WEEKDAYS["saturday"], ctx.tense())
    if ctx.dct.weekday() == WEEKDAYS["sunday"] and saturday > ctx.dct:
        saturday = ctx.dct - dt.timedelta(days=1)  # on a Sunday the nearer weekend is today's
    return Resolution("date", cal.iso_week(saturday) + "-WE", "week", "relative")


def deictic(m: re.Match[str], ctx: Context) -> Resolution:
    if ctx.dct is None:
        return UNRESOLVED
    if m["deic"]:
        word = m["deic"].lower()
        part = m["part"] or m["pre"] or ("night" if word == "tonight" else None)
        offset = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0}[word]
    else:
        part = m["part2"]
        offset = -1 if m["this"].lower() == "last" else 0
    return _day(ctx.dct + dt.timedelta(days=offset), part)


def ago(m: re.Match[str], ctx: Context) -> Resolution:
    n, unit = _number(m["n"]), _unit(m["unit"])
    if ctx.dct is None:
        return UNRESOLVED
    if n is None:
        return Resolution("date", "PAST_REF", "unknown", "relative")
    letter, scale = UNIT_SCALE.get(unit, (UNITS[unit], 1))
    n *= scale
    dct = ctx.dct
    if letter == "Y":
        return Resolution("date", str(dct.year - n), "year", "relative")
    if letter == "M":
        y, mo = cal.shift_months(dct, -n)
        return Resolution("date", f"{y}-{mo:02d}", "month", "relative")
    if letter == "Q":  # "two quarters ago": that calendar quarter
        index = dct.year * 4 + (dct.month - 1) // 3 - n
        return Resolution("date", f"{index // 4}-Q{index % 4 + 1}", "month", "relative")
    if letter == "W":
        return Resolution("date", cal.iso_week(dct - dt.timedelta(weeks=n)), "week", "relative")
    if letter == "D":
        return _day(dct - dt.timedelta(days=n))
    return Resolution("time", None, "unknown", "relative")


# A bare plural unit is a length after these words ("for years", "within weeks") when the phrase ends there.
_BARE_SPAN = re.compile(r"(?i:\b(?:for|within|in|over)\s+)$")
_BARE_END = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?i:and|or|but|to|of|as|before|after|now|when|because|while)\b")
# A modal before "one day" makes it an indefinite future ("will one day be"), not a length ("in the job one
# day").
_MODAL = re.compile(r"(?i:\b(?:will|would|could|might|may|can|should|must|shall)\s+)$")


def duration(m: re.Match[str], ctx: Context) -> Resolution | None:
    unit = _unit(m["unit"])
    plural = m["unit"].lower().endswith("s")
    direction = (m["dir"] or "").lower()
    bare = not m["n"] and not direction and plural and _BARE_END.match(m.string, m.end())
    if bare and _BARE_SPAN.search(m.string, max(0, m.start() - 8), m.start()):
        # "for centuries", "within weeks", "the first time in years": a length of no stated count
        letter = UNITS[unit]
        value = f"PTX{letter[1]}" if letter.startswith("T") else f"PX{letter}"
        return Resolution("duration", value, "unknown", "explicit")
    if not m["n"] and (not direction or direction in ("first", "final")):
        return None  # a bare unit word ("days") is too often not a time expression
    if unit == "second" and not plural and (m["n"] or "").lower() in ("a", "an"):
        return None  # "a second term"
    if m[0].lower() == "one day" and _MODAL.search(m.string, max(0, m.start() - 12), m.start()):
        return Resolution("date", "FUTURE_REF", "unknown", "relative")  # "will one day be": not a length
    if unit == "quarter" and ("-" in m[0] or (m["n"] or "").lower() in ("a", "one", "three")) and re.match(
            r",?\s+of\s+(?:the|its|their|a|an|all|his|her|our)\b", m.string[m.end() : m.end() + 11]):
        return None  # "three-quarters of its food", "a quarter of the shares" are shares
    if not m["n"] and not plural and direction in ("next", "following", "previous") and unit not in (
            "decade", "century"):
        return UNRESOLVED  # "the next day": a day of the narrative, not a length; "the next decade" is one
    n = _number(m["n"]) if m["n"] else (None if plural else 1)
    letter, scale = UNIT_SCALE.get(unit, (UNITS[unit], 1))
    if n is not None and (m["half"] or m["half2"]) and letter in HALVES:
        # "2 1/2 years" is P2Y6M, "a minute and a half" PT1M30S: TimeML writes the half in the next unit.
        time = "T" if letter.startswith("T") else ""
        value = f"P{time}{n * scale}{letter[-1]}{HALVES[letter]}"
        return Resolution("duration", value, "unknown", "explicit")
    count = "X" if n is None else str(n * scale)
    if letter.startswith("T"):
        return Resolution("duration", f"PT{count}{letter[1]}", "unknown", "explicit")
    return Resolution("duration", f"P{count}{letter}", "unknown", "explicit")


def reference(m: re.Match[str], ctx: Context) -> Resolution:
    return Resolution("date", REFS[" ".join(m[0].lower().split())], "unknown", "relative")


def recurrence(m: re.Match[str], ctx: Context) -> Resolution:
    if m["adv"]:
        return Resolution("set", SETS[m["adv"].lower()], "unknown", "explicit")
    if m["smon"]:
        return Resolution("set", f"XXXX-{_month(m['smon']):02d}", "unknown", "explicit")
    if m["swd"]:
        return Resolution("set", f"XXXX-WXX-{WEEKDAYS[m['swd'].lower()] + 1}", "unknown", "explicit")
    unit = m["sunit"].lower()
    if unit in DAYPARTS:
        return Resolution("set", f"XXXX-XX-XXT{DAYPARTS[unit]}", "unknown", "explicit")
    letter, scale = UNIT_SCALE.get(unit, (UNITS.get(unit, "X"), 1))
    value = f"PT{scale}{letter[1]}" if letter.startswith("T") else f"P{scale}{letter}"
    return Resolution("set", value, "unknown", "explicit")


def clock(m: re.Match[str], ctx: Context) -> Resolution:
    if m["noon"]:
        return Resolution("time", "XXXX-XX-XXT12:00" if m["noon"].lower() == "noon" else "XXXX-XX-XXT24:00",
                          "unknown", "inferred")
    hour = int(m["h"] or m["h2"] or m["h3"])
    ampm = (m["ap"] or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    # TimeML writes the minutes of a clock time: 10 p.m. is T22:00.
    minutes = m["mi"] or m["mi2"] or m["mi3"] or "00"
    zulu = "Z" if re.search(r"GMT|UTC", m[0]) else ""  # as TimeML (MEANTIME) writes a time given in UTC
    return Resolution("time", f"XXXX-XX-XXT{hour:02d}:{minutes}{zulu}", "unknown", "inferred")


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    normalise: Normaliser
    priority: int  # among equally long matches, the lower wins


def _rule(name: str, pattern: str, normalise: Normaliser, priority: int) -> Rule:
    return Rule(name, re.compile(pattern), normalise, priority)


_MOD = f"(?i:{MODIFIER})"
# A weekday joins the date after it only on its own line: a headline ending "until Friday" is not part of the
# dateline below it.
_SAME_LINE = r"[^\S\n]+"
# Words between a count and its unit that keep it a length ("eight trading days", "two consecutive quarters",
# "an additional year", "20 more years").
COUNT_ADJECTIVES = "consecutive|straight|successive|trading|business|working|calendar|full|additional|more"
_ZONE = r"(?:GMT|UTC|[ECMP][SD]T)\b"
_THE = r"(?i:the\s+)?"
_UNITS_RE = rf"(?P<unit>(?i:{UNIT[3:-1]}|centuries)s?)"
_ORDINAL = alternation(ORDINAL_WORDS)
# Hedges TimeML keeps inside a count's extent ("nearly two years", "about two weeks ago").
_APPROX = (r"(?:\b(?i:about|nearly|almost|roughly|approximately|around|more\s+than|less\s+than|at\s+least"
           r"|up\s+to"
           r"|no\s+more\s+than)\s+(?=[\da-z]))?")

RULES: tuple[Rule, ...] = (
    _rule("iso", r"\b(?P<y>\d{4})-(?P<mo>\d\d)-(?P<d>\d\d)\b", iso_date, 0),
    _rule("mdy", rf"\b(?:{WEEKDAY},?{_SAME_LINE})?(?P<mon>{MONTH})\s+(?P<d>{DAY}),?\s+(?P<y>{YEAR})\b",
          full_date, 0),
    _rule("dmy", rf"\b(?:{WEEKDAY},?{_SAME_LINE})?(?P<d>{DAY})\s+(?:of\s+)?(?P<mon>{MONTH}),?\s+"
          rf"(?P<y>{YEAR})\b", full_date, 0),
    _rule("md", rf"\b(?:(?P<wdp>{WEEKDAY}),?{_SAME_LINE})?(?P<mon>{MONTH})\s+(?P<d>{DAY})\b(?![:.]?\d)",
          month_day, 1),
    _rule("dm", rf"\b(?:(?P<wdp>{WEEKDAY}),?{_SAME_LINE})?(?:the\s+)?(?P<d>{DAY})\s+(?:of\s+)?"
          rf"(?P<mon>{MONTH})(?!\.?\w)", month_day, 1),
    _rule("my", rf"{_MOD}\b(?P<mon>{MONTH_FULL}|{MONTH})\s+(?:(?:of\s+)?(?P<y>{YEAR_ANY})"
          r"|(?P<ry>(?i:last|this|next))\s+(?i:year))\b(?!')", month_year, 1),
    _rule("month", rf"{_MOD}\b(?:(?P<rel>(?i:last|this|next|coming|past))\s+)?(?P<mon>{MONTH_FULL})\b",
          bare_month, 2),
    # "by the year 2020" is that year, one mention (not "the year", this year, beside it: MultiLing dev topic
    # M004, read as a user, dated a 2020 target to the report's year).
    _rule("year", rf"{_MOD}(?:(?i:the\s+year)\s+)?(?<![\d$£€])(?<!\d[.,])\b(?:(?i:fiscal\s+(?:year\s+)?))?"
          rf"(?P<y>{YEAR})\b"
          r"(?![.,]?\d|%)", year, 3),
    _rule("spelled_year", rf"{_MOD}(?:(?i:the\s+year)\s+)?\b(?P<y>{SPELLED_YEAR})", year, 3),
    _rule("decade", rf"(?:(?i:the)\s+(?=(?i:early|late|mid)))?{_MOD}{_THE}"
          rf"(?:\b(?P<dec>1[5-9]\d|20\d)0'?s\b|'(?P<d2>\d)0s\b"
          rf"|\b(?P<word>(?i:{'|'.join(DECADE_WORDS)}))\b)", decade, 2),
    _rule("century", rf"{_MOD}\b(?P<c>\d{{1,2}}(?:st|nd|rd|th)|(?i:{_ORDINAL}))[\s-]+(?i:century)\b",
          century, 1),
    _rule("relative", rf"{_MOD}{_THE}\b(?P<rel>(?i:{REL}|prior|preceding))\s+(?i:fiscal\s+)?"
          r"(?P<unit>(?i:week|weekend|month|year|quarter|decade))\b(?:\s+(?i:or\s+so)\b)?",
          relative_period, 1),
    # Not the end of a hyphenated word ("free-fall", "star-fall").
    _rule("season", rf"{_MOD}{_THE}\b(?:(?P<rel>(?i:(?:this\s+)?{REL}))\s+)?"
          rf"(?<![-‐])(?P<season>(?i:{SEASON}))"
          rf"(?:\s+(?:of\s+)?(?P<y>{YEAR_ANY}))?\b", season, 2),
    _rule("weekday", r"(?:(?i:early|late|earlier|later)\s+(?:(?i:on)\s+)?)?\b"
          rf"(?:(?i:this\s+(?=coming|past))?(?P<rel>(?i:last|this|next|coming|past))\s+)?(?P<wd>{WEEKDAY})"
          rf"(?:\s+(?P<part>(?i:{DAYPART[3:-1]})))?\b", weekday, 2),
    _rule("the_year", rf"{_MOD}\b(?i:the)\s+(?:(?i:full|fiscal|current|calendar|entire|whole)\s+)?(?i:year)\b"
          r"(?![-'’]|\s+(?i:before|after|earlier|later|when|in\s+which))", this_year, 2),
    _rule("that_year", r"\b(?i:that\s+year)\b(?!['’])", that_year, 2),
    _rule("weekend", r"\b(?i:the\s+weekend)\b", weekend, 2),
    _rule("deictic", r"(?:\b(?i:earlier|later|early|late)\s+(?=(?i:yesterday|today|tomorrow|tonight|this)))?"
          r"\b(?:(?:(?i:mid-?|early\s+|late\s+)?(?P<pre>(?i:morning|afternoon|evening))\s+"
          r"(?=(?i:yesterday|today|tomorrow)))?(?P<deic>(?i:yesterday|today|tomorrow|tonight))"
          r"(?:\s+(?P<part>(?i:morning|afternoon|evening|night)))?"
          r"|(?P<this>(?i:this|last))\s+(?P<part2>(?i:morning|afternoon|evening|night)))\b",
          deictic, 1),
    # "in the morning", "by mid afternoon", "later in the day": extents as TimeML draws them (the modifier in,
    # the preposition out); the bare word ("morning") is too often part of a name.
    _rule("day_part", r"(?=[EeLlTtMm])(?:\b(?i:early|late)\s+)?(?:\b(?i:the)\s+|\b(?i:mid)(?:-|\s+)?)"
          r"(?P<part>(?i:morning|afternoon|evening|day))\b(?![-'’])", day_part, 3),
    # "earlier" after a count is anchored like "ago" in news ("up 4% from a year earlier"); TimeBank agrees.
    _rule("ago", rf"{_APPROX}\b(?P<n>(?i:{NUM[3:-1]}))[\s-]+{_UNITS_RE}(?:\s+(?i:or\s+so))?\s+"
          r"(?i:ago|earlier(?!\s+than))\b",
          ago, 0),
    _rule("year_ago", r"\b(?i:year-ago|year-earlier)\b", year_ago, 2),
    # "the" before "year end" but not before the adjective of "the year-end dividend".
    # The leading lookaheads skip most positions at once (the optional prefixes otherwise make the regex
    # try every character).
    _rule("year_end", r"(?=[TtLlNnYy])(?:\b(?i:the)\s+(?=(?:\w+\s+)?(?i:year(?:['’]s)?\s)))?"
          r"(?:\b(?P<rel>(?i:last|this|next))\s+)?\b(?i:year(?:['’]s)?[-\s]end)\b(?!-)"
          rf"(?:\s+(?P<y>{YEAR})\b)?", year_end, 1),
    _rule("same_month", r"\b(?i:the\s+same\s+month\s+(?:a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year))\b",
          same_month, 0),
    # "the" belongs to "the past three years" but not to the adjective of "the two-week strike".
    _rule("duration", rf"(?:\b(?i:the)\s+(?!\S+-(?i:{UNIT[3:-1]})\b))?{_APPROX}"
          r"(?:\b(?P<dir>(?i:past|last|next|coming|first|previous|following|recent|final))\s+)?"
          rf"(?:\b(?P<n>(?i:{NUM[3:-1]}))(?P<half>\s+1/2|\s+(?i:and\s+a\s+half))?(?:\s+|-)"
          rf"(?:(?i:{COUNT_ADJECTIVES})\s+)?)?\b{_UNITS_RE}\b"
          r"(?![\s-]old\b)(?P<half2>\s+(?i:and\s+a\s+half)\b)?(?:\s+(?i:or\s+so)\b)?", duration, 4),
    _rule("ref", rf"\b(?i:{alternation(REFS)[3:-1]})\b(?!-)", reference, 4),  # not "the now-defunct unit"
    _rule("set", rf"\b(?:(?i:every|each)\s+(?:(?P<swd>{WEEKDAY})|(?P<smon>{MONTH_FULL})"
          r"|(?P<sunit>(?i:day|week|month|quarter|year|morning|"
          rf"afternoon|evening|night|hour|minute)))|(?P<adv>(?i:{'|'.join(SETS)})))\b", recurrence, 1),
    _rule("clock", r"(?:\b(?i:around|about|approximately|shortly\s+(?:before|after))\s+(?=\d|noon|midnight))?"
          r"(?:\b(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>(?i:a\.m\.|p\.m\.|am\b|pm\b))"
          rf"(?:\s+{_ZONE})?|\b(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)\s*(?:{_ZONE}|(?i:local\s+time))"
          # "1800 GMT": wire copy's four-digit clock, only with its zone (alone it reads as a year)
          rf"|\b(?P<h3>[01]\d|2[0-3])(?P<mi3>[0-5]\d)[^\S\n]+{_ZONE}"
          r"|\b(?P<noon>(?i:noon|midnight))\b)", clock, 1),
    _rule("quarter", r"(?:\b(?i:the)\s+(?!(?i:first|second|third|fourth|final|1st|2nd|3rd|4th)-))?"
          r"(?:(?P<y>" + YEAR + r")(?:['’]s)?\s+"
          r"|(?P<ryear>(?i:last|this|next))\s+year'?s\s+|(?P<ago>(?i:year-ago|year-earlier|year\s+ago|year\s+earlier))\s+|(?P<latest>(?i:latest|current|"
          r"comparable|corresponding|same))\s+|(?P<step>(?i:previous|prior|preceding|following))\s+)?"
          r"(?:(?i:fiscal)\s+)?"
          r"(?:\b(?P<ord>(?i:first|second|third|fourth|final|1st|2nd|3rd|4th))[\s-]+"
          r"(?:(?i:fiscal)\s+)?)?\b(?P<unit>(?i:quarter|half|period))\b(?!-\w)"
          rf"(?:\s+(?i:of)\s+(?:(?i:fiscal)\s+)?(?P<y2>{YEAR})"
          r"|\s+(?i:of)\s+(?P<ofyear>(?i:last|this|next|the(?:\s+(?:current|fiscal))?))\s+(?i:year)\b(?!['’])"
          r"|\s+(?P<lastyear>(?i:last\s+year|a\s+year\s+(?:ago|earlier)))(?!'))?", quarter, 0),
)

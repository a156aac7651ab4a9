"""A local day told beside the same moment in GMT: "at 1 a.m. Wednesday (1800 GMT Tuesday)".

Wire copy filed from far-off datelines gives the local time and, in brackets, the same moment in GMT or UTC.
Alone, the local weekday is read by tense and may land a week back ("glimpsed ... at 1 a.m. Wednesday" in a
Tuesday report from Bangkok). The bracketed day is read the same way but sits within a day of the report; the
local day is the day beside it that bears the local name. Other bare mentions of that weekday in the same
article name the same day ("stargazers who rose early Wednesday"): one report of one night does not mean two
Wednesdays a week apart without saying "last" or "next". Read as a user on a DUC 2003 test cluster (the Leonid
meteor storm), whose timeline put the Asian night of the storm six days before it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from newsweave.analyze.temporal.lexicon import WEEKDAY, WEEKDAYS
from newsweave.text import BRACKET_CLOSE, BRACKET_OPEN, ISO_DAY

_ZONE_WORD = re.compile(r"\b(?:GMT|UTC)\b")
_NAMED_DAY = re.compile(rf"\b(?P<wd>{WEEKDAY})\b")
# A weekday alone, with at most a day part or an "early"/"late" before it: no "last", "next" or "this",
# which would pick a day of their own.
_BARE = re.compile(rf"(?:(?i:early|late|earlier|later)\s+(?:(?i:on)\s+)?)?(?P<wd>{WEEKDAY})(?:\s+\w+)?")


def _weekday(text: str) -> int | None:
    m = _NAMED_DAY.search(text)
    return WEEKDAYS[m["wd"].lower()] if m else None


def zone_days(text: str, found: Sequence[tuple[int, int, str | None]]) -> dict[int, str]:
    """New values for some of ``found`` (start, end, value; in text order), by index: a local day written
    before a bracketed GMT or UTC day becomes the day beside that one that has its weekday name, and the other
    bare mentions of that weekday follow it where tense put them a week away from it. A value keeps what
    follows its day ("T01:00")."""
    local: dict[int, dt.date] = {}  # weekday -> the day the brackets fix
    fixed: dict[int, str] = {}
    for k in range(len(found) - 1):
        (s1, e1, v1), (s2, e2, v2) = found[k], found[k + 1]
        if not (v1 and v2 and ISO_DAY.match(v1) and ISO_DAY.match(v2)):
            continue
        if not (BRACKET_OPEN.fullmatch(text, e1, s2) and BRACKET_CLOSE.match(text, e2)
                and _ZONE_WORD.search(text, s2, e2)):
            continue
        named, zoned = _weekday(text[s1:e1]), _weekday(text[s2:e2])
        if named is None or zoned is None:
            continue
        there = dt.date.fromisoformat(v2[:10])
        beside = [there + dt.timedelta(days=d) for d in (-1, 0, 1)
                  if (there + dt.timedelta(days=d)).weekday() == named]
        if not beside:
            continue
        local[named] = beside[0]
        fixed[k] = beside[0].isoformat() + v1[10:]
    for k, (start, end, value) in enumerate(found):
        m = _BARE.fullmatch(text, start, end)
        if k in fixed or m is None or not value or not ISO_DAY.match(value):
            continue
        day = local.get(WEEKDAYS[m["wd"].lower()])
        if day is not None and value[:10] != day.isoformat() and abs((dt.date.fromisoformat(value[:10])
                                                                       - day).days) == 7:
            fixed[k] = day.isoformat() + value[10:]
    return fixed

"""French dates: "samedi 8 janvier 2005", "le 1er mars", "janvier 2005", "en 2004", and relative expressions
("hier", "mardi dernier", "la semaine prochaine") resolved against the publication day.

A bare weekday ("mardi") is left out: without the tense it can be last week or next, and a wrong day on the
timeline is worse than none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from newsweave.lang.fr.words import MONTHS, NEXT, PAST, RELATIVE_DAYS, WEEKDAYS
from newsweave.models import Article, DateMention, Span

# Judgement, not tuned: a report announces events up to about two months ahead and recalls up to ten back.
FUTURE_DAYS = 60
PAST_DAYS = 305

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = "|".join(WEEKDAYS)
_EXPLICIT = re.compile(
    rf"\b(?:le\s+)?(?:(?:{_DAY})\s+)?(?:le\s+)?(?P<d>[0-3]?\d)(?:er)?\s+(?P<m>{_MONTH})"
    rf"(?:\s+(?P<y>1[89]\d\d|20\d\d))?\b",
    re.IGNORECASE)
_MONTH_YEAR = re.compile(rf"\b(?:en\s+)?(?P<m>{_MONTH})\s+(?P<y>1[89]\d\d|20\d\d)\b", re.IGNORECASE)
_YEAR = re.compile(r"\ben\s+(?P<y>1[89]\d\d|20\d\d)\b", re.IGNORECASE)
_REL = "|".join(PAST + NEXT)
_WEEKDAY_REL = re.compile(rf"\b(?P<w>{_DAY})\s+(?P<rel>{_REL})\b", re.IGNORECASE)
_UNIT_REL = re.compile(rf"\b(?:la|le|l['’])\s*(?P<u>semaine|mois|année|an)\s+(?P<rel>{_REL})\b",
                       re.IGNORECASE)
_DAY_WORD = re.compile(r"(?<![\w-])(?P<w>avant-hier|après-demain|hier|aujourd['’]hui|demain)(?![\w-])",
                       re.IGNORECASE)


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def is_dateline(mention: DateMention, text: str) -> bool:
    """A date that is its whole sentence: a dateline, which dates the article (at ingest), not an event."""
    sentence = mention.sentence
    return sentence is not None and text[sentence.start:sentence.end].rstrip(". ") == mention.text


def _inferred_year(published: date, month: int, day: int) -> int:
    """The year of a day written without one. News looks back far more often than ahead: a day more than
    FUTURE_DAYS after publication is last year's ("le 26 décembre" in March), and one more than PAST_DAYS
    before it is next year's ("le 3 janvier" in late December)."""
    when = _day(published.year, month, day) or _day(published.year, month, 28)
    assert when is not None
    if (when - published).days > FUTURE_DAYS:
        return published.year - 1
    if (published - when).days > PAST_DAYS:
        return published.year + 1
    return published.year


def _explicit(text: str, published: date | None) -> list[tuple[int, int, str | None, str, str]]:
    out: list[tuple[int, int, str | None, str, str]] = []
    impossible: list[tuple[int, int]] = []
    for m in _EXPLICIT.finditer(text):
        month, day = MONTHS[m.group("m").lower()], int(m.group("d"))
        if m.group("y"):
            year: int | None = int(m.group("y"))
        else:
            year = _inferred_year(published, month, day) if published else None
        when = _day(year, month, day) if year else None
        if year and when is None:
            impossible.append(m.span())  # "31 février 2005": not a date, nor is any part of it
            continue
        out.append((m.start(), m.end(), when.isoformat() if when else None, "day",
                    "explicit" if m.group("y") else "inferred"))
    for m in _MONTH_YEAR.finditer(text):
        value = f"{int(m.group('y')):04d}-{MONTHS[m.group('m').lower()]:02d}"
        out.append((m.start(), m.end(), value, "month", "explicit"))
    for m in _YEAR.finditer(text):
        out.append((m.start(), m.end(), m.group("y"), "year", "explicit"))
    return [f for f in out if not any(s <= f[0] < e for s, e in impossible)]


def _relative(text: str, published: date | None) -> list[tuple[int, int, str | None, str, str]]:
    out: list[tuple[int, int, str | None, str, str]] = []
    for m in _DAY_WORD.finditer(text):
        offset = RELATIVE_DAYS.get(m.group("w").lower().replace("’", "'"), 0)
        value = (published + timedelta(days=offset)).isoformat() if published else None
        out.append((m.start(), m.end(), value, "day", "relative"))
    for m in _WEEKDAY_REL.finditer(text):
        value = None
        if published:
            target = WEEKDAYS[m.group("w").lower()]
            if m.group("rel").lower() in PAST:
                back = (published.weekday() - target) % 7 or 7
                value = (published - timedelta(days=back)).isoformat()
            else:
                ahead = (target - published.weekday()) % 7 or 7
                value = (published + timedelta(days=ahead)).isoformat()
        out.append((m.start(), m.end(), value, "day", "relative"))
    for m in _UNIT_REL.finditer(text):
        value, precision = None, {"semaine": "week", "mois": "month"}.get(m.group("u").lower(), "year")
        if published:
            step = -1 if m.group("rel").lower() in PAST else 1
            if precision == "week":
                year, week, _ = (published + timedelta(weeks=step)).isocalendar()
                value = f"{year:04d}-W{week:02d}"
            elif precision == "month":
                month = published.month + step
                year = published.year + (month - 1) // 12
                value = f"{year:04d}-{(month - 1) % 12 + 1:02d}"
            else:
                value = f"{published.year + step:04d}"
        out.append((m.start(), m.end(), value, precision, "relative"))
    return out


def find_dates(article: Article, sentences: Sequence[Span]) -> tuple[DateMention, ...]:
    """Date mentions, longest first where they overlap, each with the sentence it dates."""
    published = date.fromisoformat(article.published_date) if article.published_date else None
    found = sorted(_explicit(article.text, published) + _relative(article.text, published),
                   key=lambda f: (f[0], -(f[1] - f[0])))
    out: list[DateMention] = []
    taken_end = -1
    for start, end, value, precision, resolved in found:
        if start < taken_end:
            continue  # inside a longer mention ("8 janvier 2005" holds "janvier 2005")
        taken_end = end
        sentence = next((s for s in sentences if s.start <= start and end <= s.end), None)
        out.append(DateMention(Span(article.id, start, end), article.text[start:end], value,
                               precision if value else "unknown", resolved,  # type: ignore[arg-type]
                               sentence=sentence))
    return tuple(out)


# Lines scanned for a dateline, as the English rule does (ingest/metadata.py DATELINE_SCAN_LINES).
DATELINE_SCAN_LINES = 3
_DATELINE = re.compile(
    rf"^(?:le\s+)?(?:(?:{_DAY}),?\s+)?(?:le\s+)?(?P<d>[0-3]?\d)(?:er)?\s+(?P<m>{_MONTH})"
    r"\s+(?P<y>1[89]\d\d|20\d\d)\.?$",
    re.IGNORECASE)


def dateline(paragraphs: Sequence[str]) -> str | None:
    """The day of a dateline standing alone ("Samedi 8 janvier 2005") in the first paragraphs."""
    for line in paragraphs[:DATELINE_SCAN_LINES]:
        if m := _DATELINE.match(line.strip()):
            when = _day(int(m.group("y")), MONTHS[m.group("m").lower()], int(m.group("d")))
            if when:
                return when.isoformat()
    return None

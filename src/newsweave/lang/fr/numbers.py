"""French figures: "395 000" and "395.000" (space or point thousands), "1,5 million" (decimal comma),
"15 milliards de lei", number words ("trois"), vague quantities ("des dizaines", "plusieurs centaines de
milliers") and the approximators before them ("plus de", "environ").

What is counted is the noun that follows ("175 000 victimes", "des dizaines de blessés"); money and
percentages are typed by the currency or "%" after the figure. Years ("2005") and the day numbers of dates
are not figures.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsweave.lang.fr.words import (
    APPROXIMATORS,
    CURRENCIES,
    NUMBER_WORDS,
    PERCENT,
    SCALES,
    VAGUE_LOW,
    VAGUE_TIMES,
)
from newsweave.models import DateMention, NumberMention, Span
from newsweave.models.annotations import QuantityKind

_SEP = "[ \u00a0\u202f.]"
_DIGITS = rf"\d{{1,3}}(?:{_SEP}\d{{3}})+(?!\d)|\d+"
_SCALE = "|".join(sorted(SCALES, key=len, reverse=True))
_WORDS = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_APPROX = "|".join(re.escape(a) for a in sorted(APPROXIMATORS, key=len, reverse=True))
_NUMBER = re.compile(
    rf"(?<![\w/:.,-])(?:(?P<approx>{_APPROX})\s+)?"
    rf"(?:(?P<digits>{_DIGITS})(?:,(?P<dec>\d+))?|(?P<word>{_WORDS})"
    rf"|(?:des|de|plusieurs|quelques)\s+(?P<vague>dizaines|centaines|milliers|millions)"
    rf"|(?P<vague1>plusieurs|quelques|nombreux|nombreuses|une\s+(?:vingtaine|trentaine|centaine))(?=\s))"
    rf"(?:\s+(?:de\s+)?(?P<scale>{_SCALE})\b)?(?![\w/:-])",
    re.IGNORECASE)
# "entre 12 et 20 millions d'euros", "3 000 à 5 000 sinistrés": one range, the scale applying to both ends.
_RANGE = re.compile(
    rf"(?<![\w/:.,-])(?:entre\s+)?(?P<a>{_DIGITS})(?:,(?P<adec>\d+))?\s*(?:et|à|-|–)\s*"
    rf"(?P<b>{_DIGITS})(?:,(?P<bdec>\d+))?(?:\s+(?:de\s+)?(?P<scale>{_SCALE})\b)?(?![\w/:-])",
    re.IGNORECASE)
_FOLLOW = re.compile(r"\s*(?:d['’]|de\s+|des\s+)?([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,1})")
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
# Words after a figure that are not what it counts (prepositions, articles, auxiliaries).
_STOP_COUNT = frozenset({
    "et", "ou", "à", "au", "aux", "en", "dans", "par", "pour", "sur", "le", "la", "les", "qui", "que", "ont",
    "sont", "a", "est", "de", "du", "des", "ans", "avaient", "avait", "étaient", "était", "sera", "seront",
    "depuis", "selon", "entre",
})


def _value(m: re.Match[str]) -> tuple[float | None, bool]:
    """The figure and whether it is vague."""
    scale = SCALES[m.group("scale").lower()] if m.group("scale") else 1.0
    if m.group("digits"):
        whole = re.sub(_SEP, "", m.group("digits"))
        return float(f"{whole}.{m.group('dec')}" if m.group("dec") else whole) * scale, False
    if m.group("word"):
        return NUMBER_WORDS[m.group("word").lower()] * scale, False
    vague = (m.group("vague") or m.group("vague1") or "").lower().split()[-1]
    if m.group("scale") and vague in VAGUE_TIMES:
        return VAGUE_TIMES[vague] * scale, True  # "des dizaines de milliers": at least 10 x 1,000
    return VAGUE_LOW.get(vague, 10.0), True


def _kind(after: str) -> QuantityKind:
    low = after.lstrip().lower()
    if low.startswith(PERCENT):
        return "percent"
    if low.startswith(CURRENCIES) or low.startswith(("d'euros", "d’euros", "de dollars", "de lei")):
        return "money"
    return "count"


def _counts(text: str, end: int) -> str | None:
    m = _FOLLOW.match(text, end)
    if not m:
        return None
    first = m.group(1).split()[0]
    return None if first.lower() in _STOP_COUNT else first


def _figure(digits: str, dec: str | None) -> float:
    whole = re.sub(_SEP, "", digits)
    return float(f"{whole}.{dec}" if dec else whole)


def _ranges(article_id: str, text: str, taken: list[tuple[int, int]]) -> list[NumberMention]:
    out = []
    for m in _RANGE.finditer(text):
        start, end = m.span()
        low, high = _figure(m.group("a"), m.group("adec")), _figure(m.group("b"), m.group("bdec"))
        if any(s < end and start < e for s, e in taken) or not low < high:
            continue
        if not m.group("scale") and (_YEAR.match(m.group("a")) or _YEAR.match(m.group("b"))):
            continue  # "2004-2005", "de 1990 à 2000": years
        scale = SCALES[m.group("scale").lower()] if m.group("scale") else 1.0
        kind = _kind(text[end:end + 12])
        out.append(NumberMention(Span(article_id, start, end), text[start:end], None, low * scale,
                                 high * scale, True, _counts(text, end) if kind == "count" else None, kind))
        taken.append((start, end))
    return out


def find_numbers(article_id: str, text: str, dates: Sequence[DateMention]) -> tuple[NumberMention, ...]:
    in_dates = [(d.span.start, d.span.end) for d in dates]
    out: list[NumberMention] = _ranges(article_id, text, in_dates)
    for m in _NUMBER.finditer(text):
        start, end = m.span()
        if any(s <= start < e or s < end <= e for s, e in in_dates):
            continue
        plain = m.group("digits") and not m.group("scale") and not m.group("dec")
        if plain and _YEAR.match(m.group("digits")):
            continue  # a year, not a figure
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "/-:"):
            continue  # inside a code, time or date ("08/01", "12:30")
        value, vague = _value(m)
        if value is None:
            continue
        bound = APPROXIMATORS.get((m.group("approx") or "").lower().replace("’", "'"), "point")
        approximate = vague or m.group("approx") is not None
        low = value if bound in ("point", "low") else None
        high = None if vague or bound == "low" else value
        kind = _kind(text[end:end + 12])
        counts = _counts(text, end) if kind == "count" else None
        if m.group("word") and not m.group("scale") and counts is None:
            continue  # "dans les deux": a number word counting nothing named is not a figure
        out.append(NumberMention(
            Span(article_id, start, end), text[start:end], None if vague else value, low, high, approximate,
            counts, kind))
    return tuple(sorted(out, key=lambda n: n.span.start))

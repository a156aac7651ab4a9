"""Measured figures: what a statement gives in each physical dimension, and whether two statements clash.

Agreement (weave/corroborate.py) lets two statements that give figures agree when they share one. That is too
lenient where a statement gives several: "Eskel, 36, fell 60 metres (200 feet)" and "a 36-year-old fell
about 200m" share the age and give two heights. Two statements that both give a length (or a weight, a
speed, an area, a volume) and no length in common state two measures, not one fact. Units are converted
("60 metres" is "200 feet"), and two values in one dimension are one when they lie within MEASURE_TOLERANCE
of each other: reports round a converted figure ("200 feet" is 61 metres, "2,000ft (609 metres)").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from newsweave.models import NumberMention
from newsweave.text import written_figure
from newsweave.weave.statements import Statement

# Two values of one dimension are one measure when the smaller is within this share of the larger:
# conversions of rounded figures differ by 2% ("60 metres (200 feet)", "2000ft (609 metres)"), two tellings
# of one climber's fall by a quarter or more ("about 150 metres" / "approximately 200 metres": the ECB+ odd
# check topics' figures labels, which leave "about 600 metres" / "some 700 metres", 14%, uncertain). Set
# from that story; the ECB+ odd corroboration verdicts and the DUC 2003 tune half do not move with it.
MEASURE_TOLERANCE = 0.1

# A letter, digit or slash right after a glued form ends no unit ("3G", "16GB"); after a currency sign the
# letter is a magnitude ("$200m" is 200 million dollars); after "2, " the digits end a figure that a
# tokenizer spaced ("2, 000ft").
_GLUE_BEFORE = r"(?<![\w.,$£€¥])(?<!\d,\s)(\d+(?:[.,]\d+)*)("
_GLUE_AFTER = r")(?![\w/])"
# A figure a tokenizer spaced ("2, 000 feet") reads as two: neither half is a measure.
_SPACED_BEFORE = re.compile(r"\d,\s$")
_SPACED_AFTER = re.compile(r",\s\d{3}\b")


def spaced_thousands(text: str, start: int, end: int) -> bool:
    """The figure at ``start``-``end`` is half of one a tokenizer spaced ("2, 000 feet")."""
    return bool(_SPACED_BEFORE.search(text, max(0, start - 3), start) or _SPACED_AFTER.match(text, end))


@lru_cache(maxsize=8)
def _glued(forms: frozenset[str]) -> re.Pattern[str]:
    ordered = sorted(forms, key=len, reverse=True)  # "km" before "m"
    return re.compile(_GLUE_BEFORE + "|".join(re.escape(f) for f in ordered) + _GLUE_AFTER)


def measured(s: Statement) -> Mapping[str, frozenset[float]]:
    """The values the statement gives in each physical dimension of its language, in the dimension's base
    unit: figures read with a unit word after them ("60 metres", "a 3,000-metre peak") and figures with a
    unit glued on ("200m"), a figure read both ways counted once."""
    words = s.words
    out: dict[str, set[float]] = {}
    read_at: set[int] = set()
    for n in s.numbers:
        if (found := measure_of(n, s)) is not None:
            out.setdefault(found[0], set()).add(found[1])
            read_at.add(n.span.start - s.start)
    if words.glued_units:
        for m in _glued(frozenset(words.glued_units)).finditer(s.text):
            value = written_figure(m.group(1))
            # "1.5m viewers": a figure the number reader scaled is 1.5 million, no length
            if value is not None and m.start() not in read_at and not _scaled(value, m.end(), s):
                dimension, size = words.glued_units[m.group(2)]
                out.setdefault(dimension, set()).add(round(value * size, 6))
    return {dimension: frozenset(values) for dimension, values in out.items()}


def measure_of(n: NumberMention, s: Statement) -> tuple[str, float] | None:
    """One figure of the statement read as a measure (a unit word after it, or a unit glued on): its
    dimension and its value in the dimension's base unit; None for a figure with no unit."""
    if n.value is None:
        return None
    words = s.words
    head = (n.counts or "").split()
    start, end = n.span.start - s.start, n.span.end - s.start
    unit = words.unit_words.get(head[0].casefold()) if head else None
    if unit is not None and not spaced_thousands(s.text, start, end):
        return unit[0], round(n.value * unit[1], 6)
    glued = _glued(frozenset(words.glued_units)).match(s.text, start) if words.glued_units else None
    if glued is not None and (value := written_figure(glued.group(1))) is not None and value == n.value:
        dimension, size = words.glued_units[glued.group(2)]
        return dimension, round(value * size, 6)
    return None


def _scaled(value: float, end: int, s: Statement) -> bool:
    """The number the statement reads as ending at ``end`` is not the glued figure ``value`` itself but that
    figure scaled: the glued letter was a magnitude, not a unit."""
    return any(n.span.end - s.start == end and n.value != value for n in s.numbers)


def one_measure(x: float, y: float) -> bool:
    """The two values are one measure, rounded or converted: the smaller within MEASURE_TOLERANCE of the
    larger."""
    low, high = sorted((abs(x), abs(y)))
    return high == 0 or low >= high * (1 - MEASURE_TOLERANCE)


def measures_clash(a: Statement, b: Statement) -> bool:
    """Both give values in one dimension and none of a's is one measure with one of b's: two measures."""
    ma, mb = measured(a), measured(b)
    return any(not any(one_measure(x, y) for x in values for y in mb[dimension])
               for dimension, values in ma.items() if dimension in mb)

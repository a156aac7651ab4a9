"""Figures: one NumberEntry per reported number, linked to its claim, and the range arithmetic that tells
whether two figures can describe the same count."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence

from newsweave.lang import StatementWords
from newsweave.lang.en.stems import stem
from newsweave.models import Citation, NumberEntry, NumberMention
from newsweave.text import LETTER_WORD
from newsweave.weave.statements import Statement

# "around 300" is read as 300 ± 25 %: wide enough for rounding in press reports ("about 300" for 270),
# narrow enough that 300 and "dozens" (24-99) stay apart.
APPROX_MARGIN = 0.25
# Words of the statement after a figure that describe what is counted when the annotator gave no `counts`.
COUNT_WINDOW_WORDS = 4
# Characters read on each side of a figure for who its count is ("carrying about 148 people", "156 people
# aboard"): enough for a verb with a qualifier before it and a noun with "on board" after it. Set by
# example, not tuned.
AROUND_FIGURE_CHARS = 40

_VAGUE = re.compile(r"\b(?:dozens|scores|hundreds|thousands|millions|tens|several|many|numerous)\b",
                    re.IGNORECASE)
# What happened to the counted (fates) and the words that say nothing of what a figure counts are the
# statement's language's words (``Statement.words``; English: lang/en/statement_words.py).
# The annotator codes vague plurals conservatively (ACLED: "dozens" -> 12) for the figure it reports. To
# decide whether two figures contradict, a plural means at least two of its unit: "12 died" against "dozens
# were killed" is exactly what two sides dispute, and reading "dozens" as 12 would hide it.
_PLURAL_FLOOR = {"dozens": 24.0, "scores": 40.0, "hundreds": 200.0, "thousands": 2000.0, "millions": 2e6}
# Words with no order of magnitude: "many people killed" may be four or four hundred (ECB+ odd topics:
# "four people killed" was set against the ACLED reporting floor of "many", 10). They assert at least a
# few and nothing more, so they never contradict a figure.
_UNBOUNDED_FLOOR = {"several": 3.0, "many": 2.0, "numerous": 2.0}


def value_range(n: NumberMention) -> tuple[float, float] | None:
    """The interval a figure asserts; open-ended vague plurals end below the next order of magnitude."""
    low = n.low if n.low is not None else n.value
    high = n.high if n.high is not None else (n.value if n.low is None else None)
    if low is None:
        return None
    if high is None:
        vague = _VAGUE.search(n.text)
        if not vague:
            return (low, math.inf)
        if vague.group(0).casefold() in _UNBOUNDED_FLOOR:
            return (_UNBOUNDED_FLOOR[vague.group(0).casefold()], math.inf)
        low = max(low, _PLURAL_FLOOR.get(vague.group(0).casefold(), low))
        high = 10 ** len(str(int(max(low, 1)))) - 1  # "dozens" (24) -> 99, "hundreds" (200) -> 999
    if n.approximate:
        low, high = low * (1 - APPROX_MARGIN), high * (1 + APPROX_MARGIN)
    return (low, high)


def is_vague(n: NumberMention) -> bool:
    return _VAGUE.search(n.text) is not None


def disjoint(a: NumberMention, b: NumberMention) -> bool:
    ra, rb = value_range(a), value_range(b)
    return ra is not None and rb is not None and (ra[1] < rb[0] or rb[1] < ra[0])


def fate(text: str, words: StatementWords) -> str | None:
    """What happened to what a phrase counts (killed, wounded …), by the language's fate words."""
    for name, pattern in words.fates:
        if pattern.search(text):
            return name
    return None


def said_aboard(n: NumberMention, s: Statement) -> bool:
    """The words around a figure put what it counts on board ("a jet carrying 148 people", "had 156 people
    aboard"): the pack's pattern reads the figure as "#" between what comes just before and after it."""
    at, end = n.span.start - s.start, n.span.end - s.start
    window = s.text[max(at - AROUND_FIGURE_CHARS, 0) : at] + "#" + s.text[end : end + AROUND_FIGURE_CHARS]
    return bool(s.words.aboard_around.search(window))


def counted(n: NumberMention, statement: Statement) -> tuple[frozenset[str], str | None]:
    """(stems of the counted thing, what happened to it) for a figure inside a statement."""
    if n.counts:
        described = n.counts
    else:
        after = statement.text[n.span.end - statement.start :]
        described = " ".join(LETTER_WORD.findall(after)[:COUNT_WINDOW_WORDS])
    # The fate words are compared by fate ("died" = "killed"), not as the counted thing.
    words = statement.words
    things = frozenset(stem(w) for w in LETTER_WORD.findall(described.casefold())
                       if w not in words.count_noise and fate(w, words) is None)
    own = fate(n.counts or "", words) or ("aboard" if said_aboard(n, statement) else None)
    return things, own or fate(statement.text, words)


def same_count(a: NumberMention, sa: Statement, b: NumberMention, sb: Statement) -> bool:
    """Both figures count the same thing with the same fate; "12 people died" and "dozens were killed"
    (no counted thing beyond people) are one count."""
    things_a, fate_a = counted(a, sa)
    things_b, fate_b = counted(b, sb)
    if fate_a != fate_b or a.kind != b.kind:
        return False
    return bool(things_a & things_b) or (not things_a and not things_b and fate_a is not None)


_VAGUE_PLURAL = re.compile(r"\b(?:dozens|hundreds|thousands|millions|scores|tens)$", re.IGNORECASE)


def describe(n: NumberMention, statement: Statement) -> str:
    """"12 people killed"; a vague plural takes "of" before what it counts ("dozens of people died"), not
    before a bare fate ("dozens killed")."""
    label = n.counts or counted(n, statement)[1] or ""
    if said_aboard(n, statement) and fate(label, statement.words) is None:
        label = f"{label} aboard".strip()  # "148 people aboard", not "148 people"
    first = label.split()[0] if label else ""
    if label and _VAGUE_PLURAL.search(n.text) and first != "of" and fate(first, statement.words) is None:
        label = "of " + label
    return f"{n.text} {label}".strip()


def number_entries(
    statements: Sequence[Statement], claim_of: Mapping[int, str]
) -> tuple[NumberEntry, ...]:
    """Every figure of every (non-copy) statement, with the claim that states it."""
    out: list[NumberEntry] = []
    seen: set[tuple[str, int, int]] = set()
    for s in statements:
        for n in s.numbers:
            key = (s.source, n.span.start, n.span.end)
            if key in seen or n.span.end <= n.span.start:
                continue
            seen.add(key)
            out.append(NumberEntry(
                text=n.text, value=n.value, low=n.low, high=n.high, approximate=n.approximate,
                counts=n.counts,
                claim=claim_of.get(s.index), source=s.source,
                citation=Citation(s.source, n.span.start, n.span.end), kind=n.kind,
            ))
    return tuple(out)

"""Timeline: dated happenings merged across sources and sorted, background kept apart.

Each date mention that names a point in time (not a duration or a recurrence) dates its sentence. Mentions
of one day whose sentences belong to the same claim (or are the same sentence) become one entry citing
every source. Dates well before the story's own days (the 1980s, 2001) are flagged as background.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from newsweave.lang import StatementWords, statement_words
from newsweave.lang.xx import strip_dateline
from newsweave.models import Annotations, Article, Citation, DateMention, TimelineEntry
from newsweave.models.annotations import DatePrecision, ResolvedFrom
from newsweave.text import BRACKET_CLOSE, BRACKET_OPEN, ISO_WEEK, ends_sentence
from newsweave.weave.claims import source_order
from newsweave.weave.sources import SourceTable
from newsweave.weave.statements import Statement, bounds_a_frame, names_a_thing, verb_starts, verbless

# A date ending this long before the story's first day is background rather than part of the event: long
# enough to keep "last month" of a developing story in, short enough to send "in 2001" out.
BACKGROUND_GAP_DAYS = 90
# How far before a date that names a thing its preposition is looked for ("ahead of the ").
APART_REACH_CHARS = 24
# The most characters between a range's two dates, or before its first one ("through", "between the").
RANGE_JOIN_CHARS = 16
# A line of at most this many words that ends no sentence is a caption or a headline, not a dated act
# ("Beached boat in Galle, Sri Lanka after 2004 Tsunami", "The scenes after the bombings on July 7",
# dated 2008 by its report). MultiLing dev topics 0-4 and the DUC 2003 tune half, read as a user: 14 of
# 995 timeline entries ended no sentence; the 8 of at most 12 words were all captions or headlines, the
# longer ones sentences cut by the wire or a list line.
FRAGMENT_MAX_WORDS = 12

_YEAR = re.compile(r"^(\d{3})(\d|X)?(?![\dX])")  # a year, or a decade ("198", "198X")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
# TimeML part-of-day ("2024-03-10TAF" = afternoon) and season ("2024-FA") values are not ISO dates: the
# briefing shows the day, or the year of a season.
_PART_OF_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})T(?:MO|AF|EV|NI|DT)$")
_SEASON = re.compile(r"^(\d{4})-(?:SP|SU|FA|WI)$")
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "decade": 4, "unknown": 5}


@dataclass(frozen=True, slots=True)
class _Item:
    value: str | None
    precision: DatePrecision
    resolved_from: ResolvedFrom
    source: str
    start: int
    end: int
    text: str
    group: int | None  # claim index of the sentence, when it is a statement
    # The date names a noun ("Sunday's collapse", "the July 7 bombings") or hangs on a clause modifying one
    # ("the accords brokered in October"): it dates that noun, not the sentence's act.
    naming: bool = False


def plain_iso(value: str | None, precision: DatePrecision) -> tuple[str | None, DatePrecision]:
    """A TimeML value as a plain ISO date with its precision."""
    if value is None:
        return None, precision
    if m := _PART_OF_DAY.match(value):
        return m.group(1), "day"
    if m := _SEASON.match(value):
        return m.group(1), "year"
    return value, precision


def last_day(value: str, precision: str) -> date | None:
    """The latest day a date value can mean (for "198X" the last day of 1989)."""
    try:
        if precision in ("day",) or re.match(r"^\d{4}-\d{2}-\d{2}", value):
            return date.fromisoformat(value[:10])
        if m := ISO_WEEK.match(value):
            return date.fromisocalendar(int(m.group(1)), int(m.group(2)), 7)
        if m := _MONTH.match(value):
            year, month = int(m.group(1)), int(m.group(2))
            return date(year, month, calendar.monthrange(year, month)[1])
        if m := _YEAR.match(value):
            year = int(m.group(1) + (m.group(2) if m.group(2) not in (None, "X") else "9"))
            return date(year, 12, 31)
    except ValueError:
        return None
    return None


def story_start(articles: Sequence[Article], annotations: Sequence[Annotations]) -> date | None:
    """The story's first day: the earliest publication date, else the latest day-precision date mentioned."""
    days = [d for a in articles if (d := last_day(a.published or "", "day")) is not None]
    if days:
        return min(days)
    mentioned = [d for ann in annotations for m in ann.dates
                 if m.precision == "day" and m.value and (d := last_day(m.value, "day")) is not None]
    return max(mentioned) - timedelta(days=BACKGROUND_GAP_DAYS // 3) if mentioned else None


# A quotation mark after a sentence's full stop and a space opens the next sentence's quotation (wire copy
# writes ". ''The earlier information ..."): the sentence splitter leaves it on the first sentence (a DUC
# 2003 tune cluster, read as a user: "... Friday evening. ''" in the timeline). A closing mark follows
# the stop with no space.
# Quotation marks, wire style (``, '') or typographic; how far back a sentence's quotation may open.
_QUOTE_MARK = re.compile(r"``|''|[“”]")
QUOTE_REACH_CHARS = 600
_NEXT_QUOTE_OPENING = re.compile(r"[.!?]\s+(?:``|''|\"|“)$")


def _sentence_of(m: DateMention, text: str, ann: Annotations) -> tuple[int, int]:
    if m.sentence is not None:
        start, end = m.sentence.start, m.sentence.end
    else:
        covering = [s for s in ann.sentences if s.start <= m.span.start and m.span.end <= s.end]
        start, end = (covering[0].start, covering[0].end) if covering else (m.span.start, m.span.end)
    # A sentence may run over a heading line; keep the line that holds the date.
    line_start = text.rfind("\n", start, m.span.start) + 1 or start
    line_end = text.find("\n", m.span.end, end)
    start, end = max(start, line_start), (end if line_end < 0 else line_end)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if (opening := _NEXT_QUOTE_OPENING.search(text, start, end)) is not None:
        end = opening.start() + 1  # keep the stop, drop the next sentence's opening mark
    return strip_dateline(text, start, end), end


def _from_quotation_start(text: str, start: int, end: int) -> int:
    """Where a sentence that opens inside a quotation should start: at the quotation's opening mark, so the
    entry does not begin mid-quote ("No firemen,'' 17-year-old Zuhir Hersi ... said Friday" reads
    "''No help. No police. No firemen,'' ..."; a DUC 2003 tune cluster, read as a user). Only within the
    paragraph and QUOTE_REACH_CHARS back; otherwise the sentence stays as it is."""
    first = _QUOTE_MARK.search(text, start, end)
    if first is None or not _closes(text, first.start(), first.end()):
        return start
    floor = max(text.rfind("\n\n", 0, start) + 1, start - QUOTE_REACH_CHARS, 0)
    before = list(_QUOTE_MARK.finditer(text, floor, start))
    if not before or _closes(text, before[-1].start(), before[-1].end()):
        return start
    return before[-1].start()


def _closes(text: str, at: int, end: int) -> bool:
    """A quotation mark closes a quotation when it follows a word or punctuation and a space or punctuation
    follows it ("firemen,'' 17-year-old"); one after a space, before a word, opens one."""
    before = text[at - 1] if at > 0 else " "
    after = text[end] if end < len(text) else " "
    return not before.isspace() and not after.isalnum()


def _says_more_than(m: DateMention, text: str, start: int, end: int) -> bool:
    """The sentence holds words beside its date: a line that is only a date ("September 17, 2008", a
    report's date line: MEANTIME, read as a user) says when, not what happened."""
    rest = text[start : max(start, m.span.start)] + text[min(end, m.span.end) : end]
    return any(c.isalpha() for c in rest)


def _fragment(sentence: str) -> bool:
    """A short line that ends no sentence (FRAGMENT_MAX_WORDS)."""
    return not ends_sentence(sentence) and len(sentence.split()) <= FRAGMENT_MAX_WORDS


def build_timeline(
    articles: Sequence[Article], annotations: Sequence[Annotations], table: SourceTable,
    statements: Sequence[Statement], group_of: Sequence[int],
) -> tuple[TimelineEntry, ...]:
    anns = {a.article_id: a for a in annotations}
    by_source: dict[str, list[tuple[int, int, int]]] = {}
    for s in statements:
        by_source.setdefault(s.source, []).append((s.start, s.end, group_of[s.index]))
    start_day = story_start([a for a in articles if a.id not in table.copies], annotations)
    items: list[_Item] = []
    for article in articles:
        if article.id in table.copies or article.id not in anns:
            continue
        sid = table.sid(article.id)
        words = statement_words(article.language)
        baseline = words.comparison_before
        verbs = verb_starts(anns[article.id])
        previous: DateMention | None = None
        for m in anns[article.id].dates:
            if m.kind not in ("date", "time"):
                continue
            ends_a_range = previous is not None and _range_end(article.text, previous, m, words)
            restated = previous is not None and _same_moment_in_brackets(article.text, previous, m)
            previous = m
            if ends_a_range:
                continue  # "from June 4 through June 26": one entry, under the range's first day
            if restated:
                continue  # "at 6 p.m. (1430 GMT)": one moment, listed at the local time written first
            start, end = _sentence_of(m, article.text, anns[article.id])
            if start >= end or not _says_more_than(m, article.text, start, end):
                continue
            caption = verbless(article.text, start, end, verbs, words)
            if caption or _fragment(article.text[start:end]):
                continue  # a caption or a headline
            if baseline.search(article.text, start, max(start, m.span.start)):
                continue  # what a figure is compared with, not when it happened
            if words.counterfactual_before.search(article.text, start, max(start, m.span.start)):
                continue  # "if an election were held today": no day anything happened
            group = next((g for s, e, g in by_source.get(sid, ()) if s <= start and end <= e), None)
            known = m.value is not None and m.precision != "unknown"
            value, precision = plain_iso(m.value, m.precision) if known else (None, "unknown")
            naming = names_a_thing(article.text, m.span.start, m.span.end, words)
            before = max(start, m.span.start - APART_REACH_CHARS)
            if naming and (m.of_a_noun or words.apart_before.search(article.text, before, m.span.start)):
                continue  # "a memorial for the victims of the July 7 bombings": not that day's act
            if m.precision == "day" and words.of_a_thing.search(article.text, before, m.span.start):
                # "for the victims of the tsunami of December 26": that tsunami's day. Only a day: "the
                # election of 1936", "the movement of the 1970s" often tell the sentence's own era.
                continue
            if bounds_a_frame(article.text, m.span.start, m.span.end, m.value, article.published, words):
                continue  # "cuts by the year 2020": a deadline, not a day anything happened
            start = _from_quotation_start(article.text, start, end)  # shown from the quotation's start
            items.append(_Item(value, precision, m.resolved_from, sid, start, end, article.text[start:end],
                               group, naming or m.in_modifier_clause))
    items = _one_per_sentence(items)
    merged: list[list[_Item]] = []
    for item in items:
        for bucket in merged:
            head = bucket[0]
            if head.value == item.value and head.precision == item.precision and (
                (head.group is not None and head.group == item.group) or head.text == item.text
            ):
                if not any(i.source == item.source and i.start == item.start for i in bucket):
                    bucket.append(item)
                break
        else:
            merged.append([item])
    entries = []
    for bucket in merged:
        head = bucket[0]
        ends = last_day(head.value, head.precision) if head.value else None
        background = bool(ends and start_day and ends < start_day - timedelta(days=BACKGROUND_GAP_DAYS))
        entries.append(TimelineEntry(
            date=head.value, precision=head.precision, resolved_from=head.resolved_from, text=head.text,
            sources=tuple(sorted({i.source for i in bucket}, key=source_order)),
            citations=tuple(Citation(i.source, i.start, i.end) for i in bucket), background=background,
        ))
    # Background first (it comes first in time), then the story's days; undated mentions last.
    return tuple(sorted(entries, key=_order))


def _same_moment_in_brackets(text: str, first: DateMention, m: DateMention) -> bool:
    """``m`` is a clock time in brackets right after the time ``first``: the same moment told in another
    zone ("close at 6 p.m. (1430 GMT)"; a DUC 2003 test cluster, read as a user, listed the sentence
    twice)."""
    return bool(m.value and "T" in m.value and first.value and "T" in first.value
                and BRACKET_OPEN.fullmatch(text, first.span.end, m.span.start)
                and BRACKET_CLOSE.match(text, m.span.end))


def _range_end(text: str, first: DateMention, m: DateMention, words: StatementWords) -> bool:
    """``m`` closes a range that ``first`` opens: "from June 4 through June 26", "between 1990 and 1995" (the
    language's ``range_open`` before the first date, ``range_join`` between the two)."""
    if not first.span.end <= m.span.start <= first.span.end + RANGE_JOIN_CHARS:
        return False
    return bool(words.range_join.fullmatch(text, first.span.end, m.span.start)
                and words.range_open.search(text, max(0, first.span.start - RANGE_JOIN_CHARS),
                                            first.span.start))


def _one_per_sentence(items: Sequence[_Item]) -> list[_Item]:
    """A sentence is listed under its most precise dates only, each once: "rose to 19 on Thursday, the
    authority said in its 2015 report" is a Thursday entry, while "seized on Friday, lost on Saturday" keeps
    both days (two happenings, which the seed acceptance test relies on). A date that names a noun gives
    way to a date of the sentence's own: "stopped work on Tuesday in protest at Sunday's collapse" is a
    Tuesday entry (our example corpus, read as a user: it was listed under Sunday too)."""
    finest: dict[tuple[str, int, int], int] = {}
    own: set[tuple[str, int, int]] = set()
    for item in items:
        key = (item.source, item.start, item.end)
        finest[key] = min(finest.get(key, 99), _PRECISION_RANK[item.precision])
    for item in items:
        key = (item.source, item.start, item.end)
        if not item.naming and _PRECISION_RANK[item.precision] == finest[key]:
            own.add(key)
    seen: set[tuple[str, int, int, str | None]] = set()
    out = []
    for item in items:
        key = (item.source, item.start, item.end)
        if item.naming and key in own:
            continue
        if _PRECISION_RANK[item.precision] == finest[key] and (*key, item.value) not in seen:
            seen.add((*key, item.value))
            out.append(item)
    # A day the same sentence also gives a time of ("expires Friday night at midnight") is that time's day:
    # one entry, at the time (a DUC 2003 tune cluster, d31031t, read as a user, listed the sentence twice).
    timed = {(i.source, i.start, i.end, i.value.split("T")[0]) for i in out if i.value and "T" in i.value}
    return [i for i in out if not (i.value and "T" not in i.value
                                   and (i.source, i.start, i.end, i.value) in timed)]


def _order(t: TimelineEntry) -> tuple[bool, bool, date, str, str]:
    ends = last_day(t.date, t.precision) if t.date else None
    return (t.date is None, not t.background, ends or date.max, t.date or "", t.text)

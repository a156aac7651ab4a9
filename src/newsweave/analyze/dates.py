"""Temporal expressions of an article, normalised to TimeML values against its publication date.

Candidates come from the regex rules of ``temporal.rules``; the parse then vetoes the ones that are not dates
("May" the modal, "USA Today", "2,000 people"), the longest non-overlapping candidates win, and a clock time
written next to a day ("8 p.m. Sunday") joins it.

Conventions (documented in the briefing contract's terms):
- ``precision`` is the grain of ``value``: day (dates and times of day), week (``2021-W33``, ``2021-W33-WE``),
  month (also seasons ``2021-SU`` and quarters ``2021-Q3``), year, decade (``199``, TimeML's value of "the
  1990s"; centuries ``19``), and unknown for everything that is not a calendar point: durations (``P2W``,
  ``PXD``), recurrences (``P1W``), the TimeML references ``PRESENT_REF``/``PAST_REF``/``FUTURE_REF``
  ("now", "recently"), and whatever could not be resolved (value None).
- ``resolved_from``: explicit when the text spells the whole value ("24 August 2021", "2001", "two weeks"),
  inferred when the publication date fills in a missing part ("Aug. 24" gets its year), relative when the
  value is computed from the publication date ("yesterday", "last week", "on Sunday").
- Weekdays follow the tense of the governing verb: past → the most recent such day on or before publication,
  future → the next on or after it (AP style names the publication day itself by its weekday), a finite
  simple present after which the day is named in running prose ("the measure expires Friday": a timetable)
  the next too, any other present or no verb → the nearer of the two (ties go to the past); a possessive
  ("Friday's close") is a day gone by, unless an "if" or "unless" clause looks ahead; a local day written
  beside its day in GMT ("1 a.m. Wednesday (1800 GMT Tuesday)") is the day next to that one
  (``temporal.zones``), and a time in GMT or UTC carries TimeML's "Z". Bare
  months likewise, except that a present perfect looks back, a deadline word ("until", "by") forward (also
  for weekdays: "closed until Friday"), and a month that modifies a noun ("a cut in deliveries in
  September") is the nearer one unless the clause is future. "Since" looks back whatever the tense; "would"
  (reported speech) counts as future; a day something is "set for" or "effective" is the nearer one.
- Quarters without a year take the article's first fully named quarter as reference ("the latest quarter",
  "the year-ago quarter", "the previous quarter"); a quarter without an ordinal dated by its end ("the
  quarter ended Sept. 30") is the calendar quarter of that day. "The following year" and "that year" take
  the year of the last date named; "the previous month", "the same month a year ago" its month; "in the
  morning", "later in the day", "ended the day" its day (the publication date's when none was named); so do
  "the same day", "the next day" and "the previous Friday" (counted from that day). "The September quarter"
  is the calendar quarter holding that month; "the current quarter" the one in progress at publication.
  Lengths in quarters keep the unit (``P2Q``), as HeidelTime writes them.
- Without a publication date nothing relative or inferred is resolved: value None, precision unknown.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from newsweave.analyze.temporal.anchored import ANCHORED_RULES, REF_DAY_STEP, REF_WEEKDAY, day_from
from newsweave.analyze.temporal.calendar import Tense, parse_dct
from newsweave.analyze.temporal.lexicon import NUMBER_WORDS, WEEKDAYS
from newsweave.analyze.temporal.periods import QUARTER_STEP, REF_DAY, REF_MONTH, REF_QUARTER, REF_YEAR
from newsweave.analyze.temporal.resolution import Context, Resolution
from newsweave.analyze.temporal.rules import RULES, Rule
from newsweave.analyze.temporal.tense import (
    an_era_of_a_noun,
    day_word_names_no_day,
    in_a_modifier_clause,
    lasted_in_the_past,
    modifies_noun,
    names_a_past_happening,
    names_a_thing_of_a_noun,
    tense_at,
)
from newsweave.analyze.temporal.zones import zone_days
from newsweave.models import Article, DateMention, Span
from newsweave.text import ISO_DAY, STREET_KINDS

# A bare year is kept only when the parse calls it a DATE or a cue word precedes it: "2,000"-like counts and
# "2020 election"-like names are otherwise frequent in news.
YEAR_CUES = frozenset({"in", "since", "by", "until", "till", "from", "to", "of", "before", "after", "during",
                       "through", "between", "early", "late", "mid", "-", "–", "(", "year"})
# Nouns a number right after names one of ("Resolution 1723", "Flight 1549", "Route 1776", "Room 1950"): that
# number is no year (MultiLing dev topic M002, read as a user: a UN resolution's number was dated 1723).
NUMBERED_NOUNS = frozenset({
    "resolution", "flight", "route", "room", "highway", "interstate", "section", "article", "chapter",
    "platform", "gate", "suite", "exit", "pier", "lot", "unit", "apartment", "channel", "no", "no.", "number",
    "squadron", "battalion", "regiment", "brigade", "division", "bus", "train", "model", "version", "item",
    "page",
})
# Makers whose name after a year makes it a vehicle's model year ("a gray 2013 Toyota Camry", "the 2017 Ford
# Fusion"), no date: ECB+ dev topic 21 and PolNeAR's dev documents 0-41, read as a user, each put one on the
# timeline. The makers most named in English-language news, from general knowledge.
VEHICLE_MAKERS = frozenset({
    "toyota", "ford", "honda", "chevrolet", "chevy", "nissan", "dodge", "jeep", "chrysler", "buick",
    "cadillac", "gmc", "lincoln", "mercury", "pontiac", "hyundai", "kia", "mazda", "subaru", "mitsubishi",
    "lexus", "acura", "infiniti", "volkswagen", "vw", "audi", "bmw", "mercedes", "mercedes-benz", "porsche",
    "volvo", "saab", "tesla", "fiat", "renault", "peugeot", "citroen", "opel", "vauxhall", "skoda",
    "jaguar", "land", "range", "suzuki", "harley-davidson", "yamaha", "kawasaki", "ducati",
})
# Words of a game's play: a sentence with one (or with "field goal") tells a game's quarters and halves ("a
# field goal tied the game late in the third quarter"), not a year's. "Goal" alone is none (TimeBank's tuned
# part: "its goal of a reduction ... by the end of the year" beside "during the quarter"), nor is "game"
# ("game console sales"). ECB+ dev topic 29, read as a user, put an NFL game's third quarter on the timeline
# as Q3 2012; the business quarters of TempEval-3, TimeBank and MEANTIME never come with these words.
GAME_WORDS = frozenset({
    "touchdown", "touchdowns", "interception", "interceptions", "intercepted", "quarterback", "yard", "yards",
    "inning", "innings", "halftime", "half-time", "kickoff", "punt", "fumble", "rushing", "rebounds",
    "overtime", "scored", "trailed", "ball", "points", "dunk", "layup", "jumper", "assists", "three-pointer",
    "substitution", "substitutions", "striker", "midfielder", "goalkeeper",
})
# A number before a street's name and kind ("1517 Locust Street", "2010 N. Main St.", text.STREET_KINDS) is
# a house number, no year (LGL tune half, read as a user: a fire station's address went on the background
# timeline as the year 1517). How many words a street's name may have between the number and its kind:
STREET_NAME_WORDS = 3
# Words of a habit: a clock time in their sentence is no day's ("often works as late as 1 a.m.", put on the
# report's day: LGL tune half, read as a user). Adverbs of frequency, from general knowledge of English.
HABIT_WORDS = frozenset({"often", "usually", "always", "sometimes", "routinely", "typically", "normally",
                         "regularly", "generally", "frequently", "seldom", "rarely"})
_WORD = re.compile(r"[a-z]+")
# Three digits and a separator right before four: the end of a telephone number.
_PHONE_BEFORE = re.compile(r"(?<!\d)\d{3}[-.]$")
# Determiners that go with a count rather than a year ("all 1500 workers", "some 2000 troops").
COUNT_DETERMINERS = frozenset({"all", "some", "any", "no", "these", "those", "another", "each", "every"})
# Entities that swallow a date word without being a date ("Sunday Times", "USA Today", "April Smith").
NAME_LABELS = frozenset({"ORG", "PERSON", "WORK_OF_ART", "FAC", "PRODUCT", "EVENT", "LAW"})
NAME_RULES = frozenset({"month", "weekday", "deictic", "season", "my", "md", "day_part"})
# Quantity words before "a year"/"a week" that make it a rate ("$500 million a year", "20% a month").
RATE_WORDS = frozenset({"million", "billion", "trillion", "thousand", "hundred", "%", "percent", "cents",
                        "times", "once", "twice"})
# Words after "soon" that tie it to another event ("soon after the capture") rather than to now.
SOON_AFTER = frozenset({"as", "after", "before", "afterward", "afterwards", "thereafter"})
# Words after which a bare "fall" is the season ("in the fall", "last fall", "by fall").
SEASON_CUES = frozenset({"in", "this", "last", "next", "that", "early", "late", "mid", "by", "until", "till",
                         "since", "during", "through", "each", "every", "the", "of", "-"})
# What may stand between a clock time and the day it belongs to ("8 p.m. Sunday", "Sunday, 8 p.m.",
# "5 p.m. EST, Nov. 9", "10:35 a.m. on Friday").
CLOCK_GAP = re.compile(r"[^\S\n]*,?[^\S\n]*(?:(?:on|of)[^\S\n]+)?")  # on one line
_QUARTER_VALUE = re.compile(r"\d{4}-Q[1-4]")
_MONTH_VALUE = re.compile(r"(\d{4})-(0[1-9]|1[0-2])\b")
_YEAR_AGO = re.compile(r"(?i:a|one)\s+year\s+(?i:ago|earlier)")
# A sentence that compares figures: "$1.2 million", "4%", "12 cents a share".
_FIGURE = re.compile(r"[$%£€]|\b(?:cents?|million|billion|percent)\b")
# "... from $3 million last year", "compared with a loss of $3 million last year": "last year" as the base a
# figure is compared with (group 1: the stretch from the comparison word on, which must hold the figure).
_COMPARED_LAST_YEAR = re.compile(r"(?is:.*\b(?:from|compared\s+with|versus|against)\b(.*))$")
# A sentence about another stretch than the quarter ("in the nine months", "for the full year", "this year",
# but not "this year's third quarter").
_OTHER_STRETCH = re.compile(r"(?i:\b(?:nine|six)\s+months|\bfull\s+year|\bfiscal|\bannual"
                            r"|\bthis\s+year\b(?!['’]s\s+\w+[\s-]quarter))")


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    rule: Rule
    resolution: Resolution


def _tense_fn(doc: Doc, start: int, end: int) -> _LazyTense:
    return _LazyTense(doc, start, end)


class _LazyTense:
    """Computes the tense at most once, and only for the rules that ask."""

    def __init__(self, doc: Doc, start: int, end: int) -> None:
        self._args = (doc, start, end)
        self._tense: Tense | None = None

    def __call__(self) -> Tense:
        if self._tense is None:
            self._tense = tense_at(*self._args)
        return self._tense


def _candidates(
    doc: Doc, text: str, dct: dt.date | None, start: int = 0, end: int | None = None
) -> Iterable[_Candidate]:
    stop = len(text) if end is None else end
    for rule in RULES + ANCHORED_RULES:
        for m in rule.pattern.finditer(text, start, stop):
            if m.end() == m.start():
                continue
            s, e = m.start(), m.end()
            while s < e and text[s].isspace():
                s += 1
            context = Context(dct, _tense_fn(doc, s, e), partial(modifies_noun, doc, s, e),
                              partial(lasted_in_the_past, doc, s, e),
                              partial(names_a_past_happening, doc, s, e),
                              partial(day_word_names_no_day, doc, s, e))
            resolution = rule.normalise(m, context)
            if resolution is not None:
                yield _Candidate(s, e, rule, resolution)


class _Names:
    """Name entities indexed by token, so that the veto looks only at the tokens of a candidate (linear in
    the article, where checking every candidate against every entity was quadratic)."""

    def __init__(self, doc: Doc) -> None:
        self.bounds: dict[int, tuple[int, int]] = {}
        for ent in doc.ents:
            if ent.label_ in NAME_LABELS:
                for i in range(ent.start, ent.end):
                    self.bounds[i] = (ent.start, ent.end)

    def swallows(self, start: int, end: int) -> bool:
        """A name entity overlaps tokens start:end and reaches outside them ("Sunday Times")."""
        for i in range(start, end):
            b = self.bounds.get(i)
            if b is not None and (b[0] < start or b[1] > end):
                return True
        return False


def _vetoed(doc: Doc, text: str, c: _Candidate, names: _Names) -> bool:
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return True
    first = span[0]
    if c.rule.name == "quarter" and not any(ch.isdigit() for ch in span.text) and _of_a_game(span.sent):
        return True  # "late in the third quarter", "kicked off the second half": a game's, not a year's
    if c.rule.name in NAME_RULES and names.swallows(span.start, span.end):
        return True
    if c.rule.name == "month" and len(span) == 1:
        if first.tag_ == "MD" or first.pos_ == "VERB":
            return True  # "He may leave"
        modifier = first.dep_ in ("compound", "nmod", "amod") and first.head.i > first.i
        if first.i > 0 and doc[first.i - 1].lower_ in ("the", "a", "an") and not modifier:
            return True  # "the March on Washington", but "the March contract" is a month
    if c.rule.name == "year" and len(span) == 1:
        if _PHONE_BEFORE.search(text, max(0, c.start - 5), c.start):
            return True  # "800-768-1506": a telephone number's last digits (LGL tune half, read as a user)
        prev = doc[first.i - 1] if first.i > 0 else None
        if prev is not None and prev.lower_ in NUMBERED_NOUNS:
            return True
        nxt = doc[first.i + 1] if first.i + 1 < len(doc) else None
        owned = prev is not None and prev.tag_ in ("DT", "PRP$", "POS")
        cued = prev is not None and prev.lower_ in YEAR_CUES
        if nxt is not None and nxt.tag_ in ("NNS", "NNPS"):
            # "1999 people" is a count, but "the company's 1989 results", "its 1988 earnings" are a year's
            # (a determiner or possessive before a count this size is rare in news).
            counted = prev is not None and prev.lower_ in COUNT_DETERMINERS
            return not (owned and not counted and first.text[:2] in ("19", "20"))
        if (nxt is not None and nxt.lower_ in VEHICLE_MAKERS and nxt.text[:1].isupper() and prev is not None
                and prev.tag_ in ("DT", "PRP$", "POS", "JJ")):
            return True  # a model year after its article, owner or colour ("a gray 2013 Toyota")
        if not owned and not cued and _names_a_street(doc, first.i):
            return True  # "at 1517 Locust Street": a house number; "in 1999 Main Street was ..." is a year
        if first.ent_type_ == "DATE" or cued:
            return False
        return not (nxt is not None and nxt.text in ("-", "–", ")", ",", ".", ";", ":"))
    if c.rule.name == "season" and span[-1].lower_ == "fall" and span[0].lower_ in ("the", "fall"):
        # "prices will fall", "a 3% fall", "the fall in output": the season is named after a time word.
        before = doc[span.start - 1].lower_ if span.start > 0 else ""
        return first.pos_ == "VERB" or before not in SEASON_CUES
    if c.rule.name == "season" and len(span) == 1 and first.pos_ == "VERB":
        return True  # "may spring a surprise"
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if c.rule.name == "ref" and span[-1].lower_ == "future" and (
            span[-1].dep_ in ("nsubj", "nsubjpass") or after == "of"):
        return True  # "the future of our peoples", "the future looks bleak": a topic, not a time
    before = doc[first.i - 1].lower_ if first.i > 0 else ""
    if c.rule.name == "ref" and first.lower_ == "soon" and (before == "as" or after in SOON_AFTER):
        return True  # "as soon as", "soon after the capture": tied to another event, not to now
    if c.rule.name == "set" and len(span) == 1 and first.tag_ == "JJ" and first.dep_ == "amod":
        return True  # "daily flights", "average daily volume": a kind of thing, not a recurrence
    if c.rule.name == "duration" and first.lower_ in ("a", "an", "per") and first.i > 0:
        quantity = doc[first.i - 1]
        if quantity.like_num or quantity.tag_ == "NNS" or quantity.lower_ in RATE_WORDS:
            return True  # a rate, not a time: "$1.76 a year", "four flights a week", "358,000 a month"
    if c.rule.name == "deictic" and first.text[:1].isupper() and before == "the":
        return True  # "the Today show": a date word is never written after "the" but as a name
    return c.rule.name in ("deictic", "relative") and _is_title(span)


def _names_a_street(doc: Doc, i: int) -> bool:
    """The words after the number at ``i`` are a capitalised street name and its kind ("Locust Street")."""
    for k in range(i + 1, min(len(doc), i + 2 + STREET_NAME_WORDS)):
        word = doc[k]
        if word.lower_ in STREET_KINDS and word.text[:1].isupper():
            return k > i + 1
        if not word.text[:1].isupper():
            return False
    return False


def _is_title(span: SpacySpan) -> bool:
    """"This Week" (a programme) or "VOA Today", "USA Today": a time word written as part of a name."""
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    capitalised = all(t.text[:1].isupper() for t in span if t.is_alpha)
    if prev is not None and prev.pos_ == "PROPN" and not prev.is_sent_start and capitalised:
        return True
    return len(span) > 1 and capitalised and not span[0].is_sent_start


def _select(candidates: Iterable[_Candidate]) -> list[_Candidate]:
    """Longest first, then rule priority, then leftmost; no two chosen candidates overlap."""
    chosen: list[_Candidate] = []  # kept sorted by start; being disjoint, also by end
    starts: list[int] = []
    for c in sorted(candidates, key=lambda c: (c.start - c.end, c.rule.priority, c.start)):
        k = bisect.bisect_left(starts, c.start)
        if (k > 0 and chosen[k - 1].end > c.start) or (k < len(chosen) and chosen[k].start < c.end):
            continue
        chosen.insert(k, c)
        starts.insert(k, c.start)
    return chosen


def _with_clock(
    text: str, chosen: list[_Candidate], sentences: _Sentences, dct: dt.date | None
) -> list[_Candidate]:
    """Join a clock time to an adjacent day: "8 p.m. Sunday" is one time, 2021-08-22T20:00. A clock time
    with no day next to it belongs to the nearest day named in its sentence, else to the publication day
    (news gives a time alone for the day it reports: "police arrived at 7:15 p.m."). A clause that looks
    ahead keeps that day too: "is due to arrive at 12:30 EST" is today's in MEANTIME, though "Both meetings
    start at 6:30 p.m." in the LGL tune half meant days ahead (tried and left out)."""
    joined = _join_clock(text, chosen)
    out: list[_Candidate] = []
    for c in joined:
        value = c.resolution.value
        if c.rule.name != "clock" or value is None or not value.startswith("XXXX-XX-XX"):
            out.append(c)
            continue
        bounds = sentences.at(c.start) or (c.start, c.end)
        days = [d for d in joined if d.resolution.precision == "day" and d.resolution.value
                and bounds[0] <= d.start < bounds[1] and d is not c]
        day = min(days, key=lambda d: abs(d.start - c.start)).resolution.value if days else None
        if (day is None and dct is not None and not _set_in_another_period(joined, bounds, dct)
                and not HABIT_WORDS.intersection(_WORD.findall(text[bounds[0] : bounds[1]].lower()))):
            day = dct.isoformat()
        if day is not None:
            resolved = Resolution("time", f"{day[:10]}{value[10:]}", "day", "inferred")
            c = _Candidate(c.start, c.end, c.rule, resolved)
        out.append(c)
    return out


def _set_in_another_period(chosen: list[_Candidate], bounds: tuple[int, int], dct: dt.date) -> bool:
    """The sentence at ``bounds`` names a year or month other than the report's: it does not tell its clock
    time's day ("In 1723, the colony passed an act creating a 9 p.m. curfew": the LGL tune half, read as a
    user, put the curfew on the report's day)."""
    return any(d.resolution.precision in ("year", "month") and d.resolution.value
               and bounds[0] <= d.start < bounds[1] and not dct.isoformat().startswith(d.resolution.value)
               for d in chosen)


def _join_clock(text: str, chosen: list[_Candidate]) -> list[_Candidate]:
    out: list[_Candidate] = []
    for c in chosen:
        prev = out[-1] if out else None
        if prev is not None and CLOCK_GAP.fullmatch(text[prev.end : c.start]):
            pair = {prev.rule.name, c.rule.name}
            day = prev if c.rule.name == "clock" else c
            clock = c if c.rule.name == "clock" else prev
            day_value, clock_value = day.resolution.value, clock.resolution.value
            if "clock" in pair and len(pair) == 2 and day.resolution.precision == "day" and day_value:
                value = f"{day_value[:10]}T{clock_value.split('T')[1]}" if clock_value else None
                merged = Resolution("time", value, "day", day.resolution.resolved_from)
                out[-1] = _Candidate(prev.start, c.end, day.rule, merged)
                continue
        out.append(c)
    return out


def _with_zones(text: str, chosen: list[_Candidate]) -> list[_Candidate]:
    """A local day beside its GMT day in brackets, and that weekday's other bare mentions (temporal/zones)."""
    fixed = zone_days(text, [(c.start, c.end, c.resolution.value) for c in chosen])
    out = list(chosen)
    for k, value in fixed.items():
        c, r = out[k], out[k].resolution
        out[k] = _Candidate(c.start, c.end, c.rule, Resolution(r.kind, value, r.precision, "inferred"))
    return out


class _Sentences:
    """Sentence bounds of a doc, computed once (Doc.sents walks the whole doc on every access)."""

    def __init__(self, doc: Doc) -> None:
        parsed = doc.has_annotation("SENT_START")
        self.bounds = [(s.start_char, s.end_char) for s in doc.sents] if parsed else []
        self.starts = [b[0] for b in self.bounds]

    def at(self, pos: int) -> tuple[int, int] | None:
        k = bisect.bisect_right(self.starts, pos) - 1
        return self.bounds[k] if k >= 0 and pos < self.bounds[k][1] else None


def _previous_quarter(dct: dt.date | None) -> str | None:
    if dct is None:
        return None
    index = dct.year * 4 + (dct.month - 1) // 3 - 1
    return f"{index // 4}-Q{index % 4 + 1}"


def _with_quarters(
    text: str, sentences: _Sentences, chosen: list[_Candidate], dct: dt.date | None
) -> list[_Candidate]:
    """Fill in the quarters the text names without a year from the article's reference quarter: the last
    quarter named in full before them ("third-quarter profit ... the year-ago quarter"), else the quarter
    before publication (earnings are reported after the quarter ends). In an article about a quarter, "a
    year ago" next to a figure is that quarter a year back ("$1.2 million, up from $1 million a year ago").
    With no quarter named, "the same period last year" after a month in its sentence is that month a year
    back ("sales rose in February from the same period last year")."""
    reference: str | None = None
    month: tuple[str, int] | None = None  # the last month named, and where its sentence starts
    out: list[_Candidate] = []
    for c in chosen:
        r = c.resolution
        value = r.value
        sentence = sentences.at(c.start)
        if value and _QUARTER_VALUE.fullmatch(value):
            reference = reference or value
        elif value and r.precision == "month" and _MONTH_VALUE.fullmatch(value):
            month = (value, sentence[0] if sentence else c.start)
        elif (value and value.startswith(REF_QUARTER) and reference is None and month is not None
              and value[len(REF_QUARTER)] == "-" and sentence is not None and month[1] == sentence[0]
              and "period" in text[c.start : c.end].lower()):
            value = f"{int(month[0][:4]) + int(value[len(REF_QUARTER):])}{month[0][4:]}"
            c = _Candidate(c.start, c.end, c.rule, Resolution(r.kind, value, r.precision, r.resolved_from))
        elif value and value.startswith(QUARTER_STEP):
            base = reference or _previous_quarter(dct)
            if base is None:
                value = None
            else:
                index = int(base[:4]) * 4 + int(base[-1]) - 1 + int(value[len(QUARTER_STEP):])
                value = f"{index // 4}-Q{index % 4 + 1}"
            c = _Candidate(c.start, c.end, c.rule, Resolution(r.kind, value, r.precision, r.resolved_from))
        elif value and value.startswith(REF_QUARTER):
            base = reference or _previous_quarter(dct)
            rest = value[len(REF_QUARTER):]
            if base is None:
                value = None
            elif rest[0] in "+-":
                value = f"{int(base[:4]) + int(rest)}{base[4:]}"
                if c.rule.name == "year_ago" and (reference is None or _other_stretch(text, sentence)):
                    value = value[:4]  # no quarter in sight, or the nine months: just the year before
            else:
                value = f"{rest}{base[4:]}"
            c = _Candidate(c.start, c.end, c.rule, Resolution(r.kind, value, r.precision, r.resolved_from))
        elif (c.rule.name == "ago" and reference is not None and _YEAR_AGO.fullmatch(text[c.start : c.end])
              and _FIGURE.search(text, *(sentence or (c.start, c.end)))
              and not _other_stretch(text, sentence)) or (
                reference is not None and _last_year_compared(text, c, sentence)):
            value = f"{int(reference[:4]) - 1}{reference[4:]}"
            c = _Candidate(c.start, c.end, c.rule, Resolution(r.kind, value, "month", r.resolved_from))
        out.append(c)
    return out


def _last_year_compared(text: str, c: _Candidate, sentence: tuple[int, int] | None) -> bool:
    """"last year" as the base of a quarter's figure ("from $3 million last year"): that quarter a year back,
    as "a year ago" is; not in a sentence about another stretch ("in the nine months, ... last year")."""
    if sentence is None or text[c.start : c.end].lower() != "last year" or c.rule.name != "relative":
        return False
    after = text[c.end : c.end + 8]
    if after.startswith(("'s", "’s")) and not re.match(r"['’]s\s+(?:\$|[\d.]+\s)", after):
        return False  # "last year's results": not a figure
    compared = _COMPARED_LAST_YEAR.search(text, sentence[0], c.start)
    if compared is None or not _FIGURE.search(compared[1] + text[c.end : c.end + 8]):
        return False
    return not _other_stretch(text, sentence)


def _other_stretch(text: str, sentence: tuple[int, int] | None) -> bool:
    """The sentence is about another stretch than a quarter ("in the nine months", "for the full year")."""
    return sentence is not None and _OTHER_STRETCH.search(text, *sentence) is not None


def _with_anchors(chosen: list[_Candidate], dct: dt.date | None, text: str) -> list[_Candidate]:
    """Fill in "the following year" and "that year" from the year of the last date named before them ("On May
    22, 1995, he was promoted, and the following year ..."); "the previous month" and "the same month a year
    ago" from the last month named before them, else from the publication month. A day in the possessive
    names another happening's day, not the narrative's ("stopped work on Tuesday in protest at Sunday's
    collapse, halting ferries for the day": Tuesday; our example corpus, read as a user)."""
    year: int | None = None
    month: int | None = None  # months since year 0, as in ``calendar.shift_months``
    day = dct.isoformat() if dct else None
    out: list[_Candidate] = []
    for c in chosen:
        r = c.resolution
        if r.value and r.value.startswith(REF_DAY):
            value = f"{day}{r.value[len(REF_DAY):]}" if day else None
            c = _Candidate(c.start, c.end, c.rule, Resolution(r.kind, value, r.precision, r.resolved_from))
        elif r.value and r.value.startswith((REF_WEEKDAY, REF_DAY_STEP)):
            value = day_from(dt.date.fromisoformat(day), r.value) if day else None
            c = _Candidate(c.start, c.end, c.rule, Resolution(r.kind, value, r.precision, r.resolved_from))
        elif r.value and r.value.startswith(REF_YEAR):
            offset = int(r.value[len(REF_YEAR):])
            # With no year named yet, "the previous year" is the one before publication; "the following year"
            # and "that year" stay unresolved.
            base_year = year if year is not None else (dct.year if dct and offset < 0 else None)
            value = str(base_year + offset) if base_year is not None else None
            c = _Candidate(c.start, c.end, c.rule, Resolution(r.kind, value, r.precision, r.resolved_from))
        elif r.value and r.value.startswith(REF_MONTH):
            base = month if month is not None else (dct.year * 12 + dct.month - 1 if dct else None)
            index = base + int(r.value[len(REF_MONTH):]) if base is not None else None
            value = f"{index // 12:04d}-{index % 12 + 1:02d}" if index is not None else None
            c = _Candidate(c.start, c.end, c.rule, Resolution(r.kind, value, r.precision, r.resolved_from))
        elif r.value and r.precision in ("day", "week", "month", "year") and r.value[:4].isdigit():
            year = int(r.value[:4])
            named = _MONTH_VALUE.match(r.value)
            if named:
                month = int(named[1]) * 12 + int(named[2]) - 1
            possessive = text.startswith(("'s", "’s"), c.end)  # as temporal/rules.py reads "Friday's"
            if r.precision == "day" and ISO_DAY.match(r.value) and not possessive:
                day = r.value[:10]
        out.append(c)
    return out


# A weekday told as a stretch from another day of its sentence ("released them on Monday, three days before
# the official release on Thursday"; "on Friday, two days after the vote on Wednesday"): the stretch, its
# direction word and at most this many characters before the weekday (DUC 2003 tune d31001t, read as a user:
# the Thursday was put back a week, by the past tense of "released").
STEP_REACH_CHARS = 60
_COUNT_WORDS = "|".join(w for w in NUMBER_WORDS if " " not in w)
_STEP_BEFORE = re.compile(rf"\b(\d{{1,2}}|{_COUNT_WORDS})\s+(days?|weeks?)\s+(before|after)\b"
                          rf"[^.;!?]{{0,{STEP_REACH_CHARS}}}$", re.I)


def _with_steps(chosen: list[_Candidate], text: str, sentences: _Sentences) -> list[_Candidate]:
    """A weekday after "N days before/after ..." is the day N days after/before the day named earlier in its
    sentence, when that lands on the weekday (a check that the stretch is counted from that day); otherwise
    it stays as resolved."""
    out: list[_Candidate] = []
    for c in chosen:
        r = c.resolution
        weekday = WEEKDAYS.get(text[c.start : c.end].casefold())
        bounds = sentences.at(c.start)
        step = _STEP_BEFORE.search(text, bounds[0], c.start) if weekday is not None and bounds else None
        anchor = None
        if step is not None and bounds is not None:
            anchor = next((a for a in reversed(out) if bounds[0] <= a.start < step.start()
                           and a.resolution.precision == "day" and a.resolution.value
                           and ISO_DAY.fullmatch(a.resolution.value[:10])), None)
        if step is not None and anchor is not None and r.value and r.precision == "day":
            count = int(step[1]) if step[1].isdigit() else NUMBER_WORDS[step[1].casefold()]
            days = count * (7 if step[2].casefold().startswith("week") else 1)
            base = dt.date.fromisoformat(str(anchor.resolution.value)[:10])
            day = base + dt.timedelta(days=days if step[3].casefold() == "before" else -days)
            if day.weekday() == weekday:
                c = _Candidate(c.start, c.end, c.rule,
                               Resolution(r.kind, day.isoformat(), r.precision, r.resolved_from))
        out.append(c)
    return out


def _mention(doc: Doc, text: str, sentences: _Sentences, article: Article, c: _Candidate) -> DateMention:
    bounds = sentences.at(c.start)
    sentence = Span(article.id, *bounds) if bounds is not None else None
    r = c.resolution
    return DateMention(
        span=Span(article.id, c.start, c.end),
        text=text[c.start : c.end],
        value=r.value,
        precision=r.precision if r.value is not None else "unknown",
        resolved_from=r.resolved_from,
        sentence=sentence,
        kind=r.kind,
        of_a_noun=(names_a_thing_of_a_noun(doc, c.start, c.end)
                   or (r.precision == "decade" and an_era_of_a_noun(doc, c.start, c.end))),
        in_modifier_clause=in_a_modifier_clause(doc, c.start, c.end),
    )


def find_dates(doc: Doc, article: Article) -> tuple[DateMention, ...]:
    dct = parse_dct(article.published_date)
    names = _Names(doc)
    text = doc.text  # Doc.text joins every token on each access: read it once
    candidates = [c for c in _candidates(doc, text, dct) if not _vetoed(doc, text, c, names)]
    sentences = _Sentences(doc)
    chosen = _with_quarters(text, sentences, _with_clock(text, _select(candidates), sentences, dct), dct)
    chosen = _with_steps(_with_anchors(_with_zones(text, chosen), dct, text), text, sentences)
    return tuple(_mention(doc, text, sentences, article, c) for c in chosen)


def normalise_extent(doc: Doc, article: Article, start: int, end: int) -> DateMention | None:
    """The value of a given extent (e.g. a gold annotation): the rule match covering most of it, or None."""
    dct = parse_dct(article.published_date)
    text = doc.text
    sentences = _Sentences(doc)
    found = _select(_candidates(doc, text, dct, start, end))
    chosen = _with_quarters(text, sentences, _with_clock(text, found, sentences, dct), dct)
    chosen = _with_anchors(chosen, dct, text)
    if not chosen:
        return None
    best = max(chosen, key=lambda c: c.end - c.start)
    return _mention(doc, text, sentences, article, best)


def _of_a_game(sentence: SpacySpan) -> bool:
    """The sentence tells a game's play (``GAME_WORDS``)."""
    return any(t.lower_ in GAME_WORDS for t in sentence) or "field goal" in sentence.text.lower()

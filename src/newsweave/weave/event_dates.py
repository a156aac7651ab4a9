"""When an event happened: the day that dates a trigger, and the dates that make it background.

A date dates a verb only when it lies in the verb's own clause (or the time phrase its "when" clause takes
from its head), outside the doer's and the patient's own phrases, and is not the date of another act told
inside or beside it. A date long before the story's first report, or "years ago", makes the act background
(weave/events.py leaves it out).
"""

from __future__ import annotations

import calendar
import datetime
import re

from newsweave.models import Annotations, DateMention, Predicate
from newsweave.text import ISO_DAY
from newsweave.weave.statements import Statement, inside

# A verb dated this long before the story's first report is background, not the story's event (MultiLing
# 2011 tune topics: a 2004 detention told in a 2007 story). Half a year, so a recent earlier incident the
# story recalls ("last month") still counts; the past arrests "years before" are what this leaves out.
BACKGROUND_DAYS = 180
_ISO_PREFIX = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def _before(d: DateMention, first: str) -> bool:
    """The date ends more than BACKGROUND_DAYS before the story's first report ("In June 2004" in a 2007
    story); a date with no year known never does."""
    if d.kind != "date" or not d.value:
        return False
    m = _ISO_PREFIX.match(d.value)
    if m is None:
        return False
    year = int(m[1])
    month = int(m[2]) if m[2] else 12
    day = int(m[3]) if m[3] else calendar.monthrange(year, month)[1]
    try:
        end = datetime.date(year, month, day)
    except ValueError:
        return False
    return (datetime.date.fromisoformat(first) - end).days > BACKGROUND_DAYS


def dates_of(p: Predicate, s: Statement, ann: Annotations) -> list[DateMention]:
    """The dates of the statement that date ``p``: those whose innermost clause is ``p``'s own or one that
    holds it. A date of a clause inside this one is that clause's ("arrested Pinochet on allegations that he
    murdered ... in 1973": DUC 2003 tune half), of a clause beside it that clause's; one the parse hung on a
    clause above dates what that clause holds ("has sent a team to recover the remains of an expert kidnapped
    ... almost two years ago", "in June last year, the leadership had a falling out, and Pol Pot was
    arrested": TimeBank tuned part, read as a user). A "when" clause happened at the same time, so its date is
    its head's too ("73 soldiers were killed when two helicopters crashed last February"). A date after
    "since" starts something still going on, and a time phrase a "when" clause takes from its head is its own
    (``Predicate.when``)."""
    clauses = [q for q in ann.predicates
               if q is p or (inside(q.extent.start, q.extent.end, s.start, s.end + 1)
                             and not s.words.same_time.match(s.text, q.extent.start - s.start))]
    out = []
    for d in s.dates:
        if s.words.ongoing_from.search(s.text, 0, d.span.start - s.start):
            continue
        if any(inside(d.span.start, d.span.end, w.start, w.end) for w in p.when):
            out.append(d)
            continue
        holders = [q for q in clauses if inside(d.span.start, d.span.end, q.extent.start, q.extent.end)]
        if not holders:
            continue
        inner = min(holders, key=lambda q: q.extent.end - q.extent.start)
        if inside(p.trigger.start, p.trigger.end, inner.extent.start, inner.extent.end):
            out.append(d)
    return out


def _of_an_inner_act(d: DateMention, p: Predicate, ann: Annotations) -> bool:
    """The date comes after the start of a clause inside ``p``'s that is not asserted: the deadline of a
    demanded act ("demanding that X withdraw within a week, starting at noon Saturday", where the parse
    hangs "starting" on "demanding": TimeBank's tuned part, read as a user), an act planned or one that may
    come. An asserted inner clause still dates its head: "arrested after being wounded in a bust early
    Friday", "were killed and three were wounded early Saturday" (LGL tune part: 4 right dates lost, and
    one event merged into another, when every inner clause's date was dropped)."""
    for q in ann.predicates:
        if (q is p or q.asserted or not inside(q.extent.start, q.extent.end, p.extent.start, p.extent.end)
                or inside(p.trigger.start, p.trigger.end, q.extent.start, q.extent.end)):
            continue
        if q.extent.start <= d.span.start:
            return True
    return False


def _of_a_dated_noun(d: DateMention, s: Statement, p: Predicate) -> bool:
    """The date is in the possessive ("Saturday's shooting"), so it dates the noun it possesses, and that
    happening is not the verb's own: an arrest or a detention is made for a crime, not in it ("two people
    have been arrested in Saturday's fatal shooting": LGL round-2 tune part, the arrests printed with the
    shooting's day), and an act "after" or "before" a dated happening is not of its day. An attack told
    in one keeps it ("killed in Friday's crash"), and so does an arrest dated by a day of its own."""
    if not s.words.dated_noun.match(s.text, d.span.end - s.start):
        return False
    return (s.words.custody.match(s.text, p.trigger.start - s.start) is not None
            or s.words.sequence_before.search(s.text, 0, max(d.span.start - s.start, 0)) is not None)


def day_of(s: Statement, p: Predicate, ann: Annotations) -> str | None:
    """The first day-precise date inside the verb's clause (or its "when" phrase) that dates this act: not
    one inside the doer's or the patient's own phrase, nor one of an inner act (``_of_an_inner_act``), nor
    the anchor of an offset ("three days after the attack on Friday": the attack's day), nor the baseline
    of a comparison ("more died than on Monday": the language's ``comparison_before``), nor the possessive
    of another happening (``_of_a_dated_noun``), nor a day after the report's own, which no happening it
    asserts can have (a weekday resolved forward)."""
    described = [a.extent for a in (p.agent, p.patient) if a is not None]
    published = s.published[:10] if s.published and ISO_DAY.match(s.published) else None
    for d in s.dates:
        if not d.value or d.kind not in ("date", "time") or d.precision != "day":
            continue
        if not (inside(d.span.start, d.span.end, p.extent.start, p.extent.end)
                or any(inside(d.span.start, d.span.end, w.start, w.end) for w in p.when)):
            continue
        if any(inside(d.span.start, d.span.end, a.start, a.end) for a in described):
            continue
        if _of_an_inner_act(d, p, ann):
            continue
        if s.words.offset_anchor.search(s.text, 0, max(d.span.start - s.start, 0)):
            continue
        if s.words.comparison_before.search(s.text, 0, max(d.span.start - s.start, 0)):
            continue  # the baseline a figure is compared with ("than on Monday"), as the timeline skips it
        if _of_a_dated_noun(d, s, p):
            continue
        if published is not None and d.value[:10] > published:
            continue
        # The day only, as the contract's event date is: a part of the day ("early Sunday morning": TIMEX
        # "1998-10-04TMO") is no ISO date, and a clock time ("noon Saturday") is finer than an event's day.
        return d.value[:10] if ISO_DAY.match(d.value) else d.value
    return None


def background(d: DateMention, first: str | None, s: Statement) -> bool:
    """Dated long before the story's first report, or "years ago"."""
    return (first is not None and _before(d, first)) or s.words.years_back.search(d.text) is not None

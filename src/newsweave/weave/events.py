"""PLOVER-style events: who did what to whom, where and when, read from a verb lexicon over each statement.

The actor is the nearest named party before the trigger, the target the first party after it, the place the
first place the statement names. Negated statements ("have not entered") assert no event. Events with the
same type, actor, target, place and date are merged and cite every claim that states them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from newsweave.models import Annotations, Event, Fatalities
from newsweave.weave.numbers import fate
from newsweave.weave.roster import PLACE_TYPES, Roster
from newsweave.weave.statements import Statement

# Trigger lexicons after the PLOVER codebook (Halterman et al. 2023), in priority order: a statement that
# says fighters "seized districts after killing dozens" is a SEIZE with fatalities, not an ASSAULT.
_TRIGGERS = (
    ("SEIZE", r"\b(?:seiz\w*|captur\w*|recaptur\w*|retak\w*|retook|reclaim\w*|overr[au]n|conquer\w*|occup\w*"
              r"|t(?:ake|aken|ook|aking) (?:over|control)|fallen to|fell to)\b"),
    ("ASSAULT", r"\b(?:attack\w*|ambush\w*|assault\w*|kill(?:ed|ing|s)?|clash\w*|shell(?:ed|ing)|bomb\w*"
                r"|target+ed|offensive|fighting|battl\w*|fired on)\b"),
    ("RETREAT", r"\b(?:retreat\w*|withdr[ae]w\w*|pull(?:ed|s|ing)? (?:back|out)|evacuat\w*|fled)\b"),
    ("MOBILIZE", r"\b(?:head(?:ing|ed|s)? (?:for|to|towards)|on (?:their|its) way|mass(?:ed|ing)"
                 r"|gather(?:ed|ing)|assembl(?:ed|ing)|deploy\w*|mobili[sz]\w*|moving (?:towards|along)"
                 r"|march\w*|convoys?)\b"),
    ("DEMAND", r"\b(?:demand\w*|ultimatum|call(?:ed|s)? (?:on|for)|urg(?:ed|es|ing)"
               r"|asked \w+ to surrender)\b"),
    ("THREATEN", r"\b(?:threat\w*|warn\w*|vow\w*|ready to (?:fight|resist)|will face)\b"),
    ("CONSULT", r"\b(?:negotiat\w*|talks|dialogue|discussions|mediat\w*|met with|meet with)\b"),
)
LEXICON: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in _TRIGGERS
)
_PARTY_TYPES = frozenset({"PERSON", "ORG", "NORP"})
_EXCLUDED_DATE_PRECISION = frozenset({"decade", "unknown"})


@dataclass(frozen=True, slots=True)
class _Found:
    type: str
    actor: str | None
    target: str | None
    place: str | None
    date: str | None
    fatalities: Fatalities | None
    claim: str


def _trigger(text: str) -> tuple[str, int] | None:
    for kind, pattern in LEXICON:
        if m := pattern.search(text):
            return kind, m.start()
    return None


def _fatalities(s: Statement) -> Fatalities | None:
    lows: list[float] = []
    highs: list[float] = []
    for n in s.numbers:
        if n.kind == "count" and fate(n.counts or s.text) == "killed":
            low = n.low if n.low is not None else n.value
            if low is not None:
                lows.append(low)
                highs.append(n.high if n.high is not None else (n.value if n.value is not None else low))
    return Fatalities(min(lows), max(highs)) if lows else None


def find_events(
    statements: Sequence[Statement], annotations: Sequence[Annotations], roster: Roster,
    claim_of: Mapping[int, str],
) -> tuple[Event, ...]:
    anns = {a.article_id: a for a in annotations}
    types = {e.id: e.type for e in roster.entities}
    found: list[_Found] = []
    for s in statements:
        if s.negated or s.index not in claim_of:
            continue
        hit = _trigger(s.text)
        if hit is None:
            continue
        kind, offset = hit
        trigger_at = s.start + offset
        parties: list[tuple[int, str]] = []
        places: list[str] = []
        ann = anns.get(s.article_id, Annotations(s.article_id))
        for m in ann.entities:
            if not (s.start <= m.span.start and m.span.end <= s.end):
                continue
            eid = roster.entity_for(s.article_id, m.span.start, m.span.end)
            if eid is None:
                continue
            if types.get(eid) in PLACE_TYPES:
                places.append(eid)
            elif types.get(eid) in _PARTY_TYPES:
                parties.append((m.span.start, eid))
        before = [eid for at, eid in parties if at < trigger_at]
        after = [eid for at, eid in parties if at > trigger_at]
        actor = before[-1] if before else None
        target = next((eid for eid in after if eid != actor), None)
        place = places[0] if places else None
        if actor is None and target is None and place is None:
            continue
        day = next((d.value for d in s.dates if d.value and d.kind in ("date", "time")
                    and d.precision not in _EXCLUDED_DATE_PRECISION), None)
        found.append(_Found(kind, actor, target, place, day, _fatalities(s), claim_of[s.index]))
    merged: dict[tuple[str, str | None, str | None, str | None, str | None], list[_Found]] = {}
    for f in found:
        merged.setdefault((f.type, f.actor, f.target, f.place, f.date), []).append(f)
    events = []
    for (kind, actor, target, place, day), fs in merged.items():
        tolls = [f.fatalities for f in fs if f.fatalities]
        fatalities = None
        if tolls:
            lows = [t.low for t in tolls if t.low is not None]
            highs = [t.high for t in tolls if t.high is not None]
            fatalities = Fatalities(min(lows) if lows else None, max(highs) if highs else None)
        events.append(Event(kind, actor, target, place, day, fatalities,
                            tuple(dict.fromkeys(f.claim for f in fs))))
    return tuple(events)

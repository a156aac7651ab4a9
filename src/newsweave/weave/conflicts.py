"""Conflicts: pairs of claims from different sources that cannot both be true.

- number: the same counted thing (and fate: killed, wounded …) with ranges that do not overlap;
- negation: the same statement asserted and denied;
- entity: the same statement with a different place or actor;
- date: the same statement pinned to different explicit days.
A report published well after another, or one announcing fresh developments, updates rather than
contradicts it; statements pinned to different days describe different moments and never conflict.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from newsweave.models import ConflictRef
from newsweave.models.briefing import ConflictKind
from newsweave.weave.claims import Alignment, explicit_days
from newsweave.weave.numbers import describe, disjoint, same_count
from newsweave.weave.statements import Statement

# Figures are compared only between statements that are about the same thing at all: this relatedness
# (the alignment score before polarity/figure gating) separates "300 fighters killed in the ambush" vs
# "dozens killed while retaking districts" (0.15-0.3) from unrelated casualty counts in a story (< 0.1).
NUMBER_RELATED = 0.12
# Polarity, place/actor and date conflicts need near-identical wording apart from the point of difference;
# below 0.55 the seeds pair sentences that merely share the story's vocabulary.
NEGATION_RELATED = 0.55
ENTITY_RELATED = 0.7
DATE_RELATED = 0.5
# Reports published this many days apart describe different moments of a developing story: later figures
# update earlier ones (the seeds' follow-up came ten days after the first reports; same-week reports of one
# ambush disagree within one to two days).
UPDATE_LAG_DAYS = 3

_UPDATE_CUE = re.compile(r"\b(?:fresh|renewed|latest|again|since then|updated?)\b", re.IGNORECASE)
_NON_PLACE = frozenset({"PERSON", "ORG", "NORP"})


@dataclass(frozen=True, slots=True)
class Conflict:
    a: str  # claim id
    b: str
    kind: ConflictKind
    detail: str


def _day(value: str | None) -> date | None:
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def is_update(a: Statement, b: Statement) -> bool:
    da, db = _day(a.published), _day(b.published)
    if da and db and abs((da - db).days) >= UPDATE_LAG_DAYS:
        return True
    return bool(_UPDATE_CUE.search(a.text) or _UPDATE_CUE.search(b.text))


def _days(s: Statement) -> set[str]:
    return {d.value[:10] for d in s.dates if d.value and d.precision == "day" and d.kind in ("date", "time")}


def _different_moments(a: Statement, b: Statement) -> bool:
    da, db = _days(a), _days(b)
    return bool(da and db and not da & db)


def _number_conflict(a: Statement, b: Statement) -> str | None:
    if a.places and b.places and not a.places & b.places:
        return None
    for na in a.numbers:
        for nb in b.numbers:
            if na.kind == "count" and same_count(na, a, nb, b) and disjoint(na, nb):
                return f"{describe(na, a)} vs {describe(nb, b)}"
    return None


def _entity_conflict(
    a: Statement, b: Statement, names: Mapping[str, str], types: Mapping[str, str]
) -> str | None:
    pa, pb = a.places - b.places, b.places - a.places
    parties_a, parties_b = a.entities - a.places, b.entities - b.places
    # A different place only contradicts when the same parties do the same thing.
    if pa and pb and not a.places & b.places and parties_a and parties_a == parties_b:
        return f"{', '.join(sorted(names[e] for e in pa))} vs {', '.join(sorted(names[e] for e in pb))}"
    xa = {e for e in a.entities - b.entities if types.get(e) in _NON_PLACE}
    xb = {e for e in b.entities - a.entities if types.get(e) in _NON_PLACE}
    if len(xa) == 1 and len(xb) == 1 and a.entities - xa == b.entities - xb and a.entities - xa:
        return f"{names[next(iter(xa))]} vs {names[next(iter(xb))]}"
    return None


def find_conflicts(
    alignment: Alignment, statements: Sequence[Statement], names: Mapping[str, str], types: Mapping[str, str]
) -> tuple[Conflict, ...]:
    """Conflicts between claims, at most one per claim pair and kind, in statement order."""
    rel = alignment.relatedness
    found: dict[tuple[str, str, str], Conflict] = {}
    for i, a in enumerate(statements):
        for j in range(i + 1, len(statements)):
            b = statements[j]
            ga, gb = alignment.groups[alignment.group_of[i]], alignment.groups[alignment.group_of[j]]
            if a.source == b.source or ga.id == gb.id or is_update(a, b):
                continue
            score = float(rel[i, j])
            kind: ConflictKind | None = None
            detail: str | None = None
            if score >= NUMBER_RELATED and not _different_moments(a, b):
                detail = _number_conflict(a, b)
                kind = "number" if detail else None
            same_moment = not _different_moments(a, b)
            if kind is None and score >= NEGATION_RELATED and a.negated != b.negated and same_moment:
                kind, detail = "negation", (f"{'denied' if a.negated else 'asserted'} by {a.source}, "
                                            f"{'denied' if b.negated else 'asserted'} by {b.source}")
            if kind is None and score >= ENTITY_RELATED and a.negated == b.negated and same_moment:
                detail = _entity_conflict(a, b, names, types)
                kind = "entity" if detail else None
            if kind is None and score >= DATE_RELATED and a.negated == b.negated:
                ea, eb = explicit_days(a), explicit_days(b)
                if ea and eb and not ea & eb:
                    kind, detail = "date", f"{', '.join(sorted(ea))} vs {', '.join(sorted(eb))}"
            if kind is not None and detail is not None:
                key = (min(ga.id, gb.id), max(ga.id, gb.id), kind)
                found.setdefault(key, Conflict(ga.id, gb.id, kind, detail))
    return tuple(found.values())


def conflict_refs(conflicts: Sequence[Conflict]) -> dict[str, list[ConflictRef]]:
    """Each conflict seen from both of its claims."""
    refs: dict[str, list[ConflictRef]] = {}
    for c in conflicts:
        refs.setdefault(c.a, []).append(ConflictRef(c.b, c.kind, c.detail))
        refs.setdefault(c.b, []).append(ConflictRef(c.a, c.kind, c.detail))
    return refs

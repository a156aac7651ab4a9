"""What the trust scorer reads from briefings: the ``newsweave.briefing/1`` JSON (the public contract), turned
into small records keyed by document id rather than by per-briefing source id.

Fields added for issue 10 are read when present and fall back when absent, so the scorer runs on briefings
made before and after them:
- ``sources[].family``, else the ``duplicate_of`` links (a syndicated copy joins its original's family);
- ``claims[].conflicts[].spans`` ([this, other] figure spans), else the figures (``numbers[]``) of the two
  claims that the conflict's ``detail`` ("60 people killed vs 20 people died") names;
- top-level ``updates``, else none;
- ``events[].citation`` (the trigger), else the mentions of the event's claims (trigger somewhere inside).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from newsweave.group.union_find import UnionFind

JsonObj = Mapping[str, Any]
FAMILIES_FROM_DUPLICATES = "families from duplicate_of"
CONFLICTS_FROM_NUMBERS = "conflict figures from numbers[]"
NO_UPDATES = "no updates field"
TRIGGERS_FROM_CLAIMS = "event triggers from claim mentions"


@dataclass(frozen=True, slots=True)
class Span:
    doc: str
    start: int
    end: int

    def overlaps(self, other: Span) -> bool:
        return self.doc == other.doc and self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Figure:
    span: Span
    text: str
    low: float | None
    high: float | None
    counts: str | None = None
    kind: str = "count"
    claim: str | None = None


@dataclass(frozen=True, slots=True)
class ConflictView:
    claims: frozenset[str]
    kind: str
    candidates: tuple[tuple[Span, Span], ...]  # the figure pairs the conflict may stand for


@dataclass(frozen=True, slots=True)
class ClaimView:
    key: str
    status: str
    docs: tuple[str, ...]  # distinct documents stating it (copies excluded, as the briefing lists them)
    mentions: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class UpdateView:
    figures: tuple[Figure, ...]  # latest first, then its history


@dataclass(frozen=True, slots=True)
class EventView:
    type: str
    actor: tuple[str, ...]  # name and aliases of the actor entity; () when none
    target: tuple[str, ...]
    fatalities: tuple[float | None, float | None] | None
    triggers: tuple[Span, ...]  # the trigger span, or (fallback) the mentions of its claims
    exact_trigger: bool


@dataclass(frozen=True, slots=True)
class QuoteView:
    speaker: tuple[str, ...]  # the speaker as printed, its roster entity's name and aliases; () when none
    kind: str
    citations: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class BriefView:
    texts: dict[str, str]  # doc id -> cleaned text
    family: dict[str, str]  # doc id -> predicted family key
    claims: tuple[ClaimView, ...]
    conflicts: tuple[ConflictView, ...]
    figures: tuple[Figure, ...]
    updates: tuple[UpdateView, ...]
    events: tuple[EventView, ...]
    fallbacks: frozenset[str]  # which fallbacks for fields older briefings lack were used
    stories: int = 1  # briefings the documents were split into
    quotes: tuple[QuoteView, ...] = ()
    copy_of: dict[str, str] = field(default_factory=dict)  # syndicated copy's doc id -> its original's


def _num(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _range(obj: JsonObj) -> tuple[float | None, float | None]:
    value, low, high = _num(obj.get("value")), _num(obj.get("low")), _num(obj.get("high"))
    low = low if low is not None else value
    high = high if high is not None else (value if obj.get("low") is None else None)
    return low, high


def disjoint(a: Figure, b: Figure) -> bool:
    if a.low is None or b.low is None:
        return False
    a_high = a.high if a.high is not None else float("inf")
    b_high = b.high if b.high is not None else float("inf")
    return a_high < b.low or b_high < a.low


def view(briefings: Sequence[JsonObj], doc_of: Mapping[str, str]) -> BriefView:
    """``doc_of`` maps a source's ``article_id`` or ``path`` to its document id."""
    texts: dict[str, str] = {}
    family: dict[str, str] = {}
    claims: list[ClaimView] = []
    conflicts: dict[tuple[Any, ...], ConflictView] = {}
    figures: list[Figure] = []
    updates: list[UpdateView] = []
    events: list[EventView] = []
    quotes: list[QuoteView] = []
    copy_of: dict[str, str] = {}
    used: set[str] = set()
    for bi, b in enumerate(briefings):
        docs: dict[str, str] = {}
        for s in b.get("sources", ()):
            doc = doc_of.get(s.get("article_id") or "") or doc_of.get(s.get("path") or "") or s["id"]
            docs[s["id"]] = doc
            texts[doc] = s.get("text", "")

        def span(c: JsonObj, docs: Mapping[str, str] = docs) -> Span:
            return Span(docs.get(c["source"], c["source"]), int(c["start"]), int(c["end"]))

        union: UnionFind[str] = UnionFind()
        for s in b.get("sources", ()):
            if s.get("family"):
                union.union(docs[s["id"]], f"~{bi}:{s['family']}")
            elif "family" not in s and s.get("duplicate_of"):
                used.add(FAMILIES_FROM_DUPLICATES)
                union.union(docs[s["id"]], docs.get(s["duplicate_of"], s["duplicate_of"]))
            union.find(docs[s["id"]])
        family.update({docs[s["id"]]: f"{bi}:{union.find(docs[s['id']])}" for s in b.get("sources", ())})
        copy_of.update({docs[s["id"]]: docs.get(s["duplicate_of"], s["duplicate_of"])
                        for s in b.get("sources", ()) if s.get("duplicate_of")})

        key = {c["id"]: f"{bi}:{c['id']}" for c in b.get("claims", ())}
        figs = [Figure(span(n["citation"]), n.get("text", ""), *_range(n), n.get("counts"),
                       n.get("kind", "count"), key.get(n.get("claim") or "")) for n in b.get("numbers", ())]
        figures.extend(figs)
        for c in b.get("claims", ()):
            mentions = tuple(span(m) for m in c.get("mentions", ()))
            claims.append(ClaimView(key[c["id"]], c.get("status", ""),
                                    tuple(dict.fromkeys(docs.get(s, s) for s in c.get("sources", ()))),
                                    mentions))
            for k in c.get("conflicts", ()):
                pair = frozenset({key[c["id"]], key.get(k.get("claim"), str(k.get("claim")))})
                if k.get("spans"):
                    a, o = span(k["spans"][0]), span(k["spans"][1])
                    ident: tuple[Any, ...] = (k.get("kind"), frozenset({a, o}))
                    cands: tuple[tuple[Span, Span], ...] = ((a, o),)
                else:
                    ident = (k.get("kind"), pair)
                    cands = ()
                    if k.get("kind") == "number":
                        used.add(CONFLICTS_FROM_NUMBERS)
                        cands = _named_pairs(figs, pair, str(k.get("detail", "")))
                conflicts.setdefault(ident, ConflictView(pair, str(k.get("kind")), cands))
        if "updates" not in b:
            used.add(NO_UPDATES)
        for u in b.get("updates", ()) or ():
            items = [u["latest"], *u.get("history", ())] if u.get("latest") else list(u.get("history", ()))
            updates.append(UpdateView(tuple(Figure(span(x["citation"]), x.get("text", ""), *_range(x))
                                            for x in items if x.get("citation"))))
        entities = {e["id"]: (e.get("name", ""), *e.get("aliases", ())) for e in b.get("entities", ())}
        for q in b.get("quotes", ()):
            printed = (q["speaker"],) if q.get("speaker") else ()
            names = printed + entities.get(q.get("speaker_entity") or "", ())
            quotes.append(QuoteView(tuple(dict.fromkeys(names)), str(q.get("kind", "")),
                                    tuple(span(c) for c in q.get("citations", ()))))
        mentions_of = {key[c["id"]]: [span(m) for m in c.get("mentions", ())] for c in b.get("claims", ())}
        for e in b.get("events", ()):
            fat = e.get("fatalities")
            triggers: tuple[Span, ...]
            if e.get("citation"):
                triggers, exact = (span(e["citation"]),), True
            else:
                triggers = tuple(m for c in e.get("claims", ()) for m in mentions_of.get(key.get(c, c), ()))
                exact = False
                used.add(TRIGGERS_FROM_CLAIMS)
            events.append(EventView(
                type=str(e.get("type")), actor=entities.get(e.get("actor") or "", ()),
                target=entities.get(e.get("target") or "", ()),
                fatalities=(_num(fat.get("low")), _num(fat.get("high"))) if isinstance(fat, dict) else None,
                triggers=triggers, exact_trigger=exact))
    return BriefView(texts, family, tuple(claims), tuple(conflicts.values()), tuple(figures), tuple(updates),
                     tuple(events), frozenset(used), len(briefings), tuple(quotes), copy_of)


def _named_pairs(
    figs: Sequence[Figure], claims: frozenset[str], detail: str
) -> tuple[tuple[Span, Span], ...]:
    """Figure pairs of the two claims that the detail "A vs B" names (each side starts with a figure's text);
    failing that, every pair of disjoint figures between the two claims."""
    if len(claims) != 2:
        return ()
    ca, cb = sorted(claims)
    fa = [f for f in figs if f.claim == ca]
    fb = [f for f in figs if f.claim == cb]
    sides = [s.strip() for s in re.split(r"\s+vs\s+", detail, maxsplit=1)]
    pairs = [(x, y) for x in fa for y in fb if x.span.doc != y.span.doc and disjoint(x, y)]
    if len(sides) == 2:
        named = [(x, y) for x, y in pairs
                 if (sides[0].startswith(x.text) and sides[1].startswith(y.text))
                 or (sides[0].startswith(y.text) and sides[1].startswith(x.text))]
        if named:
            pairs = named
    return tuple((x.span, y.span) for x, y in pairs)

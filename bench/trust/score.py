"""Scoring a cluster's briefings against its hand labels (bench/data/trust/README.md says what they mean).

Every judgement goes through the labels' own spans, placed in the cleaned text (labels.locate):
- origin families: pairs of documents, same predicted family vs same labelled family;
- corroborated: a claim marked corroborated is right when its mentions cover one labelled statement, with no
  primary source, in documents of two or more labelled families; recall is over such statements;
- number conflicts: right when one of the figure pairs it stands for is a labelled contradiction; pairs the
  labeller marked ``uncertain`` are left out; agreeing pairs, updates, different quantities and figures the
  labels do not hold are wrong; recall is over labelled contradictions;
- updates: right when every figure is a mention of one labelled quantity and two of them are an update (ranges
  apart, not a contradiction); recall is over quantities with an update;
- disputed: a disputed claim is right when one of its number conflicts is right;
- events: judged inside the labelled region only; right when a labelled event of the same type has its
  trigger there and the actor, target and fatalities do not contradict the label; recall is over the
  labelled events (exhaustive inside the region). Without trigger spans (briefings before issue 10) an event
  is placed by its claims' mentions, a lenient reading: any labelled event inside them may match.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations

from bench.trust.briefs import BriefView, ClaimView, EventView, Figure, Span, UpdateView, disjoint
from bench.trust.labels import ClusterLabels, EventLabel, Folded, Mention, locate

RelativePosition = Callable[[str, int], float]  # (doc, raw offset) -> 0..1 position in the body


@dataclass(slots=True)
class Tally:
    """predicted / right (precision) and gold / found (recall), summed over clusters."""

    predicted: int = 0
    right: int = 0
    gold: int = 0
    found: int = 0

    def add(self, other: Tally) -> None:
        self.predicted += other.predicted
        self.right += other.right
        self.gold += other.gold
        self.found += other.found

    @property
    def precision(self) -> float:
        return self.right / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class Placed:
    """The labels' phrases as spans of the cleaned texts."""

    numbers: dict[str, Span] = field(default_factory=dict)  # mention id -> span
    statements: dict[str, list[Span]] = field(default_factory=dict)  # statement id -> mention spans
    events: list[tuple[EventLabel, Span]] = field(default_factory=list)
    region_end: dict[str, int] = field(default_factory=dict)  # doc -> end of the labelled region
    missing: int = 0  # phrases not found in the cleaned text


def place(labels: ClusterLabels, texts: Mapping[str, str], relative: RelativePosition,
          region_end: Mapping[str, int]) -> Placed:
    folded = {doc: Folded(t) for doc, t in texts.items()}
    out = Placed(region_end=dict(region_end))

    def put(m: Mention | EventLabel, phrase: str) -> Span | None:
        text = folded.get(m.doc)
        hit = locate(phrase, text, relative(m.doc, m.offset)) if text is not None else None
        if hit is None:
            out.missing += 1
            return None
        return Span(m.doc, *hit)

    for q in labels.quantities:
        for m in q.mentions:
            if (s := put(m, m.phrase)) is not None:
                out.numbers[m.id] = s
    for st in labels.statements:
        out.statements[st.id] = [s for m in st.mentions if (s := put(m, m.phrase)) is not None]
    for e in labels.events:
        if (s := put(e, e.trigger)) is not None:
            out.events.append((e, s))
    return out


# --- origin families ---------------------------------------------------------------------------------------

def score_families(labels: ClusterLabels, predicted: Mapping[str, str]) -> Tally:
    gold = labels.family_of()
    t = Tally()
    for a, b in combinations(sorted(gold), 2):
        same_g = gold[a] == gold[b]
        same_p = a in predicted and b in predicted and predicted[a] == predicted[b]
        t.predicted += same_p
        t.right += same_p and same_g
        t.gold += same_g
        t.found += same_p and same_g
    return t


# --- corroboration -----------------------------------------------------------------------------------------

def _covered_families(labels: ClusterLabels, placed: Placed, mentions: Sequence[Span]) -> dict[str, int]:
    """Statement id -> labelled families among the documents where the claim's mentions cover it."""
    family = labels.family_of()
    out = {}
    for st in labels.statements:
        docs = {s.doc for s in placed.statements.get(st.id, ()) if any(s.overlaps(m) for m in mentions)}
        out[st.id] = len({family.get(d, -1 - i) for i, d in enumerate(sorted(docs))})
    return out


def corroborable(labels: ClusterLabels) -> list[str]:
    """Statements a correct briefing marks corroborated: two or more families, no single primary source."""
    family = labels.family_of()
    return [st.id for st in labels.statements if st.primary_source is None
            and len({family.get(m.doc, m.doc) for m in st.mentions}) >= 2]


def score_corroborated(labels: ClusterLabels, placed: Placed, claims: Iterable[ClaimView],
                       marks: Callable[[ClaimView], bool]) -> Tally:
    """``marks`` says which claims the system (or a baseline) calls corroborated."""
    gold = set(corroborable(labels))
    t = Tally(gold=len(gold))
    found: set[str] = set()
    for c in claims:
        if not marks(c):
            continue
        t.predicted += 1
        covered = {sid for sid, n in _covered_families(labels, placed, c.mentions).items()
                   if n >= 2 and sid in gold}
        if covered:
            t.right += 1
            found |= covered
    t.found = len(found)
    return t


# --- figures: conflicts, updates, disputed -----------------------------------------------------------------

def mention_at(placed: Placed, span: Span) -> str | None:
    """The labelled figure mention a cited figure falls on (largest overlap)."""
    best, size = None, 0
    for mid, s in placed.numbers.items():
        if s.overlaps(span):
            overlap = min(s.end, span.end) - max(s.start, span.start)
            if overlap > size:
                best, size = mid, overlap
    return best


def pair_kind(labels: ClusterLabels, a: str, b: str) -> str:
    """contradiction | uncertain | update | agree | different, for two labelled figure mentions."""
    pair = frozenset({a, b})
    if pair in labels.uncertain:
        return "uncertain"
    if pair in labels.contradictions:
        return "contradiction"
    mentions = labels.number_mentions()
    (qa, ma), (qb, mb) = mentions[a], mentions[b]
    if qa.id != qb.id:
        return "different"
    fa = Figure(Span(ma.doc, 0, 1), ma.phrase, ma.low, ma.high)
    fb = Figure(Span(mb.doc, 0, 1), mb.phrase, mb.low, mb.high)
    return "update" if disjoint(fa, fb) else "agree"


def conflict_verdict(labels: ClusterLabels, placed: Placed,
                     candidates: Sequence[tuple[Span, Span]]) -> tuple[str, set[frozenset[str]]]:
    """("right" | "wrong" | "ignored", the labelled contradictions it finds)."""
    kinds = []
    hits: set[frozenset[str]] = set()
    for sa, sb in candidates:
        a, b = mention_at(placed, sa), mention_at(placed, sb)
        if a is None or b is None or a == b:
            kinds.append("unlabelled")
            continue
        kind = pair_kind(labels, a, b)
        kinds.append(kind)
        if kind == "contradiction":
            hits.add(frozenset({a, b}))
    if hits:
        return "right", hits
    return ("ignored" if "uncertain" in kinds else "wrong"), hits


def score_conflicts(labels: ClusterLabels, placed: Placed,
                    conflicts: Iterable[Sequence[tuple[Span, Span]]]) -> Tally:
    t = Tally(gold=len(labels.contradictions))
    found: set[frozenset[str]] = set()
    for candidates in conflicts:
        verdict, hits = conflict_verdict(labels, placed, candidates)
        if verdict == "ignored":
            continue
        t.predicted += 1
        t.right += verdict == "right"
        found |= hits
    t.found = len(found & labels.contradictions)
    return t


def score_disputed(labels: ClusterLabels, placed: Placed, view: BriefView) -> Tally:
    t = Tally()
    for c in view.claims:
        if c.status != "disputed":
            continue
        verdicts = [conflict_verdict(labels, placed, k.candidates)[0]
                    for k in view.conflicts if c.key in k.claims and k.kind == "number"]
        if verdicts and all(v == "ignored" for v in verdicts):
            continue
        t.predicted += 1
        t.right += "right" in verdicts
    return t


def update_quantities(labels: ClusterLabels) -> set[str]:
    out = set()
    for q in labels.quantities:
        if any(pair_kind(labels, a.id, b.id) == "update" for a, b in combinations(q.mentions, 2)):
            out.add(q.id)
    return out


def score_updates(labels: ClusterLabels, placed: Placed, updates: Iterable[UpdateView]) -> Tally:
    gold = update_quantities(labels)
    quantity_of = {mid: q.id for mid, (q, _) in labels.number_mentions().items()}
    t = Tally(gold=len(gold))
    found: set[str] = set()
    for u in updates:
        t.predicted += 1
        mids = [mention_at(placed, f.span) for f in u.figures]
        if any(m is None for m in mids) or len(mids) < 2:
            continue
        known = [m for m in mids if m is not None]
        if len({quantity_of[m] for m in known}) != 1:
            continue
        if any(pair_kind(labels, a, b) == "update" for a, b in combinations(dict.fromkeys(known), 2)):
            t.right += 1
            found.add(quantity_of[known[0]])
    t.found = len(found & gold)
    return t


# --- baselines from the same run ---------------------------------------------------------------------------

_FUNCTION_WORDS = frozenset({"of", "the", "a", "an", "and", "or", "to", "in", "at", "on", "more", "than",
                             "about", "some", "were", "are", "was", "had", "have", "been", "them", "who"})
_WORD = re.compile(r"[A-Za-z]+")


def counted_words(f: Figure, text: str) -> frozenset[str]:
    """The naive counted thing: the words of the figure's ``counts`` ("people killed"), else the next two
    words after it, function words left out and plurals folded."""
    source = f.counts or " ".join(_WORD.findall(text[f.span.end:f.span.end + 60])[:2])
    words = [w.casefold() for w in _WORD.findall(source)]
    return frozenset(w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words
                     if w not in _FUNCTION_WORDS)


def every_differing_figure(view: BriefView) -> list[tuple[tuple[Span, Span], ...]]:
    """Baseline: every two figures from different documents with the same unit whose counted things share a
    word ("people killed" / "killed") and whose values differ is a conflict."""
    things = [counted_words(f, view.texts.get(f.span.doc, "")) for f in view.figures]
    out: list[tuple[tuple[Span, Span], ...]] = []
    for i, j in combinations(range(len(view.figures)), 2):
        a, b = view.figures[i], view.figures[j]
        if a.span.doc != b.span.doc and a.kind == b.kind and things[i] & things[j] and disjoint(a, b):
            out.append(((a.span, b.span),))
    return out


def multi_source(c: ClaimView) -> bool:
    """Baseline: every claim stated by two or more documents is corroborated."""
    return len(c.docs) >= 2


# --- events ------------------------------------------------------------------------------------------------

_NAME_NOISE = frozenset({"the", "of", "and", "a", "an", "mr", "mrs", "ms", "gen", "dr", "president", "said",
                         "to", "in", "on", "at", "by", "de", "el", "al", "st", "jr"})


def name_words(name: str) -> set[str]:
    # Two letters are a name word too ("Xu", "Wu"); the noise list holds the short function words.
    return {w.casefold() for w in _WORD.findall(name) if len(w) > 1 and w.casefold() not in _NAME_NOISE}


def compatible_party(predicted: Sequence[str], label: str | None) -> bool:
    """A predicted party contradicts the label when the label has none, or shares no name word with it."""
    if not predicted:
        return True
    if label is None:
        return False
    gold = name_words(label)
    return any(name_words(name) & gold for name in predicted)


def compatible_toll(predicted: tuple[float | None, float | None] | None,
                    label: tuple[float | None, float | None] | None) -> bool:
    if predicted is None:
        return True
    if label is None:
        return False
    pl, ph = predicted
    ll, lh = label
    pl, ll = pl if pl is not None else 0.0, ll if ll is not None else 0.0
    ph = ph if ph is not None else float("inf")
    lh = lh if lh is not None else float("inf")
    return pl <= lh and ll <= ph


def _event_matches(e: EventView, spans: Sequence[Span], placed: Placed) -> set[int]:
    """Indexes of the labelled events this predicted event stands for."""
    out = set()
    for i, (gold, at) in enumerate(placed.events):
        if gold.type != e.type or not any(s.overlaps(at) for s in spans):
            continue
        if (compatible_party(e.actor, gold.actor) and compatible_party(e.target, gold.target)
                and compatible_toll(e.fatalities, gold.fatalities)):
            out.add(i)
    return out


def score_events(placed: Placed, events: Iterable[EventView]) -> Tally:
    """Precision inside the labelled regions (events outside them are not judged); recall over the labelled
    events, which are exhaustive there."""
    t = Tally(gold=len(placed.events))
    found: set[int] = set()
    for e in events:
        inside = [s for s in e.triggers if s.doc in placed.region_end and s.start < placed.region_end[s.doc]]
        if not inside:
            continue
        t.predicted += 1
        matches = _event_matches(e, inside, placed)
        t.right += bool(matches)
        found |= matches
    t.found = len(found)
    return t

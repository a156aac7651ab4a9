"""The hand-labelled trust set (bench/data/trust/duc2003/<cluster>.json, laid out in its README) as records,
and the placing of a labelled phrase in newsweave's cleaned text.

A phrase is found by a whitespace-collapsed, quote-folded match (the README's rule), taking the occurrence
nearest the label's relative position in the article body; case is ignored only when no exact match exists.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

LABELS = Path(__file__).resolve().parent.parent / "data" / "trust" / "duc2003"
# A second, independent labelling of families and statements of some clusters (for labeller agreement).
SECOND_LABELS = LABELS.parent / "duc2003-second"
TUNE = ("d30003t", "d30040t", "d30044t", "d30056t", "d31001t", "d31022t",
        "d30025t", "d30048t", "d31009t", "d31050t",  # labelled later, on 2026-12-01
        "d30020t", "d30050t", "d31031t", "d31033t")  # second round, 2026-12-01
TEST = ("d30010t", "d30012t", "d30034t", "d31010t", "d31027t", "d31041t")

# Folded to one character each so raw wire text and cleaned text compare equal.
_FOLD = (("``", '"'), ("''", '"'), ("\u201c", '"'), ("\u201d", '"'), ("\u2018", "'"), ("\u2019", "'"),
         ("&AMP;", "&"), ("&amp;", "&"), ("_", "\u2014"))  # the wire's underscore dash, cleaned to a dash
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Mention:
    doc: str
    phrase: str
    offset: int
    id: str = ""
    low: float | None = None
    high: float | None = None


@dataclass(frozen=True, slots=True)
class Statement:
    id: str
    primary_source: str | None
    mentions: tuple[Mention, ...]


@dataclass(frozen=True, slots=True)
class Quantity:
    id: str
    counts: str
    running: bool
    mentions: tuple[Mention, ...]


@dataclass(frozen=True, slots=True)
class EventLabel:
    doc: str
    trigger: str
    offset: int
    type: str
    actor: str | None
    target: str | None
    fatalities: tuple[float | None, float | None] | None


@dataclass(frozen=True, slots=True)
class QuoteLabel:
    doc: str
    phrase: str  # the quotation's first words
    offset: int
    speaker: str  # full name where the article gives one, else a role


@dataclass(frozen=True, slots=True)
class PlaceLabel:
    doc: str
    phrase: str
    offset: int
    country: str | None  # ISO code; None for a supranational name
    point: tuple[float, float] | None  # (lat, lon) of the place meant; None when no pin is right
    kind: str  # city | admin | country | region | water | other


@dataclass(frozen=True, slots=True)
class ClusterLabels:
    cluster: str
    split: str
    region_chars: int
    families: tuple[tuple[str, ...], ...]
    statements: tuple[Statement, ...]
    quantities: tuple[Quantity, ...]
    contradictions: frozenset[frozenset[str]]
    uncertain: frozenset[frozenset[str]]
    events: tuple[EventLabel, ...]
    quotes: tuple[QuoteLabel, ...] = ()
    places: tuple[PlaceLabel, ...] = ()

    def family_of(self) -> dict[str, int]:
        return {doc: i for i, fam in enumerate(self.families) for doc in fam}

    def number_mentions(self) -> dict[str, tuple[Quantity, Mention]]:
        return {m.id: (q, m) for q in self.quantities for m in q.mentions}


def _num(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _mention(obj: dict[str, Any]) -> Mention:
    return Mention(doc=str(obj["doc"]), phrase=str(obj["phrase"]), offset=int(obj.get("offset", 0)),
                   id=str(obj.get("id", "")), low=_num(obj.get("low")), high=_num(obj.get("high")))


def _pairs(items: Any) -> frozenset[frozenset[str]]:
    return frozenset(frozenset(map(str, p)) for p in items or () if len(p) == 2 and p[0] != p[1])


def parse_labels(obj: dict[str, Any]) -> ClusterLabels:
    events = []
    for e in obj.get("events", ()):
        fat = e.get("fatalities")
        events.append(EventLabel(
            doc=str(e["doc"]), trigger=str(e["trigger"]), offset=int(e.get("offset", 0)), type=str(e["type"]),
            actor=e.get("actor") or None, target=e.get("target") or None,
            fatalities=(_num(fat.get("low")), _num(fat.get("high"))) if isinstance(fat, dict) else None))
    return ClusterLabels(
        cluster=str(obj["cluster"]), split=str(obj.get("split", "")),
        region_chars=int(obj.get("region_chars", 2000)),
        families=tuple(tuple(map(str, f["docs"])) for f in obj.get("families", ())),
        statements=tuple(Statement(str(s["id"]), s.get("primary_source") or None,
                                   tuple(_mention(m) for m in s.get("mentions", ())))
                         for s in obj.get("statements", ())),
        quantities=tuple(Quantity(str(q["id"]), str(q.get("counts", "")), bool(q.get("running", False)),
                                  tuple(_mention(m) for m in q.get("mentions", ())))
                         for q in obj.get("quantities", ())),
        contradictions=_pairs(obj.get("contradictions")), uncertain=_pairs(obj.get("uncertain")),
        events=tuple(events),
        quotes=tuple(QuoteLabel(str(q["doc"]), str(q["phrase"]), int(q.get("offset", 0)), str(q["speaker"]))
                     for q in obj.get("quotes", ()) if q.get("speaker")),
        places=tuple(PlaceLabel(str(p["doc"]), str(p["phrase"]), int(p.get("offset", 0)),
                                p.get("country") or None, _point(p.get("lat"), p.get("lon")),
                                str(p.get("kind") or ""))
                     for p in obj.get("places", ())),
    )


def _point(lat: Any, lon: Any) -> tuple[float, float] | None:
    la, lo = _num(lat), _num(lon)
    return (la, lo) if la is not None and lo is not None else None


def load_labels(cluster: str, folder: Path = LABELS) -> ClusterLabels | None:
    path = folder / f"{cluster}.json"
    if not path.is_file():
        return None
    return parse_labels(json.loads(path.read_text(encoding="utf-8")))


class Folded:
    """``text`` with quotes folded and whitespace runs collapsed, and the map back to ``text`` offsets."""

    def __init__(self, text: str) -> None:
        out: list[str] = []
        starts: list[int] = []
        i, n = 0, len(text)
        while i < n:
            if text[i].isspace():
                j = i
                while j < n and text[j].isspace():
                    j += 1
                out.append(" ")
                starts.append(i)
                i = j
                continue
            for src, dst in _FOLD:
                if text.startswith(src, i):
                    out.append(dst)
                    starts.append(i)
                    i += len(src)
                    break
            else:
                out.append(text[i])
                starts.append(i)
                i += 1
        self.text = "".join(out)
        self._starts = starts
        self._len = n

    def original(self, start: int, end: int) -> tuple[int, int]:
        """Folded [start, end) -> original [start, end)."""
        a = self._starts[start] if start < len(self._starts) else self._len
        b = self._starts[end] if end < len(self._starts) else self._len
        return a, b


def fold_phrase(phrase: str) -> str:
    return Folded(phrase.strip()).text


def locate(phrase: str, text: Folded, relative: float) -> tuple[int, int] | None:
    """The span of ``phrase`` in the original text, the occurrence nearest ``relative`` (0..1) of it."""
    needle = fold_phrase(phrase)
    if not needle:
        return None
    for hay, pat in ((text.text, needle), (text.text.casefold(), needle.casefold())):
        hits = [m.start() for m in re.finditer(re.escape(pat), hay)]
        if hits:
            total = max(len(hay), 1)
            best = min(hits, key=lambda h: abs(h / total - relative))
            return text.original(best, best + len(pat))
    return None

"""Events on ECB+ gold stories, judged by hand: the labels in bench/data/trust/ecbplus-events/.

Each odd topic's two gold stories (topic x ``ecb``/``ecbplus`` suffix) are woven one at a time, their
documents already analysed by the caller, and every event the briefing lists is read back from the briefing
JSON as an ``EventRecord``: the trigger's document and character span in the cleaned text, the type, and the
actor, target, place, date and fatalities as the briefing names them. A label is a verdict on one such
record; it judges a predicted event only when every field matches, so an event whose actor (say) changed is
unjudged until someone labels it again. Precision = right / judged; the unjudged are counted in the note.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.harness import weave_options
from bench.trust.ecbplus import EcbDoc

LABELS = Path(__file__).resolve().parent.parent / "data" / "trust" / "ecbplus-events"


@dataclass(frozen=True, slots=True)
class EventRecord:
    doc: str
    start: int
    end: int
    trigger: str
    type: str
    actor: str | None
    target: str | None
    place: str | None
    date: str | None
    fatalities: tuple[float | None, float | None] | None

    def key(self) -> tuple[Any, ...]:
        return (self.doc, self.start, self.end, self.type, self.actor, self.target, self.place, self.date,
                self.fatalities)


@dataclass(frozen=True, slots=True)
class Verdict:
    record: EventRecord
    right: bool
    why: str


def _num(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def records(brief: Mapping[str, Any], doc_of_path: Mapping[str, str]) -> list[EventRecord]:
    """Every event of one briefing (``briefing_to_obj`` JSON) with names for its entity ids."""
    docs = {s["id"]: doc_of_path.get(s.get("path") or "", s["id"]) for s in brief.get("sources", ())}
    texts = {s["id"]: s.get("text", "") for s in brief.get("sources", ())}
    names = {e["id"]: e.get("name") for e in brief.get("entities", ())}
    out = []
    for e in brief.get("events", ()):
        c = e.get("citation")
        if not c:
            continue
        fat = e.get("fatalities")
        out.append(EventRecord(
            doc=docs.get(c["source"], c["source"]), start=int(c["start"]), end=int(c["end"]),
            trigger=texts.get(c["source"], "")[int(c["start"]):int(c["end"])], type=str(e.get("type")),
            actor=names.get(e.get("actor") or ""), target=names.get(e.get("target") or ""),
            place=names.get(e.get("place") or ""), date=e.get("date"),
            fatalities=(_num(fat.get("low")), _num(fat.get("high"))) if isinstance(fat, dict) else None))
    return out


def woven_events(items: Sequence[Any], story_id: str, doc_of_path: Mapping[str, str]) -> list[EventRecord]:
    """Weave analysed articles (``AnalyzedArticle``) as one story and list its events, documents named by
    ``doc_of_path`` (article path -> name)."""
    from newsweave.models import Story
    from newsweave.pipeline import weave_story
    from newsweave.render.json import briefing_to_obj

    story = Story(id=story_id, article_ids=tuple(i.article.id for i in items))
    return records(briefing_to_obj(weave_story(story, items, weave_options())), doc_of_path)


def analysed_events(articles: Sequence[Any], story_id: str,
                    doc_of_path: Mapping[str, str]) -> list[EventRecord]:
    """Analyse articles (``Article``), then weave them as one story (``woven_events``)."""
    from newsweave.analyze.pipeline import analyze
    from newsweave.models import AnalyzedArticle

    items = [AnalyzedArticle(a, n) for a, n in zip(articles, analyze(articles), strict=True)]
    return woven_events(items, story_id, doc_of_path)


def article_story_events(item: str, text: str, meta: Any, name: str) -> list[EventRecord]:
    """Ingest one article (``meta``: its ``Metadata``), weave it as its own story and list its events, the
    document named ``name`` (the per-article events sets: LGL, GeoWebNews, PolNeAR, TE3)."""
    from newsweave.ingest import to_article
    from newsweave.models import RawDocument

    article = to_article(RawDocument(item=item, text=text, metadata=meta))
    return analysed_events([article], article.id, {article.path or "": name})


def story_events(docs: Sequence[EcbDoc], items: Sequence[Any]) -> list[EventRecord]:
    """Weave each gold story of a topic (``items``: the topic's AnalyzedArticles, in ``docs`` order) and list
    its events."""
    out: list[EventRecord] = []
    for story in sorted({d.story for d in docs}):
        chosen = [i for d, i in zip(docs, items, strict=True) if d.story == story]
        out += woven_events(chosen, story, {i.article.path or "": i.id for i in chosen})
    return out


def _record(obj: Mapping[str, Any]) -> EventRecord:
    fat = obj.get("fatalities")
    return EventRecord(
        doc=obj["doc"], start=int(obj["start"]), end=int(obj["end"]), trigger=obj["trigger"],
        type=obj["type"],
        actor=obj.get("actor"), target=obj.get("target"), place=obj.get("place"), date=obj.get("date"),
        fatalities=(_num(fat[0]), _num(fat[1])) if isinstance(fat, list) else None)


def load_verdicts(topic: int | str, root: Path = LABELS) -> list[Verdict]:
    """A topic's verdicts: ``topic-NN.json`` for an ECB+ topic number, ``topic-<name>.json`` for a name."""
    path = root / (f"topic-{topic:02d}.json" if isinstance(topic, int) else f"topic-{topic}.json")
    if not path.is_file():
        return []
    obj = json.loads(path.read_text(encoding="utf-8"))
    return [Verdict(_record(v), v["verdict"] == "right", v.get("why", "")) for v in obj["events"]]


def record_obj(r: EventRecord, right: bool | None = None, why: str = "") -> dict[str, Any]:
    """A label's JSON (without a verdict when ``right`` is None: a record waiting to be judged)."""
    out: dict[str, Any] = {
        "doc": r.doc, "trigger": r.trigger, "start": r.start, "end": r.end, "type": r.type, "actor": r.actor,
        "target": r.target, "place": r.place, "date": r.date,
        "fatalities": list(r.fatalities) if r.fatalities else None}
    if right is not None:
        out |= {"verdict": "right" if right else "wrong", "why": why}
    return out


@dataclass(slots=True)
class EventTally:
    kept: int = 0
    judged: int = 0
    right: int = 0

    @property
    def precision(self) -> float:
        return self.right / self.judged if self.judged else 1.0

    def add(self, found: Iterable[EventRecord], verdicts: Iterable[Verdict]) -> None:
        by_key = {v.record.key(): v.right for v in verdicts}
        for r in found:
            self.kept += 1
            if r.key() in by_key:
                self.judged += 1
                self.right += by_key[r.key()]

    @property
    def note(self) -> str:
        """"12/13 judged events right, 14 kept; 1 not judged yet"."""
        out = f"{self.right}/{self.judged} judged events right, {self.kept} kept"
        return out + (f"; {self.kept - self.judged} not judged yet" if self.kept > self.judged else "")

    def merge(self, other: EventTally) -> None:
        self.kept += other.kept
        self.judged += other.judged
        self.right += other.right

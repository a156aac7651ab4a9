"""Corroboration on ECB+ gold stories, judged by hand: verdicts in bench/data/trust/ecbplus-corroboration/.

Each odd topic's gold stories (topic x ``ecb``/``ecbplus`` suffix) are woven one at a time, as
``bench/trust/ecbplus_events.py`` does, and every claim the briefing marks ``corroborated`` (or ``disputed``)
is read back from the briefing JSON as a ``ClaimRecord``: its status and its mentions, each a document and
a character span in the cleaned text. A verdict judges a claim only when the status and the whole set of
mentions match, so a claim that gained or lost a mention is unjudged until someone judges it again.
Precision = right / judged; the unjudged are counted in the note.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from bench.harness import weave_options
from bench.trust.ecbplus import TUNE_TOPICS, EcbDoc

LABELS = Path(__file__).resolve().parent.parent / "data" / "trust" / "ecbplus-corroboration"
JUDGED_STATUSES = ("corroborated", "disputed")
MAX_TEXT_WORDS = 12  # claim text stored with a verdict, to recognise it; no more article text than that

Mention = tuple[str, int, int]  # (document name, start, end) in the loader's cleaned text
_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class ClaimRecord:
    status: str
    mentions: tuple[Mention, ...]  # sorted
    text: str  # the claim's text, cut to MAX_TEXT_WORDS words
    origins: int  # independent origins the product counted
    # Details of the wording that one origin alone gives (the claim's lone_details), as mentions
    lone: tuple[Mention, ...] = ()

    def key(self) -> tuple[str, tuple[Mention, ...]]:
        return (self.status, self.mentions)


@dataclass(frozen=True, slots=True)
class Verdict:
    record: ClaimRecord
    right: bool
    why: str


def short(text: str, limit: int = MAX_TEXT_WORDS) -> str:
    return " ".join(text.split()[:limit])


def records(brief: Mapping[str, Any], doc_of_path: Mapping[str, str]) -> list[ClaimRecord]:
    """Every corroborated or disputed claim of one briefing (``briefing_to_obj`` JSON)."""
    docs = {s["id"]: doc_of_path.get(s.get("path") or "", s["id"]) for s in brief.get("sources", ())}
    out = []
    for c in brief.get("claims", ()):
        if c.get("status") not in JUDGED_STATUSES:
            continue
        mentions = tuple(sorted({(docs.get(m["source"], m["source"]), int(m["start"]), int(m["end"]))
                                 for m in c.get("mentions", ())}))
        lone = tuple((docs.get(x["source"], x["source"]), int(x["start"]), int(x["end"]))
                     for x in c.get("lone_details", ()))
        out.append(ClaimRecord(status=str(c["status"]), mentions=mentions, text=short(str(c.get("text", ""))),
                               origins=int(c.get("independent_origins") or 0), lone=lone))
    return out


def woven_claims(items: Sequence[Any], story_id: str, doc_of_path: Mapping[str, str]) -> list[ClaimRecord]:
    """Weave analysed articles (``AnalyzedArticle``) as one story and list its judged-status claims."""
    from newsweave.models import Story
    from newsweave.pipeline import weave_story
    from newsweave.render.json import briefing_to_obj

    story = Story(id=story_id, article_ids=tuple(i.article.id for i in items))
    return records(briefing_to_obj(weave_story(story, items, weave_options())), doc_of_path)


def story_claims(docs: Sequence[EcbDoc], items: Sequence[Any]) -> list[ClaimRecord]:
    """Weave each gold story of a topic (``items``: the topic's AnalyzedArticles, in ``docs`` order) and list
    its corroborated and disputed claims."""
    out: list[ClaimRecord] = []
    for story in sorted({d.story for d in docs}):
        chosen = [i for d, i in zip(docs, items, strict=True) if d.story == story]
        out += woven_claims(chosen, story, {i.article.path or "": i.id for i in chosen})
    return out


# Stories woven from random halves of their reports: fewer sources, so a lower corroboration quorum and more
# claims agreed on by two origins only (the weakest kind). Their claims are a second development set, judged
# in bench/data/trust/ecbplus-corroboration/halves/ (its README). HALF_SEEDS halves per story (the tune
# topics TUNE_HALF_SEEDS: six more were drawn and judged in round 47, to learn from more wrong claims),
# seeded per topic and story; a half of fewer than HALF_MIN reports is skipped.
HALVES = LABELS / "halves"
HALF_SEEDS = 3
TUNE_HALF_SEEDS = 9
HALF_MIN = 3


# Round 69 drew six more halves per story of every odd topic (seeds after the ones above), because the rules
# fit the judged halves (tune 105/124, check 79/94) far better than the held-out halves (64/111): their new
# claims were judged blind in bench/data/trust/ecbplus-corroboration/halves-more/ (dev, read for errors).
MORE_HALVES = LABELS / "halves-more"
MORE_HALF_SEEDS = 6

# Round 75 drew six fresh halves per story of every odd topic (seeds after all the above), to measure the
# corroborated label on halves the rules had never met: their new claims were judged blind by helpers before
# any rule of that round was tried on them (bench/data/trust/ecbplus-corroboration/halves-fresh/).
FRESH_HALVES = LABELS / "halves-fresh"
FRESH_HALF_SEEDS = 6


def halves(topic: int, story: str, members: Sequence[_T], seeds: int = HALF_SEEDS,
           first: int = 0) -> list[list[_T]]:
    """The random halves of one gold story's members (in their order) that are woven: seeds ``first`` to
    ``first + seeds - 1``."""
    out = []
    for seed in range(first, first + seeds):
        rng = random.Random(seed * 7919 + topic * 31 + len(story))
        half = [m for m in members if rng.random() < 0.5]
        if len(half) >= HALF_MIN:
            out.append(half)
    return out


def half_claims(docs: Sequence[EcbDoc], items: Sequence[Any], more: bool = False,
                fresh: bool = False) -> list[ClaimRecord]:
    """The corroborated and disputed claims of every half of every gold story of a topic, each claim once;
    with ``more``, of the round 69 halves (``MORE_HALF_SEEDS`` after the judged ones) instead; with
    ``fresh``, of the round 75 halves (``FRESH_HALF_SEEDS`` after those)."""
    out: dict[tuple[str, tuple[Mention, ...]], ClaimRecord] = {}
    topic = docs[0].topic if docs else 0
    drawn = TUNE_HALF_SEEDS if topic in TUNE_TOPICS else HALF_SEEDS
    seeds, first = (drawn, 0)
    if more:
        seeds, first = MORE_HALF_SEEDS, drawn
    if fresh:
        seeds, first = FRESH_HALF_SEEDS, drawn + MORE_HALF_SEEDS
    for story in sorted({d.story for d in docs}):
        chosen = [i for d, i in zip(docs, items, strict=True) if d.story == story]
        for half in halves(topic, story, chosen, seeds, first):
            for r in woven_claims(half, story, {i.article.path or "": i.id for i in half}):
                out.setdefault(r.key(), r)
    return list(out.values())


def _record(obj: Mapping[str, Any]) -> ClaimRecord:
    return ClaimRecord(status=obj["status"],
                       mentions=tuple(sorted((m[0], int(m[1]), int(m[2])) for m in obj["mentions"])),
                       text=obj.get("text", ""), origins=int(obj.get("origins", 0)))


def load_verdicts(topic: int, root: Path = LABELS) -> list[Verdict]:
    path = root / f"topic-{topic:02d}.json"
    if not path.is_file():
        return []
    obj = json.loads(path.read_text(encoding="utf-8"))
    return [Verdict(_record(v), v["verdict"] == "right", v.get("why", "")) for v in obj["claims"]]


def record_obj(r: ClaimRecord, right: bool | None = None, why: str = "") -> dict[str, Any]:
    """A verdict's JSON (without a verdict when ``right`` is None: a claim waiting to be judged)."""
    out: dict[str, Any] = {"status": r.status, "text": short(r.text), "origins": r.origins,
                           "mentions": [list(m) for m in r.mentions]}
    if right is not None:
        out |= {"verdict": "right" if right else "wrong", "why": why}
    return out


@dataclass(slots=True)
class ClaimTally:
    found: int = 0
    judged: int = 0
    right: int = 0
    # Judged claims whose verdict was given on another wording: a change can reword a claim and keep its
    # mentions (its key), and the verdict then judges words the product no longer prints (round 64).
    reworded: int = 0

    @property
    def precision(self) -> float:
        return self.right / self.judged if self.judged else 1.0

    def add(self, found: Iterable[ClaimRecord], verdicts: Iterable[Verdict]) -> None:
        by_key = {v.record.key(): v for v in verdicts}
        for r in found:
            if r.status != "corroborated":
                continue
            self.found += 1
            if r.key() in by_key:
                v = by_key[r.key()]
                self.judged += 1
                self.right += v.right
                self.reworded += short(v.record.text).split() != short(r.text).split()

    @property
    def note(self) -> str:
        """"12/13 judged corroborated claims right, 14 found; 1 not judged yet; 1 judged on another
        wording"."""
        out = f"{self.right}/{self.judged} judged corroborated claims right, {self.found} found"
        out += f"; {self.found - self.judged} not judged yet" if self.found > self.judged else ""
        return out + (f"; {self.reworded} judged on another wording" if self.reworded else "")

    def merge(self, other: ClaimTally) -> None:
        self.found += other.found
        self.judged += other.judged
        self.right += other.right
        self.reworded += other.reworded

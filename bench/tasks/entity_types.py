"""Entity types of the roster: are the people under "Who" people, and the places places?

The roster's type is what a reader meets: it files a name under the people, the organisations or the places,
and a place gets a pin. Scored on two public sets with hand-typed entities, each system on the gold mentions
its own mentions land on:

- NewsReader MEANTIME (4 corpora x 30 Wikinews articles; dev): each corpus's roster is built over its 30
  articles, as the ``roster`` task builds it. Gold: the type of the entity each named (NAM) mention refers to
  (PER, ORG, LOC, PRO a product, FIN a market index, MIX); a system mention lands on the shortest named gold
  mention holding it.
- ECB+ (fully annotated sentences only): each gold story's roster (topic x ``ecb``/``ecbplus``). Gold:
  HUMAN_PART_PER a person; HUMAN_PART_ORG and HUMAN_PART_MET an organisation; LOC_* and HUMAN_PART_GPE a
  place; the rest things. A system mention lands on the gold mention it overlaps most. Odd topics are dev,
  even topics held out (the split of the ``ecbplus`` task).

Figures: precision of the people (system PERSON mentions whose gold type is a person, of those landing on
any gold mention), recall of the people (gold person mentions landed on that the system types a person, of
all gold person mentions any system mention lands on), and precision of the places (GPE, LOC, FAC). Peer,
same run: the spaCy model's own entity labels (PERSON; ORG; GPE, LOC, FAC), scored the same way.
The annotation conventions differ from the product's (ECB+ types a sports team named by its city an
organisation and a clinic a place), so a peer beside each figure matters more than the figure alone.
Quick mode (CI gate): the MEANTIME airbus corpus and ECB+ topic 1.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bench.harness import BenchContext, Row
from bench.tasks.roster import corpora, read_doc
from bench.trust.ecbplus import (
    Placed,
    annotated_sentences,
    to_article_with_spans,
    topic_docs,
    topics,
)
from newsweave.models import Annotations, Article

GoldMention = tuple[int, int, str]  # (start, end, class) in the article's text

PERSON, ORGANISATION, PLACE, OTHER = "person", "organisation", "place", "other"
_SYSTEM_CLASS = {"PERSON": PERSON, "ORG": ORGANISATION, "GPE": PLACE, "LOC": PLACE, "FAC": PLACE}
_MEANTIME_CLASS = {"PER": PERSON, "ORG": ORGANISATION, "LOC": PLACE}
_ECB_ENTITY = re.compile(r"^(?:HUMAN_PART|NON_HUMAN_PART|LOC_)")


def system_class(label: str) -> str:
    return _SYSTEM_CLASS.get(label, OTHER)


def ecb_class(tag: str) -> str:
    if tag == "HUMAN_PART_PER":
        return PERSON
    if tag in ("HUMAN_PART_ORG", "HUMAN_PART_MET"):
        return ORGANISATION
    if tag.startswith("LOC_") or tag == "HUMAN_PART_GPE":
        return PLACE
    return OTHER


@dataclass(slots=True)
class TypeTally:
    """(system class, gold class) counts over the gold mentions a system's mentions land on."""

    pairs: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(self, found: Iterable[tuple[int, int, str]], gold: Sequence[GoldMention],
            contained: bool) -> None:
        """``found``: (start, end, system class). Each gold mention is counted once, for the first system
        mention landing on it."""
        taken: set[int] = set()
        for start, end, kind in found:
            i = landing(start, end, gold, contained)
            if i is not None and i not in taken:
                taken.add(i)
                self.pairs[(kind, gold[i][2])] += 1

    def precision(self, kind: str) -> tuple[int, int]:
        return self.pairs[(kind, kind)], sum(v for (s, _), v in self.pairs.items() if s == kind)

    def recall(self, kind: str) -> tuple[int, int]:
        return self.pairs[(kind, kind)], sum(v for (_, g), v in self.pairs.items() if g == kind)

    def merge(self, other: TypeTally) -> None:
        self.pairs.update(other.pairs)


def landing(start: int, end: int, gold: Sequence[GoldMention], contained: bool) -> int | None:
    """The gold mention a system mention lands on: with ``contained``, the shortest one holding it (MEANTIME's
    named mentions); else the one it overlaps most (ECB+'s markables)."""
    best: tuple[int, int] | None = None
    for i, (s, e, _) in enumerate(gold):
        if contained:
            if s <= start and end <= e and (best is None or e - s < -best[0]):
                best = (-(e - s), i)
        else:
            overlap = min(e, end) - max(s, start)
            if overlap > 0 and (best is None or overlap > best[0]):
                best = (overlap, i)
    return best[1] if best else None


def roster_mentions(articles: Sequence[Article], annotations: Sequence[Annotations]
                    ) -> dict[str, list[tuple[int, int, str]]]:
    """Each article's mentions with the class of the roster entity they belong to."""
    from newsweave.weave.roster import build_roster

    roster = build_roster(articles, annotations, {a.id: a.id for a in articles})
    kinds = {e.id: e.type for e in roster.entities}
    return {aid: [(s, e, system_class(kinds[eid])) for s, e, eid in spans]
            for aid, spans in roster.spans.items()}


def spacy_mentions(articles: Sequence[Article]) -> dict[str, list[tuple[int, int, str]]]:
    from newsweave.analyze.nlp import parse

    return {a.id: [(e.start_char, e.end_char, system_class(e.label_)) for e in doc.ents]
            for a, doc in zip(articles, parse(a.text for a in articles), strict=True)}


# --- MEANTIME -----------------------------------------------------------------------------------------------

def meantime_types(path: Path) -> dict[str, str]:
    """Entity id (as ``roster.read_doc`` names it) -> gold class."""
    root = ET.parse(path).getroot()
    doc_id = root.get("doc_id", path.stem)
    out = {}
    for ent in root.iter("ENTITY"):
        key = ent.get("instance_id") or f"{doc_id}:{ent.get('m_id')}"
        out[key] = _MEANTIME_CLASS.get(ent.get("ent_type", ""), OTHER)
    return out


def meantime_corpus(path: Path, peers: bool) -> tuple[TypeTally, TypeTally]:
    from bench.tasks.roster import _annotate

    paths = sorted(path.glob("*.xml"))
    docs = [read_doc(p) for p in paths]
    articles = [d.article for d in docs]
    annotations, _ = _annotate(articles)
    ours, peer = TypeTally(), TypeTally()
    found = roster_mentions(articles, annotations)
    raw = spacy_mentions(articles) if peers else {}
    for p, doc in zip(paths, docs, strict=True):
        kinds = meantime_types(p)
        gold = [(s, e, kinds.get(ent, OTHER)) for s, e, ent, syntax in doc.mentions if syntax == "NAM"]
        ours.add(found.get(doc.article.id, ()), gold, contained=True)
        peer.add(raw.get(doc.article.id, ()), gold, contained=True)
    return ours, peer


# --- ECB+ ---------------------------------------------------------------------------------------------------

def ecb_gold(path: Path, placed: Placed, annotated: set[tuple[str, int]]) -> list[GoldMention]:
    """The entity markables of the fully annotated sentences, placed in the article's text by finding each
    token in turn inside its sentence."""
    root = ET.parse(path).getroot()
    name = path.stem
    sentence_of: dict[str, int] = {}
    words: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for tok in root.iter("token"):
        s = int(tok.get("sentence", "0"))
        sentence_of[tok.get("t_id", "")] = s
        words[s].append((tok.get("t_id", ""), tok.text or ""))
    text = placed.article.text
    offsets: dict[str, tuple[int, int]] = {}
    for s, start, end in placed.spans:
        at = start
        for tid, word in words.get(s, ()):
            found = text.find(word, at, end) if word else -1
            if found >= 0:
                offsets[tid] = (found, found + len(word))
                at = found + len(word)
    out = []
    markables = root.find("Markables")
    for mark in markables if markables is not None else ():
        if not _ECB_ENTITY.match(mark.tag):
            continue
        tids = [a.get("t_id", "") for a in mark.iter("token_anchor")]
        placed_at = [offsets[t] for t in tids if t in offsets]
        if placed_at and (name, sentence_of.get(tids[0], -1)) in annotated:
            out.append((min(a for a, _ in placed_at), max(b for _, b in placed_at), ecb_class(mark.tag)))
    return out


def ecb_topic(data: Path, topic: int, annotated: set[tuple[str, int]], peers: bool
              ) -> tuple[TypeTally, TypeTally]:
    from newsweave.analyze.pipeline import analyze

    docs = topic_docs(data, topic)
    placed = [to_article_with_spans(d) for d in docs]
    articles = [p.article for p in placed]
    annotations = analyze(articles)
    raw = spacy_mentions(articles) if peers else {}
    ours, peer = TypeTally(), TypeTally()
    for story in sorted({d.story for d in docs}):
        chosen = [i for i, d in enumerate(docs) if d.story == story]
        found = roster_mentions([articles[i] for i in chosen], [annotations[i] for i in chosen])
        for i in chosen:
            gold = ecb_gold(data / "ecbplus" / str(topic) / f"{docs[i].name}.xml", placed[i], annotated)
            ours.add(found.get(articles[i].id, ()), gold, contained=False)
            peer.add(raw.get(articles[i].id, ()), gold, contained=False)
    return ours, peer


# --- rows ---------------------------------------------------------------------------------------------------

def _ratio(pair: tuple[int, int]) -> float:
    return round(pair[0] / pair[1], 3) if pair[1] else 0.0


def rows(dataset: str, ours: TypeTally, peer: TypeTally | None) -> list[Row]:
    out = []
    for metric, kind, get in (("people precision", PERSON, TypeTally.precision),
                              ("people recall", PERSON, TypeTally.recall),
                              ("places precision", PLACE, TypeTally.precision)):
        right, total = get(ours, kind)
        peers = (("spaCy model's own labels", _ratio(get(peer, kind))),) if peer is not None else ()
        out.append(Row("entity_types", dataset, metric, _ratio((right, total)), peers=peers,
                       note=f"{right}/{total} mentions"))
    return out


def run(ctx: BenchContext) -> list[Row]:
    out: list[Row] = []
    meantime = corpora(ctx.data) if (ctx.data / "meantime").is_dir() else []
    ours, peer = TypeTally(), TypeTally()
    for corpus in meantime[:1] if ctx.quick else meantime:
        a, b = meantime_corpus(corpus, ctx.peers)
        ours.merge(a)
        peer.merge(b)
    if meantime:
        name = "meantime-airbus (dev)" if ctx.quick else "meantime (4 corpora, dev)"
        out += rows(name, ours, peer if ctx.peers else None)
    else:
        ctx.notes.append("entity_types: meantime not found; skipped")
    if not (ctx.data / "ecbplus").is_dir():
        ctx.notes.append("entity_types: ecbplus not found; skipped")
        return out
    annotated = annotated_sentences(ctx.data)
    every = topics(ctx.data)
    splits = ([("ecbplus topic 1 (dev)", [1])] if ctx.quick else
              [("ecbplus odd topics (dev)", [t for t in every if t % 2]),
               ("ecbplus even topics (held out)", [t for t in every if not t % 2])])
    for name, chosen in splits:
        ours, peer = TypeTally(), TypeTally()
        for topic in chosen:
            a, b = ecb_topic(ctx.data, topic, annotated, ctx.peers)
            ours.merge(a)
            peer.merge(b)
        out += rows(name, ours, peer if ctx.peers else None)
    return out


if __name__ == "__main__":
    for row in run(BenchContext(quick="--quick" in sys.argv)):
        print(f"{row.dataset:34} {row.metric:18} {row.newsweave:.3f}  {row.note:18} {row.peers}")

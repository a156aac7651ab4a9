"""Cross-document entity coreference of the roster on NewsReader MEANTIME (English, 4 corpora x 30 articles).

Gold: every ENTITY_MENTION linked (REFERS_TO) to an ENTITY; mentions of entities that carry a cross-document
``instance_id`` share it across articles; the others are entities of their own article.
System: each article's text is rebuilt from its tokens (offsets kept), run through newsweave's analyze stage,
and the entity mentions of the whole corpus go through ``weave.roster.build_roster`` together.
Scored on "the entities newsweave finds": the gold mentions that a system mention lands on (exact span, else
the shortest gold mention containing it). On that same set of mentions, the roster's clusters and a same-name
baseline (one entity per normalised surface string) are scored with the same MUC, B³ and CEAF-e code; CoNLL
F1 is their mean. The share of gold named (NAM) mentions found is reported beside.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.optimize import linear_sum_assignment

from bench.harness import BenchContext, Row
from newsweave.models import Annotations, Article

Clusters = list[set[str]]
_NO_SPACE_BEFORE = frozenset({",", ".", ":", ";", "'s", "’s", ")", "!", "?", "%", "n't", "'", "’"})
_NO_SPACE_AFTER = frozenset({"(", "$", "£", "€"})


@dataclass(frozen=True, slots=True)
class GoldDoc:
    article: Article
    mentions: tuple[tuple[int, int, str, str], ...]  # (start, end, entity, syntactic type)


def _root(data: Path) -> Path:
    return data / "meantime" / "intra_cross-doc_annotation"


def read_doc(path: Path) -> GoldDoc:
    """Text rebuilt from the tokens (one sentence per line) and the gold entity mentions with offsets."""
    root = ET.parse(path).getroot()
    offsets: dict[str, tuple[int, int]] = {}
    parts: list[str] = []
    pos, sentence, prev = 0, None, ""
    for tok in root.iter("token"):
        word = tok.text or ""
        if sentence is not None and tok.get("sentence") != sentence:
            sep = "\n"
        elif not parts or word in _NO_SPACE_BEFORE or prev in _NO_SPACE_AFTER:
            sep = ""
        else:
            sep = " "
        parts.append(sep)
        pos += len(sep)
        offsets[tok.get("t_id", "")] = (pos, pos + len(word))
        parts.append(word)
        pos += len(word)
        sentence, prev = tok.get("sentence"), word
    text = "".join(parts)
    doc_id = root.get("doc_id", path.stem)
    markables = root.find("Markables")
    entity_of: dict[str, str] = {}
    if markables is not None:
        for ent in markables.iter("ENTITY"):
            entity_of[ent.get("m_id", "")] = ent.get("instance_id") or f"{doc_id}:{ent.get('m_id')}"
    refers: dict[str, str] = {}
    for rel in root.iter("REFERS_TO"):
        target = rel.find("target")
        if target is None or target.get("m_id") not in entity_of:
            continue
        for src in rel.iter("source"):
            refers[src.get("m_id", "")] = entity_of[target.get("m_id", "")]
    mentions = []
    if markables is not None:
        for em in markables.iter("ENTITY_MENTION"):
            mid = em.get("m_id", "")
            tids = [a.get("t_id", "") for a in em.iter("token_anchor")]
            anchors = [offsets[t] for t in tids if t in offsets]
            if mid in refers and anchors:
                mentions.append((min(a[0] for a in anchors), max(a[1] for a in anchors), refers[mid],
                                 em.get("syntactic_type", "")))
    article = Article(id=doc_id, text=text, title=text.split("\n", 1)[0], path=str(path))
    return GoldDoc(article, tuple(sorted(mentions)))


def corpora(data: Path) -> list[Path]:
    return sorted(p for p in _root(data).iterdir() if p.is_dir())


_SPACY_TYPES = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "NORP": "NORP", "FAC": "FAC",
                "EVENT": "EVENT", "PRODUCT": "OTHER", "WORK_OF_ART": "OTHER", "LAW": "OTHER"}


def _annotate(articles: Sequence[Article]) -> tuple[tuple[Annotations, ...], str]:
    """newsweave's analyze stage; while its entity annotator is still a placeholder (no entities at all), the
    bare spaCy NER stands in so the roster itself can be measured, and the row says so."""
    from newsweave.analyze.nlp import parse
    from newsweave.analyze.pipeline import analyze
    from newsweave.models import EntityMention, Span

    annotations = analyze(articles)
    if any(ann.entities for ann in annotations):
        return annotations, "newsweave analyze"
    filled = []
    for article, ann, doc in zip(articles, annotations, parse(a.text for a in articles), strict=True):
        ents = tuple(
            EntityMention(Span(article.id, e.start_char, e.end_char), e.text,
                          _SPACY_TYPES[e.label_])  # type: ignore[arg-type]
            for e in doc.ents if e.label_ in _SPACY_TYPES)
        filled.append(Annotations(ann.article_id, ann.sentences, ents))
    return tuple(filled), "bare spaCy NER (entity annotator not landed)"


def _landing(start: int, end: int, gold: Sequence[tuple[int, int, str, str]]) -> int | None:
    """Index of the gold mention a system mention lands on: exact, else the shortest one containing it."""
    best: tuple[int, int] | None = None
    for i, (s, e, _, _) in enumerate(gold):
        if (s, e) == (start, end):
            return i
        if s <= start and end <= e and (best is None or e - s < best[0]):
            best = (e - s, i)
    return best[1] if best else None


def _same_name(text: str) -> str:
    return re.sub(r"(?:['’]s)$", "", " ".join(text.casefold().split()))


# ---- coreference metrics (Pradhan et al. 2014 definitions) ----

def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def muc(key: Clusters, response: Clusters) -> float:
    def recall(k: Clusters, r: Clusters) -> float:
        where = {m: i for i, c in enumerate(r) for m in c}
        num = den = 0
        for c in k:
            parts = {where.get(m, ("single", m)) for m in c}
            num += len(c) - len(parts)
            den += len(c) - 1
        return num / den if den else 0.0
    return _f1(recall(response, key), recall(key, response))


def b_cubed(key: Clusters, response: Clusters) -> float:
    def recall(k: Clusters, r: Clusters) -> float:
        where = {m: c for c in r for m in c}
        total = sum(len(c) for c in k)
        return sum(len(c & where.get(m, {m})) / len(c) for c in k for m in c) / total if total else 0.0
    return _f1(recall(response, key), recall(key, response))


def ceaf_e(key: Clusters, response: Clusters) -> float:
    if not key or not response:
        return 0.0
    sim = np.array([[2 * len(k & r) / (len(k) + len(r)) for r in response] for k in key])
    rows, cols = linear_sum_assignment(-sim)
    best = float(sim[rows, cols].sum())
    return _f1(best / len(response), best / len(key))


def scores(key: Clusters, response: Clusters) -> dict[str, float]:
    m, b, c = muc(key, response), b_cubed(key, response), ceaf_e(key, response)
    return {"MUC": m, "B3": b, "CEAF-e": c, "CoNLL": (m + b + c) / 3}


def _clusters(assign: Iterable[tuple[str, str]]) -> Clusters:
    groups: dict[str, set[str]] = defaultdict(set)
    for mention, cluster in assign:
        groups[cluster].add(mention)
    return list(groups.values())


def evaluate_corpus(path: Path) -> tuple[dict[str, dict[str, float]], dict[str, float], str]:
    from newsweave.weave.roster import build_roster

    docs = [read_doc(p) for p in sorted(path.glob("*.xml"))]
    articles = [d.article for d in docs]
    annotations, how = _annotate(articles)
    roster = build_roster(articles, annotations, {a.id: a.id for a in articles})
    key, ours, baseline = [], [], []
    found_named = 0
    for doc, ann in zip(docs, annotations, strict=True):
        taken: set[int] = set()
        for m in ann.entities:
            i = _landing(m.span.start, m.span.end, doc.mentions)
            if i is None or i in taken:
                continue
            taken.add(i)
            mid = f"{doc.article.id}:{i}"
            key.append((mid, doc.mentions[i][2]))
            ours.append((mid, roster.entity_for(doc.article.id, m.span.start, m.span.end) or mid))
            baseline.append((mid, _same_name(m.text)))
        found_named += sum(1 for i in taken if doc.mentions[i][3] == "NAM")
    gold_named = sum(1 for d in docs for m in d.mentions if m[3] == "NAM")
    result = {"newsweave roster": scores(_clusters(key), _clusters(ours)),
              "same-name baseline": scores(_clusters(key), _clusters(baseline))}
    coverage = {"mentions scored": float(len(key)),
                "NAM recall": found_named / gold_named if gold_named else 0.0}
    return result, coverage, how


def run(ctx: BenchContext) -> list[Row]:
    if not _root(ctx.data).is_dir():
        ctx.notes.append("roster: meantime not found; skipped")
        return []
    chosen = corpora(ctx.data)[:1] if ctx.quick else corpora(ctx.data)
    rows: list[Row] = []
    totals: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for corpus in chosen:
        result, coverage, how = evaluate_corpus(corpus)
        name = corpus.name.removeprefix("corpus_")
        note = (f"{int(coverage['mentions scored'])} gold mentions found by {how}; "
                f"gold named-mention recall {100 * coverage['NAM recall']:.1f}%")
        for metric in ("B3", "CoNLL"):
            rows.append(Row("roster", f"meantime-{name}", f"cross-doc entity coref {metric} F1",
                            round(100 * result["newsweave roster"][metric], 2),
                            peers=(("same-name baseline",
                                    round(100 * result["same-name baseline"][metric], 2)),),
                            note=note))
        for system, figures in result.items():
            for metric, value in figures.items():
                totals[system][metric].append(value)
    if len(chosen) > 1:
        for metric in ("MUC", "B3", "CEAF-e", "CoNLL"):
            ours = float(np.mean(totals["newsweave roster"][metric]))
            base = float(np.mean(totals["same-name baseline"][metric]))
            rows.append(Row("roster", "meantime (4 corpora, mean)", f"cross-doc entity coref {metric} F1",
                            round(100 * ours, 2), peers=(("same-name baseline", round(100 * base, 2)),)))
    return rows


if __name__ == "__main__":
    for row in run(BenchContext(quick="--quick" in sys.argv)):
        print(f"{row.dataset} | {row.metric} | newsweave {row.newsweave} | {row.peers} | {row.note}")

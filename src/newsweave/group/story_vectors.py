"""The vector space of story clustering: an article's content terms and entity keys, the sparse unit vectors
built from them, and the weighted cosine that compares an article or a story with a story (``stories`` runs
the clustering on these; ``batch_pass`` compares reports with them).
"""

from __future__ import annotations

import functools
import heapq
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from newsweave.lang import stop_words_for
from newsweave.lang.en import stop_words
from newsweave.models import Annotations, Article, StorySketch
from newsweave.text import LETTER_WORD, ascii_fold

# --- tuning constants -------------------------------------------------------------------------------------
# Calibrated by grid search on the dev streams with the thresholds in ``stories`` (see JOIN_THRESHOLD
# there): MEANTIME (4 corpora x 30 articles) plus MultiLing 2011 English topics 0-4; topics 5-9 held out.
# Both kinds of evidence: an article joins only if the geometric mean of its term and entity cosines reaches
# this (correct joins on the dev streams sit at 0.08 and above), so shared generic vocabulary alone (one
# earthquake and another, in two countries) does not make one story.
BOTH_EVIDENCE_MIN = 0.08
TERM_WEIGHT = 0.9  # content terms vs named entities in the similarity (grid 0.5-0.9 on MEANTIME)
ENTITY_WEIGHT = 1.0 - TERM_WEIGHT
HEADLINE_WEIGHT = 0.3  # cosine of the headline to the story's headlines: headlines name the event
TITLE_BOOST = 2  # headline words count this many times: they name the event

ENTITY_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"})
MIN_TERM_CHARS = 3

_NEWS_STOP = frozenset({"said", "says", "told", "according", "year", "years", "new", "also"})


@functools.lru_cache(maxsize=16)
def stop_for(language: str) -> frozenset[str]:
    """Plus the article's own pack's stop words, folded like the terms: French "les", "pour" must not outweigh
    the names a French report shares with English ones (MultiLing en+fr pairwise F1 0.76 -> 0.91)."""
    return stop_words() | _NEWS_STOP | frozenset(ascii_fold(w) for w in stop_words_for(language))


@dataclass(slots=True)
class LiveStory:
    """A live story's (or one article's) vectors. Mutable on purpose: the clusterer (``stories``) grows it in
    place; nothing outside ``group`` sees it."""

    sketch: StorySketch
    terms: dict[str, float]
    entities: dict[str, float]
    first: date | None
    last: date | None
    term_norm: float = 0.0
    entity_norm: float = 0.0
    headline: dict[str, float] = field(default_factory=dict)
    headline_norm: float = 0.0
    members: list[str] = field(default_factory=list)  # only for cluster_batch


_EMPTY = StorySketch("", 0, None, None, None, 0, (), ())


def norm(vec: dict[str, float]) -> float:
    return math.sqrt(sum(v * v for v in vec.values()))


def cosine(a: dict[str, float], a_norm: float, b: dict[str, float], b_norm: float) -> float:
    if not a_norm or not b_norm:
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(k, 0.0) for k, v in a.items()) / (a_norm * b_norm)


def top_weights(vec: dict[str, float], k: int) -> dict[str, float]:
    if len(vec) <= k:
        return vec
    return dict(heapq.nlargest(k, vec.items(), key=lambda kv: kv[1]))


def unit(vec: dict[str, float]) -> dict[str, float]:
    n = norm(vec)
    return {k: v / n for k, v in vec.items()} if n else {}


def add_vectors(a: dict[str, float], b: dict[str, float]) -> dict[str, float]:
    out = dict(a)
    for k, v in b.items():
        out[k] = out.get(k, 0.0) + v
    return out


def similarity(a: LiveStory, b: LiveStory) -> float:
    """Weighted term, entity and headline cosine; 0 when entity evidence is missing (BOTH_EVIDENCE_MIN)."""
    term_sim = cosine(a.terms, a.term_norm, b.terms, b.term_norm)
    ent_sim = cosine(a.entities, a.entity_norm, b.entities, b.entity_norm)
    if a.entities and b.entities and math.sqrt(term_sim * ent_sim) < BOTH_EVIDENCE_MIN:
        return 0.0
    head_sim = cosine(a.headline, a.headline_norm, b.headline, b.headline_norm)
    weighted = TERM_WEIGHT * term_sim + ENTITY_WEIGHT * ent_sim + HEADLINE_WEIGHT * head_sim
    return weighted / (TERM_WEIGHT + ENTITY_WEIGHT + HEADLINE_WEIGHT)


def overlap(a: dict[str, float], b: dict[str, float]) -> bool:
    if len(a) > len(b):
        a, b = b, a
    return any(k in b for k in a)


def content_terms(article: Article) -> Counter[str]:
    words: Counter[str] = Counter()
    stop = stop_for(article.language)
    for m in LETTER_WORD.findall(article.text):
        w = ascii_fold(m)
        if len(w) >= MIN_TERM_CHARS and w not in stop:
            words[w] += 1
    for w in LETTER_WORD.findall(article.title or ""):
        f = ascii_fold(w)
        if len(f) >= MIN_TERM_CHARS and f not in stop:
            words[f] += TITLE_BOOST
    return words


def entity_keys(annotations: Annotations) -> Counter[str]:
    keys: Counter[str] = Counter()
    for e in annotations.entities:
        if e.type in ENTITY_TYPES:
            key = " ".join(LETTER_WORD.findall(ascii_fold(e.text)))
            key = key.removeprefix("the ")
            if key:
                keys["e:" + key] += 1
    return keys


def vector_live(terms: dict[str, float], ents: dict[str, float], head: dict[str, float]) -> LiveStory:
    """Unit vectors as a one-member story (norm 1, or 0 when empty)."""
    return LiveStory(_EMPTY, terms, ents, None, None, float(bool(terms)), float(bool(ents)), head,
                     float(bool(head)))


def centroid(members: Sequence[LiveStory]) -> LiveStory:
    """Several articles' unit vectors as one: each part summed, then scaled to unit length."""
    parts = zip(*((v.terms, v.entities, v.headline) for v in members), strict=True)
    terms, ents, head = (unit(functools.reduce(add_vectors, p, {})) for p in parts)
    return vector_live(terms, ents, head)

"""Retold reports: two articles of different families in which other sentences say the same in other words.

The family rules (group/families.py) join articles that share wording: reused passages, edited paragraphs.
A report that another site retells sentence by sentence shares none of that wording, yet it is one origin.
Blind judges of the ECB+ half-story dev set named such retellings as the main error of corroborated claims
(20 of 29 wrong tune claims in round 47), and no lexical measure separated them from independent reports.
The sentence encoder does in part: two reports that say the claim and also say another of their sentences in
near-identical terms ("twins") are retold more often than other pairs. The evidence is weak (on untouched
ECB+ stories about 6 in 10 claims it takes were still judged independent: see the README), so it never joins
families; it only keeps a claim that rests on exactly two origins from being called corroborated
(corroborate.corroborating_origins), and the briefing says why, as a possibility.

Sentences in quotation marks are left out: independent reports quote the same words from one press
conference. The claim's own sentences are left out too: they are what the two reports are expected to share.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from newsweave.semantic.encoder import SentenceEncoder, load_encoder
from newsweave.weave.statements import Statement

# Calibrated on the tune half of the ECB+ half-story set (gold stories woven from random halves of their
# reports, 178 corroborated claims judged blind, 37 wrong): the rule as written (a twin at cosine 0.8 or more,
# twins covering a tenth of the shorter report's sentences) took 20 wrong and 21 right claims, the most wrong
# ones for the right ones lost. At cosine 0.85 it took 12 wrong and 9 right, at 0.75 22 wrong and 49 right; a
# share of 0.2 took 11 wrong and 8 right, two twins (any share) 3 wrong and 8 right. Sentences shorter than
# RETOLD_MIN_WORDS words are headlines and captions, which independent pages word alike.
TWIN_COSINE = 0.8
RETOLD_SHARE = 0.1
RETOLD_MIN_WORDS = 8

# A sentence ends at a stop and any closing quotes before white space (group/families.py splits the same
# way) or at a line break.
_SENTENCE = re.compile(r"[^\n]+?[.!?]['\"”’]*(?=\s)|[^\n]+")
_QUOTATION = re.compile(r"[\"“”«»„]|``|''")
_ENDS = re.compile(r"[.!?]['\"”’]*$")


@dataclass(frozen=True, slots=True)
class Unit:
    start: int
    end: int


def sentence_units(text: str) -> list[Unit]:
    """The spans of an article's sentences that can show a retelling: whole sentences of RETOLD_MIN_WORDS
    words or more, ending a sentence, with no quotation mark."""
    out = []
    for m in _SENTENCE.finditer(text):
        piece = m.group().strip()
        if len(piece.split()) < RETOLD_MIN_WORDS or _QUOTATION.search(piece) or not _ENDS.search(piece):
            continue
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        out.append(Unit(start, start + len(piece)))
    return out


def twins(similarity: np.ndarray, keep_a: Sequence[int], keep_b: Sequence[int]) -> int:
    """Pairs of sentences, each used once, at TWIN_COSINE or more (the closest pairs first), among the rows
    ``keep_a`` and columns ``keep_b`` of a cosine matrix."""
    pairs = sorted(((float(similarity[i, j]), i, j) for i in keep_a for j in keep_b
                    if similarity[i, j] >= TWIN_COSINE), reverse=True)
    used_a: set[int] = set()
    used_b: set[int] = set()
    for _, i, j in pairs:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
    return len(used_a)


@dataclass
class Retellings:
    """One story's articles, encoded sentence by sentence on first use: only the reports of claims that
    rest on two origins are ever encoded, and the encoder is loaded (once per process) only then."""

    texts: Mapping[str, str]  # article id -> cleaned text
    encoder: Callable[[], SentenceEncoder | None] = load_encoder
    _units: dict[str, tuple[list[Unit], np.ndarray]] = field(default_factory=dict)

    def _encoded(self, article_id: str) -> tuple[list[Unit], np.ndarray]:
        if article_id not in self._units:
            text = self.texts.get(article_id, "")
            encoder = self.encoder()
            units = sentence_units(text) if encoder is not None else []
            vectors = (encoder.encode([text[u.start:u.end] for u in units]) if encoder is not None and units
                       else np.zeros((0, 0), dtype=np.float32))
            self._units[article_id] = (units, vectors)
        return self._units[article_id]

    def retold(self, a: Sequence[Statement], b: Sequence[Statement]) -> bool:
        """Whether the report of statements ``a`` and that of ``b`` (two articles) say another sentence in
        near-identical terms, in at least RETOLD_SHARE of the shorter report's sentences."""
        if not a or not b:
            return False
        (units_a, va), (units_b, vb) = self._encoded(a[0].article_id), self._encoded(b[0].article_id)
        shorter = min(len(units_a), len(units_b))
        if shorter == 0:
            return False
        keep_a = [i for i, u in enumerate(units_a) if not _overlaps(u, a)]
        keep_b = [j for j, u in enumerate(units_b) if not _overlaps(u, b)]
        if not keep_a or not keep_b:
            return False
        found = twins(va @ vb.T, keep_a, keep_b)
        return found >= 1 and found / shorter >= RETOLD_SHARE


def _overlaps(unit: Unit, statements: Sequence[Statement]) -> bool:
    return any(s.start < unit.end and unit.start < s.end for s in statements)

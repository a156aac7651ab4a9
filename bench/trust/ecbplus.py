"""ECB+ (Cybulska & Vossen 2014, CROMER XML) -> newsweave Articles, with each sentence's span in the cleaned
text and the cross-document event chains it mentions.

A file ``<topic>/<topic>_<n>ecb.xml`` or ``…ecbplus.xml`` holds tokens (``t_id``, ``sentence``),
mentions (``ACTION_*``/``NEG_*`` for events, anchored on tokens) and ``CROSS_DOC_COREF`` relations whose
``note`` is the chain's instance id, shared by every document that mentions the event. The ``ecbplus``
files start with the page's URL as sentence 0; it is not article text and is left out.
``ECBplus_coreference_sentences.csv`` lists the sentences annotated in full: only those judge alignment.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from newsweave.ingest import to_article
from newsweave.models import Article, Metadata, RawDocument

_NO_SPACE_BEFORE = re.compile(r" (?=[,.;:!?%)\]}]|'s\b|'S\b|n't\b|'re\b|'ve\b|'ll\b|'d\b|'m\b)")
_NO_SPACE_AFTER = re.compile(r"(?<=[(\[{$]) ")
_EVENT_CHAIN = re.compile(r"^(?:ACT|NEG)")
_URL = re.compile(r"https?://\S+$")
# The odd topics (dev) split for every hand-judged ECB+ set (events, figures, corroboration), fixed before any
# of them was read: tune topics and check topics. Topics 15 and 17 are absent from the corpus.
TUNE_TOPICS = (1, 3, 5, 7, 9, 11, 13)
CHECK_TOPICS = (19, 21, 23, 25, 27, 29, 31, 33, 35)
# Even topics whose corroborated claims and events a helper judged once (2026-12-03, product of 3a8384e),
# drawn with random.Random(20261203).sample before any was read: a held-out measure of those two labels, never
# read for errors by anyone who tunes the product (the even topics are the alignment and clustering test
# half).
HELD_OUT_JUDGED = (4, 6, 10, 24, 26, 30, 32, 34)
# The other even topics, judged once by helpers who never tuned the product (2026-12-04, product of 722db5e):
# a second held-out sample, taken because the first sample's event verdicts (with their reasons) were printed
# by mistake at the start of round 42 by the engineer who tunes the product, so its events figure is no
# longer a clean held-out figure. Nobody who tunes the product reads these files or their reasons.
HELD_OUT_JUDGED_2 = (2, 8, 12, 14, 16, 18, 20, 22, 28)
HELD_OUT_SAMPLES = HELD_OUT_JUDGED + HELD_OUT_JUDGED_2


@dataclass(frozen=True, slots=True)
class EcbDoc:
    name: str  # "3_1ecbplus"
    topic: int
    story: str  # gold story: "<topic>ecb" or "<topic>ecbplus"
    sentences: tuple[tuple[int, str], ...]  # (sentence number, detokenised text), URL line left out
    events: dict[int, frozenset[str]]  # sentence number -> cross-document event chains mentioned there
    # The page address an ``ecbplus`` document keeps as its first line (``ecb`` documents have none): the
    # metadata a scraped page comes with, so the product reads the outlet from it as it does on ingest.
    url: str | None = None


def detokenize(tokens: Sequence[str]) -> str:
    text = " ".join(t for t in tokens if t)
    return _NO_SPACE_AFTER.sub("", _NO_SPACE_BEFORE.sub("", text))


def read_doc(path: Path) -> EcbDoc:
    root = ET.parse(path).getroot()
    name = path.stem
    m = re.fullmatch(r"(\d+)_\d+(ecb(?:plus)?)", name)
    if m is None:
        raise ValueError(f"{path}: not an ECB+ file name")
    topic, suffix = int(m.group(1)), m.group(2)
    sentence_of: dict[str, int] = {}
    words: dict[int, list[str]] = defaultdict(list)
    for tok in root.iter("token"):
        s = int(tok.get("sentence", "0"))
        sentence_of[tok.get("t_id", "")] = s
        words[s].append(tok.text or "")
    anchors: dict[str, set[int]] = {}
    markables = root.find("Markables")
    for mark in markables if markables is not None else ():
        if mark.tag.startswith(("ACTION", "NEG")):
            anchors[mark.get("m_id", "")] = {sentence_of[a.get("t_id", "")] for a in mark.iter("token_anchor")
                                             if a.get("t_id", "") in sentence_of}
    events: dict[int, set[str]] = defaultdict(set)
    relations = root.find("Relations")
    for rel in relations if relations is not None else ():
        chain = rel.get("note", "")
        if rel.tag != "CROSS_DOC_COREF" or not _EVENT_CHAIN.match(chain):
            continue
        for src in rel.iter("source"):
            for s in anchors.get(src.get("m_id", ""), ()):
                events[s].add(chain)
    first = 1 if suffix == "ecbplus" else 0
    sentences = tuple((s, detokenize(words[s])) for s in sorted(words) if s >= first)
    address = "".join(words[0]) if first else ""
    return EcbDoc(name, topic, f"{topic}{suffix}", tuple((s, t) for s, t in sentences if t),
                  {s: frozenset(c) for s, c in events.items()},
                  address if _URL.match(address) else None)


def annotated_sentences(data: Path) -> set[tuple[str, int]]:
    """(document name, sentence number) of the sentences annotated in full."""
    out = set()
    path = data / "ecbplus" / "ECBplus_coreference_sentences.csv"
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        parts = line.strip().split(",")
        if len(parts) == 3 and parts[2].strip().isdigit():
            out.add((f"{parts[0].strip()}_{parts[1].strip()}", int(parts[2])))
    return out


def topics(data: Path) -> list[int]:
    root = data / "ecbplus"
    return sorted(int(p.name) for p in root.iterdir() if p.is_dir() and p.name.isdigit())


def topic_docs(data: Path, topic: int) -> list[EcbDoc]:
    return [read_doc(p) for p in sorted((data / "ecbplus" / str(topic)).glob("*.xml"))]


@dataclass(frozen=True, slots=True)
class Placed:
    article: Article
    spans: tuple[tuple[int, int, int], ...]  # (sentence number, start, end) in the cleaned text

    def sentence_at(self, offset: int) -> int | None:
        for s, start, end in self.spans:
            if start <= offset < end:
                return s
        return None


def to_article_with_spans(doc: EcbDoc) -> Placed:
    """One sentence per paragraph through the product's ingest; the first sentence is the headline."""
    text = "\n\n".join(t for _, t in doc.sentences)
    title = doc.sentences[0][1] if doc.sentences else None
    article = to_article(RawDocument(item=doc.name, text=text, path=doc.name,
                                     metadata=Metadata(id=doc.name, title=title, url=doc.url)))
    spans = []
    at = 0
    for s, sentence in doc.sentences:
        found = article.text.find(sentence, at)
        if found >= 0:
            spans.append((s, found, found + len(sentence)))
            at = found + len(sentence)
    return Placed(article, tuple(spans))

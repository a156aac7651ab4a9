"""The cited summary: the most central, best corroborated, least redundant source sentences.

Every summary sentence is a whole sentence and an exact span of one source (``text ==
source.text[start:end]``); the word cap is an upper bound, never a place to cut a sentence. What the
reader must know about a sentence's standing (single source, disputed) goes into
``SummarySentence.note``, never into ``text``.

Ranking: relevance = weighted LexRank centrality + closeness to the story centroid + lead position +
corroboration (independent origins of the claim a sentence states, or, without claims, how many other
sources say something similar); selection by Maximal Marginal Relevance (Carbonell & Goldstein 1998).
A sentence that goes on from the one before it ("He said ...", "But ...": the language's
``continuing_opening``) is shown only right after that sentence, which is chosen with it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from newsweave.lang import reads_statements, statement_words
from newsweave.lang.xx import strip_dateline
from newsweave.models import Annotations, Article, Citation, Claim, Span, SummarySentence
from newsweave.text import fallback_sentence_spans
from newsweave.weave.ranking import Matrix, cosine, lexrank, scaled, tfidf
from newsweave.weave.statements import verb_starts, verbless

# Sentences shorter than this are headlines, captions, datelines or fragments; longer ones are run-ons
# glued by a failed split. Both bounds were checked on the seeds and MultiLing 2011 topics 1-5.
MIN_SENTENCE_WORDS = 8
MAX_SENTENCE_WORDS = 70
# Relevance weights: grid search for ROUGE-2 recall on MultiLing 2011 English topics 1-5 (bench summary task;
# position 0-0.7, centroid 0-0.6, support 0-0.3, MMR lambda 0.5-0.85): lead position and the centroid matter
# most (22.1 here, LexRank centrality alone 17.4).
WEIGHT_CENTRALITY = 0.35
WEIGHT_CENTROID = 0.6
WEIGHT_POSITION = 0.4
WEIGHT_SUPPORT = 0.1
# Lead bias: the k-th sentence of an article (0-based) scores 1 / (1 + k) ** POSITION_DECAY.
POSITION_DECAY = 0.5
# MMR trade-off between relevance and redundancy (1 = relevance only), and the cosine above which a
# candidate repeats a chosen sentence outright. Tuned on MultiLing 2011 English topics 1-5.
MMR_LAMBDA = 0.7
REDUNDANT_COSINE = 0.5
# Two sentences of different sources "say something similar" (corroboration without claims) above this.
SUPPORT_COSINE = 0.35

_TERMINAL = re.compile(r"[.!?।॥؟。][\"'”’»)\]]*$")  # full stops of Latin, Devanagari, Arabic, CJK scripts
# A sentence ending this many characters past a quotation's content (its full stop, the closing mark) is
# still inside it.
QUOTE_END_SLACK = 2
_OPEN_QUOTE = "\"“‘'«"
_CLOSE_QUOTE = "\"”’'»"


@dataclass(frozen=True, slots=True)
class _Candidate:
    article_id: str
    start: int
    end: int
    text: str
    position: int  # index among the article's usable sentences: lead sentences come first
    sentence: int  # index among all the article's sentences
    continues: bool  # goes on from the sentence before it: unreadable alone

    @property
    def words(self) -> int:
        return len(self.text.split())


def _sentence_spans(article: Article, ann: Annotations) -> tuple[Span, ...]:
    if ann.sentences:
        return ann.sentences
    return tuple(Span(article.id, s, e) for s, e in fallback_sentence_spans(article.text))


def _usable(text: str, title: str | None) -> bool:
    """A sentence a reader can take alone: not a headline, caption, fragment or bare quotation."""
    n = len(text.split())
    if not MIN_SENTENCE_WORDS <= n <= MAX_SENTENCE_WORDS or "\n" in text:
        return False
    if not _TERMINAL.search(text) or (title and text.strip().rstrip(".") == title.strip().rstrip(".")):
        return False
    first = text[0]
    if first.islower() or not (first.isalnum() or first in _OPEN_QUOTE):
        return False
    # Quotation only, with no speaker outside the marks: unreadable without its context.
    return not (first in _OPEN_QUOTE and text.rstrip(".")[-1] in _CLOSE_QUOTE)


def _quoting(cand: _Candidate, ann: Annotations | None) -> str | None:
    """A note for a sentence that is part of someone's quoted words (the middle of a long quotation, with no
    marks of its own): without it the summary would state a speaker's words as fact. Kept, not dropped: such
    sentences carry the story's content (dropping them cost ROUGE on the MultiLing tuning topics)."""
    for q in ann.quotes if ann is not None else ():
        if q.kind == "direct" and q.span.start <= cand.start and cand.end <= q.span.end + QUOTE_END_SLACK:
            return f"quoting {q.speaker}" if q.speaker else "quoted words; the text does not say whose"
    return None


def _candidates(article: Article, ann: Annotations) -> list[_Candidate]:
    out: list[_Candidate] = []
    words = statement_words(article.language)
    verbs = verb_starts(ann)
    for k, span in enumerate(_sentence_spans(article, ann)):
        # A wire dateline ("CITY, Region (Agency) - ") is not part of what the reader needs to see.
        begin = strip_dateline(article.text, span.start, span.end)
        raw = article.text[begin : span.end]
        lead = len(raw) - len(raw.lstrip())
        text = raw.strip()
        if text and _usable(text, article.title) and not verbless(article.text, begin + lead, span.end, verbs,
                                                                   words):
            start = begin + lead
            out.append(_Candidate(article.id, start, start + len(text), text, len(out), k,
                                  words.continuing_opening.match(text) is not None))
    return out


def _leads_in(cands: Sequence[_Candidate]) -> list[int | None]:
    """For each candidate that goes on from the sentence before it, that sentence's candidate index when it
    is one (usable, right before it in the article, and readable alone itself); None otherwise."""
    index = {(c.article_id, c.sentence): i for i, c in enumerate(cands)}
    out: list[int | None] = []
    for c in cands:
        lead = index.get((c.article_id, c.sentence - 1)) if c.continues else None
        out.append(lead if lead is not None and not cands[lead].continues else None)
    return out


def _claim_of(cand: _Candidate, sid: str, claims: Sequence[Claim]) -> Claim | None:
    """The claim whose mention in this source overlaps the sentence most."""
    best: tuple[int, Claim] | None = None
    for claim in claims:
        for m in claim.mentions:
            if m.source != sid:
                continue
            overlap = min(m.end, cand.end) - max(m.start, cand.start)
            if overlap > 0 and (best is None or overlap > best[0]):
                best = (overlap, claim)
    return best[1] if best else None


def _support_without_claims(cands: Sequence[_Candidate], sim: Matrix) -> Matrix:
    """How many other sources have a similar sentence."""
    support = np.zeros(len(cands))
    for i, c in enumerate(cands):
        similar = np.nonzero(sim[i] >= SUPPORT_COSINE)[0].tolist()
        others = {cands[j].article_id for j in similar if cands[j].article_id != c.article_id}
        support[i] = len(others)
    return support


def _standing(claim: Claim, outlet: str, outlets: int) -> str:
    """Why a single-source claim's sentence stands alone, in the reader's terms. Carried by one outlet
    (``outlets``: how many carry it), that outlet, after the party it relays when it names one ("single
    source: Kelmouth Dockers Union, in Harbour Voice": our example, read as a user, where the outlet alone
    read as the union's statement's source); carried by several, what they share: the party they relay
    ("single source: Kelmouth Harbour Authority, in 3 reports", not the outlet of the one sentence shown).
    No single name when several origins carry it but the weave could not count them as agreeing (the claim
    list says why)."""
    if claim.independent_origins > 1:
        return "counted as one source"
    if not claim.origins:
        return f"single source: {outlet}"
    if outlets <= 1:
        return f"single source: {claim.origins[0]}, in {outlet}"
    return f"single source: {claim.origins[0]}, in {len(claim.sources)} reports"


def _note(claim: Claim | None, support: float, outlet: str, several_sources: bool,
          outlet_of: Mapping[str, str]) -> str | None:
    if claim is not None:
        details = "; ".join(dict.fromkeys(c.detail for c in claim.conflicts if c.detail))
        contested = f"disputed: {details}" if details else "disputed"
        if claim.status == "single_source":
            outlets = len({outlet_of.get(sid, sid) for sid in claim.sources})
            return _standing(claim, outlet, outlets) + (f"; {contested}" if claim.conflicts else "")
        if claim.status == "corroborated" and claim.conflicts:  # only lone figures differ from it
            return f"one source differs: {details}"
        return contested if claim.conflicts else None
    if several_sources and support == 0:
        return f"single source: {outlet}"
    return None


def _relevance(cands: Sequence[_Candidate], vectors: Matrix, sim: Matrix, support: Matrix) -> Matrix:
    centrality = scaled(lexrank(sim))
    centroid = vectors.mean(axis=0)
    norm = float(np.linalg.norm(centroid))
    closeness = scaled(vectors @ (centroid / norm)) if norm > 0 else np.zeros(len(cands))
    position = np.array([1.0 / (1.0 + c.position) ** POSITION_DECAY for c in cands])
    relevance: Matrix = (WEIGHT_CENTRALITY * centrality + WEIGHT_CENTROID * closeness
                         + WEIGHT_POSITION * position + WEIGHT_SUPPORT * scaled(support))
    return relevance


def _select(relevance: Matrix, sim: Matrix, lengths: Sequence[int], max_words: int,
            continues: Sequence[bool] = (), leads_in: Sequence[int | None] = ()) -> list[int]:
    """MMR picks (candidate indices) of whole sentences within ``max_words``.

    A sentence longer than what is left of the budget is passed over, not cut, and a shorter one further
    down the ranking may still fill the gap: the cap is an upper bound filled with whole sentences. A
    sentence that ``continues`` from the one before it is picked together with that sentence (``leads_in``:
    its index; None for every other sentence), right after it, or not at all when that sentence is no
    candidate or both do not fit.
    """
    n = len(lengths)
    continues = list(continues) or [False] * n
    leads_in = list(leads_in) or [None] * n
    chosen: list[int] = []
    used = 0
    redundancy = np.zeros(n)  # highest similarity to anything chosen so far

    def cost(i: int) -> int:
        lead = leads_in[i]
        return lengths[i] + (lengths[lead] if lead is not None and lead not in chosen else 0)

    def fits(i: int) -> bool:
        return (not continues[i] or leads_in[i] is not None) and cost(i) <= max_words - used

    open_ = np.array([fits(i) for i in range(n)], dtype=bool)
    while open_.any():
        mmr = MMR_LAMBDA * relevance - (1 - MMR_LAMBDA) * redundancy
        best = int(np.argmax(np.where(open_, mmr, -np.inf)))
        open_[best] = False
        lead = leads_in[best] if leads_in[best] not in chosen else None
        repeats = max(redundancy[best], redundancy[lead] if lead is not None else 0.0)
        if chosen and repeats >= REDUNDANT_COSINE:
            continue
        for i in ([lead] if lead is not None else []) + [best]:
            # Shown right after the sentence it goes on from, even one chosen earlier.
            before = leads_in[i]
            chosen.insert(chosen.index(before) + 1 if before in chosen else len(chosen), i)
            used += lengths[i]
            redundancy = np.maximum(redundancy, sim[i])
            open_[i] = False
        open_ &= np.array([fits(i) for i in range(n)], dtype=bool)
    return chosen


def summarize(
    articles: Sequence[Article],
    annotations: Sequence[Annotations],
    claims: Sequence[Claim],
    source_ids: Mapping[str, str],
    duplicates: frozenset[str],
    max_words: int,
) -> tuple[SummarySentence, ...]:
    """At most ``max_words`` words of whole cited source sentences, most important first."""
    if max_words <= 0:
        return ()
    by_id = {a.id: a for a in articles}
    ann_of = {a.article_id: a for a in annotations}
    cands: list[_Candidate] = []
    for ann in annotations:
        article = by_id.get(ann.article_id)
        if article is not None and article.id not in duplicates:
            cands.extend(_candidates(article, ann))
    if not cands:
        return ()
    vectors = tfidf([c.text for c in cands])
    sim = cosine(vectors)
    sids = [source_ids.get(c.article_id, c.article_id) for c in cands]
    matched = [_claim_of(c, sid, claims) for c, sid in zip(cands, sids, strict=True)]
    if claims:
        support = np.array([float(m.independent_origins - 1) if m else 0.0 for m in matched])
    else:
        support = _support_without_claims(cands, sim)
    relevance = _relevance(cands, vectors, sim, support)
    several = len({c.article_id for c in cands}) > 1
    outlet_of = {source_ids.get(a.id, a.id): (a.outlet or a.id).casefold() for a in articles}
    out: list[SummarySentence] = []
    picks = _select(relevance, sim, [c.words for c in cands], max_words, [c.continues for c in cands],
                    _leads_in(cands))
    for i in picks:
        cand = cands[i]
        outlet = by_id[cand.article_id].outlet or sids[i]
        claim = matched[i]
        note = _note(claim, float(support[i]), outlet, several and not claims, outlet_of)
        if not reads_statements(by_id[cand.article_id].language):
            note = None  # no standing is claimed where no rules read claims (no pack, or French for now)
        quoting = _quoting(cand, ann_of.get(cand.article_id))
        if quoting:
            note = f"{quoting}; {note}" if note else quoting
        out.append(SummarySentence(text=cand.text, citations=(Citation(sids[i], cand.start, cand.end),),
                                   claim=claim.id if claim else None, note=note))
    return tuple(out)

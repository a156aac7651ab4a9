"""Per-clause facts of an article (``SentenceFacts``), as its language pack's cues read them.

Analysis emits them; weave recomputes them only for annotations stored before they existed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsweave.lang.pack import LanguagePack, SentenceCues
from newsweave.lang.xx.datelines import strip_dateline
from newsweave.models import SentenceFacts, Span
from newsweave.text import fallback_sentence_spans

# A statement is a sentence cut at line breaks and semicolons.
_CLAUSE = re.compile(r"[^\n;]+")
_NO_CUES = SentenceCues()


def clause_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each clause of ``text[start:end]``, without surrounding white space."""
    out = []
    for m in _CLAUSE.finditer(text, start, end):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def sentence_facts(
    article_id: str, text: str, sentences: Sequence[Span], pack: LanguagePack | None
) -> tuple[SentenceFacts, ...]:
    """Facts of every clause of every sentence (rough sentences when none are annotated), in text order.
    Without a pack, or a cue the pack lacks, the flag is None and no lead attribution is read."""
    cues = pack.sentence_cues if pack is not None else _NO_CUES
    spans = [(s.start, s.end) for s in sentences] or fallback_sentence_spans(text)
    out = []
    for s_start, s_end in spans:
        for c_start, end in clause_spans(text, s_start, s_end):
            start = strip_dateline(text, c_start, end)
            statement = text[start:end]
            lead = cues.lead_attribution.match(statement) if cues.lead_attribution is not None else None
            out.append(SentenceFacts(
                span=Span(article_id, c_start, end),
                statement_start=start,
                negated=None if cues.negation is None else cues.negation.search(statement) is not None,
                hedged=None if cues.hedge is None else cues.hedge.search(statement) is not None,
                lead_source=Span(article_id, start + lead.start(1), start + lead.end(1)) if lead else None,
            ))
    return tuple(out)

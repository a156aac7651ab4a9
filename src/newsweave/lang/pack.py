"""What a language pack is: the words and rules about one language that the stages may use.

A stage never decides by itself that a text is English: it asks ``pack_for(article.language)``. No pack means
no language-derived labels (the article is still ingested, grouped, cited and may be summarised).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from newsweave.models import Annotations, Article


@dataclass(frozen=True, slots=True)
class SentenceCues:
    """What analysis reads off each clause (``SentenceFacts``); a cue the pack lacks leaves its fact None."""

    negation: re.Pattern[str] | None = None  # clause negation ("not", "denied"), searched anywhere
    hedge: re.Pattern[str] | None = None  # the outlet relays a report ("reportedly"), searched anywhere
    lead_attribution: re.Pattern[str] | None = None  # matched at the clause start; group 1 is the party


@dataclass(frozen=True, slots=True)
class LanguagePack:
    code: str  # ISO 639-1, as ``Article.language`` holds it
    name: str
    stop_words: Callable[[], frozenset[str]]
    # How the analyze stage annotates the pack's articles: None means the stage's own statistical pipeline
    # (spaCy model, NER, the full rule set: English); otherwise the pack's rule-based annotator.
    annotate: Callable[[Article], Annotations] | None = None
    # Weave may read statements from its sentences (claims, their status, conflicts, number entries, events):
    # needs the pack's negation, hedge and event cues. Without them the pack's dates and quotes still show.
    statements: bool = False
    # The publication day (ISO) from a dateline standing alone in an article's first paragraphs, or None.
    # None for English, whose dateline rules live in ingest/metadata.py.
    dateline: Callable[[Sequence[str]], str | None] | None = None
    # Negation, hedge and lead-attribution cues analysis turns into each clause's ``SentenceFacts``.
    sentence_cues: SentenceCues = field(default_factory=SentenceCues)

"""What a language pack is: the words and rules about one language that the stages may use.

A stage never decides by itself that a text is English: it asks ``pack_for(article.language)``. No pack means
no language-derived labels (the article is still ingested, grouped, cited and may be summarised).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from newsweave.models import Annotations, Article


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

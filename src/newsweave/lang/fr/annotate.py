"""French annotations without a statistical model: spaCy's French rules for sentences (``spacy.blank("fr")``
and its sentencizer), then this pack's rules for dates, figures, reported speech and places. No people or
organisations: there is no French NER model on the package index, and a guessed name is worse than none."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from newsweave.lang.fr.dates import find_dates, is_dateline
from newsweave.lang.fr.numbers import find_numbers
from newsweave.lang.fr.places import find_places
from newsweave.lang.fr.quotes import find_speech
from newsweave.lang.xx.sentences import sentence_spans
from newsweave.models import Annotations, Article, Span

if TYPE_CHECKING:  # spaCy loads on the first non-English article, not when a stage imports the seam
    from spacy.language import Language


@functools.lru_cache(maxsize=1)
def french_nlp() -> Language:
    import spacy

    nlp = spacy.blank("fr")
    nlp.add_pipe("sentencizer")
    return nlp


def annotate(article: Article) -> Annotations:
    text = article.text
    sentences = tuple(Span(article.id, s, e) for s, e in sentence_spans(text, french_nlp()))
    dates = find_dates(article, sentences)
    quotes, attributions = find_speech(article.id, text, sentences)
    events = tuple(d for d in dates if not is_dateline(d, text))
    return Annotations(article.id, sentences=sentences, entities=find_places(article.id, text, sentences),
                       dates=events, quotes=quotes,
                       numbers=find_numbers(article.id, text, dates), attributions=attributions)

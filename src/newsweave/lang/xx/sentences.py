"""Sentence boundaries for text of any language: spaCy's rule-based sentencizer on a blank multi-language
pipeline (its punctuation covers Latin, Greek, Cyrillic, Arabic, Hebrew, Devanagari and CJK full stops), plus
line breaks, which always end a sentence in cleaned articles (headlines, datelines, captions)."""

from __future__ import annotations

import functools
from collections.abc import Iterator

from spacy.language import Language

from newsweave.models import Annotations, Article, Span


@functools.lru_cache(maxsize=1)
def _nlp() -> Language:
    import spacy

    nlp = spacy.blank("xx")
    nlp.add_pipe("sentencizer")
    return nlp


def sentence_spans(text: str, nlp: Language | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence, cut at line breaks, without surrounding whitespace."""
    for sent in (nlp or _nlp())(text).sents:
        start = sent.start_char
        for line in text[sent.start_char : sent.end_char].split("\n"):
            s, e = start, start + len(line)
            start = e + 1
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if s < e:
                yield s, e


def sentences_only(article: Article) -> Annotations:
    """Annotations of an article no language pack reads: its sentences, nothing language-derived."""
    spans = tuple(Span(article.id, s, e) for s, e in sentence_spans(article.text))
    return Annotations(article.id, sentences=spans)

"""Sentence boundaries for text of any language: spaCy's rule-based sentencizer on a blank multi-language
pipeline (its punctuation covers Latin, Greek, Cyrillic, Arabic, Hebrew, Devanagari and CJK full stops), plus
line breaks, which always end a sentence in cleaned articles (headlines, datelines, captions)."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import TYPE_CHECKING

from newsweave.models import Annotations, Article, Span

if TYPE_CHECKING:  # spaCy loads on the first non-English article, not when a stage imports the seam
    from spacy.language import Language


@functools.lru_cache(maxsize=1)
def _nlp() -> Language:
    import spacy

    nlp = spacy.blank("xx")
    nlp.add_pipe("sentencizer")
    return nlp


# Opening quote marks: the sentencizer leaves one that starts the next sentence at the end of the last.
_OPENING = "«“‹„"


def _bounds(text: str, nlp: Language) -> Iterator[tuple[int, int]]:
    carry: int | None = None
    for sent in nlp(text).sents:
        start, end = (carry if carry is not None else sent.start_char), sent.end_char
        carry = None
        stripped = text[start:end].rstrip()
        if stripped and stripped[-1] in _OPENING and len(stripped) > 1:
            carry = start + len(stripped) - 1
            end = carry
        yield start, end
    if carry is not None:
        yield carry, len(text)


def sentence_spans(text: str, nlp: Language | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence, cut at line breaks, without surrounding whitespace."""
    for sent_start, sent_end in _bounds(text, nlp or _nlp()):
        start = sent_start
        for line in text[sent_start:sent_end].split("\n"):
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

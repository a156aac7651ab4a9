"""Per-article analysis: one spaCy parse, then every annotator reads the same Doc.

``analyze_article`` is a pure function of (article, doc); ``analyze`` parses in batches and is what a
distributed runner would ship unchanged. Which analysis an article gets is its language pack's call: the
statistical English pipeline, a pack's own rule-based annotator, or, without a pack, sentences only.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from newsweave.analyze.attribution import attributions_from_speech
from newsweave.analyze.dates import find_dates
from newsweave.analyze.entities import find_entities
from newsweave.analyze.nlp import parse
from newsweave.analyze.numbers import find_numbers
from newsweave.analyze.quotes import find_speech, quotes_from_speech
from newsweave.lang import pack_for
from newsweave.lang.xx import sentences_only
from newsweave.models import Annotations, Article, Span


def analyze_article(article: Article, doc: Doc) -> Annotations:
    sentences = tuple(
        Span(article.id, s.start_char, s.end_char) for s in doc.sents if s.text.strip()
    )
    entities = find_entities(doc, article)
    speech = find_speech(doc, entities)  # one reported-speech analysis feeds quotes and attributions
    return Annotations(
        article_id=article.id,
        sentences=sentences,
        entities=entities,
        dates=find_dates(doc, article),
        quotes=quotes_from_speech(speech, article),
        numbers=find_numbers(doc, article),
        attributions=attributions_from_speech(speech, article),
    )


def analyze(articles: Sequence[Article], n_process: int = 1) -> tuple[Annotations, ...]:
    packs = [pack_for(a.language) for a in articles]
    parsed = [a for a, p in zip(articles, packs, strict=True) if p is not None and p.annotate is None]
    docs = iter(parse((a.text for a in parsed), n_process=n_process))  # the model loads only if needed
    out = []
    for article, pack in zip(articles, packs, strict=True):
        if pack is None:
            out.append(sentences_only(article))
        elif pack.annotate is not None:
            out.append(pack.annotate(article))
        else:
            out.append(analyze_article(article, next(docs)))
    return tuple(out)

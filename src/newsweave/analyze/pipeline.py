"""Per-article analysis: one spaCy parse, then every annotator reads the same Doc.

``analyze_article`` is a pure function of (article, doc); ``analyze`` parses in batches and is what a
distributed runner would ship unchanged. Which analysis an article gets is its language pack's call: the
statistical English pipeline, a pack's own rule-based annotator, or, without a pack, sentences only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from newsweave.analyze.attribution import attributions_from_speech
from newsweave.analyze.dates import find_dates
from newsweave.analyze.entities import find_entities_and_pins
from newsweave.analyze.genre import opinion_mark
from newsweave.analyze.nlp import parse
from newsweave.analyze.numbers import find_numbers
from newsweave.analyze.pins import PlacePins, learned_homes, repinned_by_outlet
from newsweave.analyze.predicates import find_predicates
from newsweave.analyze.quotes import find_speech, quotes_from_speech
from newsweave.analyze.sentence_cuts import mended_sentences
from newsweave.geo.outlet_home import OutletTally
from newsweave.lang import LanguagePack, pack_for
from newsweave.lang.facts import sentence_facts
from newsweave.lang.xx import sentences_only
from newsweave.models import Annotations, Article, Span


def analyze_article(article: Article, doc: Doc) -> Annotations:
    return _analyze_article(article, doc)[0]


def _analyze_article(article: Article, doc: Doc) -> tuple[Annotations, PlacePins]:
    bounds = mended_sentences(((s.start_char, s.end_char) for s in doc.sents if s.text.strip()), article.text)
    sentences = tuple(Span(article.id, start, end) for start, end in bounds)
    entities, pins = find_entities_and_pins(doc, article)
    speech = find_speech(doc, entities)  # one reported-speech analysis feeds quotes and attributions
    return Annotations(
        article_id=article.id,
        sentences=sentences,
        entities=entities,
        dates=find_dates(doc, article),
        quotes=quotes_from_speech(speech, article),
        numbers=find_numbers(doc, article),
        attributions=attributions_from_speech(speech, article),
        predicates=find_predicates(doc, article),
        facts=sentence_facts(article.id, article.text, sentences, pack_for(article.language)),
    ), pins


def _with_facts(article: Article, ann: Annotations, pack: LanguagePack | None) -> Annotations:
    """Per-clause facts from the pack's cues (flags None where it has none) unless the annotator gave them."""
    if ann.facts is not None:
        return ann
    return replace(ann, facts=sentence_facts(article.id, article.text, ann.sentences, pack))


def needs_parse(article: Article) -> bool:
    """Whether the article's analysis reads a spaCy parse (its pack uses the statistical pipeline)."""
    pack = pack_for(article.language)
    return pack is not None and pack.annotate is None


def annotate(article: Article, doc: Doc | None) -> Annotations:
    """The article's analysis as its language pack decides: ``doc`` is its parse when ``needs_parse``.
    Whether it is an opinion piece is read the same way for every language (its pack gives the labels)."""
    return annotate_with_pins(article, doc)[0]


def annotate_with_pins(article: Article, doc: Doc | None) -> tuple[Annotations, PlacePins | None]:
    """``annotate``, and what its map pins were read from (None where the pack pins nothing), so that
    ``with_outlet_homes`` can pin the article again with its outlet's home."""
    pack = pack_for(article.language)
    pins = None
    if pack is None:
        ann = _with_facts(article, sentences_only(article), None)
    elif pack.annotate is not None:
        ann = _with_facts(article, pack.annotate(article), pack)
    elif doc is None:
        raise ValueError(f"article {article.id} needs a parse")
    else:
        ann, pins = _analyze_article(article, doc)
    return replace(ann, opinion=opinion_mark(article)), pins


def with_outlet_homes(
    items: Sequence[tuple[Article, Annotations, PlacePins | None]], homes: Mapping[str, str] | None = None,
) -> tuple[Annotations, ...]:
    """The analyses of a batch, each article's places pinned again with its outlet's home province where the
    batch shows one (``homes``, from ``analyze.pins.outlet_homes_of``; geo/outlet_home.py): a local paper's
    bare "Alexandria" is the paper's own."""
    entities = repinned_by_outlet([(a, ann.entities, pins) for a, ann, pins in items], homes)
    return tuple(ann if e is ann.entities else replace(ann, entities=e)
                 for (_, ann, _), e in zip(items, entities, strict=True))


def analyze(articles: Sequence[Article], n_process: int = 1) -> tuple[Annotations, ...]:
    return analyze_batch(articles, n_process=n_process).annotations


@dataclass(frozen=True, slots=True)
class BatchAnalysis:
    annotations: tuple[Annotations, ...]  # one per article, in order
    outlet_tally: OutletTally  # what this batch alone showed of its outlets' homes
    outlet_homes: Mapping[str, str]  # the homes its pins were set with (outlet key -> admin1 key)
    place_pins: tuple[PlacePins | None, ...]  # what each article's pins were read from


def analyze_batch(
    articles: Sequence[Article], prior: OutletTally | None = None, n_process: int = 1
) -> BatchAnalysis:
    """``analyze``, its outlets' homes learned with what earlier batches showed (``prior``), and what an
    ingest keeps of it: what this batch alone showed of the homes, and each article's pins' sources."""
    parsed = [a for a in articles if needs_parse(a)]
    docs = iter(parse((a.text for a in parsed), n_process=n_process))  # the model loads only if needed
    first = [annotate_with_pins(a, next(docs) if needs_parse(a) else None) for a in articles]
    items = [(a, ann, pins) for a, (ann, pins) in zip(articles, first, strict=True)]
    tally, homes = learned_homes([(a, pins) for a, _, pins in items], prior)
    return BatchAnalysis(with_outlet_homes(items, homes), tally, homes, tuple(pins for _, pins in first))

"""analyze stage: one article at a time, Article + spaCy Doc -> Annotations (sentences, entities, dates,
quotes, numbers, attributions), every annotation a span into the article's cleaned text.

Entry points: ``analyze(articles, n_process=1)`` parses in batches and annotates each article;
``analyze_article(article, doc)`` is the pure per-article function a distributed runner ships.

Names load on first use (PEP 562). Nearly every module here reads spaCy, so the package imports it first,
without spaCy's command line (``spacy_import``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsweave.analyze.spacy_import import import_spacy
from newsweave.lazy import lazy_getattr

import_spacy()

if TYPE_CHECKING:
    from newsweave.analyze.pipeline import analyze, analyze_article

__all__ = [
    "analyze",
    "analyze_article",
]

_HOMES = {
    "analyze": "newsweave.analyze.pipeline",
    "analyze_article": "newsweave.analyze.pipeline",
}


__getattr__ = lazy_getattr(__name__, _HOMES)

"""analyze stage: one article at a time, Article + spaCy Doc -> Annotations (sentences, entities, dates,
quotes, numbers, attributions), every annotation a span into the article's cleaned text.

Entry points: ``analyze(articles, n_process=1)`` parses in batches and annotates each article;
``analyze_article(article, doc)`` is the pure per-article function a distributed runner ships.

Names load on first use (PEP 562), so importing one module of this package stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsweave.lazy import lazy_getattr

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

"""The order a batch's articles reach the online clusterer in, so that the stories of a batch do not depend on
the order its files were given in.

The clusterer decides each join once, so order matters: a report of a second event of one kind that comes
early can pull the two events into one story. Dated articles come in publication order. Undated ones (scraped
pages, corpora without dates) have no order of their own; they come after the dated ones, the most central
first: each article's content-word stems (lang/en/stems.py, as the claim aligner reads them) as a sublinear
TF-IDF unit vector, its centrality the dot product with the batch's sum (its mean cosine to the others, up
to constants), computed in one pass. Stories then start from their most typical reports, and a report that
belongs to no story comes last. Articles published at one and the same moment are ordered the same way, and
equal centralities by a hash of the text.

Measured on ECB+ odd topics (dev; its files carry no dates), story clustering pairwise F1: in five random
orders 0.939-0.965 (0.957 on average; file order 0.969), in this order 0.963 whatever the input order;
MEANTIME 0.842-1.0 in four random orders, 1.0 in this one; MultiLing tune topics and the DUC 2003 tune
story counts unchanged. Ordering by wording with the clusterer's own terms (unstemmed, headline words
boosted) gave 0.959 and 0.933.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Sequence

from newsweave.lang.en.stems import terms
from newsweave.models import Article


def _unit_tfidf(docs: Sequence[Counter[str]]) -> list[dict[str, float]]:
    """weave.ranking.tfidf's weights (sublinear tf, smoothed idf, unit rows) as sparse rows: that one builds a
    dense articles x vocabulary matrix, sized for a story's sentences, not a batch's articles."""
    df: Counter[str] = Counter(t for d in docs for t in d)
    n = len(docs)
    out = []
    for d in docs:
        vec = {t: (1.0 + math.log(c)) * (math.log((1 + n) / (1 + df[t])) + 1.0) for t, c in d.items()}
        size = math.sqrt(sum(v * v for v in vec.values()))
        out.append({t: v / size for t, v in vec.items()} if size else {})
    return out


def centrality(articles: Sequence[Article]) -> list[float]:
    """Each article's TF-IDF unit vector dotted with the sum of all of them."""
    vectors = _unit_tfidf([Counter(terms(a.text)) for a in articles])
    total: Counter[str] = Counter()
    for v in vectors:
        total.update(v)
    return [sum(w * total[t] for t, w in v.items()) for v in vectors]


def batch_order(articles: Sequence[Article]) -> list[int]:
    """Indices in the order the clusterer takes them: dated articles by publication time, then undated
    ones; within one publication time (or none), the most central first, then by a hash of the text.
    Where no two articles share a publication time (or lack one), centrality decides nothing and is not
    computed: a batch with ties costs about a millisecond an article (1.1 s for 1,024 undated reports of
    MultiLing length)."""
    moments = Counter(a.published for a in articles)
    tied = any(n > 1 for n in moments.values())
    central = centrality(articles) if tied else [0.0] * len(articles)

    def key(i: int) -> tuple[bool, str, float, str]:
        a = articles[i]
        digest = hashlib.blake2b(a.text.encode("utf-8"), digest_size=8).hexdigest()
        return (a.published is None, a.published or "", -central[i], digest)

    return sorted(range(len(articles)), key=key)

"""Articles that do not belong to the story they were grouped into (a weather map, an inflation report inside
a hurricane story): reported apart as "not about this story", never woven into its claims or summary.

An article is set aside when its mean TF-IDF cosine to the story's other articles is under
OFF_TOPIC_RATIO times the median of the other articles' own means: relative, so a story told in few shared
words (short wire takes) is not emptied, and an article that is merely less central stays.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence

import numpy as np

from newsweave.models import Article
from newsweave.weave.ranking import cosine, tfidf

# Calibrated by injecting one article of another topic into each topic (leave-one-in, every pair of topics):
# on MultiLing 2011 English topics 1-5 (tuning) 0.45 flags none of the 200 on-topic articles and catches 85%
# of the intruders. Held out: MultiLing topics 6-10 flag 2.0% on-topic / catch 80%, DUC 2003 (20 clusters)
# flag 1.6% / catch 94%.
OFF_TOPIC_RATIO = 0.45
# Below this many articles the median of "the others" is too few to judge by: nothing is set aside.
MIN_ARTICLES = 4


def off_topic(articles: Sequence[Article]) -> frozenset[str]:
    """Ids of the articles that are not about the story the others tell."""
    if len(articles) < MIN_ARTICLES:
        return frozenset()
    sim = cosine(tfidf([a.text for a in articles]))
    np.fill_diagonal(sim, 0.0)
    mean = sim.sum(axis=1) / (len(articles) - 1)
    flagged = set()
    # statistics.median, not np.median: the same value (mean of the two middle ones), and np.median imports
    # numpy.ma (10-20 ms of a seeds brief) to check for masked arrays.
    means = [float(m) for m in mean]
    for i, a in enumerate(articles):
        others = statistics.median(means[:i] + means[i + 1 :])
        if others > 0 and float(mean[i]) < OFF_TOPIC_RATIO * others:
            flagged.add(a.id)
    # Never set aside half the story or more: then there is no one story to measure against.
    return frozenset(flagged) if len(flagged) < len(articles) / 2 else frozenset()

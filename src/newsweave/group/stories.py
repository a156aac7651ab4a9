"""PLACEHOLDER: replaced by online story clustering."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from newsweave.models import Annotations, Article, Story


def cluster_batch(articles: Sequence[Article], annotations: Sequence[Annotations]) -> tuple[Story, ...]:
    ids = tuple(a.id for a in articles)
    sid = "st-" + hashlib.sha1("".join(sorted(ids)).encode()).hexdigest()[:10]
    return (Story(id=sid, article_ids=ids),)

"""Story labels of reports kept in a store, for the ``ecbplus`` task's stored-stories rows.

``stored_labels`` ingests the reports into a fresh SQLite store with the product's local runner
(runners/local.py ``ingest_articles``), cut into consecutive runs as a daily crawl is: the online clusterer
assigns each report once, and at the end of every run the end-of-batch pass goes over the run's stories with
their whole stored membership (runners/regroup.py). ``online_labels`` is the peer, the ingest before that
pass: the online clusterer alone over the same reports in the same order (one clusterer over every run is
what the store resumes run after run: the live sketches and the document frequencies it keeps).
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path

from newsweave.group.stories import OnlineClusterer, publication_order
from newsweave.models import AnalyzedArticle, Article
from newsweave.runners.local import ingest_articles
from newsweave.store import open_store


def _runs(count: int, runs: int) -> list[range]:
    size = -(-count // runs)
    return [range(start, min(start + size, count)) for start in range(0, count, size)]


def stored_labels(articles: Sequence[Article], runs: int) -> list[str]:
    """Each report's stored story after ingesting the reports, in the order given, in ``runs`` runs. A report
    whose text the store already holds under another id (an exact copy: the store keeps one) is in that
    copy's story."""
    with tempfile.TemporaryDirectory() as tmp, open_store(str(Path(tmp) / "stories.db")) as store:
        for part in _runs(len(articles), runs):
            ingest_articles(store, [articles[k] for k in part])
        return [store.story_of(a.id) or store.story_of(store.stored_id(a) or a.id) or a.id for a in articles]


def online_labels(items: Sequence[AnalyzedArticle], runs: int) -> list[str]:
    """Each report's story from the online clusterer alone, fed each run's reports in publication order (as
    the runner feeds them)."""
    clusterer = OnlineClusterer()
    for part in _runs(len(items), runs):
        chosen = [items[k] for k in part]
        for k in publication_order([it.article for it in chosen]):
            clusterer.assign(chosen[k].article, chosen[k].annotations)
    story = {m: sid for sid, members in clusterer.all_members().items() for m in members}
    return [story[it.article.id] for it in items]

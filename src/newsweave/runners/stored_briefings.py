"""Briefing a stored story (and keeping each version), and what changed since the last version."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from newsweave.errors import StoreError
from newsweave.group.batch_pass import doubted_stories
from newsweave.group.stories import OnlineClusterer, publication_order
from newsweave.group.story_split import SPLIT_MIN_HALF
from newsweave.group.story_vectors import similarity
from newsweave.models import AnalyzedArticle, Briefing, Story
from newsweave.pipeline import weave_story
from newsweave.store import Store
from newsweave.store.base import DF_META_KEY
from newsweave.weave.briefing import WeaveOptions


def brief_story(
    store: Store, story_id: str, options: WeaveOptions | None = None, keep: bool = True
) -> Briefing:
    """Weave the story's stored articles; store the result as its next briefing version when ``keep``."""
    found = store.story(story_id)
    if found is None:
        raise StoreError(f"no story {story_id}")
    items = [store.analyzed(i) for i in store.story_articles(found.id)]
    story = stored_story(store, found.id, found.title, items)
    briefing = weave_story(story, items, options or WeaveOptions())
    if keep:
        store.save_briefing(found.id, briefing)
    return briefing


def stored_story(store: Store, story_id: str, title: str | None,
                 items: Sequence[AnalyzedArticle]) -> Story:
    """A stored story as the weave stage reads it (``items``: its stored reports), with the doubt ``brief``
    shows for a story that may be two (group/batch_pass.doubted_stories), read under the store's document
    frequencies."""
    story = Story(id=story_id, article_ids=tuple(it.article.id for it in items), title=title)
    if len(items) < 2 * SPLIT_MIN_HALF:  # too few to cut: no doubt, and no document frequencies to read
        return story
    clusterer = OnlineClusterer(df_state=store.get_meta(DF_META_KEY))
    rank = {items[i].article.id: k for k, i in enumerate(publication_order([it.article for it in items]))}
    doubts = doubted_stories({story_id: list(story.article_ids)}, items, rank,
                             lambda it: clusterer.article_vector(it.article, it.annotations), similarity)
    return dataclasses.replace(story, two_stories=doubts.get(story_id, ()))


@dataclass(frozen=True, slots=True)
class ClaimChange:
    text: str
    before: str
    after: str


@dataclass(frozen=True, slots=True)
class BriefingDiff:
    story_id: str
    since_version: int | None  # None: no earlier briefing, everything is new
    new_sources: tuple[str, ...]  # titles (or outlets) of sources that were not briefed before
    new_claims: tuple[str, ...]
    changed_statuses: tuple[ClaimChange, ...]
    new_conflicts: tuple[str, ...]  # "claim text: kind: detail"
    new_article_ids: tuple[str, ...] = ()  # stored article ids of those new sources, in the same order
    # Sources briefed before that the story no longer holds (the end-of-run pass moved them to the story of
    # their own event, or folded them away): titles (or outlets), and their stored article ids
    gone_sources: tuple[str, ...] = ()
    gone_article_ids: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.new_sources or self.gone_sources or self.new_claims or self.changed_statuses
                    or self.new_conflicts)


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def diff_briefings(
    story_id: str, old: Briefing | None, new: Briefing, since_version: int | None
) -> BriefingDiff:
    """Claims are matched by their (normalised) text: claim ids are per briefing, not stable across runs."""
    old_claims = {_key(c.text): c for c in old.claims} if old else {}
    old_conflicts = {
        (_key(c.text), ref.kind, ref.detail) for c in (old.claims if old else ()) for ref in c.conflicts
    }
    # Sources are matched by the stored article they came from; a briefing stored before sources carried
    # their article id is matched on the whole text instead.
    old_articles = {s.article_id for s in old.sources if s.article_id} if old else set()
    old_texts = {_key(s.text) for s in old.sources if not s.article_id} if old else set()
    new_claims, changed, conflicts = [], [], []
    for claim in new.claims:
        before = old_claims.get(_key(claim.text))
        if before is None:
            new_claims.append(claim.text)
        elif before.status != claim.status:
            changed.append(ClaimChange(claim.text, before.status, claim.status))
        for ref in claim.conflicts:
            if (_key(claim.text), ref.kind, ref.detail) not in old_conflicts:
                conflicts.append(f"{claim.text}: {ref.kind}: {ref.detail}")
    added = [s for s in new.sources
             if s.article_id not in old_articles and (not old_texts or _key(s.text) not in old_texts)]
    new_articles = {s.article_id for s in new.sources if s.article_id}
    new_texts = {_key(s.text) for s in new.sources}
    gone = [s for s in (old.sources if old else ())
            if (s.article_id not in new_articles if s.article_id else _key(s.text) not in new_texts)]
    return BriefingDiff(
        story_id, since_version, tuple(s.title or s.outlet or s.id for s in added), tuple(new_claims),
        tuple(changed), tuple(conflicts), tuple(s.article_id or s.id for s in added),
        tuple(s.title or s.outlet or s.id for s in gone), tuple(s.article_id or s.id for s in gone),
    )


def diff_story(store: Store, story_id: str, options: WeaveOptions | None = None) -> BriefingDiff:
    """Brief the story now, compare with its last stored briefing, store the new one as the next version."""
    found = store.story(story_id)
    if found is None:
        raise StoreError(f"no story {story_id}")
    last = store.latest_briefing(found.id)
    current = brief_story(store, found.id, options, keep=True)
    return diff_briefings(found.id, last.briefing if last else None, current, last.version if last else None)


__all__ = ["BriefingDiff", "ClaimChange", "brief_story", "diff_briefings", "diff_story"]

"""Records of the group stage: syndication families and stories."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

# Why two articles are one origin family (group/families.py): a verbatim passage long enough to be a reused
# paragraph; edited copies of its paragraphs; one outlet re-using a shorter passage, a paragraph or a
# sentence; one outlet's rewrite within its news cycle; one outlet's story under one title within two news
# days; one outlet's story signed by the same reporter within hours.
FamilyReason = Literal["passage", "edited", "outlet_reuse", "same_cycle", "same_title", "same_byline"]


@dataclass(frozen=True, slots=True)
class DuplicateLink:
    """``copy`` is a near-duplicate (syndicated copy) of ``original``."""

    copy: str
    original: str
    similarity: float  # estimated Jaccard of word shingles
    shared_passage_chars: int = 0  # length of the longest verbatim passage they share


@dataclass(frozen=True, slots=True)
class FamilyLink:
    """``article`` joined the origin family of the earlier-listed ``joined_to`` for ``reason``: one link per
    article that a family took in (a spanning forest of the families), syndicated copies aside."""

    article: str
    joined_to: str
    reason: FamilyReason


@dataclass(frozen=True, slots=True)
class Story:
    """Articles about one event. ``duplicates`` maps copies to their originals."""

    id: str
    article_ids: tuple[str, ...]
    duplicates: tuple[DuplicateLink, ...] = ()
    title: str | None = None
    # Origin families: a partition of the article ids into groups that derive from one another (takes,
    # writethrus, copies). Empty when not computed: every article is then its own family, copies excepted.
    families: tuple[tuple[str, ...], ...] = ()
    family_links: tuple[FamilyLink, ...] = ()  # why each family holds its members (empty when not computed)
    # Two groups of the article ids that may be two stories: the end-of-batch split test would cut them
    # apart but for their closeness in time (group/story_split.two_stories_in_one). Empty when no doubt.
    two_stories: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True, slots=True)
class StorySketch:
    """What the clusterer keeps of a live story: bounded, persisted with every assignment."""

    id: str
    seq: int  # creation order: the older of two merged stories is the one with the smaller seq
    title: str | None
    first_published: str | None
    last_published: str | None
    size: int
    terms: tuple[tuple[str, float], ...]  # heaviest centroid terms (sums of article vectors)
    entities: tuple[tuple[str, float], ...]
    last_seq: int = 0  # the clusterer step at which it last grew (for the MAX_ACTIVE eviction)
    headline: tuple[tuple[str, float], ...] = ()  # heaviest headline terms of its articles
    # How tightly its articles hold together: the mean score at which its ``joins`` articles joined it (an
    # older saved sketch without them has no cohesion bar).
    cohesion: float = 0.0
    joins: int = 0
    # Stories cut from this one, or this one from them, at the end of an ingest run (runners/regroup.py):
    # never merged with it again.
    apart: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Assignment:
    """Where one article went: ``merged`` stories were absorbed into ``story_id``, ``expired`` went idle."""

    article_id: str
    story_id: str
    created: bool
    score: float
    sketch: StorySketch
    merged: tuple[str, ...] = ()
    expired: tuple[str, ...] = ()

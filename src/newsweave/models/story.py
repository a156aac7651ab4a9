"""Records of the group stage: syndication families and stories."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DuplicateLink:
    """``copy`` is a near-duplicate (syndicated copy) of ``original``."""

    copy: str
    original: str
    similarity: float  # estimated Jaccard of word shingles
    shared_passage_chars: int = 0  # length of the longest verbatim passage they share


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

    def original_of(self, article_id: str) -> str | None:
        for link in self.duplicates:
            if link.copy == article_id:
                return link.original
        return None

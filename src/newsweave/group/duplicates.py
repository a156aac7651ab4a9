"""PLACEHOLDER: replaced by MinHash LSH syndication detection."""

from __future__ import annotations

from collections.abc import Sequence

from newsweave.models import Article, DuplicateLink


def find_duplicates(articles: Sequence[Article]) -> tuple[DuplicateLink, ...]:
    return ()

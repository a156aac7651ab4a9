"""Briefing sources: stable ids ("s1", "s2" … in input order), syndication links as ``duplicate_of`` and
origin families ("f1", "f2" … in order of each family's first source)."""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from newsweave.models import Article, FamilyLink, FamilyReason, RemovedItem, Source, Story
from newsweave.models.briefing import FamilyTie


@dataclass(frozen=True, slots=True)
class SourceTable:
    sources: tuple[Source, ...]
    ids: Mapping[str, str] = field(default_factory=dict)  # article id -> source id
    copies: frozenset[str] = frozenset()  # article ids that are syndicated copies of another article
    families: Mapping[str, str] = field(default_factory=dict)  # article id -> family id

    def sid(self, article_id: str) -> str:
        return self.ids.get(article_id, article_id)

    def family(self, article_id: str) -> str:
        return self.families.get(article_id, self.sid(article_id))


def family_ids(story: Story, articles: Sequence[Article], copies: Mapping[str, str]) -> dict[str, str]:
    """Article id -> "f1"…: the story's families, every article in exactly one; a copy always shares its
    original's family, and an article the story's partition misses is a family of its own."""
    root: dict[str, str] = {}
    for group in story.families:
        for aid in group:
            root.setdefault(aid, group[0])
    for a in articles:
        root.setdefault(a.id, a.id)
    for copy, original in copies.items():
        old, new = root[copy], root[original]
        if old != new:
            root = {k: (new if v == old else v) for k, v in root.items()}
    names: dict[str, str] = {}
    out: dict[str, str] = {}
    for a in articles:
        r = root[a.id]
        out[a.id] = names.setdefault(r, f"f{len(names) + 1}")
    return out


def family_ties(links: Sequence[FamilyLink], ids: Mapping[str, str], copies: Mapping[str, str],
                families: Mapping[str, str]) -> dict[str, FamilyTie]:
    """Article id -> why it is in its family: the link to its parent when each family's tree of links (and
    copy-original pairs) is walked from the family's first source, so every member is explained through a
    chain back to it. Copies are told by ``duplicate_of`` instead, and a member reached only through a copy
    pair gets no tie."""
    edges: dict[str, list[tuple[str, FamilyReason | None]]] = {}
    for link in links:
        if link.article in ids and link.joined_to in ids:
            edges.setdefault(link.article, []).append((link.joined_to, link.reason))
            edges.setdefault(link.joined_to, []).append((link.article, link.reason))
    for copy, original in copies.items():
        edges.setdefault(copy, []).append((original, None))
        edges.setdefault(original, []).append((copy, None))
    out: dict[str, FamilyTie] = {}
    seen: set[str] = set()
    for root in ids:  # input order: each family is walked from its first source
        if root in seen:
            continue
        seen.add(root)
        queue = deque([root])
        while queue:
            node = queue.popleft()
            for other, reason in edges.get(node, ()):
                if other in seen or families.get(other) != families.get(node):
                    continue
                seen.add(other)
                queue.append(other)
                if reason is not None and other not in copies:
                    out[other] = FamilyTie(ids[node], reason)
    return out


def build_sources(story: Story, articles: Sequence[Article],
                  opinion: frozenset[str] = frozenset()) -> SourceTable:
    """The story's sources in input order; ``opinion`` holds the ids of the opinion pieces among them."""
    ids = {a.id: f"s{i + 1}" for i, a in enumerate(articles)}
    copies = {link.copy: link.original for link in story.duplicates
              if link.copy in ids and link.original in ids}
    families = family_ids(story, articles, copies)
    ties = family_ties(story.family_links, ids, copies, families)
    sources = tuple(
        Source(
            id=ids[a.id], outlet=a.outlet, title=a.title, url=a.url, path=a.path, published=a.published,
            published_from=a.published_from, language=a.language,
            duplicate_of=ids[copies[a.id]] if a.id in copies else None,
            removed=tuple(RemovedItem(r.kind, r.text) for r in a.removed), text=a.text, article_id=a.id,
            family=families[a.id], opinion=a.id in opinion, family_link=ties.get(a.id),
        )
        for a in articles
    )
    return SourceTable(sources=sources, ids=ids, copies=frozenset(copies), families=families)

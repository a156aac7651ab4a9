"""Briefing sources: stable ids ("s1", "s2" … in input order), syndication links as ``duplicate_of`` and
origin families ("f1", "f2" … in order of each family's first source)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from newsweave.models import Article, FamilyLink, RemovedItem, Source, Story
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
    """Article id -> why it is in its family: a link to another source of the family, for every member but
    the family's first source (copies are told by ``duplicate_of`` instead). The links form a tree, so a
    member linked only to later ones is given the tie the other way round."""
    first: dict[str, str] = {}
    for aid in ids:  # input order
        first.setdefault(families[aid], aid)
    out: dict[str, FamilyTie] = {}
    for link in links:
        a, b = link.article, link.joined_to
        if a not in ids or b not in ids or families[a] != families[b]:
            continue
        for member, other in ((a, b), (b, a)):
            if member not in out and member not in copies and first[families[member]] != member:
                out[member] = FamilyTie(ids[other], link.reason)
                break
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

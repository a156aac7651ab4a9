"""Briefing sources: every member of a family but its first source says why it is in the family."""

from __future__ import annotations

from newsweave.models import Article, DuplicateLink, FamilyLink, Story
from newsweave.weave.sources import build_sources


def test_every_member_but_the_first_gets_a_tie_and_a_copy_keeps_duplicate_of() -> None:
    arts = [Article(id=x, text=f"Text {x}.") for x in ("a", "b", "c", "d")]
    # A tree whose middle member ("b") is only ever the earlier end of a link: it is tied the other way.
    story = Story(id="st", article_ids=("a", "b", "c", "d"), families=(("a", "b", "c", "d"),),
                  family_links=(FamilyLink("c", "a", "passage"), FamilyLink("c", "b", "same_byline")),
                  duplicates=(DuplicateLink("d", "a", 0.9),))
    table = build_sources(story, arts)
    ties = {s.id: (s.family_link.source, s.family_link.reason) if s.family_link else None
            for s in table.sources}
    assert ties == {"s1": None, "s2": ("s3", "same_byline"), "s3": ("s1", "passage"), "s4": None}
    assert table.sources[3].duplicate_of == "s1"
    assert len({s.family for s in table.sources}) == 1


def test_every_member_is_explained_back_to_the_first_whatever_the_order_of_the_links() -> None:
    arts = [Article(id=x, text=f"Text {x}.") for x in ("a", "y", "c")]
    # "c" joined "y" first, then "a": taking each link's later end first would leave "y" unexplained.
    links = (FamilyLink("c", "y", "edited"), FamilyLink("c", "a", "passage"))
    story = Story(id="st", article_ids=("a", "y", "c"), families=(("a", "y", "c"),), family_links=links)
    ties = {s.id: (s.family_link.source, s.family_link.reason) if s.family_link else None
            for s in build_sources(story, arts).sources}
    assert ties == {"s1": None, "s2": ("s3", "edited"), "s3": ("s1", "passage")}

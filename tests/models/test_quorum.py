"""The corroboration quorum grows with the story's independent sources."""

from __future__ import annotations

from newsweave.models import Source
from newsweave.models.quorum import corroboration_quorum, independent_sources


def _source(i: int, outlet: str | None, family: str, duplicate_of: str | None = None,
            opinion: bool = False) -> Source:
    return Source(id=f"s{i}", outlet=outlet, title=None, url=None, path=None, published=None,
                  published_from=None, language="en", duplicate_of=duplicate_of, removed=(), text="x",
                  family=family, opinion=opinion)


def test_few_sources_need_two_and_many_need_more() -> None:
    assert corroboration_quorum([_source(i, f"outlet{i}.com", f"f{i}") for i in range(8)]) == 2
    assert corroboration_quorum([_source(i, f"outlet{i}.com", f"f{i}") for i in range(9)]) == 3
    assert corroboration_quorum([_source(i, None, f"f{i}") for i in range(13)]) == 4
    assert corroboration_quorum([]) == 2


def test_copies_opinion_and_an_outlets_second_story_are_not_more_sources() -> None:
    sources = [_source(i, f"outlet{i}.com", f"f{i}") for i in range(8)]
    sources += [
        _source(8, "Outlet0.com", "f8"),  # one outlet counts once, whatever its families
        _source(9, None, "f1", duplicate_of="s1"),
        _source(10, None, "f10", opinion=True),
    ]
    assert independent_sources(sources) == 8
    assert corroboration_quorum(sources) == 2

"""Properties of the story clusterer's saved state: a restart from it continues exactly where it stopped."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsweave.group.stories import OnlineClusterer
from newsweave.models import Annotations, Article, EntityMention, Span

# Three made-up events, each with its own place and vocabulary, and a shared stock of news words.
EVENTS = {
    "Marrowby": ["floodwater", "river", "Quell", "banks", "shelters", "residents", "rain", "levee"],
    "Stellburg": ["warehouse", "fire", "textile", "blaze", "firefighters", "smoke", "stock", "roof"],
    "Dunhaven": ["ferry", "harbour", "crossing", "passengers", "coastguard", "storm", "pier", "vessel"],
}
COMMON = ["officials", "said", "Tuesday", "council", "report", "people", "city", "local"]

items = st.lists(
    st.tuples(st.sampled_from(sorted(EVENTS)), st.integers(0, 2**16), st.integers(1, 20)),
    min_size=2, max_size=14,
)


def _article(n: int, place: str, salt: int, day: int) -> tuple[Article, Annotations]:
    words = EVENTS[place]
    chosen = [words[(salt >> k) % len(words)] for k in range(6)] + [COMMON[salt % len(COMMON)]]
    text = f"{place} {' '.join(chosen)}. {place} {' '.join(reversed(chosen))}."
    aid = f"a{n:02d}"
    mention = EntityMention(Span(aid, 0, len(place)), place, "GPE")
    return (Article(id=aid, text=text, title=text.split(".")[0], published=f"2030-04-{day:02d}"),
            Annotations(aid, entities=(mention,)))


@settings(max_examples=40, deadline=None)
@given(items, st.data())
def test_restart_from_saved_state_assigns_like_an_uninterrupted_run(
    stream: list[tuple[str, int, int]], data: st.DataObject
) -> None:
    arts = [_article(n, place, salt, day) for n, (place, salt, day) in enumerate(stream)]
    cut = data.draw(st.integers(1, len(arts) - 1))
    whole = OnlineClusterer()
    expected = [whole.assign(a, n).story_id for a, n in arts]
    first = OnlineClusterer()
    got = [first.assign(a, n).story_id for a, n in arts[:cut]]
    resumed = OnlineClusterer(first.live, first.df_state())
    got += [resumed.assign(a, n).story_id for a, n in arts[cut:]]
    assert got == expected


@settings(max_examples=25, deadline=None)
@given(items)
def test_document_frequencies_round_trip(stream: list[tuple[str, int, int]]) -> None:
    c = OnlineClusterer()
    for n, (place, salt, day) in enumerate(stream):
        c.assign(*_article(n, place, salt, day))
    state = c.df_state()
    restored = OnlineClusterer(c.live, state)
    assert restored.df_state() == state
    assert [s.id for s in restored.live] == [s.id for s in c.live]

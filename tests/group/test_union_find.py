"""Union-find: the sets are the connected components of the joined pairs, named by their smallest member."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsweave.group.union_find import UnionFind

pairs = st.lists(st.tuples(st.integers(0, 15), st.integers(0, 15)), max_size=30)


def _components(n: int, joined: list[tuple[int, int]]) -> dict[int, set[int]]:
    reach = {i: {i} for i in range(n)}
    changed = True
    while changed:
        changed = False
        for a, b in joined:
            merged = reach[a] | reach[b]
            for x in merged:
                if reach[x] != merged:
                    reach[x] = merged
                    changed = True
    return reach


@given(pairs)
def test_sets_are_components_named_by_their_smallest_member(joined: list[tuple[int, int]]) -> None:
    union = UnionFind(range(16))
    for a, b in joined:
        union.union(a, b)
    for x, component in _components(16, joined).items():
        assert union.find(x) == min(component)


@given(pairs, st.randoms())
def test_the_order_of_joins_does_not_matter(joined: list[tuple[int, int]], rnd: object) -> None:
    shuffled = list(joined)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    first, second = UnionFind(range(16)), UnionFind(range(16))
    for a, b in joined:
        first.union(a, b)
    for a, b in shuffled:
        second.union(b, a)
    assert [first.find(i) for i in range(16)] == [second.find(i) for i in range(16)]

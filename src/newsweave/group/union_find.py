"""Disjoint sets (union-find) over ids or indices: copies and originals, origin families, echoes of a claim.

Each set's representative is its smallest member, so the sets (and anything named after them) do not depend
on the order in which pairs were joined.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Generic, TypeVar

K = TypeVar("K", str, int)
T = TypeVar("T")


class UnionFind(Generic[K]):
    def __init__(self, items: Iterable[K] = ()) -> None:
        self.parent: dict[K, K] = {i: i for i in items}

    def find(self, x: K) -> K:
        self.parent.setdefault(x, x)  # an item first seen here is a set of its own
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]  # path halving
            x = self.parent[x]
        return x

    def union(self, a: K, b: K) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def linked_groups(items: Sequence[T], linked: Callable[[T, T], bool]) -> list[list[T]]:
    """The items in sets joined wherever ``linked`` holds for a pair (tested once per pair, the earlier item
    first); each set in item order, the sets in the order of their first items."""
    union = UnionFind(range(len(items)))
    for i, a in enumerate(items):
        for j in range(i + 1, len(items)):
            if linked(a, items[j]):
                union.union(i, j)
    groups: dict[int, list[T]] = {}
    for i, item in enumerate(items):
        groups.setdefault(union.find(i), []).append(item)
    return list(groups.values())

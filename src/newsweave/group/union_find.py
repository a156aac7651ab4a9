"""Disjoint sets (union-find) over ids or indices: copies and originals, origin families, echoes of a claim.

Each set's representative is its smallest member, so the sets (and anything named after them) do not depend
on the order in which pairs were joined.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, TypeVar

K = TypeVar("K", str, int)


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

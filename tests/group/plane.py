"""Stories as points in a plane, for tests of passes that take a centroid and a dot product: each member
sits at the point its first letter names."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

Point = tuple[float, float]


def centroid_in(points: Mapping[str, Point]) -> Callable[[Sequence[str]], Point]:
    """The unit centroid of members placed by ``points`` (keyed by a member's first letter)."""
    def centroid(members: Sequence[str]) -> Point:
        x = sum(points[m[0]][0] for m in members)
        y = sum(points[m[0]][1] for m in members)
        norm = (x * x + y * y) ** 0.5 or 1.0
        return x / norm, y / norm
    return centroid


def dot(u: Point, v: Point) -> float:
    return u[0] * v[0] + u[1] * v[1]

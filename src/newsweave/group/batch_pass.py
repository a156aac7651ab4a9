"""The end-of-batch pass over the online clusterer's stories, once the whole membership is known: each story
that holds two events is cut in two (story_split), a few reports of one event that sit in another event's
story go to their own event's story (story_moves), and a leftover story too small to stand joins the large
story it clearly belongs to (story_split). ``doubted_stories`` names the stories after the pass that may
still be two (story_split.two_stories_in_one), for the briefing's warning."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

from newsweave.group.story_moves import move_strays
from newsweave.group.story_split import (
    LEFTOVER_MAX,
    SPLIT_MIN_HALF,
    own_day,
    reattach_leftovers,
    signature_keys,
    split_stories,
    two_stories_in_one,
)
from newsweave.models import AnalyzedArticle

_Vector = TypeVar("_Vector")


def end_of_batch(
    groups: Mapping[str, list[str]],
    items: Sequence[AnalyzedArticle],
    rank: Mapping[str, int],
    vector: Callable[[AnalyzedArticle], _Vector],
    similarity: Callable[[_Vector, _Vector], float],
    combine: Callable[[Sequence[_Vector]], _Vector],
    rename: bool = True,
    similar_leftovers: bool = True,
) -> dict[str, list[str]]:
    """Story id -> members after the pass; ``rank``: each article's place in publication order; ``vector``:
    an article's vector, ``combine`` several into one centroid, ``similarity`` compares two. Without
    ``rename`` a story keeps its id when its first article moves away (a stored story's id is for good);
    without ``similar_leftovers`` a small story is folded into a large one only when it writes that story's
    marks, not because it resembles it (in a store a small story is as often the first reports of a new
    event)."""
    large = any(len(ms) >= SPLIT_MIN_HALF for ms in groups.values())
    tested = {m for ms in groups.values() if len(ms) >= SPLIT_MIN_HALF or (large and len(ms) <= LEFTOVER_MAX)
              for m in ms}  # the others never move
    items = [it for it in items if it.article.id in tested]
    vectors = {it.article.id: vector(it) for it in items}

    def centroid(members: Sequence[str]) -> _Vector:
        return combine([vectors[m] for m in members])

    split = split_stories(groups, items, rank, lambda a, b: similarity(vectors[a], vectors[b]))
    # The few reports of a small second event that a cut left on their own (story_split.FEW_MIN_HALF) are
    # no leftover: folding them back by resemblance would undo the cut.
    few = [set(ms) for sid, ms in split.items()
           if len(ms) < SPLIT_MIN_HALF and (sid not in groups or len(ms) < len(groups[sid]))]
    keys = {it.article.id: signature_keys(it.annotations) for it in items}
    moved = move_strays(split, keys, centroid, similarity)
    if rename:
        moved = _renamed(moved, rank)
    cut_out = {sid for sid, ms in moved.items() if any(h.intersection(ms) for h in few)}
    return reattach_leftovers(moved, centroid, similarity, keys, similar_leftovers, cut_out)


def _renamed(groups: Mapping[str, list[str]], rank: Mapping[str, int]) -> dict[str, list[str]]:
    """A story whose first article moved away is named after its first article left, as the online
    clusterer names a story ("st-<article id>"), unless that name is taken."""
    out: dict[str, list[str]] = {}
    for sid, members in groups.items():
        name = sid
        if members and sid.startswith("st-") and sid[3:] not in members:
            first = f"st-{min(members, key=lambda m: rank.get(m, len(rank)))}"
            name = sid if first in groups or first in out else first
        out[name] = members
    return out


def doubted_stories(
    groups: Mapping[str, list[str]],
    items: Sequence[AnalyzedArticle],
    rank: Mapping[str, int],
    vector: Callable[[AnalyzedArticle], _Vector],
    similarity: Callable[[_Vector, _Vector], float],
) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Story id -> the two groups of its members that may be two stories (story_split.two_stories_in_one),
    for the stories after the pass that hold such a doubt; the groups in publication order."""
    large = {m for ms in groups.values() if len(ms) >= 2 * SPLIT_MIN_HALF for m in ms}
    tested = [it for it in items if it.article.id in large]
    vectors = {it.article.id: vector(it) for it in tested}
    keys = {it.article.id: signature_keys(it.annotations) for it in tested}
    days = {it.article.id: own_day(it.article, it.annotations) for it in tested}
    out: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for sid, members in groups.items():
        ordered = sorted((m for m in members if m in vectors), key=lambda m: rank.get(m, len(rank)))
        halves = two_stories_in_one(ordered, lambda a, b: similarity(vectors[a], vectors[b]), keys, days)
        if halves is not None:
            out[sid] = (tuple(halves[0]), tuple(halves[1]))
    return out

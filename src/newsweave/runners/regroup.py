"""The end-of-run pass over stored stories: what ``brief`` does at the end of its batch, for a store.

The online clusterer decides each join once, so an early report of a second event of one kind can pull two
events into one story, and every later report of either follows. ``brief`` undoes that at the end of its
batch (group/batch_pass.py). An ingest run does the same at its end, over the stories its articles went to,
each with its whole stored membership (earlier runs' reports included):
- a story holding two events is cut in two;
- a few reports of one event sitting in another event's story move to their own;
- a leftover story too small to stand joins the large story whose marks (the people, years and figures most
  of its reports name and no other story's) it writes.

Unlike ``brief``, the pass never folds a small story into a large one for resembling it: at the end of a
batch a small story is a leftover, but in a store it is as often the first reports of a new event, and
folded early they pull that event's later reports into another event's story (on MultiLing's tune topics
ingested in eight runs such folds cost pairwise F1 0.931 -> 0.900; folding only marked leftovers gives 0.961,
and ECB+'s odd topics 0.958 -> 0.964 in four runs).

Each story is looked at with the stories it is kept apart from, as one group cut again from scratch (when
together they hold enough reports to be cut): a cut made when only some reports were in is made again with
all of them, so a store's stories come to what
``brief`` makes of the same reports. Stories keep their ids: each story the pass makes takes the id of the
stored story most of its reports come from; one left without is named after its first report, as the
clusterer names a story. The stories the pass makes out of one group are kept apart from then on
(``StorySketch.apart``), so a later report of either cannot fold them back into one. Their sketches are
rebuilt under the store's current document frequencies.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from newsweave.group.batch_pass import end_of_batch
from newsweave.group.stories import OnlineClusterer, publication_order
from newsweave.group.story_split import SPLIT_MAX_MEMBERS, SPLIT_MIN_HALF
from newsweave.group.story_vectors import centroid, similarity
from newsweave.models import StorySketch
from newsweave.store import Store
from newsweave.store.base import DF_META_KEY, StoryChanges

# Stored reports read again at the end of one run, at most (each a read of its article and annotations; the
# pass is quadratic in a story's members only, bounded by SPLIT_MAX_MEMBERS). The stories past it are left
# as the clusterer made them.
REGROUP_MAX = 20_000


@dataclass(frozen=True, slots=True)
class RegroupReport:
    """What the pass did: stories ``split`` in two, reports ``moved`` (a split's included), leftover stories
    ``folded`` into another; ``story_ids``: the run's stories after it, in the order given, each cut-out
    story after the story it came from."""

    split: int
    moved: int
    folded: int
    story_ids: tuple[str, ...]


def regroup(store: Store, story_ids: Sequence[str], limit: int = REGROUP_MAX) -> RegroupReport:
    """Run the end-of-batch pass over the stored stories ``story_ids`` (this run's) and store what it
    changed, under the store's assignment lock (another ingest's clusterer then rebuilds from the store)."""
    if not story_ids:  # a run that stored nothing: no clusterer to rebuild from the store
        return RegroupReport(0, 0, 0, ())
    with store.assignment_lock():
        clusterer = OnlineClusterer(store.live_sketches(), store.get_meta(DF_META_KEY))
        families = _stored_groups(store, clusterer, story_ids, limit)
        changes = None
        if any(sum(map(len, family.values())) >= SPLIT_MIN_HALF for family in families.values()):
            changes = _changes(store, clusterer, families)
        if changes is not None:
            store.regroup_stories(changes)
            store.next_assignment_generation()
    if changes is None:
        return RegroupReport(0, 0, 0, tuple(dict.fromkeys(story_ids)))
    gone = {g for g, _ in changes.folded}
    cut_from: dict[str, list[str]] = {}
    for source, cut in changes.splits:
        cut_from.setdefault(source, []).append(cut)
    ids: dict[str, None] = {}
    for sid in story_ids:
        found = store.story(sid)
        if found is not None and found.id not in gone:
            ids[found.id] = None
            ids.update(dict.fromkeys(cut_from.get(found.id, ())))
    return RegroupReport(len(changes.splits), len(changes.moves), len(changes.folded), tuple(ids))


def regroup_all(store: Store, limit: int = REGROUP_MAX) -> RegroupReport:
    """The pass over every live story, the most recently grown first (at most ``limit`` stored reports): for
    a store filled before the pass existed, whose stories get it only when a run touches them."""
    live = sorted(store.live_sketches(), key=lambda sk: (-sk.last_seq, sk.id))
    return regroup(store, [sk.id for sk in live], limit)


# One family of stored stories the pass looks at together: story id -> its stored members.
Family = dict[str, list[str]]


def _stored_groups(store: Store, clusterer: OnlineClusterer, story_ids: Iterable[str],
                   limit: int) -> dict[str, Family]:
    """The active stories among ``story_ids`` (a merged-away id leads to the story that took it in), each
    with the stories it is kept apart from: one family, cut again from scratch as one group, so that a cut
    made when only some reports were in is made again with all of them. At most ``limit`` members in all;
    a family too large to cut is left out."""
    kin_of: dict[str, set[str]] = {}  # kept apart, both ways
    for sk in clusterer.live:
        for other in sk.apart:
            kin_of.setdefault(sk.id, set()).add(other)
            kin_of.setdefault(other, set()).add(sk.id)
    live = {sk.id for sk in clusterer.live}
    wanted = []
    for sid in story_ids:
        found = store.story(sid)
        if found is not None and found.id in live:
            wanted.append(found.id)
    families: dict[str, Family] = {}
    seen: set[str] = set()
    total = 0
    for first in wanted:
        if first in seen:
            continue
        family: Family = {}
        todo = [first]
        while todo:
            kin = todo.pop()
            if kin in family or kin not in live:
                continue
            family[kin] = list(store.story_articles(kin))
            todo.extend(kin_of.get(kin, ()))
        size = sum(len(m) for m in family.values())
        seen.update(family)
        if size > SPLIT_MAX_MEMBERS:
            continue
        if total + size > limit:
            break
        families[first] = family
        total += size
    return families


def _changes(store: Store, clusterer: OnlineClusterer, families: Mapping[str, Family]) -> StoryChanges | None:
    """What the end-of-batch pass changes in the ``families``, with every changed story's sketch rebuilt;
    None when it changes nothing."""
    old_of = {m: sid for family in families.values() for sid, members in family.items() for m in members}
    items = {m: store.analyzed(m) for m in old_of}
    listed = list(items.values())
    rank = {listed[i].article.id: k for k, i in enumerate(publication_order([it.article for it in listed]))}
    groups: dict[str, list[str]] = {}
    for key, family in families.items():
        if len(family) == 1 or sum(map(len, family.values())) >= 2 * SPLIT_MIN_HALF:
            groups[key] = [m for members in family.values() for m in members]
        else:  # too few reports to cut: looked at as one, its stories would be merged for want of a cut
            groups.update((sid, list(members)) for sid, members in family.items())
    after = end_of_batch(
        groups, listed, rank, lambda it: clusterer.article_vector(it.article, it.annotations), similarity,
        centroid, rename=False, similar_leftovers=False,
    )
    named = _named([sorted(ms, key=rank.__getitem__) for ms in after.values() if ms], old_of,
                   {sk.id for sk in clusterer.live})
    new_of = {m: sid for sid, members in named.items() for m in members}
    moves = tuple((m, old_of[m], new_of[m]) for m in sorted(old_of, key=rank.__getitem__)
                  if new_of[m] != old_of[m])
    if not moves:
        return None
    # A story the pass made is cut from the story most of its reports came from.
    old_ids = set(old_of.values())
    splits = tuple((_most(old_of[m] for m in named[sid]), sid) for sid in named if sid not in old_ids)
    folded = tuple((sid, _most(new_of[m] for m in members)) for family in families.values()
                   for sid, members in family.items() if sid not in named)
    # The pass's stories that share a family tell different events: kept apart from each other, and from the
    # stories they were kept apart from outside the families.
    family_of = {m: key for key, family in families.items() for ms in family.values() for m in ms}
    kin = {sid: {family_of[m] for m in members} for sid, members in named.items()}
    changed = {s for _, a, b in moves for s in (a, b)} - {g for g, _ in folded}
    step = clusterer.step
    sketches: list[StorySketch] = []
    for sid in sorted(changed, key=lambda s: rank[named[s][0]]):
        old = store.story_sketch(sid)
        apart = {o for o in (old.apart if old else ()) if o not in old_ids}
        apart |= {o for o in named if kin[o] & kin[sid]}
        if old is None:
            step += 1
        members = [(items[m].article, items[m].annotations) for m in named[sid]]
        sketches.append(clusterer.rebuilt(sid, old.seq if old is not None else step, members, apart))
    return StoryChanges(tuple(sketches), moves, splits, folded)


def _named(groups: Sequence[list[str]], old_of: Mapping[str, str], live: set[str]) -> dict[str, list[str]]:
    """The pass's groups (each in publication order) under stable ids: each keeps the id of the old story
    most of its reports come from (larger groups choose first, one group an id); a group left without one
    is named after its first report whose name no live story holds, as the clusterer names a story."""
    out: dict[str, list[str]] = {}
    for members in sorted(groups, key=len, reverse=True):
        votes = Counter(old_of[m] for m in members)
        best = [sid for sid, _ in votes.most_common() if sid not in out]
        name = best[0] if best else next(
            (f"st-{m}" for m in members if f"st-{m}" not in live and f"st-{m}" not in out), None
        )
        out[name or f"st-{members[0]}-{len(out)}"] = members
    return out


def _most(values: Iterable[str]) -> str:
    return Counter(values).most_common(1)[0][0]


__all__ = ["REGROUP_MAX", "RegroupReport", "regroup", "regroup_all"]

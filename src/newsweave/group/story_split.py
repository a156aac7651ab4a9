"""End-of-batch split test for a story that took in a second event of the same kind.

The online clusterer decides each join once. When an early report of another event of one kind (a second
title fight of the same boxer, a second player of one team put on injured reserve) joins a young story,
the centroid then holds both events and takes every later report of either. At the end of a batch the
whole membership is known, so each story is cut in two, by average-link clustering of its members'
pairwise similarities or, where that only peels off an odd report, along a person, year or figure named in
a fair share of the reports ("the reports naming X / the rest"). A cut is kept only when all of these hold:

- both halves are substantial (``SPLIT_MIN_HALF`` articles and ``SPLIT_MIN_SHARE`` of the story), except
  that a cut along a key may leave a few reports (``FEW_MIN_HALF``) that are dated within ``FEW_SPAN_DAYS``
  of one another: a small second event, told in its own days;
- the halves hold together better than they hold to each other (``SPLIT_SEPARATION``);
- a named participant (a PERSON's surname), a year or a figure is in most reports of one half (three at
  least) and almost none of the other (of both halves, for a cut along a person or year, unless its halves
  are very well separated: ``ONE_SIDED_SEPARATION``): two events of one kind have their own people, dates
  and figures, while the strands of one story (a trial and its appeal, a storm's landfall and its
  aftermath) share them; a half also counts as signed when it names only years before the one the other
  half names (the older event), and such a cut may be less separated (``TIMED_SEPARATION``);
- the halves are not dated close together: reports that carry their own dates (publication date, or a
  dateline) within ``SAME_STORY_DAYS`` of each other are one running story told in two strands.

``cluster_batch`` (``brief``) runs it at the end of its batch, and a store's ingest runs at the end of each
run over the stories the run touched (runners/regroup.py). ``two_stories_in_one`` finds the cut that only the
date veto stops when its halves barely resemble each other: ``brief`` keeps such a story whole and the
briefing warns that it may be two stories.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from datetime import date
from typing import TypeVar

import numpy as np

from newsweave.group.linkage import average_linkage
from newsweave.models import AnalyzedArticle, Annotations, Article
from newsweave.text import LETTER_WORD, ascii_fold

# Calibrated on ECB+ odd topics (dev; bench/tasks/ecbplus.py) with MultiLing 2011 (each half), MEANTIME and
# the DUC 2003 non-test story counts as guards that must not move. Grid: min half 3-4, share 0.25-0.3,
# separation 0.3-1.0, signature none / one half / both halves, date veto none / 14-365 days, person cuts
# with and without a 2-means refinement. Dev story pairwise F1 0.795 -> 0.821 (average-link cut alone)
# -> 0.865 (with person cuts; 0.866 once cleaning took publication dates from stamp lines) -> 0.876 (years
# as signature keys) -> 0.901 (earlier-years signature, dated share for the veto) -> 0.926 (timed
# separation); the guards stay as they were.
# - Without the signature test MEANTIME's GM corpus (one company, years of news) is cut 17/13.
# - Without the date veto a loose DUC cluster (an IMF meeting beside Brazil's election, two weeks) and one
#   ECB+ story told over two days are cut.
# - Min half 3 cuts a MultiLing topic (a cycling race: a stage winner's three reports).
# - Person cuts signed on one side only, or refined by 2-means, reach 0.89-0.90 but cut MultiLing topics.
# - Separation: 0.5-1.0 give the same cuts; below 0.49 a right cut (two title fights four years apart) is
#   lost. 0.75 is inside the plateau.
SPLIT_MIN_HALF = 4
# A smaller event may be a smaller share of its story (a second event of one kind told by a few reports beside
# a well-covered one). Lowered from 0.3 on the ECB+ odd topics made harder (story_moves.MOVE_TARGET_MIN says
# how): with one event cut to 4 or 5 reports, pairwise F1 0.882 -> 0.915 and 0.879 -> 0.906 (0.21-0.23 the
# same, 0.25 0.906 / 0.901); the whole dev topics unchanged; at 0.2 MEANTIME's GM corpus (one company, years
# of news) is cut, so 0.23 keeps the most room from that within the plateau. MultiLing 2011 tune topics and
# the DUC 2003 non-test story counts unchanged.
SPLIT_MIN_SHARE = 0.23
SPLIT_SEPARATION = 0.75  # mean similarity across the halves / the looser half's own mean, at most
SIGNATURE_SHARE = 0.5  # a participant named in at least this share of one half's reports ...
SIGNATURE_RARE = 0.1  # ... and in at most this share of the other half's
# ... and in this many reports at least: in a half of four, two reports naming a player the other half never
# names is a coincidence of a game's many players (ECB+ dev: one game's eight reports cut 4/4 along such
# pairs). Grid 1-4 on the dev data: 3 and 4 keep every right cut and drop that one (F1 0.938 -> 0.942); the
# guards (MultiLing, MEANTIME, DUC) see no cut at any setting.
SIGNATURE_MIN_REPORTS = 3
# Figures sign too ("#20-13", "#288": a game's score, a record, a count of candidates): two events of one
# kind differ in their figures, one story's strands repeat them. Under MIN_SHARED_FIGURE (corroborate) a
# lone figure is in any report. Checked on the dev data with the years taken out of the keys: figures bring
# back one lost right cut (a running back put on injured reserve, 2008 / 2011); FIGURE_MIN 3, 10 and 100
# give the same cuts; the guards see no cut.
FIGURE_MIN = 3.0
# Bounds the cost: the dense average-link loop is cubic in the members; a larger story is left as it is.
SPLIT_MAX_MEMBERS = 400
# A dateline is a short line: the date and at most this many other characters (place, time, "Updated").
DATELINE_EXTRA_CHARS = 40
DATELINE_SENTENCES = 3  # only the opening lines can be a dateline
# Halves whose dated reports sit this close (median to median) are one running story: a DUC 2003 topic runs
# up to five weeks (its Gaza airport cluster was cut at 14 days), the two ECB+ events of one kind are years
# apart. 30-365 give the same cuts on the dev data.
SAME_STORY_DAYS = 90
# A cut that only the date veto stops, with halves that barely resemble each other, is shown to the reader
# as a doubt, not made (``two_stories_in_one``): two stories of one place told in the same weeks (a
# country's team at the Asian Games beside its dissidents' trials, both datelined from its capital) join
# at one early report and share a dateline and a few names, while the strands of one running story share
# much of their wording. On the DUC 2003 clusters outside the trust test half mixed into one batch (dev,
# round 70) the one such story was separated at 0.089; every cut the veto stops inside one cluster of
# those 14, in MultiLing 2011 and in MEANTIME lies at 0.249 or above; 0.15 is near the geometric mean.
# Making such cuts lifted that stream's pairwise F1 from 0.748 to 0.826 but cut one held-out ECB+ story
# wrongly, so the reader is told instead.
DOUBT_SEPARATION = 0.15
# ... but only where a fair share of each half carries its own date: one dated report among undated ones (an
# ECB+ report of the recent event that the cut left with the older one) is no median. 0.1-0.3 give the
# same cuts on the dev data; 0.5 loses one right cut.
DATED_MIN_SHARE = 0.2
# A few reports of a second event. The share floor above keeps a story's odd strand from being cut off, but
# it also keeps a small second event inside a well-covered one (ECB+ dev, one event cut to 3-5 reports: the
# few reports stayed in the other event's story). A cut along a key (the few are the reports naming it) may
# leave a half of FEW_MIN_HALF reports or more, under both floors, when every other test holds and the few
# reports are one moment: at least one is dated, and all their dates lie within FEW_SPAN_DAYS. A handful of
# reports naming one person across years is a thread of a long story, not an event: MEANTIME's company
# corpora given their datelines as dates (the bench loads them undated) keep the 8 stories they fall into
# without this rule up to 120 days and go to 9 at 365; undated, any key cut of three splits them 4 -> 7.
# Grid on the ECB+ odd topics (dev), one event cut to 3-5 reports / halved topics: before 0.907 / 0.915;
# span 3-7 days 0.920 / 0.913, 14-45 days 0.920 / 0.918, 60-120 days 0.923-0.924 / 0.918; whole topics 0.968
# unchanged; the same window as SAME_STORY_DAYS is inside the plateau. MultiLing 2011 tune topics and the
# DUC 2003 non-test story counts unchanged.
FEW_MIN_HALF = 3
FEW_SPAN_DAYS = SAME_STORY_DAYS
# Years as a time signature. Every year a report's dates name is a signature key beside the surnames (a
# cut along "the reports naming 2013"); and a half is set apart in time when the other half mostly names a
# year that (almost) none of its reports reaches while EARLIER_MIN_SHARE of them name an earlier one: the
# older of two events of one kind is told with its own, earlier years. Grid on the dev data: share 0-0.25
# give the same cuts, 0.35 loses them all; 0.2 asks for some positive evidence.
EARLIER_MIN_SHARE = 0.2
# A cut whose halves are set apart in time may be looser (the two events share their vocabulary and often
# their people: the same team, the same software maker). Grid 0.75-1.0: 0.87-0.9 keep the one more right cut
# (dev F1 0.901 -> 0.926), 0.95 cuts a right story of the dev data again, 1.0 also cuts MEANTIME's GM corpus.
TIMED_SEPARATION = 0.9
# A cut along a key ("the reports naming X / the rest") is signed on one side only when its halves are this
# well separated: an event told with few names (a climber's fall that most reports leave unnamed) beside one
# whose people, year and figures fill every report. Found by clustering the dev topics' reports in five
# random orders as well as file order (undated reports reach the clusterer in whatever order they come, and
# a report of the other event arriving early can pull the two together): dev F1 over the five orders 0.942
# -> 0.957 on average (file order 0.969 unchanged). Grid 0.3-0.5: 0.35-0.5 give the same cuts, 0.3 none;
# MultiLing tune topics and MEANTIME (four orders each) and the DUC 2003 tune story counts unchanged.
ONE_SIDED_SEPARATION = 0.4
# Leftovers: a story too small to be a half of a cut (under SPLIT_MIN_HALF reports; one the clusterer or a
# cut left aside) joins the large story (SPLIT_MIN_HALF reports or more) whose centroid it resembles at
# LEFTOVER_RATIO of that story's own members' mean and LEFTOVER_MARGIN times the next large story. Grid on
# the dev data (ratio 0-0.3, margin 1.1-2, at most 2 or 3 reports; MultiLing, MEANTIME, DUC as guards):
# every leftover that any setting moved went to its own story, but the guards hold few leftovers, so the bar
# is set high: 0.1/1.1 also moves two ECB+ leftovers and a DUC report at 0.10-0.18 of their story's mean
# with a runner-up close behind; these settings move only the clear ones (a quarter of the mean and up): dev
# 0.926 -> 0.934 (up to 2 reports) -> 0.938 (up to 3), MultiLing topics 5-9 0.98 -> 1.0.
LEFTOVER_MAX = SPLIT_MIN_HALF - 1
LEFTOVER_RATIO = 0.25
LEFTOVER_MARGIN = 1.5
# ... or, below that bar, when it writes LEFTOVER_MARKS of the marks of its most similar large story (keys in
# most of that story's reports and rare in every other large one: its people, years, figures) and none of
# another's. Grid 1-3 on the dev data: 1 also moves a leftover on one surname (right there), 2 and 3 move
# one ECB+ leftover (a fight named by its year and two scores; dev F1 0.966 -> 0.968) and one DUC 2003
# report to its cluster's story (1.214 -> 1.143 stories a cluster); two keep a lone shared year from
# pulling a report in. MultiLing and MEANTIME unchanged. One mark is enough when it is a person (a surname,
# not a year or a figure): the people of one event are named in most of its reports and rare in the other's,
# while a year is in any report of its time. ECB+ dev 0.968 -> 0.969 (a report of the rule's first event,
# left alone, joined it); MultiLing tune topics, MEANTIME and the DUC 2003 story counts unchanged.
LEFTOVER_MARKS = 2
LEFTOVER_MAX_PAIRS = 20_000  # leftovers x large stories compared, at most: a larger batch keeps its leftovers

_Centroid = TypeVar("_Centroid")


def participants(annotations: Annotations) -> frozenset[str]:
    """Surnames of the people a report names (last word, folded): "Ann Berg" and "Berg" agree."""
    keys = set()
    for e in annotations.entities:
        if e.type == "PERSON":
            words = LETTER_WORD.findall(ascii_fold(e.text))
            if words:
                keys.add(words[-1])
    return frozenset(keys)


def years_named(annotations: Annotations) -> frozenset[str]:
    """The years of every date a report mentions ("2013" for "Sept. 26, 2013", "last year" resolved)."""
    return frozenset(d.value[:4] for d in annotations.dates if d.value and d.value[:4].isdigit())


def figures_named(annotations: Annotations) -> frozenset[str]:
    """The figures a report writes in digits, outside its dates, as keys ("#288", "#31-24"): a pair (a score,
    a win-loss record) always, a lone figure from ``FIGURE_MIN`` up (small counts are in any report)."""
    keys = set()
    for n in annotations.numbers:
        if n.low is None or not any(c.isdigit() for c in n.text):
            continue
        if any(d.span.start <= n.span.start < d.span.end for d in annotations.dates):
            continue
        if n.high is not None and (n.high != n.low or "-" in n.text):
            keys.add(f"#{n.low:g}-{n.high:g}")
        elif n.value is not None and n.value >= FIGURE_MIN:
            keys.add(f"#{n.value:g}")
    return frozenset(keys)


def signature_keys(annotations: Annotations) -> frozenset[str]:
    """What can sign a half: the people a report names, the years its dates name and the figures it writes
    (digits never clash with a surname, a figure key starts with "#")."""
    return participants(annotations) | years_named(annotations) | figures_named(annotations)


def _day(value: str | None) -> int | None:
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None


def own_day(article: Article, annotations: Annotations) -> int | None:
    """The report's own date as a day ordinal: its publication date, else a day-precise dateline (a short
    opening line that is mostly a date, "May 3, 2013 | 8:20 am"); None when it carries neither."""
    day = _day(article.published)
    if day is not None:
        return day
    for sentence in annotations.sentences[:DATELINE_SENTENCES]:
        for d in annotations.dates:
            if (
                d.precision == "day"
                and sentence.start <= d.span.start < sentence.end
                and sentence.end - sentence.start <= d.span.end - d.span.start + DATELINE_EXTRA_CHARS
            ):
                day = _day(d.value)
                if day is not None:
                    return day
    return None


def _two_halves(sim: np.ndarray) -> tuple[list[int], list[int]]:
    """Average-link agglomeration of a similarity matrix down to two clusters (ties: lowest index)."""
    label = average_linkage(1.0 - np.array(sim, dtype=np.float64), np.inf, clusters=2)
    return ([k for k in range(len(label)) if label[k] == label[0]],
            [k for k in range(len(label)) if label[k] != label[0]])


def _within(sim: np.ndarray, idx: list[int]) -> float:
    sub = sim[np.ix_(idx, idx)]
    return float((sub.sum() - np.trace(sub)) / (len(idx) * (len(idx) - 1)))


def _signature(half: Sequence[str], other: Sequence[str], keys: Mapping[str, frozenset[str]]) -> bool:
    own = Counter(k for m in half for k in keys.get(m, ()))
    theirs = Counter(k for m in other for k in keys.get(m, ()))
    return any(
        c >= max(SIGNATURE_SHARE * len(half), SIGNATURE_MIN_REPORTS)
        and theirs[k] <= SIGNATURE_RARE * len(other)
        for k, c in own.items()
    )


def _earlier(half: Sequence[str], other: Sequence[str], keys: Mapping[str, frozenset[str]]) -> bool:
    """``half`` is set apart in time: ``other`` mostly names a year Y that (almost) no report of ``half``
    reaches, while a share of ``half`` names years before Y (keys: surnames and years, ``signature_keys``)."""
    years = {m: [int(k) for k in keys.get(m, ()) if k.isdigit()] for m in half}
    theirs = Counter(k for m in other for k in keys.get(m, ()) if k.isdigit())
    for k, c in theirs.items():
        if c < SIGNATURE_SHARE * len(other):
            continue
        y = int(k)
        reach = sum(any(v >= y for v in ys) for ys in years.values())
        before = sum(any(v < y for v in ys) for ys in years.values())
        if reach <= SIGNATURE_RARE * len(half) and before >= EARLIER_MIN_SHARE * len(half):
            return True
    return False


def _median(values: list[int]) -> int:
    values.sort()
    return values[len(values) // 2]


def _one_moment(half: Sequence[str], days: Mapping[str, int | None]) -> bool:
    """The reports are dated (one at least) and all their dates lie within ``FEW_SPAN_DAYS``."""
    dated = sorted(d for m in half if (d := days.get(m)) is not None)
    return bool(dated) and dated[-1] - dated[0] <= FEW_SPAN_DAYS


def _cut(
    members: Sequence[str],
    sim: np.ndarray,
    halves: tuple[list[int], list[int]],
    keys: Mapping[str, frozenset[str]],
    days: Mapping[str, int | None],
    same_story_days: int,
    both_signed: bool,
) -> tuple[float, list[str], list[str]] | None:
    """(separation, half, half) when the cut passes every test, else None. ``both_signed``: a cut along a key,
    which alone may leave a few reports (``FEW_MIN_HALF``)."""
    a_idx, b_idx = halves
    small = min(len(a_idx), len(b_idx))
    few = small < max(SPLIT_MIN_HALF, math.ceil(SPLIT_MIN_SHARE * len(members)))
    if few and not (both_signed and small >= FEW_MIN_HALF and _one_moment(
            [members[k] for k in (a_idx if len(a_idx) == small else b_idx)], days)):
        return None
    separation = float(sim[np.ix_(a_idx, b_idx)].mean()) / max(
        min(_within(sim, a_idx), _within(sim, b_idx)), 1e-9
    )
    if separation > max(SPLIT_SEPARATION, TIMED_SEPARATION):
        return None
    a, b = [members[k] for k in a_idx], [members[k] for k in b_idx]
    timed = (_earlier(a, b, keys), _earlier(b, a, keys))
    if separation > SPLIT_SEPARATION and not any(timed):
        return None
    signed = (timed[0] or _signature(a, b, keys), timed[1] or _signature(b, a, keys))
    if not (all(signed) if both_signed and separation > ONE_SIDED_SEPARATION else any(signed)):
        return None
    a_days = [d for m in a if (d := days.get(m)) is not None]
    b_days = [d for m in b if (d := days.get(m)) is not None]
    dated = min(len(a_days) / len(a), len(b_days) / len(b))
    if dated and dated >= DATED_MIN_SHARE and abs(_median(a_days) - _median(b_days)) <= same_story_days:
        return None
    return separation, a, b


def split_story(
    members: Sequence[str],
    similarity: Callable[[str, str], float],
    keys: Mapping[str, frozenset[str]],
    days: Mapping[str, int | None],
    same_story_days: int = SAME_STORY_DAYS,
) -> tuple[list[str], list[str]] | None:
    """The two halves of ``members`` (each in the given order, the first member's half first) when the story
    holds two events, else None.

    ``keys``: each member's signature keys (``signature_keys``: surnames and years). The average-link cut is
    tried first. Where it fails (it often peels off one odd report instead), each person or year named in a
    fair share of the reports (or in ``FEW_MIN_HALF`` of them) proposes the cut "reports naming it / the
    rest"; such a cut must be signed on both sides, and the most separated one is kept."""
    n = len(members)
    if n < 2 * SPLIT_MIN_HALF or n > SPLIT_MAX_MEMBERS:
        return None
    sim = _similarities(members, similarity)
    found = _cut(members, sim, _two_halves(sim), keys, days, same_story_days, both_signed=False)
    if found is None:
        named = Counter(k for m in members for k in keys.get(m, ()))
        for key, count in sorted(named.items()):
            floor = min(SPLIT_MIN_SHARE * n, FEW_MIN_HALF)  # _cut tells a few reports' cut from a strand's
            if not floor <= count <= n - floor:
                continue
            with_key = [k for k in range(n) if key in keys.get(members[k], ())]
            rest = [k for k in range(n) if key not in keys.get(members[k], ())]
            cut = _cut(members, sim, (with_key, rest), keys, days, same_story_days, both_signed=True)
            if cut is not None and (found is None or cut[0] < found[0]):
                found = cut
    if found is None:
        return None
    _, a, b = found
    return (a, b) if members[0] in a else (b, a)


def _similarities(members: Sequence[str], similarity: Callable[[str, str], float]) -> np.ndarray:
    n = len(members)
    sim = np.eye(n)
    for i in range(n):
        for j in range(i + 1, n):
            sim[i, j] = sim[j, i] = similarity(members[i], members[j])
    return sim


def two_stories_in_one(
    members: Sequence[str],
    similarity: Callable[[str, str], float],
    keys: Mapping[str, frozenset[str]],
    days: Mapping[str, int | None],
) -> tuple[list[str], list[str]] | None:
    """The two halves of a story that its reports' closeness in time alone keeps whole, when they barely
    resemble each other (``DOUBT_SEPARATION``): the average-link cut passes every test of ``split_story``
    but the date veto. None for a story that holds together, or one ``split_story`` would cut."""
    if not 2 * SPLIT_MIN_HALF <= len(members) <= SPLIT_MAX_MEMBERS:
        return None
    sim = _similarities(members, similarity)
    halves = _two_halves(sim)
    if _cut(members, sim, halves, keys, days, SAME_STORY_DAYS, both_signed=False) is not None:
        return None
    found = _cut(members, sim, halves, keys, days, -1, both_signed=False)
    if found is None or found[0] > DOUBT_SEPARATION:
        return None
    _, a, b = found
    return (a, b) if members[0] in a else (b, a)


def split_stories(
    groups: Mapping[str, list[str]],
    items: Sequence[AnalyzedArticle],
    rank: Mapping[str, int],
    similarity: Callable[[str, str], float],
) -> dict[str, list[str]]:
    """Story id -> members, each story cut in two where ``split_story`` finds two events; ``rank`` is the
    publication order. The half with the article the story is named after ("st-<article id>", the one that
    started it) keeps its id, else the half with its first article; the other is named after its own first
    article not naming a story yet, as the online clusterer names a story. (In a batch the article a story
    is named after is its first; in a store it may be a later one: reports come in any order.)"""
    keys = {it.article.id: signature_keys(it.annotations) for it in items}
    days = {it.article.id: own_day(it.article, it.annotations) for it in items}
    out: dict[str, list[str]] = {}
    for sid, members in groups.items():
        halves = split_story(sorted(members, key=rank.__getitem__), similarity, keys, days)
        if halves is None:
            out[sid] = members
            continue
        kept, other = halves
        if sid.startswith("st-") and sid[3:] in other:
            kept, other = other, kept
        out[sid] = kept
        name = next((f"st-{m}" for m in other if f"st-{m}" not in groups and f"st-{m}" not in out), None)
        out[name or f"{sid}-{len(out)}"] = other
    return out


def reattach_leftovers(
    groups: Mapping[str, list[str]],
    centroid: Callable[[Sequence[str]], _Centroid],
    similarity: Callable[[_Centroid, _Centroid], float],
    keys: Mapping[str, frozenset[str]] | None = None,
    similar: bool = True,
    cut_out: Collection[str] = (),
) -> dict[str, list[str]]:
    """Story id -> members, each leftover story folded into the large story it clearly belongs to (see
    ``LEFTOVER_RATIO``, and with ``keys``, each member's ``signature_keys``, ``LEFTOVER_MARKS``);
    ``centroid`` builds the vector of a group of members, ``similarity`` compares two. Without ``similar``
    only a leftover that writes a story's marks is folded, never one that only resembles a story. The
    stories in ``cut_out`` are a few reports just cut out as an event of their own (``FEW_MIN_HALF``): no
    leftovers, though as small."""
    out = {sid: list(m) for sid, m in groups.items()}
    large = sorted(sid for sid, m in groups.items() if len(m) >= SPLIT_MIN_HALF)
    small = sorted(sid for sid, m in groups.items() if len(m) <= LEFTOVER_MAX and sid not in cut_out)
    if not large or not small or len(large) * len(small) > LEFTOVER_MAX_PAIRS:
        return out
    centroids = {sid: centroid(groups[sid]) for sid in large}
    own = {
        sid: sum(similarity(centroid([m]), centroids[sid]) for m in groups[sid]) / len(groups[sid])
        for sid in large
    }
    marks = _marks({sid: groups[sid] for sid in large}, keys or {})
    for sid in small:
        mine = centroid(groups[sid])
        scored = sorted(((similarity(mine, centroids[big]), big) for big in large), key=lambda sb: -sb[0])
        best, big = scored[0]
        runner_up = scored[1][0] if len(scored) > 1 else 0.0
        named = {k for m in groups[sid] for k in (keys or {}).get(m, ())}
        shared = named & marks[big]
        signed = len(shared) >= LEFTOVER_MARKS or any(not (k.isdigit() or k.startswith("#")) for k in shared)
        marked = signed and not any(
            named & marks[other] for other in large if other != big
        )
        clear = similar and best >= LEFTOVER_RATIO * own[big] and best >= LEFTOVER_MARGIN * runner_up
        if best > 0 and (clear or marked):
            out[big].extend(out.pop(sid))
    return out


def _marks(stories: Mapping[str, Sequence[str]], keys: Mapping[str, frozenset[str]]) -> dict[str, set[str]]:
    """Each story's marks: the keys most of its reports name and few reports of any other story."""
    named = {sid: Counter(k for m in ms for k in keys.get(m, ())) for sid, ms in stories.items()}
    # in how many stories a key is more than rare; a story's own mark is, so a mark counts 1 there
    present = Counter(
        k for sid, ms in stories.items() for k, n in named[sid].items() if n > SIGNATURE_RARE * len(ms)
    )
    return {
        sid: {k for k, c in named[sid].items() if c >= SIGNATURE_SHARE * len(ms) and present[k] == 1}
        for sid, ms in stories.items()
    }

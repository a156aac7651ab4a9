"""Syndication: near-duplicate articles (wire copies, reposts) found with MinHash LSH over word shingles.

Candidates come from LSH buckets; each candidate pair is then checked on the exact shingle Jaccard and on
the longest verbatim passage the two texts share, so a copy that adds a paragraph or drops a caption is
still caught. Linked articles form a family: the original is the earliest published (else the most
complete, i.e. the longest) and every other member is a copy of it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from newsweave.group.union_find import UnionFind
from newsweave.models import Article, DuplicateLink
from newsweave.text import words

# Word 5-shingles: the usual size for near-duplicate news detection (Broder 1997; datasketch docs). Shorter
# shingles link unrelated reports that share stock phrases ("the Taliban have said that").
SHINGLE_WORDS = 5
NUM_PERM = 128
# LSH is tuned a little below JACCARD_MIN so that a true pair is almost never missed at the bucket stage.
LSH_THRESHOLD = 0.3
# Calibrated by hand: syndicated copies with a new headline and a trimmed ending score 0.55-0.95; distinct
# reports of one event (the five seeds, MultiLing topics) stay under 0.1.
JACCARD_MIN = 0.5
# A copy can also be an original with extra material (a live page quoting a wire story in full): it is a
# copy when it shares one verbatim passage covering this share of the shorter text ...
PASSAGE_SHARE_MIN = 0.6
# ... and at least this many words, so two one-paragraph briefs quoting the same tweet are not "copies".
PASSAGE_MIN_WORDS = 40
SEED = 1
# Up to this many articles every pair is checked exactly (a 10-article story has 45 pairs, well under a
# millisecond each) and datasketch is never imported; LSH buckets only pay off, and only load, beyond it.
EXHAUSTIVE_MAX_ARTICLES = 30

def shingles(tokens: Sequence[str], size: int = SHINGLE_WORDS) -> set[str]:
    if len(tokens) < size:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def longest_shared_run(a: Sequence[str], b: Sequence[str], size: int = SHINGLE_WORDS) -> int:
    """Length in words of the longest word sequence that occurs verbatim in both token lists."""
    if len(a) < size or len(b) < size:
        short, other = (a, b) if len(a) <= len(b) else (b, a)
        return len(short) if short and " ".join(short) in " ".join(other) else 0
    positions: dict[tuple[str, ...], list[int]] = {}
    for j in range(len(b) - size + 1):
        positions.setdefault(tuple(b[j : j + size]), []).append(j)
    best = 0
    # Extend every seed match; `reach` skips seeds already inside a run found from the same diagonal.
    reach: dict[int, int] = {}
    for i in range(len(a) - size + 1):
        for j in positions.get(tuple(a[i : i + size]), ()):
            diagonal = j - i
            if reach.get(diagonal, -1) > i:
                continue
            k = size
            while i + k < len(a) and j + k < len(b) and a[i + k] == b[j + k]:
                k += 1
            reach[diagonal] = i + k
            best = max(best, k)
    return best


def _passage_chars(a: Sequence[str], run: int) -> int:
    # Approximate characters: words plus one separator each; only used for reporting.
    mean = sum(len(w) + 1 for w in a) / len(a) if a else 0.0
    return round(run * mean)


def _original_key(article: Article, timed: bool) -> tuple[bool, str, int, str]:
    """Earliest publication first; undated articles after dated ones; then the most complete text. Times of
    day count only when every dated member has one (``timed``): a wire story stamped 06:40 is not later than
    its copy dated only with the day ("2024-03-11" sorts before "2024-03-11T06:40" as text)."""
    published = article.published if timed or article.published is None else article.published[:10]
    return (published is None, published or "", -len(article.text), article.id)


def find_duplicates(articles: Sequence[Article]) -> tuple[DuplicateLink, ...]:
    """Copy -> original links, sorted by copy id. Independent of the input order."""
    ordered = sorted({a.id: a for a in articles}.values(), key=lambda a: a.id)
    if len(ordered) < 2:
        return ()
    tokens = {a.id: words(a.text) for a in ordered}
    shingle_sets = {a.id: shingles(tokens[a.id]) for a in ordered}
    families = UnionFind([a.id for a in ordered])
    scores: dict[tuple[str, str], tuple[float, int]] = {}
    for a, candidates in _candidates(ordered, shingle_sets):
        for b_id in candidates:
            sa, sb = shingle_sets[a.id], shingle_sets[b_id]
            union = len(sa | sb)
            jaccard = len(sa & sb) / union if union else 1.0
            run = longest_shared_run(tokens[a.id], tokens[b_id])
            shorter = min(len(tokens[a.id]), len(tokens[b_id]))
            share = run / shorter if shorter else 1.0
            if jaccard >= JACCARD_MIN or (share >= PASSAGE_SHARE_MIN and run >= PASSAGE_MIN_WORDS):
                families.union(a.id, b_id)
                scores[(a.id, b_id)] = (jaccard, _passage_chars(tokens[a.id], run))
    # Exact copies with too few words for any shingle threshold are still copies.
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if tokens[a.id] == tokens[b.id] and (a.id, b.id) not in scores:
                families.union(a.id, b.id)
                scores[(a.id, b.id)] = (1.0, len(a.text))

    members: dict[str, list[Article]] = {}
    for a in ordered:
        members.setdefault(families.find(a.id), []).append(a)
    links: list[DuplicateLink] = []
    for family in members.values():
        if len(family) < 2:
            continue
        timed = all(len(a.published) > 10 for a in family if a.published)
        original = min(family, key=lambda a: _original_key(a, timed))
        for copy in family:
            if copy.id == original.id:
                continue
            pair = (min(copy.id, original.id), max(copy.id, original.id))
            jaccard, chars = scores.get(pair) or _measure(tokens[copy.id], tokens[original.id])
            links.append(DuplicateLink(copy=copy.id, original=original.id, similarity=round(jaccard, 4),
                                       shared_passage_chars=chars))
    return tuple(sorted(links, key=lambda link: link.copy))


def _candidates(
    ordered: Sequence[Article], shingle_sets: dict[str, set[str]]
) -> Iterator[tuple[Article, list[str]]]:
    """Each article with the ids after it (in id order) that may be its copies."""
    if len(ordered) <= EXHAUSTIVE_MAX_ARTICLES:
        for i, a in enumerate(ordered):
            yield a, [b.id for b in ordered[i + 1 :]]
        return
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    hashes: dict[str, MinHash] = {}
    for a in ordered:
        m = MinHash(num_perm=NUM_PERM, seed=SEED)
        m.update_batch([s.encode("utf-8") for s in sorted(shingle_sets[a.id])])
        hashes[a.id] = m
        lsh.insert(a.id, m)
    for a in ordered:
        yield a, [b_id for b_id in sorted(lsh.query(hashes[a.id])) if b_id > a.id]


def _measure(a: Sequence[str], b: Sequence[str]) -> tuple[float, int]:
    """Similarity of a copy to an original it was linked to through a third family member."""
    sa, sb = shingles(a), shingles(b)
    union = len(sa | sb)
    return (len(sa & sb) / union if union else 1.0, _passage_chars(a, longest_shared_run(a, b)))

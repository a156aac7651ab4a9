"""Story clustering on mixed streams: MultiLing 2011 English (10 topics x 10 articles), MEANTIME (4 corpora x
30 articles) and, in a full run, each half of the DUC 2003 clusters (news of the same weeks, several stories
from one country), each fed in publication order to newsweave's online clusterer.

Scored with pairwise and B³ precision/recall/F1 against the gold topics. Peers, same scorer, same run:
  - a single-pass TF-IDF cosine threshold baseline (each article joins the most similar earlier cluster's
    centroid when the cosine clears a threshold, the classic first-story-detection baseline), and
  - scikit-learn agglomerative clustering (average link, cosine) given the TRUE number of clusters: an oracle,
    not an online method, shown as a ceiling.
Full run: each stream (and each MultiLing half) also ingested into a fresh store in publication order in four
runs, each ending with the end-of-run pass (runners/regroup.py), beside the online clusterer alone and the one
batch ``brief`` clusters.
Published: Miranda et al. 2018 ("Multilingual Clustering of Streaming News", EMNLP), pairwise F1 0.94 on
their English stream (a different, larger stream: not the same data).
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Sequence
from itertools import combinations
from pathlib import Path

from bench.harness import BenchContext, Published, Row, text_articles
from newsweave.analyze.pipeline import analyze
from newsweave.group.stories import cluster_batch, publication_order
from newsweave.ingest import to_article
from newsweave.models import AnalyzedArticle, Annotations, Article, Metadata, RawDocument

MIRANDA = Published(0.94, "Miranda et al. 2018 (English stream)",
                    "Miranda, Znotiņš, Cohen, Barzdins. Multilingual Clustering of Streaming News. "
                    "EMNLP 2018")
# Best of 0.02-0.3 on the MEANTIME stream (the dev stream newsweave was tuned on): pairwise F1 0.78 there.
# (0.15 would score 0.92 on MultiLing but 0.70 on MEANTIME: tuning the peer on the test stream is not fair.)
BASELINE_THRESHOLD = 0.1
QUICK_TOPICS = 5

Labelled = tuple[list[Article], list[str]]


def multiling(data: Path, topics: int = 10) -> Labelled:
    articles, gold = [], []
    for path in sorted((data / "multiling2011" / "sources").glob("M00??.english")):
        topic = path.name[3]
        if int(topic) >= topics:
            continue
        articles.extend(text_articles([path]))
        gold.append(f"T{topic}")
    return articles, gold


_DATE = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                   r"December)\s+\d{1,2},?\s+\d{4}\b|\b\w+ \d{2} , \d{4}\b")


def meantime(data: Path, per_corpus: int | None = None) -> Labelled:
    articles, gold = [], []
    root = data / "meantime" / "intra_cross-doc_annotation"
    for corpus in sorted(p for p in root.iterdir() if p.is_dir()):
        for path in sorted(corpus.glob("*.xml"))[:per_corpus]:
            doc = ET.parse(path).getroot()
            lines: dict[str, list[str]] = defaultdict(list)
            for tok in doc.iter("token"):
                lines[tok.get("sentence", "0")].append(tok.text or "")
            sentences = [" ".join(words) for _, words in sorted(lines.items(), key=lambda kv: int(kv[0]))]
            # Sentence 0 is the headline, sentence 1 the dateline ("March 06 , 2008").
            text = "\n\n".join(sentences)
            raw = RawDocument(item=str(path), text=text,
                              metadata=Metadata(title=sentences[0], url=doc.get("url")))
            articles.append(to_article(raw))
            gold.append(corpus.name)
    return articles, gold


def pair_counts(pred: Sequence[str], gold: Sequence[str]) -> tuple[int, int, int]:
    """(pairs in one predicted and one gold story, in one predicted story only, in one gold story only)."""
    tp = fp = fn = 0
    for i, j in combinations(range(len(gold)), 2):
        same_p, same_g = pred[i] == pred[j], gold[i] == gold[j]
        tp += same_p and same_g
        fp += same_p and not same_g
        fn += same_g and not same_p
    return tp, fp, fn


def pooled_pairwise(counts: Sequence[tuple[int, int, int]]) -> tuple[float, float, float]:
    """Pairwise P/R/F1 over several clusterings' ``pair_counts`` (pairs are only counted inside each)."""
    tp, fp, fn = (sum(c[k] for c in counts) for k in range(3))
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def pairwise(pred: Sequence[str], gold: Sequence[str]) -> tuple[float, float, float]:
    return pooled_pairwise([pair_counts(pred, gold)])


def bcubed(pred: Sequence[str], gold: Sequence[str]) -> tuple[float, float, float]:
    by_p: dict[str, set[int]] = defaultdict(set)
    by_g: dict[str, set[int]] = defaultdict(set)
    for i, (p_, g_) in enumerate(zip(pred, gold, strict=True)):
        by_p[p_].add(i)
        by_g[g_].add(i)
    n = len(gold)
    p = sum(len(by_p[pred[i]] & by_g[gold[i]]) / len(by_p[pred[i]]) for i in range(n)) / n
    r = sum(len(by_p[pred[i]] & by_g[gold[i]]) / len(by_g[gold[i]]) for i in range(n)) / n
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _tfidf(articles: Sequence[Article]):  # type: ignore[no-untyped-def]
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(
        [f"{a.title or ''}\n{a.text}" for a in articles])


def single_pass(articles: Sequence[Article], threshold: float = BASELINE_THRESHOLD) -> list[str]:
    """TF-IDF (fitted on the whole stream: a generous peer) + centroid cosine, one pass in order."""
    import numpy as np

    x = _tfidf(articles).toarray()
    order = publication_order(articles)
    labels = [""] * len(articles)
    centroids: list[np.ndarray] = []
    for i in order:
        v = x[i]
        sims = [float(v @ c / (np.linalg.norm(c) or 1.0)) for c in centroids]
        best = int(np.argmax(sims)) if sims else -1
        if best >= 0 and sims[best] >= threshold:
            centroids[best] = centroids[best] + v
        else:
            centroids.append(v.copy())
            best = len(centroids) - 1
        labels[i] = f"c{best}"
    return labels


def agglomerative_oracle(articles: Sequence[Article], k: int) -> list[str]:
    from sklearn.cluster import AgglomerativeClustering

    x = _tfidf(articles).toarray()
    model = AgglomerativeClustering(n_clusters=k, metric="cosine", linkage="average")
    return [f"a{label}" for label in model.fit_predict(x)]


def newsweave_labels(
    articles: Sequence[Article], annotations: Sequence[Annotations] | None = None
) -> list[str]:
    annotations = analyze(articles) if annotations is None else annotations
    label = {}
    items = [AnalyzedArticle(a, n) for a, n in zip(articles, annotations, strict=True)]
    for story in cluster_batch(items):
        for aid in story.article_ids:
            label[aid] = story.id
    return [label[a.id] for a in articles]


def _rows(dataset: str, articles: list[Article], gold: list[str], ctx: BenchContext,
          annotations: Sequence[Annotations] | None = None) -> list[Row]:
    ours = newsweave_labels(articles, annotations)
    peers: dict[str, list[str]] = {}
    if ctx.peers:
        peers["single-pass TF-IDF"] = single_pass(articles)
        peers["agglomerative (true k, oracle)"] = agglomerative_oracle(articles, len(set(gold)))
    rows = []
    for name, scorer in (("pairwise", pairwise), ("B3", bcubed)):
        mine = scorer(ours, gold)
        theirs = {peer: scorer(labels, gold) for peer, labels in peers.items()}
        for k, metric in enumerate(("P", "R", "F1")):
            rows.append(Row(
                task="clustering", dataset=dataset, metric=f"{name} {metric}", newsweave=round(mine[k], 4),
                peers=tuple((peer, round(v[k], 4)) for peer, v in theirs.items()),
                published=(MIRANDA,) if (name, metric) == ("pairwise", "F1") else (),
                note=f"{len(articles)} articles, {len(set(gold))} gold stories, {len(set(ours))} found",
            ))
    return rows


# A store's stories: the stream in publication order, ingested in this many consecutive runs (a daily crawl).
STORE_RUNS = 4


def stored_rows(dataset: str, articles: list[Article], gold: list[str],
                annotations: Sequence[Annotations]) -> list[Row]:
    """The stream ingested into a fresh store in STORE_RUNS runs (each run's end-of-run pass included,
    runners/regroup.py), beside the online clusterer alone over the same order and ``brief``'s one batch."""
    from bench.trust.stored_stories import online_labels, stored_labels

    order = publication_order(articles)
    items = [AnalyzedArticle(articles[i], annotations[i]) for i in order]
    stored = stored_labels([articles[i] for i in order], STORE_RUNS)
    online = online_labels(items, STORE_RUNS)
    batch = newsweave_labels([articles[i] for i in order], [annotations[i] for i in order])
    truth = [gold[i] for i in order]
    mine, alone, one = pairwise(stored, truth), pairwise(online, truth), pairwise(batch, truth)
    return [
        Row("clustering", dataset, f"pairwise {metric}, ingested into a store in {STORE_RUNS} runs",
            round(mine[k], 4), peers=(("the online clusterer alone", round(alone[k], 4)),
                                      ("one batch (brief)", round(one[k], 4))),
            note=f"{len(articles)} articles in publication order, {len(set(stored))} stories stored")
        for k, metric in enumerate(("P", "R", "F1"))
    ]


def duc_mixed(data: Path, test: bool) -> Labelled:
    """One half of the DUC 2003 clusters mixed into one stream (the trust test half, or the 14 others), gold
    story = cluster: one TDT topic each, several of them from one country or one capital in the same weeks
    (two from Turkey, two from China, two from Congress): an early join puts two such stories in one, and
    the end-of-batch pass does not cut stories dated close together (story_split.SAME_STORY_DAYS). A
    document two clusters share (four NYT reports of d30025t and d30048t) counts for the first cluster
    only."""
    from bench.trust.duc2003 import cluster_docs, to_articles
    from bench.trust.labels import TEST

    root = data / "duc2003" / "docs"
    articles: list[Article] = []
    gold: list[str] = []
    seen: set[str] = set()
    for cluster in sorted(p.name for p in root.iterdir() if p.is_dir() and (p.name in TEST) == test):
        for article in to_articles(cluster_docs(data, cluster)):
            if article.id not in seen:
                seen.add(article.id)
                articles.append(article)
                gold.append(cluster)
    return articles, gold


def duc_story_counts(data: Path) -> dict[str, tuple[int, int]]:
    """Stories newsweave finds in each DUC 2003 cluster outside the trust test half, fed alone: cluster ->
    (stories, articles). A DUC cluster is one TDT topic, so one story is the expected answer; a split names
    a sub-story (earnings beside a trial) or an over-eager cut."""
    from bench.trust.duc2003 import cluster_docs, to_articles
    from bench.trust.labels import TEST

    root = data / "duc2003" / "docs"
    counts = {}
    for cluster in sorted(p.name for p in root.iterdir() if p.is_dir() and p.name not in TEST):
        articles = to_articles(cluster_docs(data, cluster))
        if articles:
            counts[cluster] = (len(set(newsweave_labels(articles))), len(articles))
    return counts


def duc_rows(data: Path) -> list[Row]:
    counts = duc_story_counts(data)
    if not counts:
        return []
    split = sorted(c for c, (n, _) in counts.items() if n > 1)
    note = f"{len(counts)} clusters, one TDT topic each; split: " + (
        ", ".join(f"{c} ({counts[c][0]})" for c in split) or "none")
    return [
        Row("clustering", "duc2003-nontest", "clusters split", float(len(split)), higher_is_better=False,
            note=note),
        Row("clustering", "duc2003-nontest", "stories per cluster",
            round(sum(n for n, _ in counts.values()) / len(counts), 4), higher_is_better=False, note=note),
    ]


def run(ctx: BenchContext) -> list[Row]:
    if ctx.quick:
        articles, gold = multiling(ctx.data, QUICK_TOPICS)
        return _rows(f"multiling2011-en-{QUICK_TOPICS}topics", articles, gold, ctx)
    articles, gold = multiling(ctx.data)
    annotations = analyze(articles)
    rows = _rows("multiling2011-en", articles, gold, ctx, annotations)
    # The thresholds were tuned on MEANTIME + topics 0-4; topics 5-9 are the held-out half.
    for name, keep in (("tune-topics0-4", range(5)), ("heldout-topics5-9", range(5, 10))):
        idx = [i for i, g in enumerate(gold) if int(g[1:]) in keep]
        rows += _rows(f"multiling2011-en-{name}", [articles[i] for i in idx], [gold[i] for i in idx], ctx,
                      [annotations[i] for i in idx])
    rows += stored_rows("multiling2011-en", articles, gold, annotations)
    for name, keep in (("tune-topics0-4", range(5)), ("heldout-topics5-9", range(5, 10))):
        idx = [i for i, g in enumerate(gold) if int(g[1:]) in keep]
        rows += stored_rows(f"multiling2011-en-{name}", [articles[i] for i in idx], [gold[i] for i in idx],
                            [annotations[i] for i in idx])
    mt_articles, mt_gold = meantime(ctx.data)
    mt_annotations = analyze(mt_articles)
    rows += _rows("meantime-en", mt_articles, mt_gold, ctx, mt_annotations)
    rows += stored_rows("meantime-en", mt_articles, mt_gold, mt_annotations)
    if (ctx.data / "duc2003" / "docs").is_dir():
        rows += duc_rows(ctx.data)
        # Dev since round 70 (a date-veto exception was tried on it and left out); the test half is held out.
        for name, test in (("duc2003-nontest-mixed (dev)", False), ("duc2003-test-mixed (held out)", True)):
            articles, gold = duc_mixed(ctx.data, test)
            duc_annotations = analyze(articles)
            rows += _rows(name, articles, gold, ctx, duc_annotations)
            rows += stored_rows(name, articles, gold, duc_annotations)
    return rows


if __name__ == "__main__":
    for row in run(BenchContext(quick="--quick" in sys.argv)):
        print(f"{row.dataset:28} {row.metric:12} {row.newsweave:.3f}  "
              + "  ".join(f"{n}={v:.3f}" for n, v in row.peers) + (f"  [{row.note}]" if row.note else ""))

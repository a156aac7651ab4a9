"""Multi-document summaries: ROUGE-1/2 recall on MultiLing 2011 English (10 topics x 10 WikiNews articles).

newsweave's summary (ingest -> analyze -> duplicates -> weave.summary.summarize, 250 words), the 10 systems
that took part (peers/ID1..ID10, their submitted summaries) and sumy's LexRank and TextRank are scored by the
SAME scorer in the SAME run:
- rouge-score (Google's re-implementation of ROUGE-1.5.5 n-gram recall), Porter stemming on;
- every summary truncated to its first 250 words (the ROUGE ``-l``/``-w`` length-limit convention);
- multi-reference: recall against each of the 3 human summaries (A, B, C), averaged per topic (ROUGE-1.5.5
  ``-f A``, no jackknifing), then averaged over topics.
The published figures (MultiLing 2011 overview, ROUGE-1.5.5 ``-n 2 -f A``, no stemming) are shown beside; a
no-stemming ROUGE-2 row is reported too, to compare like with like.

Tuning used topics 1-5 (M000-M004) only; topics 6-10 (M005-M009) are reported separately as held-out.
Quick mode (CI gate): topics 1-3; with peers off only newsweave is scored (no bench extra needed).
Full mode adds events precision on hand verdicts (bench/trust/multiling_events.py): topics 1-5 tuned on,
6-10 judged once after the last change.
"""

from __future__ import annotations

import re
import statistics
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from bench.harness import BenchContext, Published, Row, text_articles
from newsweave.models import Article

SUMMARY_WORDS = 250
TOPICS = tuple(f"M00{t}" for t in range(10))
TUNING_TOPICS = TOPICS[:5]
HELD_OUT_TOPICS = TOPICS[5:]
QUICK_TOPICS = TOPICS[:3]
PEER_NAMES = {
    "ID1": "CIST", "ID2": "CLASSY", "ID3": "JRC", "ID4": "LIF", "ID5": "SIEL_IIITH", "ID6": "TALN_UPF",
    "ID7": "UBSummarizer", "ID8": "UoEssex", "ID9": "centroid baseline", "ID10": "GA topline",
}
CITATION = ("Giannakopoulos et al., TAC 2011 MultiLing Pilot Overview; "
            "multiling2011/published-evaluation/AutomaticEvaluation/ROUGE (ROUGE-1.5.5, no stemming)")
PUBLISHED_R1 = (Published(46.5, "CLASSY ID2", CITATION), Published(43.2, "JRC ID3", CITATION),
                Published(38.1, "centroid ID9", CITATION), Published(52.5, "topline ID10", CITATION))
PUBLISHED_R2 = (Published(17.1, "CLASSY ID2", CITATION), Published(17.3, "JRC ID3", CITATION),
                Published(11.0, "centroid ID9", CITATION), Published(25.2, "topline ID10", CITATION))


def _root(data: Path) -> Path:
    return data / "multiling2011"


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")


def topic_articles(data: Path, topic: str) -> list[Article]:
    """The topic's 10 English source files as articles, through ingest and cleaning."""
    return text_articles(sorted((_root(data) / "sources").glob(f"{topic}?.english")))


def references(data: Path, topic: str) -> list[str]:
    return [_read(p) for p in sorted((_root(data) / "references" / "English").glob(f"{topic}.?.250"))]


def newsweave_summary(articles: Sequence[Article], words: int = SUMMARY_WORDS) -> str:
    from newsweave.analyze.pipeline import analyze
    from newsweave.group.duplicates import find_duplicates
    from newsweave.weave.summary import summarize

    annotations = analyze(articles)
    duplicates = frozenset(link.copy for link in find_duplicates(articles))
    source_ids = {a.id: f"s{i + 1}" for i, a in enumerate(articles)}
    return " ".join(s.text for s in summarize(articles, annotations, (), source_ids, duplicates, words))


class _RegexTokenizer:
    """sumy's default tokenizer needs NLTK punkt data, which is not installed offline; this needs none."""

    _sent = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“A-Z0-9])|\n+")
    _word = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(s.strip() for s in self._sent.split(paragraph) if s and s.strip())

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(self._word.findall(sentence))


def sumy_summary(texts: Sequence[str], method: str, words: int = SUMMARY_WORDS) -> str:
    """sumy with its documented setup (English stemmer and stop words), best sentences until ``words``."""
    from sumy.nlp.stemmers import Stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    parser = PlaintextParser.from_string("\n\n".join(texts), _RegexTokenizer())
    summarizer = (LexRankSummarizer if method == "lexrank" else TextRankSummarizer)(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")

    def until_words(infos: list[object]) -> list[object]:
        kept, total = [], 0
        for info in infos:
            kept.append(info)
            total += len(str(info.sentence).split())  # type: ignore[attr-defined]
            if total >= words:
                break
        return kept

    return " ".join(str(s) for s in summarizer(parser.document, until_words))


def truncate(text: str, words: int = SUMMARY_WORDS) -> str:
    return " ".join(text.split()[:words])


class Scorer:
    """ROUGE-N recall, averaged over the references of a topic (ROUGE-1.5.5 -f A, no jackknifing)."""

    def __init__(self, stem: bool) -> None:
        from rouge_score import rouge_scorer

        self._scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=stem)

    def recall(self, summary: str, refs: Sequence[str]) -> tuple[float, float]:
        scores = [self._scorer.score(ref, truncate(summary)) for ref in refs]
        return (100 * statistics.fmean(s["rouge1"].recall for s in scores),
                100 * statistics.fmean(s["rouge2"].recall for s in scores))


def _systems(data: Path, topic: str, with_peers: bool) -> dict[str, Callable[[], str]]:
    articles = topic_articles(data, topic)
    texts = [a.text for a in articles]
    systems: dict[str, Callable[[], str]] = {"newsweave": lambda: newsweave_summary(articles)}
    if with_peers:  # the CI gate scores newsweave alone; the bench extra brings sumy for the full table
        systems["sumy LexRank"] = lambda: sumy_summary(texts, "lexrank")
        systems["sumy TextRank"] = lambda: sumy_summary(texts, "textrank")
        for pid, name in PEER_NAMES.items():
            path = _root(data) / "peers" / pid / topic
            if path.is_file():
                systems[f"{name} {pid}"] = lambda path=path: _read(path)
    return systems


def score_topics(data: Path, topics: Sequence[str], with_peers: bool = True
                 ) -> dict[str, dict[str, list[float]]]:
    """system -> metric -> per-topic figures."""
    stemmed, plain = Scorer(stem=True), Scorer(stem=False)
    results: dict[str, dict[str, list[float]]] = {}
    for topic in topics:
        refs = references(data, topic)
        for name, make in _systems(data, topic, with_peers).items():
            summary = make()
            r1, r2 = stemmed.recall(summary, refs)
            _, r2_plain = plain.recall(summary, refs)
            figures = results.setdefault(name, {"R-1": [], "R-2": [], "R-2 plain": []})
            figures["R-1"].append(r1)
            figures["R-2"].append(r2)
            figures["R-2 plain"].append(r2_plain)
    return results


def _rows(results: dict[str, dict[str, list[float]]], dataset: str) -> list[Row]:
    rows = []
    for metric, label, published in (
        ("R-1", "ROUGE-1 recall (stemmed, avg of 3 refs)", PUBLISHED_R1),
        ("R-2", "ROUGE-2 recall (stemmed, avg of 3 refs)", PUBLISHED_R2),
        ("R-2 plain", "ROUGE-2 recall (no stemming, as published)", PUBLISHED_R2),
    ):
        mean = {name: statistics.fmean(f[metric]) for name, f in results.items()}
        peers = tuple((name, round(v, 2)) for name, v in sorted(mean.items(), key=lambda kv: -kv[1])
                      if name != "newsweave")
        topics = len(results["newsweave"][metric])
        rows.append(Row("summary", dataset, label, round(mean["newsweave"], 2), peers=peers,
                        published=published, note=f"{topics} topics, 250 words"))
    return rows


def run(ctx: BenchContext) -> list[Row]:
    if not (_root(ctx.data) / "sources").is_dir():
        ctx.notes.append("summary: multiling2011 not found; skipped")
        return []
    if ctx.quick:
        return _rows(score_topics(ctx.data, QUICK_TOPICS, ctx.peers), "multiling2011-en topics 1-3")
    rows = _rows(score_topics(ctx.data, TUNING_TOPICS, ctx.peers), "multiling2011-en topics 1-5 (tuning)")
    held_out = score_topics(ctx.data, HELD_OUT_TOPICS, ctx.peers)
    rows += _rows(held_out, "multiling2011-en topics 6-10 (held out)")
    from bench.trust.multiling_events import event_rows  # verdicts in bench/data/trust/multiling-events

    return rows + event_rows(ctx.data)


if __name__ == "__main__":
    for row in run(BenchContext(quick="--quick" in sys.argv, peers="--no-peers" not in sys.argv)):
        print(f"{row.dataset} | {row.metric} | newsweave {row.newsweave}")
        for name, value in row.peers:
            print(f"    {name}: {value}")

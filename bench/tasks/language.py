"""Languages: detection on MultiLing 2011 (7 languages x 100 sources) and abstention where no pack exists.

- Detection accuracy: each source file through ingest (``to_article``), ``Article.language`` against the
  language the file is named for. Quick mode (CI gate): topic M000 only (70 files).
- Detection of short texts (full run only): every non-empty line of topics 5-9, the half the thresholds in
  ``ingest/language.py`` were NOT calibrated on: precision of the kept guesses, share kept, and non-English
  lines taken for English.
- Summaries (French quick: topics 1-3; full: every non-English language, 10 topics): ROUGE-2 recall with
  a tokenizer that keeps accented letters and every script (``UnicodeWords``), and with ROUGE-1.5.5's ASCII
  tokens as the published figures were computed; the published figures of JRC, CLASSY, the centroid baseline
  and the topline are read from the set's own evaluation tables and shown beside.
- Mixed-language stories (full run): English and French sources of every topic in one stream, pairwise and
  B3 F1 of the online clusterer.
- French places (full run) against the English pipeline's places in the parallel English article.
- Abstention: each topic's 10 sources in one language are briefed (analyze, then weave as one story). A
  non-English source must carry no label derived from English rules: no claim mention, figure, roster
  entity, event, summary note or claim link, and, without a pack of its own, no quote or timeline entry
  either (French has a rule pack: its quotes and dates are French-derived). The figure is the share of such
  sources that are clean (1.0 = none labelled). Quick mode: topic M000.
"""

from __future__ import annotations

import re
import statistics
import sys
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from bench.harness import BenchContext, Published, Row, text_articles
from newsweave.models import AnalyzedArticle, Article, Briefing, Story

LANGUAGES = {"arabic": "ar", "czech": "cs", "english": "en", "french": "fr", "greek": "el", "hebrew": "he",
             "hindi": "hi"}
TOPICS = tuple(f"M00{t}" for t in range(10))
QUICK_TOPICS = TOPICS[:1]
HELD_OUT_LINE_TOPICS = TOPICS[5:]
QUICK_SUMMARY_TOPICS = TOPICS[:3]
PUBLISHED_PEERS = (("ID3", "JRC ID3"), ("ID2", "CLASSY ID2"), ("ID9", "centroid baseline ID9"),
                   ("ID10", "GA topline ID10"))
PUBLISHED_CITATION = ("Giannakopoulos et al., TAC 2011 MultiLing Pilot Overview; published-evaluation/"
                      "AutomaticEvaluation/ROUGE/Averages (ROUGE-1.5.5 -n 2 -f A, no stemming)")


def _sources(data: Path) -> Path:
    return data / "multiling2011" / "sources"


def source_files(data: Path, topics: Sequence[str], language: str | None = None) -> list[tuple[Path, str]]:
    """(path, gold code) of every source of the topics; the set spells one folder 'Hebrew'."""
    out = []
    for path in sorted(_sources(data).iterdir()):
        name = path.suffix[1:].lower()
        if path.name[:4] in topics and name in LANGUAGES and (language is None or name == language):
            out.append((path, LANGUAGES[name]))
    return out


def detection_rows(data: Path, topics: Sequence[str], dataset: str) -> list[Row]:
    files = source_files(data, topics)
    articles = text_articles([p for p, _ in files])
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    wrong = []
    for (path, gold), article in zip(files, articles, strict=True):
        total[gold] += 1
        if article.language == gold:
            right[gold] += 1
        else:
            wrong.append(f"{path.name}->{article.language}")
    per_language = ", ".join(f"{code} {right[code]}/{total[code]}" for code in sorted(total))
    note = f"{sum(total.values())} sources; {per_language}"
    if wrong:
        note += f"; wrong: {' '.join(wrong[:5])}"
    accuracy = sum(right.values()) / sum(total.values())
    return [Row("language", dataset, "detection accuracy", round(accuracy, 4), note=note)]


def line_rows(data: Path, topics: Sequence[str], dataset: str) -> list[Row]:
    from newsweave.ingest.language import UNDETERMINED, detect_language

    kept = right = english_taken = lines = 0
    for path, gold in source_files(data, topics):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if not line.strip():
                continue
            lines += 1
            code = detect_language(line).code
            if code == UNDETERMINED:
                continue
            kept += 1
            right += code == gold
            english_taken += code == "en" and gold != "en"
    note = f"{lines} lines of 2-200 words, thresholds calibrated on the other topics"
    return [
        Row("language", dataset, "line precision of kept guesses", round(right / max(kept, 1), 4), note=note),
        Row("language", dataset, "lines kept (not undetermined)", round(kept / max(lines, 1), 4), note=note),
        Row("language", dataset, "non-English lines taken for English", english_taken, higher_is_better=False,
            note=note),
    ]


def labelled_sources(b: Briefing, unpacked: set[str], own_rules: bool = False) -> set[str]:
    """Sources among ``unpacked`` that carry a label derived from English rules. With ``own_rules`` (the
    language has a rule pack of its own, as French does) its quotes, timeline dates and places are the
    pack's, not English, and are allowed; claims, figures, events and summary notes never are."""
    hit: set[str] = set()
    claim_ids = set()
    for c in b.claims:
        sids = {m.source for m in c.mentions} & unpacked
        hit |= sids
        if sids:
            claim_ids.add(c.id)
    if not own_rules:
        hit |= {c.source for q in b.quotes for c in q.citations} & unpacked
        hit |= {c.source for t in b.timeline for c in t.citations} & unpacked
    hit |= {n.citation.source for n in b.numbers} & unpacked
    if not own_rules:
        hit |= {s for e in b.entities for s in e.sources} & unpacked
    hit |= {s.citations[0].source for s in b.summary if s.note or s.claim} & unpacked
    if any(set(e.claims) & claim_ids for e in b.events):
        hit |= unpacked
    return hit


def brief_topic(articles: Sequence[Article]) -> Briefing:
    from newsweave.analyze.pipeline import analyze
    from newsweave.pipeline import weave_story
    from newsweave.weave.briefing import WeaveOptions

    story = Story(id="st-bench", article_ids=tuple(a.id for a in articles))
    items = [AnalyzedArticle(a, n) for a, n in zip(articles, analyze(articles), strict=True)]
    return weave_story(story, items, WeaveOptions(summary_words=250))


def _clean_share(articles: Sequence[Article], unpacked_ids: set[str], own_rules: bool = False
                 ) -> tuple[int, int, int]:
    """(clean, total, cited in the summary) over the articles in ``unpacked_ids``."""
    b = brief_topic(articles)
    # By article id: weave lists sources in its own order and leaves out articles it cannot read.
    sid = {s.article_id: s.id for s in b.sources}
    unpacked = {sid[i] for i in unpacked_ids if i in sid}
    cited = len({c.source for s in b.summary for c in s.citations} & unpacked)
    return len(unpacked - labelled_sources(b, unpacked, own_rules)), len(unpacked), cited


def abstention_rows(data: Path, topics: Sequence[str], dataset: str, peers: bool) -> list[Row]:
    """Peer (full run): the same sources marked English, as newsweave treated every input before detection."""
    from newsweave.lang import pack_for, reads_statements

    rows = []
    for language, code in sorted(LANGUAGES.items()):
        if reads_statements(code):
            continue  # English: its own rules
        pack = pack_for(code)
        own = pack is not None and pack.annotate is not None
        ours = [0, 0, 0]
        before = [0, 0, 0]
        for topic in topics:
            articles = text_articles([p for p, _ in source_files(data, (topic,), language)])
            unpacked = {a.id for a in articles if not reads_statements(a.language)}
            ours = [x + y for x, y in zip(ours, _clean_share(articles, unpacked, own), strict=True)]
            if peers:
                as_english = [replace(a, language="en") for a in articles]
                before = [x + y for x, y in zip(before, _clean_share(as_english, unpacked), strict=True)]
        clean, total, cited = ours
        peer = (("English rules on every input (before detection)", round(before[0] / max(before[1], 1), 4)),
                ) if peers and before[1] else ()
        rows.append(Row("language", f"{dataset}-{language}", "sources without English-derived labels (share)",
                        round(clean / max(total, 1), 4), peers=peer,
                        note=f"{total} sources not read by English rules, {total - clean} labelled; "
                             f"{cited} cited in summaries"))
    return rows


class UnicodeWords:
    """ROUGE tokens that keep every script: runs of letters, marks and digits, case-folded, no stemming.
    rouge-score's default tokenizer keeps only [a-z0-9], which splits "dévastateur" and erases Hindi."""

    def tokenize(self, text: str) -> list[str]:
        out, word = [], []
        for ch in text.casefold():
            if unicodedata.category(ch)[0] in "LMN":
                word.append(ch)
            elif word:
                out.append("".join(word))
                word = []
        if word:
            out.append("".join(word))
        return out


class AsciiWords:
    """ROUGE-1.5.5's own tokenization (lowercase, everything but [a-z0-9] a separator): how the published
    MultiLing figures were computed, shown to compare like with like."""

    def tokenize(self, text: str) -> list[str]:
        return re.sub(r"[^a-z0-9]+", " ", text.lower()).split()


def published_r2(data: Path, language: str) -> tuple[Published, ...]:
    path = data / "multiling2011" / "published-evaluation" / "AutomaticEvaluation" / "ROUGE" / "Averages" / (
        f"{language.upper()}_ROUGE-2.csv")
    if not path.is_file():
        return ()
    recall = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        cells = line.split(",")
        if len(cells) >= 2:
            recall[cells[0].split("_")[0]] = float(cells[1])
    return tuple(Published(round(recall[pid], 3), name, PUBLISHED_CITATION) for pid, name in PUBLISHED_PEERS
                 if pid in recall)


def summary_rows(data: Path, languages: Sequence[str], topics: Sequence[str], dataset: str) -> list[Row]:
    """ROUGE-2 recall of newsweave's 250-word summaries against each language's human summaries (averaged
    over a topic's references, ROUGE-1.5.5 ``-f A``), through the detection path."""
    from rouge_score import rouge_scorer

    from bench.tasks.summary import newsweave_summary, truncate

    rows = []
    for language in languages:
        refs_dir = data / "multiling2011" / "references" / language.capitalize()
        scores: dict[str, list[float]] = {"unicode": [], "ascii": []}
        scorers = {"unicode": rouge_scorer.RougeScorer(["rouge2"], tokenizer=UnicodeWords()),
                   "ascii": rouge_scorer.RougeScorer(["rouge2"], tokenizer=AsciiWords())}
        for topic in topics:
            summary = truncate(newsweave_summary(text_articles(
                [p for p, _ in source_files(data, (topic,), language)])))
            refs = [p.read_text(encoding="utf-8", errors="replace")
                    for p in sorted(refs_dir.glob(f"{topic}.*.250"))]
            for name, scorer in scorers.items():
                scores[name].append(statistics.fmean(scorer.score(r, summary)["rouge2"].recall for r in refs))
        published = published_r2(data, language)
        note = f"{len(topics)} topics, 250 words; weights tuned on English topics 1-5 only"
        rows.append(Row("language", f"{dataset}-{language}", "ROUGE-2 recall (Unicode words, no stemming)",
                        round(statistics.fmean(scores["unicode"]), 4), published=published, note=note))
        rows.append(Row("language", f"{dataset}-{language}", "ROUGE-2 recall (ROUGE-1.5.5 ASCII tokens)",
                        round(statistics.fmean(scores["ascii"]), 4), published=published, note=note))
    return rows


def mixed_clustering_rows(data: Path) -> list[Row]:
    """English and French reports of the 10 topics in one stream (each topic's 10 English then 10 French
    sources), clustered online; pairwise and B3 F1 against the topics. Nothing here was tuned on it."""
    from bench.tasks.clustering import bcubed, newsweave_labels, pairwise

    rows = []
    for name, topics in (("all 10 topics", TOPICS), ("topics 1-5", TOPICS[:5]), ("topics 6-10", TOPICS[5:])):
        articles: list[Article] = []
        gold: list[str] = []
        for topic in topics:
            for language in ("english", "french"):
                paths = [p for p, _ in source_files(data, (topic,), language)]
                articles += text_articles(paths)
                gold += [topic] * len(paths)
        labels = newsweave_labels(articles)
        note = f"{len(articles)} articles, {len(set(gold))} gold stories, {len(set(labels))} found"
        for metric, scorer in (("pairwise F1", pairwise), ("B3 F1", bcubed)):
            rows.append(Row("language", f"multiling2011 en+fr mixed, {name}", metric,
                            round(scorer(labels, gold)[2], 4), note=note))
    return rows


def place_agreement_rows(data: Path) -> list[Row]:
    """French places (the pack's rules) against the places the English pipeline (spaCy NER + gazetteer)
    finds in the parallel English article: MultiLing's French sources are translations of the English ones,
    so a French pin the English article lacks is most likely wrong. Per article, sets of gazetteer ids;
    topics 1-5 were read by eye while writing the rules, topics 6-10 were not."""
    from newsweave.analyze.pipeline import analyze

    rows = []
    for name, topics in (("topics 1-5 (looked at)", TOPICS[:5]), ("topics 6-10 (held out)", TOPICS[5:])):
        both = french_only = english_only = 0
        for topic in topics:
            fr = text_articles([p for p, _ in source_files(data, (topic,), "french")])
            en = text_articles([p for p, _ in source_files(data, (topic,), "english")])
            for f_ann, e_ann in zip(analyze(fr), analyze(en), strict=True):
                f_ids = {e.geo.gazetteer_id for e in f_ann.entities if e.geo}
                e_ids = {e.geo.gazetteer_id for e in e_ann.entities if e.geo}
                both += len(f_ids & e_ids)
                french_only += len(f_ids - e_ids)
                english_only += len(e_ids - f_ids)
        note = f"{both} shared, {french_only} French-only, {english_only} English-only places (per article)"
        dataset = f"multiling2011 fr places vs parallel en, {name}"
        rows.append(Row("language", dataset, "share of French places the English article has",
                        round(both / max(both + french_only, 1), 4), note=note))
        rows.append(Row("language", dataset, "share of English places found in French",
                        round(both / max(both + english_only, 1), 4), note=note))
    return rows


def run(ctx: BenchContext) -> list[Row]:
    if not _sources(ctx.data).is_dir():
        ctx.notes.append("language: multiling2011 not found; skipped")
        return []
    if ctx.quick:
        return (detection_rows(ctx.data, QUICK_TOPICS, "multiling2011 topic M000")
                + abstention_rows(ctx.data, QUICK_TOPICS, "multiling2011 M000", peers=False)
                + summary_rows(ctx.data, ("french",), QUICK_SUMMARY_TOPICS, "multiling2011 topics 1-3"))
    return (detection_rows(ctx.data, TOPICS, "multiling2011 (700 sources)")
            + line_rows(ctx.data, HELD_OUT_LINE_TOPICS, "multiling2011 lines, topics 5-9 (held out)")
            + abstention_rows(ctx.data, TOPICS, "multiling2011", ctx.peers)
            + summary_rows(ctx.data, sorted(set(LANGUAGES) - {"english"}), TOPICS, "multiling2011 summaries")
            + mixed_clustering_rows(ctx.data)
            + place_agreement_rows(ctx.data))


if __name__ == "__main__":
    for row in run(BenchContext(quick="--quick" in sys.argv)):
        print(f"{row.dataset:40} {row.metric:48} {row.newsweave}  [{row.note}]  {row.peers}")

"""Figures on ECB+ gold stories, labelled by hand: the labels in bench/data/trust/ecbplus-figures/.

The labels use the DUC trust schema's ``quantities`` / ``contradictions`` / ``uncertain`` part (the README
beside them says how they were made), one file per topic (odd topics: dev; some even topics: held out),
listing the gold stories (topic x ``ecb``/``ecbplus`` suffix) that were labelled. Each labelled story is
woven alone, as ``bench/trust/ecbplus_events.py`` does, its briefing rendered to the
``newsweave.briefing/1`` JSON and read back through ``bench/trust/briefs.view``; the number conflicts, the
updates and the "every differing figure" baseline are then judged by the DUC scorer's own functions
(``score_conflicts``, ``score_updates``), so a figure here means what it means on DUC. Label offsets index
the loader's cleaned text (``to_article_with_spans``), so a phrase is placed at its own relative position.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.harness import weave_options
from bench.trust.briefs import BriefView, Span, view
from bench.trust.ecbplus import CHECK_TOPICS, TUNE_TOPICS, EcbDoc
from bench.trust.figure_score import FigureScore, note, placed_by_offset, score_figures
from bench.trust.labels import ClusterLabels, parse_labels

LABELS = Path(__file__).resolve().parent.parent / "data" / "trust" / "ecbplus-figures"
# Even topics labelled blind on 2026-12-06 by a labeller who never ran the product: report only.
TEST_TOPICS = (8, 12, 18, 20, 24, 26, 30)


@dataclass(frozen=True, slots=True)
class TopicFigures:
    topic: int
    stories: tuple[str, ...]  # the gold stories labelled ("3ecb")
    labels: ClusterLabels


def load_figures(topic: int, root: Path = LABELS) -> TopicFigures | None:
    path = root / f"topic-{topic:02d}.json"
    if not path.is_file():
        return None
    obj = json.loads(path.read_text(encoding="utf-8"))
    return TopicFigures(int(obj["topic"]), tuple(map(str, obj.get("stories", ()))), parse_labels(obj))


def woven_view(docs: Sequence[EcbDoc], items: Sequence[Any], stories: Sequence[str]) -> BriefView:
    """Weave each of ``stories`` alone (``items``: the topic's AnalyzedArticles, in ``docs`` order) and read
    the briefings back, documents named by their ECB+ names."""
    from newsweave.models import Story
    from newsweave.pipeline import weave_story
    from newsweave.render.json import briefing_to_obj

    briefings = []
    doc_of: dict[str, str] = {}
    for story in stories:
        chosen = [i for d, i in zip(docs, items, strict=True) if d.story == story]
        if not chosen:
            continue
        doc_of |= {i.article.path or i.id: d.name
                   for d, i in zip(docs, items, strict=True) if d.story == story}
        woven = weave_story(Story(id=story, article_ids=tuple(i.article.id for i in chosen)), chosen,
                            weave_options())
        briefings.append(briefing_to_obj(woven))
    return view(briefings, doc_of)


def score_view(figures: TopicFigures, brief: BriefView) -> FigureScore:
    return score_figures(str(figures.topic), figures.labels, brief)


def score_topic(docs: Sequence[EcbDoc], items: Sequence[Any], root: Path = LABELS) -> FigureScore | None:
    """The topic's figure score, or None when it has no figure labels."""
    figures = load_figures(docs[0].topic, root) if docs else None
    if figures is None:
        return None
    return score_view(figures, woven_view(docs, items, figures.stories))


def analysed_topic(data: Path, topic: int) -> tuple[list[EcbDoc], list[Any]]:
    """A topic's documents and their AnalyzedArticles (for running this module alone)."""
    from bench.trust.ecbplus import to_article_with_spans, topic_docs
    from newsweave.analyze.pipeline import analyze
    from newsweave.models import AnalyzedArticle

    docs = topic_docs(data, topic)
    articles = [to_article_with_spans(d).article for d in docs]
    return docs, [AnalyzedArticle(a, n) for a, n in zip(articles, analyze(articles), strict=True)]


def _at(brief: BriefView, s: Span) -> str:
    return f"{brief.texts[s.doc][s.start:s.end]!r}@{s.doc}"


def explain(figures: TopicFigures, brief: BriefView) -> list[str]:
    """One line per predicted number conflict and update, with the labels' verdict (for reading the tune
    topics' errors; never run on the check topics before the last change)."""
    from bench.trust.score import conflict_verdict, mention_at

    placed = placed_by_offset(figures.labels, brief.texts)
    out = []
    for k in brief.conflicts:
        if k.kind != "number":
            continue
        verdict, _ = conflict_verdict(figures.labels, placed, k.candidates)
        pairs = "; ".join(f"{_at(brief, a)} [{mention_at(placed, a)}] ~ {_at(brief, b)} "
                          f"[{mention_at(placed, b)}]" for a, b in k.candidates)
        out.append(f"conflict {verdict}: {pairs}")
    for u in brief.updates:
        figs = ", ".join(f"{f.text!r}@{f.span.doc}[{mention_at(placed, f.span)}]" for f in u.figures)
        out.append(f"update: {figs}")
    return out


if __name__ == "__main__":
    import sys

    from bench.harness import DEFAULT_DATA

    picked = [int(a) for a in sys.argv[1:] if a.isdigit()]
    verbose = "-v" in sys.argv
    for part, topics in (("tune", TUNE_TOPICS), ("check", CHECK_TOPICS), ("test", TEST_TOPICS)):
        total = FigureScore()
        for t in topics:
            if picked and t not in picked:
                continue
            figs = load_figures(t)
            if figs is None:
                continue
            docs, items = analysed_topic(DEFAULT_DATA, t)
            brief = woven_view(docs, items, figs.stories)
            s = score_view(figs, brief)
            total.add(s)
            print(f"topic {t} ({' '.join(figs.stories)}): conflicts {note(s.conflicts)}; baseline "
                  f"{note(s.conflicts_baseline)}; updates {note(s.updates)}; missing {s.missing_phrases}")
            if verbose and part == "tune":
                print("  " + "\n  ".join(explain(figs, brief)))
        if total.topics:
            print(f"== {part} {' '.join(total.topics)}: conflicts {note(total.conflicts)}; baseline "
                  f"{note(total.conflicts_baseline)}; updates {note(total.updates)}; "
                  f"missing phrases {total.missing_phrases}")

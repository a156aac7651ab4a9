"""Figures on MultiLing 2011 English topics, labelled by hand: bench/data/trust/multiling-figures/.

The labels use the DUC trust schema's ``quantities`` / ``contradictions`` / ``uncertain`` part (the README
beside them says how they were made), one file per topic (``topic-M003.json``). Each topic's ten WikiNews
articles are woven as ONE story, as ``bench/trust/multiling_events.py`` does (a user feeding one topic), its
briefing rendered to the ``newsweave.briefing/1`` JSON and read back through ``bench/trust/briefs.view``
with every article named by its file stem ("M0031": topic M003, article 1). Number conflicts, updates and
the "every differing figure" baseline are judged by the DUC scorer's own functions (``score_conflicts``,
``score_updates``), so a figure here means what it means on DUC and ECB+. Label offsets index the loader's
cleaned text (``bench.harness.text_articles``), and a phrase is placed at its own relative position.

The split was fixed before any figure was read: M000-M004 tune, M005-M009 check (report only: totals, never
the per-pair listing).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.harness import Row, weave_options
from bench.trust.briefs import BriefView, view
from bench.trust.figure_score import FigureScore, note, placed_by_offset, score_figures
from bench.trust.labels import ClusterLabels, parse_labels
from bench.trust.multiling_events import CHECK_TOPICS, TUNE_TOPICS, topic_paths

LABELS = Path(__file__).resolve().parent.parent / "data" / "trust" / "multiling-figures"


@dataclass(frozen=True, slots=True)
class TopicFigures:
    topic: str  # "M003"
    labels: ClusterLabels


def load_figures(topic: str, root: Path = LABELS) -> TopicFigures | None:
    path = root / f"topic-{topic}.json"
    if not path.is_file():
        return None
    obj = json.loads(path.read_text(encoding="utf-8"))
    return TopicFigures(str(obj["topic"]), parse_labels(obj))


def doc_name(path: str) -> str:
    """A MultiLing file's stem: ``.../M0031.english`` -> ``M0031``."""
    return Path(path).name.split(".")[0]


def woven_view(articles: Sequence[Any], topic: str) -> BriefView:
    """Analyse and weave one topic's ``Article``s as one story and read the briefing back."""
    from newsweave.analyze.pipeline import analyze
    from newsweave.models import AnalyzedArticle, Story
    from newsweave.pipeline import weave_story
    from newsweave.render.json import briefing_to_obj

    items = [AnalyzedArticle(a, n) for a, n in zip(articles, analyze(articles), strict=True)]
    story = Story(id=topic, article_ids=tuple(i.article.id for i in items))
    doc_of = {a.path or a.id: doc_name(a.path or a.id) for a in articles}
    return view([briefing_to_obj(weave_story(story, items, weave_options()))], doc_of)


def score_view(figures: TopicFigures, brief: BriefView) -> FigureScore:
    return score_figures(figures.topic, figures.labels, brief)


def topic_view(data: Path, topic: str) -> BriefView | None:
    """The topic's briefing read back, or None when its articles are not on this machine."""
    from bench.harness import text_articles

    paths = topic_paths(data, topic)
    return woven_view(text_articles(paths), topic) if paths else None


def score_topic(data: Path, topic: str, root: Path = LABELS) -> FigureScore | None:
    """The topic's figure score, or None when it has no figure labels or no articles."""
    figures = load_figures(topic, root)
    brief = topic_view(data, topic) if figures is not None else None
    return score_view(figures, brief) if figures is not None and brief is not None else None


def part_score(data: Path, topics: Sequence[str], root: Path = LABELS) -> FigureScore:
    """The figure scores of the labelled ``topics`` on this machine, summed."""
    total = FigureScore()
    for t in topics:
        s = score_topic(data, t, root)
        if s is not None:
            total.add(s)
    return total


def figure_rows(data: Path) -> list[Row]:
    """Rows for ``make bench``'s trust task: number conflicts beside the every-differing-figure baseline,
    and updates, for the tune topics (tuned on) and the check topics (never read for errors) apart."""
    out: list[Row] = []
    for part, topics in (("tune topics M000-M004 (tuned on)", TUNE_TOPICS),
                         ("check topics M005-M009 (not tuned on)", CHECK_TOPICS)):
        s = part_score(data, topics)
        if not s.topics:
            continue
        dataset = f"multiling figures {part}"
        c, base = s.conflicts, s.conflicts_baseline
        out += [
            Row("trust", dataset, "number conflicts precision", round(c.precision, 4),
                peers=(("every differing figure a conflict", round(base.precision, 4)),),
                note=f"{note(c)}; baseline {note(base)}"),
            Row("trust", dataset, "number conflicts recall", round(c.recall, 4),
                peers=(("every differing figure a conflict", round(base.recall, 4)),),
                note=f"{note(c)}; baseline {note(base)}"),
            Row("trust", dataset, "updates found", round(s.updates.recall, 4),
                note=f"{note(s.updates)}; labelled phrases not found {s.missing_phrases}"),
        ]
    return out


def explain(figures: TopicFigures, brief: BriefView) -> list[str]:
    """One line per predicted number conflict and update with the labels' verdict, then the labelled
    contradictions and updates not found (for reading the tune topics' errors; never run on check topics)."""
    from bench.trust.score import conflict_verdict, mention_at, update_quantities

    placed = placed_by_offset(figures.labels, brief.texts)
    mentions = figures.labels.number_mentions()

    def at(s: Any) -> str:
        return f"{brief.texts[s.doc][s.start:s.end]!r}@{s.doc}[{mention_at(placed, s)}]"

    out, found = [], set()
    for k in brief.conflicts:
        if k.kind != "number":
            continue
        verdict, hits = conflict_verdict(figures.labels, placed, k.candidates)
        found |= hits
        out.append(f"conflict {verdict}: " + "; ".join(f"{at(a)} ~ {at(b)}" for a, b in k.candidates))
    for u in brief.updates:
        out.append("update: " + ", ".join(at(f.span) for f in u.figures))
    for pair in sorted(figures.labels.contradictions - found, key=sorted):
        a, b = sorted(pair)
        out.append(f"missed contradiction: {mentions[a][1].phrase!r}@{mentions[a][1].doc} ~ "
                   f"{mentions[b][1].phrase!r}@{mentions[b][1].doc}")
    for qid in sorted(update_quantities(figures.labels)):
        counts = next(q.counts for q in figures.labels.quantities if q.id == qid)
        out.append(f"labelled update ({qid}): {counts}")
    return out


def main(argv: Sequence[str]) -> None:
    from bench.harness import DEFAULT_DATA

    picked = [a for a in argv if a.startswith("M")]
    verbose = "-v" in argv
    for part, topics in (("tune", TUNE_TOPICS), ("check", CHECK_TOPICS)):
        total = FigureScore()
        for t in topics:
            figs = load_figures(t) if not picked or t in picked else None
            brief = topic_view(DEFAULT_DATA, t) if figs is not None else None
            if figs is None or brief is None:
                continue
            s = score_view(figs, brief)
            total.add(s)
            if part == "tune":  # check topics: totals only, never per-topic rows or errors
                print(f"topic {t}: conflicts {note(s.conflicts)}; baseline {note(s.conflicts_baseline)}; "
                      f"updates {note(s.updates)}; missing {s.missing_phrases}")
                if verbose and (lines := explain(figs, brief)):
                    print("  " + "\n  ".join(lines))
        if total.topics:
            print(f"== {part} {' '.join(total.topics)}: conflicts {note(total.conflicts)}; baseline "
                  f"{note(total.conflicts_baseline)}; updates {note(total.updates)}; "
                  f"missing phrases {total.missing_phrases}")


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])

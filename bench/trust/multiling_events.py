"""Events on MultiLing 2011 English, judged by hand: the labels in bench/data/trust/multiling-events/.

Each of the 10 WikiNews topics (M000-M009, 10 articles each) is woven as ONE story, as a user would feed
one topic, and every event the briefing lists is read back as an ``EventRecord``
(bench/trust/ecbplus_events.py) with the article's file stem ("M0031": topic M003, article 1) as its
document. A label is a verdict on one such record and judges it only when every field matches; the
unjudged are counted apart.

The split was fixed before any event was read: topics M000-M004 tune, M005-M009 check (report only).
"""

from __future__ import annotations

from pathlib import Path

from bench.harness import Row
from bench.trust.ecbplus_events import EventRecord, EventTally, Verdict, analysed_events, load_verdicts

LABELS = Path(__file__).resolve().parent.parent / "data" / "trust" / "multiling-events"
TUNE_TOPICS = tuple(f"M00{t}" for t in range(5))
CHECK_TOPICS = tuple(f"M00{t}" for t in range(5, 10))


def topic_paths(data: Path, topic: str) -> list[Path]:
    return sorted((data / "multiling2011" / "sources").glob(f"{topic}?.english"))


def topic_events(paths: list[Path]) -> list[EventRecord]:
    """Analyse and weave one topic's articles as one story; its events, documents named by file stem."""
    from bench.harness import text_articles

    articles = text_articles(paths)
    return analysed_events(articles, paths[0].name[:4],
                           {a.path or "": Path(a.path or a.id).name.split(".")[0] for a in articles})


def topic_verdicts(topic: str, root: Path = LABELS) -> list[Verdict]:
    return load_verdicts(topic, root)


def event_rows(data: Path) -> list[Row]:
    """Events precision on both parts, each topic woven as one story (full bench mode only: ~1 min)."""
    out = []
    for part, topics in (("tune M000-M004, tuned on", TUNE_TOPICS), ("check M005-M009", CHECK_TOPICS)):
        tally = EventTally()
        for topic in topics:
            paths = topic_paths(data, topic)
            if paths:
                tally.add(topic_events(paths), topic_verdicts(topic))
        out.append(Row("summary", "multiling2011-en, each topic one story",
                       f"events precision ({part})", round(tally.precision, 4), note=tally.note))
    return out

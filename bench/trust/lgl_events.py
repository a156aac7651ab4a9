"""Events on LGL local US news, judged by hand: the labels in bench/data/trust/lgl-events/.

LGL (Lieberman et al. 2010, as released by Gritta et al. 2018: ``lgl/lgl.xml``) is split in halves by
article order in bench/tasks/places.py; only the FIRST half (the places tune half) is used here, the second
stays held out for places. Of that half, the articles whose text has at least ``MIN_EVENT_WORDS`` of the
fixed ``EVENT_WORDS`` were shuffled with ``random.Random(SEED)`` and the first 60 taken: the first 30 are the
tune part, the next 30 the check part. This was fixed before any event was printed.

Each article is woven as its own story (LGL articles are single local reports, not clusters), given its
title, URL and download day as a user's feed would, and every event of the briefing is read back as an
``EventRecord`` (bench/trust/ecbplus_events.py) with the LGL ``docid`` as its document.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from bench.harness import Row
from bench.trust.ecbplus_events import (
    EventRecord,
    EventTally,
    Verdict,
    article_story_events,
    load_verdicts,
    record_obj,
)

A = TypeVar("A")

LABELS = Path(__file__).resolve().parent.parent / "data" / "trust" / "lgl-events"
LGL_FILE = Path("lgl") / "lgl.xml"
SEED = 20261202
PICK = 60
TUNE_SIZE = 30
MIN_EVENT_WORDS = 2  # distinct hits, so that one stray "fire" or "rally" does not pick a council story
# Words of the PLOVER kinds newsweave emits (violence, seizures, flight, protest, demands, threats, talks),
# fixed before any article was read; they only choose articles, the product never sees them.
EVENT_WORDS = re.compile(
    r"\b(shot|shooting|shootings|killed|killing|murder(?:ed)?|stabbed|stabbing|arrested|arrests?|detained|"
    r"robbed|robbery|assault(?:ed)?|attack(?:ed|s)?|kidnapp(?:ed|ing)|abducted|protest(?:ed|ers|s)?|rally|"
    r"marched|fled|fleeing|demand(?:ed|s)?|threaten(?:ed|s)?|negotiat(?:ed|ions?)|clash(?:ed|es)?|"
    r"injured|wounded|fire|blaze|seized|captured|charged)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class LglArticle:
    docid: str
    title: str
    url: str
    day: str | None  # the download day (YYYY-MM-DD), standing in for the publication day
    text: str


def tune_half(data: Path) -> list[LglArticle]:
    """LGL's first half by article order (places' tune half); the second half is never read here."""
    arts = list(ET.parse(data / LGL_FILE).getroot().iter("article"))
    out = []
    for art in arts[: len(arts) // 2]:
        day = (art.findtext("dltime") or "").strip()[:10]
        out.append(LglArticle(art.get("docid") or "", (art.findtext("title") or "").strip(),
                              (art.findtext("url") or "").strip(), day or None, art.findtext("text") or ""))
    return out


def has_event_words(text: str) -> bool:
    return len({m.group(0).lower() for m in EVENT_WORDS.finditer(text)}) >= MIN_EVENT_WORDS


def split(data: Path) -> tuple[list[LglArticle], list[LglArticle]]:
    """(tune, check): the seeded pick of articles with event words from LGL's first half."""
    pool = [a for a in tune_half(data) if has_event_words(a.text)]
    random.Random(SEED).shuffle(pool)
    chosen = pool[:PICK]
    return chosen[:TUNE_SIZE], chosen[TUNE_SIZE:]


def article_events(art: LglArticle) -> list[EventRecord]:
    """Analyse and weave one article as its own story; its events, the document named by LGL docid."""
    from newsweave.models import Metadata

    meta = Metadata(id=f"lgl-{art.docid}", title=art.title or None, url=art.url or None, published=art.day)
    return article_story_events(f"lgl:{art.docid}", art.text, meta, art.docid)


def part_verdicts(part: str, root: Path = LABELS) -> list[Verdict]:
    """The verdicts of one part (``topic-tune.json`` or ``topic-check.json``)."""
    return load_verdicts(part, root)


def precision_rows(dataset: str, parts: Sequence[tuple[str, str, Sequence[A]]],
                   events_of: Callable[[A], list[EventRecord]], root: Path,
                   task: str = "places") -> list[Row]:
    """One events-precision row per part ((verdict file stem, label, articles)), each article woven as its
    own story; the verdicts are read from ``root``; ``task`` names the bench task that reports them."""
    out = []
    for part, label, arts in parts:
        tally = part_tally(part, arts, events_of, root)
        out.append(Row(task, dataset, f"events precision ({label})", round(tally.precision, 4),
                       note=tally.note))
    return out


def part_tally(part: str, arts: Sequence[A], events_of: Callable[[A], list[EventRecord]],
               root: Path) -> EventTally:
    """One part's articles' events (each woven as its own story) judged against its verdicts in ``root``."""
    tally = EventTally()
    verdicts = part_verdicts(part, root)
    for art in arts:
        tally.add(events_of(art), verdicts)
    return tally


def parts_cli(prog: str, part_of: Callable[[Path, str], Sequence[A]],
              events_of: Callable[[A], list[EventRecord]], root: Path, argv: list[str] | None = None) -> None:
    """The command line of a tune/check events set whose articles are each woven as their own story:
    each part's precision against the verdicts in ``root``, or with ``--dump`` one part's events as
    verdict skeletons (JSON) on stdout. ``part_of(data, part)``: the part's articles."""
    from bench.harness import DEFAULT_DATA

    parser = argparse.ArgumentParser(prog=prog)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--dump", choices=("tune", "check"),
                        help="write this part's events as verdict skeletons (JSON) to stdout")
    args = parser.parse_args(argv)
    if args.dump:
        events = [record_obj(r) for art in part_of(args.data, args.dump) for r in events_of(art)]
        json.dump({"topic": args.dump, "part": args.dump, "labeller": "", "events": events}, sys.stdout,
                  indent=1)
        print()
        return
    for part in ("tune", "check"):
        tally = part_tally(part, part_of(args.data, part), events_of, root)
        print(f"{part}: precision {tally.precision:.3f} ({tally.note})")


def event_rows(data: Path) -> list[Row]:
    """Events precision on both parts, each article woven as its own story (full bench mode only)."""
    if not (data / LGL_FILE).is_file():
        return []
    tune, check = split(data)
    return precision_rows("lgl first half, each article one story",
                          (("tune", "tune 30, tuned on", tune), ("check", "check 30", check)), article_events,
                          LABELS)

"""Events on TimeBank news, judged by hand: the labels in bench/data/trust/timebank-events/.

TimeBank 1.2 (``timebank/*.tml``, as cleaned for TempEval-3) is 183 news articles of 1989-1998 (AP, ABC, CNN,
NYT, PRI, VOA, WSJ and others) in TimeML, each with its creation day (the ``DCT``). The dates bench tunes on
the first two thirds of the files in name order and holds out the last third (bench/tasks/dates.py
``timebank_split``); this set draws only from the first two thirds, so the dates' held-out third stays
unread. Nobody had judged newsweave's events on TimeBank before this set. Its wire and broadcast news of
1998 is nearest to the DUC 2003 clusters, whose held-out half is where the events target is missed.

The 122 tuned-on files, sorted, were shuffled with ``random.Random(SEED)``: the first ``TUNE_SIZE`` are the
tune part, the other ``CHECK_SIZE`` the check part. This was fixed before any event was printed. Each
article is woven as its own story with its publication day (the ``DCT``) as ``Metadata.published``, as the
TempEval-3 set is (bench/trust/te3_events.py), and every event of the briefing is read back as an
``EventRecord`` named ``tb-<file stem>``.

    python -m bench.trust.timebank_events [--data DIR] [--dump PART]

prints each part's precision, or with ``--dump`` writes the events of one part as verdict skeletons (JSON).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from bench.harness import Row
from bench.tasks.dates import read_tml, timebank_split
from bench.trust.ecbplus_events import EventRecord, article_story_events
from bench.trust.lgl_events import parts_cli, precision_rows

LABELS = Path(__file__).resolve().parent.parent / "data" / "trust" / "timebank-events"
SEED = 20261206
TUNE_SIZE = 61
CHECK_SIZE = 61


@dataclass(frozen=True, slots=True)
class TbArticle:
    name: str  # "tb-<file stem>"
    day: str  # the DCT, YYYY-MM-DD
    text: str


def split_paths(data: Path) -> tuple[list[Path], list[Path]]:
    """(tune, check): the dates bench's tuned-on TimeBank files, shuffled with ``SEED``."""
    pool, _ = timebank_split(data)
    pool = sorted(pool)
    random.Random(SEED).shuffle(pool)
    return pool[:TUNE_SIZE], pool[TUNE_SIZE:TUNE_SIZE + CHECK_SIZE]


def read_article(path: Path) -> TbArticle:
    doc = read_tml(path)
    return TbArticle(f"tb-{path.stem}", doc.dct, doc.text)


def part(data: Path, name: str) -> list[TbArticle]:
    tune, check = split_paths(data)
    return [read_article(p) for p in {"tune": tune, "check": check}[name]]


def article_events(art: TbArticle) -> list[EventRecord]:
    """Analyse and weave one article as its own story; its events, the document named ``tb-<stem>``."""
    from newsweave.models import Metadata

    meta = Metadata(id=art.name, published=art.day)
    return article_story_events(art.name, art.text, meta, art.name)


def event_rows(data: Path) -> list[Row]:
    """Events precision on both parts, each article woven as its own story (full bench mode only)."""
    if not (data / "timebank").is_dir() or not LABELS.is_dir():
        return []
    parts = (("tune", f"tune {TUNE_SIZE}, tuned on", part(data, "tune")),
             ("check", f"check {CHECK_SIZE}", part(data, "check")))
    return precision_rows("timebank tuned two thirds, each article one story", parts, article_events, LABELS,
                          task="dates")


def main(argv: list[str] | None = None) -> None:
    parts_cli("python -m bench.trust.timebank_events", part, article_events, LABELS, argv)


if __name__ == "__main__":
    main()

"""Events on LGL local US news, second round: the labels ``topic-round2-tune.json`` and
``topic-round2-check.json`` in bench/data/trust/lgl-events/.

The first round (bench/trust/lgl_events.py) took 60 articles of LGL's first half with at least two distinct
``EVENT_WORDS``. This round takes the first-half articles NOT in that pick that hold at least ONE distinct
event word, shuffles them with ``random.Random(SEED)``, takes up to ``PICK``: the first half of them (rounded
up) is the tune part, the rest the check part. LGL's second half stays held out and is never read. The pick
was fixed before any event of these articles was printed.

Articles are woven exactly as in the first round (``article_events``: one story each, title, URL and download
day as a feed would give them).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from bench.harness import Row
from bench.trust.lgl_events import (
    EVENT_WORDS,
    LABELS,
    LGL_FILE,
    LglArticle,
    article_events,
    precision_rows,
    tune_half,
)
from bench.trust.lgl_events import split as first_round_split

SEED = 20261204
PICK = 60
MIN_EVENT_WORDS = 1  # one distinct hit: the first round took the articles with two or more


def _event_words(text: str) -> int:
    return len({m.group(0).lower() for m in EVENT_WORDS.finditer(text)})


def split(data: Path) -> tuple[list[LglArticle], list[LglArticle]]:
    """(tune, check): the seeded pick of first-half articles with an event word, outside the first round."""
    first_tune, first_check = first_round_split(data)
    taken = {a.docid for a in first_tune + first_check}
    pool = [a for a in tune_half(data) if a.docid not in taken and _event_words(a.text) >= MIN_EVENT_WORDS]
    random.Random(SEED).shuffle(pool)
    chosen = pool[:PICK]
    half = (len(chosen) + 1) // 2
    return chosen[:half], chosen[half:]


def event_rows(data: Path) -> list[Row]:
    """Events precision on both round-2 parts, each article woven as its own story (full bench mode only)."""
    if not (data / LGL_FILE).is_file():
        return []
    tune, check = split(data)
    parts = (("round2-tune", f"round 2 tune {len(tune)}, tuned on", tune),
             ("round2-check", f"round 2 check {len(check)}", check))
    return precision_rows("lgl first half (round 2), each article one story", parts, article_events, LABELS)


if __name__ == "__main__":
    from bench.harness import DEFAULT_DATA

    for row in event_rows(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DATA):
        print(row.metric, row.newsweave, row.note)

"""Events on TempEval-3 platinum news, judged by hand: the labels in bench/data/trust/te3-events/.

TempEval-3 platinum (UzZaman et al. 2013, ``te3-platinum/gold/*.tml``) is 20 news articles of March 2013 (AP,
CNN, WSJ, BBC, NYT) in TimeML, each with its creation day (the ``DCT``). bench/tasks/dates.py scores dates on
them; nobody had judged newsweave's events on them before this set. The 20 file names, sorted, were shuffled
with ``random.Random(SEED)``: the first 10 are the tune part, the last 10 the check part. This was fixed
before any event was printed.

Each article is woven as its own story with what a feed would give: its headline (the TimeML ``TITLE``) and
its publication day (the ``DCT``, passed as ``Metadata.published`` so relative days resolve), and every event
of the briefing is read back as an ``EventRecord`` (bench/trust/ecbplus_events.py) named ``te3-<file stem>``.
The text is ``read_tml``'s: the TimeML ``TEXT`` with its tags stripped.

    python -m bench.trust.te3_events [--data DIR] [--dump PART]

prints each part's precision, or with ``--dump`` writes the events of one part as verdict skeletons (JSON).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

from bench.harness import Row
from bench.tasks.dates import TE3, read_tml
from bench.trust.ecbplus_events import EventRecord, article_story_events
from bench.trust.lgl_events import parts_cli, precision_rows

LABELS = Path(__file__).resolve().parent.parent / "data" / "trust" / "te3-events"
SEED = 20261203
TUNE_SIZE = 10
_TITLE = re.compile(r"<TITLE>(.*?)</TITLE>", re.S)


@dataclass(frozen=True, slots=True)
class Te3Article:
    name: str  # "te3-<file stem>"
    title: str
    day: str  # the DCT, YYYY-MM-DD
    text: str


def file_names(data: Path) -> list[str]:
    """The platinum files' names, sorted."""
    return sorted(p.name for p in (data / TE3).glob("*.tml"))


def read_article(path: Path) -> Te3Article:
    doc = read_tml(path)
    m = _TITLE.search(path.read_text(encoding="utf-8"))
    title = " ".join(m.group(1).split()) if m else ""
    return Te3Article(f"te3-{path.stem}", title, doc.dct, doc.text)


def split_names(names: list[str]) -> tuple[list[str], list[str]]:
    """(tune, check) file names: the sorted names shuffled with ``SEED``, the first ``TUNE_SIZE`` tune."""
    pool = sorted(names)
    random.Random(SEED).shuffle(pool)
    return pool[:TUNE_SIZE], pool[TUNE_SIZE:]


def split(data: Path) -> tuple[list[Te3Article], list[Te3Article]]:
    """(tune, check): the seeded split of the 20 platinum articles."""
    tune, check = split_names(file_names(data))
    return ([read_article(data / TE3 / n) for n in tune], [read_article(data / TE3 / n) for n in check])


def article_events(art: Te3Article) -> list[EventRecord]:
    """Analyse and weave one article as its own story; its events, the document named ``te3-<stem>``."""
    from newsweave.models import Metadata

    meta = Metadata(id=art.name, title=art.title or None, published=art.day)
    return article_story_events(art.name, art.text, meta, art.name)


def event_rows(data: Path) -> list[Row]:
    """Events precision on both parts, each article woven as its own story (full bench mode only)."""
    if not (data / TE3).is_dir():
        return []
    tune, check = split(data)
    parts = (("tune", f"tune {len(tune)}, tuned on", tune), ("check", f"check {len(check)}", check))
    return precision_rows("te3-platinum, each article one story", parts, article_events, LABELS, task="dates")


def _part(data: Path, part: str) -> list[Te3Article]:
    tune, check = split(data)
    return {"tune": tune, "check": check}[part]


def main(argv: list[str] | None = None) -> None:
    parts_cli("python -m bench.trust.te3_events", _part, article_events, LABELS, argv)


if __name__ == "__main__":
    main()

"""Events on PolNeAR political news, judged by hand: the labels in bench/data/trust/polnear-events/.

PolNeAR (Newell, Margolin & Ruths 2018: ``polnear-dev/text``) is 2016 US campaign news from seven outlets,
full of attacks, fights, battles and threats that are only words. Only documents 0-41 in file-name order are
read here (the ones bench/tasks/quotes.py already reads for error analysis); documents 42-83 are another
task's held-out set and are never opened. Of those 42, the documents at even positions are the tune part
and those at odd positions the check part. This was fixed before any event was printed.

Each article is woven as its own story, given what a feed would give: its headline (the first line), its
outlet (the file name's first field) and its publication day (the second), and every event of the briefing
is read back as an ``EventRecord`` (bench/trust/ecbplus_events.py) with the file stem as its document.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from bench.harness import Row
from bench.trust.ecbplus_events import EventRecord, article_story_events
from bench.trust.lgl_events import precision_rows

LABELS = Path(__file__).resolve().parent.parent / "data" / "trust" / "polnear-events"
TEXTS = Path("polnear-dev") / "text"
DEV_DOCS = 42  # documents 0-41 in name order (bench/tasks/quotes.py); 42-83 are held out and never read here


@dataclass(frozen=True, slots=True)
class PolnearArticle:
    name: str  # the file stem: "<outlet>_<YYYY-MM-DD>_<slug>"
    outlet: str
    day: str
    text: str


def dev_docs(data: Path) -> list[PolnearArticle]:
    """Documents 0-41 in file-name order; the rest are never opened."""
    out = []
    for path in sorted((data / TEXTS).glob("*.txt"))[:DEV_DOCS]:
        outlet, day, _ = path.stem.split("_", 2)
        out.append(PolnearArticle(path.stem, outlet, day, path.read_text(encoding="utf-8")))
    return out


def split(data: Path) -> tuple[list[PolnearArticle], list[PolnearArticle]]:
    """(tune, check): documents at even and at odd positions of 0-41."""
    docs = dev_docs(data)
    return docs[0::2], docs[1::2]


def article_events(art: PolnearArticle) -> list[EventRecord]:
    """Analyse and weave one article as its own story; its events, the document named by its file stem."""
    from newsweave.models import Metadata

    title = art.text.strip().split("\n", 1)[0].strip()
    meta = Metadata(id=f"polnear-{art.name}", title=title or None, outlet=art.outlet, published=art.day)
    return article_story_events(f"polnear:{art.name}", art.text, meta, art.name)


def event_rows(data: Path) -> list[Row]:
    """Events precision on both parts, each article woven as its own story (full bench mode only)."""
    if not (data / TEXTS).is_dir():
        return []
    tune, check = split(data)
    parts = (("tune", f"tune {len(tune)} (even of docs 0-41), tuned on", tune),
             ("check", f"check {len(check)} (odd of docs 0-41)", check))
    rows = precision_rows("polnear-dev docs 0-41, each article one story", parts, article_events, LABELS)
    return [replace(r, task="quotes") for r in rows]  # precision_rows names the places task

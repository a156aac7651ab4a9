"""Events on GeoWebNews' dev half, judged by hand: the labels in bench/data/trust/gwn-events/.

GeoWebNews (Gritta et al. 2019, ``geowebnews/GWN.xml``) is split by bench/tasks/places.py into articles 0-99
(dev, places' tune half) and 100-199 (test, held out); only the dev half is read here. Of it, the articles
whose text holds at least one of LGL's fixed ``EVENT_WORDS`` (bench/trust/lgl_events.py, chosen before any
article was read; one word, not LGL's two, because only 22 of these 100 articles hold two: 45 do) were
shuffled with ``random.Random(SEED)`` and up to 60 taken: the first half of them (rounded up, 23) is the
tune part, the rest (22) the check part. This was fixed before any event was printed.

Each article is woven as its own story with its title and URL; GeoWebNews gives no publication day, so none is
passed (as a feed without dates would), and every event of the briefing is read back as an ``EventRecord``
(bench/trust/ecbplus_events.py) named ``gwn-<file>`` by the article's ``file`` attribute.
"""

from __future__ import annotations

import random
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from bench.harness import Row
from bench.trust.ecbplus_events import EventRecord, article_story_events
from bench.trust.lgl_events import EVENT_WORDS, precision_rows

LABELS = Path(__file__).resolve().parent.parent / "data" / "trust" / "gwn-events"
GWN_FILE = Path("geowebnews") / "GWN.xml"
DEV_ARTICLES = 100  # bench/tasks/places.py's tune half; articles 100-199 are never read here
SEED = 20261203
PICK = 60
MIN_EVENT_WORDS = 1  # 45 of the 100 dev articles; two distinct words would leave 22


@dataclass(frozen=True, slots=True)
class GwnArticle:
    name: str  # "gwn-<file attribute>"
    title: str
    url: str
    text: str


def dev_half(data: Path) -> list[GwnArticle]:
    """GeoWebNews' first 100 articles in file order (places' dev half)."""
    out = []
    for i, art in enumerate(ET.parse(data / GWN_FILE).getroot().iter("article")):
        if i >= DEV_ARTICLES:
            break
        out.append(GwnArticle(f"gwn-{art.get('file') or i}", (art.findtext("title") or "").strip(),
                              (art.findtext("link") or "").strip(), art.findtext("text") or ""))
    return out


def split(data: Path) -> tuple[list[GwnArticle], list[GwnArticle]]:
    """(tune, check): the seeded pick of dev-half articles with event words."""
    pool = [a for a in dev_half(data) if _event_words(a.text) >= MIN_EVENT_WORDS]
    random.Random(SEED).shuffle(pool)
    chosen = pool[:PICK]
    half = (len(chosen) + 1) // 2
    return chosen[:half], chosen[half:]


def _event_words(text: str) -> int:
    return len({m.group(0).lower() for m in EVENT_WORDS.finditer(text)})


def article_events(art: GwnArticle) -> list[EventRecord]:
    """Analyse and weave one article as its own story; its events, the document named ``gwn-<file>``."""
    from newsweave.models import Metadata

    meta = Metadata(id=art.name, title=art.title or None, url=art.url or None)
    return article_story_events(art.name, art.text, meta, art.name)


def event_rows(data: Path) -> list[Row]:
    """Events precision on both parts, each article woven as its own story (full bench mode only)."""
    if not (data / GWN_FILE).is_file():
        return []
    tune, check = split(data)
    parts = (("tune", f"tune {len(tune)}, tuned on", tune), ("check", f"check {len(check)}", check))
    return precision_rows("geowebnews dev half, each article one story", parts, article_events, LABELS)

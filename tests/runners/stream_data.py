"""A generated news stream for the runner tests: invented towns and events, several stories, JSONL shards and
loose .txt files, a repeated article and a malformed line. Nothing here comes from a real article."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

TOWNS = ("Marrowby", "Stellburg", "Quenford", "Ashcombe", "Dunmere", "Pellory")
EVENTS = (
    ("harbour", "Council engineers in {town} began repairs to the {town} harbour wall after storm damage. "
                "Mayor {name} said {n} workers would rebuild the breakwater before winter."),
    ("strike", "Teachers in {town} walked out over pay, closing {n} schools across the {town} district. "
               "Union leader {name} said the strike would continue until the council made an offer."),
    ("festival", "The {town} lantern festival drew {n} visitors to the old market square on Saturday. "
                 "Organiser {name} said the parade of paper lanterns was the largest in its history."),
)
NAMES = ("Ilse Varrow", "Tomas Quill", "Odile Brandt", "Henrik Sallow")
# Words only one town's reports use, so that each (event, town) pair reads as its own story.
PLACES = (
    "granite lighthouse, the herring quay and the ropewalk",
    "copper mines, the funicular railway and the observatory",
    "cathedral close, the tannery lanes and the wool exchange",
    "chalk downs, the racecourse and the paper mill",
    "peat bogs, the distillery and the ferry slipway",
    "glassworks, the canal locks and the clock tower",
)


def article(i: int) -> dict[str, str]:
    """Article ``i``: event and town cycle so each (event, town) pair recurs every 18 articles."""
    kind, template = EVENTS[i % len(EVENTS)]
    town = TOWNS[(i // len(EVENTS)) % len(TOWNS)]
    name = NAMES[i % len(NAMES)]
    place = PLACES[TOWNS.index(town)]
    body = template.format(town=town, name=name, n=10 + (i * 7) % 90)
    body += f" Residents near the {town} {place} were told to expect disruption."
    day = date(2024, 3, 1) + timedelta(days=(i * 5) % 11)  # not in stream order: windows must sort
    return {
        "id": f"gen-{i:05d}",
        "title": f"{town} {kind} update {i}",
        "outlet": f"{town} Courier",
        "published": day.isoformat(),
        "text": f"{body}\n\nReport number {i} on the {town} {kind}.",
    }


def write_stream(root: Path, n: int, shards: int = 3, loose: int = 6) -> list[str]:
    """``n`` articles: ``loose`` as .txt files in a folder, the rest over ``shards`` JSONL files; the first
    shard also repeats one article and has one malformed line. Returns the inputs to ingest."""
    root.mkdir(parents=True, exist_ok=True)
    folder = root / "loose"
    folder.mkdir(exist_ok=True)
    for i in range(loose):
        a = article(i)
        (folder / f"{i:03d}.txt").write_text(
            f"title: {a['title']}\noutlet: {a['outlet']}\ndate: {a['published']}\n\n{a['text']}\n",
            encoding="utf-8",
        )
    rest = list(range(loose, n))
    paths = []
    for s in range(shards):
        lines = [json.dumps(article(i)) for i in rest[s::shards]]
        if s == 0 and lines:
            lines.insert(len(lines) // 2, lines[0])  # the same article twice: stored once
            lines.insert(1, "{not json")
        path = root / f"shard-{s}.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(str(path))
    return [str(folder), *paths]


def snapshot(store: object) -> dict[str, object]:
    """Everything a run decides, without timestamps: articles, annotations, stories, memberships, story
    history and the latest briefings. Two runs that decided the same agree on it exactly."""
    from newsweave.store import Store
    from newsweave.store.codec import encode

    assert isinstance(store, Store)
    ids = store.article_ids()
    stories = store.stories()
    return {
        "articles": [(i, encode(store.article(i))) for i in sorted(ids)],
        "annotations": [(i, encode(store.annotations(i))) for i in sorted(ids)],
        "stories": sorted((s.id, s.title, s.size, s.first_published, s.last_published) for s in stories),
        "members": sorted((s.id, store.story_articles(s.id)) for s in stories),
        "events": sorted(
            (s.id, tuple((e.kind, e.other_story_id, e.article_id) for e in store.story_events(s.id)))
            for s in stories
        ),
        "briefings": sorted(
            (s.id, encode(b.briefing)) for s in stories if (b := store.latest_briefing(s.id)) is not None
        ),
    }

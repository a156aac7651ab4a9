"""Outlets' homes across ingests: the outlet tally a run adds to, and map pins set again when a home changes.

A local paper's home (geo/outlet_home.py) is learned from many of its stories, so it is often learned only
after some of them were stored, in this run or an earlier one, and a home may also move as more stories come
in. The store keeps each article's pin sources with the home it was pinned with (``pin_sources``), and at the
end of every run the articles pinned with another home than the one the whole store now shows are pinned
again, without a second parse.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from newsweave.analyze.pins import PlacePins, pins_from_record, pins_record, repinned
from newsweave.errors import StoreError
from newsweave.geo.outlet_home import OutletTally, homes_of, merged, outlet_key, tally_from_state, tally_state
from newsweave.models import Annotations, Article
from newsweave.store import Store
from newsweave.store.base import OUTLET_TALLY_META_KEY, PIN_HOMES_META_KEY, PinSource

# Articles pinned again at the end of one run, at most (each a read and a write of its annotations); an
# outlet cut short is taken up again by the next run.
REPIN_MAX = 20_000


@dataclass(slots=True)
class KeptTally:
    """The outlet tally as one ingest sees it: what the store held when last read, and this run's batches
    not saved yet. Saved with the document frequencies (every DF_SAVE_EVERY batches, each batch when another
    ingest shares the store, and at the end), not every batch: the tally of a large store is a sizeable
    text."""

    known: OutletTally
    unsaved: OutletTally = field(default_factory=OutletTally)

    @classmethod
    def read(cls, store: Store) -> KeptTally:
        return cls(tally_from_state(store.get_meta(OUTLET_TALLY_META_KEY)))

    def prior(self) -> OutletTally:
        return merged(self.known, self.unsaved)

    def add(self, batch: OutletTally) -> None:
        self.unsaved = merged(self.unsaved, batch)

    def save(self, store: Store) -> None:
        """Add this run's unsaved batches to what the store holds now (another ingest may have added)."""
        if self.unsaved.pinned:
            self.known = merged(tally_from_state(store.get_meta(OUTLET_TALLY_META_KEY)), self.unsaved)
            store.set_meta(OUTLET_TALLY_META_KEY, tally_state(self.known))
            self.unsaved = OutletTally()


@dataclass(slots=True)
class RunHomes:
    """The homes a run pinned each outlet's articles with (outlet key -> homes, None for none)."""

    used: dict[str, set[str | None]] = field(default_factory=dict)

    def sources(self, stored: Iterable[tuple[Article, PlacePins | None]],
                homes: Mapping[str, str]) -> list[PinSource]:
        """The pin sources to keep for articles just stored, pinned with ``homes``; noted as used."""
        out = []
        for article, pins in stored:
            key = outlet_key(article.outlet)
            if key is None or pins is None:
                continue
            home = homes.get(key)
            self.used.setdefault(key, set()).add(home)
            out.append(PinSource(article.id, key, home, pins_record(pins)))
        return out


def applied_homes(store: Store) -> dict[str, str]:
    """Outlet key -> the home its stored articles were last pinned with (PIN_HOMES_META_KEY)."""
    raw = store.get_meta(PIN_HOMES_META_KEY)
    if raw is None:
        return {}
    try:
        obj = json.loads(raw)
    except ValueError as exc:
        raise StoreError(f"stored applied homes are not JSON: {exc}") from exc
    if not isinstance(obj, dict) or not all(isinstance(v, str) for v in obj.values()):
        raise StoreError("stored applied homes are not an object of outlet homes")
    return {str(k): v for k, v in obj.items()}


def pin_again(store: Store, run: RunHomes, limit: int = REPIN_MAX) -> int:
    """Pin again, with the homes the store's tally now shows, the stored articles pinned with another home:
    every article of an outlet whose home changed since the last run, and this run's articles stored before
    their outlet's home was known (or while another one led). At most ``limit`` articles; an outlet cut short
    keeps its old applied home, so the next run takes it up again. Returns how many were pinned again."""
    homes = homes_of(tally_from_state(store.get_meta(OUTLET_TALLY_META_KEY)))
    applied = applied_homes(store)
    outlets = {o for o in homes.keys() | applied.keys() if homes.get(o) != applied.get(o)}
    outlets |= {o for o, used in run.used.items() if used != {homes.get(o)}}
    updates: list[tuple[str, Annotations]] = []
    moved: list[tuple[str, str | None]] = []
    done = dict(applied)
    for outlet in sorted(outlets):
        home = homes.get(outlet)
        budget = limit - len(moved)
        sources = store.pin_sources_off_home(outlet, home, budget) if budget > 0 else ()
        for source in sources:
            ann = store.annotations(source.article_id)
            entities = repinned(ann.entities, pins_from_record(source.record), home)
            if entities != ann.entities:
                updates.append((source.article_id, dataclasses.replace(ann, entities=entities)))
            moved.append((source.article_id, home))
        if len(sources) >= budget:
            break  # perhaps more left: this outlet keeps its applied home and is taken up next run
        if home is None:
            done.pop(outlet, None)
        else:
            done[outlet] = home
    with store.transaction():
        store.update_annotations(updates)
        store.set_pin_homes(moved)
        store.set_meta(PIN_HOMES_META_KEY, json.dumps(done, sort_keys=True, separators=(",", ":")))
    return len(updates)

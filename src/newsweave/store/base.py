"""The store's interface and the SQL both backends share.

SQLite (sqlite.py) and PostgreSQL (postgres.py) run the same schema (migrations/<backend>/NNNN_name.sql,
applied in name order and recorded in ``schema_migrations``) and the same queries, written with ``?``
placeholders; a backend supplies the connection, transactions and its full-text search clause. Records go
in and out as the frozen dataclasses of ``newsweave.models`` (JSON inside, store/codec.py).
"""

from __future__ import annotations

import hashlib
import uuid
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from types import TracebackType
from typing import Any

from newsweave.errors import StoreError
from newsweave.identity import canonical_url
from newsweave.models import (
    PLACE_TYPES,
    AnalyzedArticle,
    Annotations,
    Article,
    Assignment,
    Briefing,
    StorySketch,
)
from newsweave.store.codec import decode, encode

DF_META_KEY = "clusterer.df"
# What the stored articles showed of their outlets' homes (geo/outlet_home.py OutletTally, as tally_state
# writes it): an ingest learns a local paper's home from every batch it stored, not from one batch of 16.
OUTLET_TALLY_META_KEY = "pins.outlet_tally"
# Outlet key -> the home the stored articles of that outlet are pinned with, as of the last run's pinning
# again (runners/homes.py): an outlet whose learned home differs has articles to pin again.
PIN_HOMES_META_KEY = "pins.applied_homes"
# Changes whenever an ingest commits story assignments: another ingest that sees a value other than the one
# it wrote last rebuilds its clusterer from the store before assigning (runners/local.py).
GENERATION_META_KEY = "clusterer.generation"

Row = tuple[Any, ...]
LOOKUP_CHUNK = 500  # parameters per IN (…) query: under SQLite's default limit of 999


@dataclass(frozen=True, slots=True)
class StoredStory:
    id: str
    title: str | None
    first_published: str | None
    last_published: str | None
    size: int
    active: bool
    merged_into: str | None


@dataclass(frozen=True, slots=True)
class StoryEvent:
    story_id: str
    # created | joined | merged | merged_into | expired, and from the end-of-run pass (regroup_stories):
    # split (other: the story cut from it) | split_from | moved (an article came from other)
    kind: str
    other_story_id: str | None
    article_id: str | None
    at: str


@dataclass(frozen=True, slots=True)
class BriefingVersion:
    story_id: str
    version: int
    created_at: str
    article_count: int
    briefing: Briefing


@dataclass(frozen=True, slots=True)
class BriefingInfo:
    """What the web app reads of a story's latest briefing to tell whether it is stale, without decoding it:
    ``members`` is the key of the stored articles it was woven from (``members_key``; None for a briefing
    stored before the key was kept, or one whose sources carry no article id)."""

    version: int
    article_count: int
    members: str | None


@dataclass(frozen=True, slots=True)
class PinSource:
    """What a stored article's map pins were read from: ``record`` is opaque here (analyze/pins.py
    pins_record), ``outlet`` the outlet key and ``home`` the outlet home it was pinned with."""

    article_id: str
    outlet: str
    home: str | None
    record: str


@dataclass(frozen=True, slots=True)
class StoryChanges:
    """What the end-of-run pass over stored stories (runners/regroup.py) changed: the rebuilt ``sketches``
    of every story whose membership changed (each written back active, a story cut out included), the
    ``moves`` (article, from story, to story), the ``splits`` (story, the story cut from it) and the
    ``folded`` stories (story emptied, the story that took its reports)."""

    sketches: tuple[StorySketch, ...]
    moves: tuple[tuple[str, str, str], ...]
    splits: tuple[tuple[str, str], ...] = ()
    folded: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class StoryQuery:
    """Filters of the story list; every one optional. Dates are ISO days, inclusive."""

    text: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    outlet: str | None = None
    place: str | None = None
    limit: int = 100
    offset: int = 0


def content_hash(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def members_key(article_ids: Iterable[str]) -> str:
    """One key for a set of stored articles, whatever their order: two briefings of one story were woven
    from the same articles exactly when their keys are equal."""
    return hashlib.sha256("\n".join(sorted(set(article_ids))).encode("utf-8")).hexdigest()


def _briefed_members(briefing: Briefing) -> str | None:
    ids = [s.article_id for s in briefing.sources]
    return members_key(i for i in ids if i) if ids and all(ids) else None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def migrations(backend: str) -> list[tuple[str, str]]:
    """(name, SQL) of the backend's migrations in the order they apply."""
    folder = resources.files("newsweave.store") / "migrations" / backend
    files = sorted((p for p in folder.iterdir() if p.name.endswith(".sql")), key=lambda p: p.name)
    return [(p.name.removesuffix(".sql"), p.read_text(encoding="utf-8")) for p in files]


class Store(ABC):
    """A newsweave corpus: articles, their annotations, stories with their history, briefing versions."""

    backend: str

    # --- connection, implemented by each backend ---------------------------------------------------------
    @abstractmethod
    def _query(self, sql: str, params: Sequence[object] = ()) -> list[Row]: ...

    @abstractmethod
    def _execute(self, sql: str, params: Sequence[object] = ()) -> int:
        """Run a statement; return the number of rows it changed."""

    _depth = 0  # how many transaction() blocks are open; only the outermost one begins and commits

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All-or-nothing; nested blocks join the outermost one."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._depth = 1
        try:
            with self._outermost_transaction():
                yield
        finally:
            self._depth = 0

    @abstractmethod
    def _outermost_transaction(self) -> AbstractContextManager[None]:
        """Begin, then commit on success or roll back on any exception."""

    @contextmanager
    def assignment_lock(self) -> Iterator[None]:
        """A write transaction that also holds the store-wide story-assignment lock, across processes."""
        with self.transaction():
            self._lock_assignment()
            yield

    def _lock_assignment(self) -> None:  # noqa: B027 (a hook: SQLite's BEGIN IMMEDIATE is the lock already)
        """Backends whose write transactions run concurrently take an explicit lock here."""

    def assignment_generation(self) -> str | None:
        return self.get_meta(GENERATION_META_KEY)

    def next_assignment_generation(self) -> str:
        """Mark that story assignments were committed (inside assignment_lock); return the new marker."""
        marker = uuid.uuid4().hex
        self.set_meta(GENERATION_META_KEY, marker)
        return marker

    @abstractmethod
    def _run_script(self, sql: str) -> None: ...

    @abstractmethod
    def _fulltext_condition(self) -> str:
        """A condition on ``a`` (articles) matching one ``?`` parameter: the user's search words."""

    @abstractmethod
    def _fulltext_param(self, text: str) -> str: ...

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # --- schema ------------------------------------------------------------------------------------------
    def migrate(self) -> tuple[str, ...]:
        """Apply the migrations not yet applied; return their names."""
        self._run_script(
            "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
        )
        done = {r[0] for r in self._query("SELECT name FROM schema_migrations")}
        known = migrations(self.backend)
        unknown = done - {name for name, _ in known}
        if unknown:
            raise StoreError(f"database is at a newer schema than this newsweave ({sorted(unknown)[0]})")
        applied = []
        for name, sql in known:
            if name in done:
                continue
            with self.transaction():
                self._run_script(sql)
                self._execute(
                    "INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)", (name, _now())
                )
            applied.append(name)
        return tuple(applied)

    def applied_migrations(self) -> tuple[str, ...]:
        return tuple(r[0] for r in self._query("SELECT name FROM schema_migrations ORDER BY name"))

    # --- articles ----------------------------------------------------------------------------------------
    def stored_id(self, article: Article) -> str | None:
        """The id under which this article (same id, same text or same canonical URL) is stored, if it is."""
        url = canonical_url(article.url) if article.url else None
        rows = self._query(
            "SELECT id FROM articles WHERE id = ? OR content_hash = ? "
            "OR (canonical_url IS NOT NULL AND canonical_url = ?)",
            (article.id, content_hash(article.text), url),
        )
        return str(rows[0][0]) if rows else None

    def commit_article(self, article: Article, annotations: Annotations, assignment: Assignment) -> bool:
        """Store an article, its annotations and its story assignment in one transaction.

        Returns False (and changes nothing) when the article is already stored."""
        return self.commit_articles(((article, annotations, assignment),))[0]

    def commit_articles(self, items: Sequence[tuple[Article, Annotations, Assignment]]) -> tuple[bool, ...]:
        """Store a batch of articles with their annotations and assignments, in order, in one transaction.

        All or nothing: after a crash either the whole batch is stored or none of it (and none was reported
        stored). One commit per batch rather than per article: the commit was most of an article's store
        cost. Each flag is False when that article was already stored (it is then skipped)."""
        with self.transaction():
            return tuple(self._insert_article(*item) for item in items)

    def _insert_article(self, article: Article, annotations: Annotations, assignment: Assignment) -> bool:
        if self.stored_id(article) is not None:
            return False
        url = canonical_url(article.url) if article.url else None
        self._execute(
            "INSERT INTO articles (id, content_hash, canonical_url, title, outlet, published, language, "
            "text, record, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article.id,
                content_hash(article.text),
                url,
                article.title,
                article.outlet,
                article.published,
                article.language,
                article.text,
                encode(article),
                _now(),
            ),
        )
        self._after_article_insert(article)
        self._execute(
            "INSERT INTO annotations (article_id, record) VALUES (?, ?)",
            (article.id, encode(annotations)),
        )
        places = {e.text.casefold() for e in annotations.entities if e.type in PLACE_TYPES}
        for place in sorted(places):
            self._execute("INSERT INTO article_places (article_id, place) VALUES (?, ?)", (article.id, place))
        self._apply_assignment(article.id, assignment)
        return True

    def _after_article_insert(self, article: Article) -> None:  # noqa: B027 (a hook, empty by default)
        """Backends keeping a separate full-text index update it here."""

    def _apply_assignment(self, article_id: str, a: Assignment) -> None:
        now = _now()
        s = a.sketch
        self._put_story(s, now)
        for gone in a.merged:
            self._fold_story(gone, s.id, article_id, now)
        self._execute(
            "INSERT INTO story_members (article_id, story_id, score) VALUES (?, ?, ?)",
            (article_id, s.id, a.score),
        )
        self._event(s.id, "created" if a.created else "joined", None, article_id, now)
        for gone in a.expired:
            self._execute("UPDATE stories SET active = 0 WHERE id = ?", (gone,))
            self._event(gone, "expired", None, None, now)

    def _put_story(self, s: StorySketch, now: str) -> None:
        """Write a live story's row from its sketch (a new one, or one merged away and cut out again)."""
        self._execute(
            "INSERT INTO stories (id, seq, title, first_published, last_published, size, active, sketch, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET title = excluded.title, "
            "first_published = excluded.first_published, last_published = excluded.last_published, "
            "size = excluded.size, active = 1, merged_into = NULL, sketch = excluded.sketch, "
            "updated_at = excluded.updated_at",
            (s.id, s.seq, s.title, s.first_published, s.last_published, s.size, encode(s), now),
        )

    def _fold_story(self, gone: str, into: str, article_id: str | None, now: str) -> None:
        """Story ``gone`` merged into ``into``: its members, its id and the ids that led to it go there."""
        self._execute("UPDATE story_members SET story_id = ? WHERE story_id = ?", (into, gone))
        self._execute("UPDATE stories SET active = 0, merged_into = ? WHERE id = ?", (into, gone))
        self._execute("UPDATE stories SET merged_into = ? WHERE merged_into = ?", (into, gone))
        self._event(into, "merged", gone, article_id, now)
        self._event(gone, "merged_into", into, article_id, now)

    def _event(self, story_id: str, kind: str, other: str | None, article_id: str | None, at: str) -> None:
        self._execute(
            "INSERT INTO story_events (story_id, kind, other_story_id, article_id, at) "
            "VALUES (?, ?, ?, ?, ?)",
            (story_id, kind, other, article_id, at),
        )

    def article(self, article_id: str) -> Article:
        rows = self._query("SELECT record FROM articles WHERE id = ?", (article_id,))
        if not rows:
            raise StoreError(f"no article {article_id}")
        return decode(Article, rows[0][0])

    def annotations(self, article_id: str) -> Annotations:
        rows = self._query("SELECT record FROM annotations WHERE article_id = ?", (article_id,))
        if not rows:
            raise StoreError(f"no annotations for article {article_id}")
        return decode(Annotations, rows[0][0])

    def update_annotations(self, updates: Sequence[tuple[str, Annotations]]) -> None:
        """Replace stored articles' annotations, in one transaction (map pins set again once an outlet's
        home is known: runners/homes.py). The articles' place names are unchanged, so their index stays."""
        with self.transaction():
            for article_id, annotations in updates:
                self._execute("UPDATE annotations SET record = ? WHERE article_id = ?",
                              (encode(annotations), article_id))

    # --- what map pins were read from ---------------------------------------------------------------------
    def put_pin_sources(self, sources: Sequence[PinSource]) -> None:
        """Keep the pin sources of articles just stored (in the caller's transaction when there is one)."""
        with self.transaction():
            for s in sources:
                self._execute(
                    "INSERT INTO pin_sources (article_id, outlet, home, record) VALUES (?, ?, ?, ?)",
                    (s.article_id, s.outlet, s.home, s.record),
                )

    def pin_sources_off_home(self, outlet: str, home: str | None, limit: int) -> tuple[PinSource, ...]:
        """Up to ``limit`` of the outlet's articles pinned with another home than ``home`` (None: none)."""
        other = "home IS NOT NULL" if home is None else "(home IS NULL OR home <> ?)"
        params: tuple[object, ...] = (outlet, limit) if home is None else (outlet, home, limit)
        rows = self._query(f"SELECT article_id, outlet, home, record FROM pin_sources WHERE outlet = ? "
                           f"AND {other} ORDER BY article_id LIMIT ?", params)
        return tuple(PinSource(str(a), str(o), None if h is None else str(h), str(r)) for a, o, h, r in rows)

    def set_pin_homes(self, homes: Sequence[tuple[str, str | None]]) -> None:
        """Record the home each article (id, home) is now pinned with."""
        with self.transaction():
            for article_id, home in homes:
                self._execute("UPDATE pin_sources SET home = ? WHERE article_id = ?", (home, article_id))

    def analyzed(self, article_id: str) -> AnalyzedArticle:
        """The stored article with its annotations, as weaving takes them."""
        return AnalyzedArticle(self.article(article_id), self.annotations(article_id))

    def article_count(self) -> int:
        return int(self._query("SELECT count(*) FROM articles")[0][0])

    def article_ids(self) -> tuple[str, ...]:
        return tuple(r[0] for r in self._query("SELECT id FROM articles ORDER BY seq"))

    # --- stories -----------------------------------------------------------------------------------------
    _STORY_COLUMNS = "s.id, s.title, s.first_published, s.last_published, s.size, s.active, s.merged_into"

    @staticmethod
    def _story(row: Row) -> StoredStory:
        return StoredStory(row[0], row[1], row[2], row[3], int(row[4]), bool(row[5]), row[6])

    def story(self, story_id: str) -> StoredStory | None:
        """A story by id; the id of a story merged away leads to the story that absorbed it."""
        rows = self._query(f"SELECT {self._STORY_COLUMNS} FROM stories s WHERE s.id = ?", (story_id,))
        if not rows:
            return None
        found = self._story(rows[0])
        if found.merged_into:
            return self.story(found.merged_into)
        return found

    def story_articles(self, story_id: str) -> tuple[str, ...]:
        rows = self._query(
            "SELECT m.article_id FROM story_members m JOIN articles a ON a.id = m.article_id "
            "WHERE m.story_id = ? ORDER BY a.published, a.seq",
            (story_id,),
        )
        return tuple(r[0] for r in rows)

    def story_of(self, article_id: str) -> str | None:
        rows = self._query("SELECT story_id FROM story_members WHERE article_id = ?", (article_id,))
        return str(rows[0][0]) if rows else None

    def stories(self, query: StoryQuery | None = None) -> tuple[StoredStory, ...]:
        q = query or StoryQuery()
        where, params = ["s.merged_into IS NULL"], []
        member = (
            "s.id IN (SELECT m.story_id FROM story_members m JOIN articles a ON a.id = m.article_id WHERE {})"
        )
        if q.text and q.text.strip():
            where.append(member.format(self._fulltext_condition()))
            params.append(self._fulltext_param(q.text))
        if q.outlet:
            where.append(member.format("lower(a.outlet) = lower(?)"))
            params.append(q.outlet)
        if q.place:
            where.append(
                member.format("a.id IN (SELECT p.article_id FROM article_places p WHERE p.place = ?)")
            )
            params.append(q.place.casefold())
        if q.date_from:
            where.append("(s.last_published IS NULL OR substr(s.last_published, 1, 10) >= ?)")
            params.append(q.date_from)
        if q.date_to:
            where.append("(s.first_published IS NULL OR substr(s.first_published, 1, 10) <= ?)")
            params.append(q.date_to)
        sql = (
            f"SELECT {self._STORY_COLUMNS} FROM stories s WHERE {' AND '.join(where)} "
            "ORDER BY s.last_published DESC, s.seq DESC LIMIT ? OFFSET ?"
        )
        return tuple(self._story(r) for r in self._query(sql, (*params, q.limit, q.offset)))

    def story_events(self, story_id: str, kinds: Sequence[str] = ()) -> tuple[StoryEvent, ...]:
        """The story's events, oldest first; only those of ``kinds`` when given (a page view of a story of
        thousands of reports reads its few cuts and moves, not every join)."""
        only = f" AND kind IN ({', '.join('?' for _ in kinds)})" if kinds else ""
        rows = self._query(
            "SELECT story_id, kind, other_story_id, article_id, at FROM story_events "
            f"WHERE story_id = ?{only} ORDER BY seq",
            (story_id, *kinds),
        )
        return tuple(StoryEvent(*r) for r in rows)

    def story_sketch(self, story_id: str) -> StorySketch | None:
        """The sketch of the story of this very id (merged away or not)."""
        rows = self._query("SELECT sketch FROM stories WHERE id = ?", (story_id,))
        return decode(StorySketch, rows[0][0]) if rows else None

    def regroup_stories(self, changes: StoryChanges) -> None:
        """Apply the end-of-run pass's changes in one transaction (inside ``assignment_lock``), with their
        history in story_events."""
        now = _now()
        with self.transaction():
            for s in changes.sketches:
                self._put_story(s, now)
            for story_id, cut in changes.splits:
                self._event(story_id, "split", cut, None, now)
                self._event(cut, "split_from", story_id, None, now)
            for article_id, source, target in changes.moves:
                self._execute(
                    "UPDATE story_members SET story_id = ? WHERE article_id = ?", (target, article_id)
                )
                self._event(target, "moved", source, article_id, now)
            for gone, into in changes.folded:
                self._fold_story(gone, into, None, now)

    def live_sketches(self) -> tuple[StorySketch, ...]:
        rows = self._query("SELECT sketch FROM stories WHERE active = 1 AND merged_into IS NULL ORDER BY seq")
        return tuple(decode(StorySketch, r[0]) for r in rows)

    # --- briefings ---------------------------------------------------------------------------------------
    def save_briefing(self, story_id: str, briefing: Briefing) -> int:
        """Store a new briefing version of a story; return its version number (1, 2, …)."""
        with self.transaction():
            rows = self._query(
                "SELECT coalesce(max(version), 0) FROM briefings WHERE story_id = ?", (story_id,)
            )
            version = int(rows[0][0]) + 1
            self._execute(
                "INSERT INTO briefings (story_id, version, created_at, article_count, members, record) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (story_id, version, _now(), len(briefing.sources), _briefed_members(briefing),
                 encode(briefing)),
            )
        return version

    def briefing_versions(self, story_id: str) -> tuple[BriefingVersion, ...]:
        rows = self._query(
            "SELECT story_id, version, created_at, article_count, record FROM briefings "
            "WHERE story_id = ? ORDER BY version",
            (story_id,),
        )
        return tuple(
            BriefingVersion(r[0], int(r[1]), r[2], int(r[3]), decode(Briefing, r[4])) for r in rows
        )

    def latest_briefing(self, story_id: str) -> BriefingVersion | None:
        """The newest version only: one row read and decoded, however many versions the story has."""
        rows = self._query(
            "SELECT story_id, version, created_at, article_count, record FROM briefings "
            "WHERE story_id = ? ORDER BY version DESC LIMIT 1",
            (story_id,),
        )
        if not rows:
            return None
        r = rows[0]
        return BriefingVersion(r[0], int(r[1]), r[2], int(r[3]), decode(Briefing, r[4]))

    def latest_briefing_info(self, story_id: str) -> BriefingInfo | None:
        """What tells whether the story's latest stored briefing is stale, without decoding it."""
        rows = self._query(
            "SELECT version, article_count, members FROM briefings WHERE story_id = ? "
            "ORDER BY version DESC LIMIT 1",
            (story_id,),
        )
        return BriefingInfo(int(rows[0][0]), int(rows[0][1]), rows[0][2]) if rows else None

    def briefing_stale(self, story: StoredStory, info: BriefingInfo) -> bool:
        """Whether the story's members differ from those ``info``'s briefing was woven from. A briefing
        stored without its members' key is judged by its size alone, as before the key was kept."""
        if info.members is None:
            return info.article_count != story.size
        # the members alone, unordered (members_key sorts them): no join for a page view
        rows = self._query("SELECT article_id FROM story_members WHERE story_id = ?", (story.id,))
        return info.members != members_key(str(r[0]) for r in rows)

    def articles_by_text(self, texts: Sequence[str]) -> dict[str, str]:
        """Article text -> stored article id, for those of ``texts`` that are stored (one indexed lookup)."""
        by_hash = {content_hash(t): t for t in texts}
        found: dict[str, str] = {}
        keys = list(by_hash)
        for start in range(0, len(keys), LOOKUP_CHUNK):
            chunk = keys[start : start + LOOKUP_CHUNK]
            marks = ", ".join("?" for _ in chunk)
            for article_id, key in self._query(
                f"SELECT id, content_hash FROM articles WHERE content_hash IN ({marks})", chunk
            ):
                found[by_hash[key]] = str(article_id)
        return found

    # --- small state ---------------------------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        rows = self._query("SELECT value FROM meta WHERE key = ?", (key,))
        return str(rows[0][0]) if rows else None

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction():
            self._execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )


def split_sql_script(sql: str) -> list[str]:
    """The statements of a migration script, comment lines dropped (no ';' inside literals in ours)."""
    lines = [line for line in sql.splitlines() if not line.strip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]

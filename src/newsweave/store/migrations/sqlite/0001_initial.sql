-- newsweave store, SQLite. Records are kept as JSON (store/codec.py); the columns beside them are for lookups.
CREATE TABLE articles (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL UNIQUE,
    canonical_url TEXT UNIQUE,
    title TEXT,
    outlet TEXT,
    published TEXT,
    language TEXT NOT NULL,
    text TEXT NOT NULL,
    record TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_outlet ON articles (outlet);

CREATE TABLE annotations (
    article_id TEXT PRIMARY KEY REFERENCES articles (id),
    record TEXT NOT NULL
);

CREATE TABLE article_places (
    article_id TEXT NOT NULL REFERENCES articles (id),
    place TEXT NOT NULL,
    PRIMARY KEY (article_id, place)
);
CREATE INDEX article_places_place ON article_places (place);

CREATE TABLE stories (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    title TEXT,
    first_published TEXT,
    last_published TEXT,
    size INTEGER NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    merged_into TEXT REFERENCES stories (id),
    sketch TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX stories_active ON stories (active);

-- Current membership; its history is in story_events.
CREATE TABLE story_members (
    article_id TEXT PRIMARY KEY REFERENCES articles (id),
    story_id TEXT NOT NULL REFERENCES stories (id),
    score REAL NOT NULL
);
CREATE INDEX story_members_story ON story_members (story_id);

-- created | joined | merged (story absorbed other) | expired | split
CREATE TABLE story_events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    story_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    other_story_id TEXT,
    article_id TEXT,
    at TEXT NOT NULL
);
CREATE INDEX story_events_story ON story_events (story_id);

CREATE TABLE briefings (
    story_id TEXT NOT NULL REFERENCES stories (id),
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    article_count INTEGER NOT NULL,
    record TEXT NOT NULL,
    PRIMARY KEY (story_id, version)
);

CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE VIRTUAL TABLE articles_fts USING fts5 (title, text, content = 'articles', content_rowid = 'seq');

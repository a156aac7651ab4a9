-- What each article's map pins were read from (analyze/pins.py PlacePins, as pins_record writes it), with
-- its outlet (geo/outlet_home.py outlet_key) and the outlet home it was pinned with: when a later run learns
-- or changes an outlet's home, the articles pinned with another one are pinned again (runners/homes.py).
CREATE TABLE pin_sources (
    article_id TEXT PRIMARY KEY REFERENCES articles (id),
    outlet TEXT NOT NULL,
    home TEXT,
    record TEXT NOT NULL
);
CREATE INDEX pin_sources_outlet ON pin_sources (outlet);

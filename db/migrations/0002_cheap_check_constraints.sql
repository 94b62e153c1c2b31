-- SPDX-License-Identifier: GPL-3.0-or-later
-- Compute Atlas schema version 2: the same rules, cheaper to check.
--
-- SQLite evaluates a CHECK such as `status IN ('a', 'b', 'c')` (three or more constants) by
-- building a temporary index of the list for every row it checks; with two constants, or
-- written as comparisons joined by OR, it is a few instructions. On an import of 100,000 sites
-- the three such lists cost more than SQLite's whole insert. Version 2 states those rules as OR
-- chains, with the same constraint names (db/sqlerrortext.cpp maps them to messages).
--
-- SQLite cannot change a constraint in place, so each table is rebuilt as SQLite documents
-- (https://sqlite.org/lang_altertable.html#otheralter): make the new table, copy the rows,
-- keep the AUTOINCREMENT counter (ids of deleted rows are not handed out again, which undo
-- relies on), drop the old table, rename, recreate the indexes. The runner turns foreign keys
-- off around the step (dropping `sites` would otherwise delete every phase and link) and runs
-- PRAGMA foreign_key_check before it commits.

CREATE TABLE sites_v2 (
  fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  geom POINT,
  name TEXT NOT NULL UNIQUE CONSTRAINT site_name_not_blank CHECK (length(trim(name)) > 0),
  operator_id INTEGER REFERENCES operators(id) ON DELETE RESTRICT,
  parties TEXT,
  city TEXT,
  region TEXT,
  country TEXT,
  lon REAL NOT NULL CONSTRAINT site_lon_range CHECK (lon BETWEEN -180 AND 180),
  lat REAL NOT NULL CONSTRAINT site_lat_range CHECK (lat BETWEEN -90 AND 90),
  location_precision TEXT NOT NULL DEFAULT 'exact'
    CONSTRAINT site_precision_known CHECK (location_precision = 'exact' OR location_precision = 'approximate'),
  status TEXT NOT NULL DEFAULT 'announced'
    CONSTRAINT site_status_known CHECK (status = 'announced' OR status = 'building' OR status = 'operating'),
  planned_mw REAL CONSTRAINT site_planned_mw_not_negative CHECK (planned_mw >= 0),
  note TEXT,
  source_id INTEGER REFERENCES sources(id) ON DELETE SET NULL
);
INSERT INTO sites_v2 SELECT * FROM sites;
DELETE FROM sqlite_sequence WHERE name = 'sites_v2';
INSERT INTO sqlite_sequence (name, seq) SELECT 'sites_v2', seq FROM sqlite_sequence WHERE name = 'sites';
DROP TABLE sites;
ALTER TABLE sites_v2 RENAME TO sites;
CREATE INDEX sites_operator ON sites(operator_id);

CREATE TABLE site_phases_v2 (
  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  site_id INTEGER NOT NULL REFERENCES sites(fid) ON DELETE CASCADE,
  online_date TEXT NOT NULL
    CONSTRAINT phase_date_valid CHECK (date(julianday(online_date)) = online_date),
  date_precision TEXT NOT NULL DEFAULT 'month'
    CONSTRAINT phase_date_precision_known
    CHECK (date_precision = 'day' OR date_precision = 'month' OR date_precision = 'quarter' OR date_precision = 'year'),
  it_mw REAL CONSTRAINT phase_it_mw_not_negative CHECK (it_mw >= 0),
  gpu_model_id INTEGER REFERENCES gpu_models(id) ON DELETE SET NULL,
  gpu_count INTEGER CONSTRAINT phase_gpu_count_not_negative CHECK (gpu_count >= 0),
  capex_usd REAL CONSTRAINT phase_capex_not_negative CHECK (capex_usd >= 0),
  estimate INTEGER NOT NULL DEFAULT 0 CONSTRAINT phase_estimate_flag CHECK (estimate IN (0, 1)),
  note TEXT,
  source_id INTEGER REFERENCES sources(id) ON DELETE SET NULL
);
INSERT INTO site_phases_v2 SELECT * FROM site_phases;
DELETE FROM sqlite_sequence WHERE name = 'site_phases_v2';
INSERT INTO sqlite_sequence (name, seq) SELECT 'site_phases_v2', seq FROM sqlite_sequence WHERE name = 'site_phases';
DROP TABLE site_phases;
ALTER TABLE site_phases_v2 RENAME TO site_phases;
CREATE INDEX site_phases_site ON site_phases(site_id, online_date);

CREATE TABLE fiber_links_v2 (
  fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  geom LINESTRING,
  site_a INTEGER NOT NULL REFERENCES sites(fid) ON DELETE CASCADE,
  site_b INTEGER NOT NULL REFERENCES sites(fid) ON DELETE CASCADE,
  carrier TEXT,
  capacity_tbps REAL CONSTRAINT link_capacity_not_negative CHECK (capacity_tbps >= 0),
  status TEXT NOT NULL DEFAULT 'planned'
    CONSTRAINT link_status_known CHECK (status = 'planned' OR status = 'building' OR status = 'lit'),
  active_date TEXT
    CONSTRAINT link_date_valid CHECK (active_date IS NULL OR date(julianday(active_date)) = active_date),
  note TEXT,
  source_id INTEGER REFERENCES sources(id) ON DELETE SET NULL,
  CONSTRAINT link_ends_differ CHECK (site_a <> site_b)
);
INSERT INTO fiber_links_v2 SELECT * FROM fiber_links;
DELETE FROM sqlite_sequence WHERE name = 'fiber_links_v2';
INSERT INTO sqlite_sequence (name, seq) SELECT 'fiber_links_v2', seq FROM sqlite_sequence WHERE name = 'fiber_links';
DROP TABLE fiber_links;
ALTER TABLE fiber_links_v2 RENAME TO fiber_links;
CREATE INDEX fiber_links_site_a ON fiber_links(site_a);
CREATE INDEX fiber_links_site_b ON fiber_links(site_b);

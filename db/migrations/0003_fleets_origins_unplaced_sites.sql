-- SPDX-License-Identifier: GPL-3.0-or-later
-- Compute Atlas schema version 3: what datasets such as Epoch AI's data-center hub record.
--
-- * A site may have no location yet (location_precision 'unknown', lon/lat/geom NULL): it
--   counts in every figure but is not drawn. Its address as the source writes it, and how it
--   was placed (location_note: "Placed at the centre of ZIP code 38109"), are kept.
-- * A site cites further sources beside its own (site_sources: filings, reporting,
--   calculation sheets).
-- * A phase records facility power, H100-equivalents, buildings operational and whether it is
--   a projection; its fleet can mix chips (phase_chips: H100 and B300 at one date). The
--   phase's single gpu_model_id / gpu_count of version 2 move to phase_chips.
-- * GPU models have aliases: the names other datasets give them ("B300", "R200").
-- * Imported sites and phases remember where they came from (origin_dataset, origin_key) and
--   a fingerprint of what the import wrote, so a newer release updates them instead of adding
--   them again, and leaves alone what someone has edited since.
--
-- sites and site_phases are rebuilt as SQLite documents (see 0002); the runner turns foreign
-- keys off around the step and runs PRAGMA foreign_key_check before it commits.

CREATE TABLE sites_v3 (
  fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  geom POINT,
  name TEXT NOT NULL UNIQUE CONSTRAINT site_name_not_blank CHECK (length(trim(name)) > 0),
  operator_id INTEGER REFERENCES operators(id) ON DELETE RESTRICT,
  parties TEXT,
  city TEXT,
  region TEXT,
  country TEXT,
  address TEXT,
  lon REAL CONSTRAINT site_lon_range CHECK (lon BETWEEN -180 AND 180),
  lat REAL CONSTRAINT site_lat_range CHECK (lat BETWEEN -90 AND 90),
  location_precision TEXT NOT NULL DEFAULT 'exact'
    CONSTRAINT site_precision_known
    CHECK (location_precision = 'exact' OR location_precision = 'approximate' OR location_precision = 'unknown'),
  location_note TEXT,
  status TEXT NOT NULL DEFAULT 'announced'
    CONSTRAINT site_status_known CHECK (status = 'announced' OR status = 'building' OR status = 'operating'),
  planned_mw REAL CONSTRAINT site_planned_mw_not_negative CHECK (planned_mw >= 0),
  note TEXT,
  source_id INTEGER REFERENCES sources(id) ON DELETE SET NULL,
  origin_dataset TEXT,
  origin_key TEXT,
  origin_fingerprint TEXT,
  CONSTRAINT site_location_given
    CHECK ((location_precision = 'unknown') = (lon IS NULL) AND (lon IS NULL) = (lat IS NULL)),
  CONSTRAINT site_origin_complete CHECK ((origin_dataset IS NULL) = (origin_key IS NULL))
);
INSERT INTO sites_v3 (fid, geom, name, operator_id, parties, city, region, country, lon, lat,
                      location_precision, status, planned_mw, note, source_id)
  SELECT fid, geom, name, operator_id, parties, city, region, country, lon, lat,
         location_precision, status, planned_mw, note, source_id FROM sites;
DELETE FROM sqlite_sequence WHERE name = 'sites_v3';
INSERT INTO sqlite_sequence (name, seq) SELECT 'sites_v3', seq FROM sqlite_sequence WHERE name = 'sites';
DROP TABLE sites;
ALTER TABLE sites_v3 RENAME TO sites;
CREATE INDEX sites_operator ON sites(operator_id);
CREATE UNIQUE INDEX sites_origin ON sites(origin_dataset, origin_key) WHERE origin_dataset IS NOT NULL;

CREATE TABLE site_sources (
  site_id INTEGER NOT NULL REFERENCES sites(fid) ON DELETE CASCADE,
  source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  PRIMARY KEY (site_id, source_id)
) WITHOUT ROWID;
CREATE INDEX site_sources_source ON site_sources(source_id);

CREATE TABLE site_phases_v3 (
  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  site_id INTEGER NOT NULL REFERENCES sites(fid) ON DELETE CASCADE,
  online_date TEXT NOT NULL
    CONSTRAINT phase_date_valid CHECK (date(julianday(online_date)) = online_date),
  date_precision TEXT NOT NULL DEFAULT 'month'
    CONSTRAINT phase_date_precision_known
    CHECK (date_precision = 'day' OR date_precision = 'month' OR date_precision = 'quarter' OR date_precision = 'year'),
  it_mw REAL CONSTRAINT phase_it_mw_not_negative CHECK (it_mw >= 0),
  facility_mw REAL CONSTRAINT phase_facility_mw_not_negative CHECK (facility_mw >= 0),
  h100e REAL CONSTRAINT phase_h100e_not_negative CHECK (h100e >= 0),
  buildings_operational REAL CONSTRAINT phase_buildings_not_negative CHECK (buildings_operational >= 0),
  capex_usd REAL CONSTRAINT phase_capex_not_negative CHECK (capex_usd >= 0),
  estimate INTEGER NOT NULL DEFAULT 0 CONSTRAINT phase_estimate_flag CHECK (estimate = 0 OR estimate = 1),
  projected INTEGER NOT NULL DEFAULT 0 CONSTRAINT phase_projected_flag CHECK (projected = 0 OR projected = 1),
  note TEXT,
  source_id INTEGER REFERENCES sources(id) ON DELETE SET NULL,
  origin_dataset TEXT,
  origin_key TEXT,
  origin_fingerprint TEXT,
  CONSTRAINT phase_origin_complete CHECK ((origin_dataset IS NULL) = (origin_key IS NULL))
);
INSERT INTO site_phases_v3 (id, site_id, online_date, date_precision, it_mw, capex_usd, estimate, note, source_id)
  SELECT id, site_id, online_date, date_precision, it_mw, capex_usd, estimate, note, source_id FROM site_phases;

-- The chips of a phase's fleet, one row per model, in the order the phase lists them.
CREATE TABLE phase_chips (
  phase_id INTEGER NOT NULL REFERENCES site_phases(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  gpu_model_id INTEGER REFERENCES gpu_models(id) ON DELETE SET NULL,
  gpu_count INTEGER CONSTRAINT chip_count_not_negative CHECK (gpu_count >= 0),
  estimate INTEGER NOT NULL DEFAULT 0 CONSTRAINT chip_estimate_flag CHECK (estimate = 0 OR estimate = 1),
  note TEXT,
  PRIMARY KEY (phase_id, position)
) WITHOUT ROWID;
CREATE INDEX phase_chips_model ON phase_chips(gpu_model_id);
INSERT INTO phase_chips (phase_id, position, gpu_model_id, gpu_count, estimate)
  SELECT id, 0, gpu_model_id, gpu_count, estimate FROM site_phases
  WHERE gpu_model_id IS NOT NULL OR gpu_count IS NOT NULL;

DELETE FROM sqlite_sequence WHERE name = 'site_phases_v3';
INSERT INTO sqlite_sequence (name, seq) SELECT 'site_phases_v3', seq FROM sqlite_sequence WHERE name = 'site_phases';
DROP TABLE site_phases;
ALTER TABLE site_phases_v3 RENAME TO site_phases;
CREATE INDEX site_phases_site ON site_phases(site_id, online_date);
CREATE UNIQUE INDEX site_phases_origin ON site_phases(site_id, origin_dataset, origin_key)
  WHERE origin_dataset IS NOT NULL;

-- Other names of a GPU model; an alias belongs to one model, whatever its case.
CREATE TABLE gpu_model_aliases (
  alias TEXT NOT NULL PRIMARY KEY COLLATE NOCASE
    CONSTRAINT gpu_alias_not_blank CHECK (length(trim(alias)) > 0),
  gpu_model_id INTEGER NOT NULL REFERENCES gpu_models(id) ON DELETE CASCADE,
  position INTEGER NOT NULL
);
CREATE INDEX gpu_model_aliases_model ON gpu_model_aliases(gpu_model_id);

-- SPDX-License-Identifier: GPL-3.0-or-later
-- Compute Atlas schema version 1.
--
-- The file is also an OGC GeoPackage 1.3 (application_id 'GPKG', user_version 10300): QGIS and
-- GDAL open `sites` (points) and `fiber_links` (lines) as layers. GeoPackage owns
-- user_version, so the app's own schema version lives in atlas_meta. The runner
-- (db/migrations.cpp) executes this file in one transaction and records the version.
--
-- The rules a row must follow are repeated here as named CHECK constraints so that a file
-- edited by another program keeps them; db/sqlerrortext.cpp turns the names into messages.
-- Dates are checked as date(julianday(d)) = d: date() alone accepts '2025-02-30'.

PRAGMA application_id = 1196444487; -- 0x47504B47, 'GPKG'
PRAGMA user_version = 10300;

-- GeoPackage core tables (OGC 12-128r18, 1.1.2 and 2.1).
CREATE TABLE gpkg_spatial_ref_sys (
  srs_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL PRIMARY KEY,
  organization TEXT NOT NULL,
  organization_coordsys_id INTEGER NOT NULL,
  definition TEXT NOT NULL,
  description TEXT
);
INSERT INTO gpkg_spatial_ref_sys VALUES
  ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined',
   'undefined cartesian coordinate reference system'),
  ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined',
   'undefined geographic coordinate reference system'),
  ('WGS 84 geodetic', 4326, 'EPSG', 4326,
   'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]',
   'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid');

CREATE TABLE gpkg_contents (
  table_name TEXT NOT NULL PRIMARY KEY,
  data_type TEXT NOT NULL,
  identifier TEXT UNIQUE,
  description TEXT DEFAULT '',
  last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  min_x DOUBLE,
  min_y DOUBLE,
  max_x DOUBLE,
  max_y DOUBLE,
  srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id)
);

CREATE TABLE gpkg_geometry_columns (
  table_name TEXT NOT NULL,
  column_name TEXT NOT NULL,
  geometry_type_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL,
  z TINYINT NOT NULL,
  m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id)
);

-- The app's own metadata: key 'schema_version' holds the version of this schema.
CREATE TABLE atlas_meta (
  key TEXT NOT NULL PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE sources (
  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  title TEXT NOT NULL CONSTRAINT source_title_not_blank CHECK (length(trim(title)) > 0),
  url TEXT,
  publisher TEXT,
  published TEXT,
  note TEXT
);

CREATE TABLE operators (
  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  name TEXT NOT NULL UNIQUE CONSTRAINT operator_name_not_blank CHECK (length(trim(name)) > 0),
  color TEXT CONSTRAINT operator_color_hex
    CHECK (color IS NULL OR (length(color) = 7 AND color GLOB '#[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]')),
  note TEXT
);

CREATE TABLE gpu_models (
  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  name TEXT NOT NULL UNIQUE CONSTRAINT gpu_name_not_blank CHECK (length(trim(name)) > 0),
  year INTEGER,
  tdp_w REAL NOT NULL CONSTRAINT gpu_tdp_positive CHECK (tdp_w > 0),
  overhead REAL NOT NULL DEFAULT 1.82 CONSTRAINT gpu_overhead_at_least_one CHECK (overhead >= 1),
  bf16_tflops REAL CONSTRAINT gpu_bf16_not_negative CHECK (bf16_tflops >= 0),
  fp8_tflops REAL CONSTRAINT gpu_fp8_not_negative CHECK (fp8_tflops >= 0),
  hbm_gb REAL CONSTRAINT gpu_hbm_not_negative CHECK (hbm_gb >= 0),
  unit_price_usd REAL CONSTRAINT gpu_unit_price_not_negative CHECK (unit_price_usd >= 0),
  system_price_usd REAL CONSTRAINT gpu_system_price_not_negative CHECK (system_price_usd >= 0),
  system TEXT,
  note TEXT,
  source_id INTEGER REFERENCES sources(id) ON DELETE SET NULL
);

CREATE TABLE sites (
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
    CONSTRAINT site_precision_known CHECK (location_precision IN ('exact', 'approximate')),
  status TEXT NOT NULL DEFAULT 'announced'
    CONSTRAINT site_status_known CHECK (status IN ('announced', 'building', 'operating')),
  planned_mw REAL CONSTRAINT site_planned_mw_not_negative CHECK (planned_mw >= 0),
  note TEXT,
  source_id INTEGER REFERENCES sources(id) ON DELETE SET NULL
);
CREATE INDEX sites_operator ON sites(operator_id);

-- A step in a site's capacity: from online_date the site has it_mw of IT power in total.
CREATE TABLE site_phases (
  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  site_id INTEGER NOT NULL REFERENCES sites(fid) ON DELETE CASCADE,
  online_date TEXT NOT NULL
    CONSTRAINT phase_date_valid CHECK (date(julianday(online_date)) = online_date),
  date_precision TEXT NOT NULL DEFAULT 'month'
    CONSTRAINT phase_date_precision_known CHECK (date_precision IN ('day', 'month', 'quarter', 'year')),
  it_mw REAL CONSTRAINT phase_it_mw_not_negative CHECK (it_mw >= 0),
  gpu_model_id INTEGER REFERENCES gpu_models(id) ON DELETE SET NULL,
  gpu_count INTEGER CONSTRAINT phase_gpu_count_not_negative CHECK (gpu_count >= 0),
  capex_usd REAL CONSTRAINT phase_capex_not_negative CHECK (capex_usd >= 0),
  estimate INTEGER NOT NULL DEFAULT 0 CONSTRAINT phase_estimate_flag CHECK (estimate IN (0, 1)),
  note TEXT,
  source_id INTEGER REFERENCES sources(id) ON DELETE SET NULL
);
CREATE INDEX site_phases_site ON site_phases(site_id, online_date);

CREATE TABLE fiber_links (
  fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  geom LINESTRING,
  site_a INTEGER NOT NULL REFERENCES sites(fid) ON DELETE CASCADE,
  site_b INTEGER NOT NULL REFERENCES sites(fid) ON DELETE CASCADE,
  carrier TEXT,
  capacity_tbps REAL CONSTRAINT link_capacity_not_negative CHECK (capacity_tbps >= 0),
  status TEXT NOT NULL DEFAULT 'planned'
    CONSTRAINT link_status_known CHECK (status IN ('planned', 'building', 'lit')),
  active_date TEXT
    CONSTRAINT link_date_valid CHECK (active_date IS NULL OR date(julianday(active_date)) = active_date),
  note TEXT,
  source_id INTEGER REFERENCES sources(id) ON DELETE SET NULL,
  CONSTRAINT link_ends_differ CHECK (site_a <> site_b)
);
CREATE INDEX fiber_links_site_a ON fiber_links(site_a);
CREATE INDEX fiber_links_site_b ON fiber_links(site_b);

-- Published estimates, plotted against scenarios as ranges [low, high] at their year.
CREATE TABLE claims (
  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  metric TEXT NOT NULL CONSTRAINT claim_metric_not_blank CHECK (length(trim(metric)) > 0),
  label TEXT,
  subject TEXT,
  year INTEGER,
  low REAL NOT NULL,
  high REAL NOT NULL,
  unit TEXT NOT NULL DEFAULT '',
  quote TEXT,
  speaker TEXT,
  said_on TEXT CONSTRAINT claim_date_valid CHECK (said_on IS NULL OR date(julianday(said_on)) = said_on),
  source_id INTEGER REFERENCES sources(id) ON DELETE SET NULL,
  CONSTRAINT claim_range_ordered CHECK (high >= low)
);

-- Saved slider settings; params is a JSON object (app/scenario/scenarioparamsjson.cpp).
CREATE TABLE scenarios (
  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  name TEXT NOT NULL UNIQUE CONSTRAINT scenario_name_not_blank CHECK (length(trim(name)) > 0),
  params TEXT NOT NULL CONSTRAINT scenario_params_json CHECK (json_valid(params)),
  note TEXT,
  modified TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES
  ('sites', 'features', 'sites', 'AI data-center sites (Compute Atlas)', 4326),
  ('fiber_links', 'features', 'fiber_links', 'Fiber links between sites (Compute Atlas)', 4326);
INSERT INTO gpkg_geometry_columns VALUES
  ('sites', 'geom', 'POINT', 4326, 0, 0),
  ('fiber_links', 'geom', 'LINESTRING', 4326, 0, 0);

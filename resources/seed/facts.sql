-- SPDX-License-Identifier: GPL-3.0-or-later
-- What the sample adds to Epoch AI's release (run after its import by db/sampledatabase.cpp):
-- exact coordinates where public records give the parcel, the one site the release lacks,
-- and the fiber between sites. From ../shared/data/facts.md; each row cites its source
-- (claims.sql holds the sources). A site in both is one site: Epoch's, matched by its name.
-- Geometry blobs are written afterwards from lon/lat.

-- Exact coordinates (Epoch's release gives addresses, which the gazetteer places by ZIP code).
UPDATE sites SET lon = -99.777222, lat = 32.508056, location_precision = 'exact',
  location_note = 'Coordinates of the TCEQ-registered campus (Lancium Clean Campus).'
  WHERE origin_key = 'OpenAI Stargate Abilene';
UPDATE sites SET lon = -87.894888, lat = 42.6748702, location_precision = 'exact',
  location_note = '4800 90th St, Mount Pleasant, on former Foxconn land.'
  WHERE origin_key = 'Microsoft Fairwater Wisconsin';
UPDATE sites SET lon = -84.5248259, lat = 33.4452227, location_precision = 'exact',
  location_note = '1435 Hwy 54 W, Fayetteville (the QTS campus).'
  WHERE origin_key = 'Microsoft Fairwater Atlanta';
UPDATE sites SET lon = -82.754612, lat = 40.065362, location_precision = 'exact',
  location_note = '1500 Beech Rd, New Albany.'
  WHERE origin_key = 'Meta Prometheus';
-- Approximate, but apart: the release's addresses put both Memphis sites at the centre of ZIP
-- code 38109, one point; facts.md places each to two decimals.
UPDATE sites SET lon = -90.14, lat = 35.06, location_precision = 'approximate',
  location_note = 'About 3231 Paul R. Lowry Rd (the former Electrolux plant), to two decimals.'
  WHERE origin_key = 'Colossus 1';
UPDATE sites SET lon = -90.02, lat = 35.00, location_precision = 'approximate',
  location_note = 'About Tulane Rd, Memphis, by the Southaven power plant, to two decimals.'
  WHERE origin_key = 'Colossus 2';
INSERT OR IGNORE INTO site_sources (site_id, source_id, position)
  SELECT fid, 13, 90 FROM sites WHERE origin_key IN ('Colossus 1', 'Colossus 2');
INSERT OR IGNORE INTO site_sources (site_id, source_id, position)
  SELECT fid, 2, 90 FROM sites WHERE origin_key = 'OpenAI Stargate Abilene'
  UNION ALL SELECT fid, 8, 90 FROM sites WHERE origin_key = 'Microsoft Fairwater Wisconsin'
  UNION ALL SELECT fid, 16, 90 FROM sites WHERE origin_key = 'Microsoft Fairwater Atlanta'
  UNION ALL SELECT fid, 18, 90 FROM sites WHERE origin_key = 'Meta Prometheus';

-- The site the release lacks.
INSERT INTO operators (name, color, note)
  SELECT 'CoreWeave', '#b07aa1', NULL WHERE NOT EXISTS (SELECT 1 FROM operators WHERE name = 'CoreWeave');
INSERT INTO sites (name, operator_id, parties, city, region, country, address, lon, lat, location_precision,
                   location_note, status, planned_mw, note, source_id)
  SELECT 'CoreWeave Plano', (SELECT id FROM operators WHERE name = 'CoreWeave'), 'CoreWeave', 'Plano', 'TX', 'US',
         '1000 Coit Rd, Plano, TX', -96.7665775, 33.0117077, 'exact', 'The address, geocoded to the parcel.', 'announced',
         NULL, 'A $1.6B investment; the power was not published.', 7;

-- Fiber: Microsoft's AI WAN joins Fairwater Wisconsin and Fairwater Atlanta into one training system.
INSERT INTO fiber_links (site_a, site_b, carrier, capacity_tbps, status, active_date, note, source_id)
  SELECT a.fid, b.fid, 'Microsoft AI WAN', NULL, 'lit', '2025-11-30',
         'Fairwater Wisconsin and Fairwater Atlanta, about 700 miles apart, linked as one training system; part of more '
         || 'than 120,000 new fiber miles Microsoft laid in the US in a year.', 25
  FROM sites a, sites b
  WHERE a.origin_key = 'Microsoft Fairwater Wisconsin' AND b.origin_key = 'Microsoft Fairwater Atlanta';

-- Colours for the operators the charts and the map show most, as the earlier sample had them
-- (the import gives the others colours of its palette).
UPDATE operators SET color = '#4e79a7' WHERE name = 'Microsoft';
UPDATE operators SET color = '#f28e2b' WHERE name = 'Meta';
UPDATE operators SET color = '#59a14f' WHERE name = 'Google';
UPDATE operators SET color = '#c9a227' WHERE name = 'Amazon';
UPDATE operators SET color = '#e15759' WHERE name = 'SpaceXAI';
UPDATE operators SET color = '#9c755f' WHERE name = 'Oracle';
UPDATE operators SET color = '#b07aa1' WHERE name = 'CoreWeave';
UPDATE operators SET color = '#76b7b2' WHERE name = 'Softbank';

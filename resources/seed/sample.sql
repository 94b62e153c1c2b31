-- SPDX-License-Identifier: GPL-3.0-or-later
-- The sample database (after catalogue.sql): public figures on the AI data-center build-out, each row tied to the
-- source it comes from. Run once into a new database by db/sampledatabase.cpp, after the
-- schema; geometry blobs are written afterwards from lon/lat.
--
-- Conventions:
-- * A phase's date is the last day of the period it is known to: "2025-09" is 2025-09-30
--   with precision 'month', "2027-Q1" is 2027-03-31 with precision 'quarter'.
-- * A phase's it_mw is the site's total IT power from that date, not an increment.
-- * estimate = 1 marks a figure that its source calls an estimate (or that is derived here,
--   which the note then says).
-- * 'approximate' locations are city- or map-level, not the parcel.

-- Sources ------------------------------------------------------------------------------------
INSERT INTO sources (id, title, url, publisher, published, note) VALUES
  (1, 'Stargate Abilene to reach 1.2 GW with 400,000-450,000 GB200 (Financial Times, as reported)', 'https://mixedtimes.com/', 'Financial Times via mixedtimes.com', NULL, 'The article''s own path was not recorded; the site is named as the publisher.'),
  (2, 'Stargate Abilene: project timeline', 'https://compute.institute/projects/stargate-abilene', 'compute.institute', NULL, NULL),
  (3, 'Epoch AI frontier data centers: OpenAI Abilene', 'https://kdc.bussetech.com/data/sites/openai-abilene.yml', 'Epoch AI (mirrored at kdc.bussetech.com)', NULL, '0.3 GW in April 2026 (estimate).'),
  (4, 'Microsoft is picking up a Texas data center project OpenAI didn''t want', 'https://cashwalklabs.io/news/microsoft-is-picking-up-a-texas-data-center-project-openai-didnt-want', 'cashwalklabs.io', NULL, NULL),
  (5, 'CoreWeave brings more than 16,000 GPUs online at Denton for OpenAI', 'https://theminermag.com/news/2026-01-14/coreweave-gpu-openai', 'TheMinerMag', '2026-01-14', NULL),
  (6, 'CoreWeave and Core Scientific: Denton delay', 'https://theminermag.com/news/2025-12-16/coreweave-core-ai-delay', 'TheMinerMag', '2025-12-16', NULL),
  (7, 'CoreWeave plans $1.6bn AI cloud data center in Plano, Texas', 'https://www.datacenterdynamics.com/en/news/coreweave-plans-16bn-ai-cloud-data-center-in-plano-texas/', 'DatacenterDynamics', NULL, NULL),
  (8, 'Microsoft Fairwater AI data center, Wisconsin', 'https://dcpulse.com/news/microsoft-fairwater-ai-data-center-wisconsin', 'DC Pulse', NULL, NULL),
  (9, 'Microsoft Fairwater Wisconsin fully operational', 'https://bruno.digital/', 'bruno.digital', '2026-06-23', 'Operational 2026-06-23; the article''s own path was not recorded.'),
  (10, 'Microsoft Goodyear', 'https://datacenterindex.ai/projects/microsoft-goodyear', 'datacenterindex.ai', NULL, '263 MW current power (Epoch AI estimate).'),
  (11, 'AI data center index', 'https://aidatacenterindex.com/', 'aidatacenterindex.com', NULL, NULL),
  (12, 'Colossus (supercomputer)', 'https://en.wikipedia.org/wiki/Colossus_(supercomputer)', 'Wikipedia', NULL, NULL),
  (13, 'xAI Colossus in Memphis', 'https://sfbwmag.com/?p=108844', 'SFBW Magazine', NULL, 'Colossus 1 and 2 about 1.0 GW together, citing the SpaceX S-1/A.'),
  (14, 'xAI Colossus 1', 'https://datacenterindex.ai/projects/xai-colossus-1', 'datacenterindex.ai', NULL, '425 MW (Epoch AI estimate).'),
  (15, 'xAI weeks away from firing up second Memphis site', 'https://512pixels.net/2025/07/xai-weeks-away-from-firing-up-second-memphis-site', '512pixels.net', '2025-07', NULL),
  (16, 'Microsoft''s Fayetteville AI data center opens', 'https://www.ajc.com/', 'The Atlanta Journal-Constitution', '2025-11', 'The article''s own path was not recorded.'),
  (17, 'Microsoft Fairwater Atlanta', 'https://datacenterindex.ai/projects/microsoft-fairwater-atlanta', 'datacenterindex.ai', NULL, '859 MW current power (Epoch AI estimate).'),
  (18, 'Meta Prometheus, New Albany', 'https://compute.institute/projects/meta-prometheus-new-albany', 'compute.institute', NULL, NULL),
  (19, 'Meta Hyperion, Richland Parish', 'https://www.businessreport.com/', 'Greater Baton Rouge Business Report', NULL, 'The article''s own path was not recorded.'),
  (20, 'Meta Hyperion gas plants', 'https://www.nextbigfuture.com/', 'NextBigFuture', '2025-10', 'The article''s own path was not recorded.'),
  (21, 'Project Rainier: Amazon and Anthropic in New Carlisle', 'https://ainews247.org/story/51840', 'ainews247.org', NULL, NULL),
  (22, 'Lumen and Microsoft AI connectivity deals', 'https://www.lightreading.com/', 'Light Reading', NULL, 'The article''s own path was not recorded.'),
  (23, 'Lumen AI fiber deals', 'https://www.lightwaveonline.com/', 'Lightwave', NULL, 'The article''s own path was not recorded.'),
  (24, 'Zayo long-haul build and AI deals', 'https://datacenterwires.com/', 'Data Center Wires', NULL, 'The article''s own path was not recorded.'),
  (25, 'Microsoft AI WAN links Fairwater sites', 'https://w.media/', 'W.Media', '2025-11', 'The article''s own path was not recorded.'),
  (29, 'GPU clusters: estimation methods', 'https://epoch.ai/data/gpu-clusters-documentation/estimation', 'Epoch AI', NULL, 'All-in power per GPU = TDP x 1.82 x PUE; PUE 1.14 for AI facilities in 2023.'),
  (30, 'Cost of a 1 GW GB200 NVL72 data center', NULL, 'Epoch AI', '2026', 'About $38B up front per GW of IT power; servers about 60% of the total cost of ownership.'),
  (31, 'AI data center capex per GW', NULL, 'Bernstein', NULL, '$35B per GW.'),
  (32, 'AI data center capex per GW', NULL, 'Giga Energy', NULL, '$45-55B per GW.'),
  (33, 'Dylan Patel on the Dwarkesh Patel podcast', NULL, 'Dwarkesh Podcast', '2024-10-09', 'Interview; quotes as given in the claims.'),
  (34, 'Epoch AI hub model of data center cost', NULL, 'Epoch AI', NULL, '$44B per GW.'),
  (35, 'Latency of light in optical fiber', NULL, 'Physics of silica fiber', NULL, 'Refractive index about 1.47: light covers about 204,000 km/s, 4.9-5.0 µs per km one way.');

-- Operators ----------------------------------------------------------------------------------
-- A site's operator is the company whose compute it is; the other parties are in its text.
INSERT INTO operators (id, name, color, note) VALUES
  (1, 'OpenAI', '#59a14f', 'Stargate sites; also a tenant of Microsoft and CoreWeave.'),
  (2, 'Microsoft', '#4e79a7', NULL),
  (3, 'CoreWeave', '#b07aa1', NULL),
  (4, 'xAI', '#e15759', NULL),
  (5, 'Meta', '#f28e2b', NULL),
  (6, 'Amazon', '#c9a227', 'Project Rainier, for Anthropic.'),
  (7, 'Oracle', '#9c755f', 'Leases Stargate Abilene for OpenAI.'),
  (8, 'Crusoe', '#76b7b2', 'Builds the Abilene campuses.'),
  (9, 'Core Scientific', '#bab0ac', 'Landlord of CoreWeave Denton.'),
  (10, 'QTS', '#8cd17d', 'Owns the Fayetteville campus of Fairwater 2.'),
  (11, 'Anthropic', '#d37295', 'User of Project Rainier.');

-- Sites --------------------------------------------------------------------------------------
INSERT INTO sites (fid, name, operator_id, parties, city, region, country, lon, lat, location_precision, status, planned_mw, note, source_id) VALUES
  (1, 'Stargate Abilene (Lancium Clean Campus)', 1, 'Crusoe builds, Oracle leases, OpenAI tenant', 'Abilene', 'TX', 'US', -99.777222, 32.508056, 'exact', 'operating', 1200, 'Coordinates of the TCEQ-registered campus. 1.2 GW and 8 buildings planned, 400,000-450,000 GB200 (estimate).', 1),
  (2, 'Abilene expansion (Crusoe)', 2, 'Crusoe builds, Microsoft tenant', 'Abilene', 'TX', 'US', -99.78, 32.51, 'approximate', 'building', 900, '700-900 MW planned, with a 900 MW power plant on site. The project OpenAI passed on.', 4),
  (3, 'CoreWeave Denton', 3, 'Core Scientific landlord, CoreWeave tenant, OpenAI end user', 'Denton', 'TX', 'US', -97.13, 33.21, 'approximate', 'operating', 260, 'A former bitcoin-mining site. 260 MW campus with 394 MW of power access; full launch in 2027 ($6.1B).', 6),
  (4, 'CoreWeave Plano', 3, 'CoreWeave', 'Plano', 'TX', 'US', -96.7665775, 33.0117077, 'exact', 'announced', NULL, '1000 Coit Rd. A $1.6B investment; the power was not published.', 7),
  (5, 'Microsoft Fairwater', 2, 'Microsoft; OpenAI user', 'Mount Pleasant', 'WI', 'US', -87.894888, 42.6748702, 'exact', 'operating', NULL, '4800 90th St, on former Foxconn land. "Hundreds of thousands" of GB200 in NVL72 racks; peak power not disclosed. A second data center ($4.0B) follows in 2028.', 8),
  (6, 'Microsoft Goodyear AI campus', 2, 'Microsoft; OpenAI tenant', 'Goodyear', 'AZ', 'US', -112.358, 33.435, 'approximate', 'operating', NULL, 'Phoenix area. Home of the "OpenAI in Arizona" 100,000-H100 cluster of 2024.', 10),
  (7, 'xAI Colossus', 4, 'xAI', 'Memphis', 'TN', 'US', -90.14, 35.06, 'approximate', 'operating', NULL, '3231 Paul R. Lowry Rd, a former Electrolux plant (not geocoded to the parcel).', 12),
  (8, 'xAI Colossus 2', 4, 'xAI; power plant in Southaven, MS', 'Memphis', 'TN', 'US', -90.02, 35.0, 'approximate', 'operating', 1100, 'Tulane Rd. Target above 1.1 GW; Colossus 1 and 2 are about 1.0 GW together (SpaceX S-1/A).', 15),
  (9, 'Microsoft Fairwater 2 (Atlanta)', 2, 'QTS campus, Microsoft', 'Fayetteville', 'GA', 'US', -84.5248259, 33.4452227, 'exact', 'operating', NULL, '1435 Hwy 54 W. GB200/GB300 NVL72 racks at about 140 kW each.', 16),
  (10, 'Meta Prometheus', 5, 'Meta', 'New Albany', 'OH', 'US', -82.754612, 40.065362, 'exact', 'operating', 1000, '1500 Beech Rd. About 1 GW targeted for 2026, partly in tents.', 18),
  (11, 'Meta Hyperion', 5, 'Meta (Blue Owl joint venture)', 'Richland Parish', 'LA', 'US', -91.73, 32.41, 'approximate', 'building', 2000, '2.26 GW of gas plants by 2028-29; 2-5 GW planned (the lower end is stored as planned).', 19),
  (12, 'Project Rainier', 6, 'Amazon; Anthropic', 'New Carlisle', 'IN', 'US', -86.51, 41.70, 'approximate', 'operating', 2200, 'Trainium2 accelerators; more than 2.2 GW at full build (30 buildings).', 21);

-- Site phases --------------------------------------------------------------------------------
INSERT INTO site_phases (id, site_id, online_date, date_precision, it_mw, capex_usd, estimate, note, source_id) VALUES
  (1, 1, '2025-09-30', 'month', NULL, NULL, 0, 'Two buildings operational.', 2),
  (2, 1, '2026-04-30', 'month', 300, NULL, 1, 'About 300 MW, 4 of 8 buildings (Epoch AI estimate).', 3),
  (3, 1, '2026-09-30', 'month', 421, NULL, 0, '421 MW of IT power in buildings 1-4.', 2),
  (4, 1, '2027-03-31', 'quarter', 1200, NULL, 1, '1.2 GW in 8 buildings; 400,000-450,000 GB200 (estimate; the low end is stored).', 1),
  (5, 2, '2027-06-30', 'month', NULL, NULL, 0, 'First building; 700-900 MW planned.', 4),
  (6, 3, '2025-12-31', 'month', NULL, NULL, 0, 'More than 16,000 GPUs online.', 5),
  (7, 3, '2027-12-31', 'year', 260, 6100000000, 0, 'Full launch: the 260 MW campus ($6.1B); 394 MW of power access.', 6),
  (8, 5, '2026-06-23', 'day', NULL, NULL, 0, 'Fully operational with "hundreds of thousands" of GB200; peak power not disclosed.', 9),
  (9, 5, '2028-12-31', 'year', NULL, 4000000000, 0, 'Second data center ($4.0B).', 8),
  (10, 6, '2024-12-31', 'year', NULL, NULL, 0, 'The 100,000-H100 cluster: "OpenAI in Arizona".', 33),
  (11, 6, '2026-12-31', 'year', 263, NULL, 1, '263 MW current power (Epoch AI estimate; dated to the year it was read).', 10),
  (12, 7, '2024-09-30', 'month', 150, NULL, 0, '100,000 H100; 150 MW requested.', 12),
  (13, 7, '2025-12-31', 'year', 300, NULL, 0, '200,000 H100 and H200 at 300 MW.', 12),
  (14, 7, '2026-01-31', 'month', 425, NULL, 1, 'About 230,000 GPUs including 30,000 GB200; 425 MW is an Epoch AI estimate.', 14),
  (15, 8, '2025-12-31', 'year', 200, NULL, 0, 'First phase: 110,000 GB200, 200 MW in 6 months.', 15),
  (16, 9, '2025-10-31', 'month', NULL, NULL, 0, 'Operating: GB200/GB300 NVL72 racks at about 140 kW each.', 16),
  (17, 9, '2026-12-31', 'year', 859, NULL, 1, '859 MW current power (Epoch AI estimate; dated to the year it was read).', 17),
  (18, 10, '2026-12-31', 'year', 691, NULL, 1, '691 MW (Epoch AI estimate) of an about 1 GW target.', 18),
  (19, 11, '2028-12-31', 'year', 2000, NULL, 1, '2.26 GW of gas plants by 2028-29; 2-5 GW planned (the lower end is stored).', 20),
  (20, 12, '2025-10-31', 'month', NULL, NULL, 0, 'About 500,000 Trainium2 in 7 of 30 buildings.', 21),
  (21, 12, '2026-01-31', 'month', 1000, NULL, 1, 'More than 1 GW (Epoch AI estimate).', 21);

-- The chips of each phase's fleet (schema version 3: a fleet can mix models).
INSERT INTO phase_chips (phase_id, position, gpu_model_id, gpu_count, estimate) VALUES
  (1, 0, 5, NULL, 0),
  (2, 0, 5, NULL, 1),
  (3, 0, 5, NULL, 0),
  (4, 0, 5, 400000, 1),
  (6, 0, NULL, 16000, 0),
  (8, 0, 5, NULL, 0),
  (10, 0, 2, 100000, 0),
  (12, 0, 2, 100000, 0),
  (13, 0, 2, 200000, 0),
  (14, 0, 2, 230000, 1),
  (15, 0, 5, 110000, 0),
  (16, 0, 5, NULL, 0),
  (17, 0, 5, NULL, 1),
  (20, 0, NULL, 500000, 0);

-- Fiber links --------------------------------------------------------------------------------
INSERT INTO fiber_links (fid, site_a, site_b, carrier, capacity_tbps, status, active_date, note, source_id) VALUES
  (1, 5, 9, 'Microsoft AI WAN', NULL, 'lit', '2025-11-30', 'Fairwater Wisconsin and Fairwater Atlanta, about 700 miles apart, linked as one training system; part of more than 120,000 new fiber miles Microsoft laid in the US in a year.', 25);

-- Claims -------------------------------------------------------------------------------------
-- metric keys are listed in docs/glossary.md; the charts look them up by key.
INSERT INTO claims (metric, label, subject, year, low, high, unit, quote, speaker, said_on, source_id) VALUES
  ('largest_cluster_gpus', 'Largest cluster, GPUs (H100)', 'H100', 2024, 100000, 100000, 'GPUs', 'you already have 100K clusters ... OpenAI in Arizona, xAI in Memphis', 'Dylan Patel', '2024-10-09', 33),
  ('largest_cluster_gpus', 'Largest cluster, GPUs (GB200)', 'GB200', 2025, 300000, 700000, 'GPUs', '300,000 to 700,000 ... those GPUs are 2 to 3x faster', 'Dylan Patel', '2024-10-09', 33),
  ('largest_cluster_h100e', 'Largest cluster, H100-equivalents', NULL, 2025, 1000000, 1000000, 'H100e', 'on an H100 equivalent basis, you''re at a million chips next year', 'Dylan Patel', '2024-10-09', 33),
  ('single_site_gw', 'Single-site power', NULL, 2026, 1, 1, 'GW', 'a single gigawatt site', 'Dylan Patel', '2024-10-09', 33),
  ('multi_site_gw', 'Multi-site power (Microsoft)', 'Microsoft', 2026, 2, 5, 'GW', 'easily north of 2-3 GW; the Microsoft 5 GW thing', 'Dylan Patel', '2024-10-09', 33),
  ('all_in_w_per_gpu', 'All-in power per GPU, H100', 'H100 SXM', NULL, 1200, 1400, 'W', '700 Watts ... all-in is like 1200-1400 Watts', 'Dylan Patel', '2024-10-09', 33),
  ('all_in_w_per_gpu', 'All-in power per GPU, next generation', 'GB200 (NVL72)', NULL, 2000, 2000, 'W', '1,200 Watts for the GPU ... 2,000 Watts all-in', 'Dylan Patel', '2024-10-09', 33),
  ('funding_needed_busd', 'Funding needed, OpenAI', 'OpenAI', 2025, 50, 100, '$B', 'unless they raise like 50 to 100 billion', 'Dylan Patel', '2024-10-09', 33),
  ('fiber_deals_busd', 'Fiber deals, Microsoft', 'Microsoft', 2024, 10, 10, '$B', 'deals north of $10 billion with fiber companies', 'Dylan Patel', '2024-10-09', 33),
  ('multi_site_loss_pct', 'Multi-site efficiency loss', NULL, NULL, 20, 50, '%', 'would it be like 20% loss, 50% loss?', 'Dylan Patel', '2024-10-09', 33),
  ('all_in_w_per_gpu', 'All-in power per GPU, H100 (Epoch AI method)', 'H100 SXM', NULL, 1450, 1450, 'W', '700 W x 1.82 x PUE 1.14', NULL, NULL, 29),
  ('pue', 'PUE of AI-specialised facilities', NULL, 2023, 1.14, 1.14, '', NULL, NULL, NULL, 29),
  ('pue', 'PUE, industry average', NULL, 2023, 1.56, 1.58, '', NULL, NULL, NULL, 29),
  ('capex_busd_per_gw', 'Capex per GW of IT power (GB200 NVL72)', NULL, 2026, 38, 38, '$B/GW', NULL, NULL, NULL, 30),
  ('capex_busd_per_gw', 'Capex per GW (Bernstein)', NULL, NULL, 35, 35, '$B/GW', NULL, NULL, NULL, 31),
  ('capex_busd_per_gw', 'Capex per GW (Epoch AI hub model)', NULL, NULL, 44, 44, '$B/GW', NULL, NULL, NULL, 34),
  ('capex_busd_per_gw', 'Capex per GW (Giga Energy)', NULL, NULL, 45, 55, '$B/GW', NULL, NULL, NULL, 32),
  ('site_power_gw', 'xAI Colossus 1 and 2 together', 'xAI', NULL, 1.0, 1.0, 'GW', NULL, NULL, NULL, 13),
  ('fiber_deals_busd', 'Lumen: new AI business plus deals in discussion', 'Lumen', 2024, 5, 12, '$B', '$5B of new AI business plus $7B in discussion (2024-08)', NULL, NULL, 22),
  ('fiber_deals_busd', 'Lumen: AI deals announced in 2024 (20-year contracts)', 'Lumen', 2024, 8.5, 8.5, '$B', NULL, NULL, NULL, 22),
  ('fiber_deals_busd', 'Lumen: AI deals in total by 2026-02', 'Lumen', 2026, 13, 13, '$B', NULL, NULL, NULL, 23),
  ('fiber_deals_busd', 'Zayo: AI deals in 2024', 'Zayo', 2024, 1, 1, '$B', '$1B+ of AI deals', NULL, NULL, 24),
  ('fiber_route_miles', 'Zayo: new long-haul route miles', 'Zayo', NULL, 5000, 5000, 'miles', '5,000+ new long-haul route miles (e.g. Atlanta-Ashburn, Chicago-Columbus)', NULL, NULL, 24),
  ('fiber_route_miles', 'Microsoft AI WAN: new fiber miles in the US in a year', 'Microsoft', 2025, 120000, 120000, 'miles', '>120,000 new fiber miles', NULL, NULL, 25),
  ('fiber_latency_us_per_km', 'Latency in fiber, one way', NULL, NULL, 4.9, 5.0, 'µs/km', 'refractive index ~1.47; ~10 ms round trip per 1,000 km', NULL, NULL, 35);

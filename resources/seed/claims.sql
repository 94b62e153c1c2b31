-- SPDX-License-Identifier: GPL-3.0-or-later
-- The sample database's claims (after catalogue.sql, before Epoch AI's release is imported):
-- the published estimates the charts draw against the scenarios, and the sources they and
-- facts.sql cite (../shared facts, each row with its source). Run by db/sampledatabase.cpp.
-- Sources keep fixed ids (the catalogue's are 26-28); the Epoch import's sources come after.

INSERT INTO sources (id, title, url, publisher, published, note) VALUES
  (2, 'Stargate Abilene: project timeline', 'https://compute.institute/projects/stargate-abilene', 'compute.institute', NULL, NULL),
  (7, 'CoreWeave plans $1.6bn AI cloud data center in Plano, Texas', 'https://www.datacenterdynamics.com/en/news/coreweave-plans-16bn-ai-cloud-data-center-in-plano-texas/', 'DatacenterDynamics', NULL, NULL),
  (8, 'Microsoft Fairwater AI data center, Wisconsin', 'https://dcpulse.com/news/microsoft-fairwater-ai-data-center-wisconsin', 'DC Pulse', NULL, NULL),
  (13, 'xAI Colossus in Memphis', 'https://sfbwmag.com/?p=108844', 'SFBW Magazine', NULL, 'Colossus 1 and 2 about 1.0 GW together, citing the SpaceX S-1/A.'),
  (16, 'Microsoft''s Fayetteville AI data center opens', 'https://www.ajc.com/', 'The Atlanta Journal-Constitution', '2025-11', 'The article''s own path was not recorded.'),
  (18, 'Meta Prometheus, New Albany', 'https://compute.institute/projects/meta-prometheus-new-albany', 'compute.institute', NULL, NULL),
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

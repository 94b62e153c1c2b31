-- SPDX-License-Identifier: GPL-3.0-or-later
-- Saved scenarios of the sample database (after catalogue.sql, claims.sql, the Epoch import and
-- facts.sql). Settings left out take their defaults: chip power, overhead and capex follow the
-- GPU model (5 = GB200, 2 = H100); "asRecorded" counts each site's own fleet and keeps the model
-- to return to; see docs/scenario-model.md.
INSERT INTO scenarios (name, params, note) VALUES
  ('As recorded',
   '{"asRecorded": true, "gpuModelId": 5, "yearFrom": 2023, "yearTo": 2030}',
   'Each site''s chips and H100-equivalents as Epoch AI''s data records them, not filled to the power: what the data says, to set beside the what-ifs. After the release''s date (2026-07) the figures are its projections, drawn dashed.'),
  ('Seed: late-2024 view',
   '{"gpuModelId": 5, "pue": 1.14, "fundingBusdPerYear": 75, "fundingGrowthPct": 25, "lifetimeYears": 5, "multiSiteLossPct": 20, "routeFactor": 1.3, "yearFrom": 2023, "yearTo": 2030}',
   'The podcast of 2024-10-09: GB200 at about 2,000 W all-in, $50-100B to raise (the middle, $75B, in 2023, growing 25% a year), 20% lost per extra site.'),
  ('Power-limited',
   '{"gpuModelId": 5, "fundingBusdPerYear": 300, "fundingGrowthPct": 30, "yearFrom": 2023, "yearTo": 2030}',
   'Money is no object ($300B a year, growing 30%): the GPUs are limited by the power online.'),
  ('Funding-limited',
   '{"gpuModelId": 5, "fundingBusdPerYear": 25, "fundingGrowthPct": 10, "yearFrom": 2023, "yearTo": 2030}',
   'Only $25B a year, growing 10%: the GPUs are limited by what the money buys.'),
  ('H100s only',
   '{"gpuModelId": 2, "fundingBusdPerYear": 75, "fundingGrowthPct": 25, "yearFrom": 2023, "yearTo": 2030}',
   'The same money spent on H100s (700 W, 1.82 overhead): more GPUs per watt of budget, fewer H100-equivalents.');

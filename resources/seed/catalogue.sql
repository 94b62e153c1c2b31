-- SPDX-License-Identifier: GPL-3.0-or-later
-- The GPU catalogue and its sources: in every new database (File > New) and in the sample.
-- Run by db/sampledatabase.cpp into a database that has just been created.

INSERT INTO sources (id, title, url, publisher, published, note) VALUES
  (26, 'Processors (A100, H100, B200, B300 specifications)', 'https://www.glennklockwood.com/garden/processors', 'Glenn K. Lockwood', NULL, NULL),
  (27, 'Training cost trends (hardware prices)', 'https://github.com/epoch-research/training-cost-trends', 'Epoch AI', NULL, NULL),
  (28, 'GB200 NVL72 rack power (120-132 kW per rack)', 'https://introl.com/', 'Introl', NULL, 'The article''s own path was not recorded.');

-- GPU catalogue ------------------------------------------------------------------------------
-- overhead: server and network power per watt of chip. 1.82 for 8-GPU HGX/DGX servers (DGX
-- H100: 10.2 kW / 8 = 1,275 W per 700 W GPU); 1.45 for NVL72 racks (120-132 kW / 72 GPUs =
-- 1.67-1.83 kW per 1,200 W GPU, an overhead of 1.39-1.53).
-- system_price_usd: price per GPU with its share of server and network, where published.
INSERT INTO gpu_models (id, name, year, tdp_w, overhead, bf16_tflops, fp8_tflops, hbm_gb, unit_price_usd, system_price_usd, system, note, source_id) VALUES
  (1, 'A100 SXM', 2020, 400, 1.82, 312, NULL, 80, 15000, 24900, 'HGX/DGX 8-GPU', '$15k list; a DGX A100 is about $24.9k per GPU.', 27),
  (2, 'H100 SXM', 2022, 700, 1.82, 989, 1979, 80, 27500, NULL, 'HGX/DGX 8-GPU', '$25-30k per chip (the middle is stored).', 26),
  (3, 'H200 SXM', 2024, 700, 1.82, 989, 1979, 141, NULL, NULL, 'HGX 8-GPU', 'Price not found.', 26),
  (4, 'B200 (HGX)', 2025, 1000, 1.82, 2250, 4500, 180, 35000, NULL, 'HGX 8-GPU', '$30-40k per chip (the middle is stored).', 26),
  (5, 'GB200 (NVL72)', 2025, 1200, 1.45, 2500, 5000, 186, NULL, 41667, 'NVL72', 'An NVL72 rack is about $3M: $41.7k per GPU.', 28),
  (6, 'GB300 (NVL72)', 2025, 1400, 1.45, 2500, 5000, 288, NULL, 48611, 'NVL72', 'An NVL72 rack is $3-4M: $48.6k per GPU at $3.5M.', 26),
  (7, 'Rubin (VR200)', 2027, 1800, 1.45, NULL, 8333, 288, NULL, NULL, 'NVL144', 'Expected 2026-27. TDP ~1,800 W is unconfirmed. BF16 not published; FP8 is 1.2 EF per NVL144 rack / 144 GPUs. Overhead assumed as for NVL72. Price not found.', 26);

-- SPDX-License-Identifier: GPL-3.0-or-later
-- The GPU catalogue and its sources: in every new database (File > New) and in the sample.
-- Run by db/sampledatabase.cpp into a database that has just been created.
--
-- Rows 1-7 come from the project's facts file; the sample's phases and scenarios refer to
-- them by id. Rows from 8 give every chip Epoch AI's data-center hub names (A100, Ascend 910C,
-- B200, B300, H100, H20, H200, R200, R300, TPU v4, v5e, v5p, v6e, v7, Trainium2) a row, with
-- the figures of Epoch AI's 'Data on Machine Learning Hardware' (CC BY 4.0; dense BF16, FLOP/s
-- converted to TFLOPS). A figure neither gives is NULL, and the note says so.
-- The catalogue's sources are 26-28 and, from 101, one per Epoch hardware row, so that the
-- sample's own sources (sample.sql) can grow without renumbering.

INSERT INTO sources (id, title, url, publisher, published, note) VALUES
  (26, 'Processors (A100, H100, B200, B300 specifications)', 'https://www.glennklockwood.com/garden/processors', 'Glenn K. Lockwood', NULL, NULL),
  (27, 'Training cost trends (hardware prices)', 'https://github.com/epoch-research/training-cost-trends', 'Epoch AI', NULL, NULL),
  (28, 'GB200 NVL72 rack power (120-132 kW per rack)', 'https://introl.com/', 'Introl', NULL, 'The article''s own path was not recorded.'),
  (101, 'Data on Machine Learning Hardware: NVIDIA HGX H20', 'https://epoch.ai/data/machine-learning-hardware', 'Epoch AI', NULL, 'CC BY 4.0. Row last modified 2025-07-21. Datasheet: https://viperatech.com/shop/nvidia-hgx-h20/. Price: https://www.tomshardware.com/tech-industry/artificial-intelligence/distributor-claims-that-nvidia-has-allegedly-stopped-taking-orders-on-hgx-h20-gpu-processors ($10,000-13,000); https://www.techpowerup.com/318595/nvidia-readying-h20-ai-gpu-for-chinese-market'),
  (102, 'Data on Machine Learning Hardware: NVIDIA B300 (Blackwell Ultra)', 'https://epoch.ai/data/machine-learning-hardware', 'Epoch AI', NULL, 'CC BY 4.0. Row last modified 2025-12-10. Datasheets: https://developer.nvidia.com/blog/inside-nvidia-blackwell-ultra-the-chip-powering-the-ai-factory-era/; https://resources.nvidia.com/en-us-blackwell-architecture/blackwell-ultra-datasheet'),
  (103, 'Data on Machine Learning Hardware: Google TPU v4', 'https://epoch.ai/data/machine-learning-hardware', 'Epoch AI', NULL, 'CC BY 4.0. Row last modified 2025-12-12. Datasheet: https://cloud.google.com/tpu/docs/system-architecture-tpu-vm'),
  (104, 'Data on Machine Learning Hardware: Google TPU v5e', 'https://epoch.ai/data/machine-learning-hardware', 'Epoch AI', NULL, 'CC BY 4.0. Row last modified 2025-12-12. Datasheet: https://cloud.google.com/tpu/docs/v5e. TDP: SemiAnalysis''s estimate, as the row''s notes give it (https://newsletter.semianalysis.com/p/tpuv7-google-takes-a-swing-at-the).'),
  (105, 'Data on Machine Learning Hardware: Google TPU v5p', 'https://epoch.ai/data/machine-learning-hardware', 'Epoch AI', NULL, 'CC BY 4.0. Row last modified 2025-12-12. Datasheet: https://cloud.google.com/tpu/docs/v5p'),
  (106, 'Data on Machine Learning Hardware: Google TPU v6e Trillium', 'https://epoch.ai/data/machine-learning-hardware', 'Epoch AI', NULL, 'CC BY 4.0. Row last modified 2025-12-12. Datasheet: https://cloud.google.com/tpu/docs/v6e'),
  (107, 'Data on Machine Learning Hardware: Google TPU v7 Ironwood', 'https://epoch.ai/data/machine-learning-hardware', 'Epoch AI', NULL, 'CC BY 4.0. Row last modified 2025-12-12. Datasheet: https://blog.google/products/google-cloud/ironwood-tpu-age-of-inference/'),
  (108, 'Data on Machine Learning Hardware: Amazon Trainium2', 'https://epoch.ai/data/machine-learning-hardware', 'Epoch AI', NULL, 'CC BY 4.0. Row last modified 2025-10-29. Datasheets: https://semianalysis.com/2024/12/03/amazons-ai-self-sufficiency-trainium2-architecture-networking/; https://awsdocs-neuron.readthedocs-hosted.com/en/latest/about-neuron/arch/neuron-hardware/trainium2.html'),
  (109, 'Data on Machine Learning Hardware: Huawei Ascend 910C', 'https://epoch.ai/data/machine-learning-hardware', 'Epoch AI', NULL, 'CC BY 4.0. Row last modified 2025-12-11. Datasheets: https://www.trendforce.com/news/2025/03/13/news-huaweis-ascend-910c-takes-on-nvidia-as-chinas-ai-race-heats-up-more-alleged-details/; https://www.huawei.com/en/news/2025/9/hc-xu-keynote-speech; https://newsletter.semianalysis.com/p/huawei-ai-cloudmatrix-384-chinas-answer-to-nvidia-gb200-nvl72'),
  (110, 'Nvidia shows off Rubin Ultra with 600,000-Watt Kyber racks and infrastructure, coming in 2027', 'https://www.tomshardware.com/pc-components/gpus/nvidia-shows-off-rubin-ultra-with-600-000-watt-kyber-racks-and-infrastructure-coming-in-2027', 'Tom''s Hardware', '2025-03', 'GTC 2025: a Rubin Ultra NVL576 (Kyber) rack draws up to 600 kW (Jensen Huang), ships in the second half of 2027; 15 EF FP4 per rack.'),
  (111, 'Details zu GPU und CPU: NVIDIAs Vera-Rubin-Plattform ist fertig', 'https://www.hardwareluxx.de/index.php/news/hardware/prozessoren/67858-details-zu-gpu-und-cpu-nvidias-vera-rubin-plattform-ist-fertig.html', 'Hardwareluxx', '2026-01', 'CES 2026: NVIDIA counts GPU packages again, so Vera Rubin NVL144 (144 dies) is Vera Rubin NVL72 (72 packages of two dies).');

-- GPU catalogue ------------------------------------------------------------------------------
-- Every row is one chip as a dataset counts it: a package, whatever its number of dies (an
-- R200 is two Rubin dies, an R300 four).
-- overhead: server and network power per watt of chip. 1.82 for 8-GPU HGX/DGX servers (DGX
-- H100: 10.2 kW / 8 = 1,275 W per 700 W GPU); 1.45 for NVL72 racks (120-132 kW / 72 GPUs =
-- 1.67-1.83 kW per 1,200 W GPU, an overhead of 1.39-1.53). No TPU, Trainium or Ascend system
-- publishes its power, so their overheads are assumptions reasoned from Epoch AI's Frontier
-- Data Centers Hub (https://epoch.ai/data/data-centers), whose sites give IT power and chip
-- counts: its IT watts per chip, scaled by 1,274 / 1,395 (this catalogue's H100, 700 W x 1.82 =
-- 1,274 W, over the hub's median 1,395 W per H100; the hub's H20 and GB300 scale alike),
-- divided by the chip's TDP. The notes give each one.
-- system_price_usd: price per GPU with its share of server and network, where published.
INSERT INTO gpu_models (id, name, year, tdp_w, overhead, bf16_tflops, fp8_tflops, hbm_gb, unit_price_usd, system_price_usd, system, note, source_id) VALUES
  (1, 'A100 SXM', 2020, 400, 1.82, 312, NULL, 80, 15000, 24900, 'HGX/DGX 8-GPU', '$15k list; a DGX A100 is about $24.9k per GPU.', 27),
  (2, 'H100 SXM', 2022, 700, 1.82, 989, 1979, 80, 27500, NULL, 'HGX/DGX 8-GPU', '$25-30k per chip (the middle is stored).', 26),
  (3, 'H200 SXM', 2024, 700, 1.82, 989, 1979, 141, NULL, NULL, 'HGX 8-GPU', 'Price not found.', 26),
  (4, 'B200 (HGX)', 2025, 1000, 1.82, 2250, 4500, 180, 35000, NULL, 'HGX 8-GPU', '$30-40k per chip (the middle is stored). Epoch AI''s data-center hub''s "B200" is the GB200 (NVL72) row: see there.', 26),
  (5, 'GB200 (NVL72)', 2025, 1200, 1.45, 2500, 5000, 186, NULL, 41667, 'NVL72', 'An NVL72 rack is about $3M: $41.7k per GPU. Epoch AI''s data-center hub''s "B200" maps here: its notes on the B200 rows say "GB200 NVL72 assumed", "in GB200 configuration" or "Grace Blackwell" (15 of 47 rows, 13 of 21 sites; one row names AWS''s HGX-based P6-B200 as a possibility), its estimates count IT power / (IT overhead x server power) x 72 per rack, and it rates each B200 at 5,000 TFLOPS 8-bit, this GPU''s figure (the HGX B200''s is 4,500).', 28),
  (6, 'GB300 (NVL72)', 2025, 1400, 1.45, 2500, 5000, 288, NULL, 48611, 'NVL72', 'An NVL72 rack is $3-4M: $48.6k per GPU at $3.5M. Epoch AI''s data-center hub''s "B300" maps here, not to B300 (HGX): its notes on the B300 rows say "GB300 NVL72 assumed", "B300 NVL72 assumed" or cite GB300 deployments (13 of 32 rows, 12 of 23 sites: Start Campus Sines, CoreWeave Muskogee, Southgate Melbourne; Colossus 2''s timeline quotes "110,000 GB300"), none names an HGX server; its estimates count 72 per rack, and it rates each B300 at 5,000 TFLOPS 8-bit, this GPU''s figure in Epoch''s hardware data (the HGX B300''s is 4,500).', 26),
  (7, 'Rubin (VR200)', 2027, 1800, 1.45, NULL, 16667, 288, NULL, NULL, 'NVL144 (72 packages)', 'Expected 2026-27. Per R200 package (two dies). TDP ~1,800 W is unconfirmed. BF16 not published; FP8 is 1.2 EF per NVL144 rack / 72 packages (NVL144 counts dies; NVIDIA renamed it NVL72 in January 2026, hardwareluxx.de); Epoch AI''s data-center hub rates an R200 at 17,500 TFLOPS 8-bit. Overhead assumed as for NVL72. Price not found. Epoch''s "R200" is this chip, not Baidu''s Kunlun R200.', 26),
  (8, 'H20 (HGX)', 2023, 400, 1.82, 148, NULL, 96, 12000, NULL, 'HGX 8-GPU', 'NVIDIA''s export part for China. $12,000 is Epoch''s release price (distributors: $10-13k). FP8 is not in Epoch''s data (it gives INT8: 296 TOPS). Epoch''s hub models 797 W of IT power per H20, which scales to the 8-GPU server''s 1.82.', 101),
  (9, 'B300 (HGX)', 2025, 1100, 1.82, 2250, 4500, 270, NULL, NULL, 'HGX 8-GPU', 'Blackwell Ultra on an 8-GPU board. Price not in Epoch''s data. Epoch''s data-center hub''s "B300" is the GB300 (NVL72) row, not this one: see there.', 102),
  (10, 'TPU v4', 2021, 340, 1.59, 275, NULL, 32, NULL, NULL, 'TPU pod', 'Google states no TDP: 340 W is Epoch''s estimate from Google''s efficiency figures (Google''s measured maximum is 192 W). No FP8 (INT8 275 TOPS). No price: TPUs are rented, not sold. Overhead 1.59 assumed as for TPU v6e and v7 (Epoch''s hub has no site with TPU v4 alone).', 103),
  (11, 'TPU v5e', 2023, 300, 1.20, 197, NULL, 16, NULL, NULL, 'TPU pod', 'Google states no TDP and Epoch''s data gives none: 300 W is SemiAnalysis''s estimate, quoted in Epoch''s notes. No FP8 (INT8 393 TOPS). No price: TPUs are rented, not sold. Overhead 1.20 is an assumption: Epoch''s hub models 394 W of IT power per TPU v5e (Google Storey County), x 1,274 / 1,395 = 360 W, / 300 W.', 104),
  (12, 'TPU v5p', 2023, 540, 1.59, 459, NULL, 95, NULL, NULL, 'TPU pod', 'Google states no TDP: 540 W is Epoch''s estimate from Google''s efficiency figures. No FP8 (INT8 918 TOPS). No price: TPUs are rented, not sold. Overhead 1.59 assumed as for TPU v6e and v7 (Epoch''s hub has no site with TPU v5p alone).', 105),
  (13, 'TPU v6e (Trillium)', 2024, 380, 1.59, 918, NULL, 32, NULL, NULL, 'TPU pod', 'Google states no TDP: 380 W is Epoch''s estimate from Google''s efficiency figures. FP8 is not in Epoch''s data (INT8 1,836 TOPS). No price: TPUs are rented, not sold. Overhead 1.59 is an assumption: Epoch''s hub models 663 W of IT power per TPU v6e (Google Mesa), x 1,274 / 1,395 = 605 W, / 380 W.', 106),
  (14, 'TPU v7 (Ironwood)', 2025, 960, 1.59, 2307, 4614, 192, NULL, NULL, 'TPU pod', 'Google states no TDP: 960 W is Epoch''s estimate from Google''s efficiency figures. No price: TPUs are rented, not sold. Overhead 1.59 is an assumption: Epoch''s hub models 1,672 W of IT power per TPU v7, x 1,274 / 1,395 = 1,527 W, / 960 W.', 107),
  (15, 'Trainium2', 2024, 500, 1.59, 667, 1299, 96, NULL, NULL, 'Trn2 servers', 'Price not in Epoch''s data (AWS rents Trainium, does not sell it). Overhead 1.59 is an assumption: Epoch''s hub models 871 W of IT power per Trainium2 (New Carlisle, Madison), x 1,274 / 1,395 = 795 W, / 500 W.', 108),
  (16, 'Ascend 910C', 2024, 700, 1.80, 800, NULL, 128, NULL, NULL, 'CloudMatrix 384', 'FP16 800 TFLOPS (TrendForce; SemiAnalysis says 780). FP8 and price are not in Epoch''s data. Overhead 1.80 is an assumption: Epoch''s hub models 1,369-1,481 W of IT power per Ascend 910C (VNET Ulanqab 1,378 W), x 1,274 / 1,395 = 1,258 W, / 700 W.', 109),
  (17, 'Rubin Ultra (NVL576)', 2027, 2874, 1.45, NULL, 34722, NULL, NULL, NULL, 'NVL576 (144 packages)', 'Expected in the second half of 2027. Per R300 package (four dies); 144 in an NVL576 rack. No TDP is published: 2,874 W is derived, 600 kW per rack / 144 packages / the overhead, so that TDP x overhead is NVIDIA''s rack power per package; the overhead 1.45 is assumed as for NVL72. FP8 34,722 TFLOPS is 5 EF per rack / 144, the rating Epoch AI''s data-center hub gives each R300 (QTS Cedar Rapids, Stargate Shackelford). BF16, HBM (reports differ) and price not published.', 110);

-- Other names of the catalogue's chips (schema version 3). An alias belongs to one row, and
-- is never another row's name: the names of Epoch AI's data-center hub map as the notes say
-- ("B200" and "B300" to the NVL72 rows, "R200" to NVIDIA's Rubin, "R300" to Rubin Ultra), and
-- Epoch's hardware data's own names to the row its figures came from.
INSERT INTO gpu_model_aliases (alias, gpu_model_id, position) VALUES
  ('A100', 1, 0), ('A100 SXM4', 1, 1), ('NVIDIA A100 SXM4 80 GB', 1, 2), ('DGX A100', 1, 3),
  ('H100', 2, 0), ('H100 SXM5', 2, 1), ('NVIDIA H100 SXM5 80GB', 2, 2), ('HGX H100', 2, 3), ('DGX H100', 2, 4),
  ('H200', 3, 0), ('NVIDIA H200 SXM', 3, 1), ('HGX H200', 3, 2),
  ('HGX B200', 4, 0), ('DGX B200', 4, 1), ('NVIDIA B200', 4, 2),
  ('B200', 5, 0), ('GB200', 5, 1), ('GB200 NVL72', 5, 2), ('NVIDIA GB200', 5, 3),
  ('B300', 6, 0), ('GB300', 6, 1), ('GB300 NVL72', 6, 2), ('NVIDIA GB300 (Blackwell Ultra)', 6, 3),
  ('R200', 7, 0), ('Rubin', 7, 1), ('VR200', 7, 2), ('Vera Rubin', 7, 3), ('VR200 NVL72', 7, 4), ('Vera Rubin NVL144', 7, 5),
  ('H20', 8, 0), ('HGX H20', 8, 1), ('NVIDIA HGX H20', 8, 2),
  ('HGX B300', 9, 0), ('DGX B300', 9, 1), ('NVIDIA B300 (Blackwell Ultra)', 9, 2),
  ('TPUv4', 10, 0), ('Google TPU v4', 10, 1),
  ('TPUv5e', 11, 0), ('Google TPU v5e', 11, 1),
  ('TPUv5p', 12, 0), ('Google TPU v5p', 12, 1),
  ('TPU v6e', 13, 0), ('TPUv6e', 13, 1), ('Trillium', 13, 2), ('Google TPU v6e Trillium', 13, 3),
  ('TPU v7', 14, 0), ('TPUv7', 14, 1), ('Ironwood', 14, 2), ('Google TPU v7 Ironwood', 14, 3),
  ('Trainium 2', 15, 0), ('Trn2', 15, 1), ('Amazon Trainium2', 15, 2), ('AWS Trainium2', 15, 3),
  ('Huawei Ascend 910C', 16, 0), ('910C', 16, 1),
  ('R300', 17, 0), ('Rubin Ultra', 17, 1), ('VR300', 17, 2), ('Rubin Ultra NVL576', 17, 3);

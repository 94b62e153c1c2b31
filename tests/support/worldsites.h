// SPDX-License-Identifier: GPL-3.0-or-later
// Sites around the world for the map's tests, at the coordinates of Epoch AI's data-center
// export (Johor, Abu Dhabi, Cheshunt, Sines, Horinger, Ulanqab, Zhangbei, Batam, Melbourne),
// two more near Columbus, Ohio (a cluster with the sample's New Albany) and one at The
// Dalles, Oregon; each with one phase online in mid-2025 at its Epoch power. Two made-up
// fiber links cross the Pacific, so their great circles cross the antimeridian.
#pragma once

#include "core/store/changeset.h"

namespace atlas::test {

struct WorldSite
{
    const char* name;
    double lon, lat, itMw;
};
inline constexpr WorldSite kWorldSites[] = {
    {"DayOne Nusajaya", 103.63, 1.42, 240},       {"OpenAI Stargate UAE", 54.0, 23.9, 200},
    {"Google Waltham Cross", -0.03, 51.70, 88},   {"Start Campus Sines", -8.87, 37.95, 33},
    {"Huawei Horinger", 111.82, 40.39, 242},      {"VNET Bayin Ulanqab", 113.1, 41.0, 221},
    {"Alibaba Zhangbei", 114.7, 41.16, 169},      {"Oracle Batam", 104.03, 1.08, 72},
    {"Southgate Melbourne", 144.96, -37.81, 100}, {"Google Columbus", -82.99, 39.96, 303},
    {"Google New Albany", -82.80, 40.08, 339},    {"Google The Dalles", -121.2, 45.6, 154},
};

// The sites (new rows: ids come from the store), their phases and the two links.
ChangeSet worldSites();

} // namespace atlas::test

// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntheticatlas.h"

#include "sampledata.h"

#include <QColor>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace atlas::bench {
namespace {

// The two nearest other sites of each site, by a grid of buckets (not all pairs).
QVector<std::pair<int, int>> twoNearest(const QVector<Site>& sites)
{
    constexpr double cell = 1.0; // degrees
    QHash<qint64, QVector<int>> grid;
    const auto key = [](int x, int y) { return (qint64(x) << 32) ^ quint32(y); };
    for (int i = 0; i < sites.size(); ++i)
        grid[key(int(std::floor(sites[i].lon / cell)), int(std::floor(sites[i].lat / cell)))].append(i);
    QVector<std::pair<int, int>> pairs;
    for (int i = 0; i < sites.size(); ++i) {
        const int cx = int(std::floor(sites[i].lon / cell)), cy = int(std::floor(sites[i].lat / cell));
        QVector<std::pair<double, int>> near;
        for (int radius = 1; near.size() < 2 && radius < 64; radius *= 2) {
            near.clear();
            for (int x = cx - radius; x <= cx + radius; ++x) {
                for (int y = cy - radius; y <= cy + radius; ++y) {
                    for (int j : grid.value(key(x, y))) {
                        if (j != i)
                            near.append({std::hypot(sites[j].lon - sites[i].lon, sites[j].lat - sites[i].lat), j});
                    }
                }
            }
        }
        std::partial_sort(near.begin(), near.begin() + std::min<qsizetype>(2, near.size()), near.end());
        for (int k = 0; k < std::min<qsizetype>(2, near.size()); ++k)
            pairs.append({i, near[k].second});
    }
    return pairs;
}

} // namespace

Dataset syntheticAtlas(int siteCount, quint32 seed)
{
    QRandomGenerator random(seed);
    Dataset data;
    for (int o = 1; o <= 12; ++o)
        data.operators.append({Id(o), QStringLiteral("Operator %1").arg(o),
                               QColor::fromHsv(o * 30 % 360, 160, 200).name(), {}});
    data.gpuModels.append(test::gb200Model(1));

    Id phaseId = 1;
    for (int i = 0; i < siteCount; ++i) {
        Site site;
        site.id = i + 1;
        site.name = QStringLiteral("Site %1").arg(i + 1);
        site.operatorId = 1 + random.bounded(12);
        site.lon = -124 + random.bounded(57.0);
        site.lat = 25.5 + random.bounded(23.0);
        site.precision = random.bounded(3) == 0 ? LocationPrecision::Approximate : LocationPrecision::Exact;
        site.status = SiteStatus::Operating;
        data.sites.append(site);
        double mw = 0;
        int year = 2023;
        for (int p = 0; p < 3; ++p) {
            year += random.bounded(4);
            mw += 5 + random.bounded(120.0);
            SitePhase phase;
            phase.id = phaseId++;
            phase.siteId = site.id;
            phase.onlineDate = QDate(year, 1 + random.bounded(12), 1);
            phase.itMw = mw;
            phase.chips = {ChipCount{1, std::nullopt, false, QString()}};
            data.phases.append(phase);
        }
    }
    Id linkId = 1;
    for (const auto& [a, b] : twoNearest(data.sites)) {
        FiberLink link;
        link.id = linkId++;
        link.siteA = data.sites[a].id;
        link.siteB = data.sites[b].id;
        link.status = LinkStatus(random.bounded(3));
        link.activeDate = QDate(2023 + random.bounded(14), 6, 30);
        link.capacityTbps = 10 + random.bounded(400.0);
        data.links.append(link);
    }
    data.reindex();
    return data;
}

ChangeSet syntheticAtlasRows(int siteCount, quint32 seed)
{
    const Dataset data = syntheticAtlas(siteCount, seed);
    ChangeSet rows;
    for (const Operator& row : data.operators)
        rows.upsert(row);
    for (const GpuModel& row : data.gpuModels)
        rows.upsert(row);
    for (const Site& row : data.sites)
        rows.upsert(row);
    for (const SitePhase& row : data.phases)
        rows.upsert(row);
    for (const FiberLink& row : data.links)
        rows.upsert(row);
    return rows;
}

} // namespace atlas::bench

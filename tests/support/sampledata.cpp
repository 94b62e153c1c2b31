// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampledata.h"

namespace atlas::test {
namespace {

SitePhase makePhase(Id id, Id site, QDate date, double mw, QVector<ChipCount> chips)
{
    SitePhase p;
    p.id = id;
    p.siteId = site;
    p.onlineDate = date;
    p.itMw = mw;
    p.chips = std::move(chips);
    p.sourceId = 1;
    return p;
}

} // namespace

Site makeSite(Id id, const QString& name, double lon, double lat, Id operatorId)
{
    Site site;
    site.id = id;
    site.name = name;
    site.operatorId = operatorId;
    site.lon = lon;
    site.lat = lat;
    site.city = QStringLiteral("Town");
    site.region = QStringLiteral("TX");
    site.status = SiteStatus::Operating;
    return site;
}

namespace {

GpuModel chip(Id id, const QString& name, int year, double tdpW, double overhead, double tflops)
{
    GpuModel m;
    m.id = id;
    m.name = name;
    m.year = year;
    m.tdpW = tdpW;
    m.overhead = overhead;
    m.bf16Tflops = tflops;
    return m;
}

} // namespace

GpuModel h100Model()
{
    GpuModel m = chip(1, QStringLiteral("H100 SXM"), 2022, 700, 1.82, 989);
    m.unitPriceUsd = 27500;
    return m;
}

GpuModel gb200Model(Id id)
{
    GpuModel m = chip(id, QStringLiteral("GB200 (NVL72)"), 2025, 1200, 1.45, 2500);
    m.systemPriceUsd = 41667;
    return m;
}

ChangeSet smallAtlas()
{
    ChangeSet set(QStringLiteral("small atlas"));
    set.upsert(Source{1, QStringLiteral("A report"), QStringLiteral("https://example.org/report"),
                      QStringLiteral("Example"), QStringLiteral("2025"), {}});
    set.upsert(Operator{1, QStringLiteral("Alpha"), QStringLiteral("#4e79a7"), {}});
    set.upsert(Operator{2, QStringLiteral("Beta"), QStringLiteral("#e15759"), {}});
    set.upsert(h100Model());

    Site abilene = makeSite(10, QStringLiteral("Abilene One"), -99.78, 32.51, 1);
    abilene.sourceId = 1;
    set.upsert(abilene);
    set.upsert(makeSite(11, QStringLiteral("Memphis Two"), -90.14, 35.06, 2));
    Site planned = makeSite(12, QStringLiteral("Planned Three"), -87.89, 42.67, 1);
    planned.status = SiteStatus::Announced;
    planned.precision = LocationPrecision::Approximate;
    set.upsert(planned);

    const auto phase = [](Id id, Id site, QDate date, double mw, std::optional<qint64> gpus) {
        return makePhase(id, site, date, mw, {ChipCount{1, gpus, false, QString()}});
    };
    set.upsert(phase(100, 10, QDate(2024, 9, 30), 150, 100000));
    set.upsert(phase(101, 10, QDate(2026, 6, 30), 400, std::nullopt));
    set.upsert(phase(102, 11, QDate(2025, 12, 31), 300, 200000));
    set.upsert(phase(103, 11, QDate(2027, 3, 31), 1000, std::nullopt));

    FiberLink link;
    link.id = 200;
    link.siteA = 10;
    link.siteB = 11;
    link.carrier = QStringLiteral("Carrier");
    link.status = LinkStatus::Lit;
    link.activeDate = QDate(2025, 11, 30);
    link.sourceId = 1;
    set.upsert(link);
    return set;
}

GpuModel b300Model()
{
    GpuModel m = chip(2, QStringLiteral("B300 (test)"), 2025, 1100, 1.45, 2250);
    m.systemPriceUsd = 48600;
    return m;
}

ChangeSet projectedAtlas()
{
    ChangeSet set = smallAtlas();
    set.upsert(b300Model());
    const auto phase = [](Id id, Id site, QDate date, double mw, QVector<ChipCount> chips,
                          bool projected) {
        SitePhase p = makePhase(id, site, date, mw, std::move(chips));
        p.projected = projected;
        return p;
    };
    const auto chips = [](Id model, qint64 count) {
        return ChipCount{model, count, false, QString()};
    };
    set.upsert(phase(101, 10, QDate(2026, 6, 30), 400, {chips(1, 100000), chips(2, 50000)}, false));
    SitePhase stated = phase(102, 11, QDate(2025, 12, 31), 300, {chips(1, 200000)}, false);
    stated.h100e = 250000;
    set.upsert(stated);
    set.upsert(phase(104, 11, QDate(2028, 6, 30), 2000, {chips(2, 300000)}, true));
    set.upsert(phase(105, 12, QDate(2027, 12, 31), 500, {chips(1, 200000)}, true));
    return set;
}

} // namespace atlas::test

// SPDX-License-Identifier: GPL-3.0-or-later
// The scenario model: hand-checked figures from the facts, and properties that must hold
// for any data and any parameters.
#include "core/domain/capacity.h"
#include "fakestore.h"
#include "sampledata.h"
#include "core/scenario/gpumath.h"
#include "core/scenario/headlinefigures.h"
#include "core/scenario/scenariocaption.h"
#include "core/scenario/scenarioengine.h"
#include "core/scenario/scenariolibrary.h"
#include "core/scenario/scenarioparamsjson.h"

#include <QRandomGenerator>
#include <QTest>

using namespace atlas;

namespace {

GpuModel h100() { return test::h100Model(); }

GpuModel gb200()
{
    return test::gb200Model(5);
}

Dataset datasetOf(const ChangeSet& set)
{
    test::FakeStore store;
    if (!store.apply(set).ok)
        qFatal("seed");
    return store.load().dataset;
}

Dataset smallDataset()
{
    return datasetOf(test::smallAtlas());
}

// The small atlas with a mixed fleet and projected phases (tests/support/sampledata.h).
Dataset projectedDataset()
{
    return datasetOf(test::projectedAtlas());
}

// Plenty of money: the what-if is limited by power.
ScenarioParams h100Plenty(const Dataset& data)
{
    ScenarioParams p = withModelDefaults(ScenarioParams(), h100(), data.gpuModels);
    p.fundingBusdPerYear = 5000;
    p.yearFrom = 2023;
    p.yearTo = 2030;
    return p;
}

ScenarioParams asRecorded(const Dataset& data)
{
    ScenarioParams p = h100Plenty(data);
    p.asRecorded = true;
    p.fundingBusdPerYear = 1; // As recorded, money limits nothing
    return p;
}

// The capacity the domain gives each counted site at the end of `year`, summed: the oracle.
struct Summed
{
    double itMw = 0, gpus = 0;
};
Summed summedCapacity(const Dataset& data, int year, PhaseScope scope)
{
    Summed sum;
    for (const Site& site : data.sites) {
        const SiteCapacity c = capacityAt(data, data.phasesOf(site.id), endOfYear(year), scope);
        sum.itMw += c.itMw();
        sum.gpus += double(c.gpuCount);
    }
    return sum;
}

// Random sites, phases and links, for the properties.
Dataset randomDataset(QRandomGenerator& random, int sites)
{
    test::FakeStore store;
    ChangeSet set = test::smallAtlas();
    for (int i = 0; i < sites; ++i) {
        const Id id = 1000 + i;
        set.upsert(test::makeSite(id, QStringLiteral("R%1").arg(i), -120 + random.bounded(50.0),
                                  28 + random.bounded(20.0), 1 + random.bounded(2)));
        double mw = 0;
        for (int p = 0; p < 3; ++p) {
            SitePhase phase;
            phase.siteId = id;
            phase.onlineDate = QDate(2022 + random.bounded(10), 1 + random.bounded(12), 1);
            mw += random.bounded(500.0);
            phase.itMw = mw;
            phase.projected = random.bounded(3) == 0;
            if (random.bounded(2) == 0)
                phase.chips = {ChipCount{1, qint64(random.bounded(200000)), false, QString()}};
            set.upsert(phase);
        }
        if (i > 0 && random.bounded(2) == 0) {
            FiberLink link;
            link.siteA = id;
            link.siteB = 1000 + random.bounded(i);
            link.status = LinkStatus::Lit;
            link.activeDate = QDate(2022 + random.bounded(10), 6, 30);
            set.upsert(link);
        }
    }
    if (!store.apply(set).ok)
        qFatal("random seed failed");
    return store.load().dataset;
}

ScenarioParams randomParams(QRandomGenerator& random)
{
    ScenarioParams p;
    p.gpuModelId = 1;
    p.asRecorded = random.bounded(4) == 0;
    p.tdpW = 300 + random.bounded(1500.0);
    p.overhead = 1 + random.bounded(1.0);
    p.pue = 1 + random.bounded(0.6);
    p.fundingBusdPerYear = random.bounded(300.0);
    p.fundingGrowthPct = -20 + random.bounded(80.0);
    p.capexPerGpuUsd = 10000 + random.bounded(90000.0);
    p.lifetimeYears = 1 + random.bounded(8);
    p.multiSiteLossPct = random.bounded(100.0);
    p.yearFrom = 2022;
    p.yearTo = 2033;
    return p;
}

} // namespace

class TestScenarioEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headlineFiguresSayWhatBinds()
    {
        ScenarioResult result;
        result.h100ePerGpu = 2.5;
        YearResult y;
        y.year = 2027;
        y.largestClusterH100e = 1.5e6;
        y.largestClusterSites = 3;
        y.largestClusterGpus = 6e5;
        y.largestClusterMw = 1100;
        y.gpusInstalled = 2.2e6;
        y.h100e = 5.5e6;
        y.facilityDemandGw = 4.4;
        y.facilityCapacityGw = 5.04;
        y.fundingUsd = 146e9;
        y.capexNeededUsd = 180e9;
        y.fundingGapUsd = 34e9;
        y.binds = Binding::Money;
        result.years = {y};
        const QVector<HeadlineFigure> figures = headlineFigures(result, 2027);
        QCOMPARE(figures.size(), 5);
        QCOMPARE(figures[0].value, QStringLiteral("1.5M H100e"));
        QCOMPARE(figures[0].detail, QStringLiteral("600k GPUs across 3 linked sites · 1.1 GW"));
        QCOMPARE(figures[1].value, QStringLiteral("2.2M GPUs"));
        QCOMPARE(figures[2].value, QStringLiteral("4.4 GW"));
        QCOMPARE(figures[2].detail, QStringLiteral("of 5.0 GW online at the sites"));
        QCOMPARE(figures[3].value, QStringLiteral("$146B a year"));
        QCOMPARE(figures[3].detail, QStringLiteral("$34B short of the $180B needed"));
        QCOMPARE(figures[4].value, QStringLiteral("Money"));
        QVERIFY(headlineFigures(result, 2031).isEmpty());
    }

    void h100AllInPowerAsInTheFacts()
    {
        ScenarioParams p; // PUE 1.14 by default
        p = withModelDefaults(p, h100(), {h100()});
        QCOMPARE(p.tdpW, 700.0);
        QCOMPARE(p.overhead, 1.82);
        // 700 W × 1.82 × 1.14 = 1,452 W: 100,000 H100 need about 145 MW.
        QVERIFY(qFuzzyCompare(allInWattsPerGpu(p), 1452.36));
        QVERIFY(std::abs(100000 * allInWattsPerGpu(p) / 1e6 - 145.2) < 0.1);
        // 1 GW of facility power holds about 690,000 H100.
        const double perGw = 1e9 / allInWattsPerGpu(p);
        QVERIFY2(perGw > 685000 && perGw < 692000, qPrintable(QString::number(perGw)));
    }

    void gb200IsTwoKilowattsAndTwoAndAHalfH100s()
    {
        const ScenarioParams p = withModelDefaults(ScenarioParams(), gb200(), {gb200()});
        // 1,200 W × 1.45 × 1.14 = 1,984 W: the seed's "2,000 Watts all-in".
        QVERIFY(std::abs(allInWattsPerGpu(p) - 1983.6) < 0.01);
        QVERIFY(std::abs(allInWattsPerGpu(p) - 2000) / 2000 < 0.01);
        QVERIFY(std::abs(h100eOf(gb200()) - 2.528) < 0.001);
        QCOMPARE(h100eOf(h100()), 1.0);
    }

    void defaultCapexMatchesCostPerGigawatt()
    {
        const ScenarioParams p = withModelDefaults(ScenarioParams(), gb200(), {gb200()});
        // $41,667 system price + $14/W × 1,740 W IT = $66,027 per GPU ...
        QVERIFY(std::abs(p.capexPerGpuUsd - 66027) < 1);
        // ... and 1 GW of IT power holds 574,713 GB200: about $38B, Epoch AI's figure.
        const double perGwIt = 1e9 / itWattsPerGpu(p) * p.capexPerGpuUsd;
        QVERIFY2(std::abs(perGwIt / 1e9 - 38) < 0.5, qPrintable(QString::number(perGwIt / 1e9)));
        // The H100's system price is the chip's × 24.9/15 (a DGX A100's ratio).
        QVERIFY(std::abs(systemPriceUsd(h100(), {h100()}) - 45650) < 1);
    }

    void modelWithoutPriceTakesTheNearestEarlier()
    {
        GpuModel h200 = h100();
        h200.id = 3;
        h200.name = QStringLiteral("H200 SXM");
        h200.year = 2024;
        h200.unitPriceUsd.reset();
        QCOMPARE(systemPriceUsd(h200, {h100(), h200, gb200()}), systemPriceUsd(h100(), {h100()}));
    }

    void pinnedParametersSurviveAModelChange()
    {
        ScenarioParams p = withModelDefaults(ScenarioParams(), h100(), {h100(), gb200()});
        p.tdpW = 900;
        p.tdpPinned = true;
        p = withModelDefaults(p, gb200(), {h100(), gb200()});
        QCOMPARE(p.tdpW, 900.0);
        QCOMPARE(p.overhead, 1.45);
        QVERIFY(std::abs(p.capexPerGpuUsd - (41667 + 14 * 900 * 1.45)) < 1);
    }

    void powerBindsWhenMoneyIsPlenty()
    {
        const Dataset data = smallDataset();
        const PreparedAtlas atlas = prepareAtlas(data);
        ScenarioParams p = withModelDefaults(ScenarioParams(), h100(), data.gpuModels);
        p.fundingBusdPerYear = 1000;
        const ScenarioResult result = computeScenario(atlas, p);
        const YearResult* y2024 = result.atYear(2024);
        QVERIFY(y2024);
        // Site 10 has 150 MW: 150 MW / (700 W × 1.82) = 117,739 GPUs.
        QCOMPARE(y2024->itMw, 150.0);
        QVERIFY(std::abs(y2024->gpusPowerFit - 117739.4) < 0.5);
        QCOMPARE(y2024->binds, Binding::Power);
        QCOMPARE(y2024->gpusInstalled, y2024->gpusPowerFit);
        QVERIFY(std::abs(y2024->facilityDemandGw - 150 * 1.14 / 1000) < 1e-9);
        QCOMPARE(y2024->largestSiteId, Id(10));
        // 2023: funded, but nothing online yet: power binds at zero.
        QCOMPARE(result.atYear(2023)->binds, Binding::Power);
        QCOMPARE(result.atYear(2023)->gpusInstalled, 0.0);
    }

    void moneyBindsWhenFundingIsShort()
    {
        const Dataset data = smallDataset();
        ScenarioParams p = withModelDefaults(ScenarioParams(), h100(), data.gpuModels);
        p.fundingBusdPerYear = 1; // $1B a year at ~$63k a GPU
        p.fundingGrowthPct = 0;
        p.lifetimeYears = 5;
        p.yearFrom = 2024;
        const ScenarioResult result = computeScenario(prepareAtlas(data), p);
        const YearResult* y = result.atYear(2026);
        QCOMPARE(y->binds, Binding::Money);
        // Three years of $1B, none retired yet.
        QVERIFY(std::abs(y->gpusFunded - 3e9 / p.capexPerGpuUsd) < 1e-3);
        QCOMPARE(y->gpusInstalled, y->gpusFunded);
        QVERIFY(y->fundingGapUsd > 0);
    }

    void gpusRetireAfterTheirLifetime()
    {
        const Dataset data = smallDataset();
        ScenarioParams p = withModelDefaults(ScenarioParams(), h100(), data.gpuModels);
        p.fundingGrowthPct = 0;
        p.lifetimeYears = 2;
        p.yearFrom = 2024;
        const ScenarioResult result = computeScenario(prepareAtlas(data), p);
        const double perYear = p.fundingBusdPerYear * 1e9 / p.capexPerGpuUsd;
        QVERIFY(std::abs(result.atYear(2024)->gpusFunded - perYear) < 1e-6);
        QVERIFY(std::abs(result.atYear(2025)->gpusFunded - 2 * perYear) < 1e-6);
        QVERIFY(std::abs(result.atYear(2027)->gpusFunded - 2 * perYear) < 1e-6);
    }

    void fiberClusterJoinsLinkedSites()
    {
        const Dataset data = smallDataset(); // sites 10 and 11 linked from 2025-11
        ScenarioParams p = withModelDefaults(ScenarioParams(), h100(), data.gpuModels);
        p.fundingBusdPerYear = 1000;
        p.multiSiteLossPct = 20;
        const PreparedAtlas atlas = prepareAtlas(data);
        const ScenarioResult result = computeScenario(atlas, p);
        // 2024: not yet linked; the cluster is the largest site alone.
        QCOMPARE(result.atYear(2024)->largestClusterSites, 1);
        QVERIFY(std::abs(result.atYear(2024)->largestClusterH100e - result.atYear(2024)->largestSiteH100e) < 1e-6);
        // 2026: 400 MW + 300 MW linked: effective 400 + 300 × 0.8 = 640 MW of GPUs.
        const YearResult* y = result.atYear(2026);
        QCOMPARE(y->largestClusterSites, 2);
        QCOMPARE(y->largestClusterMw, 700.0);
        const double gpusPerMw = y->gpusInstalled / y->itMw;
        QVERIFY(std::abs(y->largestClusterH100e - 640 * gpusPerMw) < 1e-6);
    }

    void operatorFilterCountsOnlyItsSites()
    {
        const Dataset data = smallDataset();
        ScenarioParams p = withModelDefaults(ScenarioParams(), h100(), data.gpuModels);
        p.operatorIds = {2}; // Beta: site 11 only
        const ScenarioResult result = computeScenario(prepareAtlas(data), p);
        QCOMPARE(result.atYear(2026)->itMw, 300.0);
        QCOMPARE(result.atYear(2026)->largestClusterSites, 1); // its link partner does not count
        QCOMPARE(result.atYear(2026)->largestSiteId, Id(11));
    }

    void capacityByOperatorAddsUp()
    {
        const Dataset data = smallDataset();
        const ScenarioParams p = withModelDefaults(ScenarioParams(), h100(), data.gpuModels);
        const ScenarioResult result = computeScenario(prepareAtlas(data), p);
        for (int y = 0; y < result.years.size(); ++y) {
            double sum = 0;
            for (const auto& perOperator : result.operatorItMw)
                sum += perOperator[y];
            QCOMPARE(sum, result.years[y].itMw);
        }
    }

    void allocationIsProportionalAndSumsToInstalled()
    {
        const Dataset data = smallDataset();
        const PreparedAtlas atlas = prepareAtlas(data);
        const ScenarioParams p = withModelDefaults(ScenarioParams(), h100(), data.gpuModels);
        const ScenarioResult result = computeScenario(atlas, p);
        const QVector<SiteAllocation> sites = allocateSites(atlas, p, result, 2027);
        QCOMPARE(sites.size(), 2);
        QCOMPARE(atlas.siteIds[sites[0].site], Id(11)); // 1,000 MW, largest first
        double gpus = 0;
        for (const SiteAllocation& s : sites)
            gpus += s.gpus;
        QVERIFY(std::abs(gpus - result.atYear(2027)->gpusInstalled) < 1e-6);
        QVERIFY(std::abs(sites[0].gpus / sites[1].gpus - 1000.0 / 400.0) < 1e-9);
        // The largest one alone, and the rest as one.
        const QVector<SiteAllocation> top = allocateSites(atlas, p, result, 2027, 1);
        QCOMPARE(top.size(), 1);
        QCOMPARE(atlas.siteIds[top[0].site], Id(11));
        const RestOfSites rest = restOfSites(atlas, p, result, 2027, top);
        QCOMPARE(rest.count, 1);
        QCOMPARE(rest.itMw, 400.0);
        QVERIFY(std::abs(rest.gpus - sites[1].gpus) < 1e-6);
    }

    void cachedSitePowerGivesTheSameResult()
    {
        const Dataset data = smallDataset();
        const PreparedAtlas atlas = prepareAtlas(data);
        ScenarioParams p = withModelDefaults(ScenarioParams(), h100(), data.gpuModels);
        const SitePowerTotals power = sumSitePower(atlas, p);
        p.fundingBusdPerYear = 12; // a slider the site sums do not depend on
        QVERIFY(power.fits(p));
        const ScenarioResult cached = computeScenario(atlas, power, p);
        const ScenarioResult fresh = computeScenario(atlas, p);
        for (int y = 0; y < fresh.years.size(); ++y)
            QCOMPARE(cached.years[y].gpusInstalled, fresh.years[y].gpusInstalled);
        p.multiSiteLossPct = 50; // one they do
        QVERIFY(!power.fits(p));
    }

    void linkLatencyFollowsTheRoute()
    {
        // Fairwater Wisconsin to Atlanta: 1,067.6 km × 1.3 × 4.9 µs/km = 6.80 ms one way.
        QVERIFY(std::abs(linkLatencyMs(1067.607, 1.3) - 6.8007) < 0.001);
    }

    void moreFundingNeverMeansFewerGpus()
    {
        QRandomGenerator random(20241009);
        for (int trial = 0; trial < 40; ++trial) {
            const PreparedAtlas atlas = prepareAtlas(randomDataset(random, 30));
            ScenarioParams p = randomParams(random);
            const ScenarioResult less = computeScenario(atlas, p);
            p.fundingBusdPerYear *= 1 + random.bounded(3.0);
            const ScenarioResult more = computeScenario(atlas, p);
            for (int y = 0; y < less.years.size(); ++y)
                QVERIFY(more.years[y].gpusInstalled >= less.years[y].gpusInstalled);
        }
    }

    void higherChipPowerNeverMeansMoreGpusWhenPowerBinds()
    {
        QRandomGenerator random(42);
        for (int trial = 0; trial < 40; ++trial) {
            const PreparedAtlas atlas = prepareAtlas(randomDataset(random, 30));
            ScenarioParams p = randomParams(random);
            p.fundingBusdPerYear = 5000; // power binds
            const ScenarioResult cool = computeScenario(atlas, p);
            p.tdpW *= 1 + random.bounded(1.0);
            const ScenarioResult hot = computeScenario(atlas, p);
            for (int y = 0; y < cool.years.size(); ++y) {
                if (cool.years[y].binds != Binding::Power)
                    continue;
                QVERIFY(hot.years[y].gpusInstalled <= cool.years[y].gpusInstalled);
            }
        }
    }

    void zeroLossMakesTheClusterTheSumOfItsMembers()
    {
        QRandomGenerator random(7);
        for (int trial = 0; trial < 20; ++trial) {
            const PreparedAtlas atlas = prepareAtlas(randomDataset(random, 40));
            ScenarioParams p = randomParams(random);
            p.multiSiteLossPct = 0;
            const bool fleets = p.asRecorded;
            const ScenarioResult result = computeScenario(atlas, p);
            for (const YearResult& y : result.years) {
                QVERIFY(y.largestClusterH100e >= y.largestSiteH100e - 1e-6);
                if (y.itMw <= 0 || fleets)
                    continue;
                const double gpusPerMw = y.gpusInstalled / y.itMw;
                QVERIFY(std::abs(y.largestClusterH100e - y.largestClusterMw * gpusPerMw * result.h100ePerGpu) <=
                        1e-9 * std::max(1.0, y.largestClusterH100e));
                QVERIFY(y.largestClusterH100e >= y.largestSiteH100e - 1e-6);
            }
        }
    }

    void projectedPhasesCountInAllButNotInRecorded()
    {
        const Dataset data = projectedDataset();
        const PreparedAtlas atlas = prepareAtlas(data);
        QVERIFY(atlas.hasProjections);
        const ScenarioResult result = computeScenario(atlas, h100Plenty(data));
        QCOMPARE(result.recordedYears.size(), result.years.size());
        // 2026: nothing projected yet; the two agree.
        QCOMPARE(result.atYear(2026)->itMw, 700.0);
        QCOMPARE(result.recordedAtYear(2026)->itMw, 700.0);
        QVERIFY(!result.atYear(2026)->projected);
        // 2027: site 12's projected 500 MW counts with every phase, not as recorded.
        QCOMPARE(result.atYear(2027)->itMw, 1900.0);
        QCOMPARE(result.recordedAtYear(2027)->itMw, 1400.0);
        QVERIFY(result.atYear(2027)->projected);
        // 2028: site 11's projection (2,000 MW) replaces its recorded 1,000 MW.
        QCOMPARE(result.atYear(2028)->itMw, 2900.0);
        QCOMPARE(result.recordedAtYear(2028)->itMw, 1400.0);
        QCOMPARE(result.atYear(2028)->largestSiteId, Id(11));
        QCOMPARE(result.atYear(2028)->largestSiteMw, 2000.0);
        QCOMPARE(result.recordedAtYear(2028)->largestSiteMw, 1000.0);
        // Power binds, so the GPUs follow the power of each scope.
        QVERIFY(std::abs(result.recordedAtYear(2028)->gpusInstalled - 1400e6 / (700 * 1.82)) <
                1e-3);
        QVERIFY(result.anyProjected());
        // Per operator too (Alpha: sites 10 and 12).
        const int alpha = int(result.operatorIds.indexOf(1));
        QCOMPARE(result.operatorItMw[alpha][2027 - 2023], 900.0);
        QCOMPARE(result.recordedOperatorItMw[alpha][2027 - 2023], 400.0);
        // And per site.
        const QVector<SiteAllocation> sites = allocateSites(atlas, h100Plenty(data), result, 2027);
        QCOMPARE(sites.size(), 3);
        const auto site12 = std::find_if(sites.begin(), sites.end(), [&](const SiteAllocation& s) {
            return atlas.siteIds[s.site] == 12;
        });
        QVERIFY(site12 != sites.end());
        QCOMPARE(site12->itMw, 500.0);
        QCOMPARE(site12->recordedItMw, 0.0);
        QCOMPARE(site12->recordedGpus, 0.0);
        QVERIFY(site12->gpus > 0 && site12->projected());
        const RestOfSites rest =
            restOfSites(atlas, h100Plenty(data), result, 2027, sites.mid(0, 1));
        QCOMPARE(rest.count, 2);
        QCOMPARE(rest.itMw, 900.0);
        QCOMPARE(rest.recordedItMw, 400.0);
    }

    void withoutProjectionsBothScopesAgree()
    {
        const Dataset data = smallDataset();
        const PreparedAtlas atlas = prepareAtlas(data);
        QVERIFY(!atlas.hasProjections);
        const ScenarioResult result = computeScenario(atlas, h100Plenty(data));
        QVERIFY(!result.anyProjected());
        for (int y = 0; y < result.years.size(); ++y)
            QCOMPARE(result.recordedYears[y].itMw, result.years[y].itMw);
    }

    void recordedScopeLeavesEveryProjectionOut()
    {
        // Against the domain's capacityAt(): whatever the data, the recorded sums are the
        // recorded phases' and the others every phase's.
        QRandomGenerator random(2030);
        for (int trial = 0; trial < 30; ++trial) {
            const Dataset data = randomDataset(random, 25);
            const PreparedAtlas atlas = prepareAtlas(data);
            ScenarioParams p = randomParams(random);
            p.operatorIds.clear();
            const ScenarioResult result = computeScenario(atlas, p);
            for (int y = 0; y < result.years.size(); ++y) {
                const int year = result.years[y].year;
                const Summed all = summedCapacity(data, year, PhaseScope::All);
                const Summed recorded = summedCapacity(data, year, PhaseScope::RecordedOnly);
                QVERIFY(std::abs(result.years[y].itMw - all.itMw) < 1e-6);
                QVERIFY(std::abs(result.recordedYears[y].itMw - recorded.itMw) < 1e-6);
                if (p.asRecorded) {
                    QCOMPARE(result.years[y].gpusInstalled, all.gpus);
                    QCOMPARE(result.recordedYears[y].gpusInstalled, recorded.gpus);
                }
                if (std::abs(all.itMw - recorded.itMw) > 1e-6)
                    QVERIFY(result.years[y].projected);
            }
        }
    }

    void asRecordedCountsAMixedFleet()
    {
        const Dataset data = projectedDataset();
        const PreparedAtlas atlas = prepareAtlas(data);
        const ScenarioParams p = asRecorded(data);
        const ScenarioResult result = computeScenario(atlas, p);
        QVERIFY(result.asRecorded);
        const YearResult* y = result.recordedAtYear(2026);
        QVERIFY(y);
        // Site 10: 100,000 H100 and 50,000 B300 (no H100e stated: 2,250 / 989 each);
        // site 11: 200,000 H100 with 250,000 H100e stated, and the stated figure is used.
        const double b300 = 2250.0 / 989;
        const double site10 = 100000 + 50000 * b300;
        QCOMPARE(y->gpusInstalled, 350000.0);
        QVERIFY(std::abs(y->h100e - (site10 + 250000)) < 1e-6);
        QCOMPARE(y->binds, Binding::Recorded); // $1B a year limits nothing
        QCOMPARE(y->gpusFunded, 0.0);
        // The largest site by H100e is site 11, with its fleet and power.
        QCOMPARE(y->largestSiteId, Id(11));
        QCOMPARE(y->largestSiteH100e, 250000.0);
        QCOMPARE(y->largestSiteGpus, 200000.0);
        QCOMPARE(y->largestSiteMw, 300.0);
        // Linked since 2025-11: 250,000 + 80% of site 10's H100e; all their chips and power.
        QCOMPARE(y->largestClusterSites, 2);
        QVERIFY(std::abs(y->largestClusterH100e - (250000 + 0.8 * site10)) < 1e-6);
        QCOMPARE(y->largestClusterGpus, 350000.0);
        QCOMPARE(y->largestClusterMw, 700.0);
        // Power: each chip at its own watts and overhead, × PUE.
        const double demandW = (300000 * 700 * 1.82 + 50000 * 1100 * 1.45) * p.pue;
        QVERIFY(std::abs(y->facilityDemandGw - demandW / 1e9) < 1e-9);
        // Money: in 2026 the only chips bought are the 50,000 B300, at their system price and
        // facility cost (the H100 were bought in 2024 and 2025 and last five years).
        const double b300Capex = 48600 + p.facilityUsdPerWIt * 1100 * 1.45;
        QVERIFY(std::abs(y->capexSpentUsd - 50000 * b300Capex) < 1e-3);
        const double h100Capex =
            systemPriceUsd(h100(), data.gpuModels) + p.facilityUsdPerWIt * 700 * 1.82;
        QVERIFY(std::abs(result.recordedAtYear(2025)->capexSpentUsd - 200000 * h100Capex) < 1e-3);
        QCOMPARE(y->fundingGapUsd, y->capexSpentUsd - y->fundingUsd);
    }

    void asRecordedProjectedFleetIsKeptApart()
    {
        const Dataset data = projectedDataset();
        const ScenarioResult result = computeScenario(prepareAtlas(data), asRecorded(data));
        // 2028: site 11's projection counts 300,000 B300 and states no H100e: its earlier
        // stated 250,000 are of an older fleet, so the chips give them.
        const YearResult* all = result.atYear(2028);
        const YearResult* recorded = result.recordedAtYear(2028);
        QVERIFY(all->projected);
        QCOMPARE(recorded->gpusInstalled, 350000.0);
        QCOMPARE(all->gpusInstalled, 150000.0 + 300000 + 200000); // sites 10, 11 and 12
        const double b300 = 2250.0 / 989;
        QVERIFY(std::abs(all->h100e - (100000 + 50000 * b300 + 300000 * b300 + 200000)) < 1e-6);
        QVERIFY(std::abs(recorded->h100e - (100000 + 50000 * b300 + 250000)) < 1e-6);
        QCOMPARE(all->largestSiteId, Id(11));
        QVERIFY(!result.atYear(2026)->projected);
    }

    void asRecordedFollowsTheOperatorFilter()
    {
        const Dataset data = projectedDataset();
        ScenarioParams p = asRecorded(data);
        p.operatorIds = {2}; // Beta: site 11
        const ScenarioResult result = computeScenario(prepareAtlas(data), p);
        QCOMPARE(result.recordedAtYear(2026)->gpusInstalled, 200000.0);
        QCOMPARE(result.recordedAtYear(2026)->largestClusterSites, 1); // its partner does not count
        QCOMPARE(result.recordedAtYear(2026)->largestClusterH100e, 250000.0);
        // Site GPUs are each site's fleet.
        const QVector<SiteAllocation> sites = allocateSites(prepareAtlas(data), p, result, 2028);
        QCOMPARE(sites.size(), 1);
        QCOMPARE(sites[0].gpus, 300000.0);
        QCOMPARE(sites[0].recordedGpus, 200000.0);
    }

    void cachedTotalsKnowTheMode()
    {
        const Dataset data = projectedDataset();
        const PreparedAtlas atlas = prepareAtlas(data);
        ScenarioParams p = h100Plenty(data);
        const SitePowerTotals power = sumSitePower(atlas, p);
        QVERIFY(power.fits(p));
        p.asRecorded = true;
        QVERIFY(!power.fits(p)); // the fleets are summed only as recorded
        const SitePowerTotals fleets = sumSitePower(atlas, p);
        p.fundingBusdPerYear = 40;
        QVERIFY(fleets.fits(p));
        QCOMPARE(computeScenario(atlas, fleets, p).atYear(2028)->h100e,
                 computeScenario(atlas, p).atYear(2028)->h100e);
    }

    void headlinesSayWhenAFigureIsProjected()
    {
        const Dataset data = projectedDataset();
        const ScenarioResult result = computeScenario(prepareAtlas(data), h100Plenty(data));
        const QVector<HeadlineFigure> later = headlineFigures(result, 2028);
        QVERIFY(later[0].projected);
        QCOMPARE(later[0].label, QStringLiteral("Largest cluster · projected"));
        QVERIFY2(later[0].detail.startsWith(QStringLiteral("recorded: ")),
                 qPrintable(later[0].detail));
        QVERIFY2(
            later[0].detail.contains(shortNumber(result.recordedAtYear(2028)->largestClusterH100e)),
            qPrintable(later[0].detail));
        QVERIFY(later[2].projected); // the power
        for (const HeadlineFigure& figure : headlineFigures(result, 2026))
            QVERIFY2(!figure.projected, qPrintable(figure.label));
        const QVector<HeadlineFigure> recorded =
            headlineFigures(computeScenario(prepareAtlas(data), asRecorded(data)), 2026);
        QCOMPARE(recorded[4].value, QStringLiteral("As recorded"));
        QVERIFY2(recorded[0].detail.startsWith(QStringLiteral("350k GPUs across 2 linked sites")),
                 qPrintable(recorded[0].detail));
    }

    void captionNamesAsRecorded()
    {
        const Dataset data = projectedDataset();
        const QString caption = scenarioCaption(data, asRecorded(data));
        QVERIFY2(caption.startsWith(QStringLiteral("As recorded: ")), qPrintable(caption));
        QVERIFY(!caption.contains(QStringLiteral("H100 SXM")));
        QVERIFY(scenarioCaption(data, h100Plenty(data)).startsWith(QStringLiteral("H100 SXM")));
    }

    void asRecordedRoundTripsThroughJsonAndTheLibrary()
    {
        const Dataset data = projectedDataset();
        ScenarioParams p = asRecorded(data);
        p.pue = 1.3;
        const QString json = toJson(p);
        QVERIFY2(json.contains(QStringLiteral("\"asRecorded\":true")), qPrintable(json));
        QCOMPARE(paramsFromJson(json, ScenarioParams()), p);
        // A saved scenario loads as such (and one saved before the mode existed as a what-if).
        ScenarioRecord record;
        record.paramsJson = json;
        QVERIFY(paramsOf(data, record).asRecorded);
        QCOMPARE(paramsOf(data, record).pue, 1.3);
        record.paramsJson = QStringLiteral("{\"gpuModelId\": 1}");
        QVERIFY(!paramsOf(data, record).asRecorded);
    }

    void paramsRoundTripThroughJson()
    {
        ScenarioParams p = withModelDefaults(ScenarioParams(), gb200(), {gb200()});
        p.fundingBusdPerYear = 123;
        p.operatorIds = {2, 5};
        p.capexPinned = true;
        QCOMPARE(paramsFromJson(toJson(p), ScenarioParams()), p);
    }

    void jsonOutOfRangeIsClampedAndGarbageGivesDefaults()
    {
        const ScenarioParams defaults;
        const ScenarioParams p = paramsFromJson(QStringLiteral("{\"pue\": 9, \"lifetimeYears\": -3}"), defaults);
        QCOMPARE(p.pue, 2.0);
        QCOMPARE(p.lifetimeYears, 1);
        QCOMPARE(p.tdpW, defaults.tdpW);
        QString error;
        QCOMPARE(paramsFromJson(QStringLiteral("{oops"), defaults, &error), defaults);
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestScenarioEngine)
#include "tst_scenarioengine.moc"

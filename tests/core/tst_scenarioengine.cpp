// SPDX-License-Identifier: GPL-3.0-or-later
// The scenario engine (computeScenario, allocateSites, the site sums): hand-checked figures
// from the facts, and properties that must hold for any data and any parameters.
#include "core/domain/capacity.h"
#include "fakestore.h"
#include "sampledata.h"
#include "scenariotestdata.h"
#include "core/scenario/gpumath.h"
#include "core/scenario/scenarioengine.h"

#include <QRandomGenerator>
#include <QTest>

using namespace atlas;
using namespace atlas::test;

namespace {

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
};

QTEST_GUILESS_MAIN(TestScenarioEngine)
#include "tst_scenarioengine.moc"

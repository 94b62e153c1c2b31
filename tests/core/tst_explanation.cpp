// SPDX-License-Identifier: GPL-3.0-or-later
// "How was this computed?": the explanation of each figure gives the engine's own number (the
// one the chart or card draws) for every year, scope and scenario; the sites it lists sum to
// the power the figure rests on, each with the phase that states it; its working adds up;
// names from the database are escaped in its HTML.
#include "core/domain/capacity.h"
#include "fakestore.h"
#include "sampledata.h"
#include "core/scenario/explanation.h"
#include "core/scenario/explanationhtml.h"
#include "core/scenario/gpumath.h"
#include "core/scenario/scenarioengine.h"

#include <QTest>

using namespace atlas;

namespace {

Dataset datasetOf(const ChangeSet& set)
{
    test::FakeStore store;
    if (!store.apply(set).ok)
        qFatal("seed");
    return store.load().dataset;
}

enum class Scenario { PowerBinds, MoneyBinds, AsRecorded, OneOperator, Pinned };

ScenarioParams paramsFor(Scenario scenario, const Dataset& data)
{
    ScenarioParams p = withModelDefaults(ScenarioParams(), test::h100Model(), data.gpuModels);
    p.yearFrom = 2023;
    p.yearTo = 2030;
    switch (scenario) {
    case Scenario::PowerBinds:
        p.fundingBusdPerYear = 5000;
        break;
    case Scenario::MoneyBinds:
        p.fundingBusdPerYear = 2;
        break;
    case Scenario::AsRecorded:
        p.asRecorded = true;
        break;
    case Scenario::OneOperator:
        p.operatorIds = {2};
        p.multiSiteLossPct = 50;
        break;
    case Scenario::Pinned:
        p.capexPinned = p.tdpPinned = true;
        p.capexPerGpuUsd = 30000;
        p.tdpW = 1000;
        break;
    }
    return p;
}

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
}

// The figure as the charts and cards take it from the engine's result.
double engineFigure(const YearResult& y, ExplainedMetric metric)
{
    switch (metric) {
    case ExplainedMetric::Gpus:
        return y.gpusInstalled;
    case ExplainedMetric::H100e:
        return y.h100e;
    case ExplainedMetric::LargestSiteGpus:
        return y.largestSiteGpus;
    case ExplainedMetric::LargestClusterH100e:
        return y.largestClusterH100e;
    case ExplainedMetric::LargestClusterGpus:
        return y.largestClusterGpus;
    case ExplainedMetric::DemandGw:
        return y.facilityDemandGw;
    case ExplainedMetric::CapacityGw:
        return y.facilityCapacityGw;
    case ExplainedMetric::FundingUsd:
        return y.fundingUsd;
    case ExplainedMetric::CapexNeededUsd:
        return y.capexNeededUsd;
    case ExplainedMetric::CapexSpentUsd:
        return y.capexSpentUsd;
    case ExplainedMetric::SiteItMw:
    case ExplainedMetric::SiteGpus:
        break;
    }
    return -1;
}

constexpr ExplainedMetric kYearMetrics[] = {ExplainedMetric::Gpus,
                                            ExplainedMetric::H100e,
                                            ExplainedMetric::LargestSiteGpus,
                                            ExplainedMetric::LargestClusterH100e,
                                            ExplainedMetric::LargestClusterGpus,
                                            ExplainedMetric::DemandGw,
                                            ExplainedMetric::CapacityGw,
                                            ExplainedMetric::FundingUsd,
                                            ExplainedMetric::CapexNeededUsd,
                                            ExplainedMetric::CapexSpentUsd};

// The power the listed sites must sum to, for the metrics that list them.
std::optional<double> listedPower(const YearResult& y, ExplainedMetric metric)
{
    switch (metric) {
    case ExplainedMetric::Gpus:
    case ExplainedMetric::H100e:
    case ExplainedMetric::CapacityGw:
        return y.itMw;
    case ExplainedMetric::LargestSiteGpus:
        return y.largestSiteMw;
    case ExplainedMetric::LargestClusterH100e:
    case ExplainedMetric::LargestClusterGpus:
        return y.largestClusterMw;
    default:
        return std::nullopt;
    }
}

} // namespace

class TestExplanation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void figuresAreTheEngines_data()
    {
        QTest::addColumn<bool>("projected");
        QTest::addColumn<int>("scenario");
        for (bool projected : {false, true}) {
            const char* atlas = projected ? "projected" : "small";
            QTest::addRow("%s, power binds", atlas) << projected << int(Scenario::PowerBinds);
            QTest::addRow("%s, money binds", atlas) << projected << int(Scenario::MoneyBinds);
            QTest::addRow("%s, as recorded", atlas) << projected << int(Scenario::AsRecorded);
            QTest::addRow("%s, one operator", atlas) << projected << int(Scenario::OneOperator);
            QTest::addRow("%s, pinned", atlas) << projected << int(Scenario::Pinned);
        }
    }

    // For every metric, year and scope: the explained value is the engine's, the listed sites
    // sum to the power it rests on, and each site's phase states that power.
    void figuresAreTheEngines()
    {
        QFETCH(bool, projected);
        QFETCH(int, scenario);
        const Dataset data = datasetOf(projected ? test::projectedAtlas() : test::smallAtlas());
        const ScenarioParams params = paramsFor(Scenario(scenario), data);
        const PreparedAtlas atlas = prepareAtlas(data);
        const ScenarioResult result = computeScenario(atlas, params);
        int explained = 0, withSites = 0;
        for (PhaseScope scope : {PhaseScope::All, PhaseScope::RecordedOnly}) {
            const QVector<YearResult>& years =
                scope == PhaseScope::All ? result.years : result.recordedYears;
            for (const YearResult& y : years) {
                for (ExplainedMetric metric : kYearMetrics) {
                    const Explanation e =
                        explain(data, atlas, params, result, {metric, y.year, scope});
                    const QByteArray where =
                        QByteArray::number(y.year) + ' ' + explainedMetricName(metric).toUtf8();
                    QVERIFY2(e.valid, where.constData());
                    QVERIFY2(e.value == engineFigure(y, metric), where.constData());
                    QVERIFY2(!e.steps.isEmpty() && !e.valueText.isEmpty(), where.constData());
                    ++explained;
                    const std::optional<double> power = listedPower(y, metric);
                    if (!power)
                        continue;
                    const QByteArray sums = where + ": " + QByteArray::number(e.sitesMw) + " vs " +
                                            QByteArray::number(*power);
                    QVERIFY2(near(e.sitesMw, *power), sums.constData());
                    double sum = 0;
                    for (const ExplainedSite& s : e.sites) {
                        sum += s.itMw;
                        const SitePhase* phase = nullptr;
                        for (const SitePhase& p : data.phases) {
                            if (p.id == s.phaseId)
                                phase = &p;
                        }
                        if (s.itMw <= 0 && s.gpus > 0)
                            continue; // a fleet without power: no phase states one
                        QVERIFY2(phase, where.constData());
                        QCOMPARE(phase->siteId, s.siteId);
                        QVERIFY(phase->onlineDate <= endOfYear(y.year));
                        QVERIFY(scope == PhaseScope::All || !phase->projected);
                        if (!s.derived)
                            QCOMPARE(*phase->itMw, s.itMw);
                        QCOMPARE(s.siteName, data.site(s.siteId)->name);
                    }
                    QVERIFY(near(sum, e.sitesMw));
                    if (metric == ExplainedMetric::LargestClusterGpus)
                        QCOMPARE(int(e.sites.size()), y.largestClusterSites);
                    withSites += e.sites.isEmpty() ? 0 : 1;
                }
            }
        }
        QVERIFY(explained >= 2 * 8 * 10);
        QVERIFY(withSites > 0);
    }

    // The working adds up: the what-if's GPUs that fit are the power over the watts per GPU,
    // and the cluster's effective power over the year's GPUs per MW gives its GPUs.
    void workingAddsUp()
    {
        const Dataset data = datasetOf(test::smallAtlas());
        const ScenarioParams params = paramsFor(Scenario::PowerBinds, data);
        const PreparedAtlas atlas = prepareAtlas(data);
        const ScenarioResult result = computeScenario(atlas, params);
        const YearResult& y = *result.atYear(2027);
        const Explanation gpus =
            explain(data, atlas, params, result, {ExplainedMetric::Gpus, 2027});
        QCOMPARE(gpus.sites.size(), 2); // Abilene One 400 MW, Memphis Two 1,000 MW
        QCOMPARE(gpus.sites[0].siteName, QStringLiteral("Memphis Two"));
        QCOMPARE(gpus.sites[0].itMw, 1000.0);
        QCOMPARE(gpus.sites[0].phaseId, Id(103));
        QCOMPARE(gpus.sites[1].phaseId, Id(101));
        QCOMPARE(gpus.sites[1].sourceIds, QVector<Id>{1}); // the site's source
        QCOMPARE(gpus.sources.size(), 1);
        QVERIFY(near(y.itMw * 1e6 / itWattsPerGpu(params), y.gpusPowerFit));
        QStringList formulas;
        for (const ExplanationStep& step : gpus.steps)
            formulas << step.formula;
        QVERIFY(formulas.contains(QStringLiteral("IT watts per GPU = tdpW × overhead")));
        QVERIFY(formulas.contains(
            QStringLiteral("GPUs that fit = IT power online / IT watts per GPU")));
        // 700 W × 1.82 = 1,274 W: the filled-in line carries the year's numbers.
        bool filled = false;
        for (const ExplanationStep& step : gpus.steps)
            filled = filled || step.filled == QStringLiteral("700 W × 1.82 = 1,274 W");
        QVERIFY(filled);
        // The catalogue row and its inputs are named.
        const auto catalogued =
            std::count_if(gpus.inputs.begin(), gpus.inputs.end(), [](const ExplainedInput& input) {
                return input.origin == ExplainedInput::Origin::Catalogue && input.gpuModelId == 1;
            });
        QVERIFY(catalogued >= 3); // the model, its TDP, its overhead (and its price)
        // The what-if's GPUs are not the sites' chips: the sites list their power only. As
        // recorded, each site's chips are what is summed, and listed.
        QVERIFY(!gpus.sitesFleet);
        QVERIFY(!explanationHtml(gpus).contains(QStringLiteral("200,000")));
        ScenarioParams recorded = params;
        recorded.asRecorded = true;
        const ScenarioResult asRecorded = computeScenario(atlas, recorded);
        const Explanation fleet =
            explain(data, atlas, recorded, asRecorded, {ExplainedMetric::Gpus, 2027});
        QVERIFY(fleet.sitesFleet);
        QCOMPARE(fleet.sites[0].gpus, 200000.0); // Memphis Two's counted H100
        QVERIFY(explanationHtml(fleet).contains(QStringLiteral("200k GPUs")));

        // Linked in 2027: 1,000 MW + 400 MW × (1 − 20%) = 1,320 MW effective.
        const Explanation cluster =
            explain(data, atlas, params, result, {ExplainedMetric::LargestClusterGpus, 2027});
        QCOMPARE(cluster.sites.size(), 2);
        QVERIFY(near(1320 * y.gpusInstalled / y.itMw, y.largestClusterGpus));
        QCOMPARE(cluster.value, y.largestClusterGpus);
        // Before the link (2024) the largest cluster is the largest site alone.
        const Explanation alone =
            explain(data, atlas, params, result, {ExplainedMetric::LargestClusterH100e, 2024});
        QCOMPARE(alone.sites.size(), 1);
        QCOMPARE(alone.sites[0].siteId, Id(10));
    }

    void oneSiteAndOneOperator()
    {
        const Dataset data = datasetOf(test::projectedAtlas());
        const ScenarioParams params = paramsFor(Scenario::PowerBinds, data);
        const PreparedAtlas atlas = prepareAtlas(data);
        const ScenarioResult result = computeScenario(atlas, params);
        for (PhaseScope scope : {PhaseScope::All, PhaseScope::RecordedOnly}) {
            const bool every = scope == PhaseScope::All;
            for (const SiteAllocation& site : allocateSites(atlas, params, result, 2028)) {
                const Id id = atlas.siteIds[site.site];
                const Explanation mw = explain(data, atlas, params, result,
                                               {ExplainedMetric::SiteItMw, 2028, scope, id});
                const Explanation gpus = explain(data, atlas, params, result,
                                                 {ExplainedMetric::SiteGpus, 2028, scope, id});
                QCOMPARE(mw.value, every ? site.itMw : site.recordedItMw);
                QCOMPARE(gpus.value, every ? site.gpus : site.recordedGpus);
                QVERIFY(mw.title.contains(data.site(id)->name));
            }
            for (int o = 0; o < result.operatorIds.size(); ++o) {
                const Id op = result.operatorIds[o];
                const QVector<QVector<double>>& mw =
                    every ? result.operatorItMw : result.recordedOperatorItMw;
                const Explanation band = explain(data, atlas, params, result,
                                                 {ExplainedMetric::CapacityGw, 2028, scope, 0, op});
                QCOMPARE(band.value, mw[o][5] * params.pue / 1000.0);
                QVERIFY(near(band.sitesMw, mw[o][5]));
            }
        }
        // Outside the scenario's years, or a site not counted: nothing to explain.
        QVERIFY(!explain(data, atlas, params, result, {ExplainedMetric::Gpus, 2040}).valid);
        QVERIFY(!explain(data, atlas, params, result,
                         {ExplainedMetric::SiteItMw, 2028, PhaseScope::All, 999})
                     .valid);
    }

    // A site named like HTML shows as its name, never as markup; a source's "javascript:"
    // address is no link.
    void hostileNamesAreEscaped()
    {
        ChangeSet set = test::smallAtlas();
        Site hostile = test::makeSite(
            10, QStringLiteral("<img src=x onerror=alert(1)><b>Abilene</b>"), -99.78, 32.51, 1);
        hostile.sourceId = 1;
        set.upsert(hostile);
        set.upsert(Source{1,
                          QStringLiteral("<script>alert(2)</script>"),
                          QStringLiteral("https://example.org/a?b=1&c=2"),
                          QStringLiteral("<i>Pub</i>"),
                          {},
                          {}});
        const Dataset data = datasetOf(set);
        const ScenarioParams params = paramsFor(Scenario::PowerBinds, data);
        const PreparedAtlas atlas = prepareAtlas(data);
        const ScenarioResult result = computeScenario(atlas, params);
        const Explanation e = explain(data, atlas, params, result,
                                      {ExplainedMetric::SiteItMw, 2027, PhaseScope::All, 10});
        const QString html = explanationHtml(e);
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(!html.contains(QStringLiteral("<b>Abilene")));
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(!html.contains(QStringLiteral("<i>Pub")));
        QVERIFY(
            html.contains(QStringLiteral("&lt;img src=x onerror=alert(1)&gt;&lt;b&gt;Abilene")));
        QVERIFY(html.contains(QStringLiteral("href=\"site:10\"")));
        QVERIFY(html.contains(QStringLiteral("href=\"https://example.org/a?b=1&amp;c=2\"")));
        // The plain text keeps the name as it is.
        QVERIFY(explanationText(e).contains(hostile.name));
    }
};

QTEST_GUILESS_MAIN(TestExplanation)
#include "tst_explanation.moc"

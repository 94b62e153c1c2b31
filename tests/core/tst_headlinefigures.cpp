// SPDX-License-Identifier: GPL-3.0-or-later
// The headline figures and the scenario's caption: what binds, what is projected, and the
// words for "as recorded".
#include "core/scenario/headlinefigures.h"
#include "core/scenario/scenariocaption.h"
#include "core/scenario/scenarioengine.h"
#include "scenariotestdata.h"

#include <QTest>

using namespace atlas;
using namespace atlas::test;

class TestHeadlineFigures : public QObject
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
};

QTEST_GUILESS_MAIN(TestHeadlineFigures)
#include "tst_headlinefigures.moc"

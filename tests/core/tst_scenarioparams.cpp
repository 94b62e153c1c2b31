// SPDX-License-Identifier: GPL-3.0-or-later
// The scenario's parameters as JSON and in the scenario library: round trips, values out of
// range clamped, garbage refused.
#include "core/scenario/scenariolibrary.h"
#include "core/scenario/scenarioparamsjson.h"
#include "scenariotestdata.h"

#include <QTest>

using namespace atlas;
using namespace atlas::test;

class TestScenarioParams : public QObject
{
    Q_OBJECT
private Q_SLOTS:
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

QTEST_GUILESS_MAIN(TestScenarioParams)
#include "tst_scenarioparams.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The GPU arithmetic (gpumath.h): a chip's power all in, its H100-equivalents, its system
// price and capex, and the parameters a model brings, against the facts.
#include "core/scenario/gpumath.h"
#include "scenariotestdata.h"

#include <QTest>

#include <cmath>

using namespace atlas;
using namespace atlas::test;

class TestGpuMath : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // A chip's power all in (chip × overhead × PUE 1.14, the default), as the facts give it,
    // and its H100-equivalents; a row per chip of the catalogue.
    void allInPowerAsInTheFacts_data()
    {
        QTest::addColumn<bool>("isH100"); // else the GB200
        QTest::addColumn<double>("tdpW");
        QTest::addColumn<double>("overhead");
        QTest::addColumn<double>("allInW");
        QTest::addColumn<double>("h100e");
        QTest::addColumn<double>("factAllInW"); // what the facts round it to
        // 700 W × 1.82 × 1.14 = 1,452 W: 100,000 H100 need about 145 MW, and 1 GW of
        // facility power holds about 690,000 H100.
        QTest::newRow("H100 SXM") << true << 700.0 << 1.82 << 1452.36 << 1.0 << 1452.0;
        // 1,200 W × 1.45 × 1.14 = 1,984 W: the seed's "2,000 Watts all-in", 2.5 H100s.
        QTest::newRow("GB200") << false << 1200.0 << 1.45 << 1983.6 << 2.528 << 2000.0;
    }
    void allInPowerAsInTheFacts()
    {
        QFETCH(bool, isH100);
        const GpuModel model = isH100 ? h100() : gb200();
        QFETCH(double, tdpW);
        QFETCH(double, overhead);
        QFETCH(double, allInW);
        QFETCH(double, h100e);
        QFETCH(double, factAllInW);
        const ScenarioParams p = withModelDefaults(ScenarioParams(), model, {model});
        QCOMPARE(p.tdpW, tdpW);
        QCOMPARE(p.overhead, overhead);
        QVERIFY2(std::abs(allInWattsPerGpu(p) - allInW) < 0.01,
                 qPrintable(QString::number(allInWattsPerGpu(p))));
        QVERIFY(std::abs(allInWattsPerGpu(p) - factAllInW) / factAllInW < 0.01);
        QVERIFY(std::abs(h100eOf(model) - h100e) < 0.001);
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
};

QTEST_GUILESS_MAIN(TestGpuMath)
#include "tst_gpumath.moc"

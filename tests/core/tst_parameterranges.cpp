// SPDX-License-Identifier: GPL-3.0-or-later
// The sliders' travel: linear parameters map value to position evenly, the funding's is
// logarithmic so its usual values sit near the middle rather than at the far left.
#include "core/scenario/parameterranges.h"

#include <QTest>

using namespace atlas;

class TestParameterRanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linearTravelIsEven()
    {
        const ParameterSpec& pue = parameterSpec(ParameterKey::Pue); // 1.0 - 2.0
        QCOMPARE(pue.logOffset, 0.0);
        QCOMPARE(travelOf(pue, 1.5), 0.5);
        QCOMPARE(valueAtTravel(pue, 0.25), 1.25);
        QCOMPARE(travelOf(pue, 0.5), 0.0); // out of range: kept in
        QCOMPARE(valueAtTravel(pue, 2.0), 2.0);
    }

    void fundingDefaultIsNearTheMiddle()
    {
        const ParameterSpec& funding = parameterSpec(ParameterKey::FundingBusdPerYear);
        QVERIFY(funding.logOffset > 0);
        // $75B (the default) and $100B fall in the middle third; a linear 0-1000 put them
        // in the first tenth.
        QVERIFY2(travelOf(funding, 75) > 0.33 && travelOf(funding, 75) < 0.67,
                 qPrintable(QString::number(travelOf(funding, 75))));
        QVERIFY(travelOf(funding, 100) > 0.45 && travelOf(funding, 100) < 0.6);
        QCOMPARE(travelOf(funding, funding.minimum), 0.0);
        QCOMPARE(travelOf(funding, funding.maximum), 1.0);
        QVERIFY(travelOf(funding, 10) < travelOf(funding, 20));
    }

    void fundingTravelRoundTripsToItsStep()
    {
        const ParameterSpec& funding = parameterSpec(ParameterKey::FundingBusdPerYear);
        for (double value = funding.minimum; value <= funding.maximum; value += funding.step)
            QCOMPARE(valueAtTravel(funding, travelOf(funding, value)), value);
        // Every point of the travel lands on a whole step.
        for (int i = 0; i <= 1000; ++i) {
            const double value = valueAtTravel(funding, i / 1000.0);
            QCOMPARE(std::fmod(value, funding.step), 0.0);
            QVERIFY(value >= funding.minimum && value <= funding.maximum);
        }
        QCOMPARE(valueAtTravel(funding, 0), 0.0);
        QCOMPARE(valueAtTravel(funding, 1), 1000.0);
    }
};

QTEST_GUILESS_MAIN(TestParameterRanges)
#include "tst_parameterranges.moc"

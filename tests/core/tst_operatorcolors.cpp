// SPDX-License-Identifier: GPL-3.0-or-later
// Operators' colours: the same for the same name (imports), and for one added by hand, a
// colour no other operator has while the palette has one.
#include "core/io/operatorcolors.h"

#include <QColor>
#include <QTest>

using namespace atlas;

class TestOperatorColors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameNameSameColour()
    {
        QCOMPARE(io::operatorColor(QStringLiteral("Nebius")), io::operatorColor(QStringLiteral("  nebius ")));
        QVERIFY(QColor::fromString(io::operatorColor(QStringLiteral("Nebius"))).isValid());
    }

    void avoidsTakenColours()
    {
        const QString own = io::operatorColor(QStringLiteral("Nebius"));
        QCOMPARE(io::operatorColorAvoiding(QStringLiteral("Nebius"), {}), own);
        const QString other = io::operatorColorAvoiding(QStringLiteral("Nebius"), {own.toUpper()});
        QVERIFY(other.compare(own, Qt::CaseInsensitive) != 0);
        // Taking colours one by one gives a new one each time until the palette runs out.
        QStringList taken;
        for (int i = 0; i < 18; ++i) {
            const QString next = io::operatorColorAvoiding(QStringLiteral("Nebius"), taken);
            QVERIFY2(!taken.contains(next), qPrintable(next));
            taken << next;
        }
        QCOMPARE(io::operatorColorAvoiding(QStringLiteral("Nebius"), taken), own); // all taken
    }
};

QTEST_GUILESS_MAIN(TestOperatorColors)
#include "tst_operatorcolors.moc"

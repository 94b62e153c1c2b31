// SPDX-License-Identifier: GPL-3.0-or-later
// Place names folded as the gazetteer compares them (placetext.h): accents, capitals,
// ligatures, apostrophes, "Saint" and "Mount", spaces.
#include "core/geo/placetext.h"

#include <QTest>

using namespace atlas;

class TestPlaceText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void folding_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("folded");
        QTest::newRow("accents") << QStringLiteral("Sant Julià de Lòria")
                                 << QByteArray("sant julia de loria");
        QTest::newRow("capitals") << QStringLiteral("ZÜRICH") << QByteArray("zurich");
        QTest::newRow("sharp s") << QStringLiteral("Straße") << QByteArray("strasse");
        QTest::newRow("ligature") << QStringLiteral("Ærøskøbing") << QByteArray("aeroskobing");
        QTest::newRow("apostrophe")
            << QStringLiteral("Maxwell’s Farm") << QByteArray("maxwells farm");
        QTest::newRow("hyphens") << QStringLiteral("Chester-le-Street")
                                 << QByteArray("chester le street");
        QTest::newRow("saint") << QStringLiteral("Saint-Louis") << QByteArray("st louis");
        QTest::newRow("st.") << QStringLiteral("St. Louis") << QByteArray("st louis");
        QTest::newRow("mount") << QStringLiteral("Mount Pleasant") << QByteArray("mt pleasant");
        QTest::newRow("spaces") << QStringLiteral("  New   York ") << QByteArray("new york");
        QTest::newRow("Chinese") << QStringLiteral("中国") << QByteArray("中国");
        QTest::newRow("nothing") << QStringLiteral(" ,- ") << QByteArray();
    }

    void folding()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, folded);
        QCOMPARE(foldPlaceName(name), folded);
        QCOMPARE(foldPlaceName(QByteArrayView(name.toUtf8())), folded);
    }
};

QTEST_GUILESS_MAIN(TestPlaceText)
#include "tst_placetext.moc"

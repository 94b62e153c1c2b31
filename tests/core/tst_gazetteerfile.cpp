// SPDX-License-Identifier: GPL-3.0-or-later
// The gazetteer's file: its header, and every way a damaged or foreign file is refused with a
// sentence that says so (and then places nothing).
#include "core/geo/gazetteer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>
#include <QtEndian>

using namespace atlas;

namespace {

QByteArray bundledBytes()
{
    QFile file(QStringLiteral(":/gazetteer/gazetteer.bin"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The same payload under a header made for it (so that only the payload is wrong).
QByteArray withHeader(const QByteArray& payload, quint32 version = 1)
{
    QByteArray out("CAGZ");
    char number[4];
    qToLittleEndian(version, number);
    out.append(number, 4);
    qToLittleEndian(quint32(payload.size()), number);
    out.append(number, 4);
    out += QCryptographicHash::hash(payload, QCryptographicHash::Sha256);
    return out + payload;
}

} // namespace

class TestGazetteerFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fileHeader()
    {
        const QByteArray bytes = bundledBytes();
        QVERIFY(bytes.size() > 1'000'000);
        QCOMPARE(bytes.left(4), QByteArray("CAGZ"));
        QCOMPARE(qFromLittleEndian<quint32>(bytes.constData() + 4), 1u);
        QCOMPARE(qsizetype(qFromLittleEndian<quint32>(bytes.constData() + 8)), bytes.size() - 44);
        QVERIFY(Gazetteer::fromBytes(bytes).loadError().isEmpty());
    }

    void damagedFile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        const QByteArray good = bundledBytes();
        const QByteArray payload = good.mid(44);
        QTest::newRow("empty") << QByteArray()
                               << QStringLiteral("This is not a Compute Atlas gazetteer file.");
        QTest::newRow("another file")
            << QByteArray("PK\x03\x04 not a gazetteer at all, but long enough to have a header")
            << QStringLiteral("This is not a Compute Atlas gazetteer file.");
        QTest::newRow("a newer version")
            << withHeader(payload, 2)
            << QStringLiteral("The gazetteer file is version 2; this build reads version 1.");
        QTest::newRow("cut short")
            << good.left(good.size() / 2)
            << QStringLiteral("The gazetteer file is truncated: it has %1 bytes of data where its "
                              "header says %2.")
                   .arg(good.size() / 2 - 44)
                   .arg(payload.size());
        QByteArray flipped = good;
        flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x20);
        QTest::newRow("a byte changed")
            << flipped
            << QStringLiteral("The gazetteer file is damaged: its checksum does not match "
                              "its data.");
        const QString ends = QStringLiteral(
            "The gazetteer file is damaged: its data ends early or holds values out of "
            "range.");
        QTest::newRow("data cut short, header made for it")
            << withHeader(payload.left(payload.size() / 2)) << ends;
        QTest::newRow("data with bytes after it")
            << withHeader(payload + QByteArray("\0", 1)) << ends;
        QTest::newRow("a huge count")
            << withHeader(QByteArray("\x00\xff\xff\xff\xff\x0f", 6)) << ends;
    }

    void damagedFile()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        const Gazetteer damaged = Gazetteer::fromBytes(bytes);
        QCOMPARE(damaged.loadError(), error);
        QVERIFY(!damaged.geocode(QStringLiteral("Memphis, TN 38109"), QStringLiteral("US")).found);
        QVERIFY(damaged.search(QStringLiteral("Memphis"), 10).isEmpty());
        QVERIFY(!damaged.countryCode(QStringLiteral("US")));
        QVERIFY(damaged.countryName(QStringLiteral("US")).isEmpty());
        QVERIFY(damaged.sources().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGazetteerFile)
#include "tst_gazetteerfile.moc"

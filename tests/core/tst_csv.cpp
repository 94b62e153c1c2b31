// SPDX-License-Identifier: GPL-3.0-or-later
// csv::Reader, csv::parse and csv::write: RFC 4180 quoting, errors at their line and column,
// records across chunks, and input that is not a CSV text refused in bounded memory.
#include "core/io/csv.h"
#include "core/io/records.h"
#include "core/io/recordsources.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace atlas;
using namespace atlas::io;

class TestCsv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void csvQuotingAsRfc4180()
    {
        const QByteArray text = "\xEF\xBB\xBFname,note\r\n"
                                "\"Abilene, TX\",\"says \"\"hi\"\"\"\r\n"
                                "\"two\nlines\",plain\n"
                                "\r\n"
                                "last,\"\"";
        csv::Table table;
        csv::ParseError error;
        QVERIFY2(csv::parse(text, &table, &error), qPrintable(error.message));
        QCOMPARE(table.header, (QStringList{"name", "note"}));
        QCOMPARE(table.rows.size(), 3);
        QCOMPARE(table.rows[0], (QStringList{"Abilene, TX", "says \"hi\""}));
        QCOMPARE(table.rows[1], (QStringList{"two\nlines", "plain"}));
        QCOMPARE(table.rows[2], (QStringList{"last", ""}));
        QCOMPARE(table.rowLines, (QVector<int>{2, 3, 6}));
    }

    void csvErrorsSayWhere_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("words");
        QTest::newRow("unclosed quote") << QByteArray("a,b\n1,\"open\n2,3\n") << 2 << 2 << "never closed";
        QTest::newRow("quote mid-field") << QByteArray("a,b\n1,ab\"c\n") << 2 << 2 << "middle of a field";
        QTest::newRow("text after quote") << QByteArray("a,b\nx,\"q\"z\n") << 2 << 2 << "after a closing quote";
        QTest::newRow("empty file") << QByteArray("") << 1 << 1 << "empty";
        QTest::newRow("not UTF-8") << QByteArray("a,b\n\xff\xfe,1\n") << 1 << 1 << "UTF-8";
    }

    void csvErrorsSayWhere()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, words);
        csv::Table table;
        csv::ParseError error;
        QVERIFY(!csv::parse(text, &table, &error));
        QCOMPARE(error.line, line);
        QCOMPARE(error.column, column);
        QVERIFY2(error.message.contains(words), qPrintable(error.message));
    }

    void csvWriteThenReadIsIdentity()
    {
        const QStringList header{"name", "note"};
        const QVector<QStringList> rows{{"O'Brien \"quoted\"; DROP TABLE sites; --", "a,b"},
                                        {"数据中心 東京", "line\r\nbreak"},
                                        {" padded ", ""}};
        csv::Table table;
        csv::ParseError error;
        QVERIFY(csv::parse(csv::write(header, rows), &table, &error));
        QCOMPARE(table.header, header);
        QCOMPARE(table.rows, rows);
    }

    void csvReaderStreamsAcrossChunks()
    {
        QByteArray text = "name,note\r\n";
        QVector<QStringList> expected;
        for (int i = 0; i < 20000; ++i) {
            const QString name = QStringLiteral("Site %1 \u00e9\u6771").arg(i);
            const QString note = i % 7 == 0
                                     ? QStringLiteral("multi\nline \"%1\", with commas").arg(i)
                                     : QStringLiteral("n%1").arg(i);
            expected.append({name, note});
            text += csv::line({name, note}).toUtf8();
        }
        csv::Table table;
        csv::ParseError error;
        QVERIFY2(csv::parse(text, &table, &error), qPrintable(error.message));
        QCOMPARE(table.rows.size(), expected.size());
        QCOMPARE(table.rows, expected);
        QCOMPARE(table.rowLines[7], 2 + 7 + 1); // row 0's note spans two lines
    }

    void endlessOrBinaryInputIsRefusedInBoundedMemory()
    {
        csv::Table table;
        csv::ParseError error;
        QVERIFY(!csv::parse(QByteArray(4 * 1024 * 1024, '\0'), &table, &error));
        QVERIFY2(error.message.contains(QStringLiteral("NUL")), qPrintable(error.message));
        QVERIFY(!csv::parse("name\n" + QByteArray(6 * 1024 * 1024, 'x'), &table, &error));
        QVERIFY2(error.message.contains(QStringLiteral("longer than")), qPrintable(error.message));
        QCOMPARE(error.line, 2);
        // A ".csv" that is /dev/zero: refused at its first chunk, not read to the end of memory.
        QTemporaryDir dir;
        const QString zero = dir.filePath(QStringLiteral("zero.csv"));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), zero));
        ReadError readError;
        const std::unique_ptr<RecordSource> source =
            openRecordFile(zero, Geometry::Point, &readError);
        QVERIFY(source);
        QVERIFY(!source->read([](const QStringList&, const Record&) { return true; }));
        QVERIFY(source->error().message.contains(QStringLiteral("NUL")));
        // JSON nested without end.
        RecordTable records;
        QVERIFY(!readGeoJsonRecords("{\"features\":" + QByteArray(100000, '['), true, &records,
                                    &readError));
        QVERIFY2(readError.message.contains(QStringLiteral("nested")),
                 qPrintable(readError.message));
    }

    // The stated limits of what an import reads, each refused with a message that says it.
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"

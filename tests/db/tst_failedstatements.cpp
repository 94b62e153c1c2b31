// SPDX-License-Identifier: GPL-3.0-or-later
// Writes to a file whose schema another program changed so that SQLite cannot prepare one of
// the writer's statements: a trigger that calls a function we do not have, a dropped column.
// The write stops with a message naming what failed, and nothing in the file changes.
#include "sampledata.h"
#include "db/sqlitestore.h"
#include "tempdatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace atlas;
using namespace atlas::test;

namespace {

// Everything a write could have touched, row by row.
QStringList contents(const QString& file)
{
    QStringList rows;
    for (const char* sql : {"SELECT fid || '|' || name || '|' || lon || '|' || lat || '|' || "
                            "hex(geom) FROM sites ORDER BY fid",
                            "SELECT fid || '|' || site_a || '|' || site_b || '|' || hex(geom) FROM "
                            "fiber_links ORDER BY fid",
                            "SELECT table_name || '|' || last_change || '|' || ifnull(min_x, '') "
                            "FROM gpkg_contents ORDER BY 1"}) {
        for (const QVariant& row : querySql(file, QString::fromUtf8(sql)))
            rows << row.toString();
    }
    return rows;
}

} // namespace

class TestFailedStatements : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_count = 0;

private Q_SLOTS:
    void aStatementThatCannotBePreparedStopsTheWrite_data()
    {
        QTest::addColumn<QString>("schemaChange");
        QTest::addColumn<QString>("change"); // move, add, delete
        QTest::addColumn<QStringList>("messageParts");

        const QString unknownFunction = QStringLiteral("no such function: other_programs_function");
        QTest::newRow("update trigger calls an unknown function")
            << QStringLiteral("CREATE TRIGGER t AFTER UPDATE ON sites BEGIN SELECT "
                              "other_programs_function(NEW.name); END")
            << QStringLiteral("move")
            << QStringList{QStringLiteral("updates rows of sites"), unknownFunction,
                           QStringLiteral("Nothing was changed")};
        QTest::newRow("insert trigger calls an unknown function")
            << QStringLiteral("CREATE TRIGGER t AFTER INSERT ON sites BEGIN SELECT "
                              "other_programs_function(NEW.name); END")
            << QStringLiteral("add")
            << QStringList{QStringLiteral("adds rows to sites"), unknownFunction,
                           QStringLiteral("Nothing was changed")};
        QTest::newRow("delete trigger calls an unknown function")
            << QStringLiteral("CREATE TRIGGER t AFTER DELETE ON sites BEGIN SELECT "
                              "other_programs_function(OLD.name); END")
            << QStringLiteral("delete")
            << QStringList{QStringLiteral("deletes rows of sites"), unknownFunction,
                           QStringLiteral("Nothing was changed")};
        QTest::newRow("a column dropped by another program")
            << QStringLiteral("ALTER TABLE sites DROP COLUMN parties") << QStringLiteral("move")
            << QStringList{QStringLiteral("updates rows of sites"),
                           QStringLiteral("no such column: parties"),
                           QStringLiteral("Nothing was changed")};
        // The site's row updates fine; rewriting its link's line is what fails.
        QTest::newRow("the links' geometry update calls an unknown function")
            << QStringLiteral("CREATE TRIGGER t AFTER UPDATE OF geom ON fiber_links BEGIN "
                              "SELECT other_programs_function(NEW.geom); END")
            << QStringLiteral("move")
            << QStringList{QStringLiteral("writes the geometry of fiber_links"), unknownFunction,
                           QStringLiteral("Nothing was changed")};
    }

    void aStatementThatCannotBePreparedStopsTheWrite()
    {
        QFETCH(QString, schemaChange);
        QFETCH(QString, change);
        QFETCH(QStringList, messageParts);

        const QString file = m_dir.filePath(QStringLiteral("changed-%1.gpkg").arg(++m_count));
        {
            db::OpenResult opened = db::SqliteStore::open(file);
            QVERIFY2(opened.store, qPrintable(opened.error));
            QVERIFY(opened.store->apply(smallAtlas()).ok);
        }
        QCOMPARE(execSql(file, schemaChange), QString());
        const QStringList before = contents(file);

        db::OpenResult opened = db::SqliteStore::open(file);
        QVERIFY2(opened.store, qPrintable(opened.error));
        ChangeSet changes;
        if (change == QLatin1String("move"))
            changes.upsert(makeSite(10, QStringLiteral("Abilene One"), -97.5, 30.25));
        else if (change == QLatin1String("add"))
            changes.upsert(makeSite(0, QStringLiteral("Added"), 1, 2));
        else
            changes.remove<Site>(12);
        const WriteResult result = opened.store->apply(changes);
        QVERIFY(!result.ok);
        for (const QString& part : messageParts)
            QVERIFY2(result.error.contains(part), qPrintable(result.error));
        QCOMPARE(contents(file), before);

        // The store is still usable: a write the schema allows goes through.
        ChangeSet other;
        other.upsert(Operator{2, QStringLiteral("Beta Renamed"), QStringLiteral("#e15759"), {}});
        const WriteResult written = opened.store->apply(other);
        QVERIFY2(written.ok, qPrintable(written.error));
    }
};

QTEST_GUILESS_MAIN(TestFailedStatements)
#include "tst_failedstatements.moc"

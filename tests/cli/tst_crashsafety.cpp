// SPDX-License-Identifier: GPL-3.0-or-later
// An import killed with SIGKILL half-way leaves the database exactly as it was: it opens,
// passes the integrity check, and holds the same rows. And a failed import changes nothing.
#include "db/sqlitestore.h"
#include "tempdatabase.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace atlas;
using atlas::test::rowsDigest;

namespace {

QProcess* start(const QStringList& arguments)
{
    auto* process = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    process->setProcessEnvironment(env);
    process->start(QStringLiteral(ATLAS_BINARY), arguments);
    return process;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString writeSitesCsv(const QString& name, int rows, bool badLastRow = false)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write("name,operator,lon,lat,status,planned_mw\n");
        for (int i = 0; i < rows; ++i) {
            const bool bad = badLastRow && i == rows - 1;
            file.write(QStringLiteral("Site %1,Operator %2,%3,%4,operating,%5\n")
                           .arg(i)
                           .arg(i % 7)
                           .arg(-120 + (i % 500) * 0.1)
                           .arg(bad ? 123.0 : 30 + (i % 200) * 0.05)
                           .arg(i % 900)
                           .toUtf8());
        }
        return path;
    }

private Q_SLOTS:
    void killedImportLeavesTheDatabaseAsItWas()
    {
        const QString db = m_dir.filePath(QStringLiteral("crash.gpkg"));
        std::unique_ptr<QProcess> setup(start({QStringLiteral("--db"), db, QStringLiteral("import-sites"),
                                                writeSitesCsv(QStringLiteral("few.csv"), 50)}));
        QVERIFY(setup->waitForFinished(60000));
        QCOMPARE(setup->exitCode(), 0);
        const QByteArray before = rowsDigest(db);

        std::unique_ptr<QProcess> import(start({QStringLiteral("--db"), db, QStringLiteral("import-sites"),
                                                 writeSitesCsv(QStringLiteral("many.csv"), 200000)}));
        // Wait until the writing is well under way, then kill it without warning.
        QByteArray progress;
        bool underWay = false;
        import->setReadChannel(QProcess::StandardError);
        while (!underWay && import->waitForReadyRead(60000)) {
            progress += import->readAllStandardError();
            for (const QByteArray& line : progress.split('\n')) {
                // "importing: 20%": a fifth of the file read and written.
                if (line.startsWith("importing: ") &&
                    line.split(' ').value(1).chopped(1).toInt() >= 20)
                    underWay = true;
            }
        }
        QVERIFY2(underWay, progress.constData());
        import->kill(); // SIGKILL
        QVERIFY(import->waitForFinished(30000));
        QCOMPARE(import->exitStatus(), QProcess::CrashExit);

        db::OpenOptions options;
        options.createIfMissing = false;
        db::OpenResult opened = db::SqliteStore::open(db, options);
        QVERIFY2(opened.store, qPrintable(opened.error));
        QVERIFY(opened.store->integrityProblems().isEmpty());
        QCOMPARE(opened.store->load().dataset.sites.size(), 50);
        opened.store.reset();
        QCOMPARE(rowsDigest(db), before);
    }

    // Two imports into one file at the same time: each plans under the write lock, from the
    // rows as the other left them, so neither takes the other's new operators' and sources'
    // ids (before, the second overwrote the first's: 50 operators and 100 sources were lost).
    // Also into a file neither finds: both create it, one sets it up and the other waits and
    // finds it set up (before, the second failed with "disk I/O error").
    void twoImportsAtOnceKeepEveryRow_data()
    {
        QTest::addColumn<int>("seeded");
        QTest::newRow("into a file of 5 sites") << 5;
        QTest::newRow("into a file that does not exist yet") << 0;
    }
    void twoImportsAtOnceKeepEveryRow()
    {
        QFETCH(int, seeded);
        const QString db = m_dir.filePath(QStringLiteral("two-%1.gpkg").arg(seeded));
        if (seeded > 0) {
            std::unique_ptr<QProcess> setup(
                start({QStringLiteral("--db"), db, QStringLiteral("import-sites"),
                       writeSitesCsv(QStringLiteral("seed.csv"), seeded)}));
            QVERIFY(setup->waitForFinished(60000));
            QCOMPARE(setup->exitCode(), 0);
        }
        QStringList files;
        for (int f = 0; f < 2; ++f) {
            const QString path = m_dir.filePath(QStringLiteral("writer-%1.csv").arg(f));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("name,operator,lon,lat,source_title,source_url\n");
            // Operators 0-49 and 25-74, sources 0-99 and 50-149: some new to both files.
            for (int i = 0; i < 3000; ++i) {
                const int op = f * 25 + i % 50, source = f * 50 + i % 100;
                file.write(
                    QStringLiteral(
                        "Writer %1 site %2,Shared Op %3,%4,%5,Report %6,https://example.org/r/%6\n")
                        .arg(f)
                        .arg(i)
                        .arg(op)
                        .arg(-100 + i * 0.001)
                        .arg(30 + f)
                        .arg(source)
                        .toUtf8());
            }
            files << path;
        }
        std::unique_ptr<QProcess> a(
            start({QStringLiteral("--db"), db, QStringLiteral("import-sites"), files[0]}));
        std::unique_ptr<QProcess> b(
            start({QStringLiteral("--db"), db, QStringLiteral("import-sites"), files[1]}));
        QVERIFY(a->waitForFinished(120000));
        QVERIFY(b->waitForFinished(120000));
        QVERIFY2(a->exitCode() == 0, a->readAllStandardError().constData());
        QVERIFY2(b->exitCode() == 0, b->readAllStandardError().constData());

        db::OpenOptions options;
        options.createIfMissing = false;
        db::OpenResult opened = db::SqliteStore::open(db, options);
        QVERIFY2(opened.store, qPrintable(opened.error));
        const Dataset data = opened.store->load().dataset;
        QCOMPARE(data.sites.size(), seeded + 6000);
        int shared = 0, reports = 0;
        for (const Operator& op : data.operators)
            shared += op.name.startsWith(QStringLiteral("Shared Op "));
        for (const Source& source : data.sources)
            reports += source.title.startsWith(QStringLiteral("Report "));
        QCOMPARE(shared, 75);
        QCOMPARE(reports, 150);
        // Every site still names the operator and source its file gave it.
        for (int f = 0; f < 2; ++f) {
            for (int i : {0, 1, 49, 50, 2999}) {
                const Site* site =
                    data.siteByName(QStringLiteral("Writer %1 site %2").arg(f).arg(i));
                QVERIFY(site);
                QCOMPARE(data.op(site->operatorId)->name,
                         QStringLiteral("Shared Op %1").arg(f * 25 + i % 50));
                QCOMPARE(data.source(site->sourceId)->url,
                         QStringLiteral("https://example.org/r/%1").arg(f * 50 + i % 100));
            }
        }
        QVERIFY(opened.store->integrityProblems().isEmpty());
    }

    // A change the database refuses after the plan accepted it (here a trigger of another
    // program's) is written on the store's writer thread, some rows after the plan handed it
    // on: it is still reported at its own row, and nothing is imported.
    void aChangeTheDatabaseRefusesIsReportedAtItsRow_data()
    {
        QTest::addColumn<int>("refused");
        QTest::newRow("in the middle") << 2500;
        QTest::newRow("the first") << 0;
        QTest::newRow("the last (found when the writer is flushed)") << 5999;
    }
    void aChangeTheDatabaseRefusesIsReportedAtItsRow()
    {
        QFETCH(int, refused);
        const QString db = m_dir.filePath(QStringLiteral("refuse-%1.gpkg").arg(refused));
        std::unique_ptr<QProcess> setup(
            start({QStringLiteral("--db"), db, QStringLiteral("import-sites"),
                   writeSitesCsv(QStringLiteral("seed.csv"), 5)}));
        QVERIFY(setup->waitForFinished(60000));
        QCOMPARE(setup->exitCode(), 0);
        {
            QSqlDatabase sql =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("trigger"));
            sql.setDatabaseName(db);
            QVERIFY(sql.open());
            QVERIFY(QSqlQuery(sql).exec(
                QStringLiteral(
                    "CREATE TRIGGER refuse BEFORE INSERT ON sites WHEN NEW.name = 'Other %1' "
                    "BEGIN SELECT RAISE(ABORT, 'refused by a trigger'); END")
                    .arg(refused)));
            sql.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("trigger"));
        const QByteArray before = rowsDigest(db);
        const QString path = m_dir.filePath(QStringLiteral("others.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,lon,lat\n");
        for (int i = 0; i < 6000; ++i)
            file.write(QStringLiteral("Other %1,%2,40\n").arg(i).arg(-100 + i * 0.001).toUtf8());
        file.close();
        std::unique_ptr<QProcess> import(
            start({QStringLiteral("--db"), db, QStringLiteral("import-sites"), path}));
        QVERIFY(import->waitForFinished(60000));
        const QString err = QString::fromUtf8(import->readAllStandardError());
        QCOMPARE(import->exitCode(), 1);
        // The header is line 1: "Other N" is on line N + 2.
        QVERIFY2(err.contains(QStringLiteral("others.csv:%1: ").arg(refused + 2)), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("refused by a trigger")), qPrintable(err));
        QVERIFY(err.contains(QStringLiteral("Nothing was imported")));
        QCOMPARE(rowsDigest(db), before);
    }

    void failedImportChangesNothingAndSaysWhere()
    {
        const QString db = m_dir.filePath(QStringLiteral("failed.gpkg"));
        std::unique_ptr<QProcess> setup(start({QStringLiteral("--db"), db, QStringLiteral("import-sites"),
                                                writeSitesCsv(QStringLiteral("ok.csv"), 20)}));
        QVERIFY(setup->waitForFinished(60000));
        const QByteArray before = rowsDigest(db);
        std::unique_ptr<QProcess> bad(start({QStringLiteral("--db"), db, QStringLiteral("import-sites"),
                                              writeSitesCsv(QStringLiteral("bad.csv"), 3000, true)}));
        QVERIFY(bad->waitForFinished(60000));
        QCOMPARE(bad->exitCode(), 1);
        const QString err = QString::fromUtf8(bad->readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("bad.csv:3001:lat: Latitude must be between -90 and 90")), qPrintable(err));
        QVERIFY(err.contains(QStringLiteral("nothing is imported")));
        QCOMPARE(rowsDigest(db), before);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"

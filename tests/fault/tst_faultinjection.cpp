// SPDX-License-Identifier: GPL-3.0-or-later
// The fault suite: writes that are killed, starved of disk, refused by read-only media, or
// that meet other writers, and what they must leave behind.
//
// Killed: each write (an import with the command line, a site form's Save through the undo
// command, an export over an existing file) runs once to count the calls by which it changes
// the disk (killswitch.c, loaded with LD_PRELOAD), then again and again, each time killed
// with SIGKILL just before one of those calls, chosen at random from a seed (ATLAS_FAULT_SEED,
// printed; the same seed kills at the same calls). Killing between two such calls leaves the
// disk as killing just before the next one does, so these moments stand for every moment.
// After each kill the database must open, pass integrity_check and hold exactly the rows of
// before or of after the write, never a mix; the export's file must be the old one or the
// new one whole.
//
// Disk full and read-only media need a small tmpfs (root, as CI runs); elsewhere they are
// skipped with the reason. Two imports and a reader at once need nothing.
#include "fulldisk.h"
#include "db/sqlitestore.h"
#include "tempdatabase.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace atlas;
using namespace atlas::test;

namespace {

struct Run
{
    bool killed = false;
    int exitCode = -1;
    QString err;
};

// A write the suite runs: a program, its arguments, and the file it exports to, if any.
struct Write
{
    QString program;
    QStringList arguments;
    QString exportedFile;
};

QString removeDatabase(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
    return path;
}

// The database as it was: the file copied, its companions gone.
void restore(const QString& from, const QString& to)
{
    removeDatabase(to);
    if (!QFile::copy(from, to))
        qFatal("cannot copy %s", qPrintable(from));
}

QString sitesCsv(const QString& path, const QString& prefix, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    // Power columns: each row adds a phase too; operators and sources are new to the file.
    file.write("name,operator,lon,lat,status,it_mw,source_title,source_url\n");
    for (int i = 0; i < rows; ++i)
        file.write(QStringLiteral("%1 %2,%1 Operator %3,%4,%5,building,%6,Report %3,"
                                  "https://example.org/%1/%3\n")
                       .arg(prefix)
                       .arg(i)
                       .arg(i % 9)
                       .arg(-120 + (i % 500) * 0.1)
                       .arg(30 + (i % 200) * 0.05)
                       .arg(10 + i % 90)
                       .toUtf8());
    return path;
}

int sitesIn(const QString& database)
{
    return querySql(database, QStringLiteral("SELECT count(*) FROM sites")).value(0).toInt();
}

} // namespace

class TestFaultInjection : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_base; // 20 sites with phases, operators and sources
    quint32 m_seed = 0;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    Run run(const QString& program, const QStringList& arguments, const QStringList& env = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        for (const QString& pair : env)
            environment.insert(pair.section(QLatin1Char('='), 0, 0),
                               pair.section(QLatin1Char('='), 1));
        process.setProcessEnvironment(environment);
        process.start(program, arguments);
        if (!process.waitForFinished(120000))
            qFatal("%s did not finish", qPrintable(program));
        return {process.exitStatus() == QProcess::CrashExit, process.exitCode(),
                QString::fromUtf8(process.readAllStandardError())};
    }
    Run atlas(const QStringList& arguments, const QStringList& env = {})
    {
        return run(QStringLiteral(ATLAS_BINARY), arguments, env);
    }

    // Opens as the app opens a file (recovering a WAL left behind), checks it whole, and
    // says what is wrong; empty when the rows are one of `allowed`.
    QString checkDatabase(const QString& database, const QSet<QByteArray>& allowed)
    {
        {
            db::OpenOptions options;
            options.createIfMissing = false;
            db::OpenResult opened = db::SqliteStore::open(database, options);
            if (!opened.store)
                return QStringLiteral("does not open: ") + opened.error;
            if (const QStringList problems = opened.store->integrityProblems(); !problems.isEmpty())
                return QStringLiteral("damaged: ") + problems.join(QLatin1Char(' '));
        }
        if (!allowed.contains(rowsDigest(database)))
            return QStringLiteral("holds neither the rows of before nor those of after (%1 sites)")
                .arg(sitesIn(database));
        return {};
    }

    // `count` moments from 1 to `calls`, the first and last always among them.
    QList<qint64> moments(qint64 calls, int count)
    {
        QRandomGenerator random(m_seed ^ quint32(calls));
        QSet<qint64> chosen{1, calls};
        while (chosen.size() < std::min<qint64>(count, calls))
            chosen.insert(1 + qint64(random.bounded(quint64(calls))));
        QList<qint64> sorted(chosen.begin(), chosen.end());
        std::sort(sorted.begin(), sorted.end());
        return sorted;
    }

private Q_SLOTS:
    void initTestCase()
    {
        bool ok = false;
        m_seed = qEnvironmentVariableIntValue("ATLAS_FAULT_SEED", &ok);
        if (!ok)
            m_seed = 20260713;
        qInfo("fault seed %u (run again with ATLAS_FAULT_SEED=%u)", m_seed, m_seed);
        m_base = path(QStringLiteral("base.gpkg"));
        const Run seeded =
            atlas({QStringLiteral("--db"), m_base, QStringLiteral("import-sites"),
                   sitesCsv(path(QStringLiteral("seed.csv")), QStringLiteral("Seed"), 20)});
        QVERIFY2(seeded.exitCode == 0, qPrintable(seeded.err));
        // Let the base's WAL be checkpointed away: copies of it are the "before".
        QVERIFY(!QFile::exists(m_base + QStringLiteral("-wal")));
    }

    void killedAtRandomMoments_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("count");
        QTest::newRow("import of 1500 sites with phases") << QStringLiteral("import") << 24;
        QTest::newRow("site form save") << QStringLiteral("save") << 16;
        QTest::newRow("scenario save") << QStringLiteral("scenario") << 12;
        QTest::newRow("export over an existing file") << QStringLiteral("export") << 16;
    }
    void killedAtRandomMoments()
    {
        QFETCH(QString, kind);
        QFETCH(int, count);
        if (QStringLiteral(ATLAS_KILLSWITCH).isEmpty())
            QSKIP("the kill switch is not built here (sanitizer builds cannot preload it)");
        const QString database = path(kind + QStringLiteral(".gpkg"));
        const QString exported = path(kind + QStringLiteral("-export.csv"));
        Write write;
        if (kind == QLatin1String("import")) {
            write = {QStringLiteral(ATLAS_BINARY),
                     {QStringLiteral("--db"), database, QStringLiteral("import-sites"),
                      sitesCsv(path(QStringLiteral("many.csv")), QStringLiteral("Many"), 1500)},
                     {}};
        } else if (kind == QLatin1String("save")) {
            write = {QStringLiteral(ATLAS_DRIVER), {QStringLiteral("save-site"), database}, {}};
        } else if (kind == QLatin1String("scenario")) {
            write = {QStringLiteral(ATLAS_DRIVER),
                     {QStringLiteral("save-scenario"), database, QStringLiteral("Fault scenario")},
                     {}};
        } else {
            write = {QStringLiteral(ATLAS_BINARY),
                     {QStringLiteral("--db"), database, QStringLiteral("export-sites"), exported},
                     exported};
        }
        const QByteArray oldExport = "name\nan export from before\n";

        // Once whole, counting its calls: the rows (and file) of after.
        restore(m_base, database);
        const QByteArray before = rowsDigest(database);
        if (!write.exportedFile.isEmpty())
            writeFileBytes(write.exportedFile, oldExport);
        const QString counted = path(QStringLiteral("calls.txt"));
        const Run whole = run(write.program, write.arguments,
                              {QStringLiteral("LD_PRELOAD=") + QStringLiteral(ATLAS_KILLSWITCH),
                               QStringLiteral("ATLAS_KILL_COUNT=") + counted});
        QVERIFY2(!whole.killed && whole.exitCode == 0, qPrintable(whole.err));
        const QByteArray after = rowsDigest(database);
        const QByteArray newExport =
            write.exportedFile.isEmpty() ? QByteArray() : fileBytes(write.exportedFile);
        const qint64 calls = fileBytes(counted).trimmed().toLongLong();
        QVERIFY(calls > 2);
        if (kind != QLatin1String("export"))
            QVERIFY(after != before);
        const QSet<QByteArray> allowed{before, after};

        int killedBefore = 0, killedAfter = 0;
        for (const qint64 moment : moments(calls, count)) {
            const QString where = QStringLiteral("%1, seed %2, killed before call %3 of %4")
                                      .arg(kind)
                                      .arg(m_seed)
                                      .arg(moment)
                                      .arg(calls);
            restore(m_base, database);
            if (!write.exportedFile.isEmpty())
                writeFileBytes(write.exportedFile, oldExport);
            const Run killed =
                run(write.program, write.arguments,
                    {QStringLiteral("LD_PRELOAD=") + QStringLiteral(ATLAS_KILLSWITCH),
                     QStringLiteral("ATLAS_KILL_AT=%1").arg(moment)});
            QVERIFY2(killed.killed, qPrintable(where + QStringLiteral(": was not killed")));
            if (!write.exportedFile.isEmpty()) {
                const QByteArray left = fileBytes(write.exportedFile);
                QVERIFY2(left == oldExport || left == newExport,
                         qPrintable(where + QStringLiteral(": the export is half written")));
            }
            const QString problem = checkDatabase(database, allowed);
            QVERIFY2(problem.isEmpty(), qPrintable(where + QStringLiteral(": ") + problem));
            ++(rowsDigest(database) == before ? killedBefore : killedAfter);
        }
        qInfo("%s: %d moments of %lld calls; rows of before %d times, of after %d times",
              qPrintable(kind), int(moments(calls, count).size()), calls, killedBefore,
              killedAfter);
        // The first call comes before anything is committed.
        QVERIFY(killedBefore > 0);
    }

    // A full disk: the import and the save fail, say why, and leave the rows as they were;
    // whether the disk is full before they start (opening said the file was "damaged") or
    // fills while they write.
    void aFullDiskFailsTheWriteAndKeepsTheRows_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("roomKb"); // left free; the -shm file beside the database takes 32
        QTest::newRow("import, full before") << QStringLiteral("import") << 0;
        QTest::newRow("import, fills while writing") << QStringLiteral("import") << 256;
        QTest::newRow("site form save, full before") << QStringLiteral("save") << 0;
        QTest::newRow("site form save, fills while writing") << QStringLiteral("save") << 40;
    }
    void aFullDiskFailsTheWriteAndKeepsTheRows()
    {
        QFETCH(QString, kind);
        QFETCH(int, roomKb);
        FullDisk disk(4096);
        if (!disk.isReady())
            QSKIP(qPrintable(disk.whyNot()));
        const QString database = disk.filePath(QStringLiteral("atlas.gpkg"));
        restore(m_base, database);
        const QByteArray before = rowsDigest(database);
        const QString csv =
            sitesCsv(path(QStringLiteral("full.csv")), QStringLiteral("Full"), 3000);
        disk.fill(roomKb * 1024);
        const Run result =
            kind == QLatin1String("import")
                ? atlas({QStringLiteral("--db"), database, QStringLiteral("import-sites"), csv})
                : run(QStringLiteral(ATLAS_DRIVER), {QStringLiteral("save-site"), database});
        QVERIFY(!result.killed);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("disk is full"), Qt::CaseInsensitive) ||
                     result.err.contains(QStringLiteral("disk holding")),
                 qPrintable(result.err));
        QVERIFY2(!result.err.contains(QStringLiteral("damaged")), qPrintable(result.err));
        QVERIFY(QFile::remove(disk.filePath(QStringLiteral("filler"))));
        const QString problem = checkDatabase(database, {before});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // Read-only media (a tmpfs remounted read-only): the import and the save are refused
    // with the reason, nothing is written, and the file still opens to be read.
    void readOnlyMediaRefuseTheWrite_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("import") << QStringLiteral("import");
        QTest::newRow("site form save") << QStringLiteral("save");
    }
    void readOnlyMediaRefuseTheWrite()
    {
        QFETCH(QString, kind);
        FullDisk media(4096);
        if (!media.isReady())
            QSKIP(qPrintable(media.whyNot()));
        const QString database = media.filePath(QStringLiteral("atlas.gpkg"));
        restore(m_base, database);
        const FileFingerprint untouched = fingerprint(database);
        QVERIFY2(media.remountReadOnly(), qPrintable(media.whyNot()));
        const QString csv = sitesCsv(path(QStringLiteral("ro.csv")), QStringLiteral("Ro"), 100);
        const Run result =
            kind == QLatin1String("import")
                ? atlas({QStringLiteral("--db"), database, QStringLiteral("import-sites"), csv})
                : run(QStringLiteral(ATLAS_DRIVER), {QStringLiteral("save-site"), database});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("read-only")), qPrintable(result.err));
        QCOMPARE(fingerprint(database), untouched); // its bytes, and no -wal or -shm made
        const Run check = atlas({QStringLiteral("--db"), database, QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
    }

    // Two imports into one file at once, and a third program reading it all the while: no
    // row lost, no "database is locked", and every read sees the rows of before, of one
    // import or of both, never part of one.
    void twoWritersAndAReaderAtOnce()
    {
        const QString database = path(QStringLiteral("shared.gpkg"));
        restore(m_base, database);
        const int base = sitesIn(database);
        const int rows = 3000;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        QList<QProcess*> writers;
        for (const char* prefix : {"Left", "Right"}) {
            auto* writer = new QProcess(this);
            writer->setProcessEnvironment(environment);
            writer->start(QStringLiteral(ATLAS_BINARY),
                          {QStringLiteral("--db"), database, QStringLiteral("import-sites"),
                           sitesCsv(path(QLatin1String(prefix) + QStringLiteral(".csv")),
                                    QLatin1String(prefix), rows)});
            writers << writer;
        }
        QSet<int> seen;
        int reads = 0;
        const auto running = [&] {
            return std::any_of(writers.begin(), writers.end(),
                               [](QProcess* w) { return w->state() != QProcess::NotRunning; });
        };
        do {
            const QString out = path(QStringLiteral("read-%1.csv").arg(reads++));
            const Run read =
                atlas({QStringLiteral("--db"), database, QStringLiteral("export-sites"), out});
            QVERIFY2(read.exitCode == 0, qPrintable(read.err));
            const int sites = int(fileBytes(out).count('\n')) - 1;
            QVERIFY2(sites == base || sites == base + rows || sites == base + 2 * rows,
                     qPrintable(QStringLiteral("a read saw %1 sites").arg(sites)));
            seen.insert(sites);
            QCoreApplication::processEvents();
        } while (running());
        for (QProcess* writer : writers) {
            QVERIFY(writer->state() == QProcess::NotRunning || writer->waitForFinished(120000));
            const QString err = QString::fromUtf8(writer->readAllStandardError());
            QVERIFY2(writer->exitCode() == 0, qPrintable(err));
            QVERIFY2(!err.contains(QStringLiteral("locked")), qPrintable(err));
        }
        QCOMPARE(sitesIn(database), base + 2 * rows);
        QCOMPARE(
            querySql(database, QStringLiteral("SELECT count(*) FROM site_phases "
                                              "WHERE site_id IN (SELECT fid FROM sites "
                                              "WHERE name LIKE 'Left %' OR name LIKE 'Right %')"))
                .value(0)
                .toInt(),
            2 * rows);
        QCOMPARE(checkDatabase(database, {rowsDigest(database)}), QString());
        qInfo("%d reads while the two imports ran saw %d different states", reads,
              int(seen.size()));
    }
};

QTEST_GUILESS_MAIN(TestFaultInjection)
#include "tst_faultinjection.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// An import killed with SIGKILL half-way leaves the database exactly as it was: it opens,
// passes the integrity check, and holds the same rows. And a failed import changes nothing.
#include "sqlitestore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace atlas;

namespace {

// A digest of every row of every table: the same rows give the same digest, whatever SQLite
// did to the pages.
QByteArray contentDigest(const QString& path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("digest"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery tables(db);
        tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        for (const QString& table : names) {
            QSqlQuery rows(db);
            rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(table));
            while (rows.next()) {
                for (int i = 0; i < rows.record().count(); ++i)
                    hash.addData(QByteArray(rows.value(i).toString().toUtf8() + '\x1f'));
                hash.addData("\x1e");
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("digest"));
    return hash.result();
}

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
        const QByteArray before = contentDigest(db);

        std::unique_ptr<QProcess> import(start({QStringLiteral("--db"), db, QStringLiteral("import-sites"),
                                                 writeSitesCsv(QStringLiteral("many.csv"), 200000)}));
        // Wait until the writing is well under way, then kill it without warning.
        QByteArray progress;
        bool underWay = false;
        import->setReadChannel(QProcess::StandardError);
        while (!underWay && import->waitForReadyRead(60000)) {
            progress += import->readAllStandardError();
            for (const QByteArray& line : progress.split('\n')) {
                if (line.startsWith("importing: ") && line.split(' ').value(1).toLongLong() >= 40000)
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
        QCOMPARE(contentDigest(db), before);
    }

    void failedImportChangesNothingAndSaysWhere()
    {
        const QString db = m_dir.filePath(QStringLiteral("failed.gpkg"));
        std::unique_ptr<QProcess> setup(start({QStringLiteral("--db"), db, QStringLiteral("import-sites"),
                                                writeSitesCsv(QStringLiteral("ok.csv"), 20)}));
        QVERIFY(setup->waitForFinished(60000));
        const QByteArray before = contentDigest(db);
        std::unique_ptr<QProcess> bad(start({QStringLiteral("--db"), db, QStringLiteral("import-sites"),
                                              writeSitesCsv(QStringLiteral("bad.csv"), 3000, true)}));
        QVERIFY(bad->waitForFinished(60000));
        QCOMPARE(bad->exitCode(), 1);
        const QString err = QString::fromUtf8(bad->readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("bad.csv:3001:lat: Latitude must be between -90 and 90")), qPrintable(err));
        QVERIFY(err.contains(QStringLiteral("nothing is imported")));
        QCOMPARE(contentDigest(db), before);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"

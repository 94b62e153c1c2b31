// SPDX-License-Identifier: GPL-3.0-or-later
// Two instances on one database file: both can write (one waits for the other's lock), and
// each sees the other's changes without a restart.
#include "sampledata.h"
#include "db/sqlitestore.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace atlas;

class TestSharing : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void eachSeesTheOthersChanges()
    {
        const QString path = m_dir.filePath(QStringLiteral("shared.gpkg"));
        db::OpenResult a = db::SqliteStore::open(path);
        QVERIFY(a.store);
        QVERIFY(a.store->apply(test::smallAtlas()).ok);
        db::OpenResult b = db::SqliteStore::open(path);
        QVERIFY(b.store);
        QSignalSpy bHeard(b.store.get(), &Store::changed);
        QSignalSpy aHeard(a.store.get(), &Store::changed);

        QVERIFY(a.store->apply(ChangeSet().upsert(test::makeSite(0, QStringLiteral("From A"), 1, 1))).ok);
        QCOMPARE(aHeard.count(), 1); // its own write
        b.store->checkForExternalChanges();
        QCOMPARE(bHeard.count(), 1);
        QVERIFY(b.store->load().dataset.siteByName(QStringLiteral("From A")));

        QVERIFY(b.store->apply(ChangeSet().upsert(test::makeSite(0, QStringLiteral("From B"), 2, 2))).ok);
        a.store->checkForExternalChanges();
        QCOMPARE(aHeard.count(), 2);
        QVERIFY(a.store->load().dataset.siteByName(QStringLiteral("From B")));
        // Nothing new: nothing heard.
        a.store->checkForExternalChanges();
        QCOMPARE(aHeard.count(), 2);
    }

    void pollingFindsChangesOnItsOwn()
    {
        const QString path = m_dir.filePath(QStringLiteral("polled.gpkg"));
        db::OpenResult a = db::SqliteStore::open(path);
        db::OpenResult b = db::SqliteStore::open(path);
        QSignalSpy bHeard(b.store.get(), &Store::changed);
        QVERIFY(a.store->apply(ChangeSet().upsert(test::makeSite(0, QStringLiteral("Polled"), 1, 1, 0))).ok);
        QVERIFY(bHeard.wait(3 * db::SqliteStore::kPollMilliseconds));
    }

    void aWriterWaitsForTheOthersLock()
    {
        const QString path = m_dir.filePath(QStringLiteral("locked.gpkg"));
        db::OpenResult a = db::SqliteStore::open(path);
        QVERIFY(a.store);
        // Another program holds the write lock for a moment.
        std::atomic<bool> locked{false};
        std::thread holder([&] {
            {
                QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
                other.setDatabaseName(path);
                other.open();
                QSqlQuery query(other);
                query.exec(QStringLiteral("BEGIN IMMEDIATE"));
                query.exec(QStringLiteral("INSERT INTO sources (title) VALUES ('held')"));
                locked = true;
                std::this_thread::sleep_for(std::chrono::milliseconds(400));
                query.exec(QStringLiteral("COMMIT"));
                other.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        });
        while (!locked)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        // Within the busy timeout the write waits its turn, then succeeds.
        const WriteResult result = a.store->apply(ChangeSet().upsert(test::makeSite(0, QStringLiteral("After"), 1, 1, 0)));
        holder.join();
        QVERIFY2(result.ok, qPrintable(result.error));
        const Dataset data = a.store->load().dataset;
        QCOMPARE(data.sources.size(), 1);
        QVERIFY(data.siteByName(QStringLiteral("After")));
    }
};

QTEST_GUILESS_MAIN(TestSharing)
#include "tst_sharing.moc"

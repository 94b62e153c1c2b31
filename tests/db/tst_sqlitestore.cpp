// SPDX-License-Identifier: GPL-3.0-or-later
// The Store contract against SQLite.
#include "db/sqlitestore.h"
#include "storecontract.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace atlas::test {

class TestSqliteStore : public StoreContract
{
    Q_OBJECT
protected:
    std::unique_ptr<Store> makeStore() override
    {
        const QString path = m_dir.filePath(QStringLiteral("contract-%1.gpkg").arg(++m_count));
        db::OpenResult opened = db::SqliteStore::open(path);
        if (!opened.store)
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(opened.error));
        return std::move(opened.store);
    }

private Q_SLOTS:
    // Save a Copy replaces what is at the target: never the open database's own files.
    void aCopyNeverGoesOverTheOpenDatabase()
    {
        std::unique_ptr<Store> store = makeStore();
        QVERIFY(store->apply(ChangeSet().upsert(Operator{0, QStringLiteral("Kept"), {}, {}})).ok);
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            const QString error = store->saveCopy(store->location() + suffix);
            QVERIFY2(error.contains(QStringLiteral("open database")), qPrintable(error));
        }
        QCOMPARE(store->load().dataset.operators.size(), 1);
        QCOMPARE(store->saveCopy(m_dir.filePath(QStringLiteral("copy.gpkg"))), QString());
    }

    // The copy is written beside the target and renamed over it: the file there (and a -wal
    // left beside it, which would otherwise be read into the copy) gives way only to a whole
    // copy; a new copy never goes over a file another program made meanwhile.
    void aCopyTakesTheNameOnlyWhenWhole()
    {
        std::unique_ptr<Store> store = makeStore();
        auto* sqlite = static_cast<db::SqliteStore*>(store.get());
        QVERIFY(store->apply(ChangeSet().upsert(Operator{0, QStringLiteral("Copied"), {}, {}})).ok);
        const QString target = m_dir.filePath(QStringLiteral("replaced.gpkg"));
        writeFileBytes(target, "an older file");
        writeFileBytes(target + QStringLiteral("-wal"), QByteArray(4096, 'w'));
        QCOMPARE(store->saveCopy(target), QString());
        QVERIFY(!QFile::exists(target + QStringLiteral("-wal")));
        {
            db::OpenResult copy = db::SqliteStore::open(target);
            QVERIFY2(copy.store, qPrintable(copy.error));
            QCOMPARE(copy.store->load().dataset.operators.first().name, QStringLiteral("Copied"));
        }
        const QString other = m_dir.filePath(QStringLiteral("made-by-another.gpkg"));
        writeFileBytes(other, "another program's file");
        bool alreadyThere = false;
        QVERIFY(!sqlite->saveNewCopy(other, &alreadyThere).isEmpty());
        QVERIFY(alreadyThere);
        QCOMPARE(fileBytes(other), QByteArray("another program's file"));
        // A copy that cannot be written (no such folder) leaves nothing behind.
        QVERIFY(!store->saveCopy(m_dir.filePath(QStringLiteral("missing/copy.gpkg"))).isEmpty());
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.partial*")}, QDir::Files),
                 QStringList());
    }

private:
    QTemporaryDir m_dir;
    int m_count = 0;
};

} // namespace atlas::test

QTEST_GUILESS_MAIN(atlas::test::TestSqliteStore)
#include "tst_sqlitestore.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The Store contract against SQLite.
#include "sqlitestore.h"
#include "storecontract.h"

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
    // Save a Copy removes what is at the target first: never the open database's own files.
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

private:
    QTemporaryDir m_dir;
    int m_count = 0;
};

} // namespace atlas::test

QTEST_GUILESS_MAIN(atlas::test::TestSqliteStore)
#include "tst_sqlitestore.moc"

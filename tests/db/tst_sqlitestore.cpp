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

private:
    QTemporaryDir m_dir;
    int m_count = 0;
};

} // namespace atlas::test

QTEST_GUILESS_MAIN(atlas::test::TestSqliteStore)
#include "tst_sqlitestore.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// An in-memory Store for tests of the core: the same rules as the SQLite schema (unique
// names, references, cascades, all-or-nothing), so the Store contract can run against both.
#pragma once

#include "core/store/store.h"

namespace atlas::test {

class FakeStore : public Store
{
    Q_OBJECT
public:
    explicit FakeStore(QObject* parent = nullptr) : Store(parent) {}

    QString location() const override { return QStringLiteral("memory"); }
    bool isReadOnly() const override { return m_readOnly; }
    QString readOnlyReason() const override
    {
        return m_readOnly ? QStringLiteral("read-only fake") : QString();
    }
    int schemaVersion() const override { return 1; }
    LoadResult load() override;
    WriteResult apply(const ChangeSet& changes, const WriteProgress& progress = {}) override;
    WriteResult applyProduced(const ChangeProducer& produce) override;
    QMap<QString, qint64> rowCounts() override;
    QString saveCopy(const QString&) override { return QStringLiteral("not supported"); }
    QStringList integrityProblems() override { return {}; }

    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    int applyCount() const { return m_applyCount; }

private:
    Dataset m_data;
    Id m_nextId = 1;
    bool m_readOnly = false;
    int m_applyCount = 0;
};

} // namespace atlas::test

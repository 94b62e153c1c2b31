// SPDX-License-Identifier: GPL-3.0-or-later
// A read-only Store over a dataset made in memory, for benchmarks of the views.
#pragma once

#include "core/store/store.h"

namespace atlas::bench {

class FixedStore : public Store
{
    Q_OBJECT
public:
    explicit FixedStore(Dataset data) : m_data(std::move(data)) {}
    QString location() const override { return QStringLiteral("synthetic"); }
    bool isReadOnly() const override { return true; }
    QString readOnlyReason() const override { return QStringLiteral("synthetic data"); }
    int schemaVersion() const override { return 1; }
    LoadResult load() override { return {m_data, {}}; }
    WriteResult apply(const ChangeSet&, const WriteProgress&) override
    {
        return WriteResult::failure(QStringLiteral("read-only"));
    }
    WriteResult applyProduced(const ChangeProducer&) override
    {
        return WriteResult::failure(QStringLiteral("read-only"));
    }
    QMap<QString, qint64> rowCounts() override { return {}; }
    QString saveCopy(const QString&) override { return QStringLiteral("not supported"); }
    QStringList integrityProblems() override { return {}; }

private:
    Dataset m_data;
};

} // namespace atlas::bench

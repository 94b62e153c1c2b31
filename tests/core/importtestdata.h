// SPDX-License-Identifier: GPL-3.0-or-later
// What the import and export tests share: the small sample as a dataset, a CSV text read or
// planned, and a look for a problem at its row and column.
#pragma once

#include "core/io/importplan.h"
#include "core/io/records.h"
#include "fakestore.h"
#include "sampledata.h"

#include <QtGlobal>

#include <algorithm>

namespace atlas::test {

inline Dataset small()
{
    FakeStore store;
    if (!store.apply(smallAtlas()).ok)
        qFatal("seed");
    return store.load().dataset;
}

inline io::RecordTable csvRecords(const QByteArray& text)
{
    io::RecordTable records;
    io::ReadError error;
    if (!io::readCsvRecords(text, &records, &error))
        qWarning("%s", qPrintable(error.message));
    return records;
}

// A CSV file planned with its changes kept.
inline io::KeptPlan planCsv(io::ImportKind kind, const Dataset& data, const QByteArray& text,
                            const io::ImportOptions& options = {})
{
    return io::planKept(kind, data, csvRecords(text), options);
}

inline bool hasIssue(const io::ImportPlan& plan, int row, const QString& column,
                     const QString& words)
{
    return std::any_of(plan.issues.begin(), plan.issues.end(), [&](const io::ImportIssue& issue) {
        return issue.row == row && issue.column == column && issue.message.contains(words);
    });
}

} // namespace atlas::test

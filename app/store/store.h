// SPDX-License-Identifier: GPL-3.0-or-later
// The port through which the core reads and writes the site database. db/ implements it
// over SQLite; tests use an in-memory fake. Every write is one ChangeSet, applied
// all-or-nothing; afterwards the store emits changed() so views reload.
#pragma once

#include "domain/dataset.h"
#include "store/changeset.h"

#include <QMap>
#include <QObject>

#include <functional>

namespace atlas {

struct LoadResult
{
    Dataset dataset;
    QString error; // empty on success
    bool ok() const { return error.isEmpty(); }
};

// Called now and then during a long apply(); return false to cancel (nothing is written).
using WriteProgress = std::function<bool(qsizetype done, qsizetype total)>;

class Store : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Store() override = default;

    // Where the data lives, as a person would name it (a file path for SQLite).
    virtual QString location() const = 0;
    virtual bool isReadOnly() const = 0;
    // Why writes are refused ("the file is read-only"), empty when writable.
    virtual QString readOnlyReason() const = 0;
    virtual int schemaVersion() const = 0;

    virtual LoadResult load() = 0;
    virtual WriteResult apply(const ChangeSet& changes, const WriteProgress& progress = {}) = 0;
    // Rows per table, by table name.
    virtual QMap<QString, qint64> rowCounts() = 0;
    // Writes a consistent copy of everything to a new file; returns the error, or empty.
    virtual QString saveCopy(const QString& path) = 0;
    // Problems a consistency check finds; empty when healthy.
    virtual QStringList integrityProblems() = 0;

Q_SIGNALS:
    // After a successful apply(), or when another process changed the data.
    void changed();
};

} // namespace atlas

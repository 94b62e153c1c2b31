// SPDX-License-Identifier: GPL-3.0-or-later
// The port through which the core reads and writes the site database. db/ implements it
// over SQLite; tests use an in-memory fake. Every write is one ChangeSet, applied
// all-or-nothing; afterwards the store emits changed() so views reload.
#pragma once

#include "core/domain/dataset.h"
#include "core/store/changeset.h"

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

// Where the changes of a produced write go, one at a time, as they are made: an import of a
// million rows is written as it is read, never held whole. A change may refer to the row an
// earlier change of the same write inserts (insertedBy(), counting the changes added so far).
class ChangeSink
{
public:
    virtual ~ChangeSink() = default;
    // Writes the change (or keeps it, for a plan); false when it cannot be, with the reason
    // in error(): the producer should then stop, and nothing of the write is kept.
    virtual bool add(const Change& change) = 0;
    virtual QString error() const = 0;
    // The changes added so far: the index the next change will have.
    virtual qsizetype count() const = 0;

    // A sink may write a change after add() took it (a store's writes on a thread of their
    // own, while the producer reads on), at most kMaxPending changes behind: a change that
    // then cannot be written fails a later add(), or flush(), and failedIndex() says which.
    static constexpr qsizetype kMaxPending = 4096;
    // The index of the change that failed (its reason is error()); -1 while none has.
    virtual qsizetype failedIndex() const { return error().isEmpty() ? -1 : count(); }
    // Waits until every change taken is written; false when one could not be.
    virtual bool flush() { return error().isEmpty(); }
    // The id the store gave the row of the change just added, when the sink writes as it goes;
    // 0 when it does not (later changes then refer to the row with insertedBy()). A producer
    // that refers to rows by their stored ids spares the store resolving placeholders.
    virtual Id lastStoredId() const { return 0; }
};

// Makes the changes of one write from the data as it is at the moment of writing: the store
// calls it holding the write lock, with every row as stored then, so two writers can never
// plan from the same snapshot (and number their new rows alike). Returns false to keep
// nothing (a problem in the input, or Cancel).
using ChangeProducer = std::function<bool(const Dataset& current, ChangeSink& sink)>;

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
    // One all-or-nothing write whose changes `produce` makes under the write lock (above).
    // WriteResult::ids has the stored id of each change the producer added.
    virtual WriteResult applyProduced(const ChangeProducer& produce) = 0;
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

// SPDX-License-Identifier: GPL-3.0-or-later
// A batch of row changes that a Store applies all-or-nothing, in order. Undo commands,
// imports and the sample database are all written as change sets.
#pragma once

#include "domain/entities.h"

#include <QString>
#include <QVector>

#include <variant>

namespace atlas {

using Row = std::variant<Source, Operator, GpuModel, Site, SitePhase, FiberLink, Claim,
                         ScenarioRecord>;

struct Change
{
    enum class Kind {
        Upsert, // insert when the row's id is 0 or not stored yet, otherwise update
        Remove  // delete the row with this id (and what cascades with it)
    };
    Kind kind = Kind::Upsert;
    Row row;
};

Id rowId(const Row& row);
// "site", "fiber link", ... for messages.
QString rowKindName(const Row& row);

class ChangeSet
{
public:
    ChangeSet() = default;
    explicit ChangeSet(QString description) : m_description(std::move(description)) {}

    template <typename T>
    ChangeSet& upsert(T row)
    {
        m_changes.append({Change::Kind::Upsert, Row(std::move(row))});
        return *this;
    }
    template <typename T>
    ChangeSet& remove(Id id)
    {
        T row;
        row.id = id;
        m_changes.append({Change::Kind::Remove, Row(std::move(row))});
        return *this;
    }
    // The same for a row of any type.
    ChangeSet& upsertRow(Row row)
    {
        m_changes.append({Change::Kind::Upsert, std::move(row)});
        return *this;
    }
    ChangeSet& removeRow(Row row)
    {
        m_changes.append({Change::Kind::Remove, std::move(row)});
        return *this;
    }
    void append(const ChangeSet& other) { m_changes += other.m_changes; }

    const QString& description() const { return m_description; }
    const QVector<Change>& changes() const { return m_changes; }
    bool isEmpty() const { return m_changes.isEmpty(); }
    qsizetype size() const { return m_changes.size(); }

private:
    QString m_description;
    QVector<Change> m_changes;
};

struct WriteResult
{
    bool ok = false;
    QString error;        // what went wrong and, where it can, which row and what to do
    int failedChange = -1; // index into the change set of the change that failed
    QVector<Id> ids;       // after success: the stored id of each change's row, in order
    bool cancelled = false;

    static WriteResult failure(QString message, int change = -1)
    {
        WriteResult result;
        result.error = std::move(message);
        result.failedChange = change;
        return result;
    }
};

} // namespace atlas

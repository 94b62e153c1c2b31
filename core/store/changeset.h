// SPDX-License-Identifier: GPL-3.0-or-later
// A batch of row changes that a Store applies all-or-nothing, in order. Undo commands,
// imports and the sample database are all written as change sets.
#pragma once

#include "core/domain/entities.h"

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
// "site", "fiber link", ... for messages, in the translation context "atlas::ChangeSet".
QString rowKindName(const Row& row);

// A reference to the row an earlier change of the same set inserts, before the store has
// given it an id: the phases of a site that a form adds refer to it as insertedBy(0).
constexpr Id insertedBy(qsizetype changeIndex) { return -(changeIndex + 1); }
// Whether any reference of the row (its operator, site, ends, GPU model, source) is such a
// placeholder.
bool hasPlaceholders(const Row& row);
// Replaces placeholders with the ids the store gave the earlier changes (WriteResult::ids,
// so far). Returns false, leaving the row as it was, when one points at a change that has no
// id yet (it comes later in the set, or there is no such change).
bool resolvePlaceholders(Row* row, const QVector<Id>& storedIds);

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
    void append(const Change& change) { m_changes.append(change); }

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

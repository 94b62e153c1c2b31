// SPDX-License-Identifier: GPL-3.0-or-later
// Applies a ChangeSet to the database file in one IMMEDIATE transaction, on a connection of
// its own through SQLite's C API (see rawsqlite.h), keeping the GeoPackage side in step:
// geometry blobs follow lon/lat, and gpkg_contents records the layers' extents and time of
// change.
#pragma once

#include "db/rawsqlite.h"
#include "core/store/changeset.h"
#include "core/store/store.h"

#include <QSet>

#include <array>
#include <functional>

namespace atlas::db {

class SqliteWriter
{
public:
    explicit SqliteWriter(RawConnection& connection) : m_db(connection) {}

    WriteResult apply(const ChangeSet& changes, const WriteProgress& progress);
    // Runs SQL text (the sample data) in one transaction, then writes every geometry.
    QString runScript(const QString& script);

    // The same write in steps, for changes made while they are written (Store::applyProduced):
    // begin(), write() each change, then commit() or rollback().
    bool begin(QString* error);
    // Checks and writes one change, its placeholders resolved with the ids written so far.
    // Returns the stored id, or 0 and sets *error (the caller then rolls back).
    Id write(const Change& change, QString* error);
    // The same for a change the caller no longer needs: its placeholders are resolved in
    // place rather than in a copy.
    Id write(Change&& change, QString* error);
    // The rows' geometry and the layers' extents brought up to date, then COMMIT; rolls back
    // and returns the error when any of it fails.
    QString commit();
    void rollback();
    // The stored id of each change written so far.
    const QVector<Id>& ids() const { return m_ids; }
    // Why the row of an upsert cannot be stored, before anything is written; empty when it can.
    static QString check(const Change& change);

private:
    // One prepared statement of each kind per row type (the index of the Row variant),
    // each prepared when first needed.
    enum class Kind { Update, Insert, InsertWithId, Remove, Count };
    using Statements = std::array<RawStatement, size_t(Kind::Count)>;

    QString errorText(const Change* change) const;
    // Returns the stored id, or 0 and sets *error.
    Id applyOne(const Change& change, QString* error);
    template <typename T>
    Id upsert(const T& row, const Change& change, QString* error);
    template <typename T>
    bool remove(Id id, const Change& change, QString* error);
    // The prepared statement, or null and *error (which names what failed) when SQLite
    // cannot prepare it.
    template <typename T>
    RawStatement* statementFor(Kind kind, QString* error);
    // Steps through every row of a query; the error when it does not prepare or a step fails.
    QString readRows(RawStatement& statement, const char* table, const char* what,
                     const std::function<void(const RawStatement&)>& each);
    QString writeBlobs(const char* table, const QVector<std::pair<Id, QByteArray>>& blobs);
    // The rows of a site's, phase's or GPU model's child table (references, chips, aliases)
    // made to match the entity; `replace` first deletes what an update may have left.
    bool writeChildren(const Site& site, Id id, bool replace, const Change& change, QString* error);
    bool writeChildren(const SitePhase& phase, Id id, bool replace, const Change& change,
                       QString* error);
    bool writeChildren(const GpuModel& model, Id id, bool replace, const Change& change,
                       QString* error);
    RawStatement& childStatement(int which, const char* sql);
    QString refreshGeometry(bool allLinks);
    QString refreshContents();

    RawConnection& m_db;
    std::array<Statements, std::variant_size_v<Row>> m_statements;
    std::array<RawStatement, 6> m_childStatements; // delete and insert for each child table
    QSet<Id> m_movedSites;
    QSet<Id> m_touchedLinks;
    QVector<Id> m_ids;
    bool m_sitesTouched = false;
    bool m_linksTouched = false;
};

} // namespace atlas::db

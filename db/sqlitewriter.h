// SPDX-License-Identifier: GPL-3.0-or-later
// Applies a ChangeSet to the database file in one IMMEDIATE transaction, on a connection of
// its own through SQLite's C API (see rawsqlite.h), keeping the GeoPackage side in step:
// geometry blobs follow lon/lat, and gpkg_contents records the layers' extents and time of
// change.
#pragma once

#include "rawsqlite.h"
#include "store/changeset.h"
#include "store/store.h"

#include <QSet>

#include <array>

namespace atlas::db {

class SqliteWriter
{
public:
    explicit SqliteWriter(RawConnection& connection) : m_db(connection) {}

    WriteResult apply(const ChangeSet& changes, const WriteProgress& progress);
    // Runs SQL text (the sample data) in one transaction, then writes every geometry.
    QString runScript(const QString& script);

private:
    // One prepared statement of each kind per row type (the index of the Row variant).
    struct Statements
    {
        RawStatement update, insert, insertWithId, remove;
    };

    bool begin(QString* error);
    void rollback();
    QString errorText(const Change* change) const;
    // Returns the stored id, or 0 and sets *error.
    Id applyOne(const Change& change, QString* error);
    template <typename T>
    Id upsert(const T& row, const Change& change, QString* error);
    template <typename T>
    bool remove(Id id, const Change& change, QString* error);
    template <typename T>
    Statements& statementsFor(const T& row);
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
    bool m_sitesTouched = false;
    bool m_linksTouched = false;
};

} // namespace atlas::db

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
#include <functional>

namespace atlas::db {

class SqliteWriter
{
public:
    explicit SqliteWriter(RawConnection& connection) : m_db(connection) {}

    WriteResult apply(const ChangeSet& changes, const WriteProgress& progress);
    // Runs SQL text (the sample data) in one transaction, then writes every geometry.
    QString runScript(const QString& script);

private:
    // One prepared statement of each kind per row type (the index of the Row variant),
    // each prepared when first needed.
    enum class Kind { Update, Insert, InsertWithId, Remove, Count };
    using Statements = std::array<RawStatement, size_t(Kind::Count)>;

    bool begin(QString* error);
    void rollback();
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
    QString refreshGeometry(bool allLinks);
    QString refreshContents();

    RawConnection& m_db;
    std::array<Statements, std::variant_size_v<Row>> m_statements;
    QSet<Id> m_movedSites;
    QSet<Id> m_touchedLinks;
    bool m_sitesTouched = false;
    bool m_linksTouched = false;
};

} // namespace atlas::db

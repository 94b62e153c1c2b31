// SPDX-License-Identifier: GPL-3.0-or-later
// Applies a ChangeSet to an open connection in one IMMEDIATE transaction, keeping the
// GeoPackage side in step: geometry blobs follow lon/lat, and gpkg_contents records the
// layers' extents and time of change.
#pragma once

#include "store/changeset.h"
#include "store/store.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <map>

namespace atlas::db {

class SqliteWriter
{
public:
    explicit SqliteWriter(QSqlDatabase db) : m_db(std::move(db)) {}

    WriteResult apply(const ChangeSet& changes, const WriteProgress& progress);
    // Runs SQL text (the sample data) in one transaction, then writes every geometry.
    QString runScript(const QString& script);

private:
    bool begin(QString* error);
    void rollback();
    // Returns the stored id, or 0 and sets *error.
    Id applyOne(const Change& change, QString* error);
    template <typename T>
    Id upsert(const T& row, const Change& change, QString* error);
    template <typename T>
    bool remove(Id id, const Change& change, QString* error);
    QSqlQuery& prepared(const QString& sql);
    QString refreshGeometry(bool allLinks);
    QString refreshContents();

    QSqlDatabase m_db;
    std::map<QString, QSqlQuery> m_statements;
    QSet<Id> m_movedSites;
    QSet<Id> m_touchedLinks;
    bool m_sitesTouched = false;
    bool m_linksTouched = false;
};

} // namespace atlas::db

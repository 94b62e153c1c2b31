// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/schemakeeper.h"

#include "db/geopackageenvelope.h"
#include "db/rtreeindexes.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace atlas::db {
namespace {

bool names(const QString& script, const QString& name)
{
    const QRegularExpression word(
        QStringLiteral("(?<![\\w$])%1(?![\\w$])").arg(QRegularExpression::escape(name)),
        QRegularExpression::CaseInsensitiveOption);
    return word.match(script).hasMatch();
}

// Runs one statement with its values bound; the error, or empty.
QString exec(QSqlDatabase& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (query.exec())
        return {};
    return QStringLiteral("%1 (%2)").arg(query.lastError().databaseText(), sql.left(60));
}

// Fills the R-tree from its table, measuring each blob as the triggers would. *measurable is
// false when a blob cannot be measured (the index is then removed rather than left wrong).
QString refill(QSqlDatabase& db, const RTreeIndex& index, const QString& key, bool* measurable)
{
    // A new, empty R-tree rather than DELETE, which costs more than filling it (1.8 s against
    // 1.2 s for 200,000 sites).
    const QString rtree = quotedName(index.rtreeTable());
    QString create;
    {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = ?"));
        query.addBindValue(index.rtreeTable());
        if (!query.exec() || !query.next())
            return query.lastError().databaseText();
        create = query.value(0).toString();
    }
    if (QString error = exec(db, QStringLiteral("DROP TABLE %1").arg(rtree)); !error.isEmpty())
        return error;
    if (QString error = exec(db, create); !error.isEmpty())
        return error;
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT %1, %2 FROM %3 WHERE %2 IS NOT NULL")
                       .arg(quotedName(key), quotedName(index.column), quotedName(index.table))))
        return rows.lastError().databaseText();
    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral("INSERT INTO %1 VALUES (?, ?, ?, ?, ?)").arg(rtree)))
        return insert.lastError().databaseText();
    *measurable = true;
    while (rows.next()) {
        const GeometryEnvelope box = geometryEnvelope(rows.value(1).toByteArray());
        if (box.kind == GeometryEnvelope::Kind::Unreadable) {
            *measurable = false;
            return {};
        }
        if (box.kind != GeometryEnvelope::Kind::Bounded)
            continue; // empty, or not a GeoPackage blob: the triggers leave it out too
        insert.bindValue(0, rows.value(0));
        insert.bindValue(1, box.minX);
        insert.bindValue(2, box.maxX);
        insert.bindValue(3, box.minY);
        insert.bindValue(4, box.maxY);
        if (!insert.exec())
            return insert.lastError().databaseText();
    }
    return {};
}

} // namespace

QString SchemaKeeper::takeOff(QSqlDatabase& db, const QString& script)
{
    for (const RTreeIndex& index : rtreeIndexes(db))
        m_indexes.append({index, {}});

    QVector<Object> views;
    QVector<std::pair<Object, int>> triggers; // with the R-tree index they belong to, or -1
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                       "WHERE type IN ('view', 'trigger') ORDER BY rowid")))
            return query.lastError().databaseText();
        while (query.next()) {
            const Object object{query.value(1).toString(), query.value(2).toString(),
                                query.value(3).toString()};
            if (names(script, object.name))
                continue;
            if (query.value(0).toString() == QLatin1String("view")) {
                views.append(object);
                continue;
            }
            int owner = -1;
            for (int i = 0; i < m_indexes.size(); ++i) {
                const RTreeIndex& index = m_indexes[i].index;
                const QString prefix = index.rtreeTable() + QLatin1Char('_');
                if (object.table.compare(index.table, Qt::CaseInsensitive) == 0 &&
                    object.name.startsWith(prefix, Qt::CaseInsensitive))
                    owner = i;
            }
            triggers.append({object, owner});
        }
    } // the query is finished before anything is dropped
    for (const Object& view : views) {
        if (QString error = exec(db, QStringLiteral("DROP VIEW %1").arg(quotedName(view.name)));
            !error.isEmpty())
            return error;
    }
    m_views = views;
    for (const auto& [trigger, owner] : triggers) {
        if (owner < 0) {
            m_triggers.append(trigger);
            continue;
        }
        if (QString error =
                exec(db, QStringLiteral("DROP TRIGGER %1").arg(quotedName(trigger.name)));
            !error.isEmpty())
            return error;
        m_indexes[owner].triggers.append(trigger);
    }
    return {};
}

QString SchemaKeeper::putBack(QSqlDatabase& db)
{

    for (const Object& trigger : std::as_const(m_triggers)) {
        // Still there: its table was not rebuilt. Its table gone for good: so is it.
        if (schemaObjectExists(db, "trigger", trigger.name) ||
            !schemaObjectExists(db, "table", trigger.table))
            continue;
        if (QString error = exec(db, trigger.sql); !error.isEmpty())
            return error;
    }
    for (const KeptIndex& kept : std::as_const(m_indexes)) {
        if (QString error = putBackIndex(db, kept); !error.isEmpty())
            return error;
    }
    for (const Object& view : std::as_const(m_views)) {
        if (schemaObjectExists(db, "view", view.name))
            continue; // the step made one of that name
        if (QString error = exec(db, view.sql); !error.isEmpty())
            return error;
    }
    return {};
}

QString SchemaKeeper::putBackIndex(QSqlDatabase& db, const KeptIndex& kept)
{
    const RTreeIndex& index = kept.index;
    const QString rtree = index.rtreeTable();
    const QString key = integerKeyWithColumn(db, index.table, index.column);
    QStringList triggerNames;
    for (const Object& trigger : kept.triggers)
        triggerNames << trigger.name;
    // An index kept up by fewer triggers than GDAL makes (one an older Compute Atlas let a
    // rebuilt table drop, say) would go stale again with the next write.
    bool measurable = false;
    if (keepsIndexUp(triggerNames) && !key.isEmpty() && schemaObjectExists(db, "table", rtree)) {
        for (const Object& trigger : kept.triggers) {
            if (QString error = exec(db, trigger.sql); !error.isEmpty())
                return error;
        }
        if (QString error = refill(db, index, key, &measurable); !error.isEmpty())
            return error;
        if (measurable)
            return {};
    }
    // The table, its column, its key or the index's triggers are gone (or a geometry cannot be
    // measured): remove the index whole, so that no reader trusts a stale one.
    for (const Object& trigger : kept.triggers) {
        if (QString error =
                exec(db, QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(quotedName(trigger.name)));
            !error.isEmpty())
            return error;
    }
    if (QString error = exec(db, QStringLiteral("DROP TABLE IF EXISTS %1").arg(quotedName(rtree)));
        !error.isEmpty())
        return error;
    return exec(
        db,
        QStringLiteral("DELETE FROM gpkg_extensions WHERE extension_name = 'gpkg_rtree_index' "
                       "AND table_name = ? AND column_name = ?"),
        {index.table, index.column});
}

} // namespace atlas::db

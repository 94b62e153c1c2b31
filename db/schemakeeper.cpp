// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemakeeper.h"

#include "geopackageenvelope.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace atlas::db {
namespace {

QString quoted(const QString& name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

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

bool exists(QSqlDatabase& db, const char* type, const QString& name)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = ? AND name = ?"));
    query.addBindValue(QLatin1String(type));
    query.addBindValue(name);
    return query.exec() && query.next();
}

// The table's INTEGER PRIMARY KEY (its rowid, which the R-tree's ids are), or empty when the
// table or the column is gone.
QString integerKeyWithColumn(QSqlDatabase& db, const QString& table, const QString& column)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT name, pk, upper(type) FROM pragma_table_info(?)"));
    query.addBindValue(table);
    if (!query.exec())
        return {};
    QString key;
    int keys = 0;
    bool hasColumn = false;
    while (query.next()) {
        hasColumn =
            hasColumn || query.value(0).toString().compare(column, Qt::CaseInsensitive) == 0;
        if (query.value(1).toInt() > 0) {
            ++keys;
            if (query.value(2).toString() == QLatin1String("INTEGER"))
                key = query.value(0).toString();
        }
    }
    return hasColumn && keys == 1 ? key : QString();
}

QVector<std::pair<QString, QString>> rtreeIndexes(QSqlDatabase& db)
{
    QVector<std::pair<QString, QString>> indexes;
    if (!exists(db, "table", QStringLiteral("gpkg_extensions")))
        return indexes;
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT table_name, column_name FROM gpkg_extensions "
                                  "WHERE extension_name = 'gpkg_rtree_index'"))) {
        while (query.next())
            indexes.append({query.value(0).toString(), query.value(1).toString()});
    }
    return indexes;
}

QString rtreeName(const QString& table, const QString& column)
{
    return QStringLiteral("rtree_%1_%2").arg(table, column);
}

// Fills the R-tree from its table, measuring each blob as the triggers would. *measurable is
// false when a blob cannot be measured (the index is then removed rather than left wrong).
QString refill(QSqlDatabase& db, const QString& table, const QString& column, const QString& key,
               bool* measurable)
{
    // A new, empty R-tree rather than DELETE, which costs more than filling it (1.8 s against
    // 1.2 s for 200,000 sites).
    const QString rtree = quoted(rtreeName(table, column));
    QString create;
    {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = ?"));
        query.addBindValue(rtreeName(table, column));
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
                       .arg(quoted(key), quoted(column), quoted(table))))
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
    for (const auto& [table, column] : rtreeIndexes(db))
        m_indexes.append({table, column, {}});

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
                const QString prefix =
                    rtreeName(m_indexes[i].table, m_indexes[i].column) + QLatin1Char('_');
                if (object.table.compare(m_indexes[i].table, Qt::CaseInsensitive) == 0 &&
                    object.name.startsWith(prefix, Qt::CaseInsensitive))
                    owner = i;
            }
            triggers.append({object, owner});
        }
    } // the query is finished before anything is dropped
    for (const Object& view : views) {
        if (QString error = exec(db, QStringLiteral("DROP VIEW %1").arg(quoted(view.name)));
            !error.isEmpty())
            return error;
    }
    m_views = views;
    for (const auto& [trigger, owner] : triggers) {
        if (owner < 0) {
            m_triggers.append(trigger);
            continue;
        }
        if (QString error = exec(db, QStringLiteral("DROP TRIGGER %1").arg(quoted(trigger.name)));
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
        if (exists(db, "trigger", trigger.name) || !exists(db, "table", trigger.table))
            continue;
        if (QString error = exec(db, trigger.sql); !error.isEmpty())
            return error;
    }
    for (const RTreeIndex& index : std::as_const(m_indexes)) {
        if (QString error = putBackIndex(db, index); !error.isEmpty())
            return error;
    }
    for (const Object& view : std::as_const(m_views)) {
        if (exists(db, "view", view.name))
            continue; // the step made one of that name
        if (QString error = exec(db, view.sql); !error.isEmpty())
            return error;
    }
    return {};
}

QString SchemaKeeper::putBackIndex(QSqlDatabase& db, const RTreeIndex& index)
{
    const QString rtree = rtreeName(index.table, index.column);
    const QString key = integerKeyWithColumn(db, index.table, index.column);
    // An index kept up by fewer triggers than GDAL makes (one an older Compute Atlas let a
    // rebuilt table drop, say) would go stale again with the next write.
    const auto hasTrigger = [&index](const char* part) {
        return std::any_of(index.triggers.begin(), index.triggers.end(), [part](const Object& t) {
            return t.name.contains(QLatin1String(part), Qt::CaseInsensitive);
        });
    };
    const bool complete = hasTrigger("_insert") && hasTrigger("_update") && hasTrigger("_delete");
    bool measurable = false;
    if (complete && !key.isEmpty() && exists(db, "table", rtree)) {
        for (const Object& trigger : index.triggers) {
            if (QString error = exec(db, trigger.sql); !error.isEmpty())
                return error;
        }
        if (QString error = refill(db, index.table, index.column, key, &measurable);
            !error.isEmpty())
            return error;
        if (measurable)
            return {};
    }
    // The table, its column, its key or the index's triggers are gone (or a geometry cannot be
    // measured): remove the index whole, so that no reader trusts a stale one.
    for (const Object& trigger : index.triggers) {
        if (QString error =
                exec(db, QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(quoted(trigger.name)));
            !error.isEmpty())
            return error;
    }
    if (QString error = exec(db, QStringLiteral("DROP TABLE IF EXISTS %1").arg(quoted(rtree)));
        !error.isEmpty())
        return error;
    return exec(
        db,
        QStringLiteral("DELETE FROM gpkg_extensions WHERE extension_name = 'gpkg_rtree_index' "
                       "AND table_name = ? AND column_name = ?"),
        {index.table, index.column});
}

} // namespace atlas::db

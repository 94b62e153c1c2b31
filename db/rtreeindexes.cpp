// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/rtreeindexes.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace atlas::db {

QVector<RTreeIndex> rtreeIndexes(QSqlDatabase& db)
{
    QVector<RTreeIndex> indexes;
    if (!schemaObjectExists(db, "table", QStringLiteral("gpkg_extensions")))
        return indexes;
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT table_name, column_name FROM gpkg_extensions "
                                  "WHERE extension_name = 'gpkg_rtree_index'"))) {
        while (query.next())
            indexes.append({query.value(0).toString(), query.value(1).toString()});
    }
    return indexes;
}

bool keepsIndexUp(const QStringList& triggerNames)
{
    const auto has = [&triggerNames](const char* suffix) {
        return std::any_of(triggerNames.begin(), triggerNames.end(), [suffix](const QString& name) {
            return name.contains(QLatin1String(suffix), Qt::CaseInsensitive);
        });
    };
    return has("_insert") && has("_update") && has("_delete");
}

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

bool schemaObjectExists(QSqlDatabase& db, const char* type, const QString& name)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = ? AND name = ?"));
    query.addBindValue(QLatin1String(type));
    query.addBindValue(name);
    return query.exec() && query.next();
}

QString quotedName(const QString& name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

} // namespace atlas::db

// SPDX-License-Identifier: GPL-3.0-or-later
#include "tempdatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace atlas::test {
namespace {

template <typename Body>
auto withConnection(const QString& path, Body body)
{
    static int counter = 0;
    const QString name = QStringLiteral("test-raw-%1").arg(++counter);
    decltype(body(std::declval<QSqlDatabase&>())) result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.open();
        QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        result = body(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

FileFingerprint fingerprint(const QString& path)
{
    FileFingerprint print;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        print.hash = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    print.modified = QFileInfo(path).lastModified();
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        if (QFile::exists(path + QLatin1String(suffix)))
            print.companions << QLatin1String(suffix);
    }
    return print;
}

QByteArray rowsDigest(const QString& path)
{
    return withConnection(path, [](QSqlDatabase& db) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QSqlQuery tables(db);
        tables.exec(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        for (const QString& table : names) {
            QStringList columns;
            QSqlQuery info(db);
            info.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table));
            while (info.next()) {
                const QString column = info.value(1).toString();
                if (column != QLatin1String("last_change") && column != QLatin1String("modified"))
                    columns << QLatin1Char('"') + column + QLatin1Char('"');
            }
            hash.addData(QByteArray(table.toUtf8() + '\x1d'));
            QStringList order; // every column, so rows equal in the first keep one order
            for (int i = 1; i <= columns.size(); ++i)
                order << QString::number(i);
            QSqlQuery rows(db);
            rows.exec(
                QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY %3")
                    .arg(columns.join(QLatin1Char(',')), table, order.join(QLatin1Char(','))));
            while (rows.next()) {
                for (int i = 0; i < columns.size(); ++i)
                    hash.addData(QByteArray(rows.value(i).toString().toUtf8() + '\x1f'));
                hash.addData("\x1e");
            }
        }
        return hash.result();
    });
}

QString execSql(const QString& path, const QString& sql, const QVariantList& values)
{
    return withConnection(path, [&](QSqlDatabase& db) {
        QSqlQuery query(db);
        query.prepare(sql);
        for (const QVariant& value : values)
            query.addBindValue(value);
        return query.exec() ? QString() : query.lastError().databaseText();
    });
}

QVariantList querySql(const QString& path, const QString& sql)
{
    return withConnection(path, [&](QSqlDatabase& db) {
        QVariantList values;
        QSqlQuery query(db);
        if (query.exec(sql)) {
            while (query.next())
                values << query.value(0);
        }
        return values;
    });
}

QString damageSiteNameIndex(const QString& path)
{
    if (QString error = execSql(path, QStringLiteral("CREATE INDEX scratch ON sites(city)"));
        !error.isEmpty())
        return error;
    const QVariantList roots =
        querySql(path, QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name IN "
                                      "('sqlite_autoindex_sites_1', 'scratch') ORDER BY name"));
    if (roots.size() != 2)
        return QStringLiteral("no index on the sites' names");
    // Each statement on a connection of its own: SQLite reads the new root pages when it
    // next loads the schema.
    const QString swap = withConnection(path, [&](QSqlDatabase& db) {
        QSqlQuery query(db);
        query.exec(QStringLiteral("PRAGMA writable_schema = ON"));
        for (int i = 0; i < 2; ++i) {
            query.prepare(QStringLiteral("UPDATE sqlite_master SET rootpage = ? WHERE name = ?"));
            query.addBindValue(roots[1 - i]);
            query.addBindValue(i == 0 ? QStringLiteral("scratch")
                                      : QStringLiteral("sqlite_autoindex_sites_1"));
            if (!query.exec())
                return query.lastError().databaseText();
        }
        return QString();
    });
    if (!swap.isEmpty())
        return swap;
    return execSql(path, QStringLiteral("DROP INDEX scratch")); // frees the names' b-tree
}

} // namespace atlas::test

// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitewriter.h"

#include "domain/validation.h"
#include "geopackagegeometry.h"
#include "rowmapping.h"
#include "sqlerrortext.h"
#include "sqlscript.h"

#include <QCoreApplication>
#include <QSqlError>

namespace atlas::db {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("atlas::db::SqliteWriter", text); }

FieldErrors validateRow(const Row& row)
{
    return std::visit([](const auto& r) { return validate(r); }, row);
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

// Every change is checked before the transaction starts: a bad row in an import of 100,000
// is found without writing (and rolling back) the 99,999 before it.
QString firstInvalid(const ChangeSet& changes, int* index)
{
    for (int i = 0; i < changes.changes().size(); ++i) {
        const Change& change = changes.changes()[i];
        if (change.kind != Change::Kind::Upsert)
            continue;
        const FieldErrors errors = validateRow(change.row);
        if (!errors.isEmpty()) {
            *index = i;
            return QStringLiteral("%1: %2").arg(rowKindName(change.row), errors.first().message);
        }
    }
    return {};
}

} // namespace

QSqlQuery& SqliteWriter::prepared(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(m_db);
        query.prepare(sql);
        it = m_statements.emplace(sql, std::move(query)).first;
    }
    return it->second;
}

bool SqliteWriter::begin(QString* error)
{
    // IMMEDIATE takes the write lock now (waiting up to the busy timeout), so two writers
    // queue instead of one failing halfway with SQLITE_BUSY.
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return true;
    *error = describeFileError(query.lastError());
    if (error->isEmpty())
        *error = query.lastError().text();
    return false;
}

void SqliteWriter::rollback()
{
    m_statements.clear(); // finalize statements first, or ROLLBACK may report them busy
    QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
}

WriteResult SqliteWriter::apply(const ChangeSet& changes, const WriteProgress& progress)
{
    int invalidAt = -1;
    if (QString invalid = firstInvalid(changes, &invalidAt); !invalid.isEmpty())
        return WriteResult::failure(invalid, invalidAt);

    QString error;
    if (!begin(&error))
        return WriteResult::failure(error);

    WriteResult result;
    const qsizetype total = changes.size();
    result.ids.reserve(total);
    for (qsizetype i = 0; i < total; ++i) {
        if (progress && i % 1000 == 0 && !progress(i, total)) {
            rollback();
            result.cancelled = true;
            result.error = tr("Cancelled; nothing was changed.");
            return result;
        }
        const Id id = applyOne(changes.changes()[i], &error);
        if (id == 0) {
            rollback();
            return WriteResult::failure(error, int(i));
        }
        result.ids.append(id);
    }
    if (error = refreshGeometry(false); error.isEmpty())
        error = refreshContents();
    m_statements.clear();
    QSqlQuery commit(m_db);
    if (error.isEmpty() && !commit.exec(QStringLiteral("COMMIT"))) {
        error = describeFileError(commit.lastError());
        if (error.isEmpty())
            error = commit.lastError().text();
    }
    if (!error.isEmpty()) {
        rollback();
        return WriteResult::failure(error);
    }
    if (progress)
        progress(total, total);
    result.ok = true;
    return result;
}

QString SqliteWriter::runScript(const QString& script)
{
    QString error;
    if (!begin(&error))
        return error;
    error = runSqlScript(m_db, script);
    if (error.isEmpty()) {
        m_sitesTouched = m_linksTouched = true;
        error = refreshGeometry(true);
    }
    if (error.isEmpty())
        error = refreshContents();
    m_statements.clear();
    if (error.isEmpty() && !QSqlQuery(m_db).exec(QStringLiteral("COMMIT")))
        error = m_db.lastError().text();
    if (!error.isEmpty())
        rollback();
    return error;
}

Id SqliteWriter::applyOne(const Change& change, QString* error)
{
    return std::visit(
        [&](const auto& row) -> Id {
            using T = std::decay_t<decltype(row)>;
            if (change.kind == Change::Kind::Remove)
                return remove<T>(row.id, change, error) ? row.id : 0;
            return upsert(row, change, error);
        },
        change.row);
}

template <typename T>
Id SqliteWriter::upsert(const T& row, const Change& change, QString* error)
{
    const TableInfo& info = tableInfo(Tag<T>{});
    const QVariantList values = toValues(row);
    const QString table = QLatin1String(info.table);
    const QString idColumn = QLatin1String(info.idColumn);
    Id id = row.id;

    bool updated = false;
    if (id != 0) {
        QStringList assignments;
        for (const QString& column : info.columns)
            assignments << column + QStringLiteral(" = ?");
        QSqlQuery& update = prepared(QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?")
                                         .arg(table, assignments.join(QStringLiteral(", ")),
                                              idColumn));
        for (const QVariant& value : values)
            update.addBindValue(value);
        update.addBindValue(id);
        if (!update.exec()) {
            *error = describeWriteError(update.lastError(), change);
            return 0;
        }
        updated = update.numRowsAffected() > 0;
    }
    if (!updated) {
        // A new row, or one coming back with its old id (undo of a delete).
        const QString columns = (id != 0 ? idColumn + QStringLiteral(", ") : QString()) +
                                info.columns.join(QStringLiteral(", "));
        QSqlQuery& insert =
            prepared(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                         .arg(table, columns, placeholders(values.size() + (id != 0 ? 1 : 0))));
        if (id != 0)
            insert.addBindValue(id);
        for (const QVariant& value : values)
            insert.addBindValue(value);
        if (!insert.exec()) {
            *error = describeWriteError(insert.lastError(), change);
            return 0;
        }
        id = insert.lastInsertId().toLongLong();
    }
    if constexpr (std::is_same_v<T, Site>) {
        m_sitesTouched = true;
        if (updated)
            m_movedSites.insert(id);
    } else if constexpr (std::is_same_v<T, FiberLink>) {
        m_linksTouched = true;
        m_touchedLinks.insert(id);
    }
    return id;
}

template <typename T>
bool SqliteWriter::remove(Id id, const Change& change, QString* error)
{
    const TableInfo& info = tableInfo(Tag<T>{});
    QSqlQuery& query = prepared(QStringLiteral("DELETE FROM %1 WHERE %2 = ?")
                                    .arg(QLatin1String(info.table), QLatin1String(info.idColumn)));
    query.addBindValue(id);
    if (!query.exec()) {
        *error = describeWriteError(query.lastError(), change);
        return false;
    }
    if (query.numRowsAffected() == 0) {
        *error = tr("The %1 to delete (id %2) is no longer in the database; another window "
                    "or program may have deleted it.")
                     .arg(rowKindName(change.row))
                     .arg(id);
        return false;
    }
    // Deleting a site cascades to its links: the links layer changed too.
    m_sitesTouched = m_sitesTouched || std::is_same_v<T, Site>;
    m_linksTouched = m_linksTouched || std::is_same_v<T, Site> || std::is_same_v<T, FiberLink>;
    return true;
}

QString SqliteWriter::refreshGeometry(bool allLinks)
{
    if (!allLinks && m_movedSites.isEmpty() && m_touchedLinks.isEmpty())
        return {};
    if (allLinks) {
        // The sample data and other SQL scripts give lon/lat only: write every point.
        QSqlQuery points(m_db);
        points.setForwardOnly(true);
        if (!points.exec(QStringLiteral("SELECT fid, lon, lat FROM sites")))
            return points.lastError().text();
        QSqlQuery& update = prepared(QStringLiteral("UPDATE sites SET geom = ? WHERE fid = ?"));
        while (points.next()) {
            update.addBindValue(encodePoint({points.value(1).toDouble(), points.value(2).toDouble()}));
            update.addBindValue(points.value(0));
            if (!update.exec())
                return update.lastError().text();
        }
    }
    QSqlQuery ends(m_db);
    ends.setForwardOnly(true);
    if (!ends.exec(QStringLiteral(
            "SELECT l.fid, l.site_a, l.site_b, a.lon, a.lat, b.lon, b.lat FROM fiber_links l "
            "JOIN sites a ON a.fid = l.site_a JOIN sites b ON b.fid = l.site_b")))
        return ends.lastError().text();
    QVector<std::pair<Id, QByteArray>> lines;
    while (ends.next()) {
        const Id link = ends.value(0).toLongLong();
        if (!allLinks && !m_touchedLinks.contains(link) &&
            !m_movedSites.contains(ends.value(1).toLongLong()) &&
            !m_movedSites.contains(ends.value(2).toLongLong()))
            continue;
        const LonLat a{ends.value(3).toDouble(), ends.value(4).toDouble()};
        const LonLat b{ends.value(5).toDouble(), ends.value(6).toDouble()};
        lines.append({link, encodeLineString({a, b})});
    }
    ends.finish();
    QSqlQuery& update = prepared(QStringLiteral("UPDATE fiber_links SET geom = ? WHERE fid = ?"));
    for (const auto& [link, blob] : lines) {
        update.addBindValue(blob);
        update.addBindValue(link);
        if (!update.exec())
            return update.lastError().text();
    }
    m_linksTouched = m_linksTouched || !lines.isEmpty();
    return {};
}

QString SqliteWriter::refreshContents()
{
    // GeoPackage readers use last_change to invalidate caches and the extent to zoom.
    static const char* const sql[] = {
        "UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
        "min_x = (SELECT min(lon) FROM sites), max_x = (SELECT max(lon) FROM sites), "
        "min_y = (SELECT min(lat) FROM sites), max_y = (SELECT max(lat) FROM sites) "
        "WHERE table_name = 'sites'",
        "UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
        "min_x = (SELECT min(lon) FROM sites WHERE fid IN (SELECT site_a FROM fiber_links UNION "
        "SELECT site_b FROM fiber_links)), "
        "max_x = (SELECT max(lon) FROM sites WHERE fid IN (SELECT site_a FROM fiber_links UNION "
        "SELECT site_b FROM fiber_links)), "
        "min_y = (SELECT min(lat) FROM sites WHERE fid IN (SELECT site_a FROM fiber_links UNION "
        "SELECT site_b FROM fiber_links)), "
        "max_y = (SELECT max(lat) FROM sites WHERE fid IN (SELECT site_a FROM fiber_links UNION "
        "SELECT site_b FROM fiber_links)) "
        "WHERE table_name = 'fiber_links'"};
    const bool touched[] = {m_sitesTouched, m_linksTouched};
    for (int i = 0; i < 2; ++i) {
        if (!touched[i])
            continue;
        QSqlQuery query(m_db);
        if (!query.exec(QLatin1String(sql[i])))
            return query.lastError().text();
    }
    return {};
}

} // namespace atlas::db

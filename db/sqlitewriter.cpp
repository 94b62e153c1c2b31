// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitewriter.h"

#include "domain/validation.h"
#include "geopackagegeometry.h"
#include "rowmapping.h"
#include "sqlerrortext.h"

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

// Binds a row's values to a statement's positions, from `first` on.
class StatementBinder final : public ValueSink
{
public:
    StatementBinder(RawStatement& statement, int first) : m_statement(statement), m_position(first) {}
    void null() override { m_statement.bindNull(m_position++); }
    void integer(qint64 value) override { m_statement.bindInt64(m_position++, value); }
    void real(double value) override { m_statement.bindDouble(m_position++, value); }
    void text(const QString& value) override { m_statement.bindText(m_position++, value); }
    void blob(const QByteArray& value) override { m_statement.bindBlob(m_position++, value); }
    int next() const { return m_position; }

private:
    RawStatement& m_statement;
    int m_position;
};

} // namespace

QString SqliteWriter::errorText(const Change* change) const
{
    const QSqlError error(QString(), m_db.lastError(), QSqlError::StatementError,
                          QString::number(m_db.lastErrorCode()));
    if (change)
        return describeWriteError(error, *change);
    const QString text = describeFileError(error);
    return text.isEmpty() ? m_db.lastError() : text;
}

template <typename T>
SqliteWriter::Statements& SqliteWriter::statementsFor(const T&)
{
    Statements& s = m_statements[Row(T()).index()];
    if (s.update.isValid())
        return s;
    const TableInfo& info = tableInfo(Tag<T>{});
    const QString table = QLatin1String(info.table);
    const QString id = QLatin1String(info.idColumn);
    QStringList assignments;
    for (const QString& column : info.columns)
        assignments << column + QStringLiteral(" = ?");
    const QString columns = info.columns.join(QStringLiteral(", "));
    s.update = RawStatement(m_db, QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?")
                                      .arg(table, assignments.join(QStringLiteral(", ")), id));
    s.insert = RawStatement(m_db, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                      .arg(table, columns, placeholders(info.columns.size())));
    s.insertWithId = RawStatement(m_db, QStringLiteral("INSERT INTO %1 (%2, %3) VALUES (%4)")
                                            .arg(table, id, columns, placeholders(info.columns.size() + 1)));
    s.remove = RawStatement(m_db, QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, id));
    return s;
}

bool SqliteWriter::begin(QString* error)
{
    // IMMEDIATE takes the write lock now (waiting up to the busy timeout), so two writers
    // queue instead of one failing halfway with SQLITE_BUSY.
    if (m_db.exec(QStringLiteral("BEGIN IMMEDIATE"), error))
        return true;
    *error = errorText(nullptr);
    return false;
}

void SqliteWriter::rollback()
{
    QString ignored;
    m_db.exec(QStringLiteral("ROLLBACK"), &ignored);
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
        const Change& change = changes.changes()[i];
        Id id = 0;
        if (hasPlaceholders(change.row)) {
            Change resolved = change;
            if (!resolvePlaceholders(&resolved.row, result.ids)) {
                rollback();
                return WriteResult::failure(tr("A %1 refers to a row that is inserted after it; "
                                               "nothing was changed.")
                                                .arg(rowKindName(change.row)),
                                            int(i));
            }
            id = applyOne(resolved, &error);
        } else {
            id = applyOne(change, &error);
        }
        if (id == 0) {
            rollback();
            return WriteResult::failure(error, int(i));
        }
        result.ids.append(id);
    }
    if (error = refreshGeometry(false); error.isEmpty())
        error = refreshContents();
    if (error.isEmpty() && !m_db.exec(QStringLiteral("COMMIT"), &error))
        error = errorText(nullptr);
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
    if (m_db.exec(script, &error)) {
        m_sitesTouched = m_linksTouched = true;
        error = refreshGeometry(true);
    }
    if (error.isEmpty())
        error = refreshContents();
    if (error.isEmpty() && !m_db.exec(QStringLiteral("COMMIT"), &error))
        error = errorText(nullptr);
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
    Statements& s = statementsFor(row);
    Id id = row.id;

    bool updated = false;
    if (id != 0) {
        s.update.reset();
        StatementBinder binder(s.update, 1);
        writeValues(row, binder);
        s.update.bindInt64(binder.next(), id);
        if (!s.update.step()) {
            *error = errorText(&change);
            return 0;
        }
        updated = m_db.changes() > 0;
    }
    if (!updated) {
        // A new row, or one coming back with its old id (undo of a delete).
        RawStatement& insert = id != 0 ? s.insertWithId : s.insert;
        insert.reset();
        if (id != 0)
            insert.bindInt64(1, id);
        StatementBinder binder(insert, id != 0 ? 2 : 1);
        writeValues(row, binder);
        if (!insert.step()) {
            *error = errorText(&change);
            return 0;
        }
        id = m_db.lastInsertRowId();
    }
    if constexpr (std::is_same_v<T, Site> || std::is_same_v<T, SitePhase> ||
                  std::is_same_v<T, GpuModel>) {
        // A row inserted without an id is new: it has no children to replace yet.
        if (!writeChildren(row, id, row.id != 0, change, error))
            return 0;
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

RawStatement& SqliteWriter::childStatement(int which, const char* sql)
{
    RawStatement& statement = m_childStatements[which];
    if (!statement.isValid())
        statement = RawStatement(m_db, QLatin1String(sql));
    return statement;
}

namespace {

// Runs a prepared child statement with its values bound by `bind`; false when it fails to
// prepare or to run.
template <typename Bind> bool runChild(RawStatement& statement, Bind&& bind)
{
    if (!statement.isValid())
        return false;
    statement.reset();
    bind(statement);
    return statement.step();
}

} // namespace

bool SqliteWriter::writeChildren(const Site& site, Id id, bool replace, const Change& change,
                                 QString* error)
{
    if (replace && !runChild(childStatement(0, "DELETE FROM site_sources WHERE site_id = ?"),
                             [id](RawStatement& s) { s.bindInt64(1, id); })) {
        *error = errorText(&change);
        return false;
    }
    RawStatement& insert = childStatement(
        1, "INSERT OR IGNORE INTO site_sources (site_id, source_id, position) VALUES (?, ?, ?)");
    for (int i = 0; i < site.referenceIds.size(); ++i) {
        if (!runChild(insert, [&](RawStatement& s) {
                s.bindInt64(1, id);
                s.bindInt64(2, site.referenceIds[i]);
                s.bindInt64(3, i);
            })) {
            *error = errorText(&change);
            return false;
        }
    }
    return true;
}

bool SqliteWriter::writeChildren(const SitePhase& phase, Id id, bool replace, const Change& change,
                                 QString* error)
{
    if (replace && !runChild(childStatement(2, "DELETE FROM phase_chips WHERE phase_id = ?"),
                             [id](RawStatement& s) { s.bindInt64(1, id); })) {
        *error = errorText(&change);
        return false;
    }
    RawStatement& insert =
        childStatement(3, "INSERT INTO phase_chips (phase_id, position, gpu_model_id, gpu_count, "
                          "estimate, note) VALUES (?, ?, ?, ?, ?, ?)");
    for (int i = 0; i < phase.chips.size(); ++i) {
        const ChipCount& chip = phase.chips[i];
        if (!runChild(insert, [&](RawStatement& s) {
                s.bindInt64(1, id);
                s.bindInt64(2, i);
                if (chip.gpuModelId == 0)
                    s.bindNull(3);
                else
                    s.bindInt64(3, chip.gpuModelId);
                if (chip.count)
                    s.bindInt64(4, *chip.count);
                else
                    s.bindNull(4);
                s.bindInt64(5, chip.estimate ? 1 : 0);
                s.bindText(6, chip.note.isEmpty() ? QString() : chip.note);
            })) {
            *error = errorText(&change);
            return false;
        }
    }
    return true;
}

bool SqliteWriter::writeChildren(const GpuModel& model, Id id, bool replace, const Change& change,
                                 QString* error)
{
    if (replace &&
        !runChild(childStatement(4, "DELETE FROM gpu_model_aliases WHERE gpu_model_id = ?"),
                  [id](RawStatement& s) { s.bindInt64(1, id); })) {
        *error = errorText(&change);
        return false;
    }
    RawStatement& insert = childStatement(
        5, "INSERT INTO gpu_model_aliases (alias, gpu_model_id, position) VALUES (?, ?, ?)");
    for (int i = 0; i < model.aliases.size(); ++i) {
        if (!runChild(insert, [&](RawStatement& s) {
                s.bindText(1, model.aliases[i]);
                s.bindInt64(2, id);
                s.bindInt64(3, i);
            })) {
            *error = errorText(&change);
            return false;
        }
    }
    return true;
}

template <typename T>
bool SqliteWriter::remove(Id id, const Change& change, QString* error)
{
    RawStatement& statement = statementsFor(T()).remove;
    statement.reset();
    statement.bindInt64(1, id);
    if (!statement.step()) {
        *error = errorText(&change);
        return false;
    }
    if (m_db.changes() == 0) {
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
        RawStatement points(m_db, QStringLiteral("SELECT fid, lon, lat FROM sites"));
        RawStatement update(m_db, QStringLiteral("UPDATE sites SET geom = ? WHERE fid = ?"));
        QVector<std::pair<Id, QByteArray>> blobs;
        for (bool row = true; points.step(&row) && row;)
            blobs.append({points.columnInt64(0), encodePoint({points.columnDouble(1), points.columnDouble(2)})});
        for (const auto& [fid, blob] : blobs) {
            update.reset();
            update.bindBlob(1, blob);
            update.bindInt64(2, fid);
            if (!update.step())
                return errorText(nullptr);
        }
    }
    RawStatement ends(m_db, QStringLiteral(
                                "SELECT l.fid, l.site_a, l.site_b, a.lon, a.lat, b.lon, b.lat FROM fiber_links l "
                                "JOIN sites a ON a.fid = l.site_a JOIN sites b ON b.fid = l.site_b"));
    QVector<std::pair<Id, QByteArray>> lines;
    for (bool row = true; ends.step(&row) && row;) {
        const Id link = ends.columnInt64(0);
        if (!allLinks && !m_touchedLinks.contains(link) && !m_movedSites.contains(ends.columnInt64(1)) &&
            !m_movedSites.contains(ends.columnInt64(2)))
            continue;
        const LonLat a{ends.columnDouble(3), ends.columnDouble(4)};
        const LonLat b{ends.columnDouble(5), ends.columnDouble(6)};
        lines.append({link, encodeLineString({a, b})});
    }
    RawStatement update(m_db, QStringLiteral("UPDATE fiber_links SET geom = ? WHERE fid = ?"));
    for (const auto& [link, blob] : lines) {
        update.reset();
        update.bindBlob(1, blob);
        update.bindInt64(2, link);
        if (!update.step())
            return errorText(nullptr);
    }
    m_linksTouched = m_linksTouched || !lines.isEmpty();
    return {};
}

QString SqliteWriter::refreshContents()
{
    // GeoPackage readers use last_change to invalidate caches and the extent to zoom. One
    // scan gives all four bounds (four sub-selects would read the table four times).
    static const char* const sql[] = {
        "UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
        "(min_x, max_x, min_y, max_y) = (SELECT min(lon), max(lon), min(lat), max(lat) FROM sites) "
        "WHERE table_name = 'sites'",
        "UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
        "(min_x, max_x, min_y, max_y) = (SELECT min(lon), max(lon), min(lat), max(lat) FROM sites "
        "WHERE fid IN (SELECT site_a FROM fiber_links UNION SELECT site_b FROM fiber_links)) "
        "WHERE table_name = 'fiber_links'"};
    const bool touched[] = {m_sitesTouched, m_linksTouched};
    for (int i = 0; i < 2; ++i) {
        QString error;
        if (touched[i] && !m_db.exec(QLatin1String(sql[i]), &error))
            return error;
    }
    return {};
}

} // namespace atlas::db

// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/sqlitewriter.h"

#include "core/domain/validation.h"
#include "db/geopackagegeometry.h"
#include "db/rowmapping.h"
#include "db/sqlerrortext.h"

#include <QCoreApplication>
#include <QSqlError>

namespace atlas::db {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::db::SqliteWriter)
};

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

// What is wrong with the row of an upsert, for a message; empty when nothing is.
QString invalidity(const Change& change)
{
    if (change.kind != Change::Kind::Upsert)
        return {};
    const FieldErrors errors = validateRow(change.row);
    return errors.isEmpty()
               ? QString()
               : QStringLiteral("%1: %2").arg(rowKindName(change.row), errors.first().message);
}

// Every change is checked before the transaction starts: a bad row in an import of 100,000
// is found without writing (and rolling back) the 99,999 before it.
QString firstInvalid(const ChangeSet& changes, int* index)
{
    for (int i = 0; i < changes.changes().size(); ++i) {
        if (QString problem = invalidity(changes.changes()[i]); !problem.isEmpty()) {
            *index = i;
            return problem;
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

QString SqliteWriter::check(const Change& change)
{
    return invalidity(change);
}

QString SqliteWriter::errorText(const Change* change) const
{
    const QSqlError error(QString(), m_db.lastError(), QSqlError::StatementError,
                          QString::number(m_db.lastErrorCode()));
    if (change)
        return describeWriteError(error, *change);
    const QString text = describeFileError(error);
    return text.isEmpty() ? m_db.lastError() : text;
}

namespace {

// Says which statement SQLite refused, on which table, and why (a trigger that calls a function
// this connection lacks, a column another program dropped, ...).
QString cannotPrepare(const RawStatement& statement, const QString& table, const char* what)
{
    return Text::tr("Nothing was changed: SQLite cannot prepare the statement that %1 %2 (%3). "
                    "Another program may have changed the table or its triggers.")
        .arg(QCoreApplication::translate("atlas::db::SqliteWriter", what), table,
             statement.prepareError());
}

} // namespace

template <typename T>
RawStatement* SqliteWriter::statementFor(Kind kind, QString* error)
{
    RawStatement& s = m_statements[Row(T()).index()][size_t(kind)];
    if (s.isValid())
        return &s;
    const TableInfo& info = tableInfo(Tag<T>{});
    const QString table = QLatin1String(info.table);
    const QString id = QLatin1String(info.idColumn);
    const QString columns = info.columns.join(QStringLiteral(", "));
    const char* what = nullptr;
    switch (kind) {
    case Kind::Update: {
        QStringList assignments;
        for (const QString& column : info.columns)
            assignments << column + QStringLiteral(" = ?");
        s = RawStatement(m_db, QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?")
                                   .arg(table, assignments.join(QStringLiteral(", ")), id));
        what = QT_TRANSLATE_NOOP("atlas::db::SqliteWriter", "updates rows of");
        break;
    }
    case Kind::Insert:
        s = RawStatement(m_db, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                   .arg(table, columns, placeholders(info.columns.size())));
        what = QT_TRANSLATE_NOOP("atlas::db::SqliteWriter", "adds rows to");
        break;
    case Kind::InsertWithId:
        s = RawStatement(m_db, QStringLiteral("INSERT INTO %1 (%2, %3) VALUES (%4)")
                                   .arg(table, id, columns, placeholders(info.columns.size() + 1)));
        what = QT_TRANSLATE_NOOP("atlas::db::SqliteWriter", "puts rows back into");
        break;
    case Kind::Remove:
    case Kind::Count:
        s = RawStatement(m_db, QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, id));
        what = QT_TRANSLATE_NOOP("atlas::db::SqliteWriter", "deletes rows of");
        break;
    }
    if (s.isValid())
        return &s;
    *error = cannotPrepare(s, table, what);
    return nullptr;
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

Id SqliteWriter::write(const Change& change, QString* error)
{
    if (hasPlaceholders(change.row))
        return write(Change(change), error);
    const Id id = applyOne(change, error);
    if (id != 0)
        m_ids.append(id);
    return id;
}

Id SqliteWriter::write(Change&& change, QString* error)
{
    if (!resolvePlaceholders(&change.row, m_ids)) {
        *error = Text::tr("A %1 refers to a row that is inserted after it; nothing was changed.")
                     .arg(rowKindName(change.row));
        return 0;
    }
    const Id id = applyOne(change, error);
    if (id != 0)
        m_ids.append(id);
    return id;
}

QString SqliteWriter::commit()
{
    QString error = refreshGeometry(false);
    if (error.isEmpty())
        error = refreshContents();
    if (error.isEmpty() && !m_db.exec(QStringLiteral("COMMIT"), &error))
        error = errorText(nullptr);
    if (!error.isEmpty())
        rollback();
    return error;
}

WriteResult SqliteWriter::apply(const ChangeSet& changes, const WriteProgress& progress)
{
    int invalidAt = -1;
    if (QString invalid = firstInvalid(changes, &invalidAt); !invalid.isEmpty())
        return WriteResult::failure(invalid, invalidAt);

    QString error;
    if (!begin(&error))
        return WriteResult::failure(error);

    const qsizetype total = changes.size();
    m_ids.reserve(total);
    for (qsizetype i = 0; i < total; ++i) {
        if (progress && i % 1000 == 0 && !progress(i, total)) {
            rollback();
            WriteResult result;
            result.cancelled = true;
            result.error = Text::tr("Cancelled; nothing was changed.");
            return result;
        }
        if (write(changes.changes()[i], &error) == 0) {
            rollback();
            return WriteResult::failure(error, int(i));
        }
    }
    if (error = commit(); !error.isEmpty())
        return WriteResult::failure(error);
    if (progress)
        progress(total, total);
    WriteResult result;
    result.ok = true;
    result.ids = m_ids;
    return result;
}

QString SqliteWriter::runScript(const QString& script)
{
    QString error;
    if (!begin(&error))
        return error;
    if (!m_db.exec(script, &error)) {
        rollback();
        return error;
    }
    m_sitesTouched = m_linksTouched = true;
    if (error = refreshGeometry(true); !error.isEmpty()) {
        rollback();
        return error;
    }
    return commit(); // every geometry is written now; commit() finds none left to refresh
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
    Id id = row.id;

    bool updated = false;
    if (id != 0) {
        RawStatement* update = statementFor<T>(Kind::Update, error);
        if (!update)
            return 0;
        update->reset();
        StatementBinder binder(*update, 1);
        writeValues(row, binder);
        update->bindInt64(binder.next(), id);
        if (!update->step()) {
            *error = errorText(&change);
            return 0;
        }
        updated = m_db.changes() > 0;
    }
    if (!updated) {
        // A new row, or one coming back with its old id (undo of a delete).
        RawStatement* insert = statementFor<T>(id != 0 ? Kind::InsertWithId : Kind::Insert, error);
        if (!insert)
            return 0;
        insert->reset();
        if (id != 0)
            insert->bindInt64(1, id);
        StatementBinder binder(*insert, id != 0 ? 2 : 1);
        writeValues(row, binder);
        if (!insert->step()) {
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
    RawStatement* statement = statementFor<T>(Kind::Remove, error);
    if (!statement)
        return false;
    statement->reset();
    statement->bindInt64(1, id);
    if (!statement->step()) {
        *error = errorText(&change);
        return false;
    }
    if (m_db.changes() == 0) {
        *error = Text::tr("The %1 to delete (id %2) is no longer in the database; another window "
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

QString SqliteWriter::readRows(RawStatement& statement, const char* table, const char* what,
                               const std::function<void(const RawStatement&)>& each)
{
    if (!statement.isValid())
        return cannotPrepare(statement, QLatin1String(table), what);
    for (;;) {
        bool row = false;
        if (!statement.step(&row))
            return errorText(nullptr); // a half-read table would leave geometry behind
        if (!row)
            return {};
        each(statement);
    }
}

QString SqliteWriter::writeBlobs(const char* table, const QVector<std::pair<Id, QByteArray>>& blobs)
{
    RawStatement update(
        m_db, QStringLiteral("UPDATE %1 SET geom = ? WHERE fid = ?").arg(QLatin1String(table)));
    if (!update.isValid())
        return cannotPrepare(
            update, QLatin1String(table),
            QT_TRANSLATE_NOOP("atlas::db::SqliteWriter", "writes the geometry of"));
    for (const auto& [fid, blob] : blobs) {
        update.reset();
        update.bindBlob(1, blob);
        update.bindInt64(2, fid);
        if (!update.step())
            return errorText(nullptr);
    }
    return {};
}

QString SqliteWriter::refreshGeometry(bool allLinks)
{
    if (!allLinks && m_movedSites.isEmpty() && m_touchedLinks.isEmpty())
        return {};
    if (allLinks) {
        // The sample data and other SQL scripts give lon/lat only: write every point.
        RawStatement points(m_db, QStringLiteral("SELECT fid, lon, lat FROM sites"));
        QVector<std::pair<Id, QByteArray>> blobs;
        QString error = readRows(
            points, "sites",
            QT_TRANSLATE_NOOP("atlas::db::SqliteWriter", "reads the coordinates of"),
            [&blobs](const RawStatement& row) {
                // A site not yet placed (lon and lat NULL) has no geometry.
                blobs.append({row.columnInt64(0),
                              row.isNull(1)
                                  ? QByteArray()
                                  : encodePoint({row.columnDouble(1), row.columnDouble(2)})});
            });
        if (error.isEmpty())
            error = writeBlobs("sites", blobs);
        if (!error.isEmpty())
            return error;
    }
    RawStatement ends(m_db, QStringLiteral(
                                "SELECT l.fid, l.site_a, l.site_b, a.lon, a.lat, b.lon, b.lat FROM fiber_links l "
                                "JOIN sites a ON a.fid = l.site_a JOIN sites b ON b.fid = l.site_b"));
    QVector<std::pair<Id, QByteArray>> lines;
    QString error =
        readRows(ends, "fiber_links",
                 QT_TRANSLATE_NOOP("atlas::db::SqliteWriter", "reads the link ends from"),
                 [&](const RawStatement& row) {
                     const Id link = row.columnInt64(0);
                     if (!allLinks && !m_touchedLinks.contains(link) &&
                         !m_movedSites.contains(row.columnInt64(1)) &&
                         !m_movedSites.contains(row.columnInt64(2)))
                         return;
                     const LonLat a{row.columnDouble(3), row.columnDouble(4)};
                     const LonLat b{row.columnDouble(5), row.columnDouble(6)};
                     // A link to a site not yet placed has no line to draw.
                     lines.append({link, row.isNull(3) || row.isNull(5)
                                             ? QByteArray()
                                             : encodeLineString({a, b})});
                 });
    if (error.isEmpty())
        error = writeBlobs("fiber_links", lines);
    m_linksTouched = m_linksTouched || !lines.isEmpty();
    return error;
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
            return Text::tr("Nothing was changed: updating the layers' extents in gpkg_contents "
                            "failed (%1).")
                .arg(error);
    }
    return {};
}

} // namespace atlas::db

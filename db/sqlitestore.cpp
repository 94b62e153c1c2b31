// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/sqlitestore.h"

#include "db/queuedwritersink.h"
#include "db/rowmapping.h"
#include "db/siblingfile.h"
#include "db/sqlerrortext.h"
#include "db/sqlitewriter.h"
#include "db/sqlscript.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace atlas::db {
namespace {

template <typename T>
QString loadTable(QSqlDatabase& db, QVector<T>* rows)
{
    const TableInfo& info = tableInfo(Tag<T>{});
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT %1, %2 FROM %3 ORDER BY %1")
                            .arg(QLatin1String(info.idColumn), info.columns.join(QStringLiteral(", ")),
                                 QLatin1String(info.table));
    if (!query.exec(sql))
        return SqliteStore::tr("Reading %1 failed: %2")
            .arg(QLatin1String(info.table), query.lastError().text());
    const int columns = int(info.columns.size()) + 1;
    QVariantList values;
    values.reserve(columns);
    while (query.next()) {
        values.clear();
        for (int i = 0; i < columns; ++i)
            values.append(query.value(i));
        T row;
        fromValues(values, &row);
        rows->append(std::move(row));
    }
    return {};
}

// The rows of a child table (a site's references, a phase's chips, a model's aliases) handed
// to their parents, which were loaded sorted by id.
template <typename Parent, typename Add>
QString loadChildren(QSqlDatabase& db, const char* sql, QVector<Parent>* parents, Add&& add)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QLatin1String(sql)))
        return SqliteStore::tr("Reading %1 failed: %2")
            .arg(QLatin1String(sql), query.lastError().text());
    const auto byId = [](const Parent& p, Id id) { return p.id < id; };
    Parent* parent = nullptr;
    while (query.next()) {
        const Id id = query.value(0).toLongLong();
        if (!parent || parent->id != id) {
            const auto it = std::lower_bound(parents->begin(), parents->end(), id, byId);
            parent = it != parents->end() && it->id == id ? &*it : nullptr;
        }
        if (parent)
            add(*parent, query);
    }
    return {};
}

QString loadChildRows(QSqlDatabase& db, Dataset* data)
{
    QString error = loadChildren(
        db, "SELECT site_id, source_id FROM site_sources ORDER BY site_id, position", &data->sites,
        [](Site& site, const QSqlQuery& q) { site.referenceIds.append(q.value(1).toLongLong()); });
    if (error.isEmpty())
        error = loadChildren(
            db,
            "SELECT phase_id, gpu_model_id, gpu_count, estimate, note FROM phase_chips "
            "ORDER BY phase_id, position",
            &data->phases, [](SitePhase& phase, const QSqlQuery& q) {
                ChipCount chip;
                chip.gpuModelId = q.value(1).toLongLong();
                if (!q.value(2).isNull())
                    chip.count = q.value(2).toLongLong();
                chip.estimate = q.value(3).toInt() != 0;
                chip.note = q.value(4).toString();
                phase.chips.append(chip);
            });
    if (error.isEmpty())
        error = loadChildren(
            db, "SELECT gpu_model_id, alias FROM gpu_model_aliases ORDER BY gpu_model_id, position",
            &data->gpuModels, [](GpuModel& model, const QSqlQuery& q) {
                model.aliases.append(q.value(1).toString());
            });
    return error;
}

const char* const kTables[] = {"sources",      "operators",         "gpu_models",  "sites",
                               "site_phases",  "phase_chips",       "fiber_links", "claims",
                               "site_sources", "gpu_model_aliases", "scenarios"};

} // namespace

SqliteStore::SqliteStore(QSqlDatabase db, QString path, QString readOnlyReason, int schemaVersion)
    : m_db(std::move(db)), m_connectionName(m_db.connectionName()), m_path(std::move(path)),
      m_protected(m_path), m_readOnlyReason(std::move(readOnlyReason)),
      m_schemaVersion(schemaVersion), m_poll(new QTimer(this))
{
    m_poll->setInterval(kPollMilliseconds);
    connect(m_poll, &QTimer::timeout, this, &SqliteStore::checkForExternalChanges);
    m_poll->start();
    checkForExternalChanges(); // the starting point
}

RawConnection* SqliteStore::writer(QString* error)
{
    if (!m_writer) {
        auto connection = std::make_unique<RawConnection>();
        if (!connection->open(m_path, 5000, error)) {
            *error = tr("Cannot open %1 for writing: %2").arg(m_path, *error);
            return nullptr;
        }
        m_writer = std::move(connection);
    }
    return m_writer.get();
}

void SqliteStore::acknowledgeOwnWrite()
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("PRAGMA data_version")) && query.next())
        m_dataVersion = query.value(0).toLongLong();
}

void SqliteStore::checkForExternalChanges()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return;
    const qint64 version = query.value(0).toLongLong();
    const bool changedElsewhere = m_dataVersion >= 0 && version != m_dataVersion;
    m_dataVersion = version;
    if (changedElsewhere)
        Q_EMIT changed();
}

SqliteStore::~SqliteStore()
{
    m_writer.reset();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

LoadResult SqliteStore::load()
{
    LoadResult result;
    Dataset& data = result.dataset;
    // One read transaction, so that another process's write cannot fall between two tables.
    QSqlQuery begin(m_db);
    if (!begin.exec(QStringLiteral("BEGIN"))) {
        result.error = describeFileError(begin.lastError());
        if (result.error.isEmpty())
            result.error = begin.lastError().text();
        return result;
    }
    for (const QString& error :
         {loadTable(m_db, &data.sources), loadTable(m_db, &data.operators),
          loadTable(m_db, &data.gpuModels), loadTable(m_db, &data.sites),
          loadTable(m_db, &data.phases), loadTable(m_db, &data.links),
          loadTable(m_db, &data.claims), loadTable(m_db, &data.scenarios)}) {
        if (!error.isEmpty() && result.error.isEmpty())
            result.error = error;
    }
    if (result.error.isEmpty())
        result.error = loadChildRows(m_db, &data);
    QSqlQuery(m_db).exec(QStringLiteral("COMMIT"));
    data.reindex();
    return result;
}

QMap<QString, qint64> SqliteStore::rowCounts()
{
    QMap<QString, qint64> counts;
    QSqlQuery query(m_db);
    for (const char* table : kTables) {
        if (query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) &&
            query.next())
            counts.insert(QLatin1String(table), query.value(0).toLongLong());
    }
    return counts;
}

QStringList SqliteStore::integrityProblems() { return integrityReport().problems; }

IntegrityReport SqliteStore::integrityReport()
{
    QString error;
    IntegrityReport report = checkEverything(m_db, &error);
    if (!error.isEmpty()) {
        report.damagedStructure = true;
        report.problems << tr("The file could not be checked: %1").arg(error);
    }
    return report;
}

RawConnection* SqliteStore::writableConnection(QString* error)
{
    if (isReadOnly()) {
        *error = tr("%1 is open read-only (%2). Nothing was changed; use File > Save a Copy to "
                    "edit a copy.")
                     .arg(m_path, m_readOnlyReason);
        return nullptr;
    }
    return writer(error);
}

WriteResult SqliteStore::apply(const ChangeSet& changes, const WriteProgress& progress)
{
    QString error;
    RawConnection* connection = writableConnection(&error);
    if (!connection)
        return WriteResult::failure(error);
    WriteResult result = SqliteWriter(*connection).apply(changes, progress);
    if (result.ok && !changes.isEmpty()) {
        acknowledgeOwnWrite();
        Q_EMIT changed();
    }
    return result;
}

WriteResult SqliteStore::applyProduced(const ChangeProducer& produce)
{
    QString error;
    RawConnection* connection = writableConnection(&error);
    if (!connection)
        return WriteResult::failure(error);
    SqliteWriter writer(*connection);
    if (!writer.begin(&error))
        return WriteResult::failure(error);
    // The write lock is held from here: the rows read now are the latest, and no other
    // process can commit until this write ends.
    const LoadResult current = load();
    if (!current.ok()) {
        writer.rollback();
        return WriteResult::failure(current.error);
    }
    // Written on a thread of its own as the producer makes the changes (queuedwritersink.h);
    // finish() ends that thread, so the connection is this thread's again.
    QueuedWriterSink sink(writer);
    const bool keep = produce(current.dataset, sink);
    if (keep)
        sink.flush();
    sink.finish();
    if (!keep || sink.failed()) {
        writer.rollback();
        WriteResult result = WriteResult::failure(
            sink.failed() ? sink.error() : tr("Nothing was changed."), int(sink.failedIndex()));
        result.cancelled = !sink.failed();
        return result;
    }
    if (error = writer.commit(); !error.isEmpty())
        return WriteResult::failure(error);
    WriteResult result;
    result.ok = true;
    result.ids = writer.ids();
    if (!result.ids.isEmpty()) {
        acknowledgeOwnWrite();
        Q_EMIT changed();
    }
    return result;
}

QString SqliteStore::runScript(const QString& script)
{
    if (isReadOnly())
        return tr("%1 is open read-only (%2).").arg(m_path, m_readOnlyReason);
    QString error;
    RawConnection* connection = writer(&error);
    if (!connection)
        return error;
    error = SqliteWriter(*connection).runScript(script);
    if (error.isEmpty()) {
        acknowledgeOwnWrite();
        Q_EMIT changed();
    }
    return error;
}

QString SqliteStore::saveCopy(const QString& path)
{
    Placed placed = Placed::Failed;
    return copyTo(path, Placement::Replace, &placed);
}

QString SqliteStore::saveNewCopy(const QString& path, bool* alreadyThere)
{
    Placed placed = Placed::Failed;
    QString error = copyTo(path, Placement::OnlyIfAbsent, &placed);
    *alreadyThere = placed == Placed::AlreadyThere;
    return error;
}

QString SqliteStore::copyTo(const QString& path, Placement placement, Placed* placed)
{
    // Never onto an open database or its -wal/-shm files.
    if (const QString conflict = io::protectedFileConflict(path); !conflict.isEmpty())
        return conflict;
    // Written whole beside the target, then renamed: a failed copy leaves the file that was
    // there, and a second program making the same file never sees half of this one.
    QString error;
    const QString partial = reserveSiblingFile(path, &error);
    if (partial.isEmpty())
        return tr("Saving a copy to %1 failed: %2").arg(path, error);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(partial);
    if (!query.exec()) {
        error = describeFileError(query.lastError());
        removeDatabaseFiles(partial);
        return tr("Saving a copy to %1 failed: %2")
            .arg(path, error.isEmpty() ? query.lastError().text() : error);
    }
    if (placement == Placement::Replace) {
        // A -wal left beside the old file would be read into the new one when it is opened.
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
    }
    *placed = placeFile(partial, path, placement, &error);
    if (*placed != Placed::Done) {
        removeDatabaseFiles(partial);
        return *placed == Placed::AlreadyThere ? tr("%1 already exists.").arg(path) : error;
    }
    return {};
}

} // namespace atlas::db

// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitestore.h"

#include "rowmapping.h"
#include "sqlerrortext.h"
#include "sqlitewriter.h"
#include "sqlscript.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

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
        return QStringLiteral("Reading %1 failed: %2")
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

const char* const kTables[] = {"sources",     "operators", "gpu_models", "sites",
                               "site_phases", "fiber_links", "claims",   "scenarios"};

} // namespace

SqliteStore::SqliteStore(QSqlDatabase db, QString path, QString readOnlyReason, int schemaVersion)
    : m_db(std::move(db)), m_connectionName(m_db.connectionName()), m_path(std::move(path)),
      m_readOnlyReason(std::move(readOnlyReason)), m_schemaVersion(schemaVersion), m_poll(new QTimer(this))
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

WriteResult SqliteStore::apply(const ChangeSet& changes, const WriteProgress& progress)
{
    if (isReadOnly()) {
        return WriteResult::failure(
            tr("%1 is open read-only (%2). Nothing was changed; use File > Save a Copy to "
               "edit a copy.")
                .arg(m_path, m_readOnlyReason));
    }
    QString error;
    RawConnection* connection = writer(&error);
    if (!connection)
        return WriteResult::failure(error);
    WriteResult result = SqliteWriter(*connection).apply(changes, progress);
    if (result.ok && !changes.isEmpty()) {
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
    if (QFile::exists(path) && !QFile::remove(path))
        return tr("Cannot replace %1: it is in use or read-only.").arg(path);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(path);
    if (!query.exec()) {
        QString error = describeFileError(query.lastError());
        return tr("Saving a copy to %1 failed: %2")
            .arg(path, error.isEmpty() ? query.lastError().text() : error);
    }
    return {};
}

} // namespace atlas::db

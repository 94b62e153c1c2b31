// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/rawsqlite.h"

#include "db/geopackagefunctions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QStringEncoder>

#include <sqlite3.h>
#include <utility>

namespace atlas::db {

void configureSqliteLibrary()
{
    // Memory statistics make every allocation inside SQLite take a global mutex; nothing here
    // reads them. Only possible before SQLite's first use in the process (SQLITE_MISUSE
    // afterwards, which is harmless: it just keeps the default).
    static const bool once = [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        return true;
    }();
    Q_UNUSED(once);
}

RawConnection::~RawConnection()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

bool RawConnection::open(const QString& path, int busyTimeoutMs, QString* error)
{
    const QByteArray name = QFile::encodeName(path);
    if (sqlite3_open_v2(name.constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        *error = lastError();
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        return false;
    }
    sqlite3_busy_timeout(m_db, busyTimeoutMs);
    sqlite3_extended_result_codes(m_db, 1);
    if (!registerGeoPackageFunctions(m_db, error))
        return false;
    // The page cache (8 MB) is most of what a large import's memory is made of. Measured on a
    // million-row import, 4, 8, 16 and 64 MB all wrote in the same time (the pages that do
    // not fit are read back from the WAL through the system's file cache); 64 MB, the earlier
    // setting, peaked 62 MB higher.
    return exec(
        QStringLiteral(
            "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -8192"),
        error);
}

bool RawConnection::exec(const QString& sql, QString* error)
{
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    *error = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
    sqlite3_free(message);
    return false;
}

QString RawConnection::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                : QCoreApplication::translate("atlas::db::RawConnection", "no connection");
}
int RawConnection::lastErrorCode() const { return m_db ? sqlite3_extended_errcode(m_db) : SQLITE_ERROR; }
qint64 RawConnection::lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }
int RawConnection::changes() const { return sqlite3_changes(m_db); }

RawStatement::RawStatement(RawConnection& connection, const QString& sql)
{
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v3(connection.handle(), text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT,
                           &m_statement, nullptr) != SQLITE_OK) {
        m_prepareError = connection.lastError();
        m_statement = nullptr;
    }
}

RawStatement::~RawStatement()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

RawStatement::RawStatement(RawStatement&& other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr)), m_texts(std::move(other.m_texts)),
      m_prepareError(std::move(other.m_prepareError))
{
}

RawStatement& RawStatement::operator=(RawStatement&& other) noexcept
{
    std::swap(m_statement, other.m_statement);
    std::swap(m_texts, other.m_texts);
    std::swap(m_prepareError, other.m_prepareError);
    return *this;
}

// SQLite's calls on a null statement range from SQLITE_MISUSE to a crash
// (sqlite3_clear_bindings): an unprepared statement is never handed to them.
void RawStatement::bindNull(int position)
{
    if (m_statement)
        sqlite3_bind_null(m_statement, position);
}
void RawStatement::bindInt64(int position, qint64 value)
{
    if (m_statement)
        sqlite3_bind_int64(m_statement, position, value);
}
void RawStatement::bindDouble(int position, double value)
{
    if (m_statement)
        sqlite3_bind_double(m_statement, position, value);
}

QByteArray& RawStatement::bufferAt(int position)
{
    if (m_texts.size() < size_t(position))
        m_texts.resize(size_t(position));
    return m_texts[size_t(position) - 1];
}

void RawStatement::bindBlob(int position, const QByteArray& bytes)
{
    // Kept (shared, not copied) until the position is bound again, so SQLite need not copy.
    if (!m_statement)
        return;
    if (bytes.isNull()) {
        sqlite3_bind_null(m_statement, position); // no geometry: a site not yet placed
        return;
    }
    QByteArray& kept = bufferAt(position);
    kept = bytes;
    sqlite3_bind_blob(m_statement, position, kept.constData(), int(kept.size()), SQLITE_STATIC);
}

void RawStatement::bindText(int position, const QString& text)
{
    if (!m_statement)
        return;
    if (text.isNull()) {
        sqlite3_bind_null(m_statement, position);
        return;
    }
    // The database is UTF-8. Each position keeps its buffer between rows, so binding 100,000
    // rows neither allocates nor has SQLite copy (SQLITE_STATIC: the bytes stay put until the
    // position is bound again).
    QByteArray& buffer = bufferAt(position);
    if (buffer.capacity() < text.size() * 3)
        buffer.reserve(text.size() * 3);
    buffer.resize(text.size() * 3);
    QStringEncoder encoder(QStringEncoder::Utf8);
    char* end = encoder.appendToBuffer(buffer.data(), text);
    sqlite3_bind_text(m_statement, position, buffer.constData(), int(end - buffer.constData()), SQLITE_STATIC);
}

bool RawStatement::step(bool* row)
{
    if (row)
        *row = false;
    if (!m_statement)
        return false;
    const int result = sqlite3_step(m_statement);
    if (row)
        *row = result == SQLITE_ROW;
    return result == SQLITE_ROW || result == SQLITE_DONE;
}

void RawStatement::reset()
{
    if (!m_statement)
        return;
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

qint64 RawStatement::columnInt64(int column) const
{
    return m_statement ? sqlite3_column_int64(m_statement, column) : 0;
}
bool RawStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

double RawStatement::columnDouble(int column) const
{
    return m_statement ? sqlite3_column_double(m_statement, column) : 0.0;
}

} // namespace atlas::db

// SPDX-License-Identifier: GPL-3.0-or-later
// A thin layer over SQLite's C API for the store's writes. QtSql wraps every bound value and
// statement in objects of its own, which costs more than SQLite itself when an import writes
// 100,000 rows; the C API binds straight from our values. The writer opens its own connection
// to the file (never the handle inside Qt's driver, which may be a different SQLite build).
#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace atlas::db {

class RawStatement;

// Process-wide SQLite settings; call before the first database is opened.
void configureSqliteLibrary();

class RawConnection
{
public:
    RawConnection() = default;
    ~RawConnection();
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    // Opens the file for reading and writing, with foreign keys on, a busy timeout and the
    // functions GeoPackage R-tree triggers call (geopackagefunctions.h).
    bool open(const QString& path, int busyTimeoutMs, QString* error);
    bool isOpen() const { return m_db != nullptr; }
    // Runs SQL text of one or more statements; false and *error on failure.
    bool exec(const QString& sql, QString* error);
    QString lastError() const;
    int lastErrorCode() const;
    qint64 lastInsertRowId() const;
    int changes() const;
    sqlite3* handle() const { return m_db; }

private:
    sqlite3* m_db = nullptr;
};

class RawStatement
{
public:
    RawStatement() = default;
    // Prepares the statement; on failure the statement is invalid, prepareError() says why,
    // and every other call does nothing (step() returns false), so it is never run.
    RawStatement(RawConnection& connection, const QString& sql);
    ~RawStatement();
    RawStatement(RawStatement&& other) noexcept;
    RawStatement& operator=(RawStatement&& other) noexcept;
    RawStatement(const RawStatement&) = delete;
    RawStatement& operator=(const RawStatement&) = delete;

    bool isValid() const { return m_statement != nullptr; }
    QString prepareError() const { return m_prepareError; }
    // Positions count from 1.
    void bindNull(int position);
    void bindInt64(int position, qint64 value);
    void bindDouble(int position, double value);
    void bindText(int position, const QString& text); // a null QString binds NULL
    void bindBlob(int position, const QByteArray& bytes);
    // Runs the statement to its end (or its next row); false on an error, or when the
    // statement did not prepare.
    bool step(bool* row = nullptr);
    void reset();
    qint64 columnInt64(int column) const;
    double columnDouble(int column) const;
    bool isNull(int column) const;

private:
    QByteArray& bufferAt(int position);

    sqlite3_stmt* m_statement = nullptr;
    std::vector<QByteArray> m_texts; // the UTF-8 text or the blob bound at each position
    QString m_prepareError;
};

} // namespace atlas::db

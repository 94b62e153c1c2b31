// SPDX-License-Identifier: GPL-3.0-or-later
// CSV as RFC 4180 says, and as spreadsheets write it: fields separated by commas, quoted with
// double quotes when they hold commas, quotes or line breaks (a quote inside is doubled),
// records ended by CRLF or LF, UTF-8 with or without a byte-order mark.
//
// The reader streams: it holds one record and a chunk of the file, never the whole file, so
// an import of a million rows (or a "CSV" that is /dev/zero) reads in bounded memory. A
// record longer than kMaxRecordChars is refused.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringDecoder>
#include <QStringList>
#include <QVector>

class QIODevice;

namespace atlas::csv {

struct ParseError
{
    int line = 0;   // 1-based
    int column = 0; // 1-based field number
    QString message;
};

// A record longer than this (in characters) is not a spreadsheet row: refused.
inline constexpr qsizetype kMaxRecordChars = 4 * 1024 * 1024;

class Reader
{
public:
    // Reads from `device` (open for reading; not taken over).
    explicit Reader(QIODevice* device);

    // The next record (a blank line is none), with the line it starts on. False at the end
    // of the file, or on an error (failed() then says which).
    bool next(QStringList* fields, int* line);
    bool failed() const { return m_failed; }
    const ParseError& error() const { return m_error; }
    // Bytes read from the device so far, for progress.
    qint64 bytesRead() const { return m_bytesRead; }

private:
    enum class Parsed { Record, NeedMore, Failed };
    struct Scan; // where parse() is in the text, and the line ends it has passed
    Parsed parse(QStringList* fields, int* newlines);
    Parsed quotedField(Scan& scan, QString* field, int column);
    Parsed plainField(Scan& scan, QString* field, int column);
    Parsed recordEnd(Scan& scan);
    bool fill();
    bool fail(int line, int column, const QString& message);

    QIODevice* m_device;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
    QString m_text; // decoded text not yet parsed, from m_pos
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_failed = false;
    int m_line = 1;
    qint64 m_bytesRead = 0;
    ParseError m_error;
};

struct Table
{
    QStringList header;
    QVector<QStringList> rows;
    QVector<int> rowLines; // the line each row starts on (1-based, the header is line 1)
};

// Parses the whole text (tests, the fuzzer); on a malformed file, returns false and says where.
bool parse(const QByteArray& bytes, Table* table, ParseError* error);

// One field, quoted when it must be.
QString quote(const QString& field);
// One record as a line of CSV, CRLF-ended.
QString line(const QStringList& fields);
// Header and rows as CSV text, CRLF line ends, UTF-8 without a byte-order mark.
QByteArray write(const QStringList& header, const QVector<QStringList>& rows);

} // namespace atlas::csv

// SPDX-License-Identifier: GPL-3.0-or-later
// CSV as RFC 4180 says, and as spreadsheets write it: fields separated by commas, quoted with
// double quotes when they hold commas, quotes or line breaks (a quote inside is doubled),
// records ended by CRLF or LF, UTF-8 with or without a byte-order mark.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace atlas::csv {

struct Table
{
    QStringList header;
    QVector<QStringList> rows;
    QVector<int> rowLines; // the line each row starts on (1-based, the header is line 1)
};

struct ParseError
{
    int line = 0;   // 1-based
    int column = 0; // 1-based field number
    QString message;
};

// Parses the whole text; on a malformed file, returns false and says where.
bool parse(const QByteArray& bytes, Table* table, ParseError* error);

// One field, quoted when it must be.
QString quote(const QString& field);
// Header and rows as CSV text, CRLF line ends, UTF-8 without a byte-order mark.
QByteArray write(const QStringList& header, const QVector<QStringList>& rows);

} // namespace atlas::csv

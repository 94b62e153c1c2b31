// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csv.h"

#include <QStringDecoder>

namespace atlas::csv {

bool parse(const QByteArray& bytes, Table* table, ParseError* error)
{
    *table = Table();
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(data);
    if (decoder.hasError()) {
        *error = {1, 1, QStringLiteral("The file is not UTF-8 text. Save it from the spreadsheet as \"CSV UTF-8\".")};
        return false;
    }

    QVector<QStringList> records;
    QVector<int> recordLines;
    QStringList record;
    QString field;
    field.reserve(64);
    int line = 1, recordLine = 1;
    bool quoted = false, afterQuote = false, fieldStarted = false;
    const qsizetype n = text.size();
    const auto endField = [&] {
        record.append(field);
        field.clear();
        quoted = afterQuote = fieldStarted = false;
    };
    const auto endRecord = [&] {
        endField();
        // A blank line is not a record.
        if (!(record.size() == 1 && record.first().isEmpty())) {
            records.append(record);
            recordLines.append(recordLine);
        }
        record.clear();
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text[i + 1] == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else if (c == QLatin1Char('"')) {
            if (fieldStarted || afterQuote) {
                *error = {line, int(record.size()) + 1,
                          QStringLiteral("A quote in the middle of a field; quote the whole field and "
                                         "double the quotes inside it (\"\")")};
                return false;
            }
            quoted = true;
            fieldStarted = true;
        } else {
            if (afterQuote) {
                *error = {line, int(record.size()) + 1,
                          QStringLiteral("Text after a closing quote; a quoted field must end at the "
                                         "next comma or line end")};
                return false;
            }
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        *error = {recordLine, int(record.size()) + 1,
                  QStringLiteral("A quoted field is never closed; a quote is missing")};
        return false;
    }
    if (fieldStarted || !record.isEmpty() || !field.isEmpty())
        endRecord();
    if (records.isEmpty()) {
        *error = {1, 1, QStringLiteral("The file is empty; the first line must name the columns")};
        return false;
    }
    table->header = records.takeFirst();
    recordLines.removeFirst();
    for (QString& name : table->header)
        name = name.trimmed();
    table->rows = std::move(records);
    table->rowLines = std::move(recordLines);
    return true;
}

QString quote(const QString& field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) && !field.contains(QLatin1Char('\n')) &&
        !field.contains(QLatin1Char('\r')) && field.trimmed() == field)
        return field;
    QString quotedField = field;
    quotedField.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quotedField + QLatin1Char('"');
}

QByteArray write(const QStringList& header, const QVector<QStringList>& rows)
{
    QString text;
    const auto line = [&text](const QStringList& fields) {
        for (int i = 0; i < fields.size(); ++i) {
            if (i)
                text += QLatin1Char(',');
            text += quote(fields[i]);
        }
        text += QLatin1String("\r\n");
    };
    line(header);
    for (const QStringList& row : rows)
        line(row);
    return text.toUtf8();
}

} // namespace atlas::csv

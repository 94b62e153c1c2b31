// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csv.h"

#include <QStringDecoder>

#include <algorithm>

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

    // Fields are cut out of the text whole where they can be (no quotes), rather than
    // gathered a character at a time: a 100,000-row file parses in a few tens of ms.
    const QChar* chars = text.constData();
    const qsizetype n = text.size();
    QVector<QStringList> records;
    QVector<int> recordLines;
    QStringList record;
    int line = 1;
    qsizetype i = 0;
    const auto isEnd = [](QChar c) { return c == QLatin1Char(',') || c == QLatin1Char('\n') || c == QLatin1Char('\r'); };
    while (i < n) {
        const int recordLine = line;
        record.clear();
        // One record: fields until a line end outside quotes.
        while (true) {
            QString field;
            if (i < n && chars[i] == QLatin1Char('"')) {
                ++i;
                qsizetype chunk = i;
                while (true) {
                    if (i >= n) {
                        *error = {recordLine, int(record.size()) + 1,
                                  QStringLiteral("A quoted field is never closed; a quote is missing")};
                        return false;
                    }
                    if (chars[i] == QLatin1Char('"')) {
                        field.append(chars + chunk, i - chunk);
                        if (i + 1 < n && chars[i + 1] == QLatin1Char('"')) {
                            field.append(QLatin1Char('"'));
                            i += 2;
                            chunk = i;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (chars[i] == QLatin1Char('\n'))
                        ++line;
                    ++i;
                }
                if (i < n && !isEnd(chars[i])) {
                    *error = {line, int(record.size()) + 1,
                              QStringLiteral("Text after a closing quote; a quoted field must end at the "
                                             "next comma or line end")};
                    return false;
                }
            } else {
                const qsizetype start = i;
                while (i < n && !isEnd(chars[i])) {
                    if (chars[i] == QLatin1Char('"')) {
                        *error = {line, int(record.size()) + 1,
                                  QStringLiteral("A quote in the middle of a field; quote the whole field and "
                                                 "double the quotes inside it (\"\")")};
                        return false;
                    }
                    ++i;
                }
                field = QString(chars + start, i - start);
            }
            record.append(std::move(field));
            if (i < n && chars[i] == QLatin1Char(',')) {
                ++i;
                continue;
            }
            break; // a line end, or the end of the text
        }
        if (i < n && chars[i] == QLatin1Char('\r'))
            ++i;
        if (i < n && chars[i] == QLatin1Char('\n'))
            ++i;
        ++line;
        // A blank line is not a record.
        if (!(record.size() == 1 && record.first().isEmpty())) {
            records.append(record);
            recordLines.append(recordLine);
        }
    }
    if (records.isEmpty()) {
        *error = {1, 1, QStringLiteral("The file is empty; the first line must name the columns")};
        return false;
    }
    table->header = records.takeFirst();
    recordLines.removeFirst();
    for (QString& name : table->header)
        name = name.trimmed();
    if (std::all_of(table->header.cbegin(), table->header.cend(), [](const QString& name) { return name.isEmpty(); })) {
        *error = {1, 1, QStringLiteral("The first line names no columns; it must name them, e.g. name,lon,lat")};
        *table = Table();
        return false;
    }
    table->rows = std::move(records);
    table->rowLines = std::move(recordLines);
    return true;
}

QString quote(const QString& field)
{
    // Quoted also when it starts with U+FEFF: unquoted at the start of a file, a reader would
    // take it for a byte-order mark and drop it.
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) && !field.contains(QLatin1Char('\n')) &&
        !field.contains(QLatin1Char('\r')) && field.trimmed() == field && !field.startsWith(QChar(0xFEFF)))
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

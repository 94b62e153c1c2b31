// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/csv.h"

#include <QBuffer>
#include <QCoreApplication>

#include <algorithm>

namespace atlas::csv {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::csv)
};

constexpr qint64 kChunkBytes = 256 * 1024;

bool isFieldEnd(QChar c)
{
    return c == QLatin1Char(',') || c == QLatin1Char('\n') || c == QLatin1Char('\r');
}

} // namespace

Reader::Reader(QIODevice* device) : m_device(device) {}

bool Reader::fail(int line, int column, const QString& message)
{
    m_failed = true;
    m_error = {line, column, message};
    return false;
}

bool Reader::fill()
{
    if (m_eof)
        return false;
    const QByteArray bytes = m_device->read(kChunkBytes);
    if (bytes.isEmpty()) {
        m_eof = true;
        if (!m_device->atEnd())
            return fail(m_line, 1,
                        Text::tr("The file could not be read: %1").arg(m_device->errorString()));
        return false;
    }
    m_bytesRead += bytes.size();
    // The decoder keeps a character split between two chunks for the next one; a leading
    // byte-order mark is dropped.
    const QString text = m_decoder.decode(bytes);
    if (m_decoder.hasError())
        return fail(
            m_line, 1,
            Text::tr("The file is not UTF-8 text. Save it from the spreadsheet as \"CSV UTF-8\"."));
    if (text.contains(QChar(0)))
        return fail(m_line, 1, Text::tr("The file holds NUL bytes, so it is not a CSV text file."));
    m_text += text;
    return true;
}

// The text parse() reads: `more` when it may end inside a record (the file goes on).
struct Reader::Scan
{
    const QChar* chars;
    qsizetype n;
    bool more;
    qsizetype i;      // the next character
    int newlines = 0; // line ends passed since the record began
};

// The steps of parse() are inlined into it (Q_ALWAYS_INLINE): called, they keep the position
// in memory rather than in a register, and a large file parses about a fifth slower.

// A field in quotes, from its opening quote: doubled quotes are one, line ends are kept.
Q_ALWAYS_INLINE Reader::Parsed Reader::quotedField(Scan& s, QString* field, int column)
{
    ++s.i;
    qsizetype chunk = s.i;
    while (true) {
        if (s.i >= s.n) {
            if (s.more)
                return Parsed::NeedMore;
            fail(m_line, column, Text::tr("A quoted field is never closed; a quote is missing."));
            return Parsed::Failed;
        }
        if (s.chars[s.i] == QLatin1Char('"')) {
            if (s.i + 1 >= s.n && s.more)
                return Parsed::NeedMore; // a doubled quote or the closing one?
            field->append(s.chars + chunk, s.i - chunk);
            if (s.i + 1 < s.n && s.chars[s.i + 1] == QLatin1Char('"')) {
                field->append(QLatin1Char('"'));
                s.i += 2;
                chunk = s.i;
                continue;
            }
            ++s.i;
            break;
        }
        if (s.chars[s.i] == QLatin1Char('\n'))
            ++s.newlines;
        ++s.i;
    }
    if (s.i >= s.n && s.more)
        return Parsed::NeedMore; // what follows the closing quote is in the next chunk
    if (s.i < s.n && !isFieldEnd(s.chars[s.i])) {
        fail(m_line + s.newlines, column,
             Text::tr("Text after a closing quote; a quoted field must end at the next comma or "
                      "line end."));
        return Parsed::Failed;
    }
    return Parsed::Record;
}

// A field without quotes, up to the next comma or line end.
Q_ALWAYS_INLINE Reader::Parsed Reader::plainField(Scan& s, QString* field, int column)
{
    // Cut out whole, not gathered a character at a time: a 100,000-row file parses in
    // a few tens of milliseconds.
    const qsizetype start = s.i;
    while (s.i < s.n && !isFieldEnd(s.chars[s.i])) {
        if (s.chars[s.i] == QLatin1Char('"')) {
            fail(m_line + s.newlines, column,
                 Text::tr("A quote in the middle of a field; quote the whole field and double "
                          "the quotes "
                          "inside it (\"\")."));
            return Parsed::Failed;
        }
        ++s.i;
    }
    if (s.i >= s.n && s.more)
        return Parsed::NeedMore;
    *field = QString(s.chars + start, s.i - start);
    return Parsed::Record;
}

// The line end after the last field: CR LF, LF, CR or the end of the text.
Q_ALWAYS_INLINE Reader::Parsed Reader::recordEnd(Scan& s)
{
    if (s.i < s.n && s.chars[s.i] == QLatin1Char('\r')) {
        if (s.i + 1 >= s.n && s.more)
            return Parsed::NeedMore; // CR LF split between two chunks
        ++s.i;
    }
    if (s.i < s.n && s.chars[s.i] == QLatin1Char('\n'))
        ++s.i;
    ++s.newlines;
    return Parsed::Record;
}

// One record from m_pos. NeedMore when the text so far ends inside it and more may come
// (nothing is consumed then; the record is parsed again once the next chunk is in).
Reader::Parsed Reader::parse(QStringList* fields, int* newlines)
{
    fields->clear();
    *newlines = 0;
    Scan scan{m_text.constData(), m_text.size(), !m_eof, m_pos};
    while (true) {
        QString field;
        const int column = int(fields->size()) + 1;
        const Parsed parsed = scan.i < scan.n && scan.chars[scan.i] == QLatin1Char('"')
                                  ? quotedField(scan, &field, column)
                                  : plainField(scan, &field, column);
        if (parsed != Parsed::Record)
            return parsed;
        fields->append(std::move(field));
        if (scan.i < scan.n && scan.chars[scan.i] == QLatin1Char(',')) {
            ++scan.i;
            continue;
        }
        break; // a line end, or the end of the text
    }
    const Parsed end = recordEnd(scan);
    if (end != Parsed::Record)
        return end;
    *newlines = scan.newlines;
    m_pos = scan.i;
    return Parsed::Record;
}

bool Reader::next(QStringList* fields, int* line)
{
    while (!m_failed) {
        if (m_pos >= m_text.size()) {
            m_text.clear();
            m_pos = 0;
            if (!fill())
                return false; // the end, or a read error
            continue;
        }
        int newlines = 0;
        const Parsed parsed = parse(fields, &newlines);
        if (parsed == Parsed::Failed)
            return false;
        if (parsed == Parsed::NeedMore) {
            if (m_text.size() - m_pos > kMaxRecordChars)
                return fail(
                    m_line, int(fields->size()) + 1,
                    Text::tr("The record is longer than %1 million characters; this is not a "
                             "spreadsheet row.")
                        .arg(kMaxRecordChars / (1024 * 1024)));
            m_text.remove(0, m_pos);
            m_pos = 0;
            if (!fill() && m_failed)
                return false;
            continue; // parsed again with the next chunk (or, at the end, as the last record)
        }
        *line = m_line;
        m_line += newlines;
        if (fields->size() == 1 && fields->first().isEmpty())
            continue; // a blank line is not a record
        return true;
    }
    return false;
}

bool parse(const QByteArray& bytes, Table* table, ParseError* error)
{
    *table = Table();
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    Reader reader(&buffer);
    QStringList fields;
    int line = 0;
    bool header = true;
    while (reader.next(&fields, &line)) {
        if (header) {
            for (QString& name : fields)
                name = name.trimmed();
            table->header = fields;
            header = false;
            continue;
        }
        table->rows.append(fields);
        table->rowLines.append(line);
    }
    if (reader.failed()) {
        *error = reader.error();
        *table = Table();
        return false;
    }
    if (header) {
        *error = {1, 1, Text::tr("The file is empty; the first line must name the columns.")};
        return false;
    }
    if (std::all_of(table->header.cbegin(), table->header.cend(), [](const QString& name) { return name.isEmpty(); })) {
        *error = {
            1, 1,
            Text::tr("The first line names no columns; it must name them, e.g. name,lon,lat.")};
        *table = Table();
        return false;
    }
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

QString line(const QStringList& fields)
{
    QString text;
    for (int i = 0; i < fields.size(); ++i) {
        if (i)
            text += QLatin1Char(',');
        text += quote(fields[i]);
    }
    text += QLatin1String("\r\n");
    return text;
}

QByteArray write(const QStringList& header, const QVector<QStringList>& rows)
{
    QString text = line(header);
    for (const QStringList& row : rows)
        text += line(row);
    return text.toUtf8();
}

} // namespace atlas::csv

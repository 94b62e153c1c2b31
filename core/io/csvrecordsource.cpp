// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/recordsources.h"

#include <QCoreApplication>
#include <QIODevice>

namespace atlas::io {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::io::Records)
};

} // namespace

CsvRecordSource::CsvRecordSource(QIODevice* device) : m_device(device), m_reader(device) {}

double CsvRecordSource::progress() const
{
    const qint64 size = m_device->isSequential() ? 0 : m_device->size();
    return size > 0 ? std::min(1.0, double(m_reader.bytesRead()) / double(size)) : 0.0;
}

bool CsvRecordSource::read(const Visit& visit)
{
    QStringList fields;
    int line = 0;
    bool header = true;
    while (m_reader.next(&fields, &line)) {
        if (header) {
            header = false;
            for (const QString& name : std::as_const(fields))
                m_columns << name.trimmed().toLower();
            if (m_columns.size() > kMaxColumns) {
                m_error = {1, QStringLiteral("column %1").arg(kMaxColumns + 1),
                           Text::tr("The first line names %1 columns; an import reads at most %2.")
                               .arg(m_columns.size())
                               .arg(kMaxColumns)};
                return false;
            }
            if (std::all_of(m_columns.cbegin(), m_columns.cend(),
                            [](const QString& c) { return c.isEmpty(); })) {
                m_error = {
                    1, QStringLiteral("column 1"),
                    Text::tr(
                        "The first line names no columns; it must name them, e.g. name,lon,lat.")};
                return false;
            }
            continue;
        }
        if (fields.size() > m_columns.size()) {
            m_error = {
                line, QStringLiteral("column %1").arg(m_columns.size() + 1),
                Text::tr(
                    "The row has %1 fields but the header names %2 columns; a comma inside a field "
                    "needs the field in quotes.")
                    .arg(fields.size())
                    .arg(m_columns.size())};
            return false;
        }
        if (!visit(m_columns, Record{line, fields}))
            return true;
    }
    if (m_reader.failed()) {
        const csv::ParseError& e = m_reader.error();
        m_error = {e.line, QStringLiteral("column %1").arg(e.column), e.message};
        return false;
    }
    if (header) {
        m_error = {1, QStringLiteral("column 1"),
                   Text::tr("The file is empty; the first line must name the columns.")};
        return false;
    }
    return true;
}

} // namespace atlas::io

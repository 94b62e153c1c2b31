// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/datatable.h"

#include "core/io/csv.h"
#include "core/io/outputfile.h"
#include "core/io/spreadsheetcells.h"

#include <cmath>

namespace atlas::io {
namespace {

bool isNumberColumn(const DataTable& table, int column)
{
    return table.columns.value(column).decimals >= 0;
}

// A note is one line: a line break in a name would start a row of its own.
QString oneLine(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String(" "));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    return text;
}

QStringList header(const DataTable& table)
{
    QStringList names;
    for (const DataColumn& column : table.columns)
        names << column.name;
    return names;
}

} // namespace

QString DataTable::cellText(int row, int column) const
{
    const QVariant& value = rows.value(row).value(column);
    if (columns.value(column).decimals < 0)
        return value.toString();
    const double number = value.toDouble();
    if (!value.isValid() || std::isnan(number))
        return {};
    // The C locale, whatever the user's: QString::number never groups digits.
    QString text = QString::number(number, 'f', columns[column].decimals);
    if (text.startsWith(QLatin1Char('-')) && text.toDouble() == 0)
        text.remove(0, 1); // "-0.000" is 0
    return text;
}

QByteArray tableCsv(const DataTable& table)
{
    QString text;
    for (const QString& note : table.notes)
        text += QStringLiteral("# ") + oneLine(note) + QStringLiteral("\r\n");
    QStringList names;
    for (const QString& name : header(table))
        names << neutralizedCell(name);
    text += csv::line(names);
    for (int r = 0; r < table.rows.size(); ++r) {
        QStringList cells;
        for (int c = 0; c < table.columns.size(); ++c)
            cells << (isNumberColumn(table, c) ? table.cellText(r, c)
                                               : neutralizedCell(table.cellText(r, c)));
        text += csv::line(cells);
    }
    return text.toUtf8();
}

QString tableTsv(const DataTable& table)
{
    QString text;
    for (const QString& note : table.notes)
        text += oneLine(note) + QLatin1Char('\n');
    QStringList names;
    for (const QString& name : header(table))
        names << neutralizedCell(oneLine(name));
    text += names.join(QLatin1Char('\t')) + QLatin1Char('\n');
    for (int r = 0; r < table.rows.size(); ++r) {
        QStringList cells;
        for (int c = 0; c < table.columns.size(); ++c)
            cells << (isNumberColumn(table, c) ? table.cellText(r, c)
                                               : neutralizedCell(oneLine(table.cellText(r, c))));
        text += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return text;
}

QString tableHtml(const DataTable& table)
{
    QString html = QStringLiteral("<table>");
    if (!table.notes.isEmpty()) {
        QStringList notes;
        for (const QString& note : table.notes)
            notes << note.toHtmlEscaped();
        html += QStringLiteral("<caption>") + notes.join(QStringLiteral("<br>")) +
                QStringLiteral("</caption>");
    }
    html += QStringLiteral("<tr>");
    for (const QString& name : header(table))
        html += QStringLiteral("<th>") + name.toHtmlEscaped() + QStringLiteral("</th>");
    html += QStringLiteral("</tr>");
    for (int r = 0; r < table.rows.size(); ++r) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < table.columns.size(); ++c) {
            html += (isNumberColumn(table, c) ? QStringLiteral("<td align=\"right\">")
                                              : QStringLiteral("<td>")) +
                    table.cellText(r, c).toHtmlEscaped() + QStringLiteral("</td>");
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString writeTableCsv(const QString& path, const DataTable& table)
{
    return writeOutputFile(path, tableCsv(table));
}

} // namespace atlas::io

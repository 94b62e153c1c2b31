// SPDX-License-Identifier: GPL-3.0-or-later
// A small table of numbers with named columns and a few lines of notes (what it shows, the
// scenario, the sources), written as CSV for a file, or as tab-separated text and an HTML
// table for the clipboard. The numbers behind a chart are one (ui/charts/charttable.h).
//
// Numbers are written in the C locale ("1234.5", never "1.234,5" or "1,234.5") so that every
// spreadsheet and script reads them alike; text cells are escaped for each format (quoted for
// CSV, neutralised against formulas, HTML-escaped).
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

namespace atlas::io {

struct DataColumn
{
    QString name;      // with its unit: "IT power, recorded (MW)"
    int decimals = -1; // of a number column; -1 for a text column
};

struct DataTable
{
    QStringList notes; // one line each: the title, the scenario, the sources
    QVector<DataColumn> columns;
    // One value per column: a double for a number column (NaN: no value), a QString for text.
    QVector<QVector<QVariant>> rows;

    // The cell as written: a number in the C locale with its column's decimals, text as it is.
    QString cellText(int row, int column) const;
};

// The notes as "# " lines, then the header and the rows: CRLF line ends, UTF-8, text cells
// quoted when they must be and neutralised against formulas (io/spreadsheetcells.h).
QByteArray tableCsv(const DataTable& table);
// Tab-separated, for pasting into a spreadsheet: the notes, then the header and the rows; a
// tab or line break inside a cell becomes a space.
QString tableTsv(const DataTable& table);
// An HTML table (the notes as a caption above it), every text escaped.
QString tableHtml(const DataTable& table);

// Writes the CSV into `path` through an OutputFile. Returns the error, or an empty string.
QString writeTableCsv(const QString& path, const DataTable& table);

} // namespace atlas::io

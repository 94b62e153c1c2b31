// SPDX-License-Identifier: GPL-3.0-or-later
// Text cells that a spreadsheet would run as a formula. A site named "=HYPERLINK(...)" or
// "@SUM(...)" in an exported CSV becomes a live formula when the file is opened in Excel or
// LibreOffice (CSV injection). As OWASP advises, a text cell that starts with =, +, -, @, a
// tab or a carriage return is written with an apostrophe before it, which spreadsheets show
// as text; our own CSV import takes the apostrophe off again, so an export imports back to
// the same text. Number columns are written as they are (-97.2 stays a number).
#pragma once

#include <QString>

namespace atlas::io {

// The cell to write for `text` in a text column.
QString neutralizedCell(const QString& text);

// The text a cell written by neutralizedCell() stands for; any other cell as it is.
QString restoredCell(const QString& cell);

} // namespace atlas::io

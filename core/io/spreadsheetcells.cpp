// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/spreadsheetcells.h"

namespace atlas::io {
namespace {

bool startsFormula(QStringView text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.front();
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
           c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

// The text after its leading apostrophes. A text that already starts with apostrophes before
// a formula character gets one more, so that taking one off on import is never ambiguous:
// "=x" is written '=x, "'=x" is written ''=x.
QStringView afterApostrophes(const QString& text)
{
    qsizetype i = 0;
    while (i < text.size() && text[i] == QLatin1Char('\''))
        ++i;
    return QStringView(text).mid(i);
}

} // namespace

QString neutralizedCell(const QString& text)
{
    return startsFormula(afterApostrophes(text)) ? QLatin1Char('\'') + text : text;
}

QString restoredCell(const QString& cell)
{
    return cell.startsWith(QLatin1Char('\'')) && startsFormula(afterApostrophes(cell)) ? cell.mid(1)
                                                                                       : cell;
}

} // namespace atlas::io

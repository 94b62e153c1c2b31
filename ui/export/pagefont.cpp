// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/pagefont.h"

#include <QRegularExpression>
#include <QStringList>

namespace atlas {

QFont pageFont(int pixelSize, bool bold)
{
    QFont font(QString::fromLatin1(kPageFontFamily));
    font.setFamilies(
        {QString::fromLatin1(kPageFontFamily), QString::fromLatin1(kPageCjkFontFamily)});
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    font.setStyleHint(QFont::SansSerif);
    return font;
}

QByteArray withCjkFallback(const QByteArray& svg)
{
    // QSvgGenerator writes the family as font-family="NAME" (its only form), and escapes
    // quotes in NAME, so the attribute ends at the next quote.
    static const QRegularExpression family(QStringLiteral("font-family=\"([^\"]*)\""));
    const QString fallback = QString::fromLatin1(kPageCjkFontFamily);
    const QString text = QString::fromUtf8(svg);
    QString result;
    result.reserve(text.size() + text.size() / 8);
    qsizetype from = 0;
    for (const QRegularExpressionMatch& match : family.globalMatch(text)) {
        result += QStringView(text).mid(from, match.capturedStart() - from);
        const QString name = match.captured(1);
        result += name.contains(fallback)
                      ? match.captured()
                      : QStringLiteral("font-family=\"%1, %2\"").arg(name, fallback);
        from = match.capturedEnd();
    }
    result += QStringView(text).mid(from);
    return result.toUtf8();
}

} // namespace atlas

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/numbertext.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace atlas {

NumberText parseNumberText(const QString& typed)
{
    QString text = typed.trimmed();
    if (text.isEmpty())
        return {};
    text.remove(QLatin1Char(' ')).remove(QChar(0x202F)).remove(QChar(0x00A0)).remove(QLatin1Char('_'));
    // "1,200" and "1,200,000.5": commas between groups of three digits are separators.
    static const QRegularExpression grouped(QStringLiteral(R"(^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$)"));
    if (grouped.match(text).hasMatch())
        text.remove(QLatin1Char(','));
    static const QLocale strict = [] {
        QLocale c = QLocale::c();
        c.setNumberOptions(QLocale::RejectGroupSeparator);
        return c;
    }();
    bool ok = false;
    double value = strict.toDouble(text, &ok);
    if (!ok)
        value = QLocale().toDouble(text, &ok); // "1,5" where the decimal mark is a comma
    if (!ok || !std::isfinite(value))
        return {std::nullopt, true};
    return {value, false};
}

CountText parseCountText(const QString& text)
{
    const NumberText number = parseNumberText(text);
    if (number.bad)
        return {std::nullopt, true};
    if (!number.value)
        return {};
    constexpr double kLargestExact = 9007199254740992.0; // 2^53
    const double value = *number.value;
    if (value != std::floor(value) || std::abs(value) >= kLargestExact)
        return {std::nullopt, true};
    return {qint64(value), false};
}

QString numberText(double value) { return QString::number(value, 'g', 15); }

QString numberText(const std::optional<double>& value) { return value ? numberText(*value) : QString(); }

} // namespace atlas

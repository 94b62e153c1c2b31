// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/enumtext.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace atlas {
namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> lookup(const QString& key, const std::pair<Enum, const char*> (&table)[N])
{
    for (const auto& [value, text] : table) {
        if (key.compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

template <typename Enum, std::size_t N>
QString keyOf(Enum value, const std::pair<Enum, const char*> (&table)[N])
{
    for (const auto& [candidate, text] : table) {
        if (candidate == value)
            return QLatin1String(text);
    }
    return {};
}

const std::pair<LocationPrecision, const char*> kPrecision[] = {
    {LocationPrecision::Exact, "exact"},
    {LocationPrecision::Approximate, "approximate"},
    {LocationPrecision::Unknown, "unknown"}};
const std::pair<SiteStatus, const char*> kSiteStatus[] = {{SiteStatus::Announced, "announced"},
                                                          {SiteStatus::Building, "building"},
                                                          {SiteStatus::Operating, "operating"}};
const std::pair<DatePrecision, const char*> kDatePrecision[] = {{DatePrecision::Day, "day"},
                                                                {DatePrecision::Month, "month"},
                                                                {DatePrecision::Quarter, "quarter"},
                                                                {DatePrecision::Year, "year"}};
const std::pair<LinkStatus, const char*> kLinkStatus[] = {
    {LinkStatus::Planned, "planned"}, {LinkStatus::Building, "building"}, {LinkStatus::Lit, "lit"}};

// What a person reads for each value (the keys above are what files and the database hold).
const std::pair<LocationPrecision, const char*> kPrecisionNames[] = {
    {LocationPrecision::Exact, QT_TRANSLATE_NOOP("atlas::EnumText", "Exact")},
    {LocationPrecision::Approximate, QT_TRANSLATE_NOOP("atlas::EnumText", "Approximate")},
    {LocationPrecision::Unknown, QT_TRANSLATE_NOOP("atlas::EnumText", "Not placed")}};
const std::pair<SiteStatus, const char*> kSiteStatusNames[] = {
    {SiteStatus::Announced, QT_TRANSLATE_NOOP("atlas::EnumText", "Announced")},
    {SiteStatus::Building, QT_TRANSLATE_NOOP("atlas::EnumText", "Building")},
    {SiteStatus::Operating, QT_TRANSLATE_NOOP("atlas::EnumText", "Operating")}};
const std::pair<LinkStatus, const char*> kLinkStatusNames[] = {
    {LinkStatus::Planned, QT_TRANSLATE_NOOP("atlas::EnumText", "Planned")},
    {LinkStatus::Building, QT_TRANSLATE_NOOP("atlas::EnumText", "Building")},
    {LinkStatus::Lit, QT_TRANSLATE_NOOP("atlas::EnumText", "Lit")}};

template <typename Enum, std::size_t N>
QString nameOf(Enum value, const std::pair<Enum, const char*> (&table)[N])
{
    for (const auto& [candidate, text] : table) {
        if (candidate == value)
            return QCoreApplication::translate("atlas::EnumText", text);
    }
    return {};
}

template <typename Enum, std::size_t N>
QStringList keysOf(const std::pair<Enum, const char*> (&table)[N])
{
    QStringList keys;
    for (const auto& entry : table)
        keys << QLatin1String(entry.second);
    return keys;
}

} // namespace

QString toKey(LocationPrecision value) { return keyOf(value, kPrecision); }
QString toKey(SiteStatus value) { return keyOf(value, kSiteStatus); }
QString toKey(DatePrecision value) { return keyOf(value, kDatePrecision); }
QString toKey(LinkStatus value) { return keyOf(value, kLinkStatus); }

std::optional<LocationPrecision> locationPrecisionFromKey(const QString& key)
{
    return lookup(key, kPrecision);
}
std::optional<SiteStatus> siteStatusFromKey(const QString& key) { return lookup(key, kSiteStatus); }
std::optional<DatePrecision> datePrecisionFromKey(const QString& key)
{
    return lookup(key, kDatePrecision);
}
std::optional<LinkStatus> linkStatusFromKey(const QString& key) { return lookup(key, kLinkStatus); }

QString displayName(LocationPrecision value) { return nameOf(value, kPrecisionNames); }
QString displayName(SiteStatus value) { return nameOf(value, kSiteStatusNames); }
QString displayName(LinkStatus value) { return nameOf(value, kLinkStatusNames); }

QStringList siteStatusKeys() { return keysOf(kSiteStatus); }
QStringList linkStatusKeys() { return keysOf(kLinkStatus); }

QString formatDate(const QDate& date, DatePrecision precision)
{
    if (!date.isValid())
        return {};
    switch (precision) {
    case DatePrecision::Day:
        return date.toString(Qt::ISODate);
    case DatePrecision::Month:
        return date.toString(QStringLiteral("yyyy-MM"));
    case DatePrecision::Quarter:
        return QStringLiteral("%1-Q%2").arg(date.year()).arg((date.month() - 1) / 3 + 1);
    case DatePrecision::Year:
        return QString::number(date.year());
    }
    return {};
}

std::optional<DateWithPrecision> parseDate(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*(\d{4})(?:-(?:[Qq]([1-4])|(\d{1,2}))(?:-(\d{1,2}))?)?\s*$)"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int year = m.captured(1).toInt();
    if (!m.captured(2).isEmpty()) {
        if (!m.captured(4).isEmpty())
            return std::nullopt; // "2027-Q1-05"
        const int lastMonth = m.captured(2).toInt() * 3;
        const QDate first(year, lastMonth, 1);
        return DateWithPrecision{first.addDays(first.daysInMonth() - 1), DatePrecision::Quarter};
    }
    if (m.captured(3).isEmpty())
        return DateWithPrecision{QDate(year, 12, 31), DatePrecision::Year};
    const int month = m.captured(3).toInt();
    if (m.captured(4).isEmpty()) {
        const QDate first(year, month, 1);
        if (!first.isValid())
            return std::nullopt;
        return DateWithPrecision{first.addDays(first.daysInMonth() - 1), DatePrecision::Month};
    }
    const QDate day(year, month, m.captured(4).toInt());
    if (!day.isValid())
        return std::nullopt;
    return DateWithPrecision{day, DatePrecision::Day};
}

} // namespace atlas

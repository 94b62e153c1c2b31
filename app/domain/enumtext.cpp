// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/enumtext.h"

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
    {LocationPrecision::Exact, "exact"}, {LocationPrecision::Approximate, "approximate"}};
const std::pair<SiteStatus, const char*> kSiteStatus[] = {{SiteStatus::Announced, "announced"},
                                                          {SiteStatus::Building, "building"},
                                                          {SiteStatus::Operating, "operating"}};
const std::pair<DatePrecision, const char*> kDatePrecision[] = {{DatePrecision::Day, "day"},
                                                                {DatePrecision::Month, "month"},
                                                                {DatePrecision::Quarter, "quarter"},
                                                                {DatePrecision::Year, "year"}};
const std::pair<LinkStatus, const char*> kLinkStatus[] = {
    {LinkStatus::Planned, "planned"}, {LinkStatus::Building, "building"}, {LinkStatus::Lit, "lit"}};

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
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

QString displayName(LocationPrecision value) { return capitalised(toKey(value)); }
QString displayName(SiteStatus value) { return capitalised(toKey(value)); }
QString displayName(LinkStatus value) { return capitalised(toKey(value)); }

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

} // namespace atlas

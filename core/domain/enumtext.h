// SPDX-License-Identifier: GPL-3.0-or-later
// The text form of the domain's enums: the keys stored in the database and files
// ("approximate", "lit") and the words shown to people ("Approximate", "Lit").
#pragma once

#include "core/domain/entities.h"

#include <QStringList>

#include <optional>

namespace atlas {

QString toKey(LocationPrecision value);
QString toKey(SiteStatus value);
QString toKey(DatePrecision value);
QString toKey(LinkStatus value);

std::optional<LocationPrecision> locationPrecisionFromKey(const QString& key);
std::optional<SiteStatus> siteStatusFromKey(const QString& key);
std::optional<DatePrecision> datePrecisionFromKey(const QString& key);
std::optional<LinkStatus> linkStatusFromKey(const QString& key);

QString displayName(LocationPrecision value);
QString displayName(SiteStatus value);
QString displayName(LinkStatus value);

QStringList siteStatusKeys();
QStringList linkStatusKeys();

// "2027-Q1", "2025-09", "2024", "2024-10-09": the date as precisely as it is known.
QString formatDate(const QDate& date, DatePrecision precision);
// The reverse, for what people type: "2027-Q1", "2025-09" and "2024" stand for the last day
// of the quarter, month or year, with that precision; "2024-10-09" is a day. nullopt when the
// text is none of these or not a real date.
struct DateWithPrecision
{
    QDate date;
    DatePrecision precision = DatePrecision::Day;
};
std::optional<DateWithPrecision> parseDate(const QString& text);

} // namespace atlas

// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/sqlerrortext.h"

#include <QCoreApplication>
#include <QHash>

namespace atlas::db {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::db::SqlErrorText)
};

QString rowName(const Row& row)
{
    return std::visit(
        [](const auto& r) -> QString {
            using T = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<T, Source>)
                return r.title;
            else if constexpr (std::is_same_v<T, SitePhase>)
                return r.onlineDate.toString(Qt::ISODate);
            else if constexpr (std::is_same_v<T, FiberLink>)
                return QStringLiteral("%1–%2").arg(r.siteA).arg(r.siteB);
            else if constexpr (std::is_same_v<T, Claim>)
                return r.metric;
            else
                return r.name;
        },
        row);
}

// Messages for the named CHECK constraints of the schema (db/migrations/*.sql).
const QHash<QString, const char*>& checkMessages()
{
    static const QHash<QString, const char*> messages = {
        {QStringLiteral("site_lat_range"),
         QT_TRANSLATE_NOOP("atlas::db::SqlErrorText",
                           "Latitude must be between -90 and 90 degrees.")},
        {QStringLiteral("site_lon_range"),
         QT_TRANSLATE_NOOP("atlas::db::SqlErrorText",
                           "Longitude must be between -180 and 180 degrees.")},
        {QStringLiteral("link_ends_differ"),
         QT_TRANSLATE_NOOP("atlas::db::SqlErrorText",
                           "A link joins two different sites; both ends are the same.")},
        {QStringLiteral("phase_it_mw_not_negative"),
         QT_TRANSLATE_NOOP("atlas::db::SqlErrorText", "IT power cannot be negative.")},
        {QStringLiteral("phase_gpu_count_not_negative"),
         QT_TRANSLATE_NOOP("atlas::db::SqlErrorText", "GPU count cannot be negative.")},
        {QStringLiteral("phase_capex_not_negative"),
         QT_TRANSLATE_NOOP("atlas::db::SqlErrorText", "Capex cannot be negative.")},
        {QStringLiteral("site_planned_mw_not_negative"),
         QT_TRANSLATE_NOOP("atlas::db::SqlErrorText", "Planned power cannot be negative.")},
        {QStringLiteral("phase_date_valid"),
         QT_TRANSLATE_NOOP("atlas::db::SqlErrorText",
                           "The date must be a real date written YYYY-MM-DD.")},
        {QStringLiteral("link_date_valid"),
         QT_TRANSLATE_NOOP("atlas::db::SqlErrorText",
                           "The date must be a real date written YYYY-MM-DD.")},
        {QStringLiteral("claim_range_ordered"),
         QT_TRANSLATE_NOOP("atlas::db::SqlErrorText",
                           "A claim's high value cannot be below its low value.")},
        {QStringLiteral("gpu_tdp_positive"),
         QT_TRANSLATE_NOOP("atlas::db::SqlErrorText", "Chip power must be more than 0 W.")},
        {QStringLiteral("gpu_overhead_at_least_one"),
         QT_TRANSLATE_NOOP("atlas::db::SqlErrorText", "Overhead is a factor of at least 1.0.")},
        {QStringLiteral("operator_color_hex"),
         QT_TRANSLATE_NOOP("atlas::db::SqlErrorText", "Colour must be written #rrggbb.")},
        {QStringLiteral("scenario_params_json"),
         QT_TRANSLATE_NOOP("atlas::db::SqlErrorText",
                           "The scenario's settings are not valid JSON.")},
        {QStringLiteral("site_location_given"),
         QT_TRANSLATE_NOOP("atlas::db::SqlErrorText",
                           "A placed site needs both longitude and latitude; a site not yet placed "
                           "has neither.")},
        {QStringLiteral("site_origin_complete"),
         QT_TRANSLATE_NOOP("atlas::db::SqlErrorText",
                           "An imported row names its dataset and its key there.")},
        {QStringLiteral("phase_origin_complete"),
         QT_TRANSLATE_NOOP("atlas::db::SqlErrorText",
                           "An imported row names its dataset and its key there.")},
        {QStringLiteral("phase_facility_mw_not_negative"),
         QT_TRANSLATE_NOOP("atlas::db::SqlErrorText", "Facility power cannot be negative.")},
        {QStringLiteral("phase_h100e_not_negative"),
         QT_TRANSLATE_NOOP("atlas::db::SqlErrorText", "H100-equivalents cannot be negative.")},
        {QStringLiteral("phase_buildings_not_negative"),
         QT_TRANSLATE_NOOP("atlas::db::SqlErrorText", "Buildings operational cannot be negative.")},
        {QStringLiteral("chip_count_not_negative"),
         QT_TRANSLATE_NOOP("atlas::db::SqlErrorText", "GPU count cannot be negative.")},
        {QStringLiteral("gpu_alias_not_blank"),
         QT_TRANSLATE_NOOP("atlas::db::SqlErrorText", "An alias cannot be blank.")},
    };
    return messages;
}

} // namespace

QString describeFileError(const QSqlError& error)
{
    const QString text = error.databaseText();
    if (text.contains(QLatin1String("readonly"), Qt::CaseInsensitive))
        return Text::tr("The database file cannot be written (it or its folder is "
                        "read-only). Nothing was changed; save a copy to edit it.");
    if (text.contains(QLatin1String("locked")) || text.contains(QLatin1String("busy")))
        return Text::tr("The database is busy: another program is writing to it. Nothing "
                        "was changed; try again in a moment.");
    if (text.contains(QLatin1String("full")))
        return Text::tr("The disk is full. Nothing was changed; free some space and try "
                        "again.");
    if (text.contains(QLatin1String("disk I/O")))
        return Text::tr("The disk could not be written (I/O error). Nothing was changed.");
    return {};
}

QString describeWriteError(const QSqlError& error, const Change& change)
{
    if (QString fileError = describeFileError(error); !fileError.isEmpty())
        return fileError;

    const QString kind = rowKindName(change.row);
    const QString name = rowName(change.row);
    const QString text = error.databaseText();

    if (text.startsWith(QLatin1String("UNIQUE constraint failed: gpu_model_aliases")))
        return Text::tr("%1 \"%2\": one of its aliases already names another GPU model.")
            .arg(kind, name);
    if (text.startsWith(QLatin1String("UNIQUE constraint failed")) && text.contains(QLatin1String("origin_")))
        return Text::tr("%1 \"%2\": another %1 was imported from the same row of the same dataset.")
            .arg(kind, name);
    if (text.startsWith(QLatin1String("UNIQUE constraint failed"))) {
        return Text::tr("%1 \"%2\": a %1 with this name already exists; choose another name.")
            .arg(kind, name);
    }
    if (text.startsWith(QLatin1String("CHECK constraint failed"))) {
        const QString rule = text.section(QLatin1Char(':'), 1).trimmed();
        if (const char* message = checkMessages().value(rule))
            return Text::tr("%1 \"%2\": %3")
                .arg(kind, name, QCoreApplication::translate("atlas::db::SqlErrorText", message));
        return Text::tr("%1 \"%2\": a value breaks the rule %3.").arg(kind, name, rule);
    }
    if (text.startsWith(QLatin1String("FOREIGN KEY constraint failed"))) {
        if (change.kind == Change::Kind::Remove)
            return Text::tr("%1 \"%2\": other rows still refer to it (an operator's sites, say); "
                            "change or delete those first.")
                .arg(kind, name);
        return Text::tr("%1 \"%2\": it refers to a site, operator, GPU model or source that "
                        "does not exist.")
            .arg(kind, name);
    }
    if (text.startsWith(QLatin1String("NOT NULL constraint failed"))) {
        return Text::tr("%1 \"%2\": the field %3 is required.")
            .arg(kind, name, text.section(QLatin1Char('.'), -1));
    }
    return Text::tr("%1 \"%2\": the database refused the change: %3").arg(kind, name, text);
}

} // namespace atlas::db

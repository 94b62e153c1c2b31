// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/validation.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <cmath>

namespace atlas {
namespace {

class Checker
{
public:
    // The message is a string or a function that makes it: messages with numbers in them are
    // only formatted when the check fails (an import checks 100,000 rows).
    template <typename Message>
    void require(bool ok, const char* field, Message&& message)
    {
        if (ok)
            return;
        if constexpr (std::is_invocable_v<Message>)
            m_errors.append({QLatin1String(field), message()});
        else
            m_errors.append({QLatin1String(field), QString(message)});
    }
    void name(const QString& value, const char* field = "name")
    {
        require(!value.trimmed().isEmpty(), field, QStringLiteral("A name is required."));
    }
    void notNegative(const std::optional<double>& value, const char* field, const QString& what)
    {
        if (value)
            notNegative(*value, field, what);
    }
    void notNegative(double value, const char* field, const QString& what)
    {
        require(std::isfinite(value) && value >= 0, field,
                [&] { return QStringLiteral("%1 cannot be negative (got %2).").arg(what).arg(value); });
    }
    void url(const QString& value)
    {
        if (value.isEmpty())
            return;
        const QUrl parsed(value, QUrl::StrictMode);
        require(parsed.isValid() && !parsed.scheme().isEmpty(), "url", [&] {
            return QStringLiteral("\"%1\" is not a web address; write it in full, with https://.").arg(value);
        });
    }
    FieldErrors take() { return std::move(m_errors); }

private:
    FieldErrors m_errors;
};

} // namespace

FieldErrors validate(const Source& source)
{
    Checker check;
    check.require(!source.title.trimmed().isEmpty(), "title",
                  QStringLiteral("A source needs a title."));
    check.url(source.url);
    return check.take();
}

FieldErrors validate(const Operator& op)
{
    Checker check;
    check.name(op.name);
    static const QRegularExpression hexColor(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    check.require(op.color.isEmpty() || hexColor.match(op.color).hasMatch(), "color",
                  QStringLiteral("Colour must be written #rrggbb (got \"%1\").").arg(op.color));
    return check.take();
}

FieldErrors validate(const GpuModel& model)
{
    Checker check;
    check.name(model.name);
    check.require(std::isfinite(model.tdpW) && model.tdpW > 0, "tdp_w",
                  QStringLiteral("Chip power must be more than 0 W."));
    check.require(std::isfinite(model.overhead) && model.overhead >= 1.0, "overhead",
                  QStringLiteral("Server and network overhead is a factor of at least 1.0 "
                                 "(1.82 for 8-GPU servers)."));
    check.require(model.year == 0 || (model.year >= 1990 && model.year <= 2100), "year",
                  [&] { return QStringLiteral("Year %1 is outside 1990-2100.").arg(model.year); });
    check.notNegative(model.bf16Tflops, "bf16_tflops", QStringLiteral("BF16 TFLOPS"));
    check.notNegative(model.fp8Tflops, "fp8_tflops", QStringLiteral("FP8 TFLOPS"));
    check.notNegative(model.hbmGb, "hbm_gb", QStringLiteral("Memory"));
    check.notNegative(model.unitPriceUsd, "unit_price_usd", QStringLiteral("Unit price"));
    check.notNegative(model.systemPriceUsd, "system_price_usd", QStringLiteral("System price"));
    for (const QString& alias : model.aliases)
        check.require(!alias.trimmed().isEmpty(), "aliases", QStringLiteral("An alias cannot be blank."));
    check.require(QSet<QString>(model.aliases.begin(), model.aliases.end()).size() == model.aliases.size(),
                  "aliases", QStringLiteral("An alias is listed twice."));
    return check.take();
}

FieldErrors validate(const Site& site)
{
    Checker check;
    check.name(site.name);
    if (site.hasLocation()) {
        check.require(std::isfinite(site.lat) && site.lat >= -90.0 && site.lat <= 90.0, "lat",
                      [&] { return QStringLiteral("Latitude must be between -90 and 90 degrees (got %1).")
                          .arg(site.lat); });
        check.require(std::isfinite(site.lon) && site.lon >= -180.0 && site.lon <= 180.0, "lon",
                      [&] { return QStringLiteral("Longitude must be between -180 and 180 degrees (got %1).")
                          .arg(site.lon); });
    }
    check.require(!site.referenceIds.contains(0), "references", QStringLiteral("A reference names no source."));
    check.notNegative(site.plannedMw, "planned_mw", QStringLiteral("Planned power"));
    return check.take();
}

FieldErrors validate(const SitePhase& phase)
{
    Checker check;
    check.require(phase.siteId != 0, "site_id", QStringLiteral("A phase belongs to a site."));
    check.require(phase.onlineDate.isValid(), "online_date",
                  QStringLiteral("A phase needs a valid date (YYYY-MM-DD)."));
    check.require(!phase.onlineDate.isValid() ||
                      (phase.onlineDate.year() >= 1990 && phase.onlineDate.year() <= 2100),
                  "online_date",
                  [&] { return QStringLiteral("Date %1 is outside 1990-2100.")
                      .arg(phase.onlineDate.toString(Qt::ISODate)); });
    check.notNegative(phase.itMw, "it_mw", QStringLiteral("IT power"));
    check.notNegative(phase.facilityMw, "facility_mw", QStringLiteral("Facility power"));
    check.notNegative(phase.h100e, "h100e", QStringLiteral("H100-equivalents"));
    check.notNegative(phase.buildingsOperational, "buildings", QStringLiteral("Buildings operational"));
    for (const ChipCount& chip : phase.chips) {
        if (chip.count)
            check.require(*chip.count >= 0, "gpu_count",
                          [&] { return QStringLiteral("GPU count cannot be negative (got %1).")
                              .arg(*chip.count); });
    }
    for (qsizetype i = 0; i < phase.chips.size(); ++i) {
        for (qsizetype j = i + 1; j < phase.chips.size(); ++j)
            check.require(phase.chips[i].gpuModelId == 0 || phase.chips[i].gpuModelId != phase.chips[j].gpuModelId,
                          "gpu_model", QStringLiteral("A GPU model is listed twice in one phase; give its count once."));
    }
    check.notNegative(phase.capexUsd, "capex_usd", QStringLiteral("Capex"));
    return check.take();
}

FieldErrors validate(const FiberLink& link)
{
    Checker check;
    check.require(link.siteA != 0, "site_a", QStringLiteral("Choose the site at one end."));
    check.require(link.siteB != 0, "site_b", QStringLiteral("Choose the site at the other end."));
    check.require(link.siteA == 0 || link.siteA != link.siteB, "site_b",
                  QStringLiteral("A link joins two different sites; both ends are the same."));
    check.notNegative(link.capacityTbps, "capacity_tbps", QStringLiteral("Capacity"));
    check.require(!link.activeDate.isValid() ||
                      (link.activeDate.year() >= 1990 && link.activeDate.year() <= 2100),
                  "active_date", QStringLiteral("Date is outside 1990-2100."));
    return check.take();
}

FieldErrors validate(const Claim& claim)
{
    Checker check;
    check.require(!claim.metric.trimmed().isEmpty(), "metric",
                  QStringLiteral("A claim needs a metric."));
    check.require(std::isfinite(claim.low) && std::isfinite(claim.high), "low",
                  QStringLiteral("Low and high must be numbers."));
    check.require(claim.high >= claim.low, "high",
                  [&] { return QStringLiteral("High (%1) is below low (%2).").arg(claim.high).arg(claim.low); });
    check.require(!claim.year || (*claim.year >= 1990 && *claim.year <= 2100), "year",
                  QStringLiteral("Year is outside 1990-2100."));
    return check.take();
}

FieldErrors validate(const ScenarioRecord& scenario)
{
    Checker check;
    check.name(scenario.name);
    return check.take();
}

QString describe(const FieldErrors& errors)
{
    QStringList lines;
    for (const FieldError& error : errors)
        lines << error.field + QStringLiteral(": ") + error.message;
    return lines.join(QLatin1Char('\n'));
}

} // namespace atlas

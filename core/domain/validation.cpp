// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/validation.h"

#include "core/domain/webaddress.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace atlas {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::Validation)
};

// A number in a message as it was given: the shortest text that reads back as the same
// double, so -90.0000001 is not shown as "-90" (QString::arg(double) keeps 6 digits).
QString shown(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

class Checker
{
public:
    // The message is a function that makes it: messages are only translated and formatted
    // when the check fails (an import checks a million rows, each with a dozen texts).
    template <typename Message>
    void require(bool ok, const char* field, Message&& message)
    {
        if (!ok)
            m_errors.append({QLatin1String(field), message()});
    }
    void name(const QString& value, const char* field = "name")
    {
        require(!value.trimmed().isEmpty(), field, [] { return Text::tr("A name is required."); });
        line(value, field, [] { return Text::tr("The name"); });
    }
    // Text of one line: no control character at all (a NUL, an escape, a tab, a line break),
    // which a person cannot see or type in a field but other programs act on. `what` makes
    // the text's name for the message ("The city").
    template <typename What> void line(const QString& value, const char* field, What&& what)
    {
        controls(value, field, what, false);
    }
    // Text of several lines (notes, quotes): tabs and line breaks, no other control character.
    template <typename What> void lines(const QString& value, const char* field, What&& what)
    {
        controls(value, field, what, true);
    }
    template <typename What>
    void notNegative(const std::optional<double>& value, const char* field, What&& what)
    {
        if (value)
            notNegative(*value, field, what);
    }
    template <typename What> void notNegative(double value, const char* field, What&& what)
    {
        require(std::isfinite(value) && value >= 0, field, [&] {
            return Text::tr("%1 cannot be negative (got %2).").arg(what(), shown(value));
        });
    }
    void url(const QString& value)
    {
        line(value, "url", [] { return Text::tr("The address"); });
        require(value.isEmpty() || isWebAddress(value), "url", [&] {
            return Text::tr(
                       "\"%1\" is not a web address: a source's address starts with https:// or "
                       "http:// "
                       "and is written in full (https://example.com/report).")
                .arg(value);
        });
    }
    // A known date (an invalid QDate is "not known") in 1990-2100.
    void date(const QDate& value, const char* field)
    {
        require(!value.isValid() || (value.year() >= 1990 && value.year() <= 2100), field, [&] {
            return Text::tr("Date %1 is outside 1990-2100.").arg(value.toString(Qt::ISODate));
        });
    }
    FieldErrors take() { return std::move(m_errors); }

private:
    // Unicode's control characters (category Cc) are exactly U+0000-U+001F and U+007F-U+009F:
    // compared as numbers, not looked up in Unicode's tables for every character of a row.
    static bool isControl(char16_t c) { return c < 0x20 || (c >= 0x7f && c <= 0x9f); }

    template <typename What>
    void controls(const QString& value, const char* field, What&& what, bool multiline)
    {
        const auto allowed = [multiline](char16_t c) {
            return multiline && (c == u'\t' || c == u'\n' || c == u'\r');
        };
        const auto bad = std::find_if(value.cbegin(), value.cend(), [&](QChar c) {
            return isControl(c.unicode()) && !allowed(c.unicode());
        });
        if (bad == value.cend())
            return;
        const QString code =
            QStringLiteral("U+%1").arg(bad->unicode(), 4, 16, QLatin1Char('0')).toUpper();
        const QString where = QString::number(bad - value.cbegin() + 1);
        m_errors.append(
            {QLatin1String(field),
             multiline
                 ? Text::tr("%1 contains a control character (%2, at character %3); only tabs and "
                            "line breaks are allowed. Remove it.")
                       .arg(what(), code, where)
                 : Text::tr("%1 contains a control character (%2, at character %3), such as a "
                            "NUL, a tab or a line break; it must be one line of visible text. "
                            "Remove it.")
                       .arg(what(), code, where)});
    }

    FieldErrors m_errors;
};

} // namespace

FieldErrors validate(const Source& source)
{
    Checker check;
    check.require(!source.title.trimmed().isEmpty(), "title",
                  [] { return Text::tr("A source needs a title."); });
    check.line(source.title, "title", [] { return Text::tr("The title"); });
    check.url(source.url);
    check.line(source.publisher, "publisher", [] { return Text::tr("The publisher"); });
    check.line(source.published, "published", [] { return Text::tr("The date published"); });
    check.lines(source.note, "note", [] { return Text::tr("The note"); });
    return check.take();
}

FieldErrors validate(const Operator& op)
{
    Checker check;
    check.name(op.name);
    static const QRegularExpression hexColor(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    check.require(op.color.isEmpty() || hexColor.match(op.color).hasMatch(), "color", [&] {
        return Text::tr("Colour must be written #rrggbb (got \"%1\").").arg(op.color);
    });
    check.lines(op.note, "note", [] { return Text::tr("The note"); });
    return check.take();
}

FieldErrors validate(const GpuModel& model)
{
    Checker check;
    check.name(model.name);
    check.require(std::isfinite(model.tdpW) && model.tdpW > 0, "tdp_w", [&] {
        return Text::tr("Chip power must be more than 0 W (got %1).").arg(shown(model.tdpW));
    });
    check.require(std::isfinite(model.overhead) && model.overhead >= 1.0, "overhead", [&] {
        return Text::tr("Server and network overhead is a factor of at least 1.0 (1.82 for 8-GPU "
                        "servers; got %1).")
            .arg(shown(model.overhead));
    });
    check.require(model.year == 0 || (model.year >= 1990 && model.year <= 2100), "year",
                  [&] { return Text::tr("Year %1 is outside 1990-2100.").arg(model.year); });
    check.notNegative(model.bf16Tflops, "bf16_tflops", [] { return Text::tr("BF16 TFLOPS"); });
    check.notNegative(model.fp8Tflops, "fp8_tflops", [] { return Text::tr("FP8 TFLOPS"); });
    check.notNegative(model.hbmGb, "hbm_gb", [] { return Text::tr("Memory"); });
    check.notNegative(model.unitPriceUsd, "unit_price_usd", [] { return Text::tr("Unit price"); });
    check.notNegative(model.systemPriceUsd, "system_price_usd",
                      [] { return Text::tr("System price"); });
    check.line(model.system, "system", [] { return Text::tr("The system"); });
    check.lines(model.note, "note", [] { return Text::tr("The note"); });
    for (const QString& alias : model.aliases) {
        check.require(!alias.trimmed().isEmpty(), "aliases",
                      [] { return Text::tr("An alias cannot be blank."); });
        check.line(alias, "aliases", [] { return Text::tr("An alias"); });
    }
    check.require(QSet<QString>(model.aliases.begin(), model.aliases.end()).size() ==
                      model.aliases.size(),
                  "aliases", [] { return Text::tr("An alias is listed twice."); });
    return check.take();
}

FieldErrors validate(const Site& site)
{
    Checker check;
    check.name(site.name);
    if (site.hasLocation()) {
        check.require(std::isfinite(site.lat) && site.lat >= -90.0 && site.lat <= 90.0, "lat", [&] {
            return Text::tr("Latitude must be between -90 and 90 degrees (got %1).")
                .arg(shown(site.lat));
        });
        check.require(
            std::isfinite(site.lon) && site.lon >= -180.0 && site.lon <= 180.0, "lon", [&] {
                return Text::tr("Longitude must be between -180 and 180 degrees (got %1).")
                    .arg(shown(site.lon));
            });
    }
    check.require(!site.referenceIds.contains(0), "references",
                  [] { return Text::tr("A reference names no source."); });
    check.notNegative(site.plannedMw, "planned_mw", [] { return Text::tr("Planned power"); });
    check.line(site.parties, "parties", [] { return Text::tr("The parties"); });
    check.line(site.city, "city", [] { return Text::tr("The city"); });
    check.line(site.region, "region", [] { return Text::tr("The region"); });
    check.line(site.country, "country", [] { return Text::tr("The country"); });
    check.line(site.address, "address", [] { return Text::tr("The address"); });
    check.lines(site.locationNote, "location_note",
                [] { return Text::tr("How the site was placed"); });
    check.lines(site.note, "note", [] { return Text::tr("The note"); });
    return check.take();
}

FieldErrors validate(const SitePhase& phase)
{
    Checker check;
    check.require(phase.siteId != 0, "site_id",
                  [] { return Text::tr("A phase belongs to a site."); });
    check.require(phase.onlineDate.isValid(), "online_date",
                  [] { return Text::tr("A phase needs a valid date (YYYY-MM-DD)."); });
    check.date(phase.onlineDate, "online_date");
    check.notNegative(phase.itMw, "it_mw", [] { return Text::tr("IT power"); });
    check.notNegative(phase.facilityMw, "facility_mw", [] { return Text::tr("Facility power"); });
    check.notNegative(phase.h100e, "h100e", [] { return Text::tr("H100-equivalents"); });
    check.notNegative(phase.buildingsOperational, "buildings",
                      [] { return Text::tr("Buildings operational"); });
    for (const ChipCount& chip : phase.chips) {
        if (chip.count)
            check.require(*chip.count >= 0, "gpu_count", [&] {
                return Text::tr("GPU count cannot be negative (got %1).").arg(*chip.count);
            });
        check.lines(chip.note, "note", [] { return Text::tr("The note"); });
    }
    for (qsizetype i = 0; i < phase.chips.size(); ++i) {
        for (qsizetype j = i + 1; j < phase.chips.size(); ++j)
            check.require(phase.chips[i].gpuModelId == 0 ||
                              phase.chips[i].gpuModelId != phase.chips[j].gpuModelId,
                          "gpu_model", [] {
                              return Text::tr(
                                  "A GPU model is listed twice in one phase; give its count once.");
                          });
    }
    check.notNegative(phase.capexUsd, "capex_usd", [] { return Text::tr("Capex"); });
    check.lines(phase.note, "note", [] { return Text::tr("The note"); });
    return check.take();
}

FieldErrors validate(const FiberLink& link)
{
    Checker check;
    check.require(link.siteA != 0, "site_a",
                  [] { return Text::tr("Choose the site at one end."); });
    check.require(link.siteB != 0, "site_b",
                  [] { return Text::tr("Choose the site at the other end."); });
    check.require(link.siteA == 0 || link.siteA != link.siteB, "site_b", [] {
        return Text::tr("A link joins two different sites; both ends are the same.");
    });
    check.notNegative(link.capacityTbps, "capacity_tbps", [] { return Text::tr("Capacity"); });
    check.date(link.activeDate, "active_date");
    check.line(link.carrier, "carrier", [] { return Text::tr("The carrier"); });
    check.lines(link.note, "note", [] { return Text::tr("The note"); });
    return check.take();
}

FieldErrors validate(const Claim& claim)
{
    Checker check;
    check.require(!claim.metric.trimmed().isEmpty(), "metric",
                  [] { return Text::tr("A claim needs a metric."); });
    check.require(std::isfinite(claim.low) && std::isfinite(claim.high), "low", [&] {
        return Text::tr("Low and high must be numbers (got %1 and %2).")
            .arg(shown(claim.low), shown(claim.high));
    });
    check.require(claim.high >= claim.low, "high", [&] {
        return Text::tr("High (%1) is below low (%2).").arg(shown(claim.high), shown(claim.low));
    });
    check.require(!claim.year || (*claim.year >= 1990 && *claim.year <= 2100), "year", [&] {
        return Text::tr("Year %1 is outside 1990-2100.").arg(claim.year.value_or(0));
    });
    check.line(claim.metric, "metric", [] { return Text::tr("The metric"); });
    check.line(claim.label, "label", [] { return Text::tr("The label"); });
    check.line(claim.subject, "subject", [] { return Text::tr("The subject"); });
    check.line(claim.unit, "unit", [] { return Text::tr("The unit"); });
    check.line(claim.speaker, "speaker", [] { return Text::tr("The speaker"); });
    check.lines(claim.quote, "quote", [] { return Text::tr("The quote"); });
    return check.take();
}

FieldErrors validate(const ScenarioRecord& scenario)
{
    Checker check;
    check.name(scenario.name);
    check.lines(scenario.note, "note", [] { return Text::tr("The note"); });
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

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scenario/scenariocaption.h"

#include "core/scenario/gpumath.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace atlas {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::ScenarioCaption)
};

} // namespace

QString shortNumber(double value)
{
    const double magnitude = std::abs(value);
    const auto scaled = [value](double unit, const char* suffix) {
        const double v = value / unit;
        QString text = QLocale().toString(v, 'f', std::abs(v) < 10 ? 1 : 0);
        text.append(QLatin1String(suffix));
        return text;
    };
    if (magnitude >= 1e12)
        return scaled(1e12, "T");
    if (magnitude >= 1e9)
        return scaled(1e9, "B");
    if (magnitude >= 1e6)
        return scaled(1e6, "M");
    if (magnitude >= 1e4)
        return scaled(1e3, "k");
    return QLocale().toString(value, 'f', 0);
}

QString scenarioCaption(const Dataset& data, const ScenarioParams& p)
{
    const QLocale locale;
    const GpuModel* model = data.gpuModel(p.gpuModelId);
    QStringList parts;
    if (p.asRecorded) {
        // Not a what-if: the fleets as the data counts them, each chip with its own figures.
        parts << Text::tr("As recorded: each site's chips and H100e as its phases state them");
        parts << Text::tr("each chip's own power and price, PUE %1")
                     .arg(locale.toString(p.pue, 'f', 2));
    } else {
        parts << (model ? model->name : Text::tr("(no GPU model)"));
        parts << Text::tr("%1 W × %2 × PUE %3 = %4 W all-in")
                     .arg(locale.toString(p.tdpW, 'f', 0), locale.toString(p.overhead, 'f', 2),
                          locale.toString(p.pue, 'f', 2),
                          locale.toString(allInWattsPerGpu(p), 'f', 0));
        parts
            << Text::tr("$%1k capex per GPU").arg(locale.toString(p.capexPerGpuUsd / 1000, 'f', 1));
    }
    parts << Text::tr("funding $%1B in %2, %3%4%/yr")
                 .arg(locale.toString(p.fundingBusdPerYear, 'f', 0))
                 .arg(p.yearFrom)
                 .arg(p.fundingGrowthPct >= 0 ? QStringLiteral("+") : QString())
                 .arg(locale.toString(p.fundingGrowthPct, 'f', 0));
    parts << Text::tr("%L1-year GPU life").arg(p.lifetimeYears);
    parts << Text::tr("multi-site loss %1%").arg(locale.toString(p.multiSiteLossPct, 'f', 0));
    if (p.operatorIds.isEmpty()) {
        parts << Text::tr("all operators");
    } else {
        QStringList names;
        for (Id id : p.operatorIds) {
            if (const Operator* op = data.op(id))
                names << op->name;
        }
        parts << names.join(QStringLiteral(", "));
    }
    return parts.join(QStringLiteral(" · "));
}

QString projectionsNote(const ScenarioResult& result)
{
    if (!result.anyProjected())
        return {};
    return Text::tr(
        "Short dashes and light bands: a source's projections (phases dated after its \"as "
        "of\" date), "
        "drawn beside what is recorded.");
}

QString sourcesFootnote(const Dataset& data, const ScenarioParams& params, const QStringList& metrics)
{
    QStringList cited;
    const auto cite = [&](Id sourceId) {
        const Source* source = data.source(sourceId);
        if (!source)
            return;
        const QString text = source->publisher.isEmpty()
                                 ? source->title
                                 : QStringLiteral("%1 (%2)").arg(source->publisher, source->title);
        if (!cited.contains(text))
            cited << text;
    };
    if (params.asRecorded) {
        // The models of the fleets counted.
        for (const SitePhase& phase : data.phases) {
            for (const ChipCount& chip : phase.chips) {
                if (const GpuModel* model = data.gpuModel(chip.gpuModelId))
                    cite(model->sourceId);
            }
        }
    } else if (const GpuModel* model = data.gpuModel(params.gpuModelId)) {
        cite(model->sourceId);
    }
    for (const Claim& claim : data.claims) {
        if (metrics.contains(claim.metric) && claim.year)
            cite(claim.sourceId);
    }
    QVector<Id> siteSources;
    for (const Site& site : data.sites) {
        if (!params.operatorIds.isEmpty() && !params.operatorIds.contains(site.operatorId))
            continue;
        for (const Source* source : data.sourcesOf(site.id)) {
            if (!siteSources.contains(source->id))
                siteSources << source->id;
        }
    }
    const QString sources = cited.join(QStringLiteral("; "));
    const QString siteSourceCount = QLocale().toString(siteSources.size());
    if (siteSources.isEmpty())
        return Text::tr("Sources: %1.").arg(sources);
    if (cited.isEmpty())
        return Text::tr("Sources: site figures from %1 sources in the Compute Atlas database.")
            .arg(siteSourceCount);
    return Text::tr("Sources: %1; site figures from %2 sources in the Compute Atlas database.")
        .arg(sources, siteSourceCount);
}

} // namespace atlas

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/map/maptooltips.h"

#include "core/scenario/scenariocaption.h"
#include "core/scenario/scenarioengine.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace atlas {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::MapTooltips)
};

// A line of a tooltip: the break is markup, kept out of the translated text.
QString line(const QString& text)
{
    return QStringLiteral("<br/>") + text;
}

QString esc(const QString& text) { return text.toHtmlEscaped(); }

QString siteLine(const MapSite& site, int year)
{
    const QLocale locale;
    QString text = QStringLiteral("<b>%1</b><br/>%2").arg(esc(site.name), esc(site.operatorName));
    text +=
        line(Text::tr("%1 MW of IT power in %2").arg(locale.toString(site.itMw, 'f', 0)).arg(year));
    if (site.plannedMw > std::max(site.itMw, site.projectedMw))
        text += Text::tr(" (%1 MW planned)").arg(locale.toString(site.plannedMw, 'f', 0));
    // A source's forecast is drawn as planned (the ring), never as capacity that exists.
    if (site.projectedMw != site.itMw)
        text += line(Text::tr("<i>%1 MW projected for %2 (the source's forecast)</i>")
                         .arg(locale.toString(site.projectedMw, 'f', 0))
                         .arg(year));
    if (site.gpus > 0)
        text += line(Text::tr("%1 GPUs allocated by the scenario").arg(shortNumber(site.gpus)));
    text += line(Text::tr("%n source(s)", nullptr, site.sourceCount));
    if (site.approximate)
        text += line(Text::tr("<i>approximate location</i>"));
    return text;
}

} // namespace

QString siteTooltip(const MapScene& scene, const SiteGlyphs& glyphs, int glyph)
{
    if (glyph < 0 || glyph >= glyphs.glyphs().size())
        return {};
    const SiteGlyph& g = glyphs.glyphs()[glyph];
    if (g.count == 1)
        return siteLine(scene.sites()[g.largest], scene.year());
    QVector<int> members = glyphs.sitesOf(glyph);
    std::sort(members.begin(), members.end(),
              [&scene](int a, int b) { return scene.sites()[a].itMw > scene.sites()[b].itMw; });
    const QLocale locale;
    QString text = Text::tr("<b>%L1 sites</b>, %2 MW in %3")
                       .arg(g.count)
                       .arg(locale.toString(g.itMw, 'f', 0))
                       .arg(scene.year());
    if (g.gpus > 0)
        text += Text::tr(", %1 GPUs").arg(shortNumber(g.gpus));
    for (int i = 0; i < std::min<int>(5, int(members.size())); ++i) {
        const MapSite& site = scene.sites()[members[i]];
        text += line(
            Text::tr("%1 (%2, %3 MW)")
                .arg(esc(site.name), esc(site.operatorName), locale.toString(site.itMw, 'f', 0)));
    }
    if (members.size() > 5)
        text += line(Text::tr("and %L1 more; zoom in to tell them apart").arg(members.size() - 5));
    return text;
}

QString linkTooltip(const MapScene& scene, const LinkBundle& bundle, double routeFactor)
{
    if (bundle.representative < 0)
        return {};
    const MapLink& link = scene.links()[bundle.representative];
    const QLocale locale;
    const MapSite& a = scene.sites()[link.siteA];
    const MapSite& b = scene.sites()[link.siteB];
    QString text = QStringLiteral("<b>%1 – %2</b>").arg(esc(a.name), esc(b.name));
    if (bundle.count > 1)
        text += Text::tr(" and %L1 more links between these sites").arg(bundle.count - 1);
    text += line(Text::tr("%1 km great-circle, %2 km by route (× %3)")
                     .arg(locale.toString(link.greatCircleKm, 'f', 0),
                          locale.toString(link.greatCircleKm * routeFactor, 'f', 0),
                          locale.toString(routeFactor, 'f', 2)));
    text += line(Text::tr("%1 ms one way")
                     .arg(locale.toString(linkLatencyMs(link.greatCircleKm, routeFactor), 'f', 2)));
    if (!link.carrier.isEmpty())
        text += line(Text::tr("Carrier: %1").arg(esc(link.carrier)));
    text += line(Text::tr("Capacity: %1")
                     .arg(link.capacityTbps ? QStringLiteral("%1 Tb/s").arg(
                                                  locale.toString(*link.capacityTbps, 'f', 1))
                                            : Text::tr("not published")));
    const QString status = shownStatus(link) == LinkStatus::Lit        ? Text::tr("lit")
                           : shownStatus(link) == LinkStatus::Building ? Text::tr("being built")
                                                                       : Text::tr("planned");
    text += line(Text::tr("Status in %1: %2").arg(scene.year()).arg(status));
    return text;
}

} // namespace atlas

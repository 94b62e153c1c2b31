// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sitedetailshtml.h"

#include "domain/enumtext.h"
#include "domain/webaddress.h"
#include "geo/greatcircle.h"

#include <QColor>
#include <QLocale>

namespace atlas {
namespace {

QString esc(const QString& text) { return text.toHtmlEscaped(); }

class SourceNumbers
{
public:
    explicit SourceNumbers(const QVector<const Source*>& sources) : m_sources(sources) {}
    // "[2]" pointing at the source's entry in the list below, or "" when it has none.
    QString ref(Id sourceId) const
    {
        for (int i = 0; i < m_sources.size(); ++i) {
            if (m_sources[i]->id == sourceId)
                return QStringLiteral("<a href=\"#source-%1\">[%1]</a>").arg(i + 1);
        }
        return {};
    }

private:
    const QVector<const Source*>& m_sources;
};

QString number(double value, int decimals = 0)
{
    return QLocale().toString(value, 'f', decimals);
}

// Phases and links are lists, not tables: the details pane is often a narrow dock.
QString phasesList(const Dataset& data, Id siteId, const SourceNumbers& refs)
{
    const QVector<const SitePhase*> phases = data.phasesOf(siteId);
    if (phases.isEmpty())
        return QStringLiteral("<p><i>No phases recorded.</i></p>");
    QString html;
    for (const SitePhase* phase : phases) {
        QStringList figures;
        if (phase->itMw)
            figures << QStringLiteral("%1 MW").arg(number(*phase->itMw));
        if (phase->facilityMw)
            figures << QStringLiteral("%1 MW facility").arg(number(*phase->facilityMw));
        QStringList fleet;
        for (const ChipCount& chip : phase->chips) {
            const GpuModel* model = data.gpuModel(chip.gpuModelId);
            const QString name = model ? esc(model->name) : QStringLiteral("GPUs");
            fleet << (chip.count ? QStringLiteral("%1 × %2").arg(QLocale().toString(*chip.count), name) : name);
        }
        if (!fleet.isEmpty())
            figures << fleet.join(QStringLiteral(" + "));
        if (phase->h100e)
            figures << QStringLiteral("%1 H100e").arg(number(*phase->h100e));
        if (phase->buildingsOperational)
            figures << QStringLiteral("%1 buildings").arg(number(*phase->buildingsOperational, 1));
        if (phase->capexUsd)
            figures << QStringLiteral("$%1B").arg(number(*phase->capexUsd / 1e9, 1));
        html += QStringLiteral("<p><b>%1</b>%2%3 %4%5</p>")
                    .arg(esc(formatDate(phase->onlineDate, phase->datePrecision)),
                         QString((phase->estimate ? QStringLiteral(" <i>(estimate)</i>") : QString()) +
                                 (phase->projected ? QStringLiteral(" <i>(projected)</i>") : QString())),
                         figures.isEmpty() ? QString() : QStringLiteral(" · ") + figures.join(QStringLiteral(" · ")),
                         refs.ref(phase->sourceId),
                         phase->note.isEmpty() ? QString()
                                               : QStringLiteral("<br/><small>%1</small>").arg(esc(phase->note)));
    }
    return html;
}

QString linksList(const Dataset& data, const Site& site, const SourceNumbers& refs)
{
    const QVector<const FiberLink*> links = data.linksOf(site.id);
    if (links.isEmpty())
        return QStringLiteral("<p><i>No fiber links recorded.</i></p>");
    QString html;
    for (const FiberLink* link : links) {
        const Site* other = data.site(link->siteA == site.id ? link->siteB : link->siteA);
        if (!other)
            continue;
        const double km = greatCircleKm({site.lon, site.lat}, {other->lon, other->lat});
        QStringList facts{displayName(link->status)};
        if (!link->carrier.isEmpty())
            facts << esc(link->carrier);
        if (link->activeDate.isValid())
            facts << QStringLiteral("since %1").arg(link->activeDate.toString(QStringLiteral("yyyy-MM")));
        if (link->capacityTbps)
            facts << QStringLiteral("%1 Tb/s").arg(number(*link->capacityTbps, 1));
        facts << QStringLiteral("%1 km great-circle").arg(number(km));
        html += QStringLiteral("<p>to <a href=\"site:%1\">%2</a> %3<br/><small>%4</small></p>")
                    .arg(other->id)
                    .arg(esc(other->name), refs.ref(link->sourceId), facts.join(QStringLiteral(" · ")));
    }
    return html;
}

QString sourcesList(const QVector<const Source*>& sources)
{
    if (sources.isEmpty())
        return QStringLiteral("<p><i>No sources recorded.</i></p>");
    QString html = QStringLiteral("<ol>");
    for (int i = 0; i < sources.size(); ++i) {
        const Source& s = *sources[i];
        // Only web pages are links: a javascript:, file: or smb: address from a shared database
        // or an imported file is not offered to click (domain/webaddress.h).
        const QString title =
            isWebAddress(s.url)
                ? QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(s.url), esc(s.title))
                : esc(s.title);
        QStringList details;
        if (!s.publisher.isEmpty())
            details << esc(s.publisher);
        if (!s.published.isEmpty())
            details << esc(s.published);
        html += QStringLiteral("<li><a name=\"source-%1\"></a>%2%3%4</li>")
                    .arg(i + 1)
                    .arg(title,
                         details.isEmpty() ? QString() : QStringLiteral(" — ") + details.join(QStringLiteral(", ")),
                         s.note.isEmpty() ? QString() : QStringLiteral("<br/><small>%1</small>").arg(esc(s.note)));
    }
    return html + QStringLiteral("</ol>");
}

} // namespace

QString siteDetailsHtml(const Dataset& data, Id siteId)
{
    const Site* site = data.site(siteId);
    if (!site)
        return QStringLiteral("<p><i>Select a site to see its phases, links and sources.</i></p>");
    const QVector<const Source*> sources = data.sourcesOf(siteId);
    const SourceNumbers refs(sources);
    const Operator* op = data.op(site->operatorId);

    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(site->name));
    QStringList facts;
    if (op) {
        // The colour goes into a style attribute: written as #rrggbb whatever the file holds.
        const QColor color = QColor::fromString(op->color);
        facts << QStringLiteral("<span style=\"color:%1\">&#9679;</span> %2")
                     .arg(color.isValid() ? color.name() : QStringLiteral("#888888"),
                          esc(op->name));
    }
    facts << displayName(site->status);
    if (!site->city.isEmpty())
        facts << esc(site->region.isEmpty() ? site->city : site->city + QStringLiteral(", ") + site->region);
    facts << QStringLiteral("%1, %2%3")
                 .arg(QLocale().toString(site->lat, 'f', 4), QLocale().toString(site->lon, 'f', 4),
                      site->precision == LocationPrecision::Approximate
                          ? QStringLiteral(" <i>(approximate)</i>")
                          : QString());
    if (site->plannedMw)
        facts << QStringLiteral("planned %1 MW").arg(number(*site->plannedMw));
    html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral(" · ")));
    if (!site->parties.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(site->parties));
    if (!site->note.isEmpty())
        html += QStringLiteral("<p>%1 %2</p>").arg(esc(site->note), refs.ref(site->sourceId));
    html += QStringLiteral("<h3>Phases</h3>") + phasesList(data, siteId, refs);
    html += QStringLiteral("<h3>Fiber links</h3>") + linksList(data, *site, refs);
    html += QStringLiteral("<h3>Sources</h3>") + sourcesList(sources);
    return html;
}

} // namespace atlas

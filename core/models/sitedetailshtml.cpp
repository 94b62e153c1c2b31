// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/sitedetailshtml.h"

#include "core/domain/enumtext.h"
#include "core/domain/webaddress.h"
#include "core/geo/greatcircle.h"
#include "core/models/sitetext.h"

#include <QColor>
#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace atlas {
namespace {

QString esc(const QString& text) { return text.toHtmlEscaped(); }

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::SiteDetails)
};

// Text with line breaks (a note) as HTML that keeps them.
QString escLines(const QString& text)
{
    return esc(text).replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

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
        return QStringLiteral("<p><i>%1</i></p>").arg(Text::tr("No phases recorded."));
    QString html;
    for (const SitePhase* phase : phases) {
        QStringList figures;
        if (phase->itMw)
            figures << Text::tr("%1 MW").arg(number(*phase->itMw));
        if (phase->facilityMw)
            figures << Text::tr("%1 MW facility").arg(number(*phase->facilityMw));
        QStringList fleet;
        for (const ChipCount& chip : phase->chips) {
            const GpuModel* model = data.gpuModel(chip.gpuModelId);
            const QString name = model ? esc(model->name) : Text::tr("GPUs");
            QString line =
                chip.count ? Text::tr("%1 × %2").arg(QLocale().toString(*chip.count), name) : name;
            if (chip.estimate)
                line = Text::tr("%1 (estimate)").arg(line);
            if (!chip.note.isEmpty())
                line += QStringLiteral(" <small>(%1)</small>").arg(esc(chip.note));
            fleet << line;
        }
        if (!fleet.isEmpty())
            figures << fleet.join(QStringLiteral(" + "));
        if (phase->h100e)
            figures << Text::tr("%1 H100e").arg(number(*phase->h100e));
        if (phase->buildingsOperational)
            figures << (*phase->buildingsOperational == 1.0
                            ? Text::tr("1 building operational")
                            : Text::tr("%1 buildings operational")
                                  .arg(number(*phase->buildingsOperational,
                                              *phase->buildingsOperational ==
                                                      std::floor(*phase->buildingsOperational)
                                                  ? 0
                                                  : 1)));
        if (phase->capexUsd)
            figures << Text::tr("$%1B").arg(number(*phase->capexUsd / 1e9, 1));
        html += QStringLiteral("<p><b>%1</b>%2%3 %4%5</p>")
                    .arg(esc(formatDate(phase->onlineDate, phase->datePrecision)),
                         QString((phase->estimate
                                      ? QStringLiteral(" <i>%1</i>").arg(Text::tr("(estimate)"))
                                      : QString()) +
                                 (phase->projected
                                      ? QStringLiteral(" <i>%1</i>").arg(Text::tr("(projected)"))
                                      : QString())),
                         figures.isEmpty()
                             ? QString()
                             : QStringLiteral(" · ") + figures.join(QStringLiteral(" · ")),
                         refs.ref(phase->sourceId),
                         phase->note.isEmpty()
                             ? QString()
                             : QStringLiteral("<br/><small>%1</small>").arg(esc(phase->note)));
    }
    return html;
}

QString linksList(const Dataset& data, const Site& site, const SourceNumbers& refs)
{
    const QVector<const FiberLink*> links = data.linksOf(site.id);
    if (links.isEmpty())
        return QStringLiteral("<p><i>%1</i></p>").arg(Text::tr("No fiber links recorded."));
    QString html;
    for (const FiberLink* link : links) {
        const Site* other = data.site(link->siteA == site.id ? link->siteB : link->siteA);
        if (!other)
            continue;
        QStringList facts{displayName(link->status)};
        if (!link->carrier.isEmpty())
            facts << esc(link->carrier);
        if (link->activeDate.isValid())
            facts << Text::tr("since %1").arg(link->activeDate.toString(QStringLiteral("yyyy-MM")));
        if (link->capacityTbps)
            facts << Text::tr("%1 Tb/s").arg(number(*link->capacityTbps, 1));
        // A site not placed has no position to measure from.
        if (site.hasLocation() && other->hasLocation())
            facts << Text::tr("%1 km great-circle")
                         .arg(
                             number(greatCircleKm({site.lon, site.lat}, {other->lon, other->lat})));
        else
            facts << Text::tr("distance not known (a site not placed)");
        html += QStringLiteral("<p>%1<br/><small>%2</small></p>")
                    .arg(Text::tr("to %1 %2")
                             .arg(QStringLiteral("<a href=\"site:%1\">%2</a>")
                                      .arg(other->id)
                                      .arg(esc(other->name)),
                                  refs.ref(link->sourceId)),
                         facts.join(QStringLiteral(" · ")));
    }
    return html;
}

QString sourcesList(const QVector<const Source*>& sources)
{
    if (sources.isEmpty())
        return QStringLiteral("<p><i>%1</i></p>").arg(Text::tr("No sources recorded."));
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
        return QStringLiteral("<p><i>%1</i></p>")
            .arg(Text::tr("Select a site to see its phases, links and sources."));
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
    if (const QString place = placeName(*site); !place.isEmpty())
        facts << esc(place);
    if (site->hasLocation())
        facts << QStringLiteral("%1, %2%3")
                     .arg(QLocale().toString(site->lat, 'f', 4),
                          QLocale().toString(site->lon, 'f', 4),
                          site->precision == LocationPrecision::Approximate
                              ? QStringLiteral(" <i>%1</i>").arg(Text::tr("(approximate)"))
                              : QString());
    else
        facts << QStringLiteral("<i>%1</i>").arg(Text::tr("not placed: not on the map"));
    if (site->plannedMw)
        facts << Text::tr("planned %1 MW").arg(number(*site->plannedMw));
    html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral(" · ")));
    if (!site->address.isEmpty())
        html += QStringLiteral("<p>%1 %2</p>").arg(Text::tr("Address:"), esc(site->address));
    if (!site->locationNote.isEmpty())
        html += QStringLiteral("<p><small>%1</small></p>").arg(escLines(site->locationNote));
    if (!site->parties.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(site->parties));
    if (!site->note.isEmpty())
        html += QStringLiteral("<p>%1 %2</p>").arg(escLines(site->note), refs.ref(site->sourceId));
    QStringList further;
    for (Id reference : site->referenceIds) {
        const QString ref = refs.ref(reference);
        if (!ref.isEmpty() && reference != site->sourceId)
            further << ref;
    }
    if (!further.isEmpty())
        html += QStringLiteral("<p>%1 %2</p>")
                    .arg(Text::tr("Further sources:"), further.join(QLatin1Char(' ')));
    html += QStringLiteral("<h3>%1</h3>").arg(Text::tr("Phases")) + phasesList(data, siteId, refs);
    html +=
        QStringLiteral("<h3>%1</h3>").arg(Text::tr("Fiber links")) + linksList(data, *site, refs);
    html += QStringLiteral("<h3>%1</h3>").arg(Text::tr("Sources")) + sourcesList(sources);
    return html;
}

} // namespace atlas

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/epochplan.h"

#include "core/io/epochplanner.h"

#include "core/domain/capacity.h"
#include "core/domain/namekey.h"
#include "core/domain/validation.h"
#include "core/geo/gazetteer.h"
#include "core/io/importorigin.h"
#include "core/io/operatorcolors.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>


namespace atlas::io {
namespace epoch {

namespace {

// The release's data centers in the order they first appear, with their timeline and chip
// rows; those named only by a timeline or chip row get a data center with just the name
// (they become sites too: the release is imported whole).
struct CentersOfRelease
{
    QStringList order;
    QHash<QString, QVector<const EpochTimelineRow*>> timelineOf;
    QHash<QString, QVector<const EpochChipRow*>> chipsOf;
    QHash<QString, EpochDataCenter> onlyNamed;

    explicit CentersOfRelease(const EpochRelease& release)
    {
        QSet<QString> known;
        for (const EpochDataCenter& dc : release.dataCenters) {
            if (!known.contains(dc.name)) {
                known.insert(dc.name);
                order << dc.name;
            }
        }
        const auto named = [&](const QString& name) {
            if (!known.contains(name)) {
                known.insert(name);
                order << name;
                EpochDataCenter dc;
                dc.name = name;
                onlyNamed.insert(name, dc);
            }
        };
        for (const EpochTimelineRow& row : release.timelines) {
            named(row.dataCenter);
            timelineOf[row.dataCenter].append(&row);
        }
        for (const EpochChipRow& row : release.chips) {
            named(row.dataCenter);
            chipsOf[row.dataCenter].append(&row);
        }
    }

    const EpochDataCenter& center(const EpochRelease& release, const QString& name) const
    {
        const auto dc = std::find_if(release.dataCenters.begin(), release.dataCenters.end(),
                                     [&name](const EpochDataCenter& d) { return d.name == name; });
        return dc != release.dataCenters.end() ? *dc : *onlyNamed.find(name);
    }
};

QString citationOf(const EpochRelease& release)
{
    return release.citation.isEmpty() ? QStringLiteral("Epoch AI, 'Frontier Data Centers Hub'. "
                                                       "Published online at epoch.ai. Retrieved "
                                                       "from https://epoch.ai/data/data-centers")
                                      : release.citation;
}

} // namespace

void EpochPlanner::plan(const EpochRelease& release, QDate asOf)
{
    const Id hub = source(
        QStringLiteral("Frontier Data Centers Hub"), QLatin1String(kEpochHubUrl),
        QStringLiteral("Epoch AI"),
        Text::tr("%1. Licence: Creative Commons Attribution 4.0 (CC BY 4.0).")
            .arg(citationOf(release)));

    const CentersOfRelease centers(release);
    if (!centers.onlyNamed.isEmpty())
        m_plan->notes << Text::tr(
                             "%n data center(s) named only in the timelines or chip file, imported "
                             "with what those give "
                             "(no address): %1",
                             nullptr, int(centers.onlyNamed.size()))
                             .arg(QStringList(centers.onlyNamed.keys()).join(QStringLiteral(", ")));

    QSet<QString> inRelease;
    for (const QString& name : centers.order) {
        const EpochDataCenter& center = centers.center(release, name);
        Target target = targetOf(center, centers.timelineOf.value(name),
                                 centers.chipsOf.value(name), asOf, hub);
        if (const FieldErrors errors = validate(target.site); !errors.isEmpty()) {
            m_plan->error = Text::tr("Data center \"%1\" (row %2): %3")
                                .arg(name)
                                .arg(center.row)
                                .arg(describe(errors));
            m_ok = false;
            return;
        }
        inRelease.insert(name);
        int at = m_byOrigin.value(name, -1);
        if (at < 0)
            at = m_byName.value(nameKey(target.site.name), -1);
        writeSite(std::move(target), at >= 0 ? &m_data.sites[at] : nullptr, asOf);
        if (!m_ok)
            return;
    }
    noteMissingSites(inRelease);
}

// The sites an earlier release brought that this one no longer lists: kept, and said.
void EpochPlanner::noteMissingSites(const QSet<QString>& inRelease)
{
    for (auto it = m_byOrigin.cbegin(); it != m_byOrigin.cend(); ++it) {
        if (!inRelease.contains(it.key())) {
            EpochSiteChange gone;
            gone.kind = EpochSiteChange::Kind::Missing;
            gone.name = m_data.sites[it.value()].name;
            m_plan->sites.append(gone);
            ++m_plan->missing;
        }
    }
}

} // namespace epoch

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::io::EpochPlan)
};

} // namespace

QStringList namesWithoutTags(const QString& list)
{
    static const QRegularExpression tag(QStringLiteral("\\s*#(confident|likely|speculative)\\b"),
                                        QRegularExpression::CaseInsensitiveOption);
    QStringList names;
    for (QString part : list.split(QLatin1Char(','))) {
        part.remove(tag);
        part = part.simplified();
        if (!part.isEmpty())
            names << part;
    }
    return names;
}

QVector<std::pair<QString, QString>> markdownLinks(const QString& text)
{
    static const QRegularExpression link(QStringLiteral(R"(\[([^\]]*)\]\(\s*([^)\s]+)\s*\))"));
    QVector<std::pair<QString, QString>> links;
    for (auto it = link.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        links.append({m.captured(1).simplified(), m.captured(2)});
    }
    return links;
}

QString EpochPlan::summary() const
{
    if (!error.isEmpty())
        return error;
    QStringList parts;
    parts << Text::tr("%n new site(s)", nullptr, added) << Text::tr("%n changed", nullptr, changed)
          << Text::tr("%n unchanged", nullptr, unchanged);
    if (editedKept)
        parts << Text::tr("%n edited by you and left as they are", nullptr, editedKept);
    if (missing)
        parts << Text::tr("%n in the database but no longer in the release (kept)", nullptr,
                          missing);
    QStringList phaseParts;
    if (phasesAdded)
        phaseParts << Text::tr("%n new phase(s)", nullptr, phasesAdded);
    if (phasesUpdated)
        phaseParts << Text::tr("%n phase(s) updated", nullptr, phasesUpdated);
    if (phasesRemoved)
        phaseParts << Text::tr("%n phase(s) no longer in the release removed", nullptr,
                               phasesRemoved);
    if (phasesKept)
        phaseParts << Text::tr("%n edited phase(s) kept", nullptr, phasesKept);
    QString text = parts.join(QStringLiteral(", "));
    if (!phaseParts.isEmpty())
        text += QStringLiteral("; ") + phaseParts.join(QStringLiteral(", "));
    if (notPlaced)
        text += Text::tr("; %n site(s) not placed (no usable address)", nullptr, notPlaced);
    return text;
}

EpochPlan planEpochImport(const Dataset& data, const EpochRelease& release, ChangeSink& sink,
                          const EpochImportOptions& options, const Gazetteer& gazetteer)
{
    EpochPlan plan;
    plan.files = release.files;
    plan.notes = release.notes;
    if (!release.ok()) {
        plan.error = release.error;
        return plan;
    }
    plan.asOf = options.asOf.isValid()          ? options.asOf
                : release.releaseDate.isValid() ? release.releaseDate
                                                : QDate::currentDate();
    epoch::EpochPlanner(data, sink, options, gazetteer, &plan).plan(release, plan.asOf);
    return plan;
}

ChangeProducer epochProducer(EpochRelease release, EpochImportOptions options, EpochPlan* plan)
{
    return [release = std::move(release), options, plan](const Dataset& current, ChangeSink& sink) {
        *plan = planEpochImport(current, release, sink, options, Gazetteer::bundled());
        return plan->ok();
    };
}

} // namespace atlas::io

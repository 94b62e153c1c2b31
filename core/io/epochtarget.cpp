// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/epochplanner.h"

#include "core/domain/capacity.h"
#include "core/domain/namekey.h"
#include "core/domain/validation.h"
#include "core/geo/gazetteer.h"
#include "core/io/importorigin.h"
#include "core/io/operatorcolors.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <map>

namespace atlas::io::epoch {

EpochPlanner::Target EpochPlanner::targetOf(const EpochDataCenter& dc,
                                            const QVector<const EpochTimelineRow*>& timeline,
                                            const QVector<const EpochChipRow*>& chips, QDate asOf,
                                            Id citation)
{
    Target t;
    Site& site = t.site;
    site.name = normalizedName(dc.name);
    QStringList owners = namesWithoutTags(dc.owner);
    if (owners.isEmpty()) {
        for (const EpochChipRow* chip : chips)
            owners += namesWithoutTags(chip->owner);
    }
    site.operatorId = operatorNamed(owners.value(0));
    site.parties = partiesOf(dc);
    site.address = dc.address;
    place(dc, &site);
    if (!dc.allChips.isEmpty() || !dc.currentChips.isEmpty())
        site.note = Text::tr("Chip types (Epoch AI): now %1; all %2.")
                        .arg(dc.currentChips.isEmpty() ? Text::tr("none") : dc.currentChips,
                             dc.allChips.isEmpty() ? dc.currentChips : dc.allChips);
    site.sourceId = citation;
    addReferences(dc, &site);
    t.phases = phasesOf(timeline, chips, asOf, citation);
    settleStatus(&site, t.phases);
    site.origin = {QLatin1String(kEpochDataset), dc.name, QString()};
    site.origin.fingerprint = fingerprint(site, m_names);
    for (SitePhase& p : t.phases)
        p.origin.fingerprint = fingerprint(p, m_names);
    return t;
}

// The release's further sources of a data center: its selected sources and calculations sheet.
void EpochPlanner::addReferences(const EpochDataCenter& dc, Site* site)
{
    const auto addReference = [site](Id id) {
        if (id != 0 && !site->referenceIds.contains(id))
            site->referenceIds.append(id);
    };
    for (const auto& [title, url] : markdownLinks(dc.selectedSources))
        addReference(source(title, url, QString(), QString()));
    if (!dc.calculationsSheet.isEmpty())
        addReference(source(Text::tr("Calculations sheet: %1").arg(dc.name), dc.calculationsSheet,
                            QStringLiteral("Epoch AI"), QString()));
}

// A phase per date, in date order: the timeline's figures, and the chips counted at that date.
QVector<SitePhase> EpochPlanner::phasesOf(const QVector<const EpochTimelineRow*>& timeline,
                                          const QVector<const EpochChipRow*>& chips, QDate asOf,
                                          Id citation)
{
    std::map<QDate, SitePhase> phases;
    std::map<QDate, QHash<QString, int>> chipLines; // chip type → its line in the phase's fleet
    const auto phaseAt = [&](QDate date) -> SitePhase& {
        SitePhase& p = phases[date];
        if (!p.onlineDate.isValid()) {
            p.onlineDate = date;
            p.datePrecision = DatePrecision::Day;
            p.estimate = true; // Epoch's figures are estimates from imagery, permits and filings
            p.projected = date > asOf;
            p.sourceId = citation;
            p.origin = {QLatin1String(kEpochDataset), date.toString(Qt::ISODate), QString()};
        }
        return p;
    };
    for (const EpochTimelineRow* row : timeline) {
        SitePhase& p = phaseAt(row->date);
        p.itMw = row->itMw;
        p.facilityMw = row->facilityMw;
        p.h100e = row->h100e;
        p.buildingsOperational = row->buildings;
        p.capexUsd = row->capexBusd ? std::optional<double>(*row->capexBusd * 1e9) : std::nullopt;
        p.note = row->status;
    }
    for (const EpochChipRow* row : chips)
        addChips(*row, &phaseAt(row->date), &chipLines[row->date]);
    QVector<SitePhase> ordered;
    for (const auto& [date, p] : phases)
        ordered.append(p);
    return ordered;
}

// A row of the chip table into its phase's fleet: a line per GPU model (two names of one
// model are one line); a type the catalogue lacks is a line of its own, its name kept in the
// note. `lines`: chip type → its line in the phase's fleet.
void EpochPlanner::addChips(const EpochChipRow& row, SitePhase* p, QHash<QString, int>* lines)
{
    const GpuModel* model = m_data.gpuModelByName(row.chip);
    if (!model && !m_unknownChips.contains(row.chip)) {
        m_unknownChips.insert(row.chip);
        m_plan->notes
            << Text::tr(
                   "Chip type \"%1\" is not in the GPU catalogue: its units are counted "
                   "without "
                   "a model "
                   "(add the model, or an alias, under Data > GPU models, and import again).")
                   .arg(row.chip);
    }
    const Id modelId = model ? model->id : 0;
    const qint64 units = row.units ? qint64(std::llround(*row.units)) : 0;
    const QString key =
        modelId ? QString::number(modelId) : QStringLiteral("chip:") + row.chip.toCaseFolded();
    const int line = lines->value(key, -1);
    if (line < 0) {
        lines->insert(key, int(p->chips.size()));
        const QString note =
            model ? row.notes
                  : Text::tr("Chip type %1 (Epoch AI). %2").arg(row.chip, row.notes).trimmed();
        p->chips.append(ChipCount{modelId, row.units ? std::optional<qint64>(units) : std::nullopt,
                                  row.estimate, note});
    } else {
        ChipCount* same = &p->chips[line];
        // Two rows of one model at one date (two buildings): one line, their sum.
        same->count = same->count.value_or(0) + units;
        same->estimate = same->estimate || row.estimate;
        same->note = QStringList{same->note, row.notes}.join(QStringLiteral(" ")).trimmed();
    }
}

// Operating once a recorded phase has power; building while recorded phases have none yet.
void EpochPlanner::settleStatus(Site* site, const QVector<SitePhase>& phases)
{
    double plannedMw = 0;
    bool powered = false, recorded = false;
    for (const SitePhase& p : phases) {
        plannedMw = std::max(plannedMw, p.itMw.value_or(0));
        if (!p.projected) {
            recorded = true;
            powered = powered || p.itMw.value_or(0) > 0 || p.gpuCount().value_or(0) > 0;
        }
    }
    site->status = powered    ? SiteStatus::Operating
                   : recorded ? SiteStatus::Building
                              : SiteStatus::Announced;
    if (plannedMw > 0)
        site->plannedMw = plannedMw;
}

} // namespace atlas::io::epoch

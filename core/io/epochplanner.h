// SPDX-License-Identifier: GPL-3.0-or-later
// The planner behind planEpochImport (io/epochplan.h), internal to its files: epochplan.cpp
// (the release, data center by data center), epochreferences.cpp (the operators and sources a
// row needs, added only when a written row needs them), epochplacing.cpp (where a site is and
// who is party to it), epochtarget.cpp (a data center as the site and phases it should be)
// and epochwrite.cpp (what changes for one site).
#pragma once

#include "core/domain/namekey.h"
#include "core/geo/gazetteer.h"
#include "core/io/epochplan.h"
#include "core/io/importorigin.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace atlas::io::epoch {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::io::EpochPlan)
};

// Ids for operators and sources a row needs but the data lacks, before it is known whether
// the row is written (an untouched site needs nothing new). Far below the placeholders of
// insertedBy(), which count the changes of the write.
constexpr Id kFirstPending = -(Id(1) << 40);

// What the plan of one data center needs from the others: the data, the sink, the
// operators and sources it finds or adds.
class EpochPlanner
{
public:
    EpochPlanner(const Dataset& data, ChangeSink& sink, const EpochImportOptions& options,
                 const Gazetteer& gazetteer, EpochPlan* plan)
        : m_data(data), m_sink(sink), m_gazetteer(gazetteer), m_plan(plan),
          m_replaceEdits(options.replaceEdits)
    {
        for (const Operator& op : data.operators)
            m_operators.insert(nameKey(op.name), op.id);
        for (const Source& s : data.sources)
            m_sources.insert(s.url.isEmpty() ? QStringLiteral("title:") + s.title : s.url, s.id);
        for (int i = 0; i < data.sites.size(); ++i) {
            const Site& site = data.sites[i];
            if (site.origin.dataset == QLatin1String(kEpochDataset))
                m_byOrigin.insert(site.origin.key, i);
            m_byName.insert(nameKey(site.name), i);
        }
        const ReferenceNames stored = referenceNamesIn(data);
        m_names = {[this, stored](Id id) {
                       return id < 0 ? m_pendingNames.value(id) : stored.operatorName(id);
                   },
                   [this, stored](Id id) {
                       return id < 0 ? m_pendingNames.value(id) : stored.sourceKey(id);
                   },
                   stored.gpuModelName};
    }

    void plan(const EpochRelease& release, QDate asOf);

private:
    struct Target
    {
        Site site;
        QVector<SitePhase> phases; // by date
    };

    Target targetOf(const EpochDataCenter& dc, const QVector<const EpochTimelineRow*>& timeline,
                    const QVector<const EpochChipRow*>& chips, QDate asOf, Id citation);
    void addReferences(const EpochDataCenter& dc, Site* site);
    QVector<SitePhase> phasesOf(const QVector<const EpochTimelineRow*>& timeline,
                                const QVector<const EpochChipRow*>& chips, QDate asOf, Id citation);
    void addChips(const EpochChipRow& row, SitePhase* phase, QHash<QString, int>* lines);
    static void settleStatus(Site* site, const QVector<SitePhase>& phases);
    void place(const EpochDataCenter& dc, Site* site);
    GeocodeResult townInName(const QString& name, const QString& country) const;
    void writeSite(Target target, const Site* existing, QDate asOf);
    void noteMissingSites(const QSet<QString>& inRelease);
    bool writeSiteRow(const Site& site, const Site* existing, bool siteEdited, Id* siteId,
                      bool* written);
    using StoredPhases = QHash<QString, const SitePhase*>; // the release's, by origin key
    bool writeReleasePhases(const QVector<SitePhase>& phases, const StoredPhases& stored, Id siteId,
                            bool* changed);
    bool removeDroppedPhases(const QVector<SitePhase>& phases, const StoredPhases& stored,
                             bool* changed);
    void countChange(EpochSiteChange change, EpochSiteChange::Kind kind);
    Id pending(QHash<QString, Id>& known, const QString& key, const QString& name, Row row);
    Id operatorNamed(const QString& name);
    Id source(const QString& title, const QString& url, const QString& publisher,
              const QString& note);
    Id materialise(Id id);
    template <typename T> T materialised(T row);
    qsizetype add(const Row& row, bool remove = false);
    bool writing() const { return m_ok; }

    const Dataset& m_data;
    ChangeSink& m_sink;
    const Gazetteer& m_gazetteer;
    EpochPlan* m_plan;
    bool m_replaceEdits;
    bool m_ok = true;
    QHash<QString, Id> m_operators, m_sources; // key → id, placeholder or pending id
    QHash<QString, int> m_byOrigin, m_byName;  // → index in the data's sites
    QHash<Id, QString> m_pendingNames;         // pending or placeholder id → its name / key
    QHash<Id, Row> m_pendingRows;              // pending id → the row to add if needed
    QHash<Id, Id> m_written;                   // pending id → its placeholder
    Id m_nextPending = kFirstPending;
    QSet<QString> m_unknownChips;
    ReferenceNames m_names;
};

template <typename T> T EpochPlanner::materialised(T row)
{
    row.sourceId = materialise(row.sourceId);
    if constexpr (std::is_same_v<T, Site>) {
        row.operatorId = materialise(row.operatorId);
        for (Id& reference : row.referenceIds)
            reference = materialise(reference);
    }
    return row;
}

// The parties of a data center: its users, project, investors, builders and energy companies.
QString partiesOf(const EpochDataCenter& dc);
// The IT power the phases give at `date`.
double itMwAt(const Dataset& data, const QVector<SitePhase>& phases, QDate date);

} // namespace atlas::io::epoch

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/deletionplan.h"

#include "core/store/storedrow.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace atlas {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::DeletionPlan)
};

// "A, B and 3 more": names of the first few rows, for a sentence.
QString someNames(const QStringList& names)
{
    constexpr int kShown = 3;
    if (names.size() <= kShown) {
        if (names.size() <= 1)
            return names.value(0);
        return Text::tr("%1 and %2")
            .arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.last());
    }
    return Text::tr("%1 and %L2 more")
        .arg(names.mid(0, kShown).join(QStringLiteral(", ")))
        .arg(names.size() - kShown);
}

QString quoted(const QString& name) { return QStringLiteral("“%1”").arg(name); }

// `one` and `many` are QT_TRANSLATE_NOOP texts of this file's context; `many` has %1 for n.
QString count(qsizetype n, const char* one, const char* many)
{
    return n == 1 ? QCoreApplication::translate("atlas::DeletionPlan", one)
                  : QCoreApplication::translate("atlas::DeletionPlan", many)
                        .arg(QLocale().toString(n));
}

// What a row is called in a question: its name, title or what it is.
QString label(const Dataset& data, const Row& row)
{
    return std::visit(
        [&data](const auto& r) -> QString {
            using T = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<T, Source>) return quoted(r.title);
            else if constexpr (std::is_same_v<T, SitePhase>) {
                const Site* site = data.site(r.siteId);
                return Text::tr("the %1 phase of %2")
                    .arg(r.onlineDate.toString(Qt::ISODate),
                         site ? quoted(site->name) : Text::tr("a site"));
            } else if constexpr (std::is_same_v<T, FiberLink>) {
                const Site* a = data.site(r.siteA);
                const Site* b = data.site(r.siteB);
                return Text::tr("the link %1 – %2")
                    .arg(a ? a->name : QStringLiteral("?"), b ? b->name : QStringLiteral("?"));
            } else if constexpr (std::is_same_v<T, Claim>) return quoted(r.label.isEmpty() ? r.metric : r.label);
            else return quoted(r.name);
        },
        row);
}

QString kindPlural(const Row& row, qsizetype n)
{
    static const char* const one[] = {
        QT_TRANSLATE_NOOP("atlas::DeletionPlan", "source"),
        QT_TRANSLATE_NOOP("atlas::DeletionPlan", "operator"),
        QT_TRANSLATE_NOOP("atlas::DeletionPlan", "GPU model"),
        QT_TRANSLATE_NOOP("atlas::DeletionPlan", "site"),
        QT_TRANSLATE_NOOP("atlas::DeletionPlan", "site phase"),
        QT_TRANSLATE_NOOP("atlas::DeletionPlan", "fiber link"),
        QT_TRANSLATE_NOOP("atlas::DeletionPlan", "claim"),
        QT_TRANSLATE_NOOP("atlas::DeletionPlan", "scenario"),
    };
    static const char* const many[] = {
        QT_TRANSLATE_NOOP("atlas::DeletionPlan", "sources"),
        QT_TRANSLATE_NOOP("atlas::DeletionPlan", "operators"),
        QT_TRANSLATE_NOOP("atlas::DeletionPlan", "GPU models"),
        QT_TRANSLATE_NOOP("atlas::DeletionPlan", "sites"),
        QT_TRANSLATE_NOOP("atlas::DeletionPlan", "site phases"),
        QT_TRANSLATE_NOOP("atlas::DeletionPlan", "fiber links"),
        QT_TRANSLATE_NOOP("atlas::DeletionPlan", "claims"),
        QT_TRANSLATE_NOOP("atlas::DeletionPlan", "scenarios"),
    };
    return QCoreApplication::translate("atlas::DeletionPlan",
                                       n == 1 ? one[row.index()] : many[row.index()]);
}

} // namespace

QString DeletionPlan::text() const
{
    if (!refusal.isEmpty())
        return refusal;
    if (consequences.isEmpty())
        return question + QLatin1Char(' ') + Text::tr("Edit > Undo brings it back.");
    return Text::tr("%1 This also deletes or changes %2. Edit > Undo brings all of it back.")
        .arg(question, consequences.join(QStringLiteral("; ")));
}

namespace {

// The rows being deleted, by kind: what goes with them is not counted twice.
struct DeletedIds
{
    QSet<Id> sites, phases, links;
};

DeletedIds deletedIds(const QVector<Row>& rows)
{
    DeletedIds ids;
    for (const Row& row : rows) {
        if (const auto* site = std::get_if<Site>(&row)) ids.sites.insert(site->id);
        if (const auto* phase = std::get_if<SitePhase>(&row)) ids.phases.insert(phase->id);
        if (const auto* link = std::get_if<FiberLink>(&row)) ids.links.insert(link->id);
    }
    return ids;
}

// What the database deletes along with the sites: their phases and links. Links between two
// deleted sites are counted once; rows that are themselves being deleted are not counted.
QStringList cascades(const Dataset& data, const DeletedIds& deleted)
{
    QSet<Id> cascadePhases, cascadeLinks;
    QStringList linkedSites;
    for (const Id site : std::as_const(deleted.sites)) {
        for (const SitePhase* phase : data.phasesOf(site))
            if (!deleted.phases.contains(phase->id)) cascadePhases.insert(phase->id);
        for (const FiberLink* link : data.linksOf(site)) {
            if (deleted.links.contains(link->id) || cascadeLinks.contains(link->id))
                continue;
            cascadeLinks.insert(link->id);
            const Id other = link->siteA == site ? link->siteB : link->siteA;
            if (!deleted.sites.contains(other))
                if (const Site* s = data.site(other)) linkedSites << s->name;
        }
    }
    QStringList consequences;
    if (!cascadePhases.isEmpty())
        consequences << count(
            cascadePhases.size(), QT_TRANSLATE_NOOP("atlas::DeletionPlan", "1 phase of capacity"),
            QT_TRANSLATE_NOOP("atlas::DeletionPlan", "%1 phases of capacity"));
    if (!cascadeLinks.isEmpty()) {
        QString links =
            count(cascadeLinks.size(), QT_TRANSLATE_NOOP("atlas::DeletionPlan", "1 fiber link"),
                  QT_TRANSLATE_NOOP("atlas::DeletionPlan", "%1 fiber links"));
        linkedSites.removeDuplicates();
        if (!linkedSites.isEmpty())
            links += Text::tr(" (to %1)").arg(someNames(linkedSites));
        consequences << links;
    }
    return consequences;
}

// An operator that still runs sites that stay is not deleted: they would lose their colour
// and their owner without anyone having chosen so.
QString operatorRefusal(const Dataset& data, const Operator& op, const DeletedIds& deleted)
{
    QStringList runs;
    for (const Site& site : data.sites)
        if (site.operatorId == op.id && !deleted.sites.contains(site.id)) runs << site.name;
    if (runs.isEmpty())
        return {};
    return Text::tr("%1 still runs %2 (%3). Give them another operator, or delete them, first.")
        .arg(quoted(op.name),
             count(runs.size(), QT_TRANSLATE_NOOP("atlas::DeletionPlan", "1 site"),
                   QT_TRANSLATE_NOOP("atlas::DeletionPlan", "%1 sites")),
             someNames(runs));
}

// The phases that stay and count chips of a deleted GPU model.
QString gpuModelConsequence(const Dataset& data, const GpuModel& model, const DeletedIds& deleted)
{
    qsizetype uses = 0;
    for (const SitePhase& phase : data.phases)
        uses += std::any_of(phase.chips.begin(), phase.chips.end(),
                            [&](const ChipCount& chip) { return chip.gpuModelId == model.id; }) &&
                !deleted.phases.contains(phase.id) && !deleted.sites.contains(phase.siteId);
    if (!uses)
        return {};
    return Text::tr("%1 will no longer name a GPU model")
        .arg(count(uses, QT_TRANSLATE_NOOP("atlas::DeletionPlan", "1 phase"),
                   QT_TRANSLATE_NOOP("atlas::DeletionPlan", "%1 phases")));
}

// The rows that cite a deleted source.
QString sourceConsequence(const Dataset& data, const Source& source)
{
    qsizetype cites = 0;
    const auto tally = [&](const auto& table) {
        for (const auto& r : table) cites += r.sourceId == source.id;
    };
    tally(data.gpuModels);
    tally(data.sites);
    for (const Site& site : data.sites)
        cites += site.referenceIds.contains(source.id);
    tally(data.phases);
    tally(data.links);
    tally(data.claims);
    if (!cites)
        return {};
    return Text::tr("%1 will no longer cite %2")
        .arg(count(cites, QT_TRANSLATE_NOOP("atlas::DeletionPlan", "1 row"),
                   QT_TRANSLATE_NOOP("atlas::DeletionPlan", "%1 rows")),
             quoted(source.title));
}

} // namespace

DeletionPlan planDeletion(const Dataset& data, const QVector<Row>& rows)
{
    DeletionPlan plan;
    plan.changes = ChangeSet(Text::tr("Delete"));
    QVector<Row> found;
    QStringList names;
    for (const Row& row : rows) {
        if (std::optional<Row> r = storedRow(data, row)) {
            names << label(data, *r);
            found.append(std::move(*r));
        }
    }
    if (found.isEmpty())
        return plan;

    const bool sameKind = std::all_of(found.cbegin(), found.cend(), [&](const Row& r) { return r.index() == found.first().index(); });
    plan.question = found.size() == 1 ? Text::tr("Delete %1?").arg(names.first())
                    : sameKind
                        ? Text::tr("Delete %L1 %2 (%3)?")
                              .arg(found.size())
                              .arg(kindPlural(found.first(), found.size()), someNames(names))
                        : Text::tr("Delete %L1 rows (%2)?").arg(found.size()).arg(someNames(names));
    plan.changes = ChangeSet(found.size() == 1 ? Text::tr("Delete %1").arg(names.first())
                                               : Text::tr("Delete %L1 %2")
                                                     .arg(found.size())
                                                     .arg(kindPlural(found.first(), found.size())));

    const DeletedIds deleted = deletedIds(found);
    plan.consequences = cascades(data, deleted);
    for (const Row& row : found) {
        QString consequence;
        if (const auto* op = std::get_if<Operator>(&row)) {
            plan.refusal = operatorRefusal(data, *op, deleted);
            if (!plan.refusal.isEmpty()) {
                plan.changes = ChangeSet(plan.changes.description());
                return plan;
            }
        } else if (const auto* model = std::get_if<GpuModel>(&row)) {
            consequence = gpuModelConsequence(data, *model, deleted);
        } else if (const auto* source = std::get_if<Source>(&row)) {
            consequence = sourceConsequence(data, *source);
        }
        if (!consequence.isEmpty())
            plan.consequences << consequence;
    }
    for (Row& row : found)
        plan.changes.removeRow(std::move(row));
    return plan;
}

} // namespace atlas

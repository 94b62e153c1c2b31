// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/undo/inversechanges.h"

#include "core/store/storedrow.h"

#include <QSet>

#include <algorithm>

namespace atlas {
namespace {

// What the database deletes or clears along with a row, to be put back after it.
void restoreDependents(const Dataset& data, const Row& removed, ChangeSet* undo)
{
    std::visit(
        [&](const auto& r) {
            using T = std::decay_t<decltype(r)>;
            const Id id = r.id;
            if constexpr (std::is_same_v<T, Site>) {
                for (const SitePhase* phase : data.phasesOf(id))
                    undo->upsert(*phase);
                for (const FiberLink* link : data.linksOf(id))
                    undo->upsert(*link);
            } else if constexpr (std::is_same_v<T, GpuModel>) {
                for (const SitePhase& phase : data.phases) {
                    if (std::any_of(phase.chips.begin(), phase.chips.end(),
                                    [id](const ChipCount& chip) { return chip.gpuModelId == id; }))
                        undo->upsert(phase);
                }
            } else if constexpr (std::is_same_v<T, Source>) {
                const auto cites = [id](const auto& row) { return row.sourceId == id; };
                for (const GpuModel& x : data.gpuModels) if (cites(x)) undo->upsert(x);
                for (const Site& x : data.sites) if (cites(x) || x.referenceIds.contains(id)) undo->upsert(x);
                for (const SitePhase& x : data.phases) if (cites(x)) undo->upsert(x);
                for (const FiberLink& x : data.links) if (cites(x)) undo->upsert(x);
                for (const Claim& x : data.claims) if (cites(x)) undo->upsert(x);
            }
        },
        removed);
}

Row withId(Row row, Id id)
{
    std::visit([id](auto& r) { r.id = id; }, row);
    return row;
}

} // namespace

ChangeSet inverseChanges(const Dataset& before, const ChangeSet& forward,
                         const QVector<Id>& storedIds)
{
    // Each change's undo, in reverse order (the last change is undone first); then what the
    // deletes took with them. Those come last because they may need more than one of the
    // deleted rows back: a link between two deleted sites needs both.
    QVector<ChangeSet> steps;
    ChangeSet dependents;
    for (int i = 0; i < forward.changes().size(); ++i) {
        const Change& change = forward.changes()[i];
        const Id id = i < storedIds.size() ? storedIds[i] : rowId(change.row);
        const std::optional<Row> old = storedRow(before, withId(change.row, id));
        ChangeSet undo;
        if (change.kind == Change::Kind::Upsert) {
            if (old)
                undo.upsertRow(*old);
            else
                undo.removeRow(withId(change.row, id));
        } else if (old) {
            undo.upsertRow(*old);
            restoreDependents(before, *old, &dependents);
        }
        steps.append(undo);
    }
    ChangeSet inverse(forward.description());
    for (auto it = steps.rbegin(); it != steps.rend(); ++it)
        inverse.append(*it);
    // A row that two deletes both took (the link between them) is put back once.
    QSet<std::pair<std::size_t, Id>> restored;
    for (const Change& change : dependents.changes()) {
        if (!restored.contains({change.row.index(), rowId(change.row)})) {
            restored.insert({change.row.index(), rowId(change.row)});
            inverse.upsertRow(change.row);
        }
    }
    return inverse;
}

ChangeSet withStoredIds(const ChangeSet& forward, const QVector<Id>& storedIds)
{
    ChangeSet result(forward.description());
    for (int i = 0; i < forward.changes().size(); ++i) {
        const Change& change = forward.changes()[i];
        const Id id = i < storedIds.size() ? storedIds[i] : rowId(change.row);
        if (change.kind == Change::Kind::Upsert) {
            Row row = withId(change.row, id);
            resolvePlaceholders(&row, storedIds); // all ids are known once the set is written
            result.upsertRow(std::move(row));
        }
        else
            result.removeRow(change.row);
    }
    return result;
}

} // namespace atlas

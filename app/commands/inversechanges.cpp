// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/inversechanges.h"

namespace atlas {
namespace {

// The stored row of the same type and id as `row`, if any.
std::optional<Row> storedRow(const Dataset& data, const Row& row)
{
    return std::visit(
        [&data](const auto& r) -> std::optional<Row> {
            using T = std::decay_t<decltype(r)>;
            const QVector<T>* rows = nullptr;
            if constexpr (std::is_same_v<T, Source>) rows = &data.sources;
            else if constexpr (std::is_same_v<T, Operator>) rows = &data.operators;
            else if constexpr (std::is_same_v<T, GpuModel>) rows = &data.gpuModels;
            else if constexpr (std::is_same_v<T, Site>) rows = &data.sites;
            else if constexpr (std::is_same_v<T, SitePhase>) rows = &data.phases;
            else if constexpr (std::is_same_v<T, FiberLink>) rows = &data.links;
            else if constexpr (std::is_same_v<T, Claim>) rows = &data.claims;
            else rows = &data.scenarios;
            for (const T& stored : *rows) {
                if (stored.id == r.id && r.id != 0)
                    return Row(stored);
            }
            return std::nullopt;
        },
        row);
}

template <typename T>
void upsertAll(ChangeSet* set, const QVector<T>& rows)
{
    for (const T& row : rows)
        set->upsert(row);
}

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
                    if (phase.gpuModelId == id)
                        undo->upsert(phase);
                }
            } else if constexpr (std::is_same_v<T, Source>) {
                const auto cites = [id](const auto& row) { return row.sourceId == id; };
                for (const GpuModel& x : data.gpuModels) if (cites(x)) undo->upsert(x);
                for (const Site& x : data.sites) if (cites(x)) undo->upsert(x);
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
    // Each change's undo, then in reverse order: the last change is undone first.
    QVector<ChangeSet> steps;
    for (int i = 0; i < forward.changes().size(); ++i) {
        const Change& change = forward.changes()[i];
        const Id id = i < storedIds.size() ? storedIds[i] : rowId(change.row);
        const std::optional<Row> old = storedRow(before, withId(change.row, id));
        ChangeSet undo;
        if (change.kind == Change::Kind::Upsert) {
            if (old)
                undo.append(ChangeSet().upsertRow(*old));
            else
                undo.append(ChangeSet().removeRow(withId(change.row, id)));
        } else if (old) {
            undo.upsertRow(*old);
            restoreDependents(before, *old, &undo);
        }
        steps.append(undo);
    }
    ChangeSet inverse(forward.description());
    for (auto it = steps.rbegin(); it != steps.rend(); ++it)
        inverse.append(*it);
    return inverse;
}

ChangeSet withStoredIds(const ChangeSet& forward, const QVector<Id>& storedIds)
{
    ChangeSet result(forward.description());
    for (int i = 0; i < forward.changes().size(); ++i) {
        const Change& change = forward.changes()[i];
        const Id id = i < storedIds.size() ? storedIds[i] : rowId(change.row);
        if (change.kind == Change::Kind::Upsert)
            result.upsertRow(withId(change.row, id));
        else
            result.removeRow(change.row);
    }
    return result;
}

} // namespace atlas

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/datachange.h"

namespace atlas {
namespace {

// Adds the differences of one kind of row; false once more than `maxListed` rows differ.
template <typename T, typename Find>
bool compare(const QVector<T>& before, const QVector<T>& after, Find find, const Dataset& old,
             const Dataset& now, RowKind kind, qsizetype maxListed, DataChange* change)
{
    for (const T& row : after) {
        const T* was = find(old, row.id);
        if (!was)
            change->add(kind, row.id, DataChange::How::Added);
        else if (!(*was == row))
            change->add(kind, row.id, DataChange::How::Changed);
        if (change->size() > maxListed)
            return false;
    }
    for (const T& row : before) {
        if (!find(now, row.id))
            change->add(kind, row.id, DataChange::How::Removed);
        if (change->size() > maxListed)
            return false;
    }
    return true;
}

} // namespace

DataChange DataChange::everything()
{
    DataChange change;
    change.m_everything = true;
    return change;
}

DataChange DataChange::between(const Dataset& before, const Dataset& after, qsizetype maxListed)
{
    DataChange change;
    const bool listed =
        compare(
            before.sources, after.sources, [](const Dataset& d, Id id) { return d.source(id); },
            before, after, RowKind::Source, maxListed, &change) &&
        compare(
            before.operators, after.operators, [](const Dataset& d, Id id) { return d.op(id); },
            before, after, RowKind::Operator, maxListed, &change) &&
        compare(
            before.gpuModels, after.gpuModels,
            [](const Dataset& d, Id id) { return d.gpuModel(id); }, before, after,
            RowKind::GpuModel, maxListed, &change) &&
        compare(
            before.sites, after.sites, [](const Dataset& d, Id id) { return d.site(id); }, before,
            after, RowKind::Site, maxListed, &change) &&
        compare(
            before.phases, after.phases, [](const Dataset& d, Id id) { return d.phase(id); },
            before, after, RowKind::Phase, maxListed, &change) &&
        compare(
            before.links, after.links, [](const Dataset& d, Id id) { return d.link(id); }, before,
            after, RowKind::Link, maxListed, &change) &&
        compare(
            before.claims, after.claims, [](const Dataset& d, Id id) { return d.claim(id); },
            before, after, RowKind::Claim, maxListed, &change) &&
        compare(
            before.scenarios, after.scenarios,
            [](const Dataset& d, Id id) { return d.scenario(id); }, before, after,
            RowKind::Scenario, maxListed, &change);
    return listed ? change : everything();
}

void DataChange::add(RowKind kind, Id id, How how)
{
    RowIds& ids = m_ids[std::size_t(kind)];
    switch (how) {
    case How::Added:
        ids.added.insert(id);
        break;
    case How::Changed:
        ids.changed.insert(id);
        break;
    case How::Removed:
        ids.removed.insert(id);
        break;
    }
}

bool DataChange::isEmpty() const
{
    return !m_everything && size() == 0;
}

bool DataChange::touches(RowKind kind) const
{
    return m_everything || !ids(kind).isEmpty();
}

qsizetype DataChange::size() const
{
    qsizetype n = 0;
    for (const RowIds& ids : m_ids)
        n += ids.size();
    return n;
}

} // namespace atlas

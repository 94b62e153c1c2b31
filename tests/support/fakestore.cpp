// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakestore.h"

#include "core/domain/validation.h"
#include "core/store/collectingsink.h"

#include <algorithm>

namespace atlas::test {
namespace {

QVector<Source>& rows(Dataset& d, const Source*) { return d.sources; }
QVector<Operator>& rows(Dataset& d, const Operator*) { return d.operators; }
QVector<GpuModel>& rows(Dataset& d, const GpuModel*) { return d.gpuModels; }
QVector<Site>& rows(Dataset& d, const Site*) { return d.sites; }
QVector<SitePhase>& rows(Dataset& d, const SitePhase*) { return d.phases; }
QVector<FiberLink>& rows(Dataset& d, const FiberLink*) { return d.links; }
QVector<Claim>& rows(Dataset& d, const Claim*) { return d.claims; }
QVector<ScenarioRecord>& rows(Dataset& d, const ScenarioRecord*) { return d.scenarios; }

template <typename T>
bool exists(Dataset& d, Id id)
{
    const auto& all = rows(d, static_cast<const T*>(nullptr));
    return std::any_of(all.begin(), all.end(), [id](const T& r) { return r.id == id; });
}

template <typename T>
constexpr bool hasName = requires(T t) { t.name; };

// The references a row makes, checked like SQLite's foreign keys.
QString missingReference(Dataset& d, const Row& row)
{
    return std::visit(
        [&d](const auto& r) -> QString {
            using T = std::decay_t<decltype(r)>;
            if constexpr (requires { r.sourceId; }) {
                if (r.sourceId != 0 && !exists<Source>(d, r.sourceId))
                    return QStringLiteral("no such source");
            }
            if constexpr (std::is_same_v<T, Site>) {
                if (r.operatorId != 0 && !exists<Operator>(d, r.operatorId))
                    return QStringLiteral("no such operator");
                for (Id reference : r.referenceIds) {
                    if (!exists<Source>(d, reference))
                        return QStringLiteral("no such source");
                }
            } else if constexpr (std::is_same_v<T, GpuModel>) {
                for (const QString& alias : r.aliases) {
                    for (const GpuModel& other : d.gpuModels) {
                        if (other.id != r.id && other.aliases.contains(alias, Qt::CaseInsensitive))
                            return QStringLiteral("UNIQUE alias");
                    }
                }
            } else if constexpr (std::is_same_v<T, SitePhase>) {
                if (!exists<Site>(d, r.siteId))
                    return QStringLiteral("no such site");
                for (const ChipCount& chip : r.chips) {
                    if (chip.gpuModelId != 0 && !exists<GpuModel>(d, chip.gpuModelId))
                        return QStringLiteral("no such GPU model");
                }
            } else if constexpr (std::is_same_v<T, FiberLink>) {
                if (!exists<Site>(d, r.siteA) || !exists<Site>(d, r.siteB))
                    return QStringLiteral("no such site");
            }
            return {};
        },
        row);
}

// What goes with a removed row, as the schema's ON DELETE clauses say.
QString removeRow(Dataset& d, const Row& row)
{
    return std::visit(
        [&d](const auto& r) -> QString {
            using T = std::decay_t<decltype(r)>;
            const Id id = r.id;
            if constexpr (std::is_same_v<T, Operator>) {
                if (std::any_of(d.sites.begin(), d.sites.end(),
                                [id](const Site& s) { return s.operatorId == id; }))
                    return QStringLiteral("operator still has sites");
            }
            auto& all = rows(d, static_cast<const T*>(nullptr));
            const auto before = all.size();
            all.erase(std::remove_if(all.begin(), all.end(), [id](const T& x) { return x.id == id; }),
                      all.end());
            if (all.size() == before)
                return QStringLiteral("no such row");
            if constexpr (std::is_same_v<T, Site>) {
                d.phases.erase(std::remove_if(d.phases.begin(), d.phases.end(),
                                              [id](const SitePhase& p) { return p.siteId == id; }),
                               d.phases.end());
                d.links.erase(std::remove_if(d.links.begin(), d.links.end(),
                                             [id](const FiberLink& l) {
                                                 return l.siteA == id || l.siteB == id;
                                             }),
                              d.links.end());
            } else if constexpr (std::is_same_v<T, GpuModel>) {
                for (SitePhase& p : d.phases) {
                    for (ChipCount& chip : p.chips)
                        chip.gpuModelId = chip.gpuModelId == id ? 0 : chip.gpuModelId;
                }
            } else if constexpr (std::is_same_v<T, Source>) {
                const auto clear = [id](auto& rows) {
                    for (auto& cited : rows)
                        cited.sourceId = cited.sourceId == id ? 0 : cited.sourceId;
                };
                clear(d.gpuModels);
                clear(d.sites);
                for (Site& site : d.sites)
                    site.referenceIds.removeAll(id);
                clear(d.phases);
                clear(d.links);
                clear(d.claims);
            }
            return {};
        },
        row);
}

template <typename T>
QString upsertRow(Dataset& d, T row, Id* nextId, Id* storedId)
{
    auto& all = rows(d, static_cast<const T*>(nullptr));
    if constexpr (hasName<T>) {
        for (const T& other : all) {
            if (other.id != row.id && other.name == row.name)
                return QStringLiteral("UNIQUE name");
        }
    }
    if (row.id == 0)
        row.id = (*nextId)++;
    else
        *nextId = std::max(*nextId, row.id + 1);
    *storedId = row.id;
    auto it = std::find_if(all.begin(), all.end(), [&](const T& x) { return x.id == row.id; });
    if (it != all.end())
        *it = row;
    else
        all.append(row);
    return {};
}

} // namespace

LoadResult FakeStore::load()
{
    LoadResult result;
    result.dataset = m_data;
    result.dataset.reindex();
    return result;
}

WriteResult FakeStore::apply(const ChangeSet& changes, const WriteProgress& progress)
{
    if (m_readOnly)
        return WriteResult::failure(QStringLiteral("read-only"));
    Dataset working = m_data;
    Id nextId = m_nextId;
    WriteResult result;
    for (int i = 0; i < changes.changes().size(); ++i) {
        if (progress && !progress(i, changes.size())) {
            result.cancelled = true;
            result.error = QStringLiteral("cancelled");
            return result;
        }
        Change change = changes.changes()[i];
        if (!resolvePlaceholders(&change.row, result.ids))
            return WriteResult::failure(QStringLiteral("placeholder refers to a later change"), i);
        QString error;
        Id id = rowId(change.row);
        if (change.kind == Change::Kind::Remove) {
            error = removeRow(working, change.row);
        } else {
            const FieldErrors invalid = std::visit([](const auto& r) { return validate(r); }, change.row);
            error = invalid.isEmpty() ? missingReference(working, change.row) : describe(invalid);
            if (error.isEmpty())
                error = std::visit([&](const auto& r) { return upsertRow(working, r, &nextId, &id); },
                                   change.row);
        }
        if (!error.isEmpty())
            return WriteResult::failure(error, i);
        result.ids.append(id);
    }
    m_data = std::move(working);
    m_nextId = nextId;
    ++m_applyCount;
    result.ok = true;
    if (!changes.isEmpty())
        Q_EMIT changed();
    return result;
}

WriteResult FakeStore::applyProduced(const ChangeProducer& produce)
{
    if (m_readOnly)
        return WriteResult::failure(QStringLiteral("read-only"));
    Dataset current = m_data;
    current.reindex();
    CollectingSink sink;
    if (!produce(current, sink)) {
        WriteResult result = WriteResult::failure(QStringLiteral("Nothing was changed."));
        result.cancelled = true;
        return result;
    }
    return apply(sink.changes());
}

QMap<QString, qint64> FakeStore::rowCounts()
{
    return {{QStringLiteral("sources"), m_data.sources.size()},
            {QStringLiteral("operators"), m_data.operators.size()},
            {QStringLiteral("gpu_models"), m_data.gpuModels.size()},
            {QStringLiteral("sites"), m_data.sites.size()},
            {QStringLiteral("site_phases"), m_data.phases.size()},
            {QStringLiteral("fiber_links"), m_data.links.size()},
            {QStringLiteral("claims"), m_data.claims.size()},
            {QStringLiteral("scenarios"), m_data.scenarios.size()}};
}

} // namespace atlas::test

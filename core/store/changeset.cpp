// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/changeset.h"

#include <QCoreApplication>

namespace atlas {
namespace {

// Calls f(Id&) (or f(const Id&) for a const row) for every reference a row holds to another.
template <typename R, typename F>
void forEachReference(R& row, F&& f)
{
    std::visit(
        [&f](auto& r) {
            using T = std::remove_cvref_t<decltype(r)>;
            if constexpr (std::is_same_v<T, Site>) {
                f(r.operatorId);
                f(r.sourceId);
                for (auto& reference : r.referenceIds)
                    f(reference);
            } else if constexpr (std::is_same_v<T, SitePhase>) {
                f(r.siteId);
                for (auto& chip : r.chips)
                    f(chip.gpuModelId);
                f(r.sourceId);
            } else if constexpr (std::is_same_v<T, FiberLink>) {
                f(r.siteA);
                f(r.siteB);
                f(r.sourceId);
            } else if constexpr (std::is_same_v<T, GpuModel> || std::is_same_v<T, Claim>) {
                f(r.sourceId);
            }
        },
        row);
}

} // namespace

bool hasPlaceholders(const Row& row)
{
    bool found = false;
    forEachReference(row, [&found](const Id& id) { found = found || id < 0; });
    return found;
}

bool resolvePlaceholders(Row* row, const QVector<Id>& storedIds)
{
    // Checked first, then changed in place: a row of a million-row import is not copied.
    bool ok = true;
    forEachReference(std::as_const(*row),
                     [&](const Id& id) { ok = ok && (id >= 0 || -id - 1 < storedIds.size()); });
    if (!ok)
        return false;
    forEachReference(*row, [&](Id& id) {
        if (id < 0)
            id = storedIds[-id - 1];
    });
    return true;
}

Id rowId(const Row& row)
{
    return std::visit([](const auto& r) { return r.id; }, row);
}

QString rowKindName(const Row& row)
{
    static const char* const names[] = {
        QT_TRANSLATE_NOOP("atlas::ChangeSet", "source"),
        QT_TRANSLATE_NOOP("atlas::ChangeSet", "operator"),
        QT_TRANSLATE_NOOP("atlas::ChangeSet", "GPU model"),
        QT_TRANSLATE_NOOP("atlas::ChangeSet", "site"),
        QT_TRANSLATE_NOOP("atlas::ChangeSet", "site phase"),
        QT_TRANSLATE_NOOP("atlas::ChangeSet", "fiber link"),
        QT_TRANSLATE_NOOP("atlas::ChangeSet", "claim"),
        QT_TRANSLATE_NOOP("atlas::ChangeSet", "scenario"),
    };
    static_assert(std::size(names) == std::variant_size_v<Row>);
    return QCoreApplication::translate("atlas::ChangeSet", names[row.index()]);
}

} // namespace atlas

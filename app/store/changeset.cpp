// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/changeset.h"

namespace atlas {

Id rowId(const Row& row)
{
    return std::visit([](const auto& r) { return r.id; }, row);
}

QString rowKindName(const Row& row)
{
    static const char* const names[] = {"source", "operator", "GPU model", "site",
                                        "site phase", "fiber link", "claim", "scenario"};
    static_assert(std::size(names) == std::variant_size_v<Row>);
    return QLatin1String(names[row.index()]);
}

} // namespace atlas

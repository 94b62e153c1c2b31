// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/storedrow.h"

namespace atlas {

std::optional<Row> storedRow(const Dataset& data, const Row& row)
{
    return std::visit(
        [&data](const auto& r) -> std::optional<Row> {
            using T = std::decay_t<decltype(r)>;
            const T* stored = nullptr;
            if constexpr (std::is_same_v<T, Source>) stored = data.source(r.id);
            else if constexpr (std::is_same_v<T, Operator>) stored = data.op(r.id);
            else if constexpr (std::is_same_v<T, GpuModel>) stored = data.gpuModel(r.id);
            else if constexpr (std::is_same_v<T, Site>) stored = data.site(r.id);
            else if constexpr (std::is_same_v<T, SitePhase>) stored = data.phase(r.id);
            else if constexpr (std::is_same_v<T, FiberLink>) stored = data.link(r.id);
            else if constexpr (std::is_same_v<T, Claim>) stored = data.claim(r.id);
            else stored = data.scenario(r.id);
            if (r.id == 0 || !stored)
                return std::nullopt;
            return Row(*stored);
        },
        row);
}

} // namespace atlas

// SPDX-License-Identifier: GPL-3.0-or-later
// Fingerprints of imported rows: what an import wrote, so that the next import of a newer
// release can tell a row nobody has touched (update it) from one someone has edited since
// (leave it alone unless asked). A fingerprint is a hash of the fields the import owns, with
// references by what they name (an operator's name, a source's address, a GPU model's name),
// not by id: ids are only known once written.
#pragma once

#include "core/domain/dataset.h"

#include <functional>

namespace atlas::io {

// How a fingerprint names the rows a row refers to: by the data for stored rows, and by the
// import's own records for those it is adding in the same write (placeholder ids).
struct ReferenceNames
{
    std::function<QString(Id)> operatorName;
    std::function<QString(Id)> sourceKey;
    std::function<QString(Id)> gpuModelName;
};
ReferenceNames referenceNamesIn(const Dataset& data);

QString fingerprint(const Site& site, const ReferenceNames& names);
QString fingerprint(const SitePhase& phase, const ReferenceNames& names);

// Whether a stored imported row still is as its import wrote it.
bool untouched(const Site& site, const ReferenceNames& names);
bool untouched(const SitePhase& phase, const ReferenceNames& names);

} // namespace atlas::io

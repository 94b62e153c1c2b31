// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as a GeoJSON file of sites (points) or links (lines). The
// reader and the import planners must neither crash nor hang, and every plan must be
// consistent (fuzzdata.h).
#include "fuzzdata.h"
#include "core/io/importplan.h"
#include "core/io/records.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const atlas::Dataset& known = atlas::fuzz::smallDataset();
    for (bool points : {true, false}) {
        atlas::io::RecordTable records;
        atlas::io::ReadError error;
        if (!atlas::io::readGeoJsonRecords(bytes, points, &records, &error))
            continue;
        atlas::fuzz::checkEveryKind(known, records);
    }
    return 0;
}

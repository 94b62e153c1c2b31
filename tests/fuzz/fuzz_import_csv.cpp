// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as a CSV file of sites or links. The reader and the import
// planners must neither crash nor hang, and what the reader accepts must survive being
// written back and read again (csv::write then csv::parse gives the same header and rows).
#include "fuzzdata.h"
#include "core/io/csv.h"
#include "core/io/importplan.h"
#include "core/io/records.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));

    atlas::csv::Table table;
    atlas::csv::ParseError error;
    if (atlas::csv::parse(bytes, &table, &error)) {
        atlas::csv::Table again;
        if (!atlas::csv::parse(atlas::csv::write(table.header, table.rows), &again, &error))
            std::abort(); // what we write, we must read
        // A row of one empty field is a blank line, which the reader skips: compare the rest.
        QVector<QStringList> kept;
        for (const QStringList& row : table.rows)
            if (!(row.size() == 1 && row.first().isEmpty()))
                kept.append(row);
        QStringList header = table.header;
        if (again.header != header || again.rows != kept)
            std::abort();
    } else if (error.line < 1 || error.message.isEmpty()) {
        std::abort(); // every refusal says where and why
    }

    atlas::io::RecordTable records;
    atlas::io::ReadError readError;
    if (atlas::io::readCsvRecords(bytes, &records, &readError)) {
        atlas::fuzz::checkEveryKind(atlas::fuzz::smallDataset(), records);
    }
    return 0;
}

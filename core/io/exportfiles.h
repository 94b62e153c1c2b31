// SPDX-License-Identifier: GPL-3.0-or-later
// Sites, links and phases as CSV or GeoJSON, in the columns the importer reads back: an
// export can be edited in a spreadsheet or QGIS and imported again. Rows are written to the
// device one at a time (never the whole file in memory), through an OutputFile when the
// target is a file.
#pragma once

#include "core/domain/dataset.h"
#include "core/io/columnmapping.h"
#include "core/io/records.h"

#include <QByteArray>

class QIODevice;

namespace atlas::io {

// Writes the rows with these ids (sites, links or phases by `kind`) to `out`. Returns false
// when a write fails (the device's errorString() says why).
bool writeExport(QIODevice* out, ImportKind kind, const Dataset& data, const QVector<Id>& ids,
                 FileFormat format);
// The same into `path`, all or nothing (io/outputfile.h). Returns the error, or empty.
QString exportToFile(const QString& path, ImportKind kind, const Dataset& data,
                     const QVector<Id>& ids, FileFormat format);
// The same as bytes (tests, the clipboard).
QByteArray exportBytes(ImportKind kind, const Dataset& data, const QVector<Id>& ids,
                       FileFormat format);

// The ids of every row of a kind, in the order of the data.
QVector<Id> allIds(ImportKind kind, const Dataset& data);

} // namespace atlas::io

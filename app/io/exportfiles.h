// SPDX-License-Identifier: GPL-3.0-or-later
// Sites and links as CSV or GeoJSON, in the columns the importer reads back: an export can be
// edited in a spreadsheet or QGIS and imported again.
#pragma once

#include "domain/dataset.h"
#include "io/records.h"

#include <QByteArray>

namespace atlas::io {

QByteArray exportSites(const Dataset& data, const QVector<Id>& siteIds, FileFormat format);
QByteArray exportLinks(const Dataset& data, const QVector<Id>& linkIds, FileFormat format);

} // namespace atlas::io

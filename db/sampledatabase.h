// SPDX-License-Identifier: GPL-3.0-or-later
// New databases from the SQL text in resources/seed: an empty one with the GPU catalogue
// (File > New), and the bundled sample with the sites, phases, fiber, claims and scenarios of
// the project's facts file, each tied to its source.
#pragma once

#include <QString>

namespace atlas::db {

// Both write to a temporary file first and rename it into place, so a failure leaves no
// half-built file. `path` must not exist. They return the error, or an empty string.
QString createCatalogueDatabase(const QString& path);
QString createSampleDatabase(const QString& path);

// The user's copy of the sample (in the app's data folder), created on first use.
// Returns its path, or an empty string and sets *error.
QString ensureUserSampleDatabase(QString* error);

} // namespace atlas::db

// SPDX-License-Identifier: GPL-3.0-or-later
// New databases from resources/: an empty one with the GPU catalogue (File > New), and the
// bundled sample: Epoch AI's data-center release of July 2026 (resources/epoch), imported as
// File > Import does it, with the claims, fiber and exact coordinates of the project's facts
// file (resources/seed), each tied to its source, and the saved scenarios.
#pragma once

#include <QString>

namespace atlas::db {

// Both write to a temporary file first and rename it into place, so a failure leaves no
// half-built file. `path` must not exist. They return the error, or an empty string.
QString createCatalogueDatabase(const QString& path);
QString createSampleDatabase(const QString& path);

// The file name of the user's copy of the sample.
inline constexpr char kSampleFileName[] = "sample-2026-07.gpkg";

// The user's copy of the sample (in the app's data folder), created on first use.
// Returns its path, or an empty string and sets *error.
QString ensureUserSampleDatabase(QString* error);

} // namespace atlas::db

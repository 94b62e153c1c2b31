// SPDX-License-Identifier: GPL-3.0-or-later
// Turns SQLite's error text into a sentence a user can act on.
#pragma once

#include "core/store/changeset.h"

#include <QSqlError>

namespace atlas::db {

// `change` is what was being written when the error came, for context ("site "X": ...").
QString describeWriteError(const QSqlError& error, const Change& change);

// Errors that are about the file or the lock, not a row: full disk, read-only, busy.
QString describeFileError(const QSqlError& error);

} // namespace atlas::db

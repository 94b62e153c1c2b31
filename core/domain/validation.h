// SPDX-License-Identifier: GPL-3.0-or-later
// The rules a row must follow before it may be stored. Forms show these messages at the
// field; stores refuse a write that breaks them; the database schema repeats the ones it can
// express as CHECK constraints, so a file edited elsewhere keeps them too.
#pragma once

#include "core/domain/entities.h"

#include <QList>
#include <QString>

namespace atlas {

struct FieldError
{
    QString field;   // the column's key, e.g. "lat"
    QString message; // says what is wrong and what is allowed
    friend bool operator==(const FieldError&, const FieldError&) = default;
};
using FieldErrors = QList<FieldError>;

// Checks of one row on its own. Uniqueness and references need the other rows: see
// Dataset-level checks in domain/datasetchecks.h.
FieldErrors validate(const Source& source);
FieldErrors validate(const Operator& op);
FieldErrors validate(const GpuModel& model);
FieldErrors validate(const Site& site);
FieldErrors validate(const SitePhase& phase);
FieldErrors validate(const FiberLink& link);
FieldErrors validate(const Claim& claim);
FieldErrors validate(const ScenarioRecord& scenario);

// One line per error, "field: message", for logs and the command line.
QString describe(const FieldErrors& errors);

} // namespace atlas

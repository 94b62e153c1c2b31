// SPDX-License-Identifier: GPL-3.0-or-later
// How names are stored and compared. "Montréal" can be typed with é (U+00E9) or with e and a
// combining accent (U+0301): the same name to a person, different text to a computer. Names
// are stored in Unicode NFC, and two names are the same name when their keys are equal: NFC,
// case-folded ("memphis" and "Memphis" are one place typed twice). The forms, the scenario
// library and the dataset checks use these; so can the importers.
#pragma once

#include <QString>

namespace atlas {

// The name as it is stored: trimmed, in NFC.
QString normalizedName(const QString& name);

// The key two names are compared by: normalizedName(), case-folded.
QString nameKey(const QString& name);

} // namespace atlas

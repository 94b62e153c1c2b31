// SPDX-License-Identifier: GPL-3.0-or-later
// An explanation (explanation.h) as the panel shows it (HTML) and as it is copied (plain
// text). Every name from the database is escaped. Links: "site:ID" (open the site),
// "gpumodel:ID" (its catalogue row), "source:ID" (a source without a web address); a source
// with an http(s) address links to it.
#pragma once

#include "core/scenario/explanation.h"

namespace atlas {

QString explanationHtml(const Explanation& explanation);
QString explanationText(const Explanation& explanation);

} // namespace atlas

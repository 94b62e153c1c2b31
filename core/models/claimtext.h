// SPDX-License-Identifier: GPL-3.0-or-later
// A claim in words for its tooltip on a chart: who said what, when, and where it was
// published, so a number on a slide can be answered for.
#pragma once

#include "core/domain/dataset.h"

namespace atlas {

// Rich text; every text from the database escaped.
QString claimToolTipHtml(const Claim& claim, const Dataset& data);

} // namespace atlas

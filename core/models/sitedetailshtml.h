// SPDX-License-Identifier: GPL-3.0-or-later
// The details of one site as HTML for a text browser: what it is, its phases over time, its
// fiber links, and the sources of its figures as links.
#pragma once

#include "core/domain/dataset.h"

namespace atlas {

QString siteDetailsHtml(const Dataset& data, Id siteId);

} // namespace atlas

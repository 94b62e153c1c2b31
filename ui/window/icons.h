// SPDX-License-Identifier: GPL-3.0-or-later
// Small icons the app draws itself, so they look the same on systems without an icon theme.
#pragma once

#include <QIcon>

namespace atlas {

// A push pin, upright when checked, tilted when not.
QIcon pinIcon();

} // namespace atlas

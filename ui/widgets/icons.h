// SPDX-License-Identifier: GPL-3.0-or-later
// Small icons the app draws itself, so they look the same on systems without an icon theme.
#pragma once

#include <QIcon>

namespace atlas {

// A push pin, upright when checked, tilted when not.
QIcon pinIcon();
// Add, edit and delete, for the table buttons.
QIcon addIcon();
QIcon editIcon();
QIcon deleteIcon();
// The icon theme's icon of that name where the system has one, else the drawn one.
QIcon themeOr(const QString& name, QIcon (*drawn)());

} // namespace atlas

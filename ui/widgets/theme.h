// SPDX-License-Identifier: GPL-3.0-or-later
// Light and dark. The app follows the system: Qt 6.5+ says which the system prefers; on
// Qt 6.4 the GNOME and GTK settings are asked (KDE's platform theme already hands Qt a dark
// palette). The map and the charts look at the palette they are shown with, so presentation
// mode can choose its own.
#pragma once

#include <QPalette>

class QApplication;

namespace atlas {

// Whether a palette is a dark one (light text on a dark window).
bool isDarkPalette(const QPalette& palette);
// Whether the desktop asks for dark: Qt's colour scheme, GTK_THEME ending in ":dark", or
// GNOME's color-scheme "prefer-dark". ATLAS_THEME=dark|light overrides it.
bool systemPrefersDark();
// The dark palette the app uses with the Fusion style when the platform gives none.
QPalette darkPalette();
// At start: a dark palette when the system prefers dark and the platform's palette is light.
void followSystemTheme(QApplication& app);

} // namespace atlas

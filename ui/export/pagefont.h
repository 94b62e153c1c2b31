// SPDX-License-Identifier: GPL-3.0-or-later
// The font of everything the app draws for a page (charts, map, dashboard, presentation):
// DejaVu Sans, and for the characters it lacks (Chinese) Noto Sans CJK SC, named so that
// every renderer picks the same one. Left to fallback, Qt, rsvg and Chromium each choose a
// CJK face by their own rules (the Japanese one under the C locale), whose glyphs differ
// from the Simplified Chinese ones; named, the PNG, the PDF (where Qt embeds it) and the
// SVG in any renderer show the same characters.
#pragma once

#include <QByteArray>
#include <QFont>

namespace atlas {

inline constexpr const char* kPageFontFamily = "DejaVu Sans";
inline constexpr const char* kPageCjkFontFamily = "Noto Sans CJK SC";

QFont pageFont(int pixelSize, bool bold = false);

// The SVG's font-family attributes with the CJK family after the one Qt wrote (QSvgGenerator
// writes only a font's first family, and leaves the fallback to the renderer).
QByteArray withCjkFallback(const QByteArray& svg);

} // namespace atlas

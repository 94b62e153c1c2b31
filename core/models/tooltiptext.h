// SPDX-License-Identifier: GPL-3.0-or-later
// Tooltips that show user text as it is. Qt renders a tooltip (and a label) as rich text when
// it looks like HTML (Qt::mightBeRichText): a site named "<b>x</b>" would show a bold x, and
// "<img src=...>" would load a picture. Text that Qt would take for HTML is escaped into rich
// text that reads exactly as the plain text; other text stays plain.
#pragma once

#include <QString>

namespace atlas {

QString plainToolTip(const QString& text);

} // namespace atlas

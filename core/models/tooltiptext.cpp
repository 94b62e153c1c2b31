// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/tooltiptext.h"

#include <QTextDocument>

namespace atlas {

QString plainToolTip(const QString& text)
{
    // White space as written, no wrapping: how Qt shows a plain tooltip.
    return Qt::mightBeRichText(text) ? Qt::convertFromPlainText(text, Qt::WhiteSpacePre) : text;
}

} // namespace atlas

// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/namekey.h"

namespace atlas {

QString normalizedName(const QString& name)
{
    return name.trimmed().normalized(QString::NormalizationForm_C);
}

QString nameKey(const QString& name)
{
    // Case folding can produce text that is no longer NFC (a folded "İ" is i + U+0307), so
    // normalise again after folding.
    return normalizedName(name).toCaseFolded().normalized(QString::NormalizationForm_C);
}

} // namespace atlas

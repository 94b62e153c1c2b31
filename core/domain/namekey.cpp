// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/namekey.h"

#include <algorithm>

namespace atlas {
namespace {

bool isAscii(const QString& text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

} // namespace

QString normalizedName(const QString& name)
{
    // ASCII text is in NFC already; an import of a million names notices Unicode's tables.
    const QString trimmed = name.trimmed();
    return isAscii(trimmed) ? trimmed : trimmed.normalized(QString::NormalizationForm_C);
}

QString nameKey(const QString& name)
{
    QString key = name.trimmed();
    if (isAscii(key)) {
        // Folding ASCII is lowering A-Z, and the result is still NFC. The text is copied only
        // when it has a capital letter.
        const auto upper = [](QChar c) { return c.unicode() >= u'A' && c.unicode() <= u'Z'; };
        const qsizetype first = std::find_if(key.cbegin(), key.cend(), upper) - key.cbegin();
        if (first == key.size())
            return key;
        for (QChar *c = key.data() + first, *end = key.data() + key.size(); c != end; ++c) {
            if (upper(*c))
                c->unicode() = char16_t(c->unicode() + (u'a' - u'A'));
        }
        return key;
    }
    // Case folding can produce text that is no longer NFC (a folded "İ" is i + U+0307), so
    // normalise again after folding.
    return key.normalized(QString::NormalizationForm_C)
        .toCaseFolded()
        .normalized(QString::NormalizationForm_C);
}

} // namespace atlas

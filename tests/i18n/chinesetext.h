// SPDX-License-Identifier: GPL-3.0-or-later
// Whether a text has Chinese in it (a CJK unified ideograph): what the Chinese tests look for
// in a window's menus or a command's output.
#pragma once

#include <QString>

namespace atlas::test {

inline bool hasChinese(const QString& text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff)
            return true;
    return false;
}

} // namespace atlas::test

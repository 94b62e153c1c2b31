// SPDX-License-Identifier: GPL-3.0-or-later
// Numbers as people type them into a form: "1200", "1,200", "1 200.5", "-99.78", and the
// system's own decimal comma. Files are stricter (io/importplan.cpp): there a comma may be a
// separator.
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace atlas {

struct NumberText
{
    std::optional<double> value; // nullopt when the text is empty
    bool bad = false;            // the text is not a number
};
NumberText parseNumberText(const QString& text);
// A count of things (GPUs): a number as above that is whole. A count of 2^53 or more is not
// read (a double no longer holds every whole number there).
struct CountText
{
    std::optional<qint64> value; // nullopt when the text is empty
    bool bad = false;            // the text is not a whole number
};
CountText parseCountText(const QString& text);
// Shortest text that reads back as the same number: -99.78, 1200, 0.0125.
QString numberText(double value);
QString numberText(const std::optional<double>& value);

} // namespace atlas

// SPDX-License-Identifier: GPL-3.0-or-later
// Saves what a widget test saw when ATLAS_TEST_SCREENSHOTS names a folder, for a person to
// look at (the forms and dialogs cannot be reached by the screenshot tool's plain start).
#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QWidget>

namespace atlas::test {

inline void keepScreenshot(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("ATLAS_TEST_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QCoreApplication::processEvents(); // pending layout requests: the picture as the screen shows it
    widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

} // namespace atlas::test

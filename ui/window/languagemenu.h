// SPDX-License-Identifier: GPL-3.0-or-later
// View > Language: the system's language, English or 简体中文. The choice is remembered; it
// takes effect when the app starts again, which the menu offers to do at once (the window's
// layout and the open database come back as they were on closing).
#pragma once

#include <QMenu>

namespace atlas {

class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    // `window` is closed (asking about unsaved work as closing always does) before a restart.
    explicit LanguageMenu(QWidget* window, QWidget* parent = nullptr);

private:
    void choose(const QString& code);

    QWidget* m_window;
};

} // namespace atlas

// SPDX-License-Identifier: GPL-3.0-or-later
// Help > Keyboard Shortcuts: every key the app answers to, read from the window's menus (so
// the list cannot fall out of step with them) and the keys that have no menu item (the
// map's, presentation mode's).
#pragma once

#include <QDialog>
#include <QList>
#include <QString>

QT_BEGIN_NAMESPACE
class QMenuBar;
class QTableWidget;
QT_END_NAMESPACE

namespace atlas {

struct Shortcut
{
    QString where;  // the menu, or the view the key works in
    QString what;   // what it does, as the menu says it
    QString keys;   // in the platform's words ("Ctrl+Z")
};

// The shortcuts of every action in `bar`'s menus (submenus included), then the keys without
// a menu item.
QList<Shortcut> collectShortcuts(const QMenuBar* bar);

class ShortcutList : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutList(const QMenuBar* bar, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table;
};

} // namespace atlas

// SPDX-License-Identifier: GPL-3.0-or-later
// Menu items found by the path a person reads ("File > Import > Sites…"), for tests that
// check what the user guide names is really there.
#pragma once

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStringList>

namespace atlas::test {

// A menu text without its mnemonic ("&File", "文件(&F)") and trailing ellipsis.
inline QString plainMenuText(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\(&.\\)")));
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text.trimmed();
}

// The menu item at `path`, or null. Menus filled as they open (Open Recent) are opened.
inline QAction* menuItem(const QMenuBar* bar, const QStringList& path)
{
    QList<QAction*> level = bar->actions();
    QAction* found = nullptr;
    for (const QString& step : path) {
        found = nullptr;
        for (QAction* action : level)
            if (plainMenuText(action->text()) == plainMenuText(step))
                found = action;
        if (!found)
            return nullptr;
        if (QMenu* menu = found->menu())
            Q_EMIT menu->aboutToShow();
        level = found->menu() ? found->menu()->actions() : QList<QAction*>{};
    }
    return found;
}

// The paths of `text` that `pattern` captures (its first group) and are not menu items. A
// step naming several items ("Sites…, Phases…") is checked by its first.
inline QStringList missingMenuPaths(const QMenuBar* bar, const QString& text, const QRegularExpression& pattern,
                                    const QString& listSeparator, int* found = nullptr)
{
    QStringList missing;
    int paths = 0;
    for (const QRegularExpressionMatch& match : pattern.globalMatch(text.simplified())) {
        ++paths;
        QStringList steps = match.captured(1).split(QStringLiteral(" > "));
        for (QString& step : steps)
            step = step.trimmed().split(listSeparator).first();
        if (!menuItem(bar, steps))
            missing << match.captured(1);
    }
    if (found)
        *found = paths;
    return missing;
}

// The same for a guide in the resources (":/help/user-guide.md"); an unreadable guide is
// reported as missing.
inline QStringList missingGuideMenuPaths(const QMenuBar* bar, const QString& guide, const QRegularExpression& pattern,
                                         const QString& listSeparator, int* found)
{
    QFile file(guide);
    if (!file.open(QIODevice::ReadOnly))
        return {guide};
    return missingMenuPaths(bar, QString::fromUtf8(file.readAll()), pattern, listSeparator, found);
}

} // namespace atlas::test

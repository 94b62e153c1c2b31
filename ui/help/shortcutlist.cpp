// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/help/shortcutlist.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace atlas {
namespace {

// A menu text as it reads without its mnemonic ampersand and trailing ellipsis.
QString plainText(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\(&.\\)"))); // "文件(&F)"
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text.trimmed();
}

void collectMenu(const QMenu* menu, const QString& path, QList<Shortcut>& into)
{
    for (const QAction* action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (action->menu()) {
            collectMenu(action->menu(), path + QStringLiteral(" > ") + plainText(action->text()), into);
            continue;
        }
        QStringList keys;
        for (const QKeySequence& key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        if (!keys.isEmpty())
            into.append({path, plainText(action->text()), keys.join(QStringLiteral(", "))});
    }
}

} // namespace

QList<Shortcut> collectShortcuts(const QMenuBar* bar)
{
    QList<Shortcut> shortcuts;
    for (const QAction* action : bar->actions())
        if (action->menu())
            collectMenu(action->menu(), plainText(action->text()), shortcuts);
    const QString map = ShortcutList::tr("Map");
    const QString table = ShortcutList::tr("Sites table");
    const QString present = ShortcutList::tr("Presentation");
    const auto key = [](QKeySequence sequence) { return sequence.toString(QKeySequence::NativeText); };
    shortcuts += {
        {map, ShortcutList::tr("Zoom in, zoom out"), key(Qt::Key_Plus) + QStringLiteral(", ") + key(Qt::Key_Minus)},
        {map, ShortcutList::tr("Pan"), ShortcutList::tr("Arrow keys")},
        {map, ShortcutList::tr("Fit the map to the data"), key(Qt::Key_Home)},
        {map, ShortcutList::tr("Place the site being edited where you click"), ShortcutList::tr("Shift+click")},
        {table, ShortcutList::tr("Edit the selected site"), key(Qt::Key_Return) + QStringLiteral(", ") + key(Qt::Key_F2)},
        {present, ShortcutList::tr("Next, previous saved scenario"), key(Qt::Key_Right) + QStringLiteral(", ") + key(Qt::Key_Left)},
        {present, ShortcutList::tr("Next, previous year"), key(Qt::Key_Up) + QStringLiteral(", ") + key(Qt::Key_Down)},
        {present, ShortcutList::tr("Show or hide the sliders"), key(Qt::Key_S)},
        {present, ShortcutList::tr("Light or dark"), key(Qt::Key_T)},
        {present, ShortcutList::tr("Leave"), key(Qt::Key_Escape) + QStringLiteral(", ") + key(Qt::Key_F5)},
    };
    return shortcuts;
}

ShortcutList::ShortcutList(const QMenuBar* bar, QWidget* parent) : QDialog(parent), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("shortcutList"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    const QList<Shortcut> shortcuts = collectShortcuts(bar);
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Where"), tr("What"), tr("Keys")});
    m_table->setRowCount(int(shortcuts.size()));
    for (int row = 0; row < shortcuts.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(shortcuts[row].where));
        m_table->setItem(row, 1, new QTableWidgetItem(shortcuts[row].what));
        m_table->setItem(row, 2, new QTableWidgetItem(shortcuts[row].keys));
    }
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(720, 560);
}

} // namespace atlas
